"""The story's timeline: dated facts in order, merged across outlets.

A fact is dated by the day-precise references in its supporting sentences; when outlets give
it different days, the day most articles give wins (ties: the earliest) and the disagreement is
left to the date conflicts.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from datetime import date

from newsprism.compare.align import Alignment
from newsprism.compare.dates import is_range
from newsprism.model import (
    Fact,
    ReadArticle,
    Sentence,
    TimelineEvent,
    TimeMethod,
    TimeRef,
    starting_in,
)


def _dated_refs(members: tuple[tuple[ReadArticle, Sentence], ...]) -> Iterator[TimeRef]:
    for reading, sentence in members:
        for ref in starting_in(reading.timerefs, sentence.start, sentence.end):
            if ref.resolved is not None and not is_range(ref) and not ref.weekday_mismatch:
                yield ref


def build_timeline(alignment: Alignment) -> tuple[TimelineEvent, ...]:
    """Dated events, earliest first; on one day, the best-corroborated first."""
    events: list[tuple[date, int, TimelineEvent]] = []
    for rank, (fact, members) in enumerate(zip(alignment.facts, alignment.members, strict=True)):
        refs = list(_dated_refs(members))
        if not refs:
            continue
        votes = Counter(r.resolved for r in refs)
        day = min(votes, key=lambda d: (-votes[d], d))
        assert day is not None
        method = next(r.method for r in refs if r.resolved == day)
        events.append((day, rank, _event(fact, day, method)))
    events.sort(key=lambda e: (e[0], e[1]))
    return tuple(event for _, _, event in events)


def _event(fact: Fact, day: date, method: TimeMethod) -> TimelineEvent:
    return TimelineEvent(
        date=day,
        text=fact.text,
        articles=fact.articles,
        evidence=fact.evidence,
        method=method,
    )
