"""Migrations: applied in order, once, each with its version bump in one transaction."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from newsprism.store.schema import MIGRATIONS, SCHEMA_VERSION, migrate, user_version


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
