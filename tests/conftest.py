"""Shared fixtures: paths to ../shared data (tests using them skip when it is absent)."""

from __future__ import annotations

from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SEEDS = SHARED / "seeds"
CORPUS = SHARED / "corpus" / "dev.jsonl"


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    if not SEEDS.is_dir():
        pytest.skip("../shared/seeds is absent")
    return SEEDS


@pytest.fixture(scope="session")
def corpus_path() -> Path:
    if not CORPUS.is_file():
        pytest.skip("../shared/corpus/dev.jsonl is absent")
    return CORPUS


def seed_file(seeds: Path, prefix: str) -> Path:
    """The seed file whose name starts with ``prefix`` ("000", "001"...)."""
    return next(seeds.glob(f"{prefix}_*.txt"))
