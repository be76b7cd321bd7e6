"""A date checked by the words next to it against the day other outlets give its event."""

from __future__ import annotations

from datetime import date

from newsprism.compare.date_signatures import signature_conflicts
from newsprism.model import Conflict
from tests.compare.helpers import FILLER, dated, reading


def _weekday_against_date(weekday_day: date) -> list[Conflict]:
    a = dated(
        "a",
        "After weeks of rain the old dam at Vell burst on Monday and flooded the lower town.",
        "on Monday",
        weekday_day,
        "weekday",
    )
    b = reading(
        "b",
        "b.example",
        f"The old dam at Vell burst on May 2 and water reached the square within an hour."
        f"\n{FILLER}",
        published=date(2025, 5, 6),
        timerefs=(("May 2", {"resolved": date(2025, 5, 2), "method": "explicit"}),),
    )
    return list(signature_conflicts([a, b]))


def test_a_weekday_against_the_date_others_give_its_event() -> None:
    (conflict,) = _weekday_against_date(date(2025, 4, 28))
    assert conflict.kind == "date"
    assert [v.articles for v in conflict.variants] == [("a",), ("b",)]


def test_a_weekday_one_day_off_is_left_to_fuller_matches() -> None:
    assert _weekday_against_date(date(2025, 5, 1)) == []


def test_a_weekday_whose_day_another_article_names_is_not_compared() -> None:
    a = dated(
        "a",
        "After weeks of rain the old dam at Vell burst on Monday and flooded the lower town.",
        "on Monday",
        date(2025, 4, 28),
        "weekday",
    )
    text = (
        "The old dam at Vell burst on May 2 and water reached the square.\n"
        f"Cracks in the wall were first seen on April 28 by a farmer.\n{FILLER}"
    )
    b = reading(
        "b",
        "b.example",
        text,
        published=date(2025, 5, 6),
        timerefs=(
            ("May 2", {"resolved": date(2025, 5, 2), "method": "explicit"}),
            ("April 28", {"resolved": date(2025, 4, 28), "method": "explicit"}),
        ),
    )
    assert signature_conflicts([a, b]) == []


def test_a_signature_matching_several_days_is_not_compared() -> None:
    a = dated(
        "a",
        "After weeks of rain the old dam at Vell burst on Monday and flooded the lower town.",
        "on Monday",
        date(2025, 4, 28),
        "weekday",
    )
    b = dated(
        "b",
        "The old dam at Vell burst on May 2 and water reached the square.",
        "May 2",
        date(2025, 5, 2),
        "explicit",
    )
    c = dated(
        "c",
        "A smaller dam at Vell burst on April 20 without harm to anyone.",
        "April 20",
        date(2025, 4, 20),
        "explicit",
    )
    assert signature_conflicts([a, b, c]) == []


def test_an_explicit_date_against_the_day_others_give_its_event() -> None:
    a = dated(
        "a",
        "Relief for Vell came slowly after the old dam burst on April 22 in the night.",
        "April 22",
        date(2025, 4, 22),
        "explicit",
    )
    others = [
        dated(
            article_id,
            f"Farmers watched the old dam burst on April 28 {tail}.",
            "April 28",
            date(2025, 4, 28),
            "explicit",
        )
        for article_id, tail in (("b", "and flooded the fields"), ("c", "without warning"))
    ]
    (conflict,) = signature_conflicts([a, *others])
    assert [v.articles for v in conflict.variants] == [("a",), ("b", "c")]
