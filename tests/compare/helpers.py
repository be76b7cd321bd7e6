"""Build small readings by hand for comparison tests (no reading stage involved)."""

from __future__ import annotations

from datetime import date

from newsprism.model import Article, Quantity, ReadArticle, Segment, Sentence, TimeRef


def reading(
    article_id: str,
    source: str,
    text: str,
    *,
    published: date | None = date(2025, 5, 2),
    quantities: tuple[tuple[str, dict[str, object]], ...] = (),
    timerefs: tuple[tuple[str, dict[str, object]], ...] = (),
) -> ReadArticle:
    """A one-sentence-per-line reading; quantities/timerefs given as (surface, fields)."""
    article = Article(
        id=article_id,
        source=source,
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
    return ReadArticle(
        article=article,
        sentences=tuple(sentences),
        quantities=tuple(
            Quantity(article_id, text.index(s), text.index(s) + len(s), s, **f)  # type: ignore[arg-type]
            for s, f in quantities
        ),
        timerefs=tuple(
            TimeRef(article_id, text.index(s), text.index(s) + len(s), s, **f)  # type: ignore[arg-type]
            for s, f in timerefs
        ),
        published=published,
    )


FILLER = (
    "Volunteers handed out blankets near the harbour.\n"
    "The Tarn council met to discuss the budget.\n"
    "Fishermen in Olk waited for the weather to clear."
)


def dated(article_id: str, sentence: str, surface: str, day: date, method: str) -> ReadArticle:
    """A reading whose first line is ``sentence``, dated by one reference, then filler."""
    return reading(
        article_id,
        f"{article_id}.example",
        f"{sentence}\n{FILLER}",
        published=date(2025, 5, 6),
        timerefs=((surface, {"resolved": day, "method": method}),),
    )
