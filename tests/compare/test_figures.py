"""Figure conflicts: figures keyed alike are split into epochs, statements and groups."""

from __future__ import annotations

from datetime import date

from newsprism.compare.figures import figure_conflicts
from tests.compare.figure_helpers import group_of, killed
from tests.compare.helpers import reading


def test_an_undated_figure_joins_the_epoch_of_its_publication() -> None:
    a = reading(
        "a",
        "tide.example",
        "On 3 May 2025 the flood killed 14 passengers.",
        published=date(2025, 5, 4),
        quantities=(("14", killed(14)),),
        timerefs=(("3 May 2025", {"resolved": date(2025, 5, 3)}),),
    )
    b = reading(
        "b",
        "gull.example",
        "On 20 April 2025 a storm killed 3 passengers.\nThe flood killed 19 passengers.",
        published=date(2025, 5, 4),
        quantities=(("3", killed(3)), ("19", killed(19))),
        timerefs=(("20 April 2025", {"resolved": date(2025, 4, 20)}),),
    )
    (conflict,) = figure_conflicts([a, b])
    assert [v.value for v in conflict.variants] == ["14", "19"]


def test_two_figures_of_one_kind_in_a_statement_are_not_compared() -> None:
    a = reading(
        "a",
        "tide.example",
        "The bank held $209 billion in assets and $175 billion in deposits.",
        quantities=(
            ("$209 billion", {"value": 209e9, "unit": "$"}),
            ("$175 billion", {"value": 175e9, "unit": "$"}),
        ),
    )
    b = reading(
        "b",
        "gull.example",
        "The $209 billion bank failed.",
        quantities=(("$209 billion", {"value": 209e9, "unit": "$"}),),
    )
    assert figure_conflicts([a, b], {("a", 0): "F1", ("b", 0): "F1"}) == []


def test_a_modifier_another_article_names_with_the_plain_count_does_not_narrow() -> None:
    a = reading(
        "a",
        "tide.example",
        "The study followed 950 trial volunteers.",
        quantities=(("950 trial volunteers", group_of(950, "volunteers")),),
    )
    b = reading(
        "b",
        "gull.example",
        "The trial enrolled 900 volunteers.",
        quantities=(("900 volunteers", group_of(900, "volunteers")),),
    )
    (conflict,) = figure_conflicts([a, b])
    assert [v.value for v in conflict.variants] == ["900 volunteers", "950 trial volunteers"]
    c = reading(
        "c",
        "reef.example",
        "The trial enrolled 900 volunteers and two other volunteers helped.",
        quantities=(("two other volunteers", group_of(2, "volunteers")),),
    )
    assert figure_conflicts([b, c]) == []
