"""``newsprism eval conflicts`` and ``eval summary`` on a small fictional labelled file."""

from __future__ import annotations

import builtins
import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from newsprism.cli import main

STORY = [
    (
        "a",
        "Floods cut off Lune",
        "LUNE — Floods cut off the town of Lune on Tuesday, March 11, 2031, and 1,250 people "
        "were evacuated, Mayor Ilka Varros said.\n\n"
        "The river has risen above the old harbour wall, officials said.",
    ),
    (
        "b",
        "Lune evacuated as river rises",
        "About 1,250 people were evacuated from Lune on March 11, 2031, after the river burst "
        "its banks, Mayor Ilka Varros said.\n\n"
        "The river has risen above the old harbour wall, the town council said.",
    ),
    ("c", "Markets", "Fish prices in Dravia rose again on Friday, traders said."),
]


def _write(tmp_path: Path) -> Path:
    path = tmp_path / "stories.jsonl"
    lines = [
        {"id": aid, "title": title, "text": text, "date": "2031-03-12", "outlet": f"{aid}.example",
         "cluster": "lune-floods" if aid != "c" else "singleton-c"}
        for aid, title, text in STORY
    ]  # fmt: skip
    path.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    return path


def test_eval_conflicts_prints_recall_and_writes_a_json_report(tmp_path: Path) -> None:
    out = tmp_path / "report.json"
    args = ["eval", "conflicts", str(_write(tmp_path)), "--seed", "3", "--json-out", str(out)]
    result = CliRunner().invoke(main, [*args, "-q"])
    assert result.exit_code == 0, result.output
    assert "1 stories (2 articles)" in result.output
    assert "figure" in result.output and "false alarms per perturbed run" in result.output
    report = json.loads(out.read_text())
    assert report["seed"] == 3 and [s["story"] for s in report["stories"]] == ["lune-floods"]
    assert set(report["totals"]["recall"]) >= {"figure", "date", "negation", "title"}
    trials = report["stories"][0]["trials"]
    assert trials  # this story has at least a shared figure and a shared date to perturb
    for trial in trials:
        assert trial["article"] in {"a", "b"}
        assert {"hit", "article_hit", "false_alarms", "original", "replacement"} <= set(trial)
        assert isinstance(trial["comparable"], bool)
    figure = report["totals"]["recall"]["figure"]
    assert 0 <= figure["comparable_hits"] <= figure["comparable"] <= figure["trials"]
    assert "content words" in report["totals"]["comparable_definition"]
    assert "c.recall" in result.output
    again = tmp_path / "again.json"
    CliRunner().invoke(main, [*args[:-1], str(again), "-q"])
    first, second = json.loads(out.read_text()), json.loads(again.read_text())
    first.pop("seconds"), second.pop("seconds")
    assert first == second


def test_eval_conflicts_needs_a_file_or_samples(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["eval", "conflicts"])
    assert result.exit_code == 2 and "--samples" in result.output


def test_eval_summary_scores_against_references(tmp_path: Path) -> None:
    refs = tmp_path / "refs.jsonl"
    refs.write_text(json.dumps({"cluster": "lune-floods", "summary": STORY[1][2]}) + "\n")
    result = CliRunner().invoke(
        main, ["eval", "summary", str(_write(tmp_path)), "--references", str(refs), "--json"]
    )
    assert result.exit_code == 0, result.output
    payload = json.loads(result.output)
    assert [s["story"] for s in payload["stories"]] == ["lune-floods"]
    assert 0.0 < payload["mean"]["rouge1"] <= 1.0


def test_eval_summary_names_the_extra_when_rouge_score_is_missing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_import = builtins.__import__

    def refuse(name: str, *args: Any, **kwargs: Any) -> Any:
        if name.startswith("rouge_score"):
            raise ImportError(name)
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", refuse)
    refs = tmp_path / "refs.jsonl"
    refs.write_text(json.dumps({"cluster": "lune-floods", "summary": "x"}) + "\n")
    result = CliRunner().invoke(
        main, ["eval", "summary", str(_write(tmp_path)), "--references", str(refs)]
    )
    assert result.exit_code == 1
    assert "pip install 'newsprism[eval]'" in result.output


def test_summary_of_every_sample_story_against_its_bundled_reference() -> None:
    from newsprism.samples import demo_dir, story_dirs

    references = demo_dir().parent / "references.jsonl"
    clusters = {json.loads(line)["cluster"] for line in references.read_text().splitlines()}
    assert clusters == {d.name for d in story_dirs()}
    result = CliRunner().invoke(
        main, ["eval", "summary", "--samples", "--references", str(references), "--json"]
    )
    assert result.exit_code == 0, result.output
    stories = json.loads(result.output)["stories"]
    assert {s["story"] for s in stories} == clusters
    for story in stories:
        assert 0.1 < story["rouge1"] <= 1.0, story  # the summaries share words with the references
        assert 0 <= story["corroborated"] <= story["sentences"] <= 6
