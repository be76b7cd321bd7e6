"""Date stamps in the body against the article's stated publication date."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from newsprism.compare.datelines import stamp_conflicts
from newsprism.model import Conflict
from tests.compare.helpers import reading


def _stamped(text: str, surface: str, day: date) -> list[Conflict]:
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


def test_stamps_with_a_dash_before_the_time_or_a_place_before_the_wire() -> None:
    published = "Published May 6th, 2025 - 07:59 GMT\nThe Vell ferry sank."
    assert len(_stamped(published, "May 6th, 2025", date(2025, 5, 6))) == 1
    wire = "OLK, Tarnland, May 6 (Tarn Wire) -- The Vell ferry sank."
    assert len(_stamped(wire, "May 6", date(2025, 5, 6))) == 1


def test_an_embedded_post_may_be_older_but_not_newer_than_the_article() -> None:
    newer = "The ferry sank.\nWe are searching. — Tarn Coastguard (@tarncoast) May 6, 2025\nMore."
    (conflict,) = _stamped(newer, "May 6, 2025", date(2025, 5, 6))
    (variant,) = conflict.variants
    assert variant.evidence[0].text.startswith("— Tarn Coastguard")
    older = "The ferry sank.\nStorm ahead. — Tarn Coastguard (@tarncoast) April 26, 2025\nMore."
    assert _stamped(older, "April 26, 2025", date(2025, 4, 26)) == []
