"""Figures that agree form one variant; variants are a contradiction or a compatible spread."""

from __future__ import annotations

from datetime import date

from newsprism.compare.figures import figure_conflicts
from tests.compare.figure_helpers import group_of, killed
from tests.compare.helpers import reading


def test_exact_figures_that_differ_contradict() -> None:
    a = reading(
        "a", "tide.example", "The sinking killed 41 passengers.", quantities=(("41", killed(41)),)
    )
    b = reading(
        "b",
        "gull.example",
        "At the pier, 47 passengers were killed.",
        quantities=(("47", killed(47)),),
    )
    (conflict,) = figure_conflicts([a, b])
    assert conflict.kind == "figure"
    assert conflict.severity == "contradiction"
    assert [v.value for v in conflict.variants] == ["41", "47"]
    assert conflict.variants[0].evidence[0].text == "The sinking killed 41 passengers."


def test_lower_bound_and_figure_above_it_are_a_spread() -> None:
    a = reading(
        "a",
        "tide.example",
        "More than 30 passengers died.",
        quantities=(("More than 30", killed(30, "more-than")),),
    )
    b = reading(
        "b", "gull.example", "The toll stood at 38 passengers.", quantities=(("38", killed(38)),)
    )
    (conflict,) = figure_conflicts([a, b])
    assert conflict.severity == "spread"


def test_approximate_figures_agree() -> None:
    a = reading(
        "a",
        "tide.example",
        "Nearly 200 passengers died.",
        quantities=(("Nearly 200", killed(200, "approximately")),),
    )
    b = reading(
        "b",
        "gull.example",
        "About 200 passengers died.",
        quantities=(("About 200", killed(200, "approximately")),),
    )
    c = reading(
        "c", "reef.example", "The toll was 196 passengers.", quantities=(("196", killed(196)),)
    )
    assert figure_conflicts([a, b, c]) == []


def test_an_exact_figure_agrees_with_the_same_lower_bound() -> None:
    a = reading(
        "a",
        "tide.example",
        "At least 38 people died.",
        quantities=(("At least 38", killed(38, "at-least")),),
    )
    b = reading(
        "b", "gull.example", "The quake killed 38 people.", quantities=(("38", killed(38)),)
    )
    assert figure_conflicts([a, b]) == []


def test_two_lower_bounds_at_one_figure_agree() -> None:
    a = reading(
        "a",
        "tide.example",
        "The storm killed at least 40 fishermen.",
        quantities=(("40", killed(40, "at-least", "fishermen")),),
    )
    b = reading(
        "b",
        "gull.example",
        "The storm killed more than 40 fishermen.",
        quantities=(("40", killed(40, "more-than", "fishermen")),),
    )
    assert figure_conflicts([a, b]) == []
    c = reading(
        "c",
        "reef.example",
        "The storm killed 25 fishermen.",
        quantities=(("25", killed(25, counts="fishermen")),),
    )
    (conflict,) = figure_conflicts([a, b, c])
    assert [v.articles for v in conflict.variants] == [("c",), ("a", "b")]


def test_two_different_estimates_are_a_spread() -> None:
    a = reading(
        "a",
        "tide.example",
        "Some 400 wardens patrolled Lomsby.",
        quantities=(("Some 400 wardens", group_of(400, "wardens", q="approximately")),),
    )
    b = reading(
        "b",
        "gull.example",
        "Around 440 wardens patrolled Lomsby.",
        quantities=(("Around 440 wardens", group_of(440, "wardens", q="approximately")),),
    )
    (conflict,) = figure_conflicts([a, b])
    assert conflict.severity == "spread"


def test_growth_between_reports_on_different_days_is_a_spread() -> None:
    a = reading(
        "a",
        "tide.example",
        "The toll is 12 passengers.",
        published=date(2025, 5, 1),
        quantities=(("12", killed(12)),),
    )
    b = reading(
        "b",
        "gull.example",
        "The toll is 19 passengers.",
        published=date(2025, 5, 3),
        quantities=(("19", killed(19)),),
    )
    (conflict,) = figure_conflicts([a, b])
    assert conflict.severity == "spread"
    assert "changed between reports" in conflict.explanation
    # a toll that falls a day later is a contradiction
    b = reading(
        "b",
        "gull.example",
        "The toll is 9 passengers.",
        published=date(2025, 5, 3),
        quantities=(("9", killed(9)),),
    )
    assert figure_conflicts([a, b])[0].severity == "contradiction"


def test_people_missing_move_either_way_between_reports() -> None:
    def missing(value: float) -> dict[str, object]:
        return {**killed(value), "verb": "missing"}

    a = reading(
        "a",
        "tide.example",
        "40 passengers are missing.",
        published=date(2025, 5, 1),
        quantities=(("40", missing(40)),),
    )
    fewer = reading(
        "b",
        "gull.example",
        "35 passengers are missing.",
        published=date(2025, 5, 3),
        quantities=(("35", missing(35)),),
    )
    (conflict,) = figure_conflicts([a, fewer])
    assert conflict.severity == "spread"
    more = reading(
        "b",
        "gull.example",
        "45 passengers are missing.",
        published=date(2025, 5, 3),
        quantities=(("45", missing(45)),),
    )
    assert figure_conflicts([a, more])[0].severity == "spread"
    same_day = reading(
        "b",
        "gull.example",
        "45 passengers are missing.",
        published=date(2025, 5, 1),
        quantities=(("45", missing(45)),),
    )
    assert figure_conflicts([a, same_day])[0].severity == "contradiction"


def test_the_most_precise_figures_of_two_variants_decide_a_contradiction() -> None:
    # "up to 300 passengers" agrees with an exact 300, which "between 200 and 250" contradicts
    bound = reading(
        "a",
        "tide.example",
        "Up to 300 passengers died.",
        quantities=(("Up to 300", killed(300, "up-to")),),
    )
    exact = reading(
        "b",
        "gull.example",
        "The sinking killed 300 passengers.",
        quantities=(("300", killed(300)),),
    )
    span = {"value": None, "low": 200, "high": 250, "qualifier": "exact"}
    ranged = reading(
        "c",
        "reef.example",
        "Between 200 and 250 passengers died.",
        quantities=(("Between 200 and 250", {**killed(0), **span}),),
    )
    (conflict,) = figure_conflicts([bound, exact, ranged])
    assert conflict.severity == "contradiction"
    (alone,) = figure_conflicts([bound, ranged])
    assert alone.severity == "spread"
