"""Group stored articles into stories: the one place where the store meets the grouping stage.

:func:`update_stories` is called after articles are added. It regroups the whole store with
:class:`~newsprism.group.StoryGrouper`, streaming readings in publication order (exactly the
order :func:`~newsprism.group.group_articles` uses), so the stories depend only on what is
stored, never on how it was split into ingest runs. Only what changed is written: articles that
moved, and for each story that gained or lost articles its label and syndication families (its
stored analysis is dropped as stale). Cost: one pass over the store per call, memory bounded by
the grouper's state, not by article texts.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from newsprism.store.store import Store

if TYPE_CHECKING:
    from newsprism.model import Article, Family


def update_stories(store: Store, new_ids: Sequence[str] = ()) -> set[str]:
    """Regroup the store after ``new_ids`` were added; return the ids of the stories whose
    articles changed. Nothing is done when ``new_ids`` is empty and every article has a story."""
    stored = store.story_assignments()
    if not new_ids and all(story is not None for story in stored.values()):
        return set()
    from newsprism.group import StoryGrouper  # imported late: the grouping stage is heavy

    grouper = StoryGrouper()
    for reading in store.iter_articles(by_date=True):
        grouper.add(reading)
    grouper.merge_check()
    infos = grouper.stories()
    wanted = {article_id: info.id for info in infos for article_id in info.article_ids}
    moves = [(aid, sid) for aid, sid in wanted.items() if stored.get(aid) != sid]
    touched = {sid for _, sid in moves} | {
        old for aid, _ in moves if (old := stored.get(aid)) is not None
    }
    store.set_stories(moves)
    labels = {summary.id: summary.label for summary in store.stories()}
    for info in infos:
        if info.id in touched:
            articles = [a for aid in info.article_ids if (a := store.article(aid)) is not None]
            store.save_story(info.id, label=info.label, families=_families(articles))
        elif labels.get(info.id) != info.label:
            store.save_story(info.id, label=info.label)
    return touched & {info.id for info in infos}


def _families(articles: Sequence[Article]) -> tuple[Family, ...]:
    from newsprism.group import find_families

    return find_families(articles) if len(articles) > 1 else ()
