"""Plain-text wording shared by the renderers: figures, dates, people, publication dates.

Returns unescaped text; each renderer escapes it for its own format.
"""

from __future__ import annotations

from collections import Counter

from newsprism.model import Quantity, ReadArticle, TimeRef

_QUALIFIER_WORDS = {
    "exact": "",
    "approximately": "about",
    "at-least": "at least",
    "more-than": "more than",
    "at-most": "at most",
    "less-than": "less than",
    "up-to": "up to",
    "range": "",
}


def number(value: float) -> str:
    """``40.0`` → ``"40"``, ``2.5`` → ``"2.5"``, ``1500000.0`` → ``"1,500,000"``."""
    if value == int(value) and abs(value) < 1e15:
        return f"{int(value):,}"
    return f"{value:,.6g}" if abs(value) >= 1000 else f"{value:g}"


def quantity_value(q: Quantity) -> str:
    """The figure as read: "at least 40", "10–20", "about 55", "?" when unknown."""
    if q.low is not None and q.high is not None and q.low != q.high:
        amount = f"{number(q.low)}–{number(q.high)}"
    elif q.value is not None:
        amount = number(q.value)
    elif q.low is not None:
        amount = number(q.low)
    elif q.high is not None:
        amount = number(q.high)
    else:
        amount = "?"
    if q.unit:
        amount = f"{amount} {q.unit}"
    words = _QUALIFIER_WORDS.get(q.qualifier, q.qualifier)
    return f"{words} {amount}" if words else amount


def describe_quantity(q: Quantity) -> str:
    """E.g. ``"At least 40 families" → at least 40 families displaced (Velmora)``."""
    parts = [quantity_value(q)]
    parts += [p for p in (q.counts, q.verb) if p]
    desc = " ".join(parts)
    if q.owner:
        desc += f" ({q.owner})"
    return f'"{q.text}" → {desc}'


def timeref_value(t: TimeRef) -> str:
    """The resolved date or range ("2031-03-04", "1990-01-01…1999-12-31"), or "unresolved"."""
    if t.resolved is None:
        return "unresolved"
    if t.resolved_end is not None and t.resolved_end != t.resolved:
        return f"{t.resolved.isoformat()}…{t.resolved_end.isoformat()}"
    return t.resolved.isoformat()


def describe_timeref(t: TimeRef) -> str:
    """E.g. ``"on Tuesday" → 2031-03-04 (weekday)``, with any weekday mismatch appended."""
    desc = f'"{t.text}" → {timeref_value(t)} ({t.method})'
    if t.weekday_mismatch:
        desc += f" — mismatch: {t.weekday_mismatch}"
    return desc


def people_with_roles(reading: ReadArticle) -> list[str]:
    """Each person named in the article once, fullest name first seen, with roles found."""
    roles: dict[str, list[str]] = {}
    for m in reading.mentions:
        if m.kind != "person":
            continue
        name = m.name or m.text
        found = roles.setdefault(name, [])
        if m.role and m.role not in found:
            found.append(m.role)
    return [f"{name} ({', '.join(r)})" if r else name for name, r in roles.items()]


def published_label(reading: ReadArticle) -> str:
    """ "2031-03-06", "2031-03-05 (estimated)" or "unknown"."""
    if reading.published is None:
        return "unknown"
    day = reading.published.isoformat()
    return f"{day} (estimated)" if reading.published_estimated else day


def segment_counts(reading: ReadArticle) -> str:
    """Characters by segment role, e.g. "body 204, caption 22" ("body N" if unsegmented)."""
    article = reading.article
    if not article.segments:
        return f"body {len(article.text)}"
    sizes: Counter[str] = Counter()
    for seg in article.segments:
        sizes[seg.role] += seg.end - seg.start
    return ", ".join(f"{role} {n}" for role, n in sizes.items())
