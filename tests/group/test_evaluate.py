"""B-cubed, ARI and worst merges/splits on a hand-worked case."""

from __future__ import annotations

import pytest

from newsprism.group.evaluate import bcubed, score_clusters

GOLD = {"a": "x", "b": "x", "c": "x", "d": "y", "e": "y"}


def test_perfect_grouping_scores_one() -> None:
    assert bcubed(GOLD, GOLD) == (1.0, 1.0, 1.0)
    assert score_clusters(GOLD, GOLD).ari == pytest.approx(1.0)


def test_bcubed_by_hand() -> None:
    # predicted {a,b} {c,d,e}: precision a,b 1; c 1/3; d,e 2/3 → (2 + 1/3 + 4/3)/5 = 11/15
    # recall a,b 2/3; c 1/3; d,e 1 → (4/3 + 1/3 + 2)/5 = 11/15
    predicted = {"a": "p", "b": "p", "c": "q", "d": "q", "e": "q"}
    precision, recall, f1 = bcubed(GOLD, predicted)
    assert precision == pytest.approx(11 / 15)
    assert recall == pytest.approx(11 / 15)
    assert f1 == pytest.approx(11 / 15)


def test_worst_merge_and_split_are_reported() -> None:
    predicted = {"a": "p", "b": "p", "c": "q", "d": "q", "e": "q"}
    scores = score_clusters(GOLD, predicted)
    assert scores.merges[0].cluster == "q"
    assert scores.merges[0].parts == (("y", ("d", "e")), ("x", ("c",)))
    assert scores.splits[0].cluster == "x"
    assert scores.splits[0].parts == (("p", ("a", "b")), ("q", ("c",)))


def test_missing_prediction_is_an_error() -> None:
    with pytest.raises(ValueError, match="no predicted cluster"):
        bcubed(GOLD, {"a": "p"})
