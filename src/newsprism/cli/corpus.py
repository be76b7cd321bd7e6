"""Corpus commands over a store: ``ingest``, ``stories``, ``show``, ``export`` and ``reread``.

``ingest`` streams inputs → reading → store (one transaction per batch), then groups the new
articles into stories, loading only the stories they can join (see docs/STORE.md). Only data
goes to stdout; progress (a rich bar, shown only on a terminal), errors (one
``error: <input>: <reason>`` line each) and the summary go to stderr. The store is ``--db FILE``,
else ``$NEWSPRISM_DB``, else the user data directory. ``stories``, ``export`` and ``ingest``
warn on stderr when stored readings were made by another version of the reader (``show``
re-reads its story's articles itself); ``reread`` refreshes them all.
"""

from __future__ import annotations

import json
import shlex
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, TypeVar

import click
from rich.console import Console

from newsprism.cli.app import format_option, main
from newsprism.errors import IngestError, NewsprismError, ReadError
from newsprism.report import Format, render, render_text

if TYPE_CHECKING:
    from newsprism.model import Article, ReadArticle, StoryAnalysis
    from newsprism.store import Store, StorySummary

F = TypeVar("F", bound=Callable[..., Any])


def db_option(func: F) -> F:
    """The ``--db FILE`` option shared by every store command."""
    return click.option(
        "--db",
        type=click.Path(dir_okay=False, path_type=Path),
        envvar="NEWSPRISM_DB",
        help="Store file (default: $NEWSPRISM_DB, else newsprism.db in the user data folder).",
    )(func)


def _open(db: Path | None) -> Store:
    from newsprism.store import Store

    try:
        return Store.open(db)
    except NewsprismError as exc:
        raise click.ClickException(str(exc)) from exc


def _day(value: datetime | None) -> date | None:
    return value.date() if value is not None else None


def stale_warning(store: Store) -> str | None:
    """The warning to print when readings in ``store`` were made by another reader version:
    how many, and the command that reads them again; None when every reading is current."""
    stale = store.stale_count()
    if not stale:
        return None
    path = shlex.quote(str(store.path))
    return (
        f"warning: {stale} of {store.count()} articles in {store.path} were read by another "
        f"version of the reader; read them again with `newsprism reread --db {path}` "
        "(`newsprism show` and the web app do it story by story)"
    )


def _warn_stale(store: Store) -> None:
    warning = stale_warning(store)
    if warning is not None:
        click.echo(warning, err=True)


# --- ingest --------------------------------------------------------------------------------------


@dataclass(slots=True)
class _Tally:
    seen: int = 0
    known: int = 0  # already stored before reading
    failed: int = 0


def _new_readings(
    items: Iterable[Article | ReadArticle | IngestError],
    store: Store,
    tally: _Tally,
    report: Callable[[IngestError], None],
    tick: Callable[[], None],
) -> Iterator[ReadArticle]:
    """Readings of the articles not yet stored (read here unless already read in parallel);
    failures are reported and counted."""
    from newsprism.model import ReadArticle
    from newsprism.read import read_article

    for item in items:
        tally.seen += 1
        tick()
        if isinstance(item, IngestError):
            tally.failed += 1
            report(item)
            continue
        article = item.article if isinstance(item, ReadArticle) else item
        if store.has_content(article.content_hash):
            tally.known += 1
            continue
        if isinstance(item, ReadArticle):
            yield item
            continue
        try:
            yield read_article(item)
        except ReadError as exc:
            tally.failed += 1
            report(IngestError(item.path or item.url or item.id, f"could not be read: {exc}"))


@main.command()
@click.argument("sources", nargs=-1, required=True, metavar="SOURCE...")
@db_option
@click.option("-q", "--quiet", is_flag=True, help="No progress bar and no summary; errors only.")
@click.option(
    "--workers",
    type=click.IntRange(min=1),
    metavar="N",
    help="Read in parallel on N local processes (needs newsprism[scale]).",
)
@click.option(
    "--scheduler",
    metavar="ADDRESS",
    help="Read in parallel on the Dask cluster at ADDRESS, e.g. tcp://host:8786.",
)
def ingest(
    sources: tuple[str, ...],
    db: Path | None,
    quiet: bool,
    workers: int | None,
    scheduler: str | None,
) -> None:
    """Add articles from SOURCE... to the store and group them into stories.

    SOURCE is a text, HTML, JSON Lines, RSS/Atom or WARC file, a directory (read recursively),
    an http(s) URL of a feed or page, or - for standard input. Articles already stored are
    skipped. Inputs that fail are listed on stderr and make the exit status 1. With --workers
    or --scheduler, files are read by Dask workers, which must see the same paths (see
    docs/SCALE.md); storing and grouping stay in this process.
    """
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    from newsprism.ingest import iter_inputs
    from newsprism.store import update_stories

    console = Console(stderr=True, highlight=False, soft_wrap=True)
    tally = _Tally()

    def report(error: IngestError) -> None:
        console.print(f"error: {error.source}: {error.reason}", markup=False)

    progress = Progress(
        SpinnerColumn(),
        TextColumn("{task.description}"),
        TextColumn("{task.completed} inputs"),
        TimeElapsedColumn(),
        console=console,
        disable=quiet or not console.is_terminal,
        transient=True,
    )
    stdin = sys.stdin.buffer if "-" in sources else None
    with _open(db) as store, progress:
        task = progress.add_task("ingesting", total=None)
        try:
            items: Iterable[Article | ReadArticle | IngestError]
            if workers is None and scheduler is None:
                items = iter_inputs(sources, stdin=stdin)
            else:
                from newsprism.scale import read_parallel

                items = read_parallel(
                    sources, workers=workers, scheduler_address=scheduler, stdin=stdin
                )
            readings = _new_readings(
                items,
                store,
                tally,
                report,
                lambda: progress.advance(task),
            )
            result = store.add_articles(readings)
            progress.update(task, description="grouping stories")
            update_stories(store, result.added_ids)
        except NewsprismError as exc:
            raise click.ClickException(str(exc)) from exc
        warning = None if quiet else stale_warning(store)
    if not quiet:
        skipped = tally.known + result.skipped
        console.print(
            f"added {result.added}, skipped {skipped} (already stored), failed {tally.failed}",
            markup=False,
        )
        if warning is not None:
            console.print(warning, markup=False)
    if tally.failed:
        raise SystemExit(1)


# --- stories -------------------------------------------------------------------------------------


def _story_data(summary: StorySummary) -> dict[str, object]:
    return {
        "id": summary.id,
        "label": summary.label,
        "size": summary.size,
        "outlets": list(summary.outlets),
        "first_date": summary.first_date.isoformat() if summary.first_date else None,
        "last_date": summary.last_date.isoformat() if summary.last_date else None,
        "conflict_count": summary.conflict_count,
        "updated_at": summary.updated_at,
    }


def _dates(summary: StorySummary) -> str:
    first, last = summary.first_date, summary.last_date
    if first is None or last is None:
        return "undated"
    return first.isoformat() if first == last else f"{first.isoformat()}..{last.isoformat()}"


def _story_line(summary: StorySummary) -> str:
    conflicts = "?" if summary.conflict_count is None else str(summary.conflict_count)
    outlets = ", ".join(summary.outlets[:4]) + (" …" if len(summary.outlets) > 4 else "")
    label = " ".join(summary.label.split()) or "(no label)"
    return (
        f"{summary.id}  {summary.size:>3} articles  {len(summary.outlets):>3} outlets  "
        f"{_dates(summary):<22}  conflicts {conflicts:>2}  {label}  [{outlets}]"
    )


@main.command()
@db_option
@click.option(
    "--since",
    type=click.DateTime(formats=["%Y-%m-%d"]),
    help="Only stories with an article on or after this date (YYYY-MM-DD).",
)
@click.option("--query", metavar="TEXT", help="Only stories with an article containing every word.")
@click.option("--json", "as_json", is_flag=True, help="Print a JSON array instead of lines.")
def stories(db: Path | None, since: datetime | None, query: str | None, as_json: bool) -> None:
    """List the stories in the store, latest first.

    Each line: id, articles, outlets, dates, conflict count ("?" until the story is shown once
    with ``newsprism show``), label and outlets. Warns on stderr when stored readings were
    made by another version of the reader (see ``newsprism reread``).
    """
    with _open(db) as store:
        found = store.stories(since=_day(since), query=query)
        _warn_stale(store)
    if as_json:
        click.echo(json.dumps([_story_data(s) for s in found], ensure_ascii=False, indent=2))
        return
    for summary in found:
        click.echo(_story_line(summary))


# --- show ----------------------------------------------------------------------------------------


def _find_story(store: Store, story: str) -> str:
    """The id of the story ``story`` names: its id or a unique prefix of it."""
    if store.story(story) is not None:
        return story
    matches = [s.id for s in store.stories() if s.id.startswith(story)]
    if len(matches) == 1:
        return matches[0]
    if matches:
        raise click.ClickException(
            f"{story!r} matches {len(matches)} stories in {store.path}; give more of the id"
        )
    raise click.ClickException(
        f"no story {story!r} in {store.path}; list them with `newsprism stories`"
    )


def _analysis(store: Store, story_id: str, *, fresh: bool = False) -> StoryAnalysis:
    """The story's stored analysis, or (when none or ``fresh``) a new one, stored for next
    time."""
    from newsprism.compare import compare_story

    story = store.load_story(story_id)
    if story is None:
        raise click.ClickException(f"no story {story_id!r} in {store.path}")
    analysis = None if fresh else store.analysis(story)
    if analysis is None:
        analysis = compare_story(story)
        store.save_story(story_id, analysis=analysis)
    return analysis


@main.command()
@click.argument("story", metavar="STORY")
@db_option
@format_option
@click.option("--fresh", is_flag=True, help="Compare again instead of using the stored analysis.")
def show(story: str, db: Path | None, fmt: Format, fresh: bool) -> None:
    """Compare the articles of STORY (an id from ``newsprism stories``, or a unique prefix).

    The analysis is stored and reused until the story's articles change (or with --fresh).
    Articles read by another version of the reader are read again first.
    """
    with _open(db) as store:
        try:
            analysis = _analysis(store, _find_story(store, story), fresh=fresh)
        except NewsprismError as exc:
            raise click.ClickException(str(exc)) from exc
    if fmt == "text":
        render_text(analysis, Console(highlight=False))
    else:
        click.echo(render(analysis, fmt), nl=False)


# --- export --------------------------------------------------------------------------------------


def _export_lines(store: Store) -> Iterator[str]:
    for info in store.iter_info():
        record = {
            "id": info.id,
            "url": info.url,
            "source": info.source,
            "title": info.title,
            "published": info.published.isoformat() if info.published else None,
            "published_estimated": info.published_estimated,
            "date": None
            if info.published_estimated or not info.published
            else info.published.isoformat(),
            "story": info.story_id,
            "path": info.path,
            "content_hash": info.content_hash,
            "ingested_at": info.ingested_at,
            "text": info.text,
        }
        yield json.dumps(record, ensure_ascii=False) + "\n"


@main.command()
@db_option
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write to this file instead of stdout.",
)
def export(db: Path | None, output: Path | None) -> None:
    """Write every stored article as JSON Lines, in ingest order.

    Fields: id, url, source, title, published (given or estimated), published_estimated, date
    (the given date only), story, path, content_hash, ingested_at, text. The file can be
    ingested again (as .jsonl). Warns on stderr when stored readings (they estimate dates)
    were made by another version of the reader.
    """
    with _open(db) as store:
        _warn_stale(store)
        if output is None:
            _write_lines(sys.stdout, _export_lines(store))
            return
        try:
            with output.open("w", encoding="utf-8") as handle:
                _write_lines(handle, _export_lines(store))
        except OSError as exc:
            raise click.ClickException(f"cannot write {output}: {exc.strerror or exc}") from exc


def _write_lines(handle: IO[str], lines: Iterable[str]) -> None:
    for line in lines:
        handle.write(line)


# --- reread --------------------------------------------------------------------------------------


@main.command()
@db_option
@click.option(
    "--all",
    "everything",
    is_flag=True,
    help="Read every article again, not only those read by another version of the reader.",
)
@click.option("-q", "--quiet", is_flag=True, help="No progress bar and no summary; errors only.")
def reread(db: Path | None, everything: bool, quiet: bool) -> None:
    """Read stored articles again with this version of the reader.

    Reads the articles whose stored reading another version of the reader made (every article
    with --all) again from their stored text. Article ids, stories and families are kept;
    stories whose readings changed are compared again when next shown. Each batch is written
    in one transaction: an interrupted run keeps what it wrote and can be run again.
    """
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    from newsprism.read import READER_VERSION

    console = Console(stderr=True, highlight=False, soft_wrap=True)
    progress = Progress(
        TextColumn("re-reading"),
        BarColumn(),
        MofNCompleteColumn(),
        console=console,
        disable=quiet or not console.is_terminal,
        transient=True,
    )
    with _open(db) as store, progress:
        ids = list(store.story_assignments()) if everything else store.stale_ids()
        task = progress.add_task("re-reading", total=len(ids))
        try:
            result = store.reread(ids, progress=lambda n: progress.advance(task, n))
        except NewsprismError as exc:
            raise click.ClickException(str(exc)) from exc
    if quiet:
        return
    if not ids:
        console.print(
            f"nothing to re-read: every reading was made by reader version {READER_VERSION}",
            markup=False,
        )
    else:
        console.print(
            f"re-read {result.reread} articles with reader version {READER_VERSION}: "
            f"{result.changed} readings changed, {len(result.stories)} stories to compare again",
            markup=False,
        )
