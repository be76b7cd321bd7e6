"""Group quotes across outlets, and flag a quote given to different speakers.

Quoted words are compared on a normalised form (lower case, punctuation and hyphens dropped, so
"deescalate" and "de-escalate" coincide): two quotes are one when the shorter is (almost) all
contained in the longer. Speakers are mapped onto the story's entities, so "Putin" and
"Vladimir Putin" are one speaker.

A quote given to two people is an attribution conflict. So is a quoted fragment (a row of its
own, under ``MIN_SHARE`` of the longer quote holding it) given to another person than the
longer quote, when it is long enough not to be a stock phrase (``MIN_FRAGMENT_WORDS``). The
evidence of each side is the quote's sentence together with the sentence naming its speaker
("Renn said:" before a quote, or for "she said" the last mention of the speaker).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz

from newsprism.compare.entities import fold_name
from newsprism.model import Conflict, Entity, Quote, QuoteGroup, ReadArticle, Span, Variant

SAME_QUOTE = 90.0
MIN_PARTIAL_CHARS = 12
MIN_SHARE = 0.4  # a fragment under 40% of a longer quote is a row of its own
# A fragment compared for attribution with the longer quote holding it: long enough not to be
# a stock phrase two people may both say ("serious indication").
MIN_FRAGMENT_WORDS = 4
MIN_FRAGMENT_CHARS = 20
SPEAKER_REACH = 3  # sentences back from a quote to the naming of its speaker

_NON_WORD = re.compile(r"[^a-z0-9 ]+")
_SPACES = re.compile(r"\s+")


def normalise_quote(text: str) -> str:
    """Lower case, no punctuation or hyphens, single spaces."""
    folded = text.lower().replace("-", "").replace("’", "").replace("'", "")
    return _SPACES.sub(" ", _NON_WORD.sub(" ", folded)).strip()


@dataclass
class _Group:
    key: str
    members: list[tuple[ReadArticle, Quote]]


def _same(a: str, b: str) -> bool:
    if a == b:
        return True
    short, long = sorted((a, b), key=len)
    if len(short) < MIN_PARTIAL_CHARS or len(short) < MIN_SHARE * len(long):
        return False
    return fuzz.partial_ratio(short, long) >= SAME_QUOTE


_TITLE_WORDS = {"pm": "prime minister", "fm": "foreign minister"}
_PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i", "you"})


def speaker_entity(speaker: str | None, entities: Sequence[Entity]) -> Entity | None:
    """The entity a speaker name refers to: by folded name or alias, else (for a person named
    by surname or with an honorific, "Ms Ardern") the one person of that surname, else (for a
    title alone, "the Haitian PM") the one person holding that title."""
    if not speaker:
        return None
    key = fold_name(speaker)
    for entity in entities:
        names = {fold_name(entity.name), *(fold_name(a) for a in entity.aliases)}
        if key in names:
            return entity
    people = [e for e in entities if e.kind == "person"]
    bare = fold_name(speaker)
    if bare:
        surname = bare.split()[-1]
        by_surname = [e for e in people if fold_name(e.name).split()[-1:] == [surname]]
        if len(by_surname) == 1 and (bare == surname or bare == fold_name(by_surname[0].name)):
            return by_surname[0]
    title = " ".join(_TITLE_WORDS.get(w, w) for w in speaker.lower().split())
    holders = [e for e in people if any(_holds(role, title) for role in e.roles)]
    return holders[0] if len(holders) == 1 else None


def _holds(role: str, title: str) -> bool:
    """Whether a speaker phrase such as "the haitian prime minister" names ``role``."""
    core = role.lower().split()[-2:]
    return len(core) > 0 and " ".join(core) in title


def group_quotes(
    readings: Sequence[ReadArticle], entities: Sequence[Entity]
) -> tuple[tuple[QuoteGroup, ...], list[Conflict]]:
    """Quote rows across outlets, and attribution conflicts among them."""
    quotes = [(r, q) for r in readings for q in r.quotes if normalise_quote(q.text)]
    quotes.sort(key=lambda rq: (-len(rq[1].text), rq[0].id, rq[1].start))
    groups: list[_Group] = []
    for reading, quote in quotes:
        key = normalise_quote(quote.text)
        for group in groups:
            if _same(key, group.key):
                group.members.append((reading, quote))
                break
        else:
            groups.append(_Group(key, [(reading, quote)]))

    rows, conflicts = [], []
    ordered = sorted(groups, key=_group_order)
    for number, group in enumerate(ordered, start=1):
        speakers = _speakers(group, entities)
        row = QuoteGroup(
            id=f"Q{number}",
            text=group.members[0][1].text,
            speaker=speakers.most_common(1)[0][0] if speakers else None,
            articles=tuple(sorted({r.id for r, _ in group.members})),
            variants=_wordings(group),
        )
        rows.append(row)
        if len(_people_speaking(group, entities)) >= 2:
            conflicts.append(_attribution_conflict(row.text, group, entities))
    conflicts.extend(_fragment_conflicts(ordered, entities))
    return tuple(rows), conflicts


def _fragment_conflicts(groups: Sequence[_Group], entities: Sequence[Entity]) -> list[Conflict]:
    """Attribution conflicts between a quoted fragment (a row of its own, see ``MIN_SHARE``)
    and the longer quote holding it, when each names one person and the people differ."""
    people = [_people_speaking(group, entities) for group in groups]
    conflicts = []
    for index, short in enumerate(groups):
        keys = {normalise_quote(q.text) for _, q in short.members}
        keys = {
            k for k in keys if len(k) >= MIN_FRAGMENT_CHARS and len(k.split()) >= MIN_FRAGMENT_WORDS
        }
        if len(people[index]) != 1 or not keys:
            continue
        for other, long in enumerate(groups):
            if (
                other == index
                or len(people[other]) != 1
                or people[other] == people[index]
                or len(long.key) <= len(short.key)
                or all(fuzz.partial_ratio(key, long.key) < SAME_QUOTE for key in keys)
            ):
                continue
            both = _Group(long.key, [*long.members, *short.members])
            conflicts.append(_attribution_conflict(long.members[0][1].text, both, entities))
            break
    return conflicts


def _group_order(group: _Group) -> tuple[int, tuple[str, int]]:
    """Quotes carried by most articles first, then by first appearance."""
    return (-len({r.id for r, _ in group.members}), min((r.id, q.start) for r, q in group.members))


def _speaker_name(quote: Quote, entities: Sequence[Entity]) -> str | None:
    entity = speaker_entity(quote.speaker, entities)
    return entity.name if entity is not None else quote.speaker


def _people_speaking(group: _Group, entities: Sequence[Entity]) -> set[str]:
    """The distinct people a quote is given to. A quote given to a person by one outlet and to
    an organisation by another (a spokesman, "the ministry said") is not a conflict."""
    people = set()
    for _, quote in group.members:
        entity = speaker_entity(quote.speaker, entities)
        if entity is not None and entity.kind == "person":
            people.add(entity.id)
        elif entity is None and quote.speaker and _looks_like_person(quote.speaker):
            people.add(fold_name(quote.speaker))
    return people


def _looks_like_person(name: str) -> bool:
    words = name.split()
    return 2 <= len(words) <= 4 and all(w[:1].isupper() for w in words)


def _speakers(group: _Group, entities: Sequence[Entity]) -> Counter[str]:
    counts: Counter[str] = Counter()
    for _, quote in group.members:
        name = _speaker_name(quote, entities)
        if name:
            counts[name] += 1
    return counts


def _wordings(group: _Group) -> tuple[Variant, ...]:
    by_text: dict[str, list[tuple[ReadArticle, Quote]]] = {}
    for reading, quote in group.members:
        by_text.setdefault(quote.text, []).append((reading, quote))
    return tuple(
        Variant(
            value=text,
            articles=tuple(sorted({r.id for r, _ in members})),
            evidence=tuple(q.as_evidence() for _, q in members),
        )
        for text, members in sorted(by_text.items(), key=lambda kv: min(r.id for r, _ in kv[1]))
    )


def _attribution_conflict(text: str, group: _Group, entities: Sequence[Entity]) -> Conflict:
    by_speaker: dict[str, list[tuple[ReadArticle, Quote]]] = {}
    for reading, quote in group.members:
        name = _speaker_name(quote, entities)
        if name:
            by_speaker.setdefault(name, []).append((reading, quote))
    variants = tuple(
        Variant(
            value=name,
            articles=tuple(sorted({r.id for r, _ in members})),
            evidence=tuple(_quote_sentence(r, q) for r, q in members),
        )
        for name, members in sorted(by_speaker.items())
    )
    listing = " vs ".join(
        f"{v.value} ({', '.join(sorted({r.source for r, _ in by_speaker[v.value]}))})"
        for v in variants
    )
    return Conflict(
        id="",
        kind="attribution",
        subject=f"“{text[:80]}”",
        explanation=f"The same quote is attributed to different speakers: {listing}.",
        variants=variants,
    )


def _quote_sentence(reading: ReadArticle, quote: Quote) -> Span:
    """The sentences of the quote and of the words naming its speaker: the name itself, or for
    a pronoun ("she said") the last mention of the speaker before the quote, up to
    ``SPEAKER_REACH`` sentences back."""
    start, end = quote.start, quote.end
    named = _speaker_named(reading, quote)
    if named is not None:
        start, end = min(start, named[0]), max(end, named[1])
    for sentence in reading.sentences:
        if sentence.start <= start < sentence.end:
            start = sentence.start
        if sentence.start < end <= sentence.end:
            end = sentence.end
    text = reading.article.text
    return Span(reading.id, start, end, text[start:end])


def _speaker_named(reading: ReadArticle, quote: Quote) -> tuple[int, int] | None:
    """Where the quote's speaker is named, when near enough (see :func:`_quote_sentence`)."""
    if quote.speaker_start is None or quote.speaker_end is None or not quote.speaker:
        return None
    lo = _sentence_index(reading, min(quote.start, quote.speaker_start)) - SPEAKER_REACH
    hi = _sentence_index(reading, max(quote.end, quote.speaker_end) - 1) + SPEAKER_REACH
    surface = reading.article.text[quote.speaker_start : quote.speaker_end]
    if surface[:1].isupper() and surface.lower() not in _PRONOUNS:
        here = (quote.speaker_start, quote.speaker_end)
        return here if lo <= _sentence_index(reading, here[0]) <= hi else None
    before = min(quote.start, quote.speaker_start)
    named = [
        m
        for m in reading.mentions
        if m.name == quote.speaker and m.end <= before and m.sentence >= lo
    ]
    return (named[-1].start, named[-1].end) if named else None


def _sentence_index(reading: ReadArticle, offset: int) -> int:
    for sentence in reading.sentences:
        if sentence.start <= offset < sentence.end:
            return sentence.index
    return 0
