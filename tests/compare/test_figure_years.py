"""A figure is keyed by the year written nearest it, or by the year its paragraph speaks of."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from newsprism.compare.figures import figure_conflicts
from newsprism.model import ReadArticle, Sentence
from tests.compare.figure_helpers import group_of, killed
from tests.compare.helpers import reading


def test_the_year_nearest_the_figure_keys_it() -> None:
    a = reading(
        "a",
        "tide.example",
        "Lomsby banned the model in 2021 after a crash that killed 88 passengers in 2019.",
        quantities=(("88", killed(88)),),
    )
    b = reading(
        "b",
        "gull.example",
        "A crash in 2019 killed 98 passengers.",
        quantities=(("98", killed(98)),),
    )
    (conflict,) = figure_conflicts([a, b])
    assert "[2019]" in conflict.subject


def _in_sentences(base: ReadArticle) -> ReadArticle:
    """``base`` split into sentences at ". " too, so that a line is a paragraph."""
    text, found = base.article.text, []
    for m in re.finditer(r"[^.\n]+\.?", text):
        stripped = m.group().lstrip()
        start = m.end() - len(stripped)
        found.append(Sentence(base.id, start, m.end(), stripped, index=len(found)))
    return replace(base, sentences=tuple(found))


def test_a_sentence_with_no_time_continues_the_year_of_the_previous_one() -> None:
    a = _in_sentences(
        reading(
            "a",
            "tide.example",
            "In May 2011, a quake struck Velmar. The quake killed 300 miners.",
            quantities=(("300", killed(300, counts="miners")),),
        )
    )
    b = _in_sentences(
        reading(
            "b",
            "gull.example",
            "In 2011, Velmar shook. The quake killed 340 miners.\nThe quake killed 120 miners.",
            quantities=(
                ("340", killed(340, counts="miners")),
                ("120", killed(120, counts="miners")),
            ),
        )
    )
    (conflict,) = figure_conflicts([a, b])
    assert "[2011]" in conflict.subject
    assert [v.value for v in conflict.variants] == ["300", "340"]


def test_a_sentence_on_the_present_or_in_a_new_paragraph_keeps_no_year() -> None:
    a = _in_sentences(
        reading(
            "a",
            "tide.example",
            (
                "The mine opened in 2011. It now employs 300 miners. A shaft flooded in 2011."
                "\nIt has 290 welders."
            ),
            quantities=(
                ("300 miners", group_of(300, "miners")),
                ("290 welders", group_of(290, "welders")),
            ),
        )
    )
    b = _in_sentences(
        reading(
            "b",
            "gull.example",
            "The mine employs 340 miners and 310 welders.",
            quantities=(
                ("340 miners", group_of(340, "miners")),
                ("310 welders", group_of(310, "welders")),
            ),
        )
    )
    conflicts = figure_conflicts([a, b])
    assert [c.subject for c in conflicts] == ["miners counted", "welders counted"]


def test_a_day_written_nearer_the_figure_than_a_year_dates_it() -> None:
    a = reading(
        "a",
        "tide.example",
        "The clashes killed 90 rangers since May 2, between guards and poachers active since 1998.",
        quantities=(("90", killed(90, counts="rangers")),),
        timerefs=(("May 2", {"resolved": date(2025, 5, 2)}),),
    )
    b = reading(
        "b",
        "gull.example",
        "The clashes have killed 70 rangers.",
        quantities=(("70", killed(70, counts="rangers")),),
    )
    (conflict,) = figure_conflicts([a, b])
    assert [v.value for v in conflict.variants] == ["70", "90"]
