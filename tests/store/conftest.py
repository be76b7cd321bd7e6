"""Fictional readings for store tests (invented outlets and events)."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from datetime import date

import pytest

from newsprism.model import Article, ReadArticle, Segment, Sentence, span_of

MakeReading = Callable[..., ReadArticle]


def build_reading(
    n: int,
    *,
    source: str = "harbourgazette.example",
    published: date | None = date(2031, 3, 4),
    estimated: bool = False,
    title: str | None = None,
    text: str | None = None,
) -> ReadArticle:
    """Reading number ``n``: two sentences of invented text, split into Sentences."""
    body = text or (
        f"The lantern festival in Quillmere drew {n} visitors on its opening night. "
        "Organisers said the river parade would return next spring."
    )
    article = Article(
        id=f"art-{n:05d}",
        source=source,
        text=body,
        raw=body.encode() + b"\x00raw",
        content_hash=hashlib.sha256(body.encode()).hexdigest(),
        title=title or f"Lantern festival report {n}",
        url=f"https://{source}/festival/{n}",
        published=None if estimated else published,
        segments=(Segment(0, len(body), "body"),),
        wire=("Northwind Press",),
    )
    cut = body.index(". ") + 1
    sentences = (
        Sentence(**vars_of(span_of(article.id, body, 0, cut)), index=0),
        Sentence(**vars_of(span_of(article.id, body, cut + 1, len(body))), index=1),
    )
    return ReadArticle(
        article=article,
        sentences=sentences,
        published=published,
        published_estimated=estimated,
    )


def vars_of(span: object) -> dict[str, object]:
    return {name: getattr(span, name) for name in ("article_id", "start", "end", "text")}


@pytest.fixture
def make_reading() -> MakeReading:
    return build_reading
