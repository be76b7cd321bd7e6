"""Build an :class:`~newsprism.model.Article` from decoded text: normalise, hash, segment."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from datetime import date

from newsprism.errors import IngestError
from newsprism.ingest.segments import segment
from newsprism.ingest.wire import find_agencies
from newsprism.model import Article, Segment

_TRAILING_SPACE = re.compile(r"[ \t\f\v\u00a0\u2000-\u200b\u3000]+$", re.MULTILINE)
_MANY_NEWLINES = re.compile(r"\n{3,}")


def normalise_text(text: str) -> str:
    """Unix newlines, no trailing spaces on lines, at most one blank line in a row, stripped."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _TRAILING_SPACE.sub("", text)
    return _MANY_NEWLINES.sub("\n\n", text).strip()


def content_hash(text: str) -> str:
    """SHA-256 (hex) of normalised text."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _append_captions(
    body: str, segments: tuple[Segment, ...], wire: tuple[str, ...], captions: Sequence[str]
) -> tuple[tuple[Segment, ...], tuple[str, ...]]:
    """Segments and wire credits once ``captions`` are appended to ``body`` as paragraphs."""
    added = []
    offset = len(body)
    for caption in captions:
        offset += 2
        added.append(Segment(offset, offset + len(caption), "caption"))
        offset += len(caption)
    credited = tuple(dict.fromkeys([*wire, *(a for c in captions for a in find_agencies(c))]))
    return (*segments, *added), credited


def build_article(
    raw: bytes,
    text: str,
    *,
    source: str,
    title: str | None = None,
    url: str | None = None,
    path: str | None = None,
    published: date | None = None,
    article_id: str | None = None,
    captions: Sequence[str] = (),
) -> Article:
    """An article from its raw input (kept as received) and its decoded body text.

    The text is normalised (see :func:`normalise_text`); ``id`` defaults to the first 16 hex
    digits of the content hash; segments and credited wires come from
    :func:`newsprism.ingest.segments.segment`. A missing title is taken from a headline line.
    ``captions`` (photo captions found apart from the body, such as HTML ``<figcaption>``) are
    appended as caption paragraphs. Raises :class:`IngestError` when the text is empty once
    normalised.
    """
    body = normalise_text(text)
    if not body:
        raise IngestError(path or url or source, "empty")
    segments, wire = segment(body)
    extra = [c for c in dict.fromkeys(" ".join(c.split()) for c in captions) if c and c not in body]
    if extra:
        segments, wire = _append_captions(body, segments, wire, extra)
        body += "".join(f"\n\n{caption}" for caption in extra)
    digest = content_hash(body)
    if title is None and segments and segments[0].role == "title":
        title = body[segments[0].start : segments[0].end].strip()
    return Article(
        id=article_id or digest[:16],
        source=source,
        text=body,
        raw=raw,
        content_hash=digest,
        title=title.strip() if title and title.strip() else None,
        url=url,
        path=path,
        published=published,
        segments=segments,
        wire=wire,
    )
