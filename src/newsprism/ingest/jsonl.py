"""JSON Lines: one article per line, as produced by crawlers and used by the evaluation corpus.

Each line is an object with ``text`` or ``html`` and optionally ``id``, ``url``, ``source`` (or
``outlet``), ``date`` (``YYYY-MM-DD``, an ISO datetime, or null) and ``title``. Other fields (such
as an evaluation ``cluster`` label) are ignored here but reachable through
:func:`iter_jsonl_records`. A bad line becomes an :class:`IngestError` named ``file:LINE`` and
the rest of the file is still read.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Mapping
from datetime import date, datetime
from pathlib import Path
from typing import Any, BinaryIO, NamedTuple

from newsprism.errors import IngestError
from newsprism.ingest import decode
from newsprism.ingest.article import build_article
from newsprism.ingest.html import extract_page
from newsprism.ingest.outlet import outlet_for
from newsprism.model import Article

_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_STRING_FIELDS = ("id", "url", "source", "outlet", "title", "text", "html")
_SKIP_CHUNK = 1 << 20


class JsonlRecord(NamedTuple):
    """An article and the JSON object it was built from (with any extra fields)."""

    article: Article
    record: dict[str, Any]


def parse_date(value: object) -> date | None:
    """A date from ``YYYY-MM-DD``, an ISO datetime or null; ``ValueError`` otherwise."""
    if value is None or value == "":
        return None
    if not isinstance(value, str) or not _ISO_DATE.match(value.strip()):
        raise ValueError(f"bad date {value!r} (want YYYY-MM-DD or an ISO datetime)")
    text = value.strip()
    if len(text) == 10:
        return date.fromisoformat(text)
    return datetime.fromisoformat(text.replace("Z", "+00:00")).date()


def article_from_record(
    record: Mapping[str, Any], raw: bytes, name: str, path: str | None = None
) -> Article:
    """Build the article described by one JSON object; ``name`` identifies it in errors."""
    for key in _STRING_FIELDS:
        value = record.get(key)
        if value is None or isinstance(value, str) or (key == "id" and _is_int(value)):
            continue
        raise IngestError(name, f"field {key!r} must be a string, not {type(value).__name__}")
    try:
        published = parse_date(record.get("date"))
    except ValueError as exc:
        raise IngestError(name, str(exc)) from None
    url = record.get("url") or None
    title = record.get("title") or None
    text = record.get("text")
    if not (text and text.strip()):
        markup = record.get("html")
        if not (markup and markup.strip()):
            raise IngestError(name, "no 'text' or 'html'")
        page = extract_page(markup, name, url=url)
        text, url, title = page.text, url or page.url, title or page.title
        published = published or page.published
        declared = record.get("source") or record.get("outlet") or page.site_name
    else:
        declared = record.get("source") or record.get("outlet")
    article_id = record.get("id")
    return build_article(
        raw,
        text,
        source=outlet_for(declared, url, path),
        title=title,
        url=url,
        path=path,
        published=published,
        article_id=str(article_id) if article_id not in (None, "") else None,
    )


def iter_jsonl_records(
    source: str | Path | BinaryIO, name: str | None = None
) -> Iterator[JsonlRecord | IngestError]:
    """Each line of a JSON Lines file (a path or a binary stream) as ``(article, record)``,
    or the :class:`IngestError` explaining why that line was skipped."""
    if isinstance(source, (str, Path)):
        display = name or str(source)
        try:
            with open(source, "rb") as stream:
                yield from _records(stream, display, str(source))
        except OSError as exc:
            yield IngestError(display, f"cannot read: {exc.strerror or exc}")
        return
    yield from _records(source, name or "<stream>", None)


def read_jsonl(stream: BinaryIO, name: str, path: str | None) -> Iterator[Article | IngestError]:
    """Each article of a JSON Lines stream, or an error for each bad line."""
    for item in _records(stream, name, path):
        yield item if isinstance(item, IngestError) else item.article


def _records(stream: BinaryIO, name: str, path: str | None) -> Iterator[JsonlRecord | IngestError]:
    seen = False
    lineno = 0
    while True:
        limit = decode.MAX_BYTES
        line = stream.readline(limit + 1)
        if not line:
            break
        lineno += 1
        where = f"{name}:{lineno}"
        if len(line) > limit and not line.endswith(b"\n"):
            _skip_line(stream)
            yield IngestError(where, f"line longer than the {limit:,}-byte limit")
            seen = True
            continue
        if not line.strip():
            continue
        seen = True
        try:
            yield _parse_line(line, where, path)
        except IngestError as error:
            yield error
    if not seen:
        yield IngestError(name, "empty")


def _parse_line(line: bytes, where: str, path: str | None) -> JsonlRecord:
    try:
        record = json.loads(line)
    except UnicodeDecodeError:
        raise IngestError(where, "not UTF-8") from None
    except json.JSONDecodeError as exc:
        raise IngestError(where, f"invalid JSON ({exc.msg} at column {exc.colno})") from None
    if not isinstance(record, dict):
        raise IngestError(where, f"expected a JSON object, got {type(record).__name__}")
    raw = line.rstrip(b"\r\n")
    return JsonlRecord(article_from_record(record, raw, where, path), record)


def _skip_line(stream: BinaryIO) -> None:
    while True:
        chunk = stream.readline(_SKIP_CHUNK)
        if not chunk or chunk.endswith(b"\n"):
            return


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)
