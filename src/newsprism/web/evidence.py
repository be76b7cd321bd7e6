"""Mark one evidence span, and the sentence around it, in an article's highlighted pieces.

A story page links each piece of evidence to ``/article/{id}?start=S&end=E#evidence``; the
article page cuts its pieces (see :func:`newsprism.report.highlight.pieces`) at the span and its
sentence, adds the classes ``evidence-sentence`` and ``evidence``, and puts the ``evidence``
anchor on the first piece of the sentence, so the browser scrolls to it.
"""

from __future__ import annotations

import dataclasses
from itertools import pairwise
from urllib.parse import quote

from newsprism.model import ReadArticle, Span
from newsprism.report.highlight import Piece

ANCHOR = "evidence"


def evidence_href(span: Span) -> str:
    """The link from a cited span to its place in the article page."""
    return f"/article/{quote(span.article_id, safe='')}?start={span.start}&end={span.end}#{ANCHOR}"


def valid_span(reading: ReadArticle, start: int, end: int) -> bool:
    """Whether ``[start, end)`` is a non-empty span inside the article's text."""
    return 0 <= start < end <= len(reading.article.text)


def sentence_bounds(reading: ReadArticle, start: int, end: int) -> tuple[int, int]:
    """The span of the sentence(s) covering ``[start, end)`` (the span itself when none)."""
    covering = [s for s in reading.sentences if s.start < end and s.end > start]
    if not covering:
        return start, end
    return min(start, *(s.start for s in covering)), max(end, *(s.end for s in covering))


def mark_evidence(pieces: list[Piece], reading: ReadArticle, start: int, end: int) -> list[Piece]:
    """``pieces`` (covering the text from offset 0) cut and marked at the evidence span."""
    lo, hi = sentence_bounds(reading, start, end)
    cuts = sorted({lo, start, end, hi})
    out: list[Piece] = []
    offset = 0
    anchored = False
    for piece in pieces:
        p_start, p_end = offset, offset + len(piece.text)
        offset = p_end
        bounds = [p_start, *(c for c in cuts if p_start < c < p_end), p_end]
        for a, b in pairwise(bounds):
            classes = piece.classes
            if lo <= a and b <= hi:
                classes = (*classes, "evidence-sentence")
            if start <= a and b <= end:
                classes = (*classes, "evidence")
            anchor = ""
            if not anchored and a >= lo and b <= hi:
                anchor, anchored = ANCHOR, True
            text = piece.text[a - p_start : b - p_start]
            out.append(dataclasses.replace(piece, text=text, classes=classes, anchor=anchor))
    return out
