"""Grouping stored articles into stories: every article gets one, whatever the ingest runs."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from newsprism.ingest import build_article
from newsprism.model import ReadArticle
from newsprism.read import read_article
from newsprism.store import Store, update_stories

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
