"""Resolving speaker phrases: pronouns, titles, organisations, noun-phrase bounds."""

from __future__ import annotations

from newsprism.model import Mention, Sentence
from newsprism.read.speakers import SpeakerReader

TEXT = (
    "Kelvarian President Odo Brandt met Dunmark President Ilse Varga. "
    "The Harbour Office said nothing. He left at noon."
)


def _mention(surface: str, kind: str, name: str, role: str | None = None) -> Mention:
    start = TEXT.index(surface)
    return Mention("t", start, start + len(surface), surface, kind, name, role)  # type: ignore[arg-type]


def _reader() -> SpeakerReader:
    ends = [TEXT.index(". ") + 1, TEXT.index("nothing.") + 8, len(TEXT)]
    starts = [0, ends[0] + 1, ends[1] + 1]
    sentences = tuple(
        Sentence("t", s, e, TEXT[s:e], i) for i, (s, e) in enumerate(zip(starts, ends, strict=True))
    )
    mentions = (
        _mention("Odo Brandt", "person", "Odo Brandt", "President"),
        _mention("Ilse Varga", "person", "Ilse Varga", "President"),
        _mention("Harbour Office", "organisation", "Harbour Office"),
    )
    return SpeakerReader(TEXT, sentences, mentions, [])


def test_pronoun_goes_to_the_subject_not_the_object() -> None:
    reader = _reader()
    he = TEXT.index("He left")
    assert reader.antecedent(he, person=True) == "Odo Brandt"


def test_it_goes_to_an_organisation() -> None:
    reader = _reader()
    assert reader.antecedent(len(TEXT) - 1, person=False) == "Harbour Office"


def test_title_with_a_nationality_picks_the_matching_person() -> None:
    reader = _reader()
    end = len(TEXT)
    assert reader.by_title("president", "president", ["kelvarian"], end) == "Odo Brandt"
    assert reader.by_title("president", "president", ["dunmark"], end) == "Ilse Varga"
    assert reader.by_title("president", "president", [], end) == "Ilse Varga"  # most recent
    assert reader.by_title("mayor", "mayor", [], end) is None


def test_noun_phrase_resolves_to_the_mention_at_its_head() -> None:
    reader = _reader()
    toks = reader.tokens(0, TEXT.index(" met"))
    first = reader.np_back(toks, len(toks) - 1)
    assert first == 0
    found = reader.resolve(toks, first, len(toks) - 1)
    assert (found.speaker, TEXT[found.start or 0 : found.end or 0]) == ("Odo Brandt", "Odo Brandt")


def test_quoted_words_are_masked() -> None:
    reader = SpeakerReader("He said “Brandt left” today.", (), (), [(9, 20)])
    assert reader.masked == "He said “           ” today."
