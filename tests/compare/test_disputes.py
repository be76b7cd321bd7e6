"""Outlets a statement's conflicts set against it: not cited, not counted, marked in the matrix."""

from __future__ import annotations

from newsprism.compare.disputes import mark_disputes, quoted_span, set_against
from newsprism.model import Conflict, Fact, Span, Variant


def _span(article_id: str, text: str, start: int = 0) -> Span:
    return Span(article_id, start, start + len(text), text)


A = _span("a", "Thirty-eight people are missing.")
B = _span("b", "Forty people are missing.")
C = _span("c", "Thirty-eight are still missing.")
FACT = Fact("F1", A.text, (A, B, C), ("a", "b", "c"), ("a.example", "b.example", "c.example"), 3)
MISSING = Conflict(
    id="C1",
    kind="figure",
    subject="people missing",
    explanation="",
    variants=(Variant("38", ("a", "c"), (A, C)), Variant("40", ("b",), (B,))),
)


def test_the_articles_on_another_side_of_a_conflict_are_set_against_a_statement() -> None:
    assert quoted_span(FACT) == A
    assert set_against(A, [MISSING]) == {"b"}
    assert set_against(B, [MISSING]) == {"a", "c"}
    elsewhere = _span("a", "The ferry sank fast.", start=40)
    assert set_against(elsewhere, [MISSING]) == set()


def test_a_fact_lists_the_articles_disputing_it_and_counts_only_the_others() -> None:
    voices = {"a": "source:a", "b": "source:b", "c": "source:c"}
    (marked,) = mark_disputes([FACT], [MISSING], voices)
    assert marked.disputed_by == ("b",)
    assert marked.articles == ("a", "b", "c")  # still aligned: the evidence stays
    assert marked.independent_sources == 2
    assert mark_disputes([FACT], [], voices) == (FACT,)
