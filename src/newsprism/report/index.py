"""Lookups every renderer shares: articles by id, short citation labels, outlets in order.

A citation label is the article's outlet; when one outlet has several articles in the story, they
are told apart by a number ("Daily Example", "Daily Example #2"), in story order.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from newsprism.model import Fact, ReadArticle, Span, StoryAnalysis


@dataclass(frozen=True, slots=True)
class StoryIndex:
    """Articles of one analysis by id, with a citation label for each."""

    by_id: dict[str, ReadArticle]
    labels: dict[str, str]
    sources: tuple[str, ...]  # distinct outlets, in story order

    def label(self, article_id: str) -> str:
        """The citation label of an article (its id when the article is not in the story)."""
        return self.labels.get(article_id, article_id)

    def fact_marks(self, fact: Fact) -> list[str]:
        """Per outlet (in :attr:`sources` order): "agrees" when one of its articles supports
        the fact, "disputes" when its only aligned articles state another version (a side of a
        conflict), else ""."""
        agreeing = {self.source_of(a) for a in fact.articles if a not in fact.disputed_by}
        disputing = {self.source_of(a) for a in fact.disputed_by}
        if not fact.disputed_by:
            agreeing |= set(fact.sources)
        return [
            "agrees" if s in agreeing else "disputes" if s in disputing else ""
            for s in self.sources
        ]

    def source_of(self, article_id: str) -> str:
        reading = self.by_id.get(article_id)
        return reading.source if reading is not None else article_id

    def cite(self, article_ids: tuple[str, ...]) -> tuple[str, ...]:
        """Labels of ``article_ids``, without repeats, in the given order."""
        return tuple(dict.fromkeys(self.label(a) for a in article_ids))

    def context(self, span: Span, *, width: int = 160) -> tuple[str, str, str]:
        """``(before, span text, after)``: the span inside the sentence(s) around it.

        Falls back to ``width`` characters either side when the article has no sentences,
        and to the bare span when the article is unknown. The context is clipped to ``width``.
        """
        reading = self.by_id.get(span.article_id)
        if reading is None:
            return "", span.text, ""
        text = reading.article.text
        start, end = span.start, min(span.end, len(text))
        lo, hi = max(0, start - width), min(len(text), end + width)
        covering = [s for s in reading.sentences if s.start < max(end, start + 1) and s.end > start]
        if covering:
            lo = max(lo, min(s.start for s in covering))
            hi = min(hi, max(s.end for s in covering))
        return text[lo:start], text[start:end], text[end:hi]


def index_story(analysis: StoryAnalysis) -> StoryIndex:
    """Build the :class:`StoryIndex` of ``analysis``."""
    readings = analysis.story.articles
    by_id = {r.id: r for r in readings}
    totals = Counter(r.source for r in readings)
    seen: Counter[str] = Counter()
    labels: dict[str, str] = {}
    for reading in readings:
        seen[reading.source] += 1
        n = seen[reading.source]
        labels[reading.id] = (
            reading.source if totals[reading.source] == 1 or n == 1 else (f"{reading.source} #{n}")
        )
    sources = tuple(dict.fromkeys(r.source for r in readings))
    return StoryIndex(by_id=by_id, labels=labels, sources=sources)
