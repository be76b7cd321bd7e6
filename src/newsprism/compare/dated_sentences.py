"""Dated sentences: a body sentence with the one day it gives, and what stands next to it.

A :class:`DatedSentence` is the unit the event-date comparisons work on
(:mod:`~newsprism.compare.event_dates`, :mod:`~newsprism.compare.event_order`): the sentence, its
trusted references to that day, whether the day dates a statement ("told reporters Tuesday")
rather than an event, its terms and content words, the words right next to the date, the words
telling like events apart there ("another", "since", a plan) and the kinds of happening named
next to it (harm, quake, wreck). A sentence giving several days gives none.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from newsprism.compare.dates import OTHER_EVENT, Dated, dated_refs, is_range
from newsprism.compare.terms import sentence_terms, words_around
from newsprism.model import Entity, ReadArticle, Sentence, TimeRef

NEAR_CHARS = 40
# Words for what happens at one moment, by kind: two dated sentences naming one kind near their
# dates, and sharing a word or a name, report one event ("after a shooting in Vienna late
# Monday" / "an attack in Vienna on Monday night").
_KINDS = {
    "harm": r"kill|die[ds]?\b|dead|death|drown|attack|shot|shoot|gunfire|fired|murder|stabb|bomb"
    r"|blast|explo|assassinat|slay|slain",
    "quake": r"(?:earth)?quake|tremor|struck|strike|hit\b|jolt|shook",
    # people drown when a boat goes down: a drowning is a wreck's harm
    "wreck": r"capsiz|sank|sunk|overturn|crash|derail|collaps|drown",
}
_KIND_OF = {kind: re.compile(rf"(?:{words})", re.I) for kind, words in _KINDS.items()}
HAPPENING_KIND = re.compile(r"\b(?:" + "|".join(_KINDS.values()) + ")", re.I)


def kinds_of(word: str) -> set[str]:
    """The kinds of happening a word matched by :data:`HAPPENING_KIND` names ("drowned": harm
    and wreck)."""
    return {kind for kind, pattern in _KIND_OF.items() if pattern.match(word)}


# ... and of any kind: a date right next to one of them dates that moment
HAPPENING = re.compile(
    r"\b(?:"
    + "|".join(_KINDS.values())
    + r"|erupt|invad|seiz|arrest|detain|storm|flood|burn|caught\s+fire)",
    re.I,
)
HAPPENING_CHARS = 25  # a happening right next to a date dates it
_ANOTHER_MOMENT = re.compile(r"\b(?:after|before|since|following|until)\b", re.I)
KIND_CHARS = 40  # how near both dates one kind of happening must be named
CUE_BEFORE, CUE_AFTER = 60, 40  # where words telling like events apart qualify a date
# a plan word qualifies a date unless another clause starts between them ("will serve a second
# term after the court on Thursday threw out ..." dates the ruling, not the plan)
_PLAN = re.compile(
    r"will|would|scheduled|expected\s+to|meant\s+to|due\s+to.*|plan(?:s|ned)?\s+to", re.I
)
_SUBORDINATE = re.compile(
    r"\b(?:after|before|when|since|because|as|while|although|though|once|until|that|which|who)\b",
    re.I,
)


@dataclass(frozen=True, slots=True)
class DatedSentence:
    reading: ReadArticle
    sentence: Sentence
    refs: tuple[Dated, ...]  # one entry: (reading, sentence, refs)
    statement: bool
    terms: tuple[str, ...]
    near: frozenset[str]  # content words within NEAR_CHARS of the date
    cues: frozenset[str]  # words telling like events apart ("another", "since"): must agree
    words: frozenset[str]  # its content words (terms that are not entities or figures)
    happenings: frozenset[str] = frozenset()  # kinds of happening named next to the date

    @property
    def guessed(self) -> bool:
        """Whether its day is a weekday resolved against a guessed publication date: the
        weekday is the article's, the week a guess."""
        _, _, refs = self.refs[0]
        return self.reading.published_estimated and any(r.method == "weekday" for r in refs)


def undated_terms(
    reading: ReadArticle, sentence: Sentence, entity_of: Mapping[tuple[str, int], Entity]
) -> list[str]:
    return [t for t in sentence_terms(reading, sentence, entity_of) if not t.startswith("^")]


def dated_sentence(
    reading: ReadArticle, sentence: Sentence, terms: list[str]
) -> DatedSentence | None:
    """The sentence with the one day it gives an event (else a statement), if it gives one."""
    for statements in (False, True):
        refs = dated_refs(reading, sentence, statements=statements, guessed_weekdays=True)
        days = {r.resolved for r in refs if r.granularity == "day" and not is_range(r)}
        if len(days) == 1:
            text = reading.article.text
            near = frozenset(
                word
                for r in refs
                for word in words_around(
                    text, sentence.start, sentence.end, r.start, r.end, NEAR_CHARS
                )
            )
            entry = (reading, sentence, refs)
            cues = frozenset(
                m.group().lower()
                for r in refs
                for m in OTHER_EVENT.finditer(
                    text,
                    max(sentence.start, r.start - CUE_BEFORE),
                    min(sentence.end, r.end + CUE_AFTER),
                )
                if not _PLAN.fullmatch(m.group())
                or not (m.end() <= r.start and _SUBORDINATE.search(text, m.end(), r.start))
            )
            words = frozenset(_words(terms))
            happenings = frozenset(
                kind
                for r in refs
                for m in next_to(HAPPENING_KIND, text, sentence, r, KIND_CHARS)
                for kind in kinds_of(m.group())
            )
            return DatedSentence(
                reading, sentence, (entry,), statements, tuple(terms), near, cues, words, happenings
            )
        if days:
            return None  # several days: which one dates the event is unknown
    return None


def _words(terms: Sequence[str]) -> set[str]:
    return {t for t in terms if t[:1] not in ("@", "#")}


def day_of(item: DatedSentence) -> date | None:
    _, _, refs = item.refs[0]
    days = {r.resolved for r in refs if r.granularity == "day" and not is_range(r)}
    return days.pop() if len(days) == 1 else None


def dates_a_happening(item: DatedSentence) -> bool:
    """Whether a word for something that happens at one moment (killed, struck, capsized,
    attack...) stands right next to the item's date, so the date is that moment's."""
    reading, sentence, refs = item.refs[0]
    text = reading.article.text
    return any(
        next(next_to(HAPPENING, text, sentence, r, HAPPENING_CHARS), None)
        for r in refs
        if r.granularity == "day"
    )


def next_to(
    pattern: re.Pattern[str], text: str, sentence: Sentence, ref: TimeRef, chars: int
) -> Iterator[re.Match[str]]:
    """Matches of ``pattern`` within ``chars`` of ``ref`` in its sentence, except those after it
    that another time word introduces: in "on November 3, a day after a shooting" the shooting
    is not on November 3."""
    start, end = max(sentence.start, ref.start - chars), min(sentence.end, ref.end + chars)
    for match in pattern.finditer(text, start, end):
        if match.start() >= ref.end and _ANOTHER_MOMENT.search(text, ref.end, match.start()):
            continue
        yield match


def nearest_weekday(day: date, anchor: date) -> date:
    """The day of ``day``'s weekday nearest ``anchor`` (at most three days away)."""
    offset = (day - anchor).days % 7
    return anchor + timedelta(days=offset - 7 if offset > 3 else offset)
