"""Turn command-line inputs (files, directories, ``-`` for stdin) into a stream of articles.

Each format is one row of :data:`FORMATS`: its name, its file suffixes, a reader and, optionally,
a content sniffer used when the suffix says nothing (stdin, unknown suffix). A new format is one
new row. Problems come out of the stream as :class:`IngestError` values, so a batch goes on.
"""

from __future__ import annotations

import io
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from newsprism.errors import IngestError
from newsprism.ingest.feeds import FEED_SUFFIXES, looks_like_feed, read_feed
from newsprism.ingest.fetch import fetch_url, is_url
from newsprism.ingest.html import read_html
from newsprism.ingest.jsonl import read_jsonl
from newsprism.ingest.textfile import read_text
from newsprism.ingest.warc import WARC_SUFFIXES, looks_like_warc, read_warc
from newsprism.model import Article

Reader = Callable[[BinaryIO, str, str | None], Iterator[Article | IngestError]]
"""``reader(stream, name, path)``: read articles from a binary stream; ``name`` is used in
errors, ``path`` is recorded on the articles (None for stdin). A reader that needs a file path
(e.g. WARC) can ignore the stream: ``lambda stream, name, path: iter_warc(path or name)``."""

_SNIFF_BYTES = 4096
_BOMS = (b"\xef\xbb\xbf",)


def _first_char(head: bytes) -> bytes:
    for bom in _BOMS:
        head = head.removeprefix(bom)
    return head.lstrip()[:1]


def looks_like_jsonl(head: bytes) -> bool:
    """JSON Lines when the first non-space character is ``{``."""
    return _first_char(head) == b"{"


def looks_like_html(head: bytes) -> bool:
    """HTML when the first non-space character is ``<``."""
    return _first_char(head) == b"<"


@dataclass(frozen=True, slots=True)
class Format:
    """One input format: suffixes (lowercase, with the dot), a reader, an optional sniffer."""

    name: str
    suffixes: tuple[str, ...]
    read: Reader
    sniff: Callable[[bytes], bool] | None = None


TEXT = Format("text", (".txt", ".text", ".md"), read_text)
FORMATS: tuple[Format, ...] = (
    Format("warc", WARC_SUFFIXES, read_warc, looks_like_warc),
    Format("feed", FEED_SUFFIXES, read_feed, looks_like_feed),
    Format("jsonl", (".jsonl", ".ndjson"), read_jsonl, looks_like_jsonl),
    Format("html", (".html", ".htm", ".xhtml"), read_html, looks_like_html),
    TEXT,
)
"""Known formats; sniffers are tried in this order, and text is the fallback."""


def format_for_name(name: str) -> Format | None:
    """The format whose (longest) suffix ends ``name``, e.g. ``.warc.gz`` before ``.gz``."""
    lowered = name.lower()
    best: tuple[int, Format] | None = None
    for fmt in FORMATS:
        for suffix in fmt.suffixes:
            if lowered.endswith(suffix) and (best is None or len(suffix) > best[0]):
                best = (len(suffix), fmt)
    return best[1] if best else None


def sniff_format(head: bytes) -> Format:
    """The format of content starting with ``head`` (text when nothing else matches)."""
    for fmt in FORMATS:
        if fmt.sniff is not None and fmt.sniff(head):
            return fmt
    return TEXT


def iter_inputs(
    inputs: Sequence[str], *, stdin: BinaryIO | None = None
) -> Iterator[Article | IngestError]:
    """Articles from each input in order: a file, a directory (recursively, sorted, hidden
    entries skipped, only known suffixes) or ``-`` for ``stdin`` (default: ``sys.stdin``)."""
    for item in inputs:
        if item == "-":
            yield from _read_stdin(stdin if stdin is not None else sys.stdin.buffer)
        elif is_url(item):
            yield from fetch_url(item)
        else:
            yield from _read_path(Path(item), item)


def iter_directory(root: Path) -> Iterator[Path]:
    """Files under ``root`` with a known suffix, sorted by relative path ("b/x" before "c"),
    skipping hidden files and folders."""
    found: list[Path] = []
    for folder, dirnames, filenames in os.walk(root):
        dirnames[:] = [d for d in dirnames if not d.startswith(".")]
        found.extend(
            Path(folder) / name
            for name in filenames
            if not name.startswith(".") and format_for_name(name) is not None
        )
    yield from sorted(found, key=lambda path: path.relative_to(root).parts)


def _read_path(path: Path, name: str) -> Iterator[Article | IngestError]:
    if path.is_dir():
        for file in iter_directory(path):
            yield from _read_file(file, str(file))
    elif path.exists():
        yield from _read_file(path, name)
    else:
        yield IngestError(name, "no such file")


def _read_file(path: Path, name: str) -> Iterator[Article | IngestError]:
    try:
        with path.open("rb") as stream:
            fmt = format_for_name(path.name)
            if fmt is None:
                fmt = sniff_format(stream.read(_SNIFF_BYTES))
                stream.seek(0)
            yield from fmt.read(stream, name, str(path))
    except OSError as exc:
        yield IngestError(name, f"cannot read: {exc.strerror or exc}")


def _read_stdin(stdin: BinaryIO) -> Iterator[Article | IngestError]:
    head = stdin.read(_SNIFF_BYTES)
    stream = io.BufferedReader(_Rewound(head, stdin))
    try:
        yield from sniff_format(head).read(stream, "<stdin>", None)
    except OSError as exc:
        yield IngestError("<stdin>", f"cannot read: {exc.strerror or exc}")


class _Rewound(io.RawIOBase):
    """A read-only stream that replays ``head`` (already read) and then the rest of ``rest``."""

    def __init__(self, head: bytes, rest: BinaryIO) -> None:
        self._head = memoryview(head)
        self._rest = rest

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        view = memoryview(buffer).cast("B")
        if self._head:
            n = min(len(view), len(self._head))
            view[:n] = self._head[:n]
            self._head = self._head[n:]
            return n
        data = self._rest.read(len(view))
        view[: len(data)] = data
        return len(data)
