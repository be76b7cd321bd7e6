"""``newsprism ingest / stories / show / export / reread`` on a store in tmp_path, with
fictional news."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from newsprism.cli import main
from newsprism.read import READER_VERSION
from newsprism.report import FORMATS
from tests.ingest.test_feeds import RSS

FERRY = [
    {
        "id": f"ferry-{n}",
        "source": outlet,
        "url": f"https://{outlet}/orvane-ferry",
        "date": "2031-05-12",
        "title": title,
        "text": text,
    }
    for n, (outlet, title, text) in enumerate(
        [
            (
                "valleytimes.example",
                "Engine fire halts Lake Orvane ferry crossings",
                "Crossings on Lake Orvane were halted on Monday after a ferry engine caught fire "
                "near the port of Tallis.\n\nThe Orvane harbour authority said 84 passengers "
                'were brought ashore. "Nobody was badly hurt," spokeswoman Mira Delacorte said.',
            ),
            (
                "lakepost.example",
                "Ferry fire on Lake Orvane: passengers rescued near Tallis",
                "A ferry caught fire on Lake Orvane near Tallis on Monday, the harbour "
                "authority said.\n\nAll 86 passengers were taken ashore and two crew members "
                "were treated for smoke, said Mira Delacorte, the authority's spokeswoman.",
            ),
            (
                "tallisherald.example",
                "Tallis ferry engine fire: Orvane crossings suspended",
                "Ferry crossings on Lake Orvane stay suspended after Monday's engine fire near "
                "Tallis, harbour authority spokeswoman Mira Delacorte said.\n\nShe said 84 "
                "passengers had been evacuated and the ferry was towed to Tallis.",
            ),
        ]
    )
]


@pytest.fixture()
def inputs(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "ferry.jsonl").write_text(
        "".join(json.dumps(record) + "\n" for record in FERRY), encoding="utf-8"
    )
    (folder / "courier.rss").write_bytes(RSS)
    (folder / "broken.html").write_text("<html><body></body></html>", encoding="utf-8")
    return folder


@pytest.fixture()
def db(tmp_path: Path) -> Path:
    return tmp_path / "store" / "news.db"


def run(args: list[str], stdin: bytes | None = None) -> Result:
    return CliRunner().invoke(main, args, input=stdin, terminal_width=100, prog_name="newsprism")


def ingested(inputs: Path, db: Path) -> Result:
    return run(["ingest", str(inputs), "--db", str(db)])


def test_ingest_reports_errors_and_a_summary_and_is_idempotent(inputs: Path, db: Path) -> None:
    first = ingested(inputs, db)
    assert first.exit_code == 1  # broken.html and the empty feed item failed
    errors = [line for line in first.stderr.splitlines() if line.startswith("error: ")]
    assert errors == [
        f"error: {inputs / 'broken.html'}: HTML has no article body",
        f"error: {inputs / 'courier.rss'}#item 3: item has no content or summary",
    ]
    assert first.stderr.splitlines()[-1] == "added 6, skipped 0 (already stored), failed 2"
    assert first.stdout == ""

    again = ingested(inputs, db)
    assert again.stderr.splitlines()[-1] == "added 0, skipped 6 (already stored), failed 2"
    conn = sqlite3.connect(db)
    assert conn.execute(
        "SELECT count(*), count(DISTINCT content_hash) FROM articles"
    ).fetchone() == (6, 6)
    unassigned = conn.execute("SELECT count(*) FROM articles WHERE story_id IS NULL").fetchone()
    assert unassigned == (0,)  # every article was grouped into a story
    conn.close()


def test_quiet_prints_errors_only(inputs: Path, db: Path) -> None:
    (inputs / "broken.html").unlink()
    (inputs / "courier.rss").unlink()
    result = run(["ingest", str(inputs), "--db", str(db), "--quiet"])
    assert result.exit_code == 0
    assert result.stderr == ""


def test_ingest_from_stdin_and_the_db_from_the_environment(
    db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NEWSPRISM_DB", str(db))
    lines = "".join(json.dumps(r) + "\n" for r in FERRY[:2]).encode()
    result = run(["ingest", "-"], stdin=lines)
    assert result.exit_code == 0, result.output
    assert result.stderr.splitlines()[-1] == "added 2, skipped 0 (already stored), failed 0"
    assert db.exists()


def test_stories_lists_sizes_outlets_dates_and_filters(inputs: Path, db: Path) -> None:
    ingested(inputs, db)
    listed = run(["stories", "--db", str(db), "--json"])
    assert listed.exit_code == 0, listed.output
    stories = json.loads(listed.stdout)
    assert sum(s["size"] for s in stories) == 6
    ferry = [s for s in stories if "valleytimes.example" in s["outlets"]]
    assert len(ferry) == 1
    assert {"lakepost.example", "tallisherald.example"} <= set(ferry[0]["outlets"])
    assert ferry[0]["first_date"] == ferry[0]["last_date"] == "2031-05-12"
    assert ferry[0]["conflict_count"] is None  # not analysed yet

    text = run(["stories", "--db", str(db)]).stdout.splitlines()
    assert len(text) == len(stories)
    assert any(line.startswith(ferry[0]["id"]) and "2031-05-12" in line for line in text)

    queried = json.loads(run(["stories", "--db", str(db), "--query", "Orvane", "--json"]).stdout)
    assert [s["id"] for s in queried] == [ferry[0]["id"]]
    later = json.loads(run(["stories", "--db", str(db), "--since", "2031-05-13", "--json"]).stdout)
    assert ferry[0]["id"] not in [s["id"] for s in later]
    bad = run(["stories", "--db", str(db), "--since", "May 12"])
    assert bad.exit_code == 2


@pytest.mark.parametrize("fmt", FORMATS)
def test_show_renders_every_format_and_stores_the_conflict_count(
    inputs: Path, db: Path, fmt: str
) -> None:
    ingested(inputs, db)
    stories = json.loads(run(["stories", "--db", str(db), "--json"]).stdout)
    ferry = next(s for s in stories if "valleytimes.example" in s["outlets"])
    shown = run(["show", ferry["id"][:12], "--db", str(db), "--format", fmt])
    assert shown.exit_code == 0, shown.output
    assert "Orvane" in shown.stdout
    if fmt == "json":
        data = json.loads(shown.stdout)
        assert data["story"]["id"] == ferry["id"]
        assert {a["source"] for a in data["articles"]} >= {"valleytimes.example"}
    after = json.loads(run(["stories", "--db", str(db), "--json"]).stdout)
    counted = next(s for s in after if s["id"] == ferry["id"])
    assert isinstance(counted["conflict_count"], int)
    again = run(["show", ferry["id"], "--db", str(db), "--format", fmt])  # the stored analysis
    assert again.stdout == shown.stdout
    fresh = run(["show", ferry["id"], "--db", str(db), "--format", fmt, "--fresh"])
    assert fresh.stdout == shown.stdout


def test_show_unknown_story_names_the_store_and_the_fix(inputs: Path, db: Path) -> None:
    ingested(inputs, db)
    result = run(["show", "story-nope", "--db", str(db)])
    assert result.exit_code == 1
    assert "no story 'story-nope'" in result.stderr and "newsprism stories" in result.stderr


def test_export_writes_json_lines_that_ingest_again_as_duplicates(
    inputs: Path, db: Path, tmp_path: Path
) -> None:
    ingested(inputs, db)
    out = tmp_path / "export.jsonl"
    result = run(["export", "--db", str(db), "-o", str(out)])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(records) == 6
    first = records[0]
    assert {"id", "url", "source", "published", "story", "title", "text"} <= first.keys()
    assert all(r["story"] for r in records)
    by_id = {r["id"]: r for r in records}
    assert by_id["ferry-0"]["url"] == "https://valleytimes.example/orvane-ferry"
    assert by_id["ferry-0"]["published"] == "2031-05-12"
    assert run(["export", "--db", str(db)]).stdout == out.read_text(encoding="utf-8")

    again = run(["ingest", str(out), "--db", str(db)])
    assert again.exit_code == 0, again.output
    assert again.stderr.splitlines()[-1] == "added 0, skipped 6 (already stored), failed 0"


def test_a_file_that_is_not_a_store_is_a_clear_error(tmp_path: Path) -> None:
    bogus = tmp_path / "notes.txt"
    bogus.write_text("shopping list: apples, pears\n" * 200, encoding="utf-8")
    result = run(["stories", "--db", str(bogus)])
    assert result.exit_code == 1
    assert str(bogus) in result.stderr and "--db" in result.stderr


# --- readings made by another version of the reader ---------------------------------------------


def _age_readings(db: Path) -> None:
    """Mark every stored reading as made by an older reader version."""
    conn = sqlite3.connect(db)
    with conn:
        conn.execute("UPDATE articles SET reader_version = ?", (READER_VERSION - 1,))
    conn.close()


def _stale(db: Path) -> int:
    conn = sqlite3.connect(db)
    try:
        row = conn.execute(
            "SELECT count(*) FROM articles WHERE reader_version IS NOT ?", (READER_VERSION,)
        ).fetchone()
    finally:
        conn.close()
    return int(row[0])


def test_a_fresh_store_warns_of_nothing(inputs: Path, db: Path) -> None:
    ingested(inputs, db)
    assert _stale(db) == 0
    for args in (["stories"], ["export"]):
        result = run([*args, "--db", str(db)])
        assert result.exit_code == 0, result.output
        assert "warning" not in result.stderr
    nothing = run(["reread", "--db", str(db)])
    assert nothing.exit_code == 0, nothing.output
    assert nothing.stderr.startswith("nothing to re-read: every reading was made by reader")


def test_stale_readings_are_reported_refreshed_by_show_and_by_reread(
    inputs: Path, db: Path
) -> None:
    ingested(inputs, db)
    stories = json.loads(run(["stories", "--db", str(db), "--json"]).stdout)
    ferry = next(s for s in stories if "valleytimes.example" in s["outlets"])
    shown = run(["show", ferry["id"], "--db", str(db), "--format", "json"])
    exported = run(["export", "--db", str(db)]).stdout
    _age_readings(db)

    warning = (
        f"warning: 6 of 6 articles in {db} were read by another version of the reader; "
        f"read them again with `newsprism reread --db {db}`"
    )
    listed = run(["stories", "--db", str(db), "--json"])
    assert listed.exit_code == 0, listed.output
    assert listed.stderr.startswith(warning)
    stale = next(s for s in json.loads(listed.stdout) if s["id"] == ferry["id"])
    assert stale["conflict_count"] is None  # its analysis was made from stale readings
    export = run(["export", "--db", str(db)])
    assert export.stderr.startswith(warning) and export.stdout == exported
    ingest = ingested(inputs, db)
    assert warning in ingest.stderr and "added 0, skipped 6" in ingest.stderr

    again = run(["show", ferry["id"], "--db", str(db), "--format", "json"])  # re-reads it
    assert again.exit_code == 0, again.output
    assert again.stdout == shown.stdout  # same reader, same readings, same report
    left = 6 - ferry["size"]
    assert _stale(db) == left
    assert f"warning: {left} of 6 articles" in run(["stories", "--db", str(db)]).stderr

    reread = run(["reread", "--db", str(db)])
    assert reread.exit_code == 0, reread.output
    assert reread.stderr.startswith(f"re-read {left} articles with reader version ")
    assert "0 readings changed, 0 stories to compare again" in reread.stderr
    assert _stale(db) == 0
    after = json.loads(run(["stories", "--db", str(db), "--json"]).stdout)
    assert [(s["id"], s["size"]) for s in after] == [(s["id"], s["size"]) for s in stories]
    assert "warning" not in run(["export", "--db", str(db)]).stderr

    everything = run(["reread", "--db", str(db), "--all", "--quiet"])
    assert everything.exit_code == 0 and everything.stderr == ""
    assert run(["export", "--db", str(db)]).stdout == exported
