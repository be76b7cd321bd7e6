"""``newsprism eval clusters`` on a small invented labelled file."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from newsprism.cli import main

QUAKE = (
    "A strong earthquake struck Tarvesh province on Monday, killing 41 people in the village "
    "of Olmekar, officials said. The magnitude 6.1 quake flattened mud brick homes in Olmekar."
)
QUAKE_2 = (
    "Rescuers in Olmekar searched collapsed houses after a magnitude 6.1 earthquake hit "
    "Tarvesh province, where 41 people died, officials said."
)
CONCERT = (
    "The Dunmere orchestra closed its season with a sold-out concert in the glass hall, where "
    "conductor Ilse Varga led a new symphony by composer Teodor Brask."
)


def _write(tmp_path: Path) -> Path:
    rows = [
        {"id": "q1", "date": "2031-05-05", "text": QUAKE, "cluster": "quake"},
        {"id": "q2", "date": "2031-05-05", "text": QUAKE_2, "cluster": "quake"},
        {"id": "c1", "date": "2031-05-06", "text": CONCERT, "cluster": "singleton-1"},
    ]
    for row, outlet in zip(rows, ("a.example", "b.example", "c.example"), strict=True):
        row["outlet"] = outlet
    path = tmp_path / "labelled.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def test_eval_clusters_text(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["eval", "clusters", str(_write(tmp_path))])
    assert result.exit_code == 0, result.output
    assert "F1 1.000" in result.output
    assert "worst merges (predicted story = gold clusters): none" in result.output


def test_eval_clusters_json(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["eval", "clusters", str(_write(tmp_path)), "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["articles"] == 3
    assert data["gold_clusters"] == 2
    assert data["bcubed"]["f1"] == 1.0
    assert data["worst_splits"] == []


def test_eval_clusters_reports_bad_lines_on_stderr(tmp_path: Path) -> None:
    path = _write(tmp_path)
    with path.open("a", encoding="utf-8") as fh:
        fh.write("{not json\n")
    result = CliRunner().invoke(main, ["eval", "clusters", str(path)])
    assert result.exit_code == 0
    assert "error:" in result.stderr
    assert "F1 1.000" in result.stdout
