"""ROUGE of a story summary against a reference, and corroborated summary sentences."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsprism.errors import IngestError
from newsprism.evaluate.summary import (
    corroborated,
    load_references,
    rouge_scorer,
    score_summaries,
    score_summary,
    summary_totals,
)
from newsprism.model import Fact, Family, Span, Story, StoryAnalysis, SummarySentence
from tests.evaluate.helpers import reading

FIRST = "A spring flood closed the Velm bridge in Lune on Tuesday."
SECOND = "Engineers expect the bridge to reopen within a week."


def _analysis() -> StoryAnalysis:
    articles = (reading("a", FIRST), reading("b", FIRST), reading("c", SECOND))
    story = Story("lune-flood", articles, families=(Family("F1", "a", ("a", "b")),))
    span = Span("a", 0, len(FIRST), FIRST)
    facts = (
        Fact("F1", FIRST, (span,), ("a", "c"), ("a.example", "c.example"), 2),
        Fact("F2", SECOND, (span,), ("c",), ("c.example",), 1),
    )
    summary = (
        SummarySentence(FIRST, ("a", "c"), ("a.example", "c.example"), (span,)),
        SummarySentence(SECOND, ("c",), ("c.example",), (span,)),
        SummarySentence(FIRST, ("a", "b"), ("a.example", "b.example"), (span,)),  # no such fact
    )
    return StoryAnalysis(story=story, facts=facts, summary=summary)


def test_corroboration_uses_the_fact_then_the_families() -> None:
    analysis = _analysis()
    first, second, copies = analysis.summary
    assert corroborated(first, analysis)
    assert not corroborated(second, analysis)
    assert not corroborated(copies, analysis)  # a and b are one syndication family


def test_rouge_of_an_identical_reference_is_one_and_of_an_unrelated_one_is_low() -> None:
    scorer = rouge_scorer()
    analysis = _analysis()
    same = score_summary(analysis, f"{FIRST} {SECOND} {FIRST}", scorer)
    assert same.rouge == {"rouge1": 1.0, "rouge2": 1.0, "rougeL": 1.0}
    assert (same.sentences, same.corroborated) == (3, 1)
    other = score_summary(analysis, "Harvest prices fell sharply across Dravia.", scorer)
    assert other.rouge["rouge2"] == 0.0 and other.rouge["rouge1"] < 0.1


def test_only_stories_with_a_reference_are_scored_and_averaged() -> None:
    scorer = rouge_scorer()
    refs = {"lune-flood": f"{FIRST} {SECOND} {FIRST}", "elsewhere": "Nothing."}
    scores = list(score_summaries([_analysis()], refs, scorer))
    assert [s.story for s in scores] == ["lune-flood"]
    result = summary_totals(scores)
    assert result.stories == 1 and result.rouge["rougeL"] == 1.0
    assert summary_totals([]).rouge == {"rouge1": 0.0, "rouge2": 0.0, "rougeL": 0.0}


def test_references_are_read_and_bad_lines_named(tmp_path: Path) -> None:
    good = tmp_path / "refs.jsonl"
    good.write_text(json.dumps({"cluster": "lune-flood", "summary": FIRST}) + "\n\n")
    assert load_references(good) == {"lune-flood": FIRST}
    bad = tmp_path / "bad.jsonl"
    bad.write_text(json.dumps({"cluster": "x"}) + "\n")
    with pytest.raises(IngestError, match=r"bad\.jsonl:1"):
        load_references(bad)
