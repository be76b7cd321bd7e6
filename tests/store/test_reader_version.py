"""Readings carry the reader version that made them; stale ones are never served as they are.

Older readings are simulated by writing another version number into ``reader_version``. The
fixture readings are built by hand, so they differ from what the reader makes of their text:
re-reading them visibly changes them (the tests check against ``read_article``).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from newsprism.errors import ReadError, StoreError
from newsprism.model import Family, ReadArticle, StoryAnalysis
from newsprism.read import READER_VERSION, read_article
from newsprism.store import RereadResult, Store
from tests.store.conftest import MakeReading


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store.open(tmp_path / "news.db") as opened:
        yield opened


def _versions(store: Store) -> dict[str, int | None]:
    conn = sqlite3.connect(store.path)
    try:
        return dict(conn.execute("SELECT id, reader_version FROM articles ORDER BY seq"))
    finally:
        conn.close()


def _age(store: Store, *ids: str, version: int | None = READER_VERSION - 1) -> None:
    """Mark the readings of ``ids`` as made by reader ``version`` (an older one by default)."""
    conn = sqlite3.connect(store.path)
    marks = ", ".join("?" * len(ids))
    with conn:
        conn.execute(
            f"UPDATE articles SET reader_version = ? WHERE id IN ({marks})", (version, *ids)
        )
    conn.close()


def _two_stories(store: Store, make_reading: MakeReading) -> None:
    """s-lantern: art-00001, art-00002 (hand-built readings); s-vote: art-00003, stored as the
    reader reads it. Every story has a label, a family and an analysis."""
    vote = make_reading(
        3,
        source="valleyherald.example",
        published=date(2031, 4, 1),
        text="Voters in Dunmarrow chose a new harbour master. Turnout was low.",
    )
    store.add_articles(
        [
            make_reading(1, published=date(2031, 3, 2)),
            make_reading(2, source="valleyherald.example", published=date(2031, 3, 4)),
            read_article(vote.article),
        ]
    )
    store.set_stories([("art-00001", "s-lantern"), ("art-00002", "s-lantern")])
    store.set_story("art-00003", "s-vote")
    for story_id in ("s-lantern", "s-vote"):
        story = store.load_story(story_id)
        assert story is not None
        family = Family(f"f-{story_id}", story.articles[0].id, (story.articles[0].id,))
        store.save_story(
            story_id, label=story_id.upper(), families=[family], analysis=StoryAnalysis(story)
        )


def test_a_fresh_store_records_the_reader_version_and_has_nothing_stale(
    store: Store, make_reading: MakeReading
) -> None:
    store.add_articles([make_reading(n) for n in range(3)])
    assert _versions(store) == {f"art-{n:05d}": READER_VERSION for n in range(3)}
    assert store.stale_count() == 0
    assert store.stale_ids() == []
    assert store.get_article("art-00001") == make_reading(1)  # stored reading, as written
    assert store.reread() == RereadResult(reread=0, changed=0)


def test_readings_of_another_version_are_read_again_on_load_without_writing(
    store: Store, make_reading: MakeReading
) -> None:
    store.add_articles([make_reading(1), make_reading(2)])
    _age(store, "art-00001")
    _age(store, "art-00002", version=READER_VERSION + 1)  # a newer reader is "another" too
    assert store.stale_count() == 2
    assert store.stale_ids() == ["art-00001", "art-00002"]

    fresh = read_article(make_reading(1).article)
    assert fresh != make_reading(1)
    assert store.get_article("art-00001") == fresh
    both = [fresh, read_article(make_reading(2).article)]
    assert list(store.iter_articles()) == both
    assert list(store.iter_articles(by_date=True)) == both
    assert store.stale_count() == 2  # reads do not write


def test_a_null_version_written_before_versions_were_kept_is_stale(
    store: Store, make_reading: MakeReading
) -> None:
    store.add_articles([make_reading(1)])
    _age(store, "art-00001", version=None)
    assert store.stale_ids() == ["art-00001"]
    assert store.get_article("art-00001") == read_article(make_reading(1).article)


def test_reread_refreshes_stale_readings_and_keeps_everything_else(
    store: Store, make_reading: MakeReading
) -> None:
    _two_stories(store, make_reading)
    before = {row: store.article_info(row) for row in ("art-00001", "art-00002", "art-00003")}
    _age(store, "art-00001", "art-00002", "art-00003")

    # art-00003 was stored as the reader reads it: re-read, but not changed
    assert store.reread() == RereadResult(reread=3, changed=2, stories=("s-lantern",))
    assert store.stale_count() == 0
    assert set(_versions(store).values()) == {READER_VERSION}
    for article_id, info in before.items():
        assert store.article_info(article_id) == info  # ids, text, story, dates, hash
    stored = store.get_article("art-00001")
    assert stored == read_article(make_reading(1, published=date(2031, 3, 2)).article)
    assert stored is not None and stored.article.raw == make_reading(1).article.raw
    assert store.story_assignments() == {
        "art-00001": "s-lantern",
        "art-00002": "s-lantern",
        "art-00003": "s-vote",
    }
    # the changed story must be compared again; the one whose reading did not change keeps it
    lantern = store.load_story("s-lantern")
    vote = store.load_story("s-vote")
    assert lantern is not None and vote is not None
    assert store.analysis(lantern) is None
    assert store.analysis(vote) is not None
    assert (lantern.label, lantern.families[0].id) == ("S-LANTERN", "f-s-lantern")
    assert store.reread() == RereadResult(reread=0, changed=0)


def test_reread_of_given_ids_reads_them_even_when_current(
    store: Store, make_reading: MakeReading
) -> None:
    store.add_articles([make_reading(1), make_reading(2)])
    result = store.reread(["art-00002", "no-such-id", "art-00002"])
    assert result == RereadResult(reread=1, changed=1)
    assert store.get_article("art-00002") == read_article(make_reading(2).article)
    assert store.get_article("art-00001") == make_reading(1)


def test_reread_updates_an_estimated_date_and_its_story_dates(
    store: Store, make_reading: MakeReading
) -> None:
    # the hand-built reading claims a date estimated from the text; the reader finds none
    store.add_articles([make_reading(1, published=date(2031, 5, 6), estimated=True)])
    store.set_story("art-00001", "s-lantern")
    assert store.story("s-lantern").first_date == date(2031, 5, 6)  # type: ignore[union-attr]
    _age(store, "art-00001")
    assert store.reread().changed == 1
    info = store.article_info("art-00001")
    assert info is not None and info.published is None and not info.published_estimated
    summary = store.story("s-lantern")
    assert summary is not None and summary.first_date is None and summary.last_date is None


def test_load_story_stores_fresh_readings_of_its_articles_only(
    store: Store, make_reading: MakeReading
) -> None:
    _two_stories(store, make_reading)
    _age(store, "art-00001", "art-00002", "art-00003")
    assert store.story("s-lantern").conflict_count is None  # type: ignore[union-attr]
    assert store.story("s-vote").conflict_count is None  # type: ignore[union-attr]

    story = store.load_story("s-lantern")
    assert story is not None
    assert list(story.articles) == [
        read_article(make_reading(1, published=date(2031, 3, 2)).article),
        read_article(
            make_reading(2, source="valleyherald.example", published=date(2031, 3, 4)).article
        ),
    ]
    assert store.stale_ids() == ["art-00003"]  # the other story is left for later
    assert store.analysis(story) is None  # its readings changed: compare again
    store.save_story("s-lantern", analysis=StoryAnalysis(story))
    assert store.analysis(story) == StoryAnalysis(story)
    assert store.story("s-lantern").conflict_count == 0  # type: ignore[union-attr]


def test_load_story_on_a_store_it_cannot_write_still_returns_fresh_readings(
    store: Store, make_reading: MakeReading, monkeypatch: pytest.MonkeyPatch
) -> None:
    _two_stories(store, make_reading)
    _age(store, "art-00001", "art-00002")

    def locked(*args: object) -> None:
        raise StoreError(f"cannot write to store {store.path}: database is locked")

    monkeypatch.setattr(store, "_write_readings", locked)
    story = store.load_story("s-lantern")
    assert story is not None
    assert story.articles[0] == read_article(make_reading(1, published=date(2031, 3, 2)).article)
    assert store.stale_count() == 2  # nothing stored
    assert store.analysis(story) is None  # the stored one was made from stale readings


def test_a_failed_reread_keeps_committed_batches_and_loses_nothing(
    store: Store, make_reading: MakeReading, monkeypatch: pytest.MonkeyPatch
) -> None:
    store.add_articles([make_reading(n) for n in range(1, 5)])
    _age(store, *(f"art-{n:05d}" for n in range(1, 5)))
    real = read_article

    def reader(article: object) -> ReadArticle:
        if getattr(article, "id", None) == "art-00003":
            raise ReadError("art-00003: reader crashed")
        return real(article)  # type: ignore[arg-type]

    monkeypatch.setattr("newsprism.read.read_article", reader)
    with pytest.raises(ReadError):
        store.reread(batch_size=2)
    assert store.stale_ids() == ["art-00003", "art-00004"]  # the first batch is stored
    assert store.get_article("art-00001") == real(make_reading(1).article)
    monkeypatch.undo()
    assert store.reread(batch_size=2) == RereadResult(reread=2, changed=2)
    assert store.stale_count() == 0
    assert store.count() == 4


def test_reread_reports_progress_per_batch(store: Store, make_reading: MakeReading) -> None:
    store.add_articles([make_reading(n) for n in range(5)])
    _age(store, *(f"art-{n:05d}" for n in range(5)))
    done: list[int] = []
    assert store.reread(batch_size=2, progress=done.append).reread == 5
    assert done == [2, 2, 1]
