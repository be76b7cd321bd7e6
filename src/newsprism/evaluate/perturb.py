"""Controlled perturbations of one article of a story, for measuring conflict detection.

Each perturbation changes one stretch of one article's text (see :class:`Perturbation`). The
finders look at a story's readings (quantities, time references, quotes, mentions) for places
where one kind of change makes a real conflict with another article of the story, and propose
one perturbation per place:

- ``figure``: a counted number in a body sentence that another article gives too, scaled by
  ±10–60 % (rounded like the original) or with two adjacent digits swapped; "5,000" stays
  comma-grouped;
- ``date``: the day of an explicit date that another article resolves to the same day, moved
  by 1–5 days within its month, format kept ("Oct. 22" → "Oct. 25", "22nd" → "24th");
- ``weekday``: a weekday (next to an explicit date, or alone when another article dates the
  same day) changed to another weekday;
- ``attribution``: the speaker's name of a quote another article carries too, replaced by
  another person named in the story;
- ``relation``: the object of a relation the comparison reads ("backs X", "blamed the attack
  on X", "X claimed responsibility", "beat X"; :mod:`newsprism.compare.relation_cues`), where
  another article gives the same subject a relation of the same kind with the same type of
  object, replaced by another name of that type from the story;
- ``negation``: "not" inserted after an auxiliary ("has said" → "has not said") or removed,
  in a body sentence that another article also states (most content words shared);
- ``title``: a word of a person's title swapped ("Foreign Minister" → "Defence Minister")
  where another article gives that person a title too.

Random choices come from the ``random.Random`` passed in, so a seed reproduces a run.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence

from newsprism.evaluate.edit import KINDS, Perturbation, PerturbationKind
from newsprism.evaluate.perturb_claims import (
    attribution_perturbations,
    negation_perturbations,
    relation_perturbations,
    title_perturbations,
)
from newsprism.evaluate.perturb_values import (
    date_perturbations,
    figure_perturbations,
    weekday_perturbations,
)
from newsprism.model import ConflictKind, ReadArticle

__all__ = ["EXPECTED", "KINDS", "Perturbation", "PerturbationKind", "find_perturbations"]

#: The conflict kinds that detect each perturbation (a shifted date next to its weekday is
#: also a weekday mismatch; a shifted weekday alone moves the day it resolves to).
EXPECTED: dict[PerturbationKind, frozenset[ConflictKind]] = {
    "figure": frozenset({"figure"}),
    "date": frozenset({"date", "weekday"}),
    "weekday": frozenset({"weekday", "date"}),
    "attribution": frozenset({"attribution"}),
    "relation": frozenset({"claim"}),
    "negation": frozenset({"claim"}),
    "title": frozenset({"role"}),
}

Finder = Callable[[Sequence[ReadArticle], random.Random], list[Perturbation]]
FINDERS: dict[PerturbationKind, Finder] = {
    "figure": figure_perturbations,
    "date": date_perturbations,
    "weekday": weekday_perturbations,
    "attribution": attribution_perturbations,
    "relation": relation_perturbations,
    "negation": negation_perturbations,
    "title": title_perturbations,
}


def find_perturbations(
    story: Sequence[ReadArticle], kind: PerturbationKind, rng: random.Random
) -> list[Perturbation]:
    """Every perturbation of ``kind`` the story allows, in article-id then text order."""
    return FINDERS[kind](sorted(story, key=lambda r: r.id), rng)
