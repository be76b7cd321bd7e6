"""The data model's contract: a reading keeps its items in order of their start."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from newsprism.model import Article, ReadArticle, Segment, Sentence, TimeRef, starting_in

TEXT = "On Monday the Olk dam broke. By Tuesday the valley was dry."


def _ref(surface: str, day: int) -> TimeRef:
    start = TEXT.index(surface)
    return TimeRef("a", start, start + len(surface), surface, resolved=date(2025, 5, day))


def _reading(*refs: TimeRef) -> ReadArticle:
    article = Article(
        id="a",
        source="a.example",
        text=TEXT,
        raw=TEXT.encode(),
        content_hash="a",
        segments=(Segment(0, len(TEXT), "body"),),
    )
    return ReadArticle(article=article, timerefs=refs)


def test_a_reading_orders_its_items_by_start() -> None:
    monday, tuesday = _ref("Monday", 5), _ref("Tuesday", 6)
    assert _reading(tuesday, monday).timerefs == (monday, tuesday)


def test_starting_in_finds_the_items_of_a_span() -> None:
    monday, tuesday = _ref("Monday", 5), _ref("Tuesday", 6)
    reading = _reading(tuesday, monday)
    second = TEXT.index("By")
    assert starting_in(reading.timerefs, 0, second) == (monday,)
    assert starting_in(reading.timerefs, second, len(TEXT)) == (tuesday,)
    assert starting_in(reading.timerefs, 0, len(TEXT)) == (monday, tuesday)
    assert starting_in(reading.timerefs, TEXT.index("dam"), second) == ()


def test_sentence_evidence_is_the_sentence_holding_an_offset() -> None:
    first_end = TEXT.index("By") - 1
    sentences = (
        Sentence("a", 0, first_end, TEXT[:first_end], index=0),
        Sentence("a", first_end + 1, len(TEXT), TEXT[first_end + 1 :], index=1),
    )
    reading = replace(_reading(), sentences=sentences)
    assert reading.sentence_evidence(0).text == "On Monday the Olk dam broke."
    assert reading.sentence_evidence(TEXT.index("valley")).text == "By Tuesday the valley was dry."
    # the space between the two belongs to neither: the span itself is the evidence
    assert reading.sentence_evidence(first_end, first_end + 1).text == " "
