"""Sentence terms for alignment: content words, stems, calendar words left to the date terms."""

from __future__ import annotations

from newsprism.compare.terms import content_words, stem


def test_calendar_words_are_not_content_words() -> None:
    assert content_words("Friday's vote and Mondays in March") == ["vote"]


def test_inflections_and_news_synonyms_share_a_stem() -> None:
    assert stem("meeting") == stem("meetings")
    assert stem("flared") == stem("erupted") == "erupt"
    assert content_words("de-escalate") == content_words("deescalate")
    assert stem("ferries") == stem("ferry") and stem("carried") == stem("carry")
    assert stem("injuries") == stem("injury") == stem("injured") == "wound"
    assert stem("capsized") == stem("capsize") == stem("overturned")
    assert stem("happened") == stem("occurred")
