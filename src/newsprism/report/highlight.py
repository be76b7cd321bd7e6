"""Cut an article's text into pieces, each marked by every span lying over it.

The HTML report shades segments by role and highlights names, figures, dates and quotes from
their offsets. Spans overlap (a name inside a quote), so the text is cut at every span boundary
and each piece carries the classes and notes of all the spans covering it. The renderer escapes
each piece on its own, so no article text ever reaches the page unescaped.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import pairwise

from newsprism.model import ReadArticle
from newsprism.report.describe import describe_quantity, describe_timeref

MAX_TEXT_CHARS = 60_000  # longer texts are cut here (the page says so)


@dataclass(frozen=True, slots=True)
class Piece:
    text: str
    classes: tuple[str, ...]
    note: str  # tooltip: what the covering spans were read as
    anchor: str = ""  # an element id to put on the piece (none when empty)


@dataclass(frozen=True, slots=True)
class _Mark:
    start: int
    end: int
    cls: str
    note: str


def _marks(reading: ReadArticle) -> list[_Mark]:
    marks = [
        _Mark(s.start, s.end, f"role-{s.role}", s.role)
        for s in reading.article.segments
        if s.role != "body"
    ]
    for m in reading.mentions:
        role = f", {m.role}" if m.role else ""
        marks.append(
            _Mark(m.start, m.end, f"mention {m.kind}", f"{m.kind}: {m.name or m.text}{role}")
        )
    marks += [_Mark(q.start, q.end, "quantity", describe_quantity(q)) for q in reading.quantities]
    for t in reading.timerefs:
        cls = "timeref mismatch" if t.weekday_mismatch else "timeref"
        marks.append(_Mark(t.start, t.end, cls, describe_timeref(t)))
    for q in reading.quotes:
        marks.append(_Mark(q.start, q.end, "quote", f"quote: {q.speaker or 'unknown speaker'}"))
        if q.speaker_start is not None and q.speaker_end is not None:
            marks.append(_Mark(q.speaker_start, q.speaker_end, "speaker", "speaker"))
    return marks


def pieces(reading: ReadArticle, *, limit: int = MAX_TEXT_CHARS) -> list[Piece]:
    """The article's text (up to ``limit`` characters) as marked pieces, in order."""
    text = reading.article.text[:limit]
    end = len(text)
    marks = [m for m in _marks(reading) if m.start < end and m.end > m.start]
    cuts = sorted({0, end, *(m.start for m in marks), *(min(m.end, end) for m in marks)})
    out: list[Piece] = []
    for lo, hi in pairwise(cuts):
        over = [m for m in marks if m.start <= lo and m.end >= hi]
        classes = tuple(dict.fromkeys(c for m in over for c in m.cls.split()))
        note = "; ".join(dict.fromkeys(m.note for m in over if not m.cls.startswith("role-")))
        out.append(Piece(text[lo:hi], classes, note))
    return out
