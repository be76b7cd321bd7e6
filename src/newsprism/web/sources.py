"""Where the web app's stories come from: a newsprism store, or the bundled sample stories.

Both sources answer the same few questions (:class:`StorySource`): the story listing (optionally
searched), one story's analysis, one article's reading, and the articles in no story. A store is
opened per call, so each request thread has its own SQLite connection; an analysis the store does
not hold yet is computed and written back (a cache: a read-only store is left as it is). The
samples are read and compared once, on first use, and kept in memory.
"""

from __future__ import annotations

import contextlib
import re
import threading
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Protocol

from newsprism.errors import StoreError
from newsprism.model import ReadArticle, StoryAnalysis

_WORD = re.compile(r"\w+", re.UNICODE)


@dataclass(frozen=True, slots=True)
class StoryRow:
    """One line of the story listing. ``conflict_count`` is None until the story is analysed."""

    id: str
    label: str
    size: int
    outlets: tuple[str, ...]
    first_date: date | None
    last_date: date | None
    conflict_count: int | None


@dataclass(frozen=True, slots=True)
class ArticleRow:
    """An article as listed (no text): for articles in no story."""

    id: str
    source: str
    title: str | None
    published: date | None


@dataclass(frozen=True, slots=True)
class FoundArticle:
    """An article's reading and the story holding it (None when it is in no story)."""

    reading: ReadArticle
    story_id: str | None


class StorySource(Protocol):
    """What the web app asks of its stories."""

    @property
    def description(self) -> str:
        """Where the stories come from, for page footers ("store /x.db", "bundled samples")."""
        ...

    def stories(self, query: str | None = None) -> list[StoryRow]:
        """Stories, latest first; with ``query``, those with an article holding every word."""
        ...

    def analysis(self, story_id: str) -> StoryAnalysis | None:
        """The analysis of one story, or None when there is no such story."""
        ...

    def article(self, article_id: str) -> FoundArticle | None:
        """One article's reading, or None when there is no such article."""
        ...

    def label(self, story_id: str) -> str | None:
        """A story's label, or None when there is no such story."""
        ...

    def loose_articles(self, limit: int) -> tuple[list[ArticleRow], int]:
        """Up to ``limit`` articles in no story, and how many there are in all."""
        ...


def query_words(query: str) -> list[str]:
    """The lower-cased words of a search query."""
    return [w.casefold() for w in _WORD.findall(query)]


class StoreSource:
    """Stories from a newsprism store file (see :mod:`newsprism.store`)."""

    def __init__(self, path: Path) -> None:
        self.path = path

    @property
    def description(self) -> str:
        return f"store {self.path}"

    def _exists(self) -> bool:
        return self.path.is_file()

    def stories(self, query: str | None = None) -> list[StoryRow]:
        from newsprism.store import Store

        if not self._exists():
            return []
        with Store.open(self.path) as store:
            summaries = store.stories(query=query or None)
        return [
            StoryRow(
                id=s.id,
                label=s.label,
                size=s.size,
                outlets=s.outlets,
                first_date=s.first_date,
                last_date=s.last_date,
                conflict_count=s.conflict_count,
            )
            for s in summaries
        ]

    def analysis(self, story_id: str) -> StoryAnalysis | None:
        from newsprism.compare.story import compare_story
        from newsprism.store import Store

        if not self._exists():
            return None
        with Store.open(self.path) as store:
            story = store.load_story(story_id)
            if story is None:
                return None
            analysis = store.analysis(story)
            if analysis is not None:
                return analysis
            analysis = compare_story(story)
            with contextlib.suppress(StoreError):  # read-only: show it, do not cache it
                store.save_story(story_id, analysis=analysis)
            return analysis

    def label(self, story_id: str) -> str | None:
        from newsprism.store import Store

        if not self._exists():
            return None
        with Store.open(self.path) as store:
            summary = store.story(story_id)
        return summary.label if summary is not None else None

    def article(self, article_id: str) -> FoundArticle | None:
        from newsprism.store import Store

        if not self._exists():
            return None
        with Store.open(self.path) as store:
            info = store.article_info(article_id)
            reading = store.get_article(article_id)
        if info is None or reading is None:
            return None
        return FoundArticle(reading, info.story_id)

    def loose_articles(self, limit: int) -> tuple[list[ArticleRow], int]:
        from newsprism.store import Store

        if not self._exists():
            return [], 0
        with Store.open(self.path) as store:
            ids = store.unassigned_ids()
            infos = [store.article_info(i) for i in ids[:limit]]
        rows = [ArticleRow(i.id, i.source, i.title, i.published) for i in infos if i is not None]
        return rows, len(ids)


SampleLoader = Callable[[], tuple[list[StoryAnalysis], list[ReadArticle]]]


def load_samples() -> tuple[list[StoryAnalysis], list[ReadArticle]]:
    """Analyses of the bundled sample stories (story id = directory name), and the readings of
    the bundled articles that belong to no story."""
    from newsprism.api import build_story, read_inputs
    from newsprism.compare.story import compare_story
    from newsprism.samples import UNRELATED, demo_dir, story_dirs

    analyses = []
    for directory in story_dirs():
        readings, _ = read_inputs([str(directory)])
        analyses.append(compare_story(build_story(readings, story_id=directory.name)))
    loose, _ = read_inputs([str(demo_dir() / UNRELATED)])
    return analyses, loose


def _row(analysis: StoryAnalysis) -> StoryRow:
    readings = analysis.story.articles
    days = sorted(r.published for r in readings if r.published is not None)
    return StoryRow(
        id=analysis.story.id,
        label=analysis.story.label,
        size=len(readings),
        outlets=tuple(sorted({r.source for r in readings})),
        first_date=days[0] if days else None,
        last_date=days[-1] if days else None,
        conflict_count=len(analysis.conflicts),
    )


def _matches(readings: Iterable[ReadArticle], label: str, words: Sequence[str]) -> bool:
    haystack = " ".join(
        [label, *(f"{r.article.title or ''} {r.article.text}" for r in readings)]
    ).casefold()
    found = {w.casefold() for w in _WORD.findall(haystack)}
    return all(w in found for w in words)


class SampleSource:
    """The bundled fictional sample stories, read and compared once on first use."""

    def __init__(self, loader: SampleLoader = load_samples) -> None:
        self._loader = loader
        self._lock = threading.Lock()
        self._loaded: tuple[dict[str, StoryAnalysis], list[ReadArticle]] | None = None

    @property
    def description(self) -> str:
        return "the bundled sample stories"

    def _data(self) -> tuple[dict[str, StoryAnalysis], list[ReadArticle]]:
        with self._lock:
            if self._loaded is None:
                analyses, loose = self._loader()
                self._loaded = ({a.story.id: a for a in analyses}, loose)
            return self._loaded

    def stories(self, query: str | None = None) -> list[StoryRow]:
        analyses, _ = self._data()
        words = query_words(query or "")
        if query is not None and not words:
            return []
        chosen = [
            a
            for a in analyses.values()
            if not words or _matches(a.story.articles, a.story.label, words)
        ]
        rows = [_row(a) for a in chosen]
        rows.sort(key=lambda r: r.id)
        rows.sort(key=lambda r: (r.last_date is None, -(r.last_date or date.min).toordinal()))
        return rows

    def analysis(self, story_id: str) -> StoryAnalysis | None:
        return self._data()[0].get(story_id)

    def label(self, story_id: str) -> str | None:
        analysis = self._data()[0].get(story_id)
        return analysis.story.label if analysis is not None else None

    def article(self, article_id: str) -> FoundArticle | None:
        analyses, loose = self._data()
        for analysis in analyses.values():
            for reading in analysis.story.articles:
                if reading.id == article_id:
                    return FoundArticle(reading, analysis.story.id)
        for reading in loose:
            if reading.id == article_id:
                return FoundArticle(reading, None)
        return None

    def loose_articles(self, limit: int) -> tuple[list[ArticleRow], int]:
        _, loose = self._data()
        rows = [ArticleRow(r.id, r.source, r.article.title, r.published) for r in loose[:limit]]
        return rows, len(loose)
