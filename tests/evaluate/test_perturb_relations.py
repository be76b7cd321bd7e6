"""Relation perturbations sit where the detector reads a relation, and the detector sees them."""

from __future__ import annotations

import random

from newsprism.compare.claims import relation_conflicts
from newsprism.compare.entities import entity_index, merge_entities
from newsprism.evaluate.perturb import find_perturbations
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
