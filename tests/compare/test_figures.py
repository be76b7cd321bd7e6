"""Figure conflicts separate contradictions, compatible spreads and agreement."""

from __future__ import annotations

from datetime import date

from newsprism.compare.figures import count_class, figure_conflicts
from tests.compare.helpers import reading


def killed(value: float, qualifier: str = "exact", counts: str = "passengers") -> dict[str, object]:
    return {"value": value, "qualifier": qualifier, "counts": counts, "verb": "killed"}


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
    assert "grew" in conflict.explanation


def test_different_counts_or_vague_amounts_are_not_compared() -> None:
    a = reading(
        "a",
        "tide.example",
        "Dozens of passengers died.",
        quantities=(
            (
                "Dozens",
                {
                    "low": 24,
                    "high": 99,
                    "qualifier": "range",
                    "counts": "passengers",
                    "verb": "killed",
                },
            ),
        ),
    )
    b = reading(
        "b", "gull.example", "The crash killed 41 passengers.", quantities=(("41", killed(41)),)
    )
    c = reading(
        "c",
        "reef.example",
        "The crash injured 41 crew.",
        quantities=(("41", {"value": 41, "counts": "crew", "verb": "wounded"}),),
    )
    assert figure_conflicts([a, b, c]) == []


def test_count_classes_merge_synonyms() -> None:
    assert count_class("Armenia-backed soldiers") == count_class("fighters") == "military"
    assert count_class("civilians") != count_class("people")
