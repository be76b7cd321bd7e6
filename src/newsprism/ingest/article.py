"""Build an :class:`~newsprism.model.Article` from decoded text: normalise, hash, segment."""

from __future__ import annotations

import hashlib
import re
from datetime import date

from newsprism.errors import IngestError
from newsprism.ingest.segments import segment
from newsprism.model import Article

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
) -> Article:
    """An article from its raw input (kept as received) and its decoded body text.

    The text is normalised (see :func:`normalise_text`); ``id`` defaults to the first 16 hex
    digits of the content hash; segments and credited wires come from
    :func:`newsprism.ingest.segments.segment`. A missing title is taken from a headline line.
    Raises :class:`IngestError` when the text is empty once normalised.
    """
    body = normalise_text(text)
    if not body:
        raise IngestError(path or url or source, "empty")
    digest = content_hash(body)
    segments, wire = segment(body)
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
