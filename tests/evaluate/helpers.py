"""Hand-made readings of fictional articles for evaluation tests (no reading stage involved)."""

from __future__ import annotations

from datetime import date
from typing import Any

from newsprism.model import (
    Article,
    Mention,
    Quantity,
    Quote,
    ReadArticle,
    Segment,
    Sentence,
    TimeRef,
)

Found = tuple[str, dict[str, Any]]


def _at(text: str, surface: str) -> tuple[int, int]:
    start = text.index(surface)
    return start, start + len(surface)


def reading(
    article_id: str,
    text: str,
    *,
    source: str = "",
    quantities: tuple[Found, ...] = (),
    timerefs: tuple[Found, ...] = (),
    mentions: tuple[Found, ...] = (),
    quotes: tuple[Found, ...] = (),
    published: date = date(2031, 3, 14),
) -> ReadArticle:
    """One sentence per line; each found item is (surface, fields) and sits at the surface's
    first occurrence. A quote's ``speaker_surface`` field places its speaker span."""
    article = Article(
        id=article_id,
        source=source or f"{article_id}.example",
        text=text,
        raw=text.encode(),
        content_hash=article_id,
        published=published,
        segments=(Segment(0, len(text), "body"),),
    )
    sentences, offset = [], 0
    for index, line in enumerate(text.split("\n")):
        sentences.append(Sentence(article_id, offset, offset + len(line), line, index=index))
        offset += len(line) + 1
    built_quotes = []
    for surface, fields in quotes:
        fields = dict(fields)
        speaker = fields.pop("speaker_surface", None)
        if speaker is not None:
            fields["speaker_start"], fields["speaker_end"] = _at(text, speaker)
        built_quotes.append(Quote(article_id, *_at(text, surface), surface, **fields))
    return ReadArticle(
        article=article,
        sentences=tuple(sentences),
        quantities=tuple(Quantity(article_id, *_at(text, s), s, **f) for s, f in quantities),
        timerefs=tuple(TimeRef(article_id, *_at(text, s), s, **f) for s, f in timerefs),
        mentions=tuple(
            Mention(article_id, *_at(text, s), s, **{"name": s, **f}) for s, f in mentions
        ),
        quotes=tuple(built_quotes),
        published=published,
    )
