"""Date conflicts: one event given different dates, and weekdays that do not fit their date.

Dates are compared inside aligned facts: when two articles support the same fact and each
dates it to a day, but the days differ, that is a conflict. A coarse date that contains the
precise one ("in the 1990s" and "in 1992") is not; a month, year or decade is compared only
with a reference of the same coarseness.

Some references do not date the fact, or cannot be trusted to, and are left out:

- a time right after a speech or report cue ("told reporters Tuesday", "said in a statement
  on Saturday") dates the statement, not the event;
- a weekday, relative or year-less reference ("on Monday", "last night", "July 23") in an
  article whose publication date is only estimated: its resolution rests on a guess.

Days one apart are not a conflict unless both are stated as explicit dates: "late Monday" and
"Tuesday", or "last night" and "today", straddle midnight and time zones.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from datetime import date

from newsprism.compare.align import Alignment
from newsprism.model import Conflict, ReadArticle, Sentence, Span, TimeRef, Variant

Dated = tuple[ReadArticle, Sentence, list[TimeRef]]
_STATEMENT_CUE = re.compile(
    r"\b(?:said|says|say|told|tells|telling|added|adds|stated|announced|confirmed|reported"
    r"|address|briefing|conference|interview|statement|release)\b[^.;:!?]{0,30}$",
    re.I,
)
_GUESSED_METHODS = frozenset({"weekday", "relative", "explicit-no-year"})
STATEMENT_WINDOW = 45
Variants = dict[date, list[tuple[ReadArticle, Sentence, TimeRef]]]


def weekday_conflicts(readings: Sequence[ReadArticle]) -> list[Conflict]:
    """A conflict for each weekday that does not fall on the date it is given with."""
    conflicts = []
    for reading in readings:
        for ref in reading.timerefs:
            if not ref.weekday_mismatch:
                continue
            if reading.published_estimated and ref.method in _GUESSED_METHODS:
                continue  # the year was guessed: the weekday may be right for another year
            sentence = _sentence_span(reading, ref)
            conflicts.append(
                Conflict(
                    id="",
                    kind="weekday",
                    subject=ref.text,
                    explanation=f"{ref.text!r} in {reading.source}: {ref.weekday_mismatch}.",
                    variants=(Variant(ref.text, (reading.id,), (sentence,)),),
                )
            )
    return conflicts


def _sentence_span(reading: ReadArticle, ref: TimeRef) -> Span:
    for sentence in reading.sentences:
        if sentence.start <= ref.start < sentence.end:
            return Span(sentence.article_id, sentence.start, sentence.end, sentence.text)
    return Span(ref.article_id, ref.start, ref.end, ref.text)


def is_range(ref: TimeRef) -> bool:
    """A reference to a stretch of days ("this week", "in the 1990s"), not one day."""
    return ref.granularity != "day" or (
        ref.resolved_end is not None and ref.resolved_end != ref.resolved
    )


def dated_refs(
    reading: ReadArticle, sentence: Sentence, *, statements: bool = False
) -> list[TimeRef]:
    """The resolved references of ``sentence`` that can be trusted to date something: those
    dating the event, or (``statements``) those right after a speech cue, dating a statement."""
    text = reading.article.text
    return [
        r
        for r in reading.timerefs
        if sentence.start <= r.start < sentence.end
        and r.resolved is not None
        and not (reading.published_estimated and r.method in _GUESSED_METHODS)
        and statements
        == bool(
            _STATEMENT_CUE.search(text, max(sentence.start, r.start - STATEMENT_WINDOW), r.start)
        )
    ]


def straddle(variants: Variants) -> bool:
    """Two days one apart, not both given as explicit dates."""
    days = sorted(variants)
    if len(days) != 2 or (days[1] - days[0]).days > 1:
        return False
    return any(ref.method != "explicit" for entries in variants.values() for _, _, ref in entries)


def _covers(coarse: TimeRef, day: date) -> bool:
    assert coarse.resolved is not None
    end = coarse.resolved_end or coarse.resolved
    return coarse.resolved <= day <= end


def date_conflicts(alignment: Alignment) -> list[Conflict]:
    """Facts whose supporting articles date them differently."""
    conflicts = []
    for fact, members in zip(alignment.facts, alignment.members, strict=True):
        if len(members) < 2:
            continue
        per_article: dict[str, Dated] = {}
        for reading, sentence in members:
            refs = dated_refs(reading, sentence)
            if refs:
                per_article[reading.id] = (reading, sentence, refs)
        if len(per_article) < 2:
            continue
        for granularity in ("day", "year"):
            variants = date_variants(per_article.values(), granularity)
            if granularity == "day" and straddle(variants):
                break
            if len(variants) >= 2 and not reconciled(per_article.values(), variants):
                conflicts.append(date_conflict(fact.text, variants))
                break
    return conflicts


def date_variants(entries: Iterable[Dated], granularity: str) -> Variants:
    """Articles by the one date (of ``granularity``) they give; articles giving several are
    left out."""
    variants: Variants = defaultdict(list)
    for reading, sentence, refs in entries:
        days = {
            r.resolved: r
            for r in refs
            if r.granularity == granularity
            and r.resolved
            and (granularity != "day" or not is_range(r))
        }
        if len(days) != 1:
            continue  # an article dating several things in one sentence is not comparable
        ((day, ref),) = days.items()
        assert day is not None
        variants[day].append((reading, sentence, ref))
    return variants


def reconciled(entries: Iterable[Dated], variants: Variants) -> bool:
    """True when every article has some reference compatible with every variant's date."""
    coarse = [
        r for _, _, refs in entries for r in refs if r.granularity in ("month", "year", "decade")
    ]
    return bool(coarse) and all(any(_covers(c, day) for c in coarse) for day in variants)


def date_conflict(subject: str, variants: Variants) -> Conflict:
    """A date conflict about ``subject``, one variant per date."""
    built = []
    for day in sorted(variants):
        entries = variants[day]
        built.append(
            Variant(
                value=f"{day.isoformat()} ({', '.join(sorted({e[2].text for e in entries}))})",
                articles=tuple(sorted({e[0].id for e in entries})),
                evidence=tuple(
                    Span(s.article_id, s.start, s.end, s.text)
                    for _, s, _ in sorted(entries, key=lambda e: e[0].id)
                ),
            )
        )
    listing = " vs ".join(
        f"{day.isoformat()} ({', '.join(sorted({e[0].source for e in variants[day]}))})"
        for day in sorted(variants)
    )
    return Conflict(
        id="",
        kind="date",
        subject=subject,
        explanation=f"Outlets date the same event differently: {listing}.",
        variants=tuple(built),
    )
