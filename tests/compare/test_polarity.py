"""Polarity: a denial must negate words the other version states."""

from __future__ import annotations

from newsprism.compare.align import Alignment
from newsprism.compare.polarity import (
    denies,
    nearest_polarity_conflicts,
    polarity_conflicts,
)
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


def test_a_reworded_verb_denies_the_object_the_other_version_states() -> None:
    assert denies(
        "Harbour officials launched a salvage inquiry into the Vell ferry.",
        "Harbour officials have not opened a salvage inquiry into the ferry.",
    )
    assert denies(
        "Tarn pilots flew the relief cargo to the Vell islands.",
        "Tarn pilots did not carry the relief cargo, officials said.",
    )
    # The object may follow the negated clause's subject rather than a verb of its own.
    assert denies(
        "Marrow salvage crew members repaired the pier.",
        "Marrow has not assigned salvage crew members to the pier.",
    )


def test_object_words_both_versions_mention_in_passing_are_no_denial() -> None:
    # a title both give the admiral, not something one version does to it
    assert not denies(
        "Admiral Tosk, commander of the coastal fleet, praised the Vell crews.",
        "Command has not passed to the commander of the coastal fleet, Admiral Tosk.",
    )
    assert not denies(
        "A Tarn diver is leading a salvage crew at the wreck site.",
        "A salvage crew, led by a Tarn diver, is not working at the wreck site.",
    )


def test_a_reworded_verb_denies_only_its_own_clause() -> None:
    assert not denies(
        "The salvage inquiry continued into the night.",
        "The Vell crews were not flown out on Tuesday and the salvage inquiry continued.",
    )


def test_names_alone_or_another_figure_are_not_the_same_object() -> None:
    assert not denies(
        "Port Marrow Savings headquarters stand on the quay.",
        "The regulator has not closed Port Marrow Savings on the quay.",
    )
    negative = "The toll has not reached 40 people killed."
    assert not denies("Olk officials said 65 people had been killed.", negative)
    assert denies("Olk officials said 40 people had been killed.", negative)


def test_not_confirming_is_no_denial_of_the_object() -> None:
    assert not denies(
        "Divers recovered the bell of the Vell ferry.",
        "Police have not confirmed divers recovered the bell of the ferry.",
    )


def test_fillers_after_the_cue_are_skipped_but_no_later_than_denies_nothing() -> None:
    assert denies(
        "The blackout was caused by a faulty harbour relay.",
        "The blackout was not in fact triggered by a faulty harbour relay.",
    )
    assert denies(
        "The Olk guild will soon sign the harbour pact.",
        "The Olk guild will not soon sign the harbour pact.",
    )
    assert not denies(
        "Pumps reach the Olk quay by Monday morning.",
        "Pumps reach the Olk quay by no later than Monday morning.",
    )


def test_staying_or_remaining_leads_to_the_denied_state() -> None:
    closed = "Schools in the Kessa valley were closed."
    assert denies(closed, "Schools in the Kessa valley will not stay closed on Monday.")
    assert denies(closed, "Kessa valley schools have not remained closed.")
    # "stay in" names a place or post, not a state: the next word is what is denied
    assert not denies(
        "Tosk posted the rota of the Kessa valley schools.",
        "Tosk will not stay in the post of Kessa valley schools inspector.",
    )


def test_a_reworded_denial_in_one_fact_is_a_claim_conflict() -> None:
    a = reading(
        "a", "tide.example", "Kessa authorities have launched a harbour commission on the spill."
    )
    b = reading("b", "gull.example", "Kessa has not formed a harbour commission on the oil spill.")
    (conflict,) = polarity_conflicts(_fact(a, b))
    assert [(v.value, v.articles) for v in conflict.variants] == [
        ("affirmed", ("a",)),
        ("denied", ("b",)),
    ]
