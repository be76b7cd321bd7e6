"""What a worker runs: ingest and read one :class:`~newsprism.scale.units.Unit`.

Results travel back pickled. :class:`IngestError` does not survive pickling (its constructor
takes two arguments), so errors travel as ``(source, reason)`` pairs and the client rebuilds
them with :func:`restore`.
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Iterator
from typing import BinaryIO

from newsprism.errors import IngestError, ReadError
from newsprism.ingest.dispatch import iter_inputs
from newsprism.ingest.fetch import fetch_url
from newsprism.ingest.jsonl import read_jsonl
from newsprism.model import Article, ReadArticle
from newsprism.read import read_article
from newsprism.scale.units import Unit

Result = ReadArticle | tuple[str, str]
"""A reading, or an error as ``(source, reason)``."""


def read_unit(unit: Unit) -> list[Result]:
    """Ingest and read every article of ``unit``, in order; failures become error pairs."""
    return [_encode(item) for item in _read(_ingest(unit))]


def restore(result: Result) -> ReadArticle | IngestError:
    """A worker result as the client sees it."""
    return IngestError(*result) if isinstance(result, tuple) else result


def _ingest(unit: Unit) -> Iterator[Article | IngestError]:
    if unit.kind == "file":
        yield from iter_inputs([unit.name])  # as the single-process reader names it
    elif unit.kind == "lines":
        yield from _read_lines(unit)
    elif unit.kind == "url":
        yield from fetch_url(unit.name)
    elif unit.kind == "articles":
        yield from unit.articles
    else:
        yield IngestError(unit.name, unit.reason)


def _read(items: Iterable[Article | IngestError]) -> Iterator[ReadArticle | IngestError]:
    for item in items:
        if isinstance(item, IngestError):
            yield item
            continue
        try:
            yield read_article(item)
        except ReadError as exc:
            yield IngestError(item.path or item.url or item.id, f"could not be read: {exc}")


def _encode(item: ReadArticle | IngestError) -> Result:
    return (item.source, item.reason) if isinstance(item, IngestError) else item


def _read_lines(unit: Unit) -> Iterator[Article | IngestError]:
    """Articles of one line range, with errors numbered by their line in the whole file."""
    shift = unit.first_line - 1
    try:
        with open(unit.path, "rb") as handle:
            handle.seek(unit.start)
            window = io.BufferedReader(_Window(handle, unit.end - unit.start))
            for item in read_jsonl(window, unit.name, unit.path):
                if not isinstance(item, IngestError):
                    yield item
                elif item.source == unit.name:
                    continue  # "empty": this range is blank, not the whole file
                else:
                    line = int(item.source.rpartition(":")[2]) + shift
                    yield IngestError(f"{unit.name}:{line}", item.reason)
    except OSError as exc:
        yield IngestError(unit.name, f"cannot read: {exc.strerror or exc}")


class _Window(io.RawIOBase):
    """At most ``size`` bytes of ``stream`` from its current position."""

    def __init__(self, stream: BinaryIO, size: int) -> None:
        self._stream = stream
        self._left = size

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        view = memoryview(buffer).cast("B")
        data = self._stream.read(min(len(view), self._left))
        self._left -= len(data)
        view[: len(data)] = data
        return len(data)
