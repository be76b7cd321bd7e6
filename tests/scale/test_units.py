"""Planning: line ranges of JSON Lines files and the units of a mixed input list."""

from __future__ import annotations

from pathlib import Path

from newsprism.scale.units import Unit, jsonl_ranges, plan_units


def test_jsonl_ranges_split_by_lines_with_first_line_numbers(tmp_path: Path) -> None:
    feed = tmp_path / "a.jsonl"
    feed.write_bytes(b'{"a": 1}\n{"b": 2}\n\n{"c": 3}\n{"d": 4}')
    units = jsonl_ranges(str(feed), "a.jsonl", 2)
    assert [(u.kind, u.start, u.end, u.first_line) for u in units] == [
        ("lines", 0, 18, 1),
        ("lines", 18, 28, 3),
        ("lines", 28, 36, 5),
    ]
    assert jsonl_ranges(str(feed), "a.jsonl", 10) == [Unit("file", "a.jsonl", path=str(feed))]


def test_plan_lists_directories_in_reading_order(tmp_path: Path) -> None:
    (tmp_path / "b.txt").write_text("Bravo.", encoding="utf-8")
    (tmp_path / "a.html").write_text("<p>Alpha.</p>", encoding="utf-8")
    (tmp_path / "skip.bin").write_bytes(b"\0")
    units = list(
        plan_units(
            [str(tmp_path), "https://example.test/feed.xml", str(tmp_path / "gone.txt")],
            lambda path, name: [],
            batch_size=5,
        )
    )
    assert [(u.kind, u.name) for u in units] == [
        ("file", str(tmp_path / "a.html")),
        ("file", str(tmp_path / "b.txt")),
        ("url", "https://example.test/feed.xml"),
        ("error", str(tmp_path / "gone.txt")),
    ]
