"""Migrations: applied in order, once, each with its version bump in one transaction; each
upgrades an older store file without losing its data."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest

from newsprism.read import READER_VERSION, read_article
from newsprism.store import Store
from newsprism.store.rows import ARTICLE_COLUMNS, article_values
from newsprism.store.schema import MIGRATIONS, SCHEMA_VERSION, migrate, user_version
from tests.store.conftest import build_reading


def _conn(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(path, isolation_level=None)


def test_new_database_gets_every_table(tmp_path: Path) -> None:
    conn = _conn(tmp_path / "s.db")
    assert migrate(conn) == SCHEMA_VERSION == len(MIGRATIONS)
    names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
    assert {"articles", "stories", "families", "articles_fts"} <= names
    assert {"group_stories", "group_postings", "group_df", "group_counters"} <= names
    assert migrate(conn) == SCHEMA_VERSION  # second run: nothing to do


def test_migrations_run_in_order_from_the_stored_version(tmp_path: Path) -> None:
    ran: list[int] = []

    def step(n: int) -> object:
        def apply(conn: sqlite3.Connection) -> None:
            ran.append(n)
            conn.execute(f"CREATE TABLE t{n} (x)")

        return apply

    conn = _conn(tmp_path / "s.db")
    migrate(conn, (step(1), step(2)))  # type: ignore[arg-type]
    assert ran == [1, 2]
    assert migrate(conn, (step(1), step(2), step(3))) == 3  # type: ignore[arg-type]
    assert ran == [1, 2, 3]
    assert user_version(conn) == 3


def test_a_failing_migration_leaves_the_previous_version(tmp_path: Path) -> None:
    def good(conn: sqlite3.Connection) -> None:
        conn.execute("CREATE TABLE a (x)")

    def bad(conn: sqlite3.Connection) -> None:
        conn.execute("CREATE TABLE b (x)")
        raise sqlite3.OperationalError("disk on fire")

    conn = _conn(tmp_path / "s.db")
    with pytest.raises(sqlite3.OperationalError):
        migrate(conn, (good, bad))
    assert user_version(conn) == 1
    names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
    assert "a" in names and "b" not in names


def test_a_newer_database_is_refused(tmp_path: Path) -> None:
    conn = _conn(tmp_path / "s.db")
    conn.execute("PRAGMA user_version = 99")
    with pytest.raises(ValueError, match="newer"):
        migrate(conn)


def test_version_3_upgrades_a_version_2_store_without_losing_data(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    conn = _conn(path)
    assert migrate(conn, MIGRATIONS[:2]) == 2  # a store written before reader versions
    columns, last = ARTICLE_COLUMNS.rsplit(", ", 1)
    assert last == "reader_version"
    readings = [build_reading(1), build_reading(2, published=date(2031, 5, 6), estimated=True)]
    for reading in readings:
        values = article_values(reading, "2031-06-01T00:00:00+00:00")[:-1]
        conn.execute(
            f"INSERT INTO articles ({columns}) VALUES ({', '.join('?' * len(values))})", values
        )
    conn.execute("UPDATE articles SET story_id = 's-lantern'")
    conn.execute(
        "INSERT INTO stories (id, label, size, outlets, analysis, conflict_count, updated_at) "
        "VALUES ('s-lantern', 'Lanterns', 2, '[]', '{}', 4, 'then')"
    )
    conn.execute("INSERT INTO families VALUES ('f1', 's-lantern', 'art-00001', '[\"art-00001\"]')")
    conn.execute("INSERT INTO group_counters VALUES ('n', 2)")
    conn.close()

    with Store.open(path) as store:
        assert user_version(store._conn) == SCHEMA_VERSION
        assert store.count() == 2
        assert store.stale_ids() == ["art-00001", "art-00002"]  # made by an unknown reader
        info = store.article_info("art-00002")
        assert info is not None and info.published == date(2031, 5, 6)  # kept until re-read
        assert store.article("art-00001") == readings[0].article  # raw bytes and all
        assert [s.id for s in store.stories(query="Quillmere lantern")] == ["s-lantern"]
        summary = store.story("s-lantern")
        assert summary is not None and summary.label == "Lanterns"
        assert summary.conflict_count is None  # from an analysis of stale readings
        assert store.families("s-lantern")[0].members == ("art-00001",)
        assert store.grouping_counters() == {"n": 2}

        assert store.reread().reread == 2
        assert store.stale_count() == 0
        assert store.get_article("art-00001") == read_article(readings[0].article)
        assert store.story_assignments() == {"art-00001": "s-lantern", "art-00002": "s-lantern"}
    conn = _conn(path)
    versions = {r[0] for r in conn.execute("SELECT reader_version FROM articles")}
    assert versions == {READER_VERSION}
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
