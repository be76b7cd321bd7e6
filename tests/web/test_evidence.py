"""Marking a cited span and its sentence in an article's highlighted pieces."""

from __future__ import annotations

import hashlib

from newsprism.model import Article, ReadArticle, Sentence, span_of
from newsprism.report.highlight import pieces
from newsprism.web.evidence import ANCHOR, evidence_href, mark_evidence, sentence_bounds

TEXT = "The quay flooded at dawn. Some 55 families left their homes. Pumps arrived later."


def reading() -> ReadArticle:
    article = Article(
        id="ev-1",
        source="Velmora Post",
        text=TEXT,
        raw=TEXT.encode(),
        content_hash=hashlib.sha256(TEXT.encode()).hexdigest(),
    )
    cuts = [(0, 25), (26, 60), (61, len(TEXT))]
    sentences = tuple(Sentence("ev-1", a, b, TEXT[a:b], index=i) for i, (a, b) in enumerate(cuts))
    return ReadArticle(article=article, sentences=sentences)


def test_sentence_bounds_cover_the_span() -> None:
    r = reading()
    start = TEXT.index("55 families")
    assert sentence_bounds(r, start, start + 11) == (26, 60)
    assert sentence_bounds(r, 20, 30) == (0, 60)  # across two sentences


def test_mark_evidence_splits_and_marks() -> None:
    r = reading()
    start = TEXT.index("55 families")
    end = start + len("55 families")
    marked = mark_evidence(pieces(r), r, start, end)
    assert "".join(p.text for p in marked) == TEXT  # nothing lost or added
    assert "".join(p.text for p in marked if "evidence" in p.classes) == "55 families"
    sentence = "".join(p.text for p in marked if "evidence-sentence" in p.classes)
    assert sentence == "Some 55 families left their homes."
    anchored = [p for p in marked if p.anchor]
    assert len(anchored) == 1 and anchored[0].anchor == ANCHOR
    assert anchored[0].text.startswith("Some")


def test_evidence_href_quotes_the_id() -> None:
    span = span_of("ev-1", TEXT, 3, 7)
    assert evidence_href(span) == "/article/ev-1?start=3&end=7#evidence"
