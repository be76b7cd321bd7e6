"""Date conflicts: which references date a fact, and when days differ enough."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from newsprism.compare.align import Alignment
from newsprism.compare.dates import OTHER_EVENT, date_conflicts, weekday_conflicts
from newsprism.model import Conflict, Fact, ReadArticle, Span
from tests.compare.helpers import reading


def _fact(*readings: ReadArticle) -> Alignment:
    members = tuple((r, r.sentences[0]) for r in readings)
    fact = Fact(
        id="F1",
        text=members[0][1].text,
        evidence=tuple(Span(s.article_id, s.start, s.end, s.text) for _, s in members),
        articles=tuple(r.id for r in readings),
        sources=tuple(r.source for r in readings),
        independent_sources=len(readings),
    )
    return Alignment((fact,), (members,))


def _day(day: date, method: str = "weekday") -> dict[str, object]:
    return {"resolved": day, "method": method}


def _dated(
    article_id: str, text: str, surface: str, day: date, method: str = "weekday"
) -> ReadArticle:
    """A one-sentence reading dated by one reference."""
    return reading(
        article_id, f"{article_id}.example", text, timerefs=((surface, _day(day, method)),)
    )


def test_different_days_conflict() -> None:
    a = _dated("a", "The dam broke on Friday.", "on Friday", date(2025, 5, 2))
    b = _dated("b", "The dam broke on Tuesday.", "on Tuesday", date(2025, 4, 29))
    (conflict,) = date_conflicts(_fact(a, b))
    assert conflict.kind == "date"


def test_a_time_after_a_speech_cue_dates_the_statement() -> None:
    a = _dated("a", "The dam broke on Friday.", "on Friday", date(2025, 5, 2))
    b = _dated(
        "b", "The mayor told reporters on Tuesday the dam broke.", "on Tuesday", date(2025, 5, 6)
    )
    assert date_conflicts(_fact(a, b)) == []


def test_adjacent_days_from_relative_words_straddle_midnight() -> None:
    a = _dated("a", "The dam broke late Thursday.", "late Thursday", date(2025, 5, 1))
    b = _dated("b", "The dam broke on Friday.", "on Friday", date(2025, 5, 2))
    assert date_conflicts(_fact(a, b)) == []


def test_guessed_publication_dates_do_not_resolve_relative_days() -> None:
    a = _dated("a", "The dam broke on Friday.", "on Friday", date(2025, 5, 2))
    b = _dated("b", "The dam broke on Friday.", "on Friday", date(2024, 3, 8))
    assert len(date_conflicts(_fact(a, b))) == 1
    b = replace(b, published_estimated=True)
    assert date_conflicts(_fact(a, b)) == []


def test_a_weekday_with_a_guessed_year_must_fit_no_neighbouring_year() -> None:
    # 8 March 2024 was a Friday; 8 March 2023 a Wednesday; no year 2023-2025 has a Monday.
    mismatch = {"resolved": date(2024, 3, 8), "method": "explicit-no-year", "weekday_mismatch": "x"}
    for weekday, conflicts in (("Wednesday", 0), ("Monday", 1)):
        text = f"It broke on {weekday}, March 8."
        c = reading("c", "o.example", text, timerefs=((f"{weekday}, March 8", mismatch),))
        assert len(weekday_conflicts([c])) == 1
        assert len(weekday_conflicts([replace(c, published_estimated=True)])) == conflicts


def test_a_guessed_year_near_the_dates_the_story_states_is_the_storys_year() -> None:
    # the undated article's "Wednesday, March 8" fits 2023, but its story is of March 2024
    mismatch = {"resolved": date(2024, 3, 8), "method": "explicit-no-year", "weekday_mismatch": "x"}
    text = "It broke on Wednesday, March 8."
    guessed = replace(
        reading("c", "o.example", text, timerefs=(("Wednesday, March 8", mismatch),)),
        published_estimated=True,
    )
    assert weekday_conflicts([guessed]) == []
    dated = reading("d", "p.example", "The dam held.", published=date(2024, 3, 10))
    (conflict,) = weekday_conflicts([guessed, dated])
    assert conflict.variants[0].articles == ("c",)


def test_a_weekday_written_beside_its_date_must_fit_it() -> None:
    # 9 May 2025 was a Friday.
    for text, conflicts in (
        ("The Tarn ferry sank on Saturday (May 9) near Olk.", 1),
        ("The Tarn ferry sank on May 9 (Friday) near Olk.", 0),
        ("The Tarn ferry sank on May 9, 2025 (Tuesday) near Olk.", 1),
        ("The Tarn ferry sank on Saturday, two days after May 9.", 0),
    ):
        dated = text[text.index("May 9") :].split(" (")[0].split(",")[0]
        if "2025" in text:
            dated = "May 9, 2025"
        weekday = next(w for w in ("on Saturday", "Friday", "Tuesday") if w in text)
        r = reading(
            "r",
            "o.example",
            text,
            timerefs=(
                (weekday, {"resolved": date(2025, 5, 3), "method": "weekday"}),
                (dated, {"resolved": date(2025, 5, 9), "method": "explicit-no-year"}),
            ),
        )
        assert len(weekday_conflicts([r])) == conflicts, text


def test_ordinals_that_count_titles_or_ranks_do_not_mark_another_event() -> None:
    assert OTHER_EVENT.search("Olk won its third league title on Sunday.") is None
    assert OTHER_EVENT.search("It was the second-largest flood on record.") is None
    assert OTHER_EVENT.search("A second quake struck Olk on Sunday.") is not None


def _three(day_a: str, day_b: str) -> list[Conflict]:
    b_text = f"The dam broke {day_b}."
    c_text = f"The old dam broke {day_b}, flooding fields."
    friday = _day(date(2025, 5, 2))
    return list(
        date_conflicts(
            _fact(
                reading("a", "t.example", f"The dam broke {day_a}.",
                        timerefs=((day_a, _day(date(2025, 5, 1))),)),
                reading("b", "g.example", b_text, timerefs=((day_b, friday),)),
                reading("c", "h.example", c_text, timerefs=((day_b, friday),)),
            )
        )
    )  # fmt: skip


def test_a_lone_adjacent_day_without_a_time_of_day_against_several_articles() -> None:
    (conflict,) = _three("on Thursday", "on Friday")
    assert [v.articles for v in conflict.variants] == [("a",), ("b", "c")]
    assert _three("late on Thursday", "on Friday") == []


def test_a_sentence_naming_both_days_reconciles_them() -> None:
    a = reading(
        "a",
        "t.example",
        "The dam that broke on Friday was inspected on Tuesday.",
        timerefs=(
            ("on Friday", _day(date(2025, 5, 2))),
            ("on Tuesday", _day(date(2025, 5, 6))),
        ),
    )
    b = _dated("b", "The dam was inspected on Tuesday.", "on Tuesday", date(2025, 5, 6))
    c = _dated("c", "The broken dam was inspected on Friday.", "on Friday", date(2025, 5, 2))
    assert date_conflicts(_fact(b, c))
    assert date_conflicts(_fact(a, b, c)) == []


def _adjacent(earlier: str, later: str, earlier_method: str = "weekday") -> list[Conflict]:
    a = reading(
        "a",
        "t.example",
        f"The dam broke {earlier}.",
        timerefs=((earlier, _day(date(2025, 5, 1), earlier_method)),),
    )
    b = reading(
        "b",
        "g.example",
        f"The dam broke {later}.",
        timerefs=((later, _day(date(2025, 5, 2))),),
    )
    return date_conflicts(_fact(a, b))


def test_adjacent_days_straddle_midnight_only_when_their_times_of_day_allow() -> None:
    # the earlier day at its end, or the later at its start: one moment seen from two zones
    assert _adjacent("late on Thursday", "on Friday") == []
    assert _adjacent("on Thursday night", "on Friday") == []
    assert _adjacent("on Thursday", "early on Friday") == []
    assert _adjacent("on Thursday", "on Friday at 3 am") == []
    # a relative word's day depends on the time zone of the publication date
    assert _adjacent("last night", "on Friday", earlier_method="relative") == []
    # two bare weekdays, or times of day that rule midnight out, are a day apart
    assert len(_adjacent("on Thursday", "on Friday")) == 1
    assert len(_adjacent("early on Thursday", "on Friday")) == 1
    assert len(_adjacent("on Thursday", "on Friday evening")) == 1
    assert len(_adjacent("on Thursday night", "late on Friday")) == 1
    assert len(_adjacent("on Thursday afternoon", "on Friday afternoon")) == 1


def test_a_year_named_beside_does_not_reconcile_two_days() -> None:
    a = reading(
        "a",
        "t.example",
        "The Olk Cup 2025 final was played on Sunday.",
        timerefs=(
            ("2025", {"resolved": date(2025, 1, 1), "method": "explicit", "granularity": "year"}),
            ("on Sunday", _day(date(2025, 5, 4))),
        ),
    )
    b = _dated("b", "The Olk Cup final was played on Friday.", "on Friday", date(2025, 5, 2))
    (conflict,) = date_conflicts(_fact(a, b))
    assert [v.articles for v in conflict.variants] == [("b",), ("a",)]


def test_bare_days_do_not_make_a_day_apart_straddle_midnight() -> None:
    friday = _day(date(2025, 5, 2))
    a = _dated("a", "The dam broke late on Thursday.", "late on Thursday", date(2025, 5, 1))
    b = reading(
        "b", "g.example", "The dam broke late on Friday.", timerefs=(("late on Friday", friday),)
    )
    c = reading("c", "h.example", "The dam broke on Friday.", timerefs=(("on Friday", friday),))
    (conflict,) = date_conflicts(_fact(a, b, c))
    assert [v.articles for v in conflict.variants] == [("a",), ("b", "c")]
    assert date_conflicts(_fact(a, c)) == []
