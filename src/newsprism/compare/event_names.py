"""Events named by their weekday: "Friday's quake", "Wednesday's slaying".

A possessive weekday before a word for a happening names an event by its day, as one the reader
knows. When the day it gives is named by no other article, while the other articles date that
kind of happening (harm, quake, wreck: :func:`~newsprism.compare.dated_sentences.kinds_of`),
next to its date and outside sentences telling like events apart, all to one other day, the
article names the story's event by a wrong day: a date conflict. A story of several like events
(two quakes days apart) gives that kind two days or more, and nothing is flagged. One other
article dating the happening is enough: a name refers to an event, a dating states it. A
weekday read against a guessed publication date is moved to its occurrence nearest the others'
day first.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Collection, Sequence
from datetime import date

from newsprism.compare.dated_sentences import (
    HAPPENING_KIND,
    KIND_CHARS,
    kinds_of,
    nearest_weekday,
    next_to,
)
from newsprism.compare.dates import OTHER_EVENT, date_conflict, date_evidence, dated_refs, is_range
from newsprism.model import Conflict, ReadArticle, Sentence, TimeRef

_POSSESSIVE = re.compile(r"(?:'s|’s)$")
_NAMED = re.compile(r"(?:\s+(\w+)){1,3}")  # "Friday's deadly quake": the next three words
_WORD = re.compile(r"\w+")


def event_name_conflicts(
    readings: Sequence[ReadArticle], known: Collection[Conflict] = ()
) -> list[Conflict]:
    """A conflict for each event named by a weekday that the other articles date otherwise."""
    dating: dict[str, dict[date, list[tuple[ReadArticle, Sentence, TimeRef]]]] = defaultdict(
        lambda: defaultdict(list)
    )
    named: dict[date, set[str]] = defaultdict(set)
    names = []
    for reading in readings:
        for sentence in reading.sentences:
            if sentence.role != "body" or reading.article.role_at(sentence.start) != "body":
                continue
            refs = dated_refs(reading, sentence, guessed_weekdays=True)
            for ref in refs:
                if ref.resolved is None or is_range(ref):
                    continue
                named[ref.resolved].add(reading.id)
                kinds = _kinds_named(reading, ref)
                if kinds:
                    names.append((reading, sentence, ref, kinds))
                if OTHER_EVENT.search(sentence.text) or _guessed(reading, ref):
                    continue
                for kind in _kinds_near(reading, sentence, ref):
                    dating[kind][ref.resolved].append((reading, sentence, ref))
    covered = date_evidence(known)
    conflicts = []
    for reading, sentence, ref, kinds in names:
        if (reading.id, sentence.start) in covered:
            continue
        days = {
            day: entries
            for kind in kinds
            for day, entries in dating[kind].items()
            if any(entry[0].id != reading.id for entry in entries)
        }
        if len(days) != 1:
            continue  # no other article dates it, or several like events
        ((other_day, entries),) = days.items()
        assert ref.resolved is not None
        day = nearest_weekday(ref.resolved, other_day) if _guessed(reading, ref) else ref.resolved
        if day == other_day or named[day] - {reading.id}:
            continue  # the day it names, or a day another article names: left to fuller matches
        firsts = sorted((e for e in entries if e[0].id != reading.id), key=lambda e: e[0].id)
        conflicts.append(
            date_conflict(
                sentence.text,
                {day: [(reading, sentence, ref)], other_day: _one_per_article(firsts)},
            )
        )
    return conflicts


def _kinds_named(reading: ReadArticle, ref: TimeRef) -> set[str]:
    """The kinds of happening a possessive weekday names, in the three words after it
    ("Friday's deadly quake": harm and quake)."""
    text = reading.article.text
    if ref.method != "weekday" or not _POSSESSIVE.search(ref.text):
        return set()
    after = _NAMED.match(text, ref.end)
    if after is None:
        return set()
    return {
        kind
        for word in _WORD.finditer(text, after.start(), after.end())
        if (happening := HAPPENING_KIND.match(text, word.start())) is not None
        for kind in kinds_of(happening.group())
    }


def _kinds_near(reading: ReadArticle, sentence: Sentence, ref: TimeRef) -> set[str]:
    return {
        kind
        for match in next_to(HAPPENING_KIND, reading.article.text, sentence, ref, KIND_CHARS)
        for kind in kinds_of(match.group())
    }


def _guessed(reading: ReadArticle, ref: TimeRef) -> bool:
    return reading.published_estimated and ref.method == "weekday"


def _one_per_article(
    entries: list[tuple[ReadArticle, Sentence, TimeRef]],
) -> list[tuple[ReadArticle, Sentence, TimeRef]]:
    seen: set[str] = set()
    kept = []
    for entry in entries:
        if entry[0].id not in seen:
            seen.add(entry[0].id)
            kept.append(entry)
    return kept
