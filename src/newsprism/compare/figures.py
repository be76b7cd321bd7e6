"""Figure conflicts: different numbers for the same count across outlets.

Each body figure is keyed by what it counts (:mod:`newsprism.compare.figure_keys`,
:mod:`newsprism.compare.figure_groups`) or measures (:mod:`newsprism.compare.figure_measures`).
Figures with one key are split into epochs by the days their sentences speak of (a toll of last
Sunday's quake is not one of Friday's); within an epoch, the figures of two articles or more
are grouped into variants and classified (:mod:`newsprism.compare.figure_variants`), and each
count with two variants or more becomes a conflict.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from datetime import date

from newsprism.compare.dates import is_range
from newsprism.compare.figure_groups import group_key
from newsprism.compare.figure_keys import (
    STATED,
    at_home,
    figure_key,
    home_country,
    nationality,
    nationality_key,
    statement_key,
)
from newsprism.compare.figure_measures import age_key, duration_key, measure_key
from newsprism.compare.figure_variants import Figure, classify, group_variants
from newsprism.model import Conflict, ConflictSeverity, ReadArticle, Span, Variant, starting_in

EPOCH_DAYS = 2


def figure_conflicts(
    readings: Sequence[ReadArticle], fact_of: Mapping[tuple[str, int], str] | None = None
) -> list[Conflict]:
    """Conflicts between figures for the same count in different articles.

    ``fact_of`` maps (article id, sentence start) to the id of the fact the sentence supports
    (facts of two or more articles only); figures with no event verb are compared within it."""
    by_key: dict[tuple[str, ...], list[Figure]] = defaultdict(list)
    home = home_country(readings)
    for reading in readings:
        listed = Counter(q.sentence for q in reading.quantities if nationality(q) is not None)
        for quantity in reading.quantities:
            sentence = reading.sentence_evidence(quantity.start, quantity.end)
            if reading.article.role_at(quantity.start) != "body":
                continue
            key = (
                nationality_key(reading, quantity, sentence, listed[quantity.sentence])
                or duration_key(reading, quantity, sentence)
                or age_key(reading, quantity, sentence)
                or figure_key(reading, quantity, sentence)
                or group_key(reading, quantity, sentence)
                or measure_key(reading, quantity, sentence)
            )
            if key is None and fact_of:
                fact_id = fact_of.get((reading.id, sentence.start))
                key = statement_key(reading, quantity, sentence, fact_id)
            if key is not None:
                by_key[at_home(key, home)].append(
                    Figure(reading, quantity, sentence, _event_day(reading, sentence))
                )

    for key in [k for k in by_key if k[0].startswith(STATED)]:
        by_key[key] = _one_per_article(by_key[key])
    _join_named_modifiers(by_key)
    conflicts = []
    by_epoch = {
        (*base, epoch): members
        for base, group in by_key.items()
        for epoch, members in _epochs(group).items()
    }
    for key in sorted(by_epoch):
        figures = by_epoch[key]
        if len({f.reading.id for f in figures}) < 2:
            continue
        variants = group_variants(figures)
        if len(variants) < 2:
            continue
        severity, reason = classify(variants)
        conflicts.append((key, variants, severity, reason))
    return [
        Conflict(
            id="",
            kind="figure",
            subject=_describe(key),
            explanation=_explain(_describe(key), variants, severity, reason),
            variants=tuple(_variant(v) for v in variants),
            severity=severity,
        )
        for key, variants, severity, reason in conflicts
    ]


def _event_day(reading: ReadArticle, sentence: Span) -> date | None:
    for ref in starting_in(reading.timerefs, sentence.start, sentence.end):
        if ref.resolved and not is_range(ref):
            return ref.resolved
    return None


def _one_per_article(figures: list[Figure]) -> list[Figure]:
    """Keep the figures of articles that state one such figure in the statement: with two
    ("$209 billion in assets and $175.4 billion in deposits") it is unclear which to compare."""
    counts = Counter(f.reading.id for f in figures)
    return [f for f in figures if counts[f.reading.id] == 1]


_SET_APART = frozenset({"other", "another", "only", "remaining"})


def _join_named_modifiers(by_key: dict[tuple[str, ...], list[Figure]]) -> None:
    """Move the figures of a modified group ("43,538 trial participants") into the plain group
    ("participants") when a sentence of another article counting the plain group names the
    modifier as well ("the trial enrolled 43,538 participants"): both count the trial's
    participants. "other" always sets a group apart ("two other women")."""
    for key in sorted(k for k in by_key if k[0] == "counted" and " " in k[1]):
        *modifiers, head = key[1].split()
        plain = (key[0], head, *key[2:])
        if plain not in by_key or any(m.lower() in _SET_APART for m in modifiers):
            continue
        words = [re.compile(rf"\b{re.escape(m)}\b", re.I) for m in modifiers]
        articles = {f.reading.id for f in by_key[key]}
        if any(
            f.reading.id not in articles and all(w.search(f.sentence.text) for w in words)
            for f in by_key[plain]
        ):
            by_key[plain].extend(by_key.pop(key))


def _epochs(figures: list[Figure]) -> dict[str, list[Figure]]:
    """Split figures by the days their sentences speak of: a toll of last Sunday's quake is not
    comparable with one of Friday's. Undated figures join the only epoch, or are left out when
    there are several (they could belong to any)."""
    days = sorted({f.day for f in figures if f.day is not None})
    starts: list[date] = []
    for day in days:
        if not starts or (day - starts[-1]).days > EPOCH_DAYS:
            starts.append(day)
    if len(starts) <= 1:
        return {"": figures}
    epochs: dict[str, list[Figure]] = {}
    for figure in figures:
        when = figure.day or _undated_day(figure, starts)
        if when is not None:
            start = max(s for s in starts if s <= when)
            epochs.setdefault(start.isoformat(), []).append(figure)
    return epochs


def _undated_day(figure: Figure, starts: Sequence[date]) -> date | None:
    """The day an undated figure is taken to speak of: its article's publication day, so it
    joins the epoch under way then; none when the article predates every epoch."""
    published = figure.published
    if published is None or published < starts[0]:
        return None
    return published


def _describe(key: tuple[str, ...]) -> str:
    verb, kind, owner, years, epoch = key
    if verb.startswith(STATED):
        return f"{kind} in one statement ({verb.removeprefix(STATED)})"
    if verb == "lasted":
        subject = f"duration ({kind})"
    elif verb == "aged":
        subject = f"age ({kind})"
    elif verb == "nationals":
        subject = f"{kind} nationals" + (f" {owner}" if owner else "")
        owner = ""
    else:
        subject = f"{kind} {verb}"
    if owner:
        subject += f" ({owner.title()})"
    if years or epoch:
        subject += f" [{epoch or years}]"
    return subject


def _variant(figures: Sequence[Figure]) -> Variant:
    articles = tuple(sorted({f.reading.id for f in figures}))
    evidence = tuple(sorted({f.sentence for f in figures}, key=lambda s: (s.article_id, s.start)))
    return Variant(value=figures[0].label, articles=articles, evidence=evidence)


def _explain(
    subject: str, variants: Sequence[list[Figure]], severity: ConflictSeverity, reason: str
) -> str:
    parts = [f"{v[0].label} ({', '.join(sorted({f.reading.source for f in v}))})" for v in variants]
    if severity == "contradiction":
        return f"Outlets give different figures for {subject}: {' vs '.join(parts)}; {reason}."
    return f"Figures for {subject} differ but are compatible: {' vs '.join(parts)}; {reason}."
