"""Counts of one specific group with no event verb compare by their noun within a story."""

from __future__ import annotations

from newsprism.compare.figures import figure_conflicts
from tests.compare.figure_helpers import group_of
from tests.compare.helpers import reading


def test_counts_of_one_specific_group_are_compared_without_a_verb() -> None:
    a = reading(
        "a",
        "tide.example",
        "Rescuers reached the 12 miners on Sunday.",
        quantities=(("12 miners", {"value": 12, "counts": "miners"}),),
    )
    b = reading(
        "b",
        "gull.example",
        "All 14 miners were brought out.",
        quantities=(("14 miners", {"value": 14, "counts": "miners"}),),
    )
    c = reading(
        "c",
        "reef.example",
        "Two medics stayed with each of the miners.",
        quantities=(("Two medics", {"value": 2, "counts": "medics"}),),
    )
    (conflict,) = figure_conflicts([a, b, c])
    assert conflict.subject.startswith("miners")
    assert [v.value for v in conflict.variants] == ["12 miners", "14 miners"]


def test_a_group_on_board_and_the_same_group_without_a_verb_compare() -> None:
    a = reading(
        "a",
        "tide.example",
        "The ferry, carrying 80 pilgrims, sank off Corvel.",
        quantities=(("80 pilgrims", group_of(80, "pilgrims", "aboard")),),
    )
    b = reading(
        "b",
        "gull.example",
        "The 95 pilgrims were from the hill villages.",
        quantities=(("95 pilgrims", group_of(95, "pilgrims")),),
    )
    (conflict,) = figure_conflicts([a, b])
    assert [v.value for v in conflict.variants] == ["80 pilgrims", "95 pilgrims"]


def test_groups_joined_or_narrowed_or_earlier_are_not_compared() -> None:
    a = reading(
        "a",
        "tide.example",
        "Some 40 trawlers and crew were lost.\nAt that time, 12 harbours had closed.",
        quantities=(
            ("40 trawlers", group_of(40, "trawlers")),
            ("12 harbours", group_of(12, "harbours")),
        ),
    )
    b = reading(
        "b",
        "gull.example",
        "Officials named 31 trawlers.\nStorms shut 20 harbours.\nFive harbours facing west shut.",
        quantities=(
            ("31 trawlers", group_of(31, "trawlers")),
            ("20 harbours", group_of(20, "harbours")),
            ("Five harbours", group_of(5, "harbours")),
        ),
    )
    assert figure_conflicts([a, b]) == []


def test_a_modifier_narrows_the_group() -> None:
    a = reading(
        "a",
        "tide.example",
        "About 30 vehicles were on the span.",
        quantities=(("About 30 vehicles", group_of(30, "vehicles", q="approximately")),),
    )
    b = reading(
        "b",
        "gull.example",
        "Four heavy vehicles were on the span.",
        quantities=(("Four heavy vehicles", group_of(4, "vehicles")),),
    )
    assert figure_conflicts([a, b]) == []


def test_a_number_word_is_not_a_modifier_of_the_group() -> None:
    a = reading(
        "a",
        "tide.example",
        "Cases were found in more than a dozen countries.",
        quantities=(
            (
                "more than a dozen countries",
                {"value": 12, "qualifier": "more-than", "counts": "countries"},
            ),
        ),
    )
    b = reading(
        "b",
        "gull.example",
        "Cases were found in 15 countries.",
        quantities=(("15 countries", {"value": 15, "counts": "countries"}),),
    )
    (conflict,) = figure_conflicts([a, b])
    assert conflict.severity == "spread"


def test_crew_on_board_and_crew_without_a_verb_compare() -> None:
    a = reading(
        "a",
        "tide.example",
        "The ferry had five crew members on board.",
        quantities=(("five crew members", group_of(5, "members", "aboard")),),
    )
    b = reading(
        "b",
        "gull.example",
        "The ferry, with 40 pilgrims and seven crew members, sank.",
        quantities=(("seven crew members", group_of(7, "members")),),
    )
    (conflict,) = figure_conflicts([a, b])
    assert [v.value for v in conflict.variants] == ["five crew members", "seven crew members"]


def test_a_named_part_of_the_crew_is_not_the_crew() -> None:
    a = reading(
        "a",
        "tide.example",
        "The jet carried two pilots and four cabin crew.",
        quantities=(("four cabin crew", group_of(4, "crew")),),
    )
    b = reading(
        "b",
        "gull.example",
        "The jet carried six crew members.",
        quantities=(("six crew members", group_of(6, "members")),),
    )
    assert figure_conflicts([a, b]) == []
