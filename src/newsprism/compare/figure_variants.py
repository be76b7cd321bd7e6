"""Variants of one count: figures that agree form one variant; the variants are classified.

Figures that agree (an exact 4,980 and "nearly 5,000"; "at least 100" and "over 100") form one
variant; lengths given in different units agree within rounding (260 ft and 80 m). Two
variants or more are classified:

- contradiction: exact figures that differ, or a bound the other figure breaks (874 vs 897);
- spread: compatible values — a lower bound and a figure above it ("more than 700" and 897),
  overlapping ranges, or a figure that moved between reports published on different days the
  way such a count moves (a toll grows; the people missing or trapped go up and down).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from newsprism.compare.figure_measures import HOURS_PER, METRES_PER
from newsprism.model import ConflictSeverity, Quantity, ReadArticle, Span

APPROXIMATE_TOLERANCE = 0.1


@dataclass(frozen=True, slots=True)
class Figure:
    """One keyed figure of one article, valued in one unit per kind (metres, hours)."""

    reading: ReadArticle
    quantity: Quantity
    sentence: Span
    day: date | None  # the day the sentence speaks of, when it names one

    @property
    def scale(self) -> float:
        """Metres per unit for a length, hours per unit for a duration, else 1."""
        unit = self.quantity.unit or ""
        return METRES_PER.get(unit, HOURS_PER.get(unit, 1.0))

    @property
    def value(self) -> float | None:
        q = self.quantity
        return None if q.value is None else q.value * self.scale

    @property
    def low(self) -> float:
        q, value = self.quantity, self.value
        if value is not None and q.qualifier == "approximately":
            return value * (1 - APPROXIMATE_TOLERANCE)
        if value is not None and q.qualifier in ("exact", "at-least", "more-than"):
            return value
        return q.low * self.scale if q.low is not None else 0.0

    @property
    def high(self) -> float:
        q, value = self.quantity, self.value
        if value is not None and q.qualifier == "approximately":
            return value * (1 + APPROXIMATE_TOLERANCE)
        if value is not None and q.qualifier in ("exact", "at-most", "less-than", "up-to"):
            return value
        return q.high * self.scale if q.high is not None else float("inf")

    @property
    def published(self) -> date | None:
        return self.reading.published

    @property
    def label(self) -> str:
        return self.quantity.text


def group_variants(figures: Sequence[Figure]) -> list[list[Figure]]:
    """The figures of one count grouped into variants of figures that agree, lowest first."""
    groups: list[list[Figure]] = []
    ordered = sorted(figures, key=lambda f: (f.value or f.low, f.reading.id, f.quantity.start))
    for figure in ordered:
        for group in groups:
            if _agree(group[0], figure):
                group.append(figure)
                break
        else:
            groups.append([figure])
    return groups


def classify(variants: Sequence[list[Figure]]) -> tuple[ConflictSeverity, str]:
    """The severity of two variants or more and the reason for it."""
    reasons = set()
    for i, left in enumerate(variants):
        for right in variants[i + 1 :]:
            # the most precise figures of the two decide: "up to 300,000" agrees with an exact
            # 300,000, which a range of 200,000 to 250,000 contradicts
            clashes = [(a, b) for a in left for b in right if not _compatible(a, b)]
            if not clashes:
                reasons.add("the values are compatible (a bound and a figure within it)")
            elif all(_updated_between_reports(a, b) for a, b in clashes):
                reasons.add("the figure changed between reports published on different days")
            else:
                return "contradiction", "the figures cannot both be right"
    return "spread", "; ".join(sorted(reasons))


def _agree(a: Figure, b: Figure) -> bool:
    """Same reported figure: equal values ("38" and "at least 38" too), or an approximate
    figure and one close to it; lengths in two units are equal within rounding."""
    qa, qb = a.quantity, b.quantity
    va, vb = a.value, b.value
    if va is None or vb is None:
        return (a.low, a.high) == (b.low, b.high)
    rounded = _converted(a, b)
    qualifiers = {qa.qualifier, qb.qualifier}
    if _same(va, vb, rounded) and qualifiers <= {"exact", "at-least", "at-most", "up-to"}:
        return True
    if _same(va, vb, rounded) and (qualifiers <= _LOWER_BOUNDS or qualifiers <= _UPPER_BOUNDS):
        return True  # "at least 1,000" and "over 1,000": one bound, worded two ways
    if qualifiers == {"approximately"}:
        return _same(va, vb, rounded)  # "some 1,000" and "around 1,100" are two estimates
    if "approximately" in qualifiers and qualifiers <= {"approximately", "exact"}:
        return _compatible(a, b)
    return qa.qualifier == qb.qualifier and _same(va, vb, rounded)


_LOWER_BOUNDS = frozenset({"at-least", "more-than"})
_UPPER_BOUNDS = frozenset({"at-most", "less-than", "up-to"})


def _compatible(a: Figure, b: Figure) -> bool:
    slack = 1 + APPROXIMATE_TOLERANCE if _converted(a, b) else 1.0
    return a.low <= b.high * slack and b.low <= a.high * slack


def _converted(a: Figure, b: Figure) -> bool:
    """Lengths given in two different units: one was converted and rounded."""
    units = {a.quantity.unit, b.quantity.unit}
    return len(units) == 2 and units <= METRES_PER.keys()


def _same(x: float, y: float, rounded: bool) -> bool:
    if not rounded:
        return x == y
    return abs(x - y) <= APPROXIMATE_TOLERANCE / 2 * max(abs(x), abs(y))


def _updated_between_reports(a: Figure, b: Figure) -> bool:
    """Whether the later report's figure moved the way such a count moves over days: a toll
    grows; the number of people missing or trapped rises as reports come in, then falls as
    they are found."""
    if a.published is None or b.published is None or a.published == b.published:
        return False
    if (a.quantity.verb or "") in _EITHER_WAY:
        return True
    early, late = (a, b) if a.published < b.published else (b, a)
    return late.low >= early.low


# counts that move either way as time passes: people are reported missing, then found
_EITHER_WAY = frozenset({"missing", "trapped", "unaccounted"})
