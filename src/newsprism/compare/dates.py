"""Date conflicts: one event given different dates, and weekdays that do not fit their date.

Dates are compared inside aligned facts: when two articles support the same fact and each
dates it to a day, but the days differ, that is a conflict. A coarse date that contains the
precise one ("in the 1990s" and "in 1992") is not; a month, year or decade is compared only
with a reference of the same coarseness.

Some references do not date the fact, or cannot be trusted to, and are left out:

- a time right after a speech or report cue ("told reporters Tuesday", "said in a statement
  on Saturday", "the toll rose to 41 on Tuesday") dates the statement, not the event;
- a weekday, relative or year-less reference ("on Monday", "last night", "July 23") in an
  article whose publication date is only estimated: its resolution rests on a guess.

Days one apart may be one moment seen from two time zones: "late Monday" and "Tuesday", or
"last night" and "today", straddle midnight. They are a conflict when both are stated as
explicit dates; when one article's bare day stands against a day at least two others agree on
with no time of day or "late", "night" and the like next to any of them; and when the time of
day rules midnight out: the earlier day is only ever given at its start ("early Monday") or
the later one only at its end ("Tuesday evening"). Nor are two days a conflict when one of the
sentences names both (each dates something else).
"""

from __future__ import annotations

import itertools
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from datetime import date, timedelta

from newsprism.compare.align import Alignment
from newsprism.compare.datelines import is_stamp
from newsprism.model import Conflict, ReadArticle, Sentence, TimeRef, Variant, starting_in

Dated = tuple[ReadArticle, Sentence, list[TimeRef]]
_STATEMENT_CUE = re.compile(
    r"\b(?:said|says|say|saying|told|tells|telling|added|adds|adding|stated|stating|announced"
    r"|confirmed|reported|address|briefing|conference|interview|statement|release"
    # a count's update is a report too: "the toll rose to 41 on Tuesday" (but a jury "reached
    # a verdict on Tuesday": only before a number)
    r"|(?:rose|risen|climbed|reached|stood)(?=\s+(?:to\s+|at\s+)?(?:about\s+|nearly\s+)?\d))"
    r"\b[^.;:!?]{0,30}$",
    re.I,
)
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_WEEKDAY = re.compile(r"\b(?:" + "|".join(WEEKDAYS) + r")\b", re.I)
# what may stand between a weekday and its date: "Saturday (Jan 9)", "April 2 (Friday)",
# "Friday evening, September 8"
_BESIDE = re.compile(
    r"(?:\s+(?:morning|afternoon|evening|night))?(?:[\s,(]{0,3}|\)?[\s,]{0,2}\(?)", re.I
)
# a sentence that tells one of several like events apart, or a plan: its date is not compared
# (an ordinal after a possessive or before a hyphen counts titles or ranks: "its third cup",
# "the second-largest failure")
OTHER_EVENT = re.compile(
    r"\b(?:another|again|earlier|previous|prior|latest"
    r"|(?<!its\s)(?<!their\s)(?<!his\s)(?<!her\s)(?<!our\s)(?:second|third)(?![-‐])"
    r"|since|aftershocks?|last\s+week"
    r"|follow(?:ed|ing)|due\s+to\s+(?!the\b)|scheduled|expected\s+to|meant\s+to|will|would"
    r"|plan(?:s|ned)?\s+to)\b",
    re.I,
)
_GUESSED_METHODS = frozenset({"weekday", "relative", "explicit-no-year"})
# a date this near a publication date the story states has the story's year
STORY_SPAN = timedelta(days=60)
STATEMENT_WINDOW = 45
_RELATIVE_OPEN = re.compile(r"\b(?:who|which|whose)\b[^,;:.!?]{0,120}$", re.I)
_MAIN_VERB_AFTER = re.compile(
    r"(?:,?\s*\d{4})?[^,;:.!?]{0,30},\s+(?:has|have|had|was|were|is|are|will|would)\b", re.I
)
EDGE_WINDOW = 30
# which edge of its day a reference is given at: the start ("early", "morning", "3 am") or the
# end ("late", "evening", "10 pm"); a part of the day decides over "late"/"early" ("late Sunday
# morning" is a morning)
_EARLY_PART = re.compile(r"\b(?:morning|dawn|daybreak|overnight)\b", re.I)
_LATE_PART = re.compile(r"\b(?:evening|night|midnight|tonight)\b", re.I)
_MIDDAY_PART = re.compile(r"\b(?:afternoon|noon|midday)\b", re.I)
_EARLY_WORD = re.compile(r"\b(?:early|[0-5](?:[:.]\d{2})?\s*a\.?m\b|0[0-5][:.]\d{2})", re.I)
_LATE_WORD = re.compile(r"\b(?:late|(?:[7-9]|1[01])(?:[:.]\d{2})?\s*p\.?m\b)", re.I)
Variants = dict[date, list[tuple[ReadArticle, Sentence, TimeRef]]]


def weekday_conflicts(readings: Sequence[ReadArticle]) -> list[Conflict]:
    """A conflict for each weekday that does not fall on the date it is given with: in one
    reference ("Monday, March 8") or next to it ("Saturday (Jan 13)", "April 2 (Monday)")."""
    stated = [r.published for r in readings if r.published and not r.published_estimated]

    def guessed(reading: ReadArticle, ref: TimeRef) -> bool:
        """Whether the year of ``ref`` rests on a guess: read against an estimated publication
        date, and not within :data:`STORY_SPAN` of a date the story's articles state."""
        return (
            reading.published_estimated
            and ref.method in _GUESSED_METHODS
            and not (ref.resolved and any(abs(ref.resolved - d) <= STORY_SPAN for d in stated))
        )

    conflicts = []
    for reading in readings:
        refs = reading.timerefs
        for ref in refs:
            mismatch = ref.weekday_mismatch
            if mismatch and guessed(reading, ref):
                mismatch = _misfit(_named_weekday(ref.text), ref, guessed_year=True)
            if mismatch:
                conflicts.append(_weekday_conflict(reading, ref, ref.text, mismatch))
        for first, second in itertools.pairwise(refs):
            pair = _weekday_and_date(reading, first, second)
            if pair is None:
                continue
            weekday, dated = pair
            mismatch = _misfit(
                _named_weekday(weekday.text), dated, guessed_year=guessed(reading, dated)
            )
            if mismatch:
                surface = reading.article.text[first.start : second.end]
                conflicts.append(_weekday_conflict(reading, first, surface, mismatch))
    return conflicts


def _weekday_conflict(reading: ReadArticle, ref: TimeRef, surface: str, why: str) -> Conflict:
    sentence = reading.sentence_evidence(ref.start, ref.end)
    return Conflict(
        id="",
        kind="weekday",
        subject=surface,
        explanation=f"{surface!r} in {reading.source}: {why}.",
        variants=(Variant(surface, (reading.id,), (sentence,)),),
    )


def _named_weekday(text: str) -> int | None:
    names = {m.group().lower() for m in _WEEKDAY.finditer(text)}
    return WEEKDAYS.index(names.pop()) if len(names) == 1 else None


def _weekday_and_date(
    reading: ReadArticle, first: TimeRef, second: TimeRef
) -> tuple[TimeRef, TimeRef] | None:
    """(weekday, explicit date) when two references are written side by side."""
    gap = reading.article.text[first.end : second.start]
    if not _BESIDE.fullmatch(gap):
        return None
    for weekday, dated in ((first, second), (second, first)):
        if (
            weekday.method == "weekday"
            and dated.method in ("explicit", "explicit-no-year")
            and dated.granularity == "day"
            and dated.resolved is not None
            and not dated.weekday_mismatch
            and _named_weekday(dated.text) is None
        ):
            return weekday, dated
    return None


def _misfit(named: int | None, dated: TimeRef, *, guessed_year: bool) -> str | None:
    """Why the weekday ``named`` does not fit the date ``dated`` (None when it fits); with a
    guessed year, a weekday that fits the date in the year before or after fits."""
    day = dated.resolved
    if named is None or day is None:
        return None
    years = (day.year - 1, day.year, day.year + 1) if guessed_year else (day.year,)
    for year in years:
        try:
            if date(year, day.month, day.day).weekday() == named:
                return None
        except ValueError:  # 29 February
            continue
    actual, stated = WEEKDAYS[day.weekday()].title(), WEEKDAYS[named].title()
    return f"{day.day} {day.strftime('%B %Y')} was a {actual}, not a {stated}"


def is_range(ref: TimeRef) -> bool:
    """A reference to a stretch of days ("this week", "in the 1990s"), not one day."""
    return ref.granularity != "day" or (
        ref.resolved_end is not None and ref.resolved_end != ref.resolved
    )


def dated_refs(
    reading: ReadArticle,
    sentence: Sentence,
    *,
    statements: bool = False,
    guessed_weekdays: bool = False,
) -> list[TimeRef]:
    """The resolved references of ``sentence`` that can be trusted to date something: those
    dating the event, or (``statements``) those right after a speech cue, dating a statement.
    With ``guessed_weekdays``, weekdays resolved against a guessed publication date are kept
    too (the caller must not trust their week)."""
    text = reading.article.text
    return [
        r
        for r in starting_in(reading.timerefs, sentence.start, sentence.end)
        if r.resolved is not None
        and not (
            reading.published_estimated
            and r.method in _GUESSED_METHODS
            and not (guessed_weekdays and r.method == "weekday")
        )
        and statements
        == bool(
            _STATEMENT_CUE.search(text, max(sentence.start, r.start - STATEMENT_WINDOW), r.start)
        )
        and not in_relative_clause(text, sentence, r)
        and not is_stamp(text, r)
    ]


def in_relative_clause(text: str, sentence: Sentence, ref: TimeRef) -> bool:
    """Whether ``ref`` sits in a relative clause before the sentence's own verb: in "The gunman
    who killed ten on Saturday, January 21, has been found dead" the date is the killing's, not
    the finding's, so it dates nothing the sentence as a whole reports."""
    return bool(
        _RELATIVE_OPEN.search(text, sentence.start, ref.start)
        and _MAIN_VERB_AFTER.match(text, ref.end, sentence.end)
    )


def straddle(variants: Variants) -> bool:
    """Two days one apart that may be one moment seen either side of midnight: not both given
    as explicit dates, some reference putting the moment at midnight (the earlier day at its
    end, "late Monday", "Monday night", or the later at its start, "early Tuesday") and none
    away from it (the earlier day at its start or midday, the later at midday or its end: "late
    Thursday" and "late Friday night" are a day apart, whatever bare "Friday"s say). Two bare
    weekdays a day apart ("Monday" / "Tuesday") do not straddle; a day given only by a relative
    word ("today", "last night") may, since its day depends on the publication's time zone."""
    days = sorted(variants)
    if len(days) != 2 or (days[1] - days[0]).days > 1:
        return False
    if all(ref.method == "explicit" for day in days for _, _, ref in variants[day]):
        return False
    edges = []
    for day in days:
        found = {day_edge(*entry) for entry in variants[day] if entry[2].method != "relative"}
        if not found:
            return True
        edges.append(found)
    earlier, later = edges
    return (
        earlier <= {"late", None}
        and later <= {"early", None}
        and ("late" in earlier or "early" in later)
    )


def day_edge(reading: ReadArticle, sentence: Sentence, ref: TimeRef) -> str | None:
    """Where in its day ``ref`` is given: "early" (at its start: "early", "morning", "3 am"),
    "late" (at its end: "late", "night", "10 pm"), "midday" ("afternoon"), else None."""
    text = reading.article.text
    start = max(sentence.start, ref.start - EDGE_WINDOW)
    end = min(sentence.end, ref.end + EDGE_WINDOW)
    for pattern, edge in (
        (_EARLY_PART, "early"),
        (_LATE_PART, "late"),
        (_MIDDAY_PART, "midday"),
        (_EARLY_WORD, "early"),
        (_LATE_WORD, "late"),
    ):
        if pattern.search(text, start, end):
            return edge
    return None


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
            if OTHER_EVENT.search(sentence.text):
                continue
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
    """True when one sentence itself names every variant's day ("killed Saturday, ...
    announced Sunday" against "identified Sunday": the two days date different things), or,
    for years, a coarser reference covers every variant's year ("in the 1990s" with "in 1992"
    and "in 1995"; a year never reconciles two different days)."""
    entries = list(entries)
    if any(set(variants) <= _days_named(reading, sentence) for reading, sentence, _ in entries):
        return True
    if any(ref.granularity == "day" for group in variants.values() for _, _, ref in group):
        return False
    coarse = [
        r for _, _, refs in entries for r in refs if r.granularity in ("month", "year", "decade")
    ]
    return bool(coarse) and all(any(_covers(c, day) for c in coarse) for day in variants)


def _days_named(reading: ReadArticle, sentence: Sentence) -> set[date]:
    """The days that references of ``sentence`` resolve to, whatever they date (but a date
    line's day is the report's)."""
    return {
        r.resolved
        for r in starting_in(reading.timerefs, sentence.start, sentence.end)
        if r.resolved and not is_range(r) and not is_stamp(reading.article.text, r)
    }


def date_evidence(conflicts: Iterable[Conflict]) -> set[tuple[str, int]]:
    """(article id, start) of every evidence sentence of the date conflicts among ``conflicts``."""
    return {
        (span.article_id, span.start)
        for conflict in conflicts
        if conflict.kind == "date"
        for variant in conflict.variants
        for span in variant.evidence
    }


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
                    s.as_evidence() for _, s, _ in sorted(entries, key=lambda e: e[0].id)
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
