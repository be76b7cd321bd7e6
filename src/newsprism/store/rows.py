"""Convert between model objects and store rows: articles, readings and story analyses.

Readings and analyses are stored as JSON through :mod:`newsprism.codec` (``to_data`` /
``from_data``). A reading is stored without its article (the article's columns hold that) and
is rebuilt around the article read back from its row, together with the version of the reader
that made it. When a reading was made by another reader version, or cannot be decoded, the
article is read again from its stored text.
"""

from __future__ import annotations

import dataclasses
import json
import sqlite3
from datetime import date

from newsprism.codec import from_data, to_data
from newsprism.compare.version import COMPARE_VERSION
from newsprism.model import SEGMENT_ROLES, Article, ReadArticle, Segment, Story, StoryAnalysis
from newsprism.read.version import READER_VERSION

_COMPARE_VERSION_KEY = "compare_version"  # stored beside the analysis fields

ARTICLE_COLUMNS = (
    "id, content_hash, source, url, path, title, published, published_estimated, language, "
    "raw, text, segments, wire, reading, story_id, ingested_at, reader_version"
)


def iso(day: date | None) -> str | None:
    return day.isoformat() if day is not None else None


def parse_day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def encode_reading(reading: ReadArticle) -> str:
    """The reading as JSON, without its article (the article's columns hold that)."""
    data = to_data(reading)
    del data["article"]
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


def decode_reading(article: Article, text: str | None) -> ReadArticle | None:
    """Rebuild a stored reading around ``article``; None when absent or undecodable."""
    if not text:
        return None
    try:
        data = json.loads(text)
        data["article"] = to_data(article)
        reading = from_data(ReadArticle, data)
    except (ValueError, TypeError, KeyError, AttributeError):
        return None
    return dataclasses.replace(reading, article=article)  # with its raw bytes


def encode_analysis(analysis: StoryAnalysis) -> str:
    """The analysis as JSON, its story's readings included (comparison may refine them, e.g.
    estimate a date from the story) but not their raw bytes."""
    data = to_data(analysis)
    data[_COMPARE_VERSION_KEY] = COMPARE_VERSION
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


def decode_analysis(text: str | None, story: Story) -> StoryAnalysis | None:
    """Rebuild a stored analysis, taking raw bytes back from the articles of ``story``;
    None when absent, undecodable, or made by another version of the comparison."""
    if not text:
        return None
    try:
        data = json.loads(text)
        if data.get(_COMPARE_VERSION_KEY) != COMPARE_VERSION:
            return None
        analysis = from_data(StoryAnalysis, data)
    except (ValueError, TypeError, KeyError, AttributeError):
        return None
    raw = {reading.id: reading.article.raw for reading in story.articles}
    articles = tuple(
        dataclasses.replace(r, article=dataclasses.replace(r.article, raw=raw.get(r.id, b"")))
        for r in analysis.story.articles
    )
    return dataclasses.replace(
        analysis, story=dataclasses.replace(analysis.story, articles=articles)
    )


def _published(reading: ReadArticle) -> date | None:
    """The date stored in the ``published`` column: given, or estimated by the reader."""
    return reading.published if reading.published is not None else reading.article.published


def article_values(reading: ReadArticle, ingested_at: str) -> tuple[object, ...]:
    """The values of one ``articles`` row, in :data:`ARTICLE_COLUMNS` order (no story yet),
    recording this reader version as the one that made ``reading``."""
    article = reading.article
    segments = [[seg.start, seg.end, seg.role] for seg in article.segments]
    return (
        article.id,
        article.content_hash,
        article.source,
        article.url,
        article.path,
        article.title,
        iso(_published(reading)),
        int(reading.published_estimated),
        article.language,
        article.raw,
        article.text,
        json.dumps(segments),
        json.dumps(list(article.wire), ensure_ascii=False),
        encode_reading(reading),
        None,
        ingested_at,
        READER_VERSION,
    )


READING_COLUMNS = ("reading", "reader_version", "published", "published_estimated")
"""The columns a reading sets; :func:`reading_values` gives their values."""


def reading_values(reading: ReadArticle) -> tuple[str, int, str | None, int]:
    """The values of :data:`READING_COLUMNS` for ``reading``, made by this reader version."""
    return (
        encode_reading(reading),
        READER_VERSION,
        iso(_published(reading)),
        int(reading.published_estimated),
    )


def row_article(row: sqlite3.Row) -> Article:
    """The :class:`Article` stored in ``row`` (an estimated date is not part of the article)."""
    segments = tuple(
        Segment(int(start), int(end), role)
        for start, end, role in json.loads(row["segments"])
        if role in SEGMENT_ROLES
    )
    return Article(
        id=row["id"],
        source=row["source"],
        text=row["text"],
        raw=bytes(row["raw"]),
        content_hash=row["content_hash"],
        title=row["title"],
        url=row["url"],
        path=row["path"],
        published=None if row["published_estimated"] else parse_day(row["published"]),
        language=row["language"],
        segments=segments,
        wire=tuple(json.loads(row["wire"])),
    )


def is_current(row: sqlite3.Row) -> bool:
    """Whether the reading stored in ``row`` was made by this version of the reader."""
    return bool(row["reader_version"] == READER_VERSION)


def read_again(row: sqlite3.Row) -> ReadArticle:
    """Read the article stored in ``row`` again, from its stored text, with this reader."""
    from newsprism.read import read_article  # only when the stored reading is unusable

    return read_article(row_article(row))


def row_reading(row: sqlite3.Row) -> ReadArticle:
    """The :class:`ReadArticle` stored in ``row``; read again (not stored) when it was made by
    another reader version or cannot be decoded, so a stale reading is never returned."""
    if is_current(row):
        reading = decode_reading(row_article(row), row["reading"])
        if reading is not None:
            return reading
    return read_again(row)
