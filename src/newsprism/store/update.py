"""Group stored articles into stories: the one place where the store meets the grouping stage.

:func:`update_stories` is called after articles are added. It resumes the story grouper from
the state the store keeps (counters, per-story centroids, the postings index, document
frequencies) and streams only the articles not yet in a story, in publication order. The
grouper loads a stored story only when a new article's strongest features reach it, so the
work of an ingest grows with what it adds, not with the size of the store. Everything it
changed — article moves, merged stories, the grouper state, labels and syndication families
of the stories touched (whose stored analyses are dropped as stale) — is written in one
transaction. A store without grouper state (written before schema version 2) is regrouped
once in full. :func:`rebuild_stories` regroups everything from scratch.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from datetime import date
from typing import TYPE_CHECKING

from newsprism.store.store import GroupingUpdate, Store

if TYPE_CHECKING:
    from newsprism.group.stories import StoryGrouper, StoryState
    from newsprism.model import Article, Family, ReadArticle


def update_stories(store: Store, new_ids: Sequence[str] = ()) -> set[str]:
    """Group the articles not yet in a story (``new_ids`` and any a crash left ungrouped);
    return the ids of the stories whose articles changed."""
    counters = store.grouping_counters()
    pending = store.unassigned_ids()
    if counters and not pending:
        return set()
    if not counters:  # a new store, or one grouped before grouper state was kept
        if store.count() == 0:
            return set()
        return rebuild_stories(store)
    from newsprism.group.stories import GrouperCounters, StoryGrouper  # heavy: import late

    grouper = StoryGrouper(
        backing=_StoreBacking(store),
        counters=GrouperCounters(
            n=counters.get("n", 0), idf_n=counters.get("idf_n", 0), seq=counters.get("seq", 0)
        ),
    )
    readings = store.iter_articles(by_date=True, ids=set(pending))
    return _group(store, grouper, readings, counters)


def rebuild_stories(store: Store) -> set[str]:
    """Regroup every stored article from scratch (replacing the stored grouper state); return
    the ids of the stories whose articles changed."""
    from newsprism.group.stories import StoryGrouper

    grouper = StoryGrouper(track_changes=True)
    return _group(store, grouper, store.iter_articles(by_date=True), None)


def _group(
    store: Store,
    grouper: StoryGrouper,
    readings: Iterable[ReadArticle],
    based_on: dict[str, int] | None,
) -> set[str]:
    """Add ``readings``, merge-check, write; ``based_on`` None means a full regroup."""
    reset = based_on is None
    added = [(reading.id, grouper.add(reading)) for reading in readings]
    grouper.merge_check()
    changed = grouper.changed_states()
    merges = grouper.merges()
    moves = [(article_id, grouper.story_of(article_id)) for article_id, _ in added]
    live = {state.id for state, _ in changed}
    members: dict[str, list[str]] = {story_id: [] for story_id in live}
    moved = {article_id for article_id, _ in moves}
    if not reset:  # articles stored in the changed stories, and in those merged into them
        for story_id in sorted(live | set(merges)):
            target = merges.get(story_id, story_id)
            for article_id in store.story_article_ids(story_id):
                if article_id not in moved and target in members:
                    members[target].append(article_id)
    for article_id, story_id in moves:
        members[story_id].append(article_id)
    before = store.story_assignments() if reset else {}
    touched = {
        story_id
        for story_id in live
        if not reset or any(before.get(a) != story_id for a in members[story_id])
    }
    touched |= {s for s in before.values() if s is not None and s not in live}
    counters = grouper.counters()
    store.commit_grouping(
        GroupingUpdate(
            moves=moves,
            merges=merges,
            states=[(state.id, state.seq, encode_state(state)) for state, _ in changed],
            postings=grouper.new_postings(),
            df_delta=grouper.df_delta(),
            counters={"n": counters.n, "idf_n": counters.idf_n, "seq": counters.seq},
            labels={info.id: info.label for _, info in changed},
            families={
                story_id: _families(store, members[story_id]) for story_id in sorted(touched & live)
            },
            reset=reset,
            based_on=based_on,
        )
    )
    return touched & live


def _families(store: Store, article_ids: Sequence[str]) -> tuple[Family, ...]:
    if len(article_ids) < 2:
        return ()
    from newsprism.group import find_families

    articles: list[Article] = [a for aid in article_ids if (a := store.article(aid)) is not None]
    return find_families(articles)


# --- grouper state as stored JSON --------------------------------------------------------------


def encode_state(state: StoryState) -> str:
    """The JSON the store keeps for a story's grouper state (all but its id and seq)."""
    return json.dumps(
        {
            "sums": state.sums,
            "indexed": list(state.indexed),
            "lead_days": [d.isoformat() for d in state.lead_days],
            "first": state.first.isoformat() if state.first else None,
            "last": state.last.isoformat() if state.last else None,
            "norm": [state.norm, state.norm_idf, state.mass, state.norm_at],
            "size": state.size,
            "checked": state.checked,
        },
        ensure_ascii=False,
        separators=(",", ":"),
    )


def decode_state(story_id: str, seq: int, text: str) -> StoryState:
    """The inverse of :func:`encode_state`."""
    from newsprism.group.stories import StoryState

    data = json.loads(text)
    norm, norm_idf, mass, norm_at = data["norm"]
    return StoryState(
        id=story_id,
        seq=seq,
        sums={str(k): float(v) for k, v in data["sums"].items()},
        indexed=tuple(data["indexed"]),
        lead_days=tuple(date.fromisoformat(d) for d in data["lead_days"]),
        first=date.fromisoformat(data["first"]) if data["first"] else None,
        last=date.fromisoformat(data["last"]) if data["last"] else None,
        norm=float(norm),
        norm_idf=float(norm_idf),
        mass=float(mass),
        norm_at=int(norm_at),
        size=int(data["size"]),
        checked=int(data["checked"]),
    )


class _StoreBacking:
    """The grouper's view of the stored state (:class:`newsprism.group.stories.StoryBacking`)."""

    def __init__(self, store: Store) -> None:
        self._store = store

    def postings(self, term: str, limit: int) -> list[str]:
        return self._store.posting_stories(term, limit)

    def story(self, story_id: str) -> StoryState | None:
        row = self._store.grouping_state(story_id)
        return decode_state(story_id, row[0], row[1]) if row is not None else None

    def document_frequencies(self, keys: Sequence[str]) -> dict[str, int]:
        return self._store.document_frequencies(keys)
