"""Polarity claims: a denial must negate words the other version states."""

from __future__ import annotations

from newsprism.compare.align import Alignment
from newsprism.compare.claims import denies, nearest_polarity_conflicts, polarity_conflicts
from newsprism.model import Fact, ReadArticle, Sentence, Span
from tests.compare.helpers import reading


def _fact(*readings: ReadArticle) -> Alignment:
    members = tuple((r, r.sentences[0]) for r in readings)
    evidence = tuple(Span(s.article_id, s.start, s.end, s.text) for _, s in members)
    fact = Fact(
        id="F1",
        text=members[0][1].text,
        evidence=evidence,
        articles=tuple(r.id for r in readings),
        sources=tuple(r.source for r in readings),
        independent_sources=len(readings),
    )
    return Alignment((fact,), (members,))


def _sentence(r: ReadArticle) -> Sentence:
    return r.sentences[0]


def test_a_denial_of_the_same_words_is_flagged() -> None:
    a = reading("a", "tide.example", "The Marrow port authority confirmed the dock collapse.")
    b = reading(
        "b", "gull.example", "The Marrow port authority has not confirmed the dock collapse."
    )
    (conflict,) = polarity_conflicts(_fact(a, b))
    assert [v.value for v in conflict.variants] == ["affirmed", "denied"]


def test_a_negation_in_words_only_one_version_has_is_not_a_denial() -> None:
    a = reading("a", "tide.example", "Ferrymen carried the crates across the Marrow river at dawn.")
    b = reading(
        "b",
        "gull.example",
        "Ferrymen carried the crates across the Marrow river at dawn, without a single lamp lit.",
    )
    assert polarity_conflicts(_fact(a, b)) == []


def test_not_only_and_number_abbreviations_are_not_negations() -> None:
    assert not denies("Vessels suffered a breakdown.", "Vessels didn't just suffer a breakdown.")
    assert not denies("Cars 4 to 8 were inside.", "Cars No. 4 to 8 were inside.")
    assert denies("The mayor backed the plan.", "The mayor never backed the plan.")


def test_the_negated_verb_alone_must_be_stated() -> None:
    assert denies(
        "The Tarn guards had detained the ferry captain.",
        "The Tarn guards were not detaining anyone that morning.",
    )
    assert not denies(
        "The Tarn guards had detained the ferry captain.",
        "The Tarn guards did not comment on the ferry captain.",
    )


def test_an_unaligned_denial_meets_the_closest_affirming_sentence() -> None:
    a = reading(
        "a",
        "tide.example",
        "Marrow port officials confirmed the Vell ferry sank near the Olk lighthouse.\n"
        "Rain fell all night.",
    )
    b = reading(
        "b",
        "gull.example",
        "Marrow port officials have not confirmed the Vell ferry sank near the Olk lighthouse.\n"
        "Crowds gathered at the pier.",
    )
    empty = Alignment((), ())
    (conflict,) = nearest_polarity_conflicts([a, b], empty)
    assert [(v.value, v.articles) for v in conflict.variants] == [
        ("affirmed", ("a",)),
        ("denied", ("b",)),
    ]
    c = reading("c", "reed.example", "Crowds gathered at the pier.\nRain did not stop the pumps.")
    assert nearest_polarity_conflicts([a, c], empty) == []


def test_adverbs_leading_verbs_and_word_forms_do_not_hide_the_denied_verb() -> None:
    assert denies(
        "Guards escorted the Vell captain off the ferry.",
        "Guards did not promptly escort the Vell captain.",
    )
    assert denies(
        "The Olk council will appear in court on Monday.",
        "The Olk council is not set to appear in court.",
    )
    assert denies("The toll is expected to rise.", "The toll is not expected to climb.")
    assert denies("The rescue was a success for the Tarn crew.", "The Tarn crew did not succeed.")


def test_reported_denials_and_without_are_not_an_outlet_denying() -> None:
    assert not denies(
        "Vell was found to have bribed the Olk clerk.", "Vell denied bribing the Olk clerk."
    )
    assert not denies(
        "Pumps ran in homes with evidence of flooding.",
        "Pumps ran in homes without evidence of flooding.",
    )


def test_the_closest_sentence_that_states_the_denied_words_is_chosen() -> None:
    a = reading(
        "a",
        "tide.example",
        "Marrow port officials watched the Vell ferry sink near the Olk lighthouse.\n"
        "Marrow officials confirmed the ferry sank near the Olk pier that evening.",
    )
    b = reading(
        "b",
        "gull.example",
        "Marrow port officials have not confirmed the Vell ferry sank near the Olk lighthouse.",
    )
    (conflict,) = nearest_polarity_conflicts([a, b], Alignment((), ()))
    affirmed = conflict.variants[0]
    assert affirmed.value == "affirmed"
    assert [s.text for s in affirmed.evidence] == [a.sentences[1].text]


def _relations_of(*readings: ReadArticle) -> list[str]:
    from newsprism.compare.claims import relation_conflicts
    from newsprism.compare.entities import entity_index, merge_entities
    from newsprism.read import read_article

    read = [read_article(r.article) for r in readings]
    conflicts = relation_conflicts(read, entity_index(merge_entities(read)))
    return [" vs ".join(v.value for v in c.variants) for c in conflicts]


def test_backing_two_different_people_is_a_relation_conflict() -> None:
    a = reading("a", "tide.example", "The Quillon Growers Guild backs Senator Ilse Varn.")
    b = reading(
        "b", "gull.example", "The Quillon Growers Guild, which backs Petra Holloway, met on Monday."
    )
    (found,) = _relations_of(a, b)
    assert "Varn" in found and "Holloway" in found


def test_backing_and_rejecting_one_plan_is_a_relation_conflict() -> None:
    a = reading(
        "a", "tide.example", "On Monday the Dockhands Federation backs the mayor’s plan for Tarn."
    )
    b = reading(
        "b", "gull.example", "The Dockhands Federation rejected the plan put forward by Mayor Olk."
    )
    (found,) = _relations_of(a, b)
    assert "supports the plan" in found and "opposes the plan" in found


def test_rejecting_something_else_or_refusing_to_back_is_no_relation() -> None:
    a = reading(
        "a", "tide.example", "The Dockhands Federation backs Petra Holloway in the Tarn race."
    )
    b = reading(
        "b",
        "gull.example",
        "The Dockhands Federation rejected a challenge to the election of Ilse Varn.\n"
        "The Dockhands Federation refused to endorse Ilse Varn.\n"
        "The Dockhands Federation was backed by Ilse Varn.",
    )
    assert _relations_of(a, b) == []
