"""Figures that agree form one variant; variants are a contradiction or a compatible spread."""

from __future__ import annotations

from datetime import date

from newsprism.compare.figures import figure_conflicts
from newsprism.model import ReadArticle
from tests.compare.figure_helpers import group_of, killed
from tests.compare.helpers import reading


def _counted(
    article_id: str,
    source: str,
    text: str,
    surface: str,
    fields: dict[str, object],
    published: date = date(2025, 5, 2),
) -> ReadArticle:
    """A one-sentence reading with one figure."""
    return reading(article_id, source, text, published=published, quantities=((surface, fields),))


def test_exact_figures_that_differ_contradict() -> None:
    a = reading(
        "a", "tide.example", "The sinking killed 41 passengers.", quantities=(("41", killed(41)),)
    )
    b = _counted("b", "gull.example", "At the pier, 47 passengers were killed.", "47", killed(47))
    (conflict,) = figure_conflicts([a, b])
    assert conflict.kind == "figure"
    assert conflict.severity == "contradiction"
    assert [v.value for v in conflict.variants] == ["41", "47"]
    assert conflict.variants[0].evidence[0].text == "The sinking killed 41 passengers."


def test_lower_bound_and_figure_above_it_are_a_spread() -> None:
    a = _counted(
        "a",
        "tide.example",
        "More than 30 passengers died.",
        "More than 30",
        killed(30, "more-than"),
    )
    b = reading(
        "b", "gull.example", "The toll stood at 38 passengers.", quantities=(("38", killed(38)),)
    )
    (conflict,) = figure_conflicts([a, b])
    assert conflict.severity == "spread"


def test_approximate_figures_agree() -> None:
    a = _counted(
        "a",
        "tide.example",
        "Nearly 200 passengers died.",
        "Nearly 200",
        killed(200, "approximately"),
    )
    b = _counted(
        "b", "gull.example", "About 200 passengers died.", "About 200", killed(200, "approximately")
    )
    c = reading(
        "c", "reef.example", "The toll was 196 passengers.", quantities=(("196", killed(196)),)
    )
    assert figure_conflicts([a, b, c]) == []


def test_an_exact_figure_agrees_with_the_same_lower_bound() -> None:
    a = _counted(
        "a", "tide.example", "At least 38 people died.", "At least 38", killed(38, "at-least")
    )
    b = reading(
        "b", "gull.example", "The quake killed 38 people.", quantities=(("38", killed(38)),)
    )
    assert figure_conflicts([a, b]) == []


def test_two_lower_bounds_at_one_figure_agree() -> None:
    a = _counted(
        "a",
        "tide.example",
        "The storm killed at least 40 fishermen.",
        "40",
        killed(40, "at-least", "fishermen"),
    )
    b = _counted(
        "b",
        "gull.example",
        "The storm killed more than 40 fishermen.",
        "40",
        killed(40, "more-than", "fishermen"),
    )
    assert figure_conflicts([a, b]) == []
    c = _counted(
        "c", "reef.example", "The storm killed 25 fishermen.", "25", killed(25, counts="fishermen")
    )
    (conflict,) = figure_conflicts([a, b, c])
    assert [v.articles for v in conflict.variants] == [("c",), ("a", "b")]


def test_two_different_estimates_are_a_spread() -> None:
    a = _counted(
        "a",
        "tide.example",
        "Some 400 wardens patrolled Lomsby.",
        "Some 400 wardens",
        group_of(400, "wardens", q="approximately"),
    )
    b = _counted(
        "b",
        "gull.example",
        "Around 440 wardens patrolled Lomsby.",
        "Around 440 wardens",
        group_of(440, "wardens", q="approximately"),
    )
    (conflict,) = figure_conflicts([a, b])
    assert conflict.severity == "spread"


def test_growth_between_reports_on_different_days_is_a_spread() -> None:
    a = _counted(
        "a",
        "tide.example",
        "The toll is 12 passengers.",
        "12",
        killed(12),
        published=date(2025, 5, 1),
    )
    b = _counted(
        "b",
        "gull.example",
        "The toll is 19 passengers.",
        "19",
        killed(19),
        published=date(2025, 5, 3),
    )
    (conflict,) = figure_conflicts([a, b])
    assert conflict.severity == "spread"
    assert "changed between reports" in conflict.explanation
    # a toll that falls a day later is a contradiction
    b = _counted(
        "b", "gull.example", "The toll is 9 passengers.", "9", killed(9), published=date(2025, 5, 3)
    )
    assert figure_conflicts([a, b])[0].severity == "contradiction"


def test_people_missing_move_either_way_between_reports() -> None:
    def missing(value: float) -> dict[str, object]:
        return {**killed(value), "verb": "missing"}

    a = _counted(
        "a",
        "tide.example",
        "40 passengers are missing.",
        "40",
        missing(40),
        published=date(2025, 5, 1),
    )
    fewer = _counted(
        "b",
        "gull.example",
        "35 passengers are missing.",
        "35",
        missing(35),
        published=date(2025, 5, 3),
    )
    (conflict,) = figure_conflicts([a, fewer])
    assert conflict.severity == "spread"
    more = _counted(
        "b",
        "gull.example",
        "45 passengers are missing.",
        "45",
        missing(45),
        published=date(2025, 5, 3),
    )
    assert figure_conflicts([a, more])[0].severity == "spread"
    same_day = _counted(
        "b",
        "gull.example",
        "45 passengers are missing.",
        "45",
        missing(45),
        published=date(2025, 5, 1),
    )
    assert figure_conflicts([a, same_day])[0].severity == "contradiction"


def test_the_most_precise_figures_of_two_variants_decide_a_contradiction() -> None:
    # "up to 300 passengers" agrees with an exact 300, which "between 200 and 250" contradicts
    bound = _counted(
        "a", "tide.example", "Up to 300 passengers died.", "Up to 300", killed(300, "up-to")
    )
    exact = _counted("b", "gull.example", "The sinking killed 300 passengers.", "300", killed(300))
    span = {"value": None, "low": 200, "high": 250, "qualifier": "exact"}
    ranged = _counted(
        "c",
        "reef.example",
        "Between 200 and 250 passengers died.",
        "Between 200 and 250",
        {**killed(0), **span},
    )
    (conflict,) = figure_conflicts([bound, exact, ranged])
    assert conflict.severity == "contradiction"
    (alone,) = figure_conflicts([bound, ranged])
    assert alone.severity == "spread"
