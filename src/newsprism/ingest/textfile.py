"""Plain-text articles (.txt, .text, .md), with an optional leading ``date YYYY-MM-DD`` marker.

The marker may stand alone on the first line or be followed by text on the same line (then the
rest of that line is the article's first paragraph).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from typing import BinaryIO

from newsprism.errors import IngestError
from newsprism.ingest.article import build_article
from newsprism.ingest.decode import check_text_bytes, decode_text, read_limited
from newsprism.ingest.outlet import outlet_for
from newsprism.model import Article

_DATE_LINE = re.compile(r"\A\s*date[ \t]+(\d{4}-\d{2}-\d{2})(?![\w-])[ \t]*", re.IGNORECASE)


def split_date_line(text: str, name: str) -> tuple[date | None, str]:
    """The date of a leading ``date YYYY-MM-DD`` marker (if any) and the text without it."""
    match = _DATE_LINE.match(text)
    if match is None:
        return None, text
    try:
        published = date.fromisoformat(match.group(1))
    except ValueError:
        raise IngestError(name, f"bad date line: {match.group(1)!r} is not a date") from None
    return published, text[match.end() :]


def parse_text(raw: bytes, name: str, *, path: str | None = None) -> Article:
    """An article from the bytes of a text file. ``name`` identifies the input in errors."""
    check_text_bytes(raw, name)
    text = decode_text(raw, name)
    published, body = split_date_line(text, name)
    if not body.strip():
        raise IngestError(name, "empty")
    return build_article(
        raw, body, source=outlet_for(None, None, path), path=path, published=published
    )


def read_text(stream: BinaryIO, name: str, path: str | None) -> Iterator[Article | IngestError]:
    """Read one text article from ``stream``; an error is yielded, not raised."""
    try:
        yield parse_text(read_limited(stream, name), name, path=path)
    except IngestError as error:
        yield error
