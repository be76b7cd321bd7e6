"""Date stamps in the body against the article's stated publication date."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from newsprism.compare.datelines import stamp_conflicts
from tests.compare.helpers import reading


def _stamped(text: str, surface: str, day: date) -> list[object]:
    r = reading(
        "a",
        "tarn.example",
        text,
        published=date(2025, 5, 2),
        timerefs=((surface, {"resolved": day, "method": "explicit"}),),
    )
    r = replace(r, article=replace(r.article, published=date(2025, 5, 2)))
    return list(stamp_conflicts([r]))


def test_a_stamp_days_away_from_publication_is_a_conflict() -> None:
    assert (
        len(
            _stamped(
                "Posted at May 6 2025 10:04 PM\nThe Vell ferry sank.",
                "May 6 2025",
                date(2025, 5, 6),
            )
        )
        == 1
    )
    assert (
        len(_stamped("May 6 (Tarn Wire) -- The Vell ferry sank.", "May 6", date(2025, 5, 6))) == 1
    )


def test_a_stamp_a_day_away_or_an_event_date_is_not() -> None:
    assert (
        _stamped("Posted at May 3 2025\nThe Vell ferry sank.", "May 3 2025", date(2025, 5, 3)) == []
    )
    text = "The Vell ferry sank on May 6 2025 near Olk."
    assert _stamped(text, "May 6 2025", date(2025, 5, 6)) == []
    assert (
        _stamped("Updated May 6 2025\nThe Vell ferry sank.", "May 6 2025", date(2025, 5, 6)) == []
    )
