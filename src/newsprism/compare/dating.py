"""Date the story's undated articles from the story itself.

An article with neither a stated nor an estimated publication date takes the latest date of
the story's other articles (it reports the same events, so it was written by then at the
earliest), marked as estimated; its relative references ("on Thursday") are then resolved
against that date.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from newsprism.model import ReadArticle
from newsprism.read.timerefs import find_timerefs


def date_from_story(readings: Sequence[ReadArticle]) -> tuple[ReadArticle, ...]:
    """``readings`` with each undated article dated from the rest of the story."""
    known = [r.published for r in readings if r.published is not None]
    if not known or len(known) == len(readings):
        return tuple(readings)
    latest = max(known)
    return tuple(
        r
        if r.published is not None
        else replace(
            r,
            published=latest,
            published_estimated=True,
            timerefs=find_timerefs(r.article, r.sentences, latest),
        )
        for r in readings
    )
