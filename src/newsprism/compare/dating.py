"""Date the story's undated articles, and weekdays a publisher's clock put a week early, from
the story itself.

An article with neither a stated nor an estimated publication date takes the latest date the
story's other articles state (else the latest they estimate): it reports the same events, so it
was written by then at the earliest. So does an article whose date the reader estimated from
its own text when that estimate lies more than :data:`ESTIMATE_SLACK` outside the dates the
story states (the text named an old date: "since January 20, 2021" in a story of 2024). Either
is marked as estimated, and its relative references ("on Thursday") are resolved again against
the new date.

A weekday naming the day after an article's publication date ("Wednesday" in a paper dated
Tuesday) resolves to the week before; but a paper whose clock runs behind the place of the
event dates a report of "Wednesday morning" in Asia on Tuesday. When other articles of the story
name the next day and none names the week-earlier one, the weekday is that next day.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import replace
from datetime import date, timedelta

from newsprism.model import ReadArticle
from newsprism.read.timerefs import find_timerefs

ESTIMATE_SLACK = timedelta(days=7)


def date_from_story(readings: Sequence[ReadArticle]) -> tuple[ReadArticle, ...]:
    """``readings`` with each undated article dated from the rest of the story, and weekdays
    of the day after publication moved to it when the story names that day (see above)."""
    readings = _day_after_publication(readings)
    stated = [r.published for r in readings if r.published and not r.published_estimated]
    known = stated or [r.published for r in readings if r.published is not None]
    if not known:
        return tuple(readings)
    latest = max(known)
    return tuple(
        replace(
            r,
            published=latest,
            published_estimated=True,
            timerefs=find_timerefs(r.article, r.sentences, latest),
        )
        if r.published is None or (stated and _far_from(r.published, stated))
        else r
        for r in readings
    )


def _far_from(estimate: date, stated: Sequence[date]) -> bool:
    """Whether a publication date estimated from an article's own text lies more than
    :data:`ESTIMATE_SLACK` outside the stated dates of its story: the text named a date of the
    past ("since January 20, 2021"), not its own."""
    return not min(stated) - ESTIMATE_SLACK <= estimate <= max(stated) + ESTIMATE_SLACK


def _day_after_publication(readings: Sequence[ReadArticle]) -> list[ReadArticle]:
    named: dict[date, set[str]] = defaultdict(set)
    for reading in readings:
        if reading.published_estimated:
            continue
        for ref in reading.timerefs:
            if ref.resolved is not None and ref.granularity == "day" and ref.resolved_end is None:
                named[ref.resolved].add(reading.id)
    moved = []
    for reading in readings:
        published = reading.published
        if published is None or reading.published_estimated:
            moved.append(reading)
            continue
        tomorrow = published + timedelta(days=1)
        refs = tuple(
            replace(ref, resolved=tomorrow)
            if ref.method == "weekday"
            and ref.resolved == tomorrow - timedelta(days=7)
            and named[tomorrow] - {reading.id}
            and not named[ref.resolved] - {reading.id}
            else ref
            for ref in reading.timerefs
        )
        moved.append(reading if refs == reading.timerefs else replace(reading, timerefs=refs))
    return moved
