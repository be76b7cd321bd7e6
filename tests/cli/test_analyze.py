"""``newsprism analyze`` and ``newsprism demo`` through click's CliRunner, on fictional articles."""

from __future__ import annotations

import json
from pathlib import Path

import click
import pytest
from click.testing import CliRunner, Result

from newsprism.cli import main
from newsprism.report import FORMATS
from tests.report.test_json import SCHEMA, validate

DOCS = Path(__file__).resolve().parents[2] / "docs"

LAKE_POST = """date 2031-05-12
Ferry service on Lake Orvane suspended after engine fire

A ferry caught fire near the port of Tallis on Monday, the harbour authority said.

All 84 passengers were taken ashore and two crew members were treated for smoke,
said Mira Delacorte, the authority's spokeswoman.
"""

VALLEY_TIMES = {
    "id": "vt-orvane-fire",
    "source": "Valley Times",
    "url": "https://valleytimes.example/orvane-fire",
    "date": "2031-05-12",
    "title": "Engine fire halts Lake Orvane crossings",
    "text": (
        "Crossings on Lake Orvane were halted on Monday after a ferry engine caught fire near "
        "Tallis.\n\nThe harbour authority said 84 passengers were brought ashore. "
        '"Nobody was badly hurt," spokeswoman Mira Delacorte told reporters.'
    ),
}


@pytest.fixture()
def story(tmp_path: Path) -> list[str]:
    post = tmp_path / "lake-post.txt"
    post.write_text(LAKE_POST, encoding="utf-8")
    feed = tmp_path / "valley.jsonl"
    feed.write_text(json.dumps(VALLEY_TIMES) + "\n", encoding="utf-8")
    return [str(post), str(feed)]


def run(args: list[str], stdin: bytes | None = None) -> Result:
    return CliRunner().invoke(main, args, input=stdin, terminal_width=80, prog_name="newsprism")


def test_json_to_stdout(story: list[str]) -> None:
    result = run(["analyze", "--format", "json", *story])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["schema_version"] == "1.1"
    assert [a["source"] for a in data["articles"]][1] == "Valley Times"
    assert data["articles"][1]["published"] == "2031-05-12"
    assert "error" not in result.stderr


@pytest.mark.parametrize(
    ("fmt", "start"),
    [("markdown", "# "), ("html", "<!DOCTYPE html>"), ("text", "")],
)
def test_other_formats(story: list[str], fmt: str, start: str) -> None:
    result = run(["analyze", "-f", fmt, *story])
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith(start)
    assert "Valley Times" in result.stdout


def test_text_report_shows_readings(story: list[str]) -> None:
    result = run(["analyze", *story])
    assert result.exit_code == 0, result.output
    assert "Valley Times" in result.stdout and "2031-05-12" in result.stdout


def test_stdin(story: list[str]) -> None:
    result = run(["analyze", "-f", "json", "-", story[1]], stdin=LAKE_POST.encode())
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert len(data["articles"]) == 2
    assert data["articles"][0]["published"] == "2031-05-12"


def test_output_file(story: list[str], tmp_path: Path) -> None:
    target = tmp_path / "report.html"
    result = run(["analyze", "-f", "html", "-o", str(target), *story])
    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    assert target.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert "wrote" in result.stderr
    quiet = run(["analyze", "-f", "html", "-o", str(target), "--quiet", *story])
    assert quiet.exit_code == 0 and quiet.stderr == ""


def test_unwritable_output(story: list[str], tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    result = run(["analyze", "-f", "json", "-o", str(blocker / "report.json"), *story])
    assert result.exit_code == 1
    assert f"cannot write {blocker / 'report.json'}" in result.stderr


def test_failed_input_among_good_ones(story: list[str], tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    missing = str(tmp_path / "missing.txt")
    result = run(["analyze", "-f", "json", story[0], missing, str(empty), story[1]])
    assert result.exit_code == 1
    assert len(json.loads(result.stdout)["articles"]) == 2  # the others are still reported
    errors = [line for line in result.stderr.splitlines() if line.startswith("error: ")]
    assert errors == [f"error: {missing}: no such file", f"error: {empty}: empty"]


def test_nothing_readable(tmp_path: Path) -> None:
    result = run(["analyze", "-f", "json", str(tmp_path / "nope.txt")])
    assert result.exit_code == 1
    assert result.stdout == ""
    assert "no such file" in result.stderr and "no article could be read" in result.stderr


@pytest.mark.parametrize("args", [["analyze"], ["analyze", "-f", "pdf", "x.txt"], ["nope"]])
def test_usage_errors_exit_2(args: list[str]) -> None:
    result = run(args)
    assert result.exit_code == 2
    assert result.stdout == ""


def test_story_id(story: list[str]) -> None:
    result = run(["analyze", "-f", "json", "--story-id", "orvane", *story])
    assert json.loads(result.stdout)["story"]["id"] == "orvane"


def test_same_input_same_output(story: list[str]) -> None:
    assert (
        run(["analyze", "-f", "json", *story]).stdout
        == run(["analyze", "-f", "json", *story]).stdout
    )


def test_demo_writes_every_format(
    story: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    story_dir = Path(story[0]).parent
    monkeypatch.setattr("newsprism.cli.analyze.story_dirs", lambda: [story_dir])
    out = tmp_path / "out"
    result = run(["demo", "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert "Valley Times" in result.stdout  # the terminal report
    written = out / story_dir.name
    assert sorted(p.name for p in written.iterdir()) == ["report.html", "report.json", "report.md"]
    data = json.loads((written / "report.json").read_text(encoding="utf-8"))
    assert data["story"]["id"] == story_dir.name and len(data["articles"]) == 2
    quiet = run(["demo", "--out", str(out), "--quiet"])
    assert quiet.exit_code == 0 and quiet.stdout == ""


def test_demo_on_the_bundled_samples(tmp_path: Path) -> None:
    from newsprism.cli.analyze import story_dirs

    try:
        dirs = story_dirs()
    except ImportError:
        pytest.skip("bundled samples not installed yet")
    result = run(["demo", "--out", str(tmp_path), "--quiet"])
    assert result.exit_code == 0, result.output
    for directory in dirs:
        data = json.loads((tmp_path / directory.name / "report.json").read_text("utf-8"))
        assert validate(data, SCHEMA) == [], directory.name
        assert data["articles"] and data["story"]["id"] == directory.name
        page = (tmp_path / directory.name / "report.html").read_text("utf-8")
        assert "<script" not in page


# --- docs/CLI.md follows --help ------------------------------------------------------------------


def _help(args: list[str]) -> str:
    result = run([*args, "--help"])
    assert result.exit_code == 0
    return result.stdout.rstrip()


def _pages(command: click.Command, args: list[str]) -> list[tuple[list[str], click.Command]]:
    """Every command and subcommand, depth first, in the order --help lists them."""
    pages = [(args, command)]
    if isinstance(command, click.Group):
        ctx = click.Context(command)
        for name in command.list_commands(ctx):
            sub = command.get_command(ctx, name)
            assert sub is not None
            pages += _pages(sub, [*args, name])
    return pages


def help_block(args: list[str]) -> str:
    """The fenced block docs/CLI.md shows for ``newsprism ARGS --help``."""
    return f"```text\n$ newsprism {' '.join([*args, '--help'])}\n{_help(args)}\n```"


def test_every_command_is_documented_with_its_help() -> None:
    doc = (DOCS / "CLI.md").read_text(encoding="utf-8")
    for args, command in _pages(main, []):
        block = help_block(args)
        assert block in doc, (
            "docs/CLI.md is out of date; `python -m tests.cli.test_analyze` prints the blocks:\n"
            + block
        )
        for param in command.params:
            for opt in param.opts:
                if opt.startswith("-") and opt not in ("-h", "--help"):
                    assert f"`{opt}`" in doc, (args, opt)


def test_format_choices_match_the_renderers() -> None:
    assert "[text|json|markdown|html]" in _help(["analyze"])
    assert FORMATS == ("text", "json", "markdown", "html")


if __name__ == "__main__":  # print the reference blocks for docs/CLI.md
    print("\n\n".join(help_block(args) for args, _ in _pages(main, [])))
