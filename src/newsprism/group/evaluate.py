"""Score a grouping against gold labels: B-cubed precision/recall/F1, adjusted Rand index, and
the worst merges (predicted clusters mixing gold ones) and splits (gold clusters scattered).

Labels are plain strings; callers give each unlabelled (singleton) article its own label.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Mapping
from dataclasses import dataclass

from sklearn.metrics import adjusted_rand_score


@dataclass(frozen=True, slots=True)
class ClusterError:
    """One bad cluster: ``cluster`` is a predicted id (merge) or a gold label (split);
    ``parts`` maps the labels it mixes (or the predicted ids it is spread over) to article ids."""

    cluster: str
    size: int
    parts: tuple[tuple[str, tuple[str, ...]], ...]


@dataclass(frozen=True, slots=True)
class ClusterScores:
    precision: float
    recall: float
    f1: float
    ari: float
    articles: int
    gold_clusters: int
    predicted_clusters: int
    merges: tuple[ClusterError, ...]
    splits: tuple[ClusterError, ...]


def bcubed(gold: Mapping[str, str], predicted: Mapping[str, str]) -> tuple[float, float, float]:
    """B-cubed (precision, recall, F1) over the articles in ``gold`` (all must be predicted)."""
    missing = [a for a in gold if a not in predicted]
    if missing:
        raise ValueError(f"no predicted cluster for {len(missing)} articles, e.g. {missing[0]}")
    if not gold:
        return 1.0, 1.0, 1.0
    pairs = Counter((gold[a], predicted[a]) for a in gold)
    gold_size = Counter(gold.values())
    pred_size = Counter(predicted[a] for a in gold)
    precision = sum(n * n / pred_size[p] for (_, p), n in pairs.items()) / len(gold)
    recall = sum(n * n / gold_size[g] for (g, _), n in pairs.items()) / len(gold)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def adjusted_rand(gold: Mapping[str, str], predicted: Mapping[str, str]) -> float:
    """Adjusted Rand index of the two partitions of ``gold``'s articles."""
    ids = sorted(gold)
    return float(adjusted_rand_score([gold[a] for a in ids], [predicted[a] for a in ids]))


def _errors(
    outer: Mapping[str, str], inner: Mapping[str, str], limit: int
) -> tuple[ClusterError, ...]:
    """Clusters of ``outer`` that hold articles from several clusters of ``inner``, worst first
    (most articles outside their largest part)."""
    groups: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for article in sorted(outer):
        groups[outer[article]][inner[article]].append(article)
    found: list[tuple[int, int, ClusterError]] = []
    for cluster, parts in groups.items():
        if len(parts) < 2:
            continue
        size = sum(len(v) for v in parts.values())
        stray = size - max(len(v) for v in parts.values())
        ordered = sorted(parts.items(), key=lambda kv: (-len(kv[1]), kv[0]))
        error = ClusterError(cluster, size, tuple((k, tuple(v)) for k, v in ordered))
        found.append((-stray, -size, error))
    found.sort(key=lambda t: (t[0], t[1], t[2].cluster))
    return tuple(e for _, _, e in found[:limit])


def score_clusters(
    gold: Mapping[str, str], predicted: Mapping[str, str], limit: int = 5
) -> ClusterScores:
    """All scores plus the ``limit`` worst merges and splits."""
    precision, recall, f1 = bcubed(gold, predicted)
    pred = {a: predicted[a] for a in gold}
    return ClusterScores(
        precision=precision,
        recall=recall,
        f1=f1,
        ari=adjusted_rand(gold, pred),
        articles=len(gold),
        gold_clusters=len(set(gold.values())),
        predicted_clusters=len(set(pred.values())),
        merges=_errors(pred, gold, limit),
        splits=_errors(gold, pred, limit),
    )
