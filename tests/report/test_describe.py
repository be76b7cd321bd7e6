"""Wording shared by the renderers, and the story index (labels, evidence context)."""

from __future__ import annotations

import dataclasses

from newsprism.model import Quantity, StoryAnalysis, TimeRef
from newsprism.report.describe import (
    describe_quantity,
    describe_timeref,
    number,
    quantity_value,
    segment_counts,
)
from newsprism.report.index import index_story


def _quantity(**kw: object) -> Quantity:
    return Quantity("a", 0, 5, "dozen", **kw)  # type: ignore[arg-type]


def test_numbers_and_figures() -> None:
    assert number(40.0) == "40" and number(2.5) == "2.5" and number(1500000.0) == "1,500,000"
    assert quantity_value(_quantity(value=40.0, qualifier="at-least")) == "at least 40"
    assert quantity_value(_quantity(low=10.0, high=20.0, qualifier="range")) == "10–20"
    assert quantity_value(_quantity(value=3.5, unit="%")) == "3.5 %"
    assert quantity_value(_quantity()) == "?"
    described = describe_quantity(_quantity(value=12.0, counts="boats", verb="sunk", owner="X"))
    assert described == '"dozen" → 12 boats sunk (X)'


def test_time_references() -> None:
    from datetime import date

    ref = TimeRef("a", 0, 6, "in 90s", resolved=date(1990, 1, 1), resolved_end=date(1999, 12, 31))
    assert describe_timeref(ref) == '"in 90s" → 1990-01-01…1999-12-31 (explicit)'
    assert describe_timeref(TimeRef("a", 0, 3, "now")) == '"now" → unresolved (explicit)'


def test_labels_number_repeated_outlets(analysis: StoryAnalysis) -> None:
    index = index_story(analysis)
    assert index.labels == {
        "a1": "Harbor Gazette",
        "b2": "Northwind Post",
        "c3": "Northwind Post #2",
    }
    assert index.sources == ("Harbor Gazette", "Northwind Post")
    assert index.cite(("b2", "a1", "b2", "zz")) == ("Northwind Post", "Harbor Gazette", "zz")


def test_evidence_context_is_the_sentence(analysis: StoryAnalysis) -> None:
    index = index_story(analysis)
    span = analysis.conflicts[0].variants[1].evidence[0]
    assert index.context(span) == (
        "",
        "Some 55 families",
        " were displaced, according to the council.",
    )
    unknown = dataclasses.replace(span, article_id="nope")
    assert index.context(unknown) == ("", "Some 55 families", "")


def test_segment_counts(analysis: StoryAnalysis) -> None:
    assert segment_counts(analysis.story.articles[0]) == "body 204, caption 22"
    assert segment_counts(analysis.story.articles[1]) == "body 176"
