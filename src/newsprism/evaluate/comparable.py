"""Whether a perturbation trial is *comparable*: another article reports the changed statement.

A change in a sentence that no other outlet reports cannot be contradicted by any comparison,
so recall is also given over the comparable trials only. A trial is **comparable** when some
sentence of *another* article of the story

- shares at least :data:`MIN_SHARED_WORDS` content words
  (:func:`newsprism.compare.terms.content_words`, stemmed, stop and calendar words dropped)
  with the changed sentence (the one holding the change's first character, original text),
- shares at least one entity with it, when the changed sentence names any (entities merged
  across the story's articles, as the comparison merges them), and
- for ``date`` and ``weekday`` trials carries a time reference resolved to a day, for
  ``figure`` trials a number with a value.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from newsprism.compare.entities import entity_index, merge_entities
from newsprism.compare.terms import content_words
from newsprism.evaluate.edit import Perturbation, PerturbationKind
from newsprism.model import Entity, ReadArticle, starting_in

#: Content words the changed sentence and a sentence of another article must share.
MIN_SHARED_WORDS = 3

DEFINITION = (
    f"a sentence of another article shares >= {MIN_SHARED_WORDS} content words with the "
    "changed sentence, and one entity if the changed sentence names any; for date/weekday "
    "trials it has a time reference resolved to a day, for figure trials a number"
)


@dataclass(frozen=True, slots=True)
class SentenceProfile:
    """What comparability looks at in one sentence."""

    article_id: str
    start: int
    end: int
    words: frozenset[str]
    entities: frozenset[str]
    has_day: bool
    has_figure: bool

    def carries(self, kind: PerturbationKind) -> bool:
        """Whether the sentence has what a trial of ``kind`` needs to be contradicted."""
        if kind in ("date", "weekday"):
            return self.has_day
        if kind == "figure":
            return self.has_figure
        return True


def _profiles(
    reading: ReadArticle, entity_of: Mapping[tuple[str, int], Entity]
) -> list[SentenceProfile]:
    profiles = []
    for s in reading.sentences:
        lo, hi = s.start, s.end
        profiles.append(
            SentenceProfile(
                reading.id,
                lo,
                hi,
                frozenset(content_words(s.text)),
                frozenset(
                    entity_of[(m.article_id, m.start)].id
                    for m in starting_in(reading.mentions, lo, hi)
                    if (m.article_id, m.start) in entity_of
                ),
                any(
                    t.resolved is not None and t.granularity == "day"
                    for t in starting_in(reading.timerefs, lo, hi)
                ),
                any(q.value is not None for q in starting_in(reading.quantities, lo, hi)),
            )
        )
    return profiles


def story_profiles(readings: Sequence[ReadArticle]) -> tuple[SentenceProfile, ...]:
    """Profiles of every sentence of the story (entities merged across its articles)."""
    entity_of = entity_index(merge_entities(readings))
    return tuple(p for r in readings for p in _profiles(r, entity_of))


def is_comparable(perturbation: Perturbation, profiles: Sequence[SentenceProfile]) -> bool:
    """Whether another article has a sentence reporting the changed one (module docstring).

    ``profiles`` are :func:`story_profiles` of the unperturbed readings of the story.
    """
    changed = next(
        (
            p
            for p in profiles
            if p.article_id == perturbation.article_id and p.start <= perturbation.start < p.end
        ),
        None,
    )
    if changed is None or len(changed.words) < MIN_SHARED_WORDS:
        return False
    return any(
        p.article_id != perturbation.article_id
        and len(changed.words & p.words) >= MIN_SHARED_WORDS
        and (not changed.entities or bool(changed.entities & p.entities))
        and p.carries(perturbation.kind)
        for p in profiles
    )
