"""The SQLite store: round trips, de-duplication, batches, stories, search and errors."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from newsprism.errors import StoreError
from newsprism.model import Conflict, Family, ReadArticle, Span, StoryAnalysis, Variant
from newsprism.store import SCHEMA_VERSION, Store, default_db_path
from newsprism.store.store import fts_query
from tests.store.conftest import MakeReading


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store.open(tmp_path / "news.db") as opened:
        yield opened


def test_open_creates_a_wal_database_at_the_current_version(tmp_path: Path) -> None:
    path = tmp_path / "deep" / "dir" / "news.db"
    with Store.open(path) as store:
        assert store.path == path
        assert store.count() == 0
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    conn.close()


def test_default_path_is_in_the_user_data_dir() -> None:
    path = default_db_path()
    assert path.name == "newsprism.db"
    assert path.parent.name == "newsprism"


def test_article_round_trip_keeps_raw_reading_and_dates(
    store: Store, make_reading: MakeReading
) -> None:
    reading = make_reading(1)
    result = store.add_articles([reading])
    assert (result.added, result.skipped, result.added_ids) == (1, 0, ("art-00001",))
    back = store.get_article("art-00001")
    assert back == reading
    assert back is not None and back.article.raw == reading.article.raw
    assert store.get_article("no-such-id") is None


def test_estimated_date_is_stored_but_not_put_back_into_the_article(
    store: Store, make_reading: MakeReading
) -> None:
    reading = make_reading(2, published=date(2031, 5, 6), estimated=True)
    store.add_articles([reading])
    back = store.get_article(reading.id)
    assert back is not None
    assert back.article.published is None
    assert (back.published, back.published_estimated) == (date(2031, 5, 6), True)
    info = store.article_info(reading.id)
    assert info is not None and info.published == date(2031, 5, 6) and info.published_estimated


def test_re_adding_the_same_content_is_a_no_op(store: Store, make_reading: MakeReading) -> None:
    store.add_articles([make_reading(1), make_reading(2)])
    again = store.add_articles([make_reading(2), make_reading(3), make_reading(1)])
    assert (again.added, again.skipped, again.added_ids) == (1, 2, ("art-00003",))
    assert store.count() == 3
    assert store.has_content(make_reading(3).article.content_hash)


def test_same_id_with_other_content_is_skipped(store: Store, make_reading: MakeReading) -> None:
    store.add_articles([make_reading(1)])
    other = make_reading(1, text="A different account of the regatta at Pellbrook. It rained.")
    result = store.add_articles([other])
    assert (result.added, result.skipped) == (0, 1)
    back = store.get_article("art-00001")
    assert back is not None and "Quillmere" in back.article.text


def test_a_failure_midway_keeps_committed_batches_whole(
    store: Store, make_reading: MakeReading
) -> None:
    def readings() -> Iterator[ReadArticle]:
        for n in range(25):
            if n == 17:
                raise RuntimeError("reader crashed")
            yield make_reading(n)

    with pytest.raises(RuntimeError):
        store.add_articles(readings(), batch_size=5)
    assert store.count() == 15  # three whole batches; the fourth was never written
    assert [r.id for r in store.iter_articles()] == [f"art-{n:05d}" for n in range(15)]
    result = store.add_articles((make_reading(n) for n in range(25)), batch_size=5)
    assert (result.added, result.skipped) == (10, 15)


def test_iter_articles_in_ingest_order_and_since(store: Store, make_reading: MakeReading) -> None:
    store.add_articles(
        [
            make_reading(3, published=date(2031, 3, 9)),
            make_reading(1, published=date(2031, 3, 1)),
            make_reading(2, published=None),
        ],
        batch_size=2,
    )
    assert [r.id for r in store.iter_articles()] == ["art-00003", "art-00001", "art-00002"]
    assert [r.id for r in store.iter_articles(since=date(2031, 3, 5))] == ["art-00003"]
    assert [i.id for i in store.iter_info()] == ["art-00003", "art-00001", "art-00002"]


def _grouped(store: Store, make_reading: MakeReading) -> None:
    store.add_articles(
        [
            make_reading(1, source="harbourgazette.example", published=date(2031, 3, 2)),
            make_reading(2, source="valleyherald.example", published=date(2031, 3, 4)),
            make_reading(
                3,
                source="valleyherald.example",
                published=date(2031, 4, 1),
                text="Voters in Dunmarrow chose a new harbour master. Turnout was low.",
                title="Dunmarrow harbour vote",
            ),
        ]
    )
    store.set_stories([("art-00001", "s-lantern"), ("art-00002", "s-lantern")])
    store.set_story("art-00003", "s-vote")


def test_stories_are_summarised_from_their_articles(
    store: Store, make_reading: MakeReading
) -> None:
    _grouped(store, make_reading)
    stories = store.stories()
    assert [s.id for s in stories] == ["s-vote", "s-lantern"]  # latest first
    lantern = stories[1]
    assert lantern.size == 2
    assert lantern.outlets == ("harbourgazette.example", "valleyherald.example")
    assert (lantern.first_date, lantern.last_date) == (date(2031, 3, 2), date(2031, 3, 4))
    assert lantern.conflict_count is None
    assert [r.id for r in store.story_articles("s-lantern")] == ["art-00001", "art-00002"]
    assert store.unassigned_ids() == []


def test_stories_filter_by_since_and_query(store: Store, make_reading: MakeReading) -> None:
    _grouped(store, make_reading)
    assert [s.id for s in store.stories(since=date(2031, 3, 10))] == ["s-vote"]
    assert [s.id for s in store.stories(query="lantern Quillmere")] == ["s-lantern"]
    assert [s.id for s in store.stories(query="dunmarrow")] == ["s-vote"]  # title or text
    assert store.stories(query="lantern dunmarrow") == []  # every word must match
    assert store.stories(query='"') == []
    assert [s.id for s in store.stories(query='harbour" -')] == ["s-vote"]  # not FTS syntax


def test_fts_query_quotes_every_word() -> None:
    assert fts_query('lantern AND "river') == '"lantern" "AND" "river"'
    assert fts_query("  ") is None


def test_moving_an_article_refreshes_both_stories_and_deletes_empty_ones(
    store: Store, make_reading: MakeReading
) -> None:
    _grouped(store, make_reading)
    store.set_story("art-00003", "s-lantern")
    assert [s.id for s in store.stories()] == ["s-lantern"]
    assert store.story("s-lantern") is not None
    assert store.story("s-vote") is None
    store.set_story("art-00003", None)
    assert store.unassigned_ids() == ["art-00003"]
    with pytest.raises(StoreError, match="no article nope"):
        store.set_story("nope", "s-lantern")


def test_save_story_keeps_label_families_and_analysis_until_membership_changes(
    store: Store, make_reading: MakeReading
) -> None:
    _grouped(store, make_reading)
    family = Family("f1", "art-00001", ("art-00001", "art-00002"))
    story = store.load_story("s-lantern")
    assert story is not None
    first = story.articles[0]
    evidence = Span(first.id, 0, 15, first.article.text[:15])
    conflict = Conflict(
        id="c1",
        kind="figure",
        subject="visitors",
        explanation="counts differ",
        variants=(Variant("1", (first.id,), (evidence,)),),
    )
    analysis = StoryAnalysis(story=story, conflicts=(conflict,))
    store.save_story("s-lantern", label="Lantern festival", families=[family], analysis=analysis)

    summary = store.story("s-lantern")
    assert summary is not None
    assert (summary.label, summary.conflict_count) == ("Lantern festival", 1)
    loaded = store.load_story("s-lantern")
    assert loaded is not None and loaded.label == "Lantern festival"
    assert loaded.families == (family,)
    assert store.analysis(loaded) == analysis

    store.save_story("s-lantern")  # nothing given: all kept
    assert store.analysis(loaded) == analysis

    store.set_story("art-00003", "s-lantern")  # membership changed: analysis is stale
    refreshed = store.load_story("s-lantern")
    assert refreshed is not None and len(refreshed.articles) == 3
    assert store.analysis(refreshed) is None
    assert store.story("s-lantern").conflict_count is None  # type: ignore[union-attr]
    assert refreshed.label == "Lantern festival"

    with pytest.raises(StoreError, match="no article in story s-none"):
        store.save_story("s-none", label="x")


def test_opening_a_file_that_is_not_a_database_names_it_and_the_fix(tmp_path: Path) -> None:
    bogus = tmp_path / "notes.db"
    bogus.write_bytes(b"these are my shopping notes, not a database" * 100)
    with pytest.raises(StoreError, match=r"notes\.db.*--db"):
        Store.open(bogus)


def test_a_newer_schema_is_refused_with_the_fix(tmp_path: Path) -> None:
    path = tmp_path / "future.db"
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    with pytest.raises(StoreError, match=r"future\.db.*upgrade newsprism"):
        Store.open(path)


def test_unwritable_location_is_a_store_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(StoreError, match="--db"):
        Store.open(blocker / "news.db")


def test_reopening_keeps_everything(tmp_path: Path, make_reading: MakeReading) -> None:
    path = tmp_path / "news.db"
    with Store.open(path) as store:
        store.add_articles([make_reading(n) for n in range(3)])
    with Store.open(path) as store:
        assert store.count() == 3
        assert store.get_article("art-00002") == make_reading(2)


@pytest.mark.seeds
def test_real_readings_and_their_analysis_round_trip(seeds_dir: Path, tmp_path: Path) -> None:
    from newsprism.compare import compare_story
    from newsprism.ingest import iter_inputs
    from newsprism.model import Article
    from newsprism.read import read_article

    readings = [
        read_article(item) for item in iter_inputs([str(seeds_dir)]) if isinstance(item, Article)
    ]
    assert len(readings) == 4
    with Store.open(tmp_path / "seeds.db") as store:
        assert store.add_articles(readings).added == 4
        assert [store.get_article(r.id) for r in readings] == readings
        store.set_stories((r.id, "s-seeds") for r in readings)
        story = store.load_story("s-seeds")
        assert story is not None
        analysis = compare_story(story)
        store.save_story("s-seeds", analysis=analysis)
        assert store.analysis(story) == analysis
        summary = store.story("s-seeds")
        assert summary is not None and summary.conflict_count == len(analysis.conflicts)


def test_an_analysis_made_by_another_comparison_version_is_not_served(
    store: Store, make_reading: MakeReading, monkeypatch: pytest.MonkeyPatch
) -> None:
    from newsprism.store import rows

    _grouped(store, make_reading)
    story = store.load_story("s-lantern")
    assert story is not None
    analysis = StoryAnalysis(story=story)
    store.save_story("s-lantern", analysis=analysis)
    assert store.analysis(story) == analysis
    monkeypatch.setattr(rows, "COMPARE_VERSION", rows.COMPARE_VERSION + 1)  # an upgrade
    assert store.analysis(story) is None
