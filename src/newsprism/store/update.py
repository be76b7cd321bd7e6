"""The one place where newly stored articles are grouped into stories (integration point).

:func:`update_stories` is called by ``newsprism ingest`` after each run with the ids of the
articles it added. It must assign each to a story (``Store.set_stories``) and record the touched
stories (``Store.save_story``: label, families). Until the grouping stage is wired in here, it
leaves articles unassigned (``story_id`` NULL) and touches nothing.
"""

from __future__ import annotations

from collections.abc import Sequence

from newsprism.store.store import Store


def update_stories(store: Store, new_ids: Sequence[str]) -> set[str]:
    """Group the articles ``new_ids`` (already stored) into stories; return the story ids
    touched. LEAD: wire ``newsprism.group`` here (load earlier articles with
    ``store.iter_articles(since=...)`` to seed the grouper, then ``store.set_stories`` and
    ``store.save_story(story_id, label=..., families=...)`` for each touched story)."""
    del store, new_ids  # no grouping stage yet: articles stay in no story
    return set()
