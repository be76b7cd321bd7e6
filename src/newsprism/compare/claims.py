"""Claim conflicts: opposite claims about the same subject.

Two kinds are found:

- relations: "X backs Y" against "X backs Z" (or "X opposes Y"), from patterns of support and
  opposition ("vowed to support", "backs", "send military assets to", "rejected"). The subject of
  a sentence that names none ("its government said ...") is the first entity of the sentence
  before;
- polarity: two outlets' versions of one aligned fact where one affirms and the other denies:
  the words right after the negation cue ("did not *confirm the toll*") must appear in the
  affirming version, so a negation in words only one version has (a longer quote, an extra
  clause) is not a denial. Adverbs after the cue are skipped ("did not *promptly* leave"), a
  leading verb may be ("not *expected to* rise"), and words sharing their first five letters
  match ("succeed", "success"). Only "not", "n't", "never" and "no" deny: "denied" and
  "without" mostly report someone's denial or restrict a noun. An unaligned denial is set
  against the closest sentence of another article that states the denied words.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from newsprism.compare.align import Alignment
from newsprism.compare.terms import content_words
from newsprism.model import Conflict, Entity, Mention, ReadArticle, Sentence, Span, Variant

_SUPPORT = re.compile(
    r"\b(?:(?:vow|pledg|promis|offer|agre|prepar|ready|commit)\w*\s+(?:to\s+)?"
    r"(?:support|back|help|arm|defend|aid)|supports?|supported|supporting|backs|backed|backing|"
    r"endors(?:e|es|ed|ing)|sid(?:e|es|ed|ing)\s+with|stands?\s+(?:by|with)|stood\s+(?:by|with)|"
    r"arms|arming|sen(?:d|ds|t|ding)\s+(?:\w+\s+){0,2}"
    r"(?:assets|weapons|troops|arms|aid|forces|equipment|ammunition|missiles|drones)\s+to)\b",
    re.I,
)
_OPPOSE = re.compile(
    r"\b(?:oppos(?:e|es|ing)|opposed(?:\s+to)?|reject(?:s|ed|ing)?|condemn(?:s|ed|ing)?|"
    r"refus(?:e|es|ed)\s+to\s+(?:support|back|endorse)|"
    r"(?:does|did|do|will|would)\s+not\s+(?:support|back|endorse))\b",
    re.I,
)
# "did not support": the opposition pattern reads it, the support pattern must not; "refused
# to condemn" is neither.
_NEGATED_CUE = re.compile(
    r"(?:\bnot|n['’]t|\bnever|\brefus\w*\s+to|\brefusal\s+to|\bfail\w*\s+to)\s+$", re.I
)
_PASSIVE = re.compile(r"\b(?:backed|supported|endorsed|opposed|rejected|condemned)\s+by\b", re.I)
# Between a cue and its object only articles, a few descriptive words and titles may stand
# ("backs Governor Marsh", "sided with the incumbent president, Marsh").
_LEAD = re.compile(
    r"[\s,]+(?:(?:(?i:the|a|an|his|her|its|their|fellow|ally|allied|rival|incumbent|embattled|"
    r"neighbouring|neighboring|president|governor|mayor|minister|prime|candidate|challenger|"
    r"leader|government|people|regime|of)|[A-Z][\w.’'-]*),?\s+){0,3}"
)
_POSSESSIVE = re.compile(r"[’'](?:s\b)?\s*")
_NOUNS = (
    r"(plan|proposal|bill|deal|agreement|accord|ceasefire|truce|resolution|motion|measure|"
    r"reform|budget|amendment|initiative|policy|treaty|referendum|offer|candidacy|nomination|bid)"
)
# After an owner "X's": "(X's) revised peace plan".
_PROPOSAL = re.compile(r"(?:[a-z][\w-]*\s+){0,2}?" + _NOUNS + r"\b", re.I)
# Without a named owner: "the plan", "the governor's plan", "the audit plan".
_OWNED_PROPOSAL = re.compile(
    r"\s+(the\s+(?:[a-z][\w-]*(?:[’']s|s[’'])\s+)?(?:[a-z][\w-]*\s+){0,2}?" + _NOUNS + r")\b",
    re.I,
)
# Where a new clause starts: its first actor is the subject ("Vell said *the Tarn League*
# backs ...", "... — *the court* rejected ...").
_CLAUSE = re.compile(
    r"[:;—–]|\s-\s|\b(?:said|says|say|added|announced|insisted|argued|warned|told\s+\w+)\b"
    r"(?:\s+that\b)?|\bthat\b",
    re.I,
)
_PRONOUN_SUBJECT = re.compile(r"\b(?:it|its\s+\w+|they|their\s+\w+|the\s+government)\b", re.I)
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
# leave") and, as an alternative reading, a verb that only leads to another ("is not *expected
# to* appear").
_ADVERB = re.compile(r"\b[a-z]+ly\b")
_LEADING_VERB = re.compile(
    r"\b(?:set|expected|due|believed|thought|reported|feared|able|going|scheduled|supposed)"
    r"\s+to\b"
)
NEGATED_CHARS = 40  # after a negation cue, the words it negates
NEGATED_WORDS = 1
SAME_PREFIX = 5  # words sharing their first letters are one word ("succeed", "success")
MAX_GAP = 80  # characters between a relation's cue and its object
MIN_SHARED_WORDS = 0.6
NEAR_SHARED = 0.6  # unaligned sentences: shared content words / the smaller sentence's
NEAR_SHARED_WORDS = 4
ACTOR_KINDS = ("place", "organisation", "person")


@dataclass(frozen=True, slots=True)
class Relation:
    subject: Entity
    stance: str  # "supports" or "opposes"
    target: Entity
    reading: ReadArticle
    sentence: Sentence
    cue: tuple[int, int] = (0, 0)  # article offsets of the support/opposition words
    object: tuple[int, int] = (0, 0)  # article offsets of the object as written


def _entities_in(
    reading: ReadArticle,
    lo: int,
    hi: int,
    entity_of: Mapping[tuple[str, int], Entity],
) -> list[tuple[Mention, Entity]]:
    found = []
    for mention in reading.mentions:
        if lo <= mention.start < hi:
            entity = entity_of.get((mention.article_id, mention.start))
            if entity is not None and entity.kind in ACTOR_KINDS:
                found.append((mention, entity))
    return sorted(found, key=lambda me: me[0].start)


def _plan(noun: str, owner: Entity | None) -> Entity:
    """The stand-in entity of a proposal ("the plan", "Marsh's plan"): one per noun and owner."""
    name = f"{owner.name}'s {noun}" if owner is not None else f"the {noun}"
    key = f"{owner.id}:{noun}" if owner is not None else noun
    return Entity(id=f"~{key}", name=name, kind="other", aliases=(), roles=(), mentions=())


def _subject(
    text: str,
    offset: int,
    cue: int,
    in_sentence: Sequence[tuple[Mention, Entity]],
    previous: Entity | None,
) -> Entity | None:
    """The first actor of the cue's clause (an owner "X's" is skipped); for a clause that
    names none but has a pronoun, the first actor of the sentence, else of the sentence before."""
    clause = offset
    for split in _CLAUSE.finditer(text, 0, cue - offset):
        clause = offset + split.end()
    actors = [
        (m, e)
        for m, e in in_sentence
        if m.end <= cue and not _POSSESSIVE.match(text, m.end - offset)
    ]
    in_clause = [e for m, e in actors if clause <= m.start]
    if in_clause:
        return in_clause[0]
    if not _PRONOUN_SUBJECT.search(text, clause - offset, cue - offset):
        return actors[0][1] if actors else None
    return actors[0][1] if actors else previous


def _target(
    reading: ReadArticle,
    cue_end: int,
    limit: int,
    in_sentence: Sequence[tuple[Mention, Entity]],
) -> tuple[Entity, int, int] | None:
    """The object right after a cue: an actor led only by articles and titles ("backs
    Governor Marsh"), or a proposal ("the governor's plan", "Marsh's plan", "the plan");
    anything else after the cue ("rejected a challenge to Marsh") is not an object."""
    text = reading.article.text
    for mention, entity in in_sentence:
        if mention.start < cue_end:
            continue
        if mention.start > cue_end + MAX_GAP or not _LEAD.fullmatch(text, cue_end, mention.start):
            break
        owned = _POSSESSIVE.match(text, mention.end, limit)
        if owned is None:
            return entity, mention.start, mention.end
        plan = _PROPOSAL.match(text, owned.end(), limit)
        if plan is None:
            return None
        return _plan(plan.group(1).lower(), entity), mention.start, plan.end(1)
    plan = _OWNED_PROPOSAL.match(text, cue_end, limit)
    if plan is None:
        return None
    return _plan(plan.group(2).lower(), None), plan.start(1), plan.end(1)


def find_relations(
    reading: ReadArticle, entity_of: Mapping[tuple[str, int], Entity]
) -> list[Relation]:
    """Support and opposition relations stated in the article's body sentences."""
    relations = []
    previous_subject: Entity | None = None
    for sentence in reading.sentences:
        if sentence.role != "body":
            continue
        in_sentence = _entities_in(reading, sentence.start, sentence.end, entity_of)
        for pattern, stance in ((_SUPPORT, "supports"), (_OPPOSE, "opposes")):
            for match in pattern.finditer(sentence.text):
                if _PASSIVE.match(sentence.text, match.start()) or _NEGATED_CUE.search(
                    sentence.text, max(0, match.start() - 16), match.start()
                ):
                    continue
                cue_start = sentence.start + match.start()
                cue_end = sentence.start + match.end()
                found = _target(reading, cue_end, sentence.end, in_sentence)
                if found is None:
                    continue
                target, start, end = found
                subject = _subject(
                    sentence.text, sentence.start, cue_start, in_sentence, previous_subject
                )
                if subject is None or target.id == subject.id:
                    continue
                relations.append(
                    Relation(
                        subject,
                        stance,
                        target,
                        reading,
                        sentence,
                        (cue_start, cue_end),
                        (start, end),
                    )
                )
        if in_sentence:
            previous_subject = in_sentence[0][1]
    return sorted(relations, key=lambda r: r.cue)


def relation_conflicts(
    readings: Sequence[ReadArticle], entity_of: Mapping[tuple[str, int], Entity]
) -> list[Conflict]:
    """X supports Y against X supports Z, or X supports Y against X opposes Y."""
    by_subject: dict[str, list[Relation]] = defaultdict(list)
    for reading in readings:
        for relation in find_relations(reading, entity_of):
            by_subject[relation.subject.id].append(relation)
    conflicts = []
    for subject_id in sorted(by_subject):
        relations = by_subject[subject_id]
        variants: dict[tuple[str, str], list[Relation]] = defaultdict(list)
        for relation in relations:
            variants[(relation.stance, relation.target.id)].append(relation)
        supported = {t for s, t in variants if s == "supports"}
        opposed = {t for s, t in variants if s == "opposes"}
        if len(supported) < 2 and not (supported & opposed):
            continue
        subject = relations[0].subject.name
        ordered = sorted(variants.items(), key=lambda kv: _variant_order(kv[1]))
        built = tuple(
            Variant(
                value=f"{subject} {stance} {rels[0].target.name}",
                articles=tuple(sorted({r.reading.id for r in rels})),
                evidence=tuple(_span(r.sentence) for r in rels),
            )
            for (stance, _), rels in ordered
        )
        listing = " vs ".join(
            f"{v.value} ({', '.join(sorted({r.reading.source for r in rels}))})"
            for v, (_, rels) in zip(built, ordered, strict=True)
        )
        conflicts.append(
            Conflict(
                id="",
                kind="claim",
                subject=f"whom {subject} supports",
                explanation=f"Opposite claims about {subject}: {listing}.",
                variants=built,
            )
        )
    return conflicts


def _variant_order(relations: Sequence[Relation]) -> tuple[str, int]:
    first = min(relations, key=lambda r: (r.reading.id, r.sentence.start))
    return (first.reading.id, first.sentence.start)


def _span(sentence: Sentence) -> Span:
    return Span(sentence.article_id, sentence.start, sentence.end, sentence.text)


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
                evidence=tuple(_span(s) for _, s in side),
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
    bodies = [(r, s, set(content_words(s.text))) for r in readings for s in r.sentences]
    bodies = [(r, s, w) for r, s, w in bodies if s.role == "body" and w]
    conflicts = []
    for reading, negated, words in bodies:
        if not _NEGATION.search(negated.text):
            continue
        fact = fact_of.get((reading.id, negated.start))
        best: tuple[float, ReadArticle, Sentence] | None = None
        for other, sentence, other_words in bodies:
            if other.id == reading.id or _NEGATION.search(sentence.text):
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
                    Variant("affirmed", (other.id,), (_span(affirmed),)),
                    Variant("denied", (reading.id,), (_span(negated),)),
                ),
            )
        )
    return conflicts


def denies(positive: str, negative: str) -> bool:
    """Whether ``negative`` negates words that ``positive`` states."""
    stated = set(content_words(positive))
    prefixes = {word[:SAME_PREFIX] for word in stated if len(word) >= SAME_PREFIX}
    for cue in _DENIAL.finditer(negative):
        scope = _ADVERB.sub(" ", negative[cue.end() : cue.end() + NEGATED_CHARS])
        for reading in (scope, _LEADING_VERB.sub(" ", scope)):
            negated = content_words(reading)[:NEGATED_WORDS]
            if negated and all(
                word in stated or (len(word) >= SAME_PREFIX and word[:SAME_PREFIX] in prefixes)
                for word in negated
            ):
                return True
    return False


def _close(a: str, b: str) -> bool:
    wa, wb = set(content_words(a)), set(content_words(b))
    if not wa or not wb:
        return False
    return len(wa & wb) / min(len(wa), len(wb)) >= MIN_SHARED_WORDS
