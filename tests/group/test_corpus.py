"""Story grouping on the labelled development corpus (skipped when ../shared is absent)."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsprism.cli.evaluate import load_labelled
from newsprism.group.evaluate import score_clusters
from newsprism.group.stories import group_articles


@pytest.mark.corpus
def test_dev_corpus_bcubed_f1(corpus_path: Path) -> None:
    articles, gold, errors = load_labelled(corpus_path)
    assert not errors
    scores = score_clusters(gold, group_articles(articles))
    # measured 0.950 (P 0.946, R 0.954, ARI 0.930); the floor leaves room for small drift
    assert scores.f1 >= 0.93
    assert scores.ari >= 0.88
