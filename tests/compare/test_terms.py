"""Sentence terms for alignment: content words, stems, calendar words left to the date terms."""

from __future__ import annotations

from newsprism.compare.terms import content_words, stem, words_around


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
    assert stem("assassinated") == stem("murdered") == stem("slain") == stem("killed") == "kill"
    assert stem("earthquake") == stem("earthquakes") == stem("quakes") == stem("quake")


def test_words_around_a_span_are_whole_words() -> None:
    text = "The northern Tarn valley flooded on Monday after torrential weeks of rain."
    start = text.index("on Monday")
    end = start + len("on Monday")
    # eight characters either side cut "flooded" and "torrential"
    assert words_around(text, 0, len(text), start, end, 8) == ["flood", "torrential"]
