"""The summary cites real sentences and prefers ones that stand on their own."""

from __future__ import annotations

from newsprism.compare.align import Alignment
from newsprism.compare.summary import summarise, without_dateline
from newsprism.model import Conflict, Fact, Span, Variant
from tests.compare.helpers import reading


def test_a_version_that_stands_on_its_own_is_cited() -> None:
    a = reading("a", "tide.example", "But the ferry sank near Varn with 212 people aboard.")
    b = reading("b", "gull.example", "The ferry sank near Varn with 212 people on board.")
    members = ((a, a.sentences[0]), (b, b.sentences[0]))
    evidence = tuple(Span(s.article_id, s.start, s.end, s.text) for _, s in members)
    fact = Fact(
        "F1", a.sentences[0].text, evidence, ("a", "b"), ("gull.example", "tide.example"), 2
    )
    (sentence,) = summarise(Alignment((fact,), (members,), (1.0,)))
    assert sentence.text == "The ferry sank near Varn with 212 people on board."
    assert sentence.articles == ("a", "b")
    assert any(span.text == sentence.text for span in sentence.evidence)


def test_a_dateline_opening_the_sentence_is_left_out() -> None:
    text = "VARN, Tessel Isles (Gull Wire) — The ferry sank near Varn with 212 people aboard."
    a = reading("a", "tide.example", text)
    b = reading("b", "gull.example", "The ferry sank near Varn with 212 people on board.")
    members = ((a, a.sentences[0]), (b, b.sentences[0]))
    evidence = tuple(Span(s.article_id, s.start, s.end, s.text) for _, s in members)
    fact = Fact("F1", text, evidence, ("a", "b"), ("gull.example", "tide.example"), 2)
    (sentence,) = summarise(Alignment((fact,), (members,), (1.0,)))
    assert sentence.text == "The ferry sank near Varn with 212 people aboard."
    assert sentence.text in sentence.evidence[0].text  # still the source's own words
    for kept in ("US-led patrols found the ferry.", "NATO - the alliance said nothing."):
        assert without_dateline(kept) == kept


def test_an_article_on_the_other_side_of_a_conflict_is_not_cited() -> None:
    a = reading("a", "tide.example", "The Tarn union backs the harbour plan, its leader said.")
    b = reading("b", "gull.example", "The Tarn union rejected the harbour plan, its leader said.")
    members = ((a, a.sentences[0]), (b, b.sentences[0]))
    evidence = tuple(Span(s.article_id, s.start, s.end, s.text) for _, s in members)
    fact = Fact(
        "F1", a.sentences[0].text, evidence, ("a", "b"), ("gull.example", "tide.example"), 2
    )
    alignment = Alignment((fact,), (members,), (1.0,))
    (cited,) = summarise(alignment)
    assert cited.articles == ("a", "b")
    claim = Conflict(
        id="C1",
        kind="claim",
        subject="the harbour plan",
        explanation="",
        variants=(
            Variant("supports", ("a",), (evidence[0],)),
            Variant("opposes", ("b",), (evidence[1],)),
        ),
    )
    (cited,) = summarise(alignment, conflicts=[claim])
    assert cited.articles == ("a",) and cited.sources == ("tide.example",)
    assert [e.article_id for e in cited.evidence] == ["a"]
