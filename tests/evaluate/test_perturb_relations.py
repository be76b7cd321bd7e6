"""Relation perturbations sit where the detector reads a relation, and the detector sees them."""

from __future__ import annotations

import random

from newsprism.compare.entities import entity_index, merge_entities
from newsprism.compare.relations import relation_conflicts
from newsprism.evaluate.perturb import find_perturbations
from newsprism.model import ReadArticle
from newsprism.read import read_article
from tests.evaluate.helpers import reading


def test_a_swapped_person_object_is_flagged_as_a_relation_conflict() -> None:
    texts = {
        "a": "The Quillon Growers Guild backs Senator Ilse Varn in the Tarn race.\n"
        "Petra Holloway campaigned in Tarn on Monday.",
        "b": "The Quillon Growers Guild, which backs Ilse Varn, met on Monday.",
    }
    story = [read_article(reading(k, t).article) for k, t in texts.items()]
    found = find_perturbations(story, "relation", random.Random(0))
    (change,) = [p for p in found if p.article_id == "a"]
    assert (change.original, change.replacement) == ("Ilse Varn", "Petra Holloway")
    perturbed = reading("a", change.apply(texts["a"])).article
    after = [read_article(perturbed), story[1]]
    (conflict,) = relation_conflicts(after, entity_index(merge_entities(after)))
    assert any("Holloway" in v.value for v in conflict.variants)
    assert any(change.touches(s.start, s.end) for v in conflict.variants for s in v.evidence)


def _story(texts: dict[str, str]) -> list[ReadArticle]:
    return [read_article(reading(k, t).article) for k, t in texts.items()]


def test_a_swapped_responsible_group_is_flagged_as_a_relation_conflict() -> None:
    texts = {
        "a": "The Ashen Hand Movement claimed responsibility for the bombing in Corvel.\n"
        "The Corvel Traders Association closed its shops on Tuesday.",
        "b": "The Ashen Hand Movement was behind the bombing, investigators said.",
    }
    story = _story(texts)
    found = find_perturbations(story, "relation", random.Random(0))
    (change,) = [p for p in found if p.article_id == "a"]
    assert (change.original, change.replacement) == (
        "Ashen Hand Movement",
        "Corvel Traders Association",
    )
    after = [read_article(reading("a", change.apply(texts["a"])).article), story[1]]
    (conflict,) = relation_conflicts(after, entity_index(merge_entities(after)))
    assert conflict.subject == "who is held responsible"
    assert any("Corvel Traders Association" in v.value for v in conflict.variants)
    assert any(change.touches(s.start, s.end) for v in conflict.variants for s in v.evidence)


def test_no_relation_place_where_the_other_outlet_blames_another_kind_of_actor() -> None:
    story = _story(
        {
            "a": "Dario Venn carried out the bombing in Corvel, police said.\n"
            "Petra Holloway runs a bakery in Corvel.",
            "b": "The Ashen Hand Movement claimed responsibility for the bombing.\n"
            "The Corvel Traders Association closed its shops.",
        }
    )
    assert find_perturbations(story, "relation", random.Random(0)) == []


def test_no_relation_place_where_the_article_states_the_object_twice() -> None:
    story = _story(
        {
            "a": "The Ashen Hand Movement claimed responsibility for the bombing.\n"
            "Officials blamed the bombing on the Ashen Hand Movement.\n"
            "The Corvel Traders Association closed its shops.",
            "b": "The Ashen Hand Movement was behind the bombing, investigators said.",
        }
    )
    found = find_perturbations(story, "relation", random.Random(0))
    assert [p.article_id for p in found] == ["b"]
