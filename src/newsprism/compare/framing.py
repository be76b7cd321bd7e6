"""Framing: the words each outlet uses for the story's main subjects, and whose voices it quotes.

For each main place or organisation (named by two or more articles) the descriptors attached to
its mentions are collected: "the separatist region of X", "the breakaway X region", "X, a
territory located ...". The adjective forms of a country ("Azeri" against "Azerbaijani") are a
subject of their own. Loaded terms ("occupied territories", "regime", "terrorists") are counted
per outlet wherever they occur, quotes included: an outlet chooses whom to quote too. So are the
words for armed groups ("rebels", "militia", "self-defence forces").
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence

from newsprism.compare.terms import STOP_WORDS
from newsprism.model import Entity, Framing, FramingTerm, ReadArticle, Span

HEADS = (
    "region|territory|territories|enclave|province|area|republic|state|entity|statelet|"
    "country|city|town|regime|government|group|movement|militia|forces|army"
)
_BEFORE_OF = re.compile(rf"\b(?:[Tt]he|[Aa]n?)\s+((?:[a-z][\w-]*\s+){{0,3}}?(?:{HEADS}))\s+of\s+$")
_ADJ_BEFORE = re.compile(r"\b(?:the|a|an)\s+((?:[a-z][\w-]*\s+){1,2})$")
_HEAD_AFTER = re.compile(rf"^(?:'s)?\s+({HEADS})\b")
_APPOSITION = re.compile(
    rf"^,\s+(?:a|an|the)\s+((?:[a-z][\w-]*\s+){{0,3}}?(?:{HEADS}))\b(?!\s+of\b)"
)
LOADED_TERMS = (
    "occupied territories",
    "occupied territory",
    "occupation",
    "separatist",
    "breakaway",
    "terrorist",
    "regime",
    "aggression",
    "invasion",
    "liberation",
    "liberate",
    "martyrs",
    "self-proclaimed",
    "so-called",
    "unrecognised",
    "unrecognized",
    "puppet",
    "fascism",
    "genocide",
    "massacre",
)
_LOADED = re.compile(r"\b(" + "|".join(re.escape(t) for t in LOADED_TERMS) + r")\b", re.I)
# How outlets name armed groups: "rebels", "the Orsenian-backed militia", "separatist fighters".
_ARMED = re.compile(
    r"((?:(?<![\w’'-])[a-z][\w-]*\s+)?)\b(rebels|militias?|militiamen|fighters|insurgents|militants|"
    r"separatists|guerrillas|paramilitaries|self-defen[cs]e\s+(?:forces|units)|freedom\s+fighters|"
    r"terrorists|occupiers|occupying\s+forces)\b"
)
ARMED_GROUPS = "armed groups"
_STOP_ADJECTIVES = STOP_WORDS
WINDOW = 60
FRAMED_ROLES = ("body", "title", "caption")  # the outlet's own words (credits are not)
MAX_SUBJECTS = 6


def _descriptor(text: str, start: int, end: int) -> str | None:
    left = text[max(0, start - WINDOW) : start]
    right = text[end : end + WINDOW]
    for pattern, side in ((_BEFORE_OF, left), (_APPOSITION, right)):
        match = pattern.search(side)
        if match:
            return " ".join(match.group(1).lower().split())
    head = _HEAD_AFTER.match(right)
    if head:
        adjectives = _ADJ_BEFORE.search(left)
        words = adjectives.group(1).split() if adjectives else []
        words = [w.lower() for w in words if w.lower() not in _STOP_ADJECTIVES]
        return " ".join([*words, head.group(1).lower()])
    return None


def describe_framing(
    readings: Sequence[ReadArticle], entities: Sequence[Entity]
) -> tuple[Framing, ...]:
    """Per subject and outlet, the descriptors and loaded terms it uses, with evidence."""
    by_id = {r.id: r for r in readings}
    found: dict[tuple[str, str], dict[str, list[Span]]] = defaultdict(lambda: defaultdict(list))
    subjects = [
        e
        for e in entities
        if e.kind in ("place", "organisation") and len({m.article_id for m in e.mentions}) >= 2
    ][:MAX_SUBJECTS]
    for entity in subjects:
        for mention in entity.mentions:
            reading = by_id.get(mention.article_id)
            if reading is None or reading.article.role_at(mention.start) not in FRAMED_ROLES:
                continue
            text = reading.article.text
            if mention.kind == "nationality":
                term = mention.text.lower()
                key = (f"{entity.name} (adjective)", reading.source)
            else:
                described = _descriptor(text, mention.start, mention.end)
                if described is None:
                    continue
                term, key = described, (entity.name, reading.source)
            found[key][term].append(reading.sentence_evidence(mention.start))
    for reading in readings:
        text = reading.article.text
        for match in _ARMED.finditer(text):
            if reading.article.role_at(match.start()) not in FRAMED_ROLES:
                continue
            adjective = match.group(1).strip().lower()
            words = [adjective] if adjective and adjective not in _STOP_ADJECTIVES else []
            term = " ".join([*words, " ".join(match.group(2).lower().split())])
            found[(ARMED_GROUPS, reading.source)][term].append(
                reading.sentence_evidence(match.start())
            )
        for match in _LOADED.finditer(text):
            if reading.article.role_at(match.start()) not in FRAMED_ROLES:
                continue
            span = reading.sentence_evidence(match.start())
            found[("loaded terms", reading.source)][match.group(1).lower()].append(span)
    framings = []
    for (subject, source), terms in found.items():
        framings.append(
            Framing(
                subject=subject,
                source=source,
                terms=tuple(
                    FramingTerm(term, len(spans), tuple(dict.fromkeys(spans)))
                    for term, spans in sorted(terms.items(), key=lambda kv: (-len(kv[1]), kv[0]))
                ),
            )
        )
    order = {e.name: n for n, e in enumerate(subjects)}
    framings.sort(
        key=lambda f: (order.get(f.subject.removesuffix(" (adjective)"), 99), f.subject, f.source)
    )
    return tuple(framings)


def quoted_voices(
    readings: Sequence[ReadArticle], speaker_name: dict[tuple[str, int], str]
) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """For each outlet, the speakers it quotes, most quoted first."""
    counts: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for reading in readings:
        for quote in reading.quotes:
            name = speaker_name.get((reading.id, quote.start)) or quote.speaker
            if name:
                counts[reading.source][name] += 1
    return tuple(
        (source, tuple(sorted(names, key=lambda n: (-names[n], n))))
        for source, names in sorted(counts.items())
    )
