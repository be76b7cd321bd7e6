"""Grouping stored articles into stories: every article gets one, whatever the ingest runs, and
an ingest reads and writes only the stories its articles reach."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from newsprism.errors import StoreError
from newsprism.group.stories import group_articles
from newsprism.ingest import build_article
from newsprism.model import ReadArticle
from newsprism.read import read_article
from newsprism.store import Store, update_stories
from newsprism.store.store import GroupingUpdate

TEXTS = [
    ("valleytimes.example", date(2031, 5, 12), "Ferry crossings on Lake Orvane were halted "
     "after an engine fire near Tallis, harbour spokeswoman Mira Delacorte said."),
    ("lakepost.example", date(2031, 5, 12), "A ferry engine caught fire on Lake Orvane near "
     "Tallis; Mira Delacorte of the harbour authority said passengers were rescued."),
    ("tallisherald.example", date(2031, 5, 13), "Lake Orvane ferry crossings stay suspended "
     "after the engine fire near Tallis, Mira Delacorte said on Tuesday."),
    ("hillsentinel.example", date(2031, 8, 2), "The Carrow mountain observatory opened a new "
     "telescope dome, director Anselm Quaye told visitors at the summit."),
    ("peakdaily.example", date(2031, 8, 2), "Director Anselm Quaye unveiled the telescope dome "
     "at the Carrow mountain observatory summit."),
]  # fmt: skip


def readings() -> list[ReadArticle]:
    return [
        read_article(build_article(text.encode(), text, source=source, published=day))
        for source, day, text in TEXTS
    ]


def test_every_article_gets_a_story_and_stories_are_summarised(tmp_path: Path) -> None:
    with Store.open(tmp_path / "a.db") as store:
        result = store.add_articles(readings())
        touched = update_stories(store, result.added_ids)
        assignments = store.story_assignments()
        assert all(story is not None for story in assignments.values())
        assert touched == {s.id for s in store.stories()}
        assert sum(s.size for s in store.stories()) == len(TEXTS)
        assert all(s.label for s in store.stories())
        assert update_stories(store, []) == set()  # nothing new: nothing to do


def test_stories_do_not_depend_on_how_ingest_runs_were_split(tmp_path: Path) -> None:
    items = readings()
    with Store.open(tmp_path / "once.db") as once:
        update_stories(once, once.add_articles(items).added_ids)
        expected = once.story_assignments()
    with Store.open(tmp_path / "twice.db") as twice:
        update_stories(twice, twice.add_articles(items[3:]).added_ids)
        update_stories(twice, twice.add_articles(items[:3]).added_ids)
        assert twice.story_assignments() == expected


def test_articles_left_unassigned_by_a_crash_are_grouped_next_time(tmp_path: Path) -> None:
    with Store.open(tmp_path / "c.db") as store:
        store.add_articles(readings())  # killed before grouping
        assert len(store.unassigned_ids()) == len(TEXTS)
        update_stories(store, [])
        assert store.unassigned_ids() == []


def test_date_ordered_ingests_equal_grouping_everything_at_once(tmp_path: Path) -> None:
    items = sorted(readings(), key=lambda r: (r.published, r.id))
    with Store.open(tmp_path / "d.db") as store:
        for item in items:  # one ingest per article, in date order
            update_stories(store, store.add_articles([item]).added_ids)
        assert store.story_assignments() == group_articles(items)


def test_an_ingest_touches_only_the_stories_it_reaches(tmp_path: Path) -> None:
    items = readings()
    with Store.open(tmp_path / "t.db") as store:
        update_stories(store, store.add_articles(items[:4]).added_ids)
        observatory = store.story_assignments()[items[3].id]
        state = store.grouping_state(observatory or "")
        touched = update_stories(store, store.add_articles(items[4:]).added_ids)
        assert touched == {observatory}
        assert store.grouping_state(observatory or "") != state
        ferry = store.story_assignments()[items[0].id]
        assert ferry not in touched
        assert store.grouping_counters()["n"] == len(items)


def test_a_store_without_grouper_state_is_regrouped_in_full(tmp_path: Path) -> None:
    items = readings()
    with Store.open(tmp_path / "r.db") as store:
        update_stories(store, store.add_articles(items[:3]).added_ids)
        store._conn.execute("DELETE FROM group_counters")  # as written by schema version 1
        update_stories(store, store.add_articles(items[3:]).added_ids)
        assert store.story_assignments() == group_articles(items)
        assert store.grouping_counters()["n"] == len(items)


def test_a_failed_grouping_write_leaves_nothing_behind(tmp_path: Path) -> None:
    with Store.open(tmp_path / "f.db") as store:
        store.add_articles(readings())
        before = store.grouping_counters()
        bad = GroupingUpdate(moves=[("no-such-article", "story-x")], counters={"n": 99})
        with pytest.raises(StoreError, match="no-such-article"):
            store.commit_grouping(bad)
        assert store.grouping_counters() == before
        update_stories(store, [])
        assert store.unassigned_ids() == []


def test_grouping_based_on_stale_counters_is_refused(tmp_path: Path) -> None:
    with Store.open(tmp_path / "s.db") as store:
        update_stories(store, store.add_articles(readings()[:2]).added_ids)
        stale = GroupingUpdate(counters={"n": 99}, based_on={"n": 1})
        with pytest.raises(StoreError, match="another process"):
            store.commit_grouping(stale)
        assert store.grouping_counters()["n"] == 2


def test_postings_never_read_again_are_pruned(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from newsprism.group.stories import POSTINGS_READ
    from newsprism.store import store as store_module

    assert store_module.POSTINGS_KEPT >= POSTINGS_READ  # pruning never drops what is read
    monkeypatch.setattr(store_module, "POSTINGS_KEPT", 3)
    with Store.open(tmp_path / "p.db") as store:
        for n in range(5):
            store.commit_grouping(GroupingUpdate(postings=[("orvane", f"s{n}"), ("tallis", "s0")]))
        assert store.posting_stories("orvane", 10) == ["s2", "s3", "s4"]
        assert store.posting_stories("tallis", 10) == ["s0"] * 3
