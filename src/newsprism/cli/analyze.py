"""``newsprism analyze`` (inputs as one story → a report) and ``newsprism demo`` (the samples).

Only the report goes to stdout (or to ``-o FILE``); failed inputs are listed on stderr, one
``error: <input>: <reason>`` line each, and make the exit status 1 while the other inputs are
still reported. The pipeline is imported when a command runs, so ``--help`` stays quick.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import click
from rich.console import Console

from newsprism.cli.app import format_option, main
from newsprism.errors import IngestError, NewsprismError
from newsprism.report import SUFFIXES, Format, render, render_text

if TYPE_CHECKING:
    from newsprism.model import StoryAnalysis

DEMO_FORMATS: tuple[Format, ...] = ("json", "markdown", "html")


def _report_errors(errors: Sequence[IngestError]) -> None:
    for error in errors:
        click.echo(f"error: {error.source}: {error.reason}", err=True)


def _note(message: str, quiet: bool) -> None:
    if not quiet:
        click.echo(message, err=True)


def _write(path: Path, text: str) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise click.ClickException(f"cannot write {path}: {exc.strerror or exc}") from exc


def _counts(analysis: StoryAnalysis) -> str:
    articles = analysis.story.articles
    outlets = len({r.source for r in articles})
    return f"{len(articles)} articles from {outlets} outlets"


@main.command()
@click.argument("inputs", nargs=-1, required=True, metavar="PATH...")
@format_option
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, writable=True, path_type=Path),
    help="Write the report to this file instead of stdout.",
)
@click.option("--story-id", metavar="ID", help="Id to give the story (default: from its articles).")
@click.option("-q", "--quiet", is_flag=True, help="Print nothing on stderr but errors.")
def analyze(
    inputs: tuple[str, ...], fmt: Format, output: Path | None, story_id: str | None, quiet: bool
) -> None:
    """Analyse the articles in PATH... as one story and print a report.

    PATH is a text, HTML, JSON Lines or WARC file, a directory (read recursively), or - for
    standard input. Inputs that cannot be read are listed on stderr and make the exit status 1;
    the others are still reported.
    """
    from newsprism.api import build_story, read_inputs
    from newsprism.compare.story import compare_story

    try:
        stdin = sys.stdin.buffer if "-" in inputs else None
        readings, errors = read_inputs(inputs, stdin=stdin)
    except NewsprismError as exc:
        raise click.ClickException(str(exc)) from exc
    _report_errors(errors)
    if not readings:
        raise click.ClickException("no article could be read")
    analysis = compare_story(build_story(readings, story_id=story_id))
    if output is not None:
        _write(output, render(analysis, fmt))
        _note(f"wrote {output} ({_counts(analysis)})", quiet)
    elif fmt == "text":
        render_text(analysis, Console(highlight=False))
    else:
        click.echo(render(analysis, fmt), nl=False)
    if errors:
        _note(f"{len(errors)} of {len(errors) + len(readings)} inputs failed", quiet)
        raise SystemExit(1)


def story_dirs() -> list[Path]:
    """The bundled sample stories (a seam for tests)."""
    from newsprism.samples import story_dirs as sample_story_dirs

    return list(sample_story_dirs())


@main.command()
@click.option(
    "--out",
    "out_dir",
    type=click.Path(file_okay=False, path_type=Path),
    default=Path("out/demo"),
    show_default=True,
    help="Directory to write each story's report.json, report.md and report.html into.",
)
@click.option("-q", "--quiet", is_flag=True, help="Do not print the terminal reports.")
def demo(out_dir: Path, quiet: bool) -> None:
    """Analyse the bundled sample stories; print and write their reports.

    Writes OUT/<story>/report.json, report.md and report.html.
    """
    from newsprism.api import build_story, read_inputs
    from newsprism.compare.story import compare_story

    try:
        directories = story_dirs()
    except ImportError as exc:
        raise click.ClickException(f"the bundled samples are missing ({exc})") from exc
    if not directories:
        raise click.ClickException("no bundled sample stories found")
    console = Console(highlight=False)
    failed = 0
    for directory in directories:
        readings, errors = read_inputs([str(directory)])
        _report_errors(errors)
        failed += len(errors)
        analysis = compare_story(build_story(readings, story_id=directory.name))
        if not quiet:
            render_text(analysis, console)
        target = out_dir / directory.name
        target.mkdir(parents=True, exist_ok=True)
        for fmt in DEMO_FORMATS:
            (target / f"report.{SUFFIXES[fmt]}").write_text(render(analysis, fmt), encoding="utf-8")
        click.echo(f"wrote {target}/report.{{json,md,html}} ({_counts(analysis)})", err=True)
    if failed:
        raise SystemExit(1)
