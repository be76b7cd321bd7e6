"""The ingest package's public names."""

from __future__ import annotations

import newsprism.ingest as ingest


def test_all_names_exist_once() -> None:
    assert len(set(ingest.__all__)) == len(ingest.__all__)
    for name in ingest.__all__:
        assert hasattr(ingest, name), name


def test_entry_points_are_exported() -> None:
    for name in ("iter_inputs", "iter_jsonl_records", "build_article", "segment"):
        assert name in ingest.__all__
