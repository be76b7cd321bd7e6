"""Perturbations of values: a figure, the day of a date, a weekday."""

from __future__ import annotations

import calendar
import itertools
import random
import re
from collections.abc import Callable, Sequence
from datetime import date, timedelta

from newsprism.compare.datelines import MAX_DAYS_APART, is_stamp, post_signature
from newsprism.evaluate.edit import Perturbation, in_body, match_case, others
from newsprism.model import ReadArticle, TimeRef

# --- figures ----------------------------------------------------------------------------------

_NUMERAL = re.compile(r"(?<![\d.,])\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\d,])|(?<![\d.,])\d+(?:\.\d+)?")
_SCALES = (1.0, 1e3, 1e6, 1e9, 1e12)


def _numeral_value(numeral: str) -> float:
    return float(numeral.replace(",", ""))


def format_like(value: float, model: str) -> str:
    """``value`` written like the numeral ``model``: thousands commas and decimals kept."""
    decimals = len(model.split(".")[1]) if "." in model else 0
    grouped = "," in model
    if decimals:
        return f"{value:,.{decimals}f}" if grouped else f"{value:.{decimals}f}"
    number = round(value)
    return f"{number:,}" if grouped and number >= 1000 else str(number)


def scale_figure(numeral: str, rng: random.Random) -> str:
    """A figure 10–60 % away, rounded like the original (at least two significant digits)."""
    value = _numeral_value(numeral)
    digits = numeral.split(".")[0].replace(",", "")
    if "." in numeral:
        step = 10.0 ** -len(numeral.split(".")[1])
    else:
        zeros = len(digits) - len(digits.rstrip("0"))
        step = 10.0 ** max(0, min(zeros, len(digits) - 2))
    for _ in range(50):
        factor = 1 + rng.choice((-1, 1)) * rng.uniform(0.1, 0.6)
        new = round(value * factor / step) * step
        if new > 0 and 0.1 <= abs(new - value) / value <= 0.6:
            return format_like(new, numeral)
    return format_like(value + max(step, round(value * 0.5 / step) * step), numeral)


def swap_digits(numeral: str, rng: random.Random) -> str | None:
    """The numeral with two adjacent, different digits swapped (None when none can be)."""
    positions = [i for i, c in enumerate(numeral) if c.isdigit()]
    pairs = [
        (a, b)
        for a, b in itertools.pairwise(positions)
        if numeral[a] != numeral[b] and not (a == positions[0] and numeral[b] == "0")
    ]
    if not pairs:
        return None
    a, b = rng.choice(pairs)
    chars = list(numeral)
    chars[a], chars[b] = chars[b], chars[a]
    return "".join(chars)


def _head(counts: str) -> str:
    return counts.split()[-1].lower()


def _counted_values(reading: ReadArticle) -> set[tuple[float, str]]:
    """(value, head noun of what is counted) of each counted number."""
    return {
        (q.value, _head(q.counts)) for q in reading.quantities if q.value is not None and q.counts
    }


def figure_perturbations(story: Sequence[ReadArticle], rng: random.Random) -> list[Perturbation]:
    found = []
    for reading in story:
        elsewhere = set().union(*(_counted_values(r) for r in others(story, reading)))
        for q in reading.quantities:
            if q.value is None or q.qualifier == "range" or q.unit or not q.counts:
                continue
            if q.value < 2 or (q.value, _head(q.counts)) not in elsewhere:
                continue
            if not in_body(reading, q.start):
                continue
            numerals = list(_NUMERAL.finditer(q.text))
            if len(numerals) != 1:
                continue
            match = numerals[0]
            if not any(abs(_numeral_value(match.group()) * s - q.value) < 1e-6 for s in _SCALES):
                continue
            numeral = match.group()
            swapped = swap_digits(numeral, rng) if rng.random() < 0.25 else None
            new = swapped or scale_figure(numeral, rng)
            if new == numeral:
                continue
            start = q.start + match.start()
            how = "digits swapped" if swapped else "scaled"
            found.append(
                Perturbation(
                    "figure", reading.id, start, start + len(numeral), numeral, new,
                    f"{numeral} → {new} ({how}; counts {q.counts!r}, verb {q.verb!r})",
                )
            )  # fmt: skip
    return found


# --- dates and weekdays -----------------------------------------------------------------------

_DAY = re.compile(r"(?<![\d.,])(\d{1,2})(st|nd|rd|th)?(?![\d,]\d)")
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_WEEKDAY = re.compile(r"\b(?:" + "|".join(_WEEKDAYS) + r")\b", re.I)
_SUFFIX = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd", 31: "st"}


def _dated_days(reading: ReadArticle) -> set[date]:
    return {t.resolved for t in reading.timerefs if t.resolved and t.granularity == "day"}


def shift_day(
    match: re.Match[str],
    days_in_month: int,
    rng: random.Random,
    allowed: Callable[[int], bool] = lambda shift: True,
) -> str | None:
    """The day numeral of ``match`` moved by 1–5 days inside its month (by a shift ``allowed``
    accepts), format kept."""
    day = int(match.group(1))
    shifts = [
        d
        for d in (-5, -4, -3, -2, -1, 1, 2, 3, 4, 5)
        if 1 <= day + d <= days_in_month and allowed(d)
    ]
    if not shifts:
        return None
    new = day + rng.choice(shifts)
    numeral = f"{new:02d}" if len(match.group(1)) == 2 and match.group(1)[0] == "0" else str(new)
    if match.group(2):
        suffix = _SUFFIX.get(new, "th")
        numeral += suffix.upper() if match.group(2).isupper() else suffix
    return numeral


def date_perturbations(story: Sequence[ReadArticle], rng: random.Random) -> list[Perturbation]:
    found = []
    for reading in story:
        elsewhere = set().union(*(_dated_days(r) for r in others(story, reading)))
        for t in reading.timerefs:
            if t.method not in ("explicit", "explicit-no-year") or t.granularity != "day":
                continue
            if t.resolved is None or t.resolved not in elsewhere or not in_body(reading, t.start):
                continue
            days = [m for m in _DAY.finditer(t.text) if int(m.group(1)) == t.resolved.day]
            if len(days) != 1:
                continue
            allowed = _wrong_stamp(reading, t)
            if allowed is None:
                continue
            match = days[0]
            length = calendar.monthrange(t.resolved.year, t.resolved.month)[1]
            new = shift_day(match, length, rng, allowed)
            if new is None:
                continue
            start = t.start + match.start()
            found.append(
                Perturbation(
                    "date", reading.id, start, start + len(match.group()), match.group(), new,
                    f"{t.text} → day {new}",
                )
            )  # fmt: skip
    return found


def _wrong_stamp(reading: ReadArticle, ref: TimeRef) -> Callable[[int], bool] | None:
    """Which shifts of ``ref``'s day make the text wrong. A date is the day of what the
    sentence says, so any shift does; but a stamp of the article's date ("Posted at Nov 3")
    is wrong only more than a day away from a stated publication date (a day is a time zone),
    and an embedded post's signature only when it dates the post more than a day after the
    article (a post may be older). None: no shift makes such a date wrong (the publication
    date is not stated)."""
    text, published = reading.article.text, reading.article.published
    stamp, signature = is_stamp(text, ref), post_signature(text, ref) is not None
    if not (stamp or signature):
        return lambda shift: True
    if published is None or reading.published_estimated or ref.resolved is None:
        return None
    day = ref.resolved
    if signature:
        return lambda shift: (day + timedelta(days=shift) - published).days > MAX_DAYS_APART
    return lambda shift: abs((day + timedelta(days=shift) - published).days) > MAX_DAYS_APART


def weekday_perturbations(story: Sequence[ReadArticle], rng: random.Random) -> list[Perturbation]:
    found = []
    for reading in story:
        elsewhere = set().union(*(_dated_days(r) for r in others(story, reading)))
        for t in reading.timerefs:
            names = list(_WEEKDAY.finditer(t.text))
            if len(names) != 1 or not in_body(reading, t.start):
                continue
            dated = t.method in ("explicit", "explicit-no-year")
            if not dated and (t.resolved is None or t.resolved not in elsewhere):
                continue
            match = names[0]
            old = match.group().capitalize()
            new = match_case(rng.choice([w for w in _WEEKDAYS if w != old]), match.group())
            start = t.start + match.start()
            found.append(
                Perturbation(
                    "weekday", reading.id, start, start + len(match.group()), match.group(), new,
                    f"{match.group()} → {new} ({'with a date' if dated else 'alone'})",
                )
            )  # fmt: skip
    return found
