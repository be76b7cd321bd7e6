"""Split command-line inputs into units of work that a worker can read on its own.

A unit names bytes, not holds them: a file, a line range of a JSON Lines file, or a URL. Only
standard input (which only the client can see) is ingested on the client and shipped as a batch
of articles. Planning lists directories and stats files but reads no file contents; line ranges
of a JSON Lines file come from :func:`jsonl_ranges`, which runs on a worker.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from typing import BinaryIO

from newsprism.errors import IngestError
from newsprism.ingest.dispatch import format_for_name, iter_directory, iter_inputs
from newsprism.ingest.fetch import is_url
from newsprism.model import Article

_LINE_CHUNK = 1 << 20


@dataclass(frozen=True, slots=True)
class Unit:
    """One task: ``kind`` is ``file``, ``lines`` (bytes ``start``..``end`` of a JSON Lines file,
    whose first line is line ``first_line``), ``url``, ``articles`` (already ingested) or
    ``error`` (``name`` could not be planned: ``reason``)."""

    kind: str
    name: str
    path: str = ""
    start: int = 0
    end: int = 0
    first_line: int = 1
    articles: tuple[Article, ...] = ()
    reason: str = ""


def plan_units(
    inputs: Sequence[str],
    split_jsonl: Callable[[str, str], list[Unit]],
    *,
    batch_size: int,
    stdin: BinaryIO | None = None,
) -> Iterator[Unit]:
    """Units for ``inputs`` in input order (the order :func:`iter_inputs` reads them).

    ``split_jsonl(path, name)`` returns the line-range units of one JSON Lines file (it may
    run remotely); standard input is read here in batches of ``batch_size`` articles.
    """
    for item in inputs:
        if item == "-":
            yield from _stdin_units(stdin if stdin is not None else sys.stdin.buffer, batch_size)
        elif is_url(item):
            yield Unit("url", item)
        else:
            path = Path(item)
            if path.is_dir():
                for file in iter_directory(path):
                    yield from _file_units(str(file), str(file), split_jsonl)
            elif path.exists():
                yield from _file_units(str(path), item, split_jsonl)
            else:
                yield Unit("error", item, reason="no such file")


def _file_units(path: str, name: str, split_jsonl: Callable[[str, str], list[Unit]]) -> list[Unit]:
    fmt = format_for_name(Path(path).name)
    if fmt is not None and fmt.name == "jsonl":
        return split_jsonl(path, name)
    return [Unit("file", name, path=path)]


def _stdin_units(stdin: BinaryIO, batch_size: int) -> Iterator[Unit]:
    items = iter_inputs(["-"], stdin=stdin)
    while batch := list(islice(items, batch_size)):
        articles: list[Article] = []
        for item in batch:
            if isinstance(item, IngestError):
                if articles:
                    yield Unit("articles", "<stdin>", articles=tuple(articles))
                    articles = []
                yield Unit("error", item.source, reason=item.reason)
            else:
                articles.append(item)
        if articles:
            yield Unit("articles", "<stdin>", articles=tuple(articles))


def jsonl_ranges(path: str, name: str, lines_per_unit: int) -> list[Unit]:
    """Split a JSON Lines file into ranges of ``lines_per_unit`` lines (run on a worker: it
    scans the file's bytes once). A file of at most one range stays one ``file`` unit."""
    units: list[Unit] = []
    try:
        with open(path, "rb") as stream:
            start = offset = 0
            first = lines = 1
            while chunk := stream.readline(_LINE_CHUNK):
                offset += len(chunk)
                if not chunk.endswith(b"\n"):
                    continue
                lines += 1
                if lines - first == lines_per_unit:
                    units.append(Unit("lines", name, path, start, offset, first))
                    start, first = offset, lines
            if offset > start:
                units.append(Unit("lines", name, path, start, offset, first))
    except OSError as exc:
        return [Unit("error", name, reason=f"cannot read: {exc.strerror or exc}")]
    if len(units) <= 1:
        return [Unit("file", name, path=path)]
    return units
