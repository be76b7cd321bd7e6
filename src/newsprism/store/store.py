"""The SQLite store: one WAL-mode file holding articles, their readings, stories and families.

Writes are transactional: articles go in batches, one transaction per batch, so a crash keeps
every committed batch whole and loses at most the batch in flight; re-ingesting skips what is
already stored (articles are unique by content hash). Each reading is stored with the version of
the reader that made it; one made by another version is never returned as is (see
:meth:`Store.reread`). See docs/STORE.md.
"""

from __future__ import annotations

import contextlib
import json
import re
import sqlite3
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from types import TracebackType

import platformdirs

from newsprism.errors import StoreError
from newsprism.model import Article, Family, ReadArticle, Story, StoryAnalysis
from newsprism.read.version import READER_VERSION
from newsprism.store.rows import (
    ARTICLE_COLUMNS,
    READING_COLUMNS,
    article_values,
    decode_analysis,
    encode_analysis,
    parse_day,
    read_again,
    reading_values,
    row_article,
    row_reading,
)
from newsprism.store.schema import migrate

#: Postings kept per grouping term; the grouper reads the latest
#: :data:`newsprism.group.stories.POSTINGS_READ` (32), so older ones are never read again.
POSTINGS_KEPT = 64

BATCH_SIZE = 200
_WORD = re.compile(r"\w+", re.UNICODE)
_INSERT = (
    f"INSERT OR IGNORE INTO articles ({ARTICLE_COLUMNS}) "
    f"VALUES ({', '.join('?' * len(ARTICLE_COLUMNS.split(',')))})"
)
_UPDATE_READING = (
    f"UPDATE articles SET {', '.join(f'{column} = ?' for column in READING_COLUMNS)} WHERE id = ?"
)
_STALE = "reader_version IS NOT ?"  # NULL (stored before versions were kept) is stale too
_SUMMARY = (
    "SELECT *, EXISTS (SELECT 1 FROM articles a WHERE a.story_id = stories.id "
    f"AND a.{_STALE}) AS stale FROM stories"
)


def default_db_path() -> Path:
    """``<user data dir>/newsprism/newsprism.db`` (e.g. ``~/.local/share/newsprism/...``)."""
    return Path(platformdirs.user_data_dir("newsprism")) / "newsprism.db"


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def fts_query(text: str) -> str | None:
    """A safe FTS5 query matching every word of ``text`` (None when it has no words)."""
    words = _WORD.findall(text)
    return " ".join(f'"{word}"' for word in words) or None


@dataclass(frozen=True, slots=True)
class AddResult:
    """What :meth:`Store.add_articles` did: ``added`` new articles (their ids in input order)
    and ``skipped`` ones already stored (same content hash or same id)."""

    added: int
    skipped: int
    added_ids: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class RereadResult:
    """What :meth:`Store.reread` did: ``reread`` articles read again, ``changed`` of them whose
    reading (or estimated date) differs from the stored one, and ``stories``: the ids of the
    stories holding those, whose stored analyses were dropped (sorted)."""

    reread: int
    changed: int
    stories: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class StorySummary:
    """One row of the ``stories`` table. ``conflict_count`` is None until the story is analysed
    (and again after its articles change, and while one of its articles has a reading made by
    another reader version)."""

    id: str
    label: str
    first_date: date | None
    last_date: date | None
    size: int
    outlets: tuple[str, ...]
    conflict_count: int | None
    updated_at: str


@dataclass(frozen=True, slots=True)
class ArticleInfo:
    """An article's stored metadata and text, without decoding its reading (for listings)."""

    id: str
    source: str
    url: str | None
    path: str | None
    title: str | None
    published: date | None
    published_estimated: bool
    story_id: str | None
    content_hash: str
    ingested_at: str
    text: str


@dataclass(frozen=True, slots=True)
class GroupingUpdate:
    """What one grouping run changed, written by :meth:`Store.commit_grouping` in one
    transaction: article moves, merged stories (dropped id → the story it joined), the grouper's
    state of every changed story (id, sequence number, JSON), new postings (term, story id),
    document-frequency increments, the grouper's counters, and labels and syndication families
    of the changed stories. ``reset`` first wipes the stored grouper state (a full regroup).
    ``based_on``: the counters the run started from; if the stored ones differ (another process
    grouped meanwhile) nothing is written and :class:`StoreError` is raised."""

    moves: Sequence[tuple[str, str]] = ()
    merges: Mapping[str, str] = field(default_factory=dict)
    states: Sequence[tuple[str, int, str]] = ()
    postings: Sequence[tuple[str, str]] = ()
    df_delta: Mapping[str, int] = field(default_factory=dict)
    counters: Mapping[str, int] = field(default_factory=dict)
    labels: Mapping[str, str] = field(default_factory=dict)
    families: Mapping[str, Sequence[Family]] = field(default_factory=dict)
    reset: bool = False
    based_on: Mapping[str, int] | None = None


class Store:
    """A newsprism store. Open with :meth:`Store.open`, preferably as a context manager."""

    def __init__(self, conn: sqlite3.Connection, path: Path) -> None:
        self._conn = conn
        self.path = path

    # --- opening and closing -------------------------------------------------------------

    @classmethod
    def open(cls, path: str | Path | None = None) -> Store:
        """Open (creating and migrating when needed) the store at ``path`` (default:
        :func:`default_db_path`). Raises :class:`StoreError` naming the file and the fix."""
        db = Path(path) if path is not None else default_db_path()
        try:
            db.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(
                f"cannot create the folder for store {db}: {exc.strerror or exc}; "
                "pass --db with a writable path"
            ) from exc
        try:
            conn = sqlite3.connect(db, timeout=30.0, isolation_level=None)
        except sqlite3.Error as exc:
            raise StoreError(
                f"cannot open store {db}: {exc}; pass --db with a writable path"
            ) from exc
        try:
            conn.row_factory = sqlite3.Row
            mode = conn.execute("PRAGMA journal_mode=WAL").fetchone()[0]
            if str(mode).lower() != "wal":
                raise StoreError(
                    f"store {db} cannot use write-ahead logging (journal mode {mode}); "
                    "put it on a local disk"
                )
            conn.execute("PRAGMA synchronous=NORMAL")
            conn.execute("PRAGMA busy_timeout=30000")
            migrate(conn)
        except sqlite3.DatabaseError as exc:
            conn.close()
            raise StoreError(
                f"cannot open store {db}: {exc}; is it a newsprism store? "
                "Pass --db with another file, or move this one away"
            ) from exc
        except ValueError as exc:
            conn.close()
            raise StoreError(f"cannot open store {db}: {exc}; upgrade newsprism") from exc
        except StoreError:
            conn.close()
            raise
        return cls(conn, db)

    def close(self) -> None:
        self._conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def _write_error(self, exc: sqlite3.Error) -> StoreError:
        return StoreError(
            f"cannot write to store {self.path}: {exc}; check the disk and that no other "
            "program holds it locked, then run the command again"
        )

    @contextmanager
    def _transaction(self) -> Iterator[None]:
        """One write transaction: committed whole or rolled back whole; an SQLite error
        becomes a :class:`StoreError` naming the store."""
        try:
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                yield
            except BaseException:
                self._conn.execute("ROLLBACK")
                raise
            self._conn.execute("COMMIT")
        except sqlite3.Error as exc:
            raise self._write_error(exc) from exc

    # --- articles ------------------------------------------------------------------------

    def has_content(self, content_hash: str) -> bool:
        """Whether an article with this content hash is stored."""
        row = self._conn.execute(
            "SELECT 1 FROM articles WHERE content_hash = ?", (content_hash,)
        ).fetchone()
        return row is not None

    def count(self) -> int:
        """The number of stored articles."""
        return int(self._conn.execute("SELECT count(*) FROM articles").fetchone()[0])

    def add_articles(
        self, readings: Iterable[ReadArticle], *, batch_size: int = BATCH_SIZE
    ) -> AddResult:
        """Store new readings, one transaction per ``batch_size``; skip stored ones.

        Consumes ``readings`` lazily, so memory holds one batch at a time. An article is stored
        whole or not at all; after a crash, the batches committed before it are intact.
        """
        added: list[str] = []
        skipped = 0
        batch: list[ReadArticle] = []
        for reading in readings:
            batch.append(reading)
            if len(batch) >= batch_size:
                skipped += self._write_batch(batch, added)
                batch = []
        if batch:
            skipped += self._write_batch(batch, added)
        return AddResult(added=len(added), skipped=skipped, added_ids=tuple(added))

    def _write_batch(self, batch: list[ReadArticle], added: list[str]) -> int:
        now = _now()
        rows = [article_values(reading, now) for reading in batch]
        new: list[str] = []
        with self._transaction():
            for reading, values in zip(batch, rows, strict=True):
                if self._conn.execute(_INSERT, values).rowcount == 1:
                    new.append(reading.id)
        added.extend(new)
        return len(batch) - len(new)

    def get_article(self, article_id: str) -> ReadArticle | None:
        """The stored reading of one article, or None when no such article is stored. A reading
        made by another reader version is read again (in memory; :meth:`reread` stores it)."""
        row = self._conn.execute(
            f"SELECT {ARTICLE_COLUMNS} FROM articles WHERE id = ?", (article_id,)
        ).fetchone()
        return row_reading(row) if row is not None else None

    def iter_articles(
        self,
        since: date | None = None,
        *,
        by_date: bool = False,
        ids: Collection[str] | None = None,
    ) -> Iterator[ReadArticle]:
        """Every stored reading (only those published on or after ``since``, and only ``ids``
        when given), in ingest order, or with ``by_date`` by publication date: dated ones
        first, estimated or undated last, ties by id (the order
        :func:`newsprism.group.group_articles` streams in). Readings made by another reader
        version are read again in memory, as in :meth:`get_article`.

        Reads in pages without holding a cursor open, so callers may write while iterating.
        """
        if not by_date:
            for row in self._pages(since):
                if ids is None or row["id"] in ids:
                    yield row_reading(row)
            return
        where, params = ("WHERE published >= ?", (since.isoformat(),)) if since else ("", ())
        ordered = [
            r[0]
            for r in self._conn.execute(
                f"SELECT id FROM articles {where} ORDER BY (published IS NULL OR "
                "published_estimated), coalesce(published, ''), id",
                params,
            )
            if ids is None or r[0] in ids
        ]
        for at in range(0, len(ordered), BATCH_SIZE):
            chunk = ordered[at : at + BATCH_SIZE]
            by_id = {row["id"]: row for row in self._article_rows(chunk)}
            for article_id in chunk:
                if article_id in by_id:
                    yield row_reading(by_id[article_id])

    def _article_rows(self, ids: Sequence[str]) -> list[sqlite3.Row]:
        """The stored rows of the articles ``ids`` (at most a batch), in storage order."""
        return self._conn.execute(
            f"SELECT {ARTICLE_COLUMNS} FROM articles WHERE id IN "
            f"({', '.join('?' * len(ids))}) ORDER BY seq",
            list(ids),
        ).fetchall()

    def article(self, article_id: str) -> Article | None:
        """One stored article without its reading (cheaper than :meth:`get_article`)."""
        row = self._conn.execute(
            f"SELECT {ARTICLE_COLUMNS} FROM articles WHERE id = ?", (article_id,)
        ).fetchone()
        return row_article(row) if row is not None else None

    def story_assignments(self) -> dict[str, str | None]:
        """Every stored article id with its story id (None: in no story)."""
        rows = self._conn.execute("SELECT id, story_id FROM articles ORDER BY seq")
        return {row[0]: row[1] for row in rows}

    def iter_info(self, since: date | None = None) -> Iterator[ArticleInfo]:
        """Every stored article's metadata and text, in ingest order (for export)."""
        for row in self._pages(since):
            yield _info(row)

    def _pages(self, since: date | None, size: int = BATCH_SIZE) -> Iterator[sqlite3.Row]:
        last = 0
        where = "AND published >= ?" if since is not None else ""
        extra: tuple[str, ...] = (since.isoformat(),) if since is not None else ()
        while True:
            rows = self._conn.execute(
                f"SELECT seq, {ARTICLE_COLUMNS} FROM articles WHERE seq > ? {where} "
                "ORDER BY seq LIMIT ?",
                (last, *extra, size),
            ).fetchall()
            if not rows:
                return
            yield from rows
            last = rows[-1]["seq"]

    # --- stories -------------------------------------------------------------------------

    def set_story(self, article_id: str, story_id: str | None) -> None:
        """Put one article in a story (None: in none); see :meth:`set_stories`."""
        self.set_stories([(article_id, story_id)])

    def set_stories(self, assignments: Iterable[tuple[str, str | None]]) -> None:
        """Assign articles to stories in one transaction and refresh the stories touched.

        Each touched story's size, outlets and dates are recomputed and its stored analysis is
        dropped (it is stale); a story left with no article is deleted.
        """
        pairs = list(assignments)
        with self._transaction():
            touched: set[str] = set()
            for article_id, story_id in pairs:
                row = self._conn.execute(
                    "SELECT story_id FROM articles WHERE id = ?", (article_id,)
                ).fetchone()
                if row is None:
                    raise StoreError(f"store {self.path} has no article {article_id}")
                if row["story_id"] == story_id:
                    continue
                if row["story_id"] is not None:
                    touched.add(row["story_id"])
                if story_id is not None:
                    touched.add(story_id)
                self._conn.execute(
                    "UPDATE articles SET story_id = ? WHERE id = ?", (story_id, article_id)
                )
            for story_id in sorted(touched):
                self._refresh_story(story_id, stale=True)

    def _refresh_story(self, story_id: str, *, stale: bool) -> None:
        """Recompute a story's aggregates from its articles (inside a transaction)."""
        agg = self._conn.execute(
            "SELECT count(*), min(published), max(published) FROM articles WHERE story_id = ?",
            (story_id,),
        ).fetchone()
        size = int(agg[0])
        if size == 0:
            self._conn.execute("DELETE FROM stories WHERE id = ?", (story_id,))
            self._conn.execute("DELETE FROM families WHERE story_id = ?", (story_id,))
            return
        outlets = [
            r[0]
            for r in self._conn.execute(
                "SELECT DISTINCT source FROM articles WHERE story_id = ? ORDER BY source",
                (story_id,),
            )
        ]
        self._conn.execute(
            "INSERT INTO stories (id, first_date, last_date, size, outlets, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET first_date = excluded."
            "first_date, last_date = excluded.last_date, size = excluded.size, "
            "outlets = excluded.outlets, updated_at = excluded.updated_at",
            (story_id, agg[1], agg[2], size, json.dumps(outlets, ensure_ascii=False), _now()),
        )
        if stale:
            self._conn.execute(
                "UPDATE stories SET analysis = NULL, conflict_count = NULL WHERE id = ?",
                (story_id,),
            )

    def save_story(
        self,
        story_id: str,
        *,
        label: str | None = None,
        families: Iterable[Family] | None = None,
        analysis: StoryAnalysis | None = None,
    ) -> None:
        """Record what is known about a story whose articles are assigned (see
        :meth:`set_stories`): its label, its syndication families (replacing the stored ones)
        and its analysis (with the conflict count). Arguments left None are kept as stored."""
        with self._transaction():
            self._refresh_story(story_id, stale=False)
            if (
                self._conn.execute("SELECT 1 FROM stories WHERE id = ?", (story_id,)).fetchone()
                is None
            ):
                raise StoreError(f"store {self.path} has no article in story {story_id}")
            if label is not None:
                self._conn.execute("UPDATE stories SET label = ? WHERE id = ?", (label, story_id))
            if families is not None:
                self._conn.execute("DELETE FROM families WHERE story_id = ?", (story_id,))
                self._conn.executemany(
                    "INSERT OR REPLACE INTO families (id, story_id, origin, members) "
                    "VALUES (?, ?, ?, ?)",
                    [
                        (fam.id, story_id, fam.origin, json.dumps(list(fam.members)))
                        for fam in families
                    ],
                )
            if analysis is not None:
                self._conn.execute(
                    "UPDATE stories SET analysis = ?, conflict_count = ? WHERE id = ?",
                    (encode_analysis(analysis), len(analysis.conflicts), story_id),
                )

    def story(self, story_id: str) -> StorySummary | None:
        """One story's summary row, or None."""
        row = self._conn.execute(f"{_SUMMARY} WHERE id = ?", (READER_VERSION, story_id)).fetchone()
        return _summary(row) if row is not None else None

    def stories(self, since: date | None = None, query: str | None = None) -> list[StorySummary]:
        """Stories, latest first (by last date, then id), optionally those still running on or
        after ``since`` and those with an article whose title or text has every word of
        ``query``."""
        clauses: list[str] = []
        params: list[object] = [READER_VERSION]
        if since is not None:
            clauses.append("last_date >= ?")
            params.append(since.isoformat())
        if query is not None:
            match = fts_query(query)
            if match is None:
                return []
            clauses.append(
                "id IN (SELECT a.story_id FROM articles_fts JOIN articles a "
                "ON a.seq = articles_fts.rowid WHERE articles_fts MATCH ?)"
            )
            params.append(match)
        where = f"WHERE {' AND '.join(clauses)}" if clauses else ""
        rows = self._conn.execute(
            f"{_SUMMARY} {where} ORDER BY last_date IS NULL, last_date DESC, id",
            params,
        ).fetchall()
        return [_summary(row) for row in rows]

    def story_articles(self, story_id: str) -> list[ReadArticle]:
        """The readings of a story's articles, by publication date then ingest order (those made
        by another reader version read again in memory, as in :meth:`get_article`)."""
        rows = self._conn.execute(
            f"SELECT {ARTICLE_COLUMNS} FROM articles WHERE story_id = ? "
            "ORDER BY published IS NULL, published, seq",
            (story_id,),
        ).fetchall()
        return [row_reading(row) for row in rows]

    def families(self, story_id: str) -> tuple[Family, ...]:
        """The syndication families stored for a story, by id."""
        rows = self._conn.execute(
            "SELECT id, origin, members FROM families WHERE story_id = ? ORDER BY id",
            (story_id,),
        ).fetchall()
        return tuple(
            Family(row["id"], row["origin"], tuple(json.loads(row["members"]))) for row in rows
        )

    def load_story(self, story_id: str) -> Story | None:
        """The story with its articles, families and label, or None when unknown.

        Articles whose reading another reader version made are read again first and their new
        readings stored (:meth:`reread`), so the cost is paid once. When the store cannot be
        written (a read-only file, a lock held too long) they are read again in memory only:
        the story returned never holds a stale reading either way.
        """
        summary = self.story(story_id)
        if summary is None:
            return None
        stale = self.stale_ids(story_id)
        if stale:
            with contextlib.suppress(StoreError):  # storing is a cache fill; reading is done
                self.reread(stale)
        return Story(
            id=story_id,
            articles=tuple(self.story_articles(story_id)),
            families=self.families(story_id),
            label=summary.label,
        )

    def analysis(self, story: Story) -> StoryAnalysis | None:
        """The stored analysis of ``story`` (from :meth:`load_story`) while it is current
        (assigning articles to the story, or storing changed readings of them, drops it), or
        None; None too while a stored reading of the story was made by another reader version
        (the analysis holds readings)."""
        if self.stale_ids(story.id):
            return None
        row = self._conn.execute(
            "SELECT analysis FROM stories WHERE id = ?", (story.id,)
        ).fetchone()
        return decode_analysis(row["analysis"], story) if row is not None else None

    def unassigned_ids(self) -> list[str]:
        """Ids of articles in no story, in ingest order."""
        return [
            r[0]
            for r in self._conn.execute(
                "SELECT id FROM articles WHERE story_id IS NULL ORDER BY seq"
            )
        ]

    def story_article_ids(self, story_id: str) -> list[str]:
        """Ids of a story's articles, in ingest order."""
        rows = self._conn.execute(
            "SELECT id FROM articles WHERE story_id = ? ORDER BY seq", (story_id,)
        )
        return [r[0] for r in rows]

    # --- reader version (see docs/STORE.md, "Reader version") -------------------------------

    def stale_count(self) -> int:
        """The number of stored articles whose reading was made by another reader version (or
        before versions were recorded, schema version 2 and older)."""
        row = self._conn.execute(
            f"SELECT count(*) FROM articles WHERE {_STALE}", (READER_VERSION,)
        ).fetchone()
        return int(row[0])

    def stale_ids(self, story_id: str | None = None) -> list[str]:
        """Ids of the articles (of the story ``story_id`` when given) whose reading was made by
        another reader version, in ingest order."""
        if story_id is None:
            rows = self._conn.execute(
                f"SELECT id FROM articles WHERE {_STALE} ORDER BY seq", (READER_VERSION,)
            )
        else:
            rows = self._conn.execute(
                f"SELECT id FROM articles WHERE story_id = ? AND {_STALE} ORDER BY seq",
                (story_id, READER_VERSION),
            )
        return [r[0] for r in rows]

    def reread(
        self,
        ids: Iterable[str] | None = None,
        *,
        batch_size: int = BATCH_SIZE,
        progress: Callable[[int], None] | None = None,
    ) -> RereadResult:
        """Read articles again, from their stored text, with this reader and store the new
        readings: ``ids`` (unknown ones are ignored), by default every stale one
        (:meth:`stale_ids`).

        Article ids, raw bytes, text, stories, families and grouper state are kept. Each batch
        of ``batch_size`` is read first, then written in one transaction: the readings, their
        reader version and (estimated) publication dates, and the dates of the stories holding
        them; the stored analysis of a story is dropped when a reading in it changed. A failure
        keeps the batches already committed and leaves the rest as it was (stale, so running
        again finishes the job). ``progress`` gets the number of articles done after each batch.
        """
        targets = self.stale_ids() if ids is None else list(dict.fromkeys(ids))
        done = changed = 0
        stories: set[str] = set()
        for at in range(0, len(targets), batch_size):
            chunk = targets[at : at + batch_size]
            rows = self._article_rows(chunk)
            fresh = [(row["id"], reading_values(read_again(row))) for row in rows]
            batch_changed, touched = self._write_readings(fresh)
            done += len(fresh)
            changed += batch_changed
            stories |= touched
            if progress is not None:
                progress(len(chunk))
        return RereadResult(reread=done, changed=changed, stories=tuple(sorted(stories)))

    def _write_readings(
        self, fresh: Sequence[tuple[str, tuple[str, int, str | None, int]]]
    ) -> tuple[int, set[str]]:
        """Store new readings in one transaction; return how many differ from the stored ones
        and the stories holding those (refreshed, their analyses dropped)."""
        changed = 0
        touched: set[str] = set()
        with self._transaction():
            for article_id, values in fresh:
                old = self._conn.execute(
                    "SELECT reading, published, published_estimated, story_id FROM articles "
                    "WHERE id = ?",
                    (article_id,),
                ).fetchone()
                if old is None:
                    continue
                self._conn.execute(_UPDATE_READING, (*values, article_id))
                reading, _, published, estimated = values
                if (old["reading"], old["published"], old["published_estimated"]) == (
                    reading,
                    published,
                    estimated,
                ):
                    continue
                changed += 1
                if old["story_id"] is not None:
                    touched.add(old["story_id"])
            for story_id in sorted(touched):
                self._refresh_story(story_id, stale=True)
        return changed, touched

    # --- grouper state (see docs/STORE.md, "Grouping") ---------------------------------------

    def grouping_counters(self) -> dict[str, int]:
        """The story grouper's stored counters (empty when no grouping state is stored)."""
        rows = self._conn.execute("SELECT name, value FROM group_counters ORDER BY name")
        return {r[0]: int(r[1]) for r in rows}

    def posting_stories(self, term: str, limit: int) -> list[str]:
        """The last ``limit`` story ids indexed under ``term``, oldest first."""
        rows = self._conn.execute(
            "SELECT story_id FROM group_postings WHERE term = ? ORDER BY pos DESC LIMIT ?",
            (term, limit),
        ).fetchall()
        return [r[0] for r in reversed(rows)]

    def grouping_state(self, story_id: str) -> tuple[int, str] | None:
        """A story's stored grouper state: (sequence number, JSON), or None."""
        row = self._conn.execute(
            "SELECT seq, state FROM group_stories WHERE id = ?", (story_id,)
        ).fetchone()
        return (int(row[0]), str(row[1])) if row is not None else None

    def document_frequencies(self, features: Sequence[str]) -> dict[str, int]:
        """Stored document frequencies of ``features`` (absent ones are left out)."""
        found: dict[str, int] = {}
        for at in range(0, len(features), 500):
            chunk = list(features[at : at + 500])
            marks = ", ".join("?" * len(chunk))
            rows = self._conn.execute(
                f"SELECT feature, df FROM group_df WHERE feature IN ({marks})", chunk
            )
            found.update((r[0], int(r[1])) for r in rows)
        return found

    def commit_grouping(self, update: GroupingUpdate) -> None:
        """Write one grouping run (see :class:`GroupingUpdate`) in a single transaction, so a
        crash leaves either the state before it or the state after it, never a mix (articles
        grouped but not counted, or counted twice). Touched stories' aggregates are refreshed
        and their stored analyses dropped."""
        conn = self._conn
        with self._transaction():
            if update.based_on is not None and self.grouping_counters() != dict(update.based_on):
                raise StoreError(
                    f"store {self.path} was grouped by another process meanwhile; "
                    "run the command again"
                )
            if update.reset:
                for table in ("group_stories", "group_postings", "group_df", "group_counters"):
                    conn.execute(f"DELETE FROM {table}")
            touched: set[str] = set()
            for drop, keep in sorted(update.merges.items()):
                conn.execute("UPDATE articles SET story_id = ? WHERE story_id = ?", (keep, drop))
                conn.execute("DELETE FROM group_stories WHERE id = ?", (drop,))
                conn.execute(
                    "UPDATE group_postings SET story_id = ? WHERE story_id = ?", (keep, drop)
                )
                touched.update((drop, keep))
            for article_id, story_id in update.moves:
                row = conn.execute(
                    "SELECT story_id FROM articles WHERE id = ?", (article_id,)
                ).fetchone()
                if row is None:
                    raise StoreError(f"store {self.path} has no article {article_id}")
                if row[0] == story_id:
                    continue
                if row[0] is not None:
                    touched.add(row[0])
                touched.add(story_id)
                conn.execute(
                    "UPDATE articles SET story_id = ? WHERE id = ?", (story_id, article_id)
                )
            for story_id in sorted(touched):
                self._refresh_story(story_id, stale=True)
            conn.executemany(
                "INSERT OR REPLACE INTO group_stories (id, seq, state) VALUES (?, ?, ?)",
                update.states,
            )
            conn.executemany(
                "INSERT INTO group_postings (term, story_id) VALUES (?, ?)", update.postings
            )
            # only the latest postings of a term are ever read: older ones go
            conn.executemany(
                "DELETE FROM group_postings WHERE term = ? AND pos < (SELECT pos FROM "
                "group_postings WHERE term = ? ORDER BY pos DESC LIMIT 1 OFFSET ?)",
                [
                    (term, term, POSTINGS_KEPT - 1)
                    for term in sorted({t for t, _ in update.postings})
                ],
            )
            conn.executemany(
                "INSERT INTO group_df (feature, df) VALUES (?, ?) "
                "ON CONFLICT(feature) DO UPDATE SET df = df + excluded.df",
                sorted(update.df_delta.items()),
            )
            conn.executemany(
                "INSERT OR REPLACE INTO group_counters (name, value) VALUES (?, ?)",
                sorted(update.counters.items()),
            )
            for story_id, label in sorted(update.labels.items()):
                conn.execute("UPDATE stories SET label = ? WHERE id = ?", (label, story_id))
            for story_id, families in sorted(update.families.items()):
                conn.execute("DELETE FROM families WHERE story_id = ?", (story_id,))
                conn.executemany(
                    "INSERT OR REPLACE INTO families (id, story_id, origin, members) "
                    "VALUES (?, ?, ?, ?)",
                    [
                        (fam.id, story_id, fam.origin, json.dumps(list(fam.members)))
                        for fam in families
                    ],
                )

    def article_info(self, article_id: str) -> ArticleInfo | None:
        """One article's metadata and text, or None."""
        row = self._conn.execute(
            f"SELECT seq, {ARTICLE_COLUMNS} FROM articles WHERE id = ?", (article_id,)
        ).fetchone()
        return _info(row) if row is not None else None


def _summary(row: sqlite3.Row) -> StorySummary:
    """A row of :data:`_SUMMARY`; the conflict count of a story with a stale reading is unknown
    (it came from an analysis of that reading)."""
    count = None if row["stale"] else row["conflict_count"]
    return StorySummary(
        id=row["id"],
        label=row["label"],
        first_date=parse_day(row["first_date"]),
        last_date=parse_day(row["last_date"]),
        size=int(row["size"]),
        outlets=tuple(json.loads(row["outlets"])),
        conflict_count=int(count) if count is not None else None,
        updated_at=row["updated_at"],
    )


def _info(row: sqlite3.Row) -> ArticleInfo:
    return ArticleInfo(
        id=row["id"],
        source=row["source"],
        url=row["url"],
        path=row["path"],
        title=row["title"],
        published=parse_day(row["published"]),
        published_estimated=bool(row["published_estimated"]),
        story_id=row["story_id"],
        content_hash=row["content_hash"],
        ingested_at=row["ingested_at"],
        text=row["text"],
    )
