"""Relations (support, blame, responsibility, defeat) disagree when two outlets give one
subject different objects."""

from __future__ import annotations

from newsprism.compare.entities import entity_index, merge_entities
from newsprism.compare.relations import find_relations, relation_conflicts
from newsprism.model import Conflict, ReadArticle
from newsprism.read import read_article
from tests.compare.helpers import reading


def _relations_of(*readings: ReadArticle) -> list[str]:
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


def _read(*texts: str) -> list[ReadArticle]:
    return [
        read_article(reading(chr(ord("a") + i), f"outlet{i}.example", t).article)
        for i, t in enumerate(texts)
    ]


def _found(text: str) -> list[tuple[str, str, str, str]]:

    (read,) = _read(text)
    entity_of = entity_index(merge_entities([read]))
    return [
        (r.kind, r.subject.name, r.stance, r.target.name) for r in find_relations(read, entity_of)
    ]


def _conflicts(*texts: str) -> list[Conflict]:

    read = _read(*texts)
    return relation_conflicts(read, entity_index(merge_entities(read)))


def test_two_groups_held_responsible_by_two_outlets_are_a_claim_conflict() -> None:
    a = "The Ashen Hand Movement claimed responsibility for the bombing in Corvel on Monday."
    b = "Police in Corvel said the Kessar Front was behind the bombing."
    (conflict,) = _conflicts(a, b)
    assert conflict.kind == "claim" and conflict.subject == "who is held responsible"
    assert [v.value for v in conflict.variants] == [
        "Ashen Hand Movement held responsible",
        "Kessar Front held responsible",
    ]
    assert [[e.text for e in v.evidence] for v in conflict.variants] == [[a], [b]]


def test_ways_of_holding_someone_responsible_are_read() -> None:
    found = _found(
        "Officials blamed the bombing on the Kessar Front.\n"
        "Mayor Olk identified Dario Venn as the bomber.\n"
        "A Corvel jury found Ilse Varn liable for the warehouse fire.\n"
        "Tomas Brandt, 44, of Corvel, is accused of killing two guards.\n"
        "Serious evidence pointed to Kessar Front involvement, the mayor said.\n"
        "Petra Holloway was cleared of any part in the fire."
    )
    assert found == [
        ("responsibility", "the event", "responsible", "Kessar Front"),
        ("responsibility", "the event", "responsible", "Dario Venn"),
        ("responsibility", "the event", "responsible", "Ilse Varn"),
        ("responsibility", "the event", "responsible", "Tomas Brandt"),
        ("responsibility", "the event", "responsible", "Kessar Front"),
        ("responsibility", "the event", "cleared", "Petra Holloway"),
    ]


def test_denied_doubted_or_unrelated_responsibility_is_not_read() -> None:
    assert (
        _found(
            "The Kessar Front denied it was behind the bombing.\n"
            "Police have not confirmed that the Kessar Front carried out the attack.\n"
            "It is unclear whether the Ashen Hand Movement staged the attack.\n"
            "Ilse Varn is responsible for overseeing the Corvel harbour.\n"
            "Dario Venn lived in Corvel, where police carried out a controlled explosion."
        )
        == []
    )


def test_a_gunman_and_the_group_that_claims_him_do_not_disagree() -> None:
    a = "Dario Venn carried out the attack on the Corvel barracks, police said."
    b = "The Ashen Hand Movement claimed responsibility for the attack."
    assert _conflicts(a, b) == []


def test_an_outlet_naming_both_parties_does_not_disagree_with_one_naming_one() -> None:
    a = (
        "Officials blamed the bombing on the Kessar Front.\n"
        "The Ashen Hand Movement later claimed responsibility for the bombing."
    )
    b = "Officials blamed the bombing on the Kessar Front."
    assert _conflicts(a, b) == []


def test_held_responsible_against_cleared_is_a_claim_conflict() -> None:
    a = "A Corvel jury found Ilse Varn liable for the warehouse fire."
    b = "Ilse Varn was cleared of starting the warehouse fire."
    (conflict,) = _conflicts(a, b)
    assert {v.value for v in conflict.variants} == {
        "Ilse Varn held responsible",
        "Ilse Varn cleared",
    }


def test_blaming_two_people_for_one_thing_disagrees_but_not_for_two_things() -> None:
    a = "The Tarn League blamed Mayor Olk for the flooding in Corvel."
    b = "The Tarn League blamed Petra Holloway for the flood damage."
    c = "The Tarn League accused Dario Venn of delaying the harbour works."
    (conflict,) = _conflicts(a, b, c)
    assert conflict.subject == "whom Tarn League blames"
    assert [v.value for v in conflict.variants] == [
        "Tarn League blames Olk",
        "Tarn League blames Petra Holloway",
    ]
    assert _conflicts(a, c) == []


def test_ruling_for_and_against_one_person_is_a_claim_conflict() -> None:
    a = "The Orvel High Court ruled in favour of Petra Holloway on Friday."
    b = "In Corvel, the Orvel High Court ruled against Petra Holloway."
    (conflict,) = _conflicts(a, b)
    assert conflict.subject == "whom Orvel High Court supports"
    assert {v.value for v in conflict.variants} == {
        "Orvel High Court supports Petra Holloway",
        "Orvel High Court opposes Petra Holloway",
    }


def test_condemning_the_actions_of_a_group_opposes_it() -> None:
    found = _found("The Dockhands Federation condemned the actions of the Tarn League.")
    assert found == [("support", "Dockhands Federation", "opposes", "Tarn League")]


def test_beating_two_teams_in_one_final_disagrees_but_not_in_two_rounds() -> None:
    a = "Corvel Rovers beat Ashby United 3-1 in the final on Sunday."
    b = "Corvel Rovers won the cup after defeating Marrow City on penalties in the final."
    c = "Corvel Rovers beat Tessel Athletic 2-0 in last week's semi-final in Ashby."
    (conflict,) = _conflicts(a, b)
    assert conflict.subject == "whom Corvel Rovers defeated"
    assert {v.value for v in conflict.variants} == {
        "Corvel Rovers defeated Ashby United",
        "Corvel Rovers defeated Marrow City",
    }
    assert _conflicts(a, c) == []
