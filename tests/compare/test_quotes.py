"""Quote rows and attribution conflicts: whole quotes, fragments, and the evidence naming a
speaker."""

from __future__ import annotations

from dataclasses import replace

from newsprism.compare.quotes import group_quotes
from newsprism.model import Entity, Mention, Quote, ReadArticle
from tests.compare.helpers import reading


def _quoted(r: ReadArticle, words: str, speaker: str, named: str) -> ReadArticle:
    """``r`` with a quote of ``words`` given to ``speaker``, named in the text by ``named``
    (the last occurrence of ``named``: a name or a pronoun)."""
    text = r.article.text
    start = text.index(words)
    at = text.rindex(named)
    quote = Quote(
        r.id,
        start,
        start + len(words),
        words,
        speaker=speaker,
        speaker_start=at,
        speaker_end=at + len(named),
        sentence=text.count("\n", 0, start),
    )
    return replace(r, quotes=(*r.quotes, quote))


def _people(*names: str) -> list[Entity]:
    return [Entity(f"E{i}", name, "person", (name,), (), ()) for i, name in enumerate(names)]


LONG = (
    "The river gave us no warning at all tonight, the water rose over the road in minutes, "
    "and the levee failed before midnight"
)


def test_a_fragment_given_to_another_person_than_the_longer_quote_is_a_conflict() -> None:
    a = _quoted(
        reading("a", "tide.example", f"“{LONG},” Tilde Brann said."),
        LONG,
        "Tilde Brann",
        "Tilde Brann",
    )
    b = _quoted(
        reading("b", "gull.example", "Oskar Penn said “the levee failed before midnight”."),
        "the levee failed before midnight",
        "Oskar Penn",
        "Oskar Penn",
    )
    rows, conflicts = group_quotes([a, b], _people("Tilde Brann", "Oskar Penn"))
    assert len(rows) == 2  # a fragment under 40% of the longer quote is a row of its own
    (conflict,) = conflicts
    assert conflict.kind == "attribution"
    assert {v.value: v.articles for v in conflict.variants} == {
        "Oskar Penn": ("b",),
        "Tilde Brann": ("a",),
    }


def test_a_short_stock_phrase_or_the_same_speaker_is_no_conflict() -> None:
    a = _quoted(
        reading("a", "tide.example", f"“{LONG},” Tilde Brann said."),
        LONG,
        "Tilde Brann",
        "Tilde Brann",
    )
    phrase = reading("b", "gull.example", "Oskar Penn said there was “no warning at all”.")
    b = _quoted(phrase, "no warning at", "Oskar Penn", "Oskar Penn")  # three words only
    c = _quoted(
        reading("c", "owl.example", "Tilde Brann said “the levee failed before midnight”."),
        "the levee failed before midnight",
        "Tilde Brann",
        "Tilde Brann",
    )
    _, conflicts = group_quotes([a, b, c], _people("Tilde Brann", "Oskar Penn"))
    assert conflicts == []


def test_the_evidence_holds_the_sentence_naming_the_speaker() -> None:
    words = "The tide is late again this week and nobody knows why"
    a = _quoted(
        reading("a", "tide.example", f"Harbour master Ilo Venn said:\n“{words}.”"),
        words,
        "Ilo Venn",
        "Ilo Venn",
    )
    text_b = f"Ilo Venn came to the pier at noon.\n“{words},” she said."
    b = _quoted(reading("b", "gull.example", text_b), words, "Ilo Venn", "she")
    b = replace(b, mentions=(Mention("b", 0, 8, "Ilo Venn", kind="person", name="Ilo Venn"),))
    c = _quoted(
        reading("c", "owl.example", f"“{words},” Bo Rinn said."), words, "Bo Rinn", "Bo Rinn"
    )
    _, (conflict,) = group_quotes([a, b, c], _people("Ilo Venn", "Bo Rinn"))
    evidence = {s.article_id: s.text for v in conflict.variants for s in v.evidence}
    assert evidence["a"] == f"Harbour master Ilo Venn said:\n“{words}.”"
    assert evidence["b"] == text_b
    assert evidence["c"] == f"“{words},” Bo Rinn said."
