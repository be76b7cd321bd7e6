"""The Python API in a few calls: inputs in, a :class:`StoryAnalysis` out.

``analyze`` runs the whole chain for inputs that belong to one story: ingest → read → one
:class:`Story` → compare. ``read_inputs`` stops after reading and also returns the inputs that
failed, so a caller can report them; ``build_story`` and ``compare_story`` are the later steps.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import BinaryIO

from newsprism.compare.story import compare_story
from newsprism.errors import IngestError, ReadError
from newsprism.ingest import iter_inputs
from newsprism.model import Article, ReadArticle, Story, StoryAnalysis
from newsprism.read.pipeline import read_article

Inputs = str | Path | Sequence[str | Path] | Iterable[str | Path | Article]


def _articles(inputs: Inputs, stdin: BinaryIO | None) -> Iterator[Article | IngestError]:
    """Articles (or ingest errors) from paths, URLs, ``-`` and ready-made articles, in order."""
    items: Iterable[str | Path | Article] = [inputs] if isinstance(inputs, (str, Path)) else inputs
    pending: list[str] = []
    for item in items:
        if isinstance(item, Article):
            if pending:
                yield from iter_inputs(pending, stdin=stdin)
                pending = []
            yield item
        else:
            pending.append(str(item))
    if pending:
        yield from iter_inputs(pending, stdin=stdin)


def _name(article: Article) -> str:
    return article.path or article.url or article.id


def read_inputs(
    inputs: Inputs, *, stdin: BinaryIO | None = None
) -> tuple[list[ReadArticle], list[IngestError]]:
    """Ingest and read ``inputs``; return the readings and the inputs that failed, in order.

    ``inputs`` are paths, URLs or ``-`` (read from ``stdin``), or :class:`Article` objects. An
    article that cannot be read is reported as an :class:`IngestError` naming the article.
    """
    readings: list[ReadArticle] = []
    errors: list[IngestError] = []
    for item in _articles(inputs, stdin):
        if isinstance(item, IngestError):
            errors.append(item)
            continue
        try:
            readings.append(read_article(item))
        except ReadError as exc:
            errors.append(IngestError(_name(item), f"could not be read: {exc}"))
    return readings, errors


def story_id_for(readings: Sequence[ReadArticle]) -> str:
    """A stable story id made from the ids of its articles (order does not matter)."""
    digest = hashlib.sha1("\n".join(sorted(r.id for r in readings)).encode()).hexdigest()
    return f"story-{digest[:12]}"


def build_story(readings: Iterable[ReadArticle], *, story_id: str | None = None) -> Story:
    """One story of all ``readings`` (repeated articles kept once, input order kept).

    The label is the first title found; syndication families are not computed here.
    """
    first: dict[str, ReadArticle] = {}
    for reading in readings:
        first.setdefault(reading.id, reading)
    unique = list(first.values())
    label = next((r.article.title for r in unique if r.article.title), "")
    return Story(
        id=story_id or story_id_for(unique),
        articles=tuple(unique),
        label=label,
    )


def analyze(
    inputs: Inputs,
    *,
    story_id: str | None = None,
    strict: bool = False,
    stdin: BinaryIO | None = None,
) -> StoryAnalysis:
    """Analyse ``inputs`` as one story: ingest, read, compare.

    Inputs that cannot be ingested or read are skipped; with ``strict=True`` the first such
    failure is raised instead. Use :func:`read_inputs` to get the failures as a list.
    """
    readings, errors = read_inputs(inputs, stdin=stdin)
    if strict and errors:
        raise errors[0]
    return compare_story(build_story(readings, story_id=story_id))
