"""Vague amounts, increments, parts of a group, splits and ages state no figure."""

from __future__ import annotations

from newsprism.compare.figure_keys import figure_key
from newsprism.compare.figures import figure_conflicts
from tests.compare.figure_helpers import counted, killed
from tests.compare.helpers import reading


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


def test_parts_of_a_total_and_ages_are_not_totals() -> None:
    total = reading(
        "a",
        "tide.example",
        "Rescuers freed 12 miners.",
        quantities=(("12 miners", counted(12, "rescued", "miners")),),
    )
    parts = reading(
        "b",
        "gull.example",
        "The last four miners were freed.\nFour of the miners were freed first.\n"
        "Of the miners, 5 were freed by noon.\nHe was killed at age 41.",
        quantities=(
            ("four miners", counted(4, "rescued", "miners")),
            ("Four of the miners", counted(4, "rescued", "miners")),
            ("5", counted(5, "rescued", "miners")),
            ("41", counted(41, "killed")),
        ),
    )
    assert figure_conflicts([total, parts]) == []


def test_part_of_a_group_is_not_a_total_but_n_of_m_is_a_count() -> None:
    text = "The storm killed 17 of the 20 fishermen.\nFour of the boats were rescued."
    r = reading(
        "a",
        "tide.example",
        text,
        quantities=(
            ("17", {"value": 17, "counts": "fishermen", "verb": "killed"}),
            ("Four", {"value": 4, "counts": "boats", "verb": "rescued"}),
        ),
    )
    seventeen, four = r.quantities
    assert figure_key(r, seventeen, r.sentences[0]) is not None
    assert figure_key(r, four, r.sentences[1]) is None


def test_one_side_of_a_split_or_a_majority_is_not_the_total() -> None:
    def votes(value: float) -> dict[str, object]:
        return {"value": value, "qualifier": "exact", "counts": "votes", "verb": "won"}

    a = reading(
        "a",
        "tide.example",
        "Marsh won the Olk election by 1,204 votes.",
        quantities=(("1,204 votes", votes(1204)),),
    )
    split = reading(
        "b",
        "gull.example",
        "The court upheld the Olk result by seven votes to two.",
        quantities=(("seven votes", votes(7)),),
    )
    assert figure_conflicts([a, split]) == []
    judges = {"value": 2, "qualifier": "exact", "counts": "judges", "verb": "dissented"}
    dissent = reading(
        "c", "reef.example", "Two judges dissented.", quantities=(("Two judges", judges),)
    )
    majority = reading(
        "d",
        "kelp.example",
        "A majority of seven judges disagreed.",
        quantities=(("seven judges", {**judges, "value": 7, "verb": "disagreed"}),),
    )
    assert figure_conflicts([dissent, majority]) == []


def test_more_injured_after_the_dead_counts_all_the_injured() -> None:
    from newsprism.compare.figure_filters import is_increment
    from newsprism.model import Quantity

    def quantity(text: str, surface: str) -> Quantity:
        start = text.index(surface)
        return Quantity("a", start, start + len(surface), surface, value=22)

    other_victims = "Four people were killed and 22 more injured in Olk on Monday."
    assert not is_increment(other_victims, quantity(other_victims, "22"))
    update = "The toll rose as 22 more died in hospital in Olk."
    assert is_increment(update, quantity(update, "22"))
    same_victims = "Ten were hurt on Monday and 22 more injured on Tuesday in Olk."
    assert is_increment(same_victims, quantity(same_victims, "22"))


def test_an_upper_bound_written_up_to_is_not_a_split() -> None:
    # "up to 6,000" reads like "seven to two" word for word; only a number starts a split
    a = reading(
        "a",
        "tide.example",
        "In Olk, up to 6,000 people were missing, the governor said.",
        quantities=(("up to 6,000 people", counted(6000, "missing", "people", qualifier="up-to")),),
    )
    b = reading(
        "b",
        "gull.example",
        "As many as 9,000 people are missing in Olk.",
        quantities=(
            ("As many as 9,000 people", counted(9000, "missing", "people", qualifier="up-to")),
        ),
    )
    (conflict,) = figure_conflicts([a, b])
    assert [v.articles for v in conflict.variants] == [("a",), ("b",)]
