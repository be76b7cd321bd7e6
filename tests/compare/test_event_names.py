"""Events named by their weekday ("Friday's quake") against the day others date them."""

from __future__ import annotations

from datetime import date

from newsprism.compare.event_names import event_name_conflicts
from newsprism.model import ReadArticle
from tests.compare.helpers import dated

FRIDAY, MONDAY = date(2025, 5, 2), date(2025, 5, 5)


def _struck(article_id: str, surface: str, day: date, method: str = "explicit") -> ReadArticle:
    return dated(
        article_id,
        f"A strong quake struck the Vell valley {surface}, cutting the pass road.",
        surface,
        day,
        method,
    )


def _named(weekday: str, day: date) -> ReadArticle:
    return dated(
        "n",
        f"{weekday}'s quake was the strongest the valley has felt in decades.",
        f"{weekday}'s",
        day,
        "weekday",
    )


def test_an_event_named_by_another_day_is_a_date_conflict() -> None:
    (conflict,) = event_name_conflicts(
        [_struck("a", "on May 2", FRIDAY), _named("Thursday", date(2025, 5, 1))]
    )
    assert [v.articles for v in conflict.variants] == [("n",), ("a",)]
    assert [v.value[:10] for v in conflict.variants] == ["2025-05-01", "2025-05-02"]


def test_an_event_named_by_its_day_is_no_conflict() -> None:
    assert event_name_conflicts([_struck("a", "on May 2", FRIDAY), _named("Friday", FRIDAY)]) == []


def test_like_events_on_two_days_leave_a_name_alone() -> None:
    # two quakes, on Friday and on Monday: "Thursday's quake" cannot be told which
    story = [
        _struck("a", "on May 2", FRIDAY),
        _struck("b", "on May 5", MONDAY),
        _named("Thursday", date(2025, 5, 1)),
    ]
    assert event_name_conflicts(story) == []


def test_a_day_another_article_names_is_left_to_the_other_checks() -> None:
    story = [
        _struck("a", "on May 2", FRIDAY),
        dated(
            "b",
            "Crews cleared the pass road on Thursday.",
            "on Thursday",
            date(2025, 5, 1),
            "weekday",
        ),
        _named("Thursday", date(2025, 5, 1)),
    ]
    assert event_name_conflicts(story) == []


def test_a_name_reads_the_three_words_after_the_weekday() -> None:
    from newsprism.compare.event_names import _kinds_named

    named = dated(
        "n",
        "Thursday's deadly quake cut the pass road.",
        "Thursday's",
        date(2025, 5, 1),
        "weekday",
    )
    assert _kinds_named(named, named.timerefs[0]) == {"harm", "quake"}
    plain = dated("p", "Thursday's meeting was short.", "Thursday's", date(2025, 5, 1), "weekday")
    assert _kinds_named(plain, plain.timerefs[0]) == set()
