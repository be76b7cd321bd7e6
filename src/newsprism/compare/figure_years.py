"""The year a figure speaks of, a part of every figure key: a toll of 2018 is not one of 2019.

The year is the one written nearest the figure, unless a dated day is nearer; a sentence naming
no time continues the year of the previous sentence of its paragraph. The year of publication is
left out.
"""

from __future__ import annotations

import re
from datetime import date

from newsprism.compare.dates import is_range
from newsprism.model import Quantity, ReadArticle, Span, starting_in

_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
# a sentence speaking of the present does not continue an earlier year
_PRESENT = re.compile(
    r"\b(?:currently|now|today|so\s+far|to\s+date|at\s+present|presently|still)\b", re.I
)


def figure_year(reading: ReadArticle, quantity: Quantity, sentence: Span) -> str:
    """The year a figure speaks of: the year written nearest it (see :func:`_year_context`),
    unless a dated day is written nearer ("300 killed since Aug. 27 ... since a war in 1994").
    A sentence that names no time of its own and does not speak of the present continues the
    previous sentence of its paragraph: in "In June 2009, a quake struck Velmar. The quake
    killed 300 people." the 300 belong to 2009."""
    published = reading.published
    years = _year_context(sentence, published, quantity.start)
    days = [
        t
        for t in starting_in(reading.timerefs, sentence.start, sentence.end)
        if t.resolved and not is_range(t)
    ]
    if years and days:
        distance = min(abs(at - quantity.start) for _, at in _written_years(sentence, published))
        day = min(days, key=lambda t: abs(t.start - quantity.start))
        if abs(day.start - quantity.start) < distance:
            return _year_context(day, published)
    if years or _PRESENT.search(sentence.text):
        return years
    if starting_in(reading.timerefs, sentence.start, sentence.end):
        return years
    previous = _previous_in_paragraph(reading, sentence)
    return "" if previous is None else _year_context(previous, published)


def _year_context(sentence: Span, published: date | None, near: int | None = None) -> str:
    """The years the sentence speaks of, other than the year of publication; with ``near`` (a
    text offset), only the year written nearest it: in "grounded in 2019 after a crash that
    killed 189 people in 2018" the 189 belongs to 2018."""
    found = _written_years(sentence, published)
    if near is not None and found:
        return min(found, key=lambda f: (abs(f[1] - near), f[1]))[0]
    return ",".join(sorted({year for year, _ in found}))


def _written_years(sentence: Span, published: date | None) -> list[tuple[str, int]]:
    """The years written in the sentence other than the year of publication, with offsets."""
    return [
        (m.group(), sentence.start + m.start())
        for m in _YEAR.finditer(sentence.text)
        if published is None or int(m.group()) != published.year
    ]


def _previous_in_paragraph(reading: ReadArticle, sentence: Span) -> Span | None:
    before = [s for s in reading.sentences if s.end <= sentence.start]
    if not before:
        return None
    previous = before[-1]
    if "\n" in reading.article.text[previous.end : sentence.start]:
        return None
    return previous
