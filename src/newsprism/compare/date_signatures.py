"""Date conflicts found by the words next to a date, when its sentence matches no other.

A weekday or explicit date whose sentence matches nothing may still be checked by its *event
signature*, the content words next to it (:func:`signature_conflicts`): when the day it
resolves to is named by no other article, and every trusted reference sharing its signature (in
other articles, or an explicit date of its own article) gives one other day, at least two days
away, it is a conflict ("a previous quake on October 11" against two outlets' "the quake on
October 7").
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import date

from newsprism.compare.dates import OTHER_EVENT, date_conflict, date_evidence, dated_refs, is_range
from newsprism.compare.terms import words_around
from newsprism.model import Conflict, ReadArticle, Sentence, TimeRef

SIGNATURE_CHARS = 40  # the words either side of a reference that say what it dates
MIN_SIGNATURE = 2  # words two references' signatures share to date one event
MIN_DAYS_APART = 2  # a signature is loose evidence: days one apart are left to fuller matches
MIN_OUTVOTING = 2  # other articles an explicit date must disagree with to be the odd one
_TIME_WORDS = frozenset(
    "late early night morning evening afternoon hour local time day week today tonight"
    " yesterday midnight dawn gmt utc".split()
)


@dataclass(frozen=True, slots=True)
class _Dating:
    """One trusted day reference with the words around it (its event signature)."""

    reading: ReadArticle
    sentence: Sentence
    ref: TimeRef
    signature: frozenset[str]


def _signature(reading: ReadArticle, sentence: Sentence, ref: TimeRef) -> frozenset[str]:
    around = words_around(
        reading.article.text, sentence.start, sentence.end, ref.start, ref.end, SIGNATURE_CHARS
    )
    return frozenset(w for w in around if w not in _TIME_WORDS)


def _datings(readings: Sequence[ReadArticle]) -> list[_Dating]:
    found = []
    for reading in readings:
        for sentence in reading.sentences:
            if sentence.role != "body" or reading.article.role_at(sentence.start) != "body":
                continue
            if OTHER_EVENT.search(sentence.text):
                continue
            for ref in dated_refs(reading, sentence):
                if ref.granularity == "day" and not is_range(ref):
                    found.append(
                        _Dating(reading, sentence, ref, _signature(reading, sentence, ref))
                    )
    return found


def signature_conflicts(
    readings: Sequence[ReadArticle], known: Collection[Conflict] = ()
) -> list[Conflict]:
    """A weekday or explicit date whose day no other article names, while the references that
    share its event signature (the words next to it) all give one other day: in other articles,
    or, for a weekday, as an explicit date of its own article ("quake struck Monday" against
    "the quake struck on September 8" elsewhere); an explicit date must disagree with
    :data:`MIN_OUTVOTING` other articles. Days less than :data:`MIN_DAYS_APART` apart are not
    compared."""
    datings = _datings(readings)
    covered = date_evidence(known)
    named: dict[str, set[date]] = {}
    for d in datings:
        assert d.ref.resolved is not None
        named.setdefault(d.reading.id, set()).add(d.ref.resolved)
    conflicts = []
    for weekday in datings:
        day = weekday.ref.resolved
        explicit = weekday.ref.method == "explicit"
        if not (explicit or weekday.ref.method == "weekday") or day is None:
            continue
        if len(weekday.signature) < 2 or (weekday.reading.id, weekday.sentence.start) in covered:
            continue
        if any(day in days for aid, days in named.items() if aid != weekday.reading.id):
            continue
        matches = [
            d
            for d in datings
            if (
                d.reading.id != weekday.reading.id
                or (
                    not explicit
                    and d.ref.method == "explicit"
                    and d.sentence.start != weekday.sentence.start
                )
            )
            and len(d.signature & weekday.signature) >= MIN_SIGNATURE
        ]
        others = {d.ref.resolved for d in matches}
        if len(others) != 1 or any(abs((o - day).days) < MIN_DAYS_APART for o in others if o):
            continue
        if explicit and len({d.reading.id for d in matches}) < MIN_OUTVOTING:
            continue  # one explicit date against another: which is the odd one is unknown
        variants: dict[date, list[tuple[ReadArticle, Sentence, TimeRef]]] = {
            day: [(weekday.reading, weekday.sentence, weekday.ref)]
        }
        for d in matches:
            assert d.ref.resolved is not None
            entries = variants.setdefault(d.ref.resolved, [])
            if all(e[0].id != d.reading.id for e in entries):
                entries.append((d.reading, d.sentence, d.ref))
        conflict = date_conflict(weekday.sentence.text, variants)
        conflicts.append(conflict)
        covered |= date_evidence([conflict])
    return conflicts
