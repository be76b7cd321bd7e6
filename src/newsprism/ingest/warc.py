"""WARC and WARC.gz archives: every HTML page an archive holds, as an article.

Archives are read record by record with warcio, never loaded whole: memory holds one page at a
time whatever the archive's size. Only HTTP ``response`` records with a 2xx status and an HTML
body become articles (URL from ``WARC-Target-URI``, date from ``WARC-Date`` when the page gives
none); other records are skipped silently. A damaged archive yields an
:class:`~newsprism.errors.IngestError` named ``archive#record N`` and the pages before it; the
reader then looks for the next record start (a gzip member, or a ``WARC/1.`` line) and goes on.

warcio does not report a truncated archive itself: it stops, or hands over a short record. So
each record's block is drained and its length checked, and after the last record the rest of
the file must be blank.
"""

from __future__ import annotations

import contextlib
import dataclasses
import io
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import IO, Any, BinaryIO

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from newsprism.errors import IngestError
from newsprism.model import Article

MAX_PAGE_BYTES = 10 * 1024 * 1024
"""Largest HTML body read from one record; larger pages are reported and skipped."""

WARC_SUFFIXES = (".warc", ".warc.gz")
HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
_CHUNK = 64 * 1024
_GZIP_MAGIC = b"\x1f\x8b\x08"
_WARC_MAGIC = b"\nWARC/1."
# What warcio raises on malformed input (AttributeError: on some damaged uncompressed headers).
_WARCIO_ERRORS = (ArchiveLoadFailed, ValueError, EOFError, AttributeError, zlib.error, OSError)


@dataclass(frozen=True, slots=True)
class WarcPage:
    """One HTML page found in an archive."""

    name: str  # "archive.warc.gz#record N"
    record: int  # 1-based number of the record in the archive
    url: str | None
    fetched: date | None  # the WARC-Date
    body: bytes


def iter_warc(path: str | Path) -> Iterator[Article | IngestError]:
    """The articles of every HTML page in the archive at ``path``, and an error per damage.

    An article's ``path`` is ``archive#record N``, naming the record it came from."""
    from newsprism.ingest.html import article_from_html  # lazy: trafilatura is slow to import

    for item in iter_pages(path):
        if isinstance(item, IngestError):
            yield item
            continue
        try:
            article = article_from_html(item.body, name=item.name, url=item.url, path=item.name)
        except IngestError as exc:
            yield exc
            continue
        if article.published is None and item.fetched is not None:
            article = dataclasses.replace(article, published=item.fetched)
        yield article


def iter_pages(
    path: str | Path, *, max_page_bytes: int = MAX_PAGE_BYTES
) -> Iterator[WarcPage | IngestError]:
    """Every HTML page of a WARC or WARC.gz file, in order, with an error for each damaged
    stretch (one error per stretch, named after the first record it hit)."""
    name = str(path)
    try:
        fh = open(path, "rb")  # noqa: SIM115 - closed below; the generator may stop early
    except OSError as exc:
        yield IngestError(name, f"cannot open archive: {exc.strerror or exc}")
        return
    with fh:
        size = _size(fh)
        gzipped = fh.read(2) == _GZIP_MAGIC[:2]
        state = _Scan(fh, name, size, gzipped, max_page_bytes)
        yield from state.run()


def _size(fh: IO[bytes]) -> int:
    fh.seek(0, io.SEEK_END)
    size = fh.tell()
    fh.seek(0)
    return size


class _Scan:
    """One pass over an archive, restarting after damage at the next record start."""

    def __init__(
        self, fh: IO[bytes], name: str, size: int, gzipped: bool, max_page_bytes: int
    ) -> None:
        self.fh = fh
        self.name = name
        self.size = size
        self.gzipped = gzipped
        self.max_page_bytes = max_page_bytes
        self.records = 0  # records seen so far

    def run(self) -> Iterator[WarcPage | IngestError]:
        start: int | None = 0
        in_damage = False  # inside a damaged stretch: further failures are the same damage
        while start is not None:
            self.fh.seek(start)
            found = 0
            end = start
            failure: str | None = None
            archive = ArchiveIterator(self.fh)
            try:
                while failure is None:
                    record = _next_quietly(archive)
                    if record is None:
                        break
                    self.records += 1
                    item = self._page(record)
                    failure = self._damage(record)
                    with contextlib.redirect_stderr(io.StringIO()):
                        archive.read_to_end()
                    if failure is None and not _member_complete(archive):
                        failure = "truncated record (its gzip member is incomplete)"
                    if failure is None:
                        found += 1
                        in_damage = False
                        end = archive.get_record_offset() + archive.get_record_length()
                        if item is not None:
                            yield item
                    else:
                        self.records -= 1  # reported below as the damaged record
            except _WARCIO_ERRORS as exc:
                failure = _reason(exc)
            finally:
                archive.close()
            if failure is None:
                failure = self._tail_damage(end)
                if failure is None:
                    return
            self.records += 1
            if not in_damage or found:
                yield IngestError(f"{self.name}#record {self.records}", failure)
            in_damage = True
            start = self._resync(end + 1)

    def _page(self, record: Any) -> WarcPage | IngestError | None:
        """The HTML page held by ``record``, an error, or None for a record to skip."""
        number = self.records
        name = f"{self.name}#record {number}"
        if not hasattr(record.raw_stream, "limit"):
            return None  # no Content-Length: reported by _damage
        try:
            return self._read_page(record, name, number)
        except _WARCIO_ERRORS as exc:
            return IngestError(name, f"unreadable page: {_reason(exc)}")

    def _damage(self, record: Any) -> str | None:
        """Why ``record`` is damaged (read to its end here), or None when it is whole."""
        stream = record.raw_stream
        if not hasattr(stream, "limit"):
            return "truncated or damaged record header (no Content-Length)"
        while stream.read(_CHUNK):
            pass
        if stream.limit > 0:
            return f"truncated record ({stream.limit:,} bytes missing)"
        return None

    def _read_page(self, record: Any, name: str, number: int) -> WarcPage | IngestError | None:
        if record.rec_type != "response" or record.http_headers is None:
            return None
        status = str(record.http_headers.get_statuscode() or "")
        if not status.startswith("2"):
            return None
        ctype = str(record.http_headers.get_header("Content-Type") or "")
        if ctype.split(";", 1)[0].strip().lower() not in HTML_TYPES:
            return None
        body = record.content_stream().read(self.max_page_bytes + 1)
        if len(body) > self.max_page_bytes:
            return IngestError(name, f"page larger than the {self.max_page_bytes:,}-byte limit")
        return WarcPage(
            name=name,
            record=number,
            url=record.rec_headers.get_header("WARC-Target-URI") or None,
            fetched=_warc_date(record.rec_headers.get_header("WARC-Date")),
            body=body,
        )

    def _tail_damage(self, end: int) -> str | None:
        """Why the bytes after the last whole record are damage, or None when there is none.

        Only blank lines may follow the last record; in an uncompressed archive a record ends
        with two newlines, so a file cut exactly at the end of a block is caught too.
        """
        unread = f"truncated archive: {self.size - end:,} bytes at offset {end:,} unread"
        if end >= self.size:
            if self.gzipped or self.records == 0:
                return None
            return "truncated archive: the last record is not terminated"
        self.fh.seek(end)
        newlines = 0
        while chunk := self.fh.read(_CHUNK):
            if chunk.strip():
                return unread
            newlines += chunk.count(b"\n")
        if not self.gzipped and newlines < 2:
            return "truncated archive: the last record is not terminated"
        return None

    def _resync(self, offset: int) -> int | None:
        """The offset of the next likely record start at or after ``offset``, or None."""
        magic = _GZIP_MAGIC if self.gzipped else _WARC_MAGIC
        skip = 0 if self.gzipped else 1  # the WARC line starts after the newline
        pos = offset
        carry = b""
        self.fh.seek(pos)
        while chunk := self.fh.read(_CHUNK):
            data = carry + chunk
            hit = data.find(magic)
            if hit >= 0:
                return pos - len(carry) + hit + skip
            carry = data[-(len(magic) - 1) :]
            pos += len(chunk)
        return None


def _member_complete(archive: ArchiveIterator) -> bool:
    """Whether the gzip member holding the record just read ended properly (True when the
    archive is not compressed). warcio keeps reading a member cut short without a word."""
    decompressor = getattr(archive.reader, "decompressor", None)
    return decompressor is None or bool(getattr(decompressor, "eof", True))


def _next_quietly(archive: ArchiveIterator) -> Any:
    """The next record, or None at the end (warcio's warnings to stderr are swallowed)."""
    with contextlib.redirect_stderr(io.StringIO()):
        return next(archive, None)


def _reason(exc: BaseException) -> str:
    text = " ".join(str(exc).split())[:120]
    kind = "damaged record" if isinstance(exc, ArchiveLoadFailed) else type(exc).__name__
    return f"{kind}: {text}" if text else kind


def _warc_date(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00")).date()
    except ValueError:
        return None


def read_warc(stream: BinaryIO, name: str, path: str | None) -> Iterator[Article | IngestError]:
    """A dispatch reader: archives are read from their file (to seek past damage), so a WARC
    given on stdin is refused."""
    del stream  # the file is reopened by path
    if path is None:
        yield IngestError(name, "a WARC archive must be given as a file, not on stdin")
        return
    yield from iter_warc(path)


def looks_like_warc(head: bytes) -> bool:
    """Whether a document starting with ``head`` is an uncompressed WARC archive (a gzipped
    one cannot be told from other gzip files by its first bytes)."""
    return head.startswith(b"WARC/1.")
