"""The store's schema as an ordered list of migrations, tracked by ``PRAGMA user_version``.

Migration *n* (1-based) takes a database at version ``n - 1`` to version ``n``. Each runs in its
own transaction together with the version bump, so a crash leaves the database at a whole version.
Never edit a released migration: append a new one.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

Migration = Callable[[sqlite3.Connection], None]


def _v1_initial(conn: sqlite3.Connection) -> None:
    """Articles (with FTS5 over title and text), stories and syndication families."""
    conn.execute(
        """
        CREATE TABLE articles (
            seq INTEGER PRIMARY KEY,            -- ingest order; the FTS rowid
            id TEXT NOT NULL UNIQUE,
            content_hash TEXT NOT NULL UNIQUE,
            source TEXT NOT NULL,
            url TEXT,
            path TEXT,
            title TEXT,
            published TEXT,                     -- ISO date, as given or estimated
            published_estimated INTEGER NOT NULL DEFAULT 0,
            language TEXT NOT NULL DEFAULT 'en',
            raw BLOB NOT NULL,
            text TEXT NOT NULL,
            segments TEXT NOT NULL DEFAULT '[]',  -- JSON [[start, end, role], ...]
            wire TEXT NOT NULL DEFAULT '[]',      -- JSON [agency, ...]
            reading TEXT,                         -- JSON of the ReadArticle, or NULL
            story_id TEXT,
            ingested_at TEXT NOT NULL
        )
        """
    )
    conn.execute("CREATE INDEX articles_story ON articles(story_id)")
    conn.execute("CREATE INDEX articles_published ON articles(published)")
    conn.execute(
        """
        CREATE VIRTUAL TABLE articles_fts USING fts5(
            title, text, content='articles', content_rowid='seq'
        )
        """
    )
    conn.execute(
        """
        CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
            INSERT INTO articles_fts(rowid, title, text)
            VALUES (new.seq, coalesce(new.title, ''), new.text);
        END
        """
    )
    conn.execute(
        """
        CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
            INSERT INTO articles_fts(articles_fts, rowid, title, text)
            VALUES ('delete', old.seq, coalesce(old.title, ''), old.text);
        END
        """
    )
    conn.execute(
        """
        CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, text ON articles BEGIN
            INSERT INTO articles_fts(articles_fts, rowid, title, text)
            VALUES ('delete', old.seq, coalesce(old.title, ''), old.text);
            INSERT INTO articles_fts(rowid, title, text)
            VALUES (new.seq, coalesce(new.title, ''), new.text);
        END
        """
    )
    conn.execute(
        """
        CREATE TABLE stories (
            id TEXT PRIMARY KEY,
            label TEXT NOT NULL DEFAULT '',
            first_date TEXT,
            last_date TEXT,
            size INTEGER NOT NULL DEFAULT 0,
            outlets TEXT NOT NULL DEFAULT '[]',   -- JSON [source, ...], sorted
            analysis TEXT,                        -- JSON of the StoryAnalysis, or NULL (stale)
            conflict_count INTEGER,               -- NULL until analysed
            updated_at TEXT NOT NULL
        )
        """
    )
    conn.execute("CREATE INDEX stories_last_date ON stories(last_date)")
    conn.execute(
        """
        CREATE TABLE families (
            id TEXT PRIMARY KEY,
            story_id TEXT NOT NULL,
            origin TEXT NOT NULL,                 -- article id
            members TEXT NOT NULL                 -- JSON [article id, ...]
        )
        """
    )
    conn.execute("CREATE INDEX families_story ON families(story_id)")


def _v2_grouping_state(conn: sqlite3.Connection) -> None:
    """What the story grouper keeps between ingests, so an ingest reads only the stories its
    articles reach: per-story state, the postings index, document frequencies and counters."""
    conn.execute(
        """
        CREATE TABLE group_stories (
            id TEXT PRIMARY KEY,                  -- the story id
            seq INTEGER NOT NULL,                 -- creation order
            state TEXT NOT NULL                   -- JSON: centroid sums, indexed terms, days, norm
        )
        """
    )
    conn.execute(
        """
        CREATE TABLE group_postings (
            pos INTEGER PRIMARY KEY,              -- append order
            term TEXT NOT NULL,
            story_id TEXT NOT NULL
        )
        """
    )
    conn.execute("CREATE INDEX group_postings_term ON group_postings(term, pos)")
    conn.execute("CREATE INDEX group_postings_story ON group_postings(story_id)")
    conn.execute(
        "CREATE TABLE group_df (feature TEXT PRIMARY KEY, df INTEGER NOT NULL) WITHOUT ROWID"
    )
    conn.execute(
        "CREATE TABLE group_counters (name TEXT PRIMARY KEY, value INTEGER NOT NULL) WITHOUT ROWID"
    )


def _v3_reader_version(conn: sqlite3.Connection) -> None:
    """The version of the reader that made each stored reading. Readings stored before this
    migration get NULL (made by an unknown reader), so they are re-read like stale ones."""
    conn.execute("ALTER TABLE articles ADD COLUMN reader_version INTEGER")
    conn.execute("CREATE INDEX articles_reader_version ON articles(reader_version)")


MIGRATIONS: tuple[Migration, ...] = (_v1_initial, _v2_grouping_state, _v3_reader_version)
"""Every migration, in order; ``len(MIGRATIONS)`` is the current schema version."""

SCHEMA_VERSION = len(MIGRATIONS)


def user_version(conn: sqlite3.Connection) -> int:
    """The schema version recorded in the database file (0 for a new file)."""
    row = conn.execute("PRAGMA user_version").fetchone()
    return int(row[0])


def migrate(conn: sqlite3.Connection, migrations: tuple[Migration, ...] = MIGRATIONS) -> int:
    """Apply the migrations the database lacks, each in its own transaction; return the version.

    ``conn`` must be in autocommit mode (``isolation_level=None``). Raises ``ValueError`` when the
    database is newer than this code.
    """
    current = user_version(conn)
    if current > len(migrations):
        raise ValueError(
            f"database schema version {current} is newer than this newsprism "
            f"(knows up to {len(migrations)})"
        )
    if current == len(migrations):
        return current  # up to date: no write lock taken (read-only files open too)
    while True:
        conn.execute("BEGIN IMMEDIATE")  # re-read under the write lock: another process may race
        try:
            version = user_version(conn)
            if version >= len(migrations):
                conn.execute("COMMIT")
                return version
            migrations[version](conn)
            conn.execute(f"PRAGMA user_version = {version + 1:d}")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")
