"""Polarity conflicts: one outlet affirms what another denies.

Two outlets' versions of one aligned fact where one affirms and the other denies: the words right
after the negation cue ("did not *confirm the toll*") must appear in the affirming version, so a
negation in words only one version has (a longer quote, an extra clause) is not a denial.
Adverbs after the cue are skipped ("did not *promptly* leave"), a leading verb may be ("not
*expected to* rise"), and words sharing their first five letters match ("succeed",
"success"). A reworded verb denies its object when the affirming version states the object's
words in a row after a verb of its own ("has not *formed* a harbour commission" against
"*launched* a harbour commission"). Only "not", "n't", "never" and "no" deny: "denied" and
"without" mostly report someone's denial or restrict a noun. An unaligned denial is set
against the closest sentence of another article that states the denied words. Conflicts are of
kind ``claim``; relations ("X backs Y" / "X backs Z") are in :mod:`newsprism.compare.relations`.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Sequence

from newsprism.compare.align import Alignment
from newsprism.compare.terms import content_words
from newsprism.model import Conflict, ReadArticle, Sentence, Variant

_NEGATION = re.compile(
    r"(?:\b(?:not|no(?!\.?\s*\d)|never|none|nor|denied|denies|deny|refused|without)\b"
    r"|n['’]t\b)(?!\s+(?:just|only|merely)\b)",  # "not only" adds, it does not deny
    re.I,
)
# The cues that deny what follows them; "denied", "refused" and "without" report someone's
# denial or restrict a noun ("without evidence of infection") more often than they deny a fact.
_DENIAL = re.compile(
    r"(?:\b(?:not|no(?!\.?\s*\d)|never)\b|n['’]t\b)(?!\s+(?:just|only|merely)\b)", re.I
)
# Skipped after a negation cue, since the verb is what is denied: adverbs ("did not *promptly*
# leave", "will not *soon* sign", "was not *in fact* caused"; "no later than" keeps "later": it
# denies nothing) and, as an alternative reading, a verb that only leads to another ("is not
# *expected to* appear", "will not *stay* closed").
_ADVERB = re.compile(r"\b(?:[a-z]+ly|soon|instead|in\s+fact|at\s+all|any\s+longer)\b")
_LEADING_VERB = re.compile(
    r"\b(?:set|expected|due|believed|thought|reported|feared|able|going|scheduled|supposed)"
    r"\s+to\b|\b(?:stay|remain)(?:s|ed)?(?=\s+(?:[a-z]+(?:ed|en)|open|shut|alive|intact)\b)"
)
# A verbal negation ("not", "n't", "never"), after which a verb stands: the cue of a reworded
# denial ("did not *open* the flood gates" against "*raised* the flood gates").
_VERBAL_DENIAL = re.compile(r"(?:\b(?:not|never)\b|n['’]t\b)(?!\s+(?:just|only|merely)\b)", re.I)
# Where the clause a negation governs ends: what follows is said of something else.
_CLAUSE_END = re.compile(
    r"[,;:.!?()\[\]\"“”—–]|\s-\s|\b(?:and|but|or|which|who|whom|whose|that|when|where|while|"
    r"after|before|because|although|though|if|unless|until|since|as|so)\b",
    re.I,
)
# Verbs that deny knowing or saying rather than the fact ("has not *confirmed* that the ferry
# sank", "did not *say* who fired"): a reworded verb of this kind is no denial of the object.
_EPISTEMIC = frozenset(
    "say said stat comme confi verif know known clear decid learn repor discl revea speci "
    "annou ident sure certa aware rule expla menti detai belie think thoug".split()
)
_TOKEN = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")  # a word, as content_words reads them
_PARTIAL_WORD = re.compile(r"\w+$")  # a window's last word, perhaps cut short
_FIGURE = re.compile(r"\d[\d,.]*\d|\d")
NEGATED_CHARS = 40  # after a negation cue, the words it negates
NEGATED_WORDS = 1
OBJECT_CHARS = 60  # after a verbal negation, the clause whose object a reworded verb may deny
OBJECT_WORDS = 2  # content words after the reworded verb that the other version must state
SAME_PREFIX = 5  # words sharing their first letters are one word ("succeed", "success")
MIN_SHARED_WORDS = 0.6
NEAR_SHARED = 0.6  # unaligned sentences: shared content words / the smaller sentence's
NEAR_SHARED_WORDS = 4


def polarity_conflicts(alignment: Alignment) -> list[Conflict]:
    """Aligned statements that one outlet affirms and another denies."""
    conflicts = []
    for fact, members in zip(alignment.facts, alignment.members, strict=True):
        if len(members) < 2:
            continue
        negative = [(r, s) for r, s in members if _NEGATION.search(s.text)]
        positive = [(r, s) for r, s in members if not _NEGATION.search(s.text)]
        if not negative or not positive:
            continue
        pairs = [
            (p, n)
            for p in positive
            for n in negative
            if _close(p[1].text, n[1].text) and denies(p[1].text, n[1].text)
        ]
        if not pairs:
            continue
        sides = (("affirmed", positive), ("denied", negative))
        variants = tuple(
            Variant(
                value=label,
                articles=tuple(sorted({r.id for r, _ in side})),
                evidence=tuple(s.as_evidence() for _, s in side),
            )
            for label, side in sides
        )
        conflicts.append(
            Conflict(
                id="",
                kind="claim",
                subject=fact.text[:120],
                explanation=(
                    "One outlet affirms what another denies: "
                    f"affirmed by {', '.join(sorted({r.source for r, _ in positive}))}, "
                    f"denied by {', '.join(sorted({r.source for r, _ in negative}))}."
                ),
                variants=variants,
            )
        )
    return conflicts


def nearest_polarity_conflicts(
    readings: Sequence[ReadArticle], alignment: Alignment
) -> list[Conflict]:
    """A negated sentence against the closest sentence of another article that affirms it,
    when the two were not aligned into one fact (sharing at least :data:`NEAR_SHARED_WORDS`
    content words and :data:`NEAR_SHARED` of the smaller sentence's)."""
    fact_of = alignment.fact_of()
    bodies = [
        (r, s, set(content_words(s.text)), bool(_NEGATION.search(s.text)))
        for r in readings
        for s in r.sentences
        if s.role == "body"
    ]
    affirming = [(r, s, w) for r, s, w, negative in bodies if w and not negative]
    having: dict[str, list[int]] = defaultdict(list)  # word -> affirming sentences with it
    for index, (_, _, other_words) in enumerate(affirming):
        for word in other_words:
            having[word].append(index)
    conflicts = []
    for reading, negated, words, negative in bodies:
        if not negative or not words:
            continue
        fact = fact_of.get((reading.id, negated.start))
        best: tuple[float, ReadArticle, Sentence] | None = None
        counts = Counter(index for word in words for index in having.get(word, ()))
        for index in sorted(i for i, n in counts.items() if n >= NEAR_SHARED_WORDS):
            other, sentence, other_words = affirming[index]
            if other.id == reading.id:
                continue
            if fact is not None and fact_of.get((other.id, sentence.start)) == fact:
                continue  # one fact: polarity_conflicts judges it
            shared = len(words & other_words)
            score = shared / min(len(words), len(other_words))
            if (
                shared >= NEAR_SHARED_WORDS
                and score >= NEAR_SHARED
                and (best is None or score > best[0])
                and denies(sentence.text, negated.text)
            ):
                best = (score, other, sentence)
        if best is None:
            continue
        _, other, affirmed = best
        conflicts.append(
            Conflict(
                id="",
                kind="claim",
                subject=affirmed.text[:120],
                explanation=(
                    f"One outlet affirms what another denies: affirmed by {other.source}, "
                    f"denied by {reading.source}."
                ),
                variants=(
                    Variant("affirmed", (other.id,), (affirmed.as_evidence(),)),
                    Variant("denied", (reading.id,), (negated.as_evidence(),)),
                ),
            )
        )
    return conflicts


def denies(positive: str, negative: str) -> bool:
    """Whether ``negative`` negates words that ``positive`` states: the first word after the
    cue (see the module docstring), or the object of a reworded verb (see
    :func:`_denies_object`)."""
    sequence = content_words(positive)
    stated = set(sequence)
    prefixes = {word[:SAME_PREFIX] for word in stated if len(word) >= SAME_PREFIX}

    def said(word: str) -> bool:
        return word in stated or (len(word) >= SAME_PREFIX and word[:SAME_PREFIX] in prefixes)

    for cue in _DENIAL.finditer(negative):
        scope = _ADVERB.sub(" ", negative[cue.end() : cue.end() + NEGATED_CHARS])
        for reading in (scope, _LEADING_VERB.sub(" ", scope)):
            negated = content_words(reading)[:NEGATED_WORDS]
            if negated and all(said(word) for word in negated):
                return True
    return any(
        _denies_object(positive, sequence, negative, cue)
        for cue in _VERBAL_DENIAL.finditer(negative)
    )


def _denies_object(
    positive: str, sequence: Sequence[str], negative: str, cue: re.Match[str]
) -> bool:
    """A reworded verb: the negated verb is not stated but the next :data:`OBJECT_WORDS`
    content words of its clause are, in a row, in ``positive`` (whose content words are
    ``sequence``): "Kessa has not *formed* a harbour commission" against "Kessa officials
    *launched* a harbour commission". The word before them in ``positive`` must be its own
    verb (a word the negated version lacks) or the negated clause's subject, so the object
    words are not words both versions mention in passing; an object of names only ("has not
    closed *Port Marrow*") or with a figure ``positive`` lacks ("has not reached *40
    people*") is not one object, and verbs of knowing or saying ("has not confirmed that
    ...") deny no object."""
    limit = cue.end() + OBJECT_CHARS
    clause = negative[cue.end() : limit]
    if negative[limit : limit + 1].isalnum():
        clause = _PARTIAL_WORD.sub("", clause)
    end = _CLAUSE_END.search(clause)
    clause = _ADVERB.sub(" ", _LEADING_VERB.sub(" ", clause[: end.start() if end else None]))
    tokens = [
        (word, token) for token in _TOKEN.finditer(clause) for word in content_words(token.group())
    ]
    if len(tokens) < 1 + OBJECT_WORDS or tokens[0][0][:SAME_PREFIX] in _EPISTEMIC:
        return False
    obj = tokens[1 : 1 + OBJECT_WORDS]
    if all(token.group()[:1].isupper() for _, token in obj):
        return False
    figures = {f.replace(",", "") for f in _FIGURE.findall(clause, 0, obj[-1][1].end())}
    if not figures <= {f.replace(",", "") for f in _FIGURE.findall(positive)}:
        return False
    before = content_words(negative[: cue.start()])
    subject = before[-1] if before else None
    negated = set(before) | set(content_words(negative[cue.end() :]))
    for i in range(len(sequence) - OBJECT_WORDS + 1):
        window = sequence[i : i + OBJECT_WORDS]
        if not all(_same_word(a, b) for a, (b, _) in zip(window, obj, strict=True)):
            continue
        lead = sequence[i - 1] if i else None
        if lead is None or lead == subject or lead not in negated:
            return True
    return False


def _same_word(a: str, b: str) -> bool:
    return a == b or (
        len(a) >= SAME_PREFIX and len(b) >= SAME_PREFIX and a[:SAME_PREFIX] == b[:SAME_PREFIX]
    )


def _close(a: str, b: str) -> bool:
    wa, wb = set(content_words(a)), set(content_words(b))
    if not wa or not wb:
        return False
    return len(wa & wb) / min(len(wa), len(wb)) >= MIN_SHARED_WORDS
