"""``newsprism eval``: measure newsprism against labelled data.

``newsprism eval clusters LABELLED.jsonl`` streams the articles (in date order) through the
story grouper and scores the stories against each line's ``cluster`` label: B-cubed
precision/recall/F1, adjusted Rand index, and the worst merges and splits. Lines whose label
starts with ``singleton`` (or that have none) are their own cluster.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import click

from newsprism.cli.app import main
from newsprism.errors import IngestError
from newsprism.group.evaluate import ClusterError, ClusterScores, score_clusters
from newsprism.group.stories import StoryGrouper, group_articles
from newsprism.ingest.jsonl import iter_jsonl_records
from newsprism.model import Article, ReadArticle


def load_labelled(path: Path) -> tuple[list[Article], dict[str, str], list[IngestError]]:
    """Articles of a labelled JSON Lines file, their gold labels, and the lines that failed."""
    articles: list[Article] = []
    gold: dict[str, str] = {}
    errors: list[IngestError] = []
    for item in iter_jsonl_records(path):
        if isinstance(item, IngestError):
            errors.append(item)
            continue
        article = item.article
        if article.id in gold:
            errors.append(IngestError(f"{path}", f"duplicate article id {article.id!r}"))
            continue
        label = item.record.get("cluster")
        if not isinstance(label, str) or not label or label.startswith("singleton"):
            label = f"singleton:{article.id}"
        articles.append(article)
        gold[article.id] = label
    return articles, gold, errors


def _error_json(error: ClusterError) -> dict[str, Any]:
    return {
        "cluster": error.cluster,
        "size": error.size,
        "parts": [{"label": k, "articles": list(v)} for k, v in error.parts],
    }


def scores_json(scores: ClusterScores) -> dict[str, Any]:
    return {
        "articles": scores.articles,
        "gold_clusters": scores.gold_clusters,
        "predicted_clusters": scores.predicted_clusters,
        "bcubed": {
            "precision": round(scores.precision, 4),
            "recall": round(scores.recall, 4),
            "f1": round(scores.f1, 4),
        },
        "ari": round(scores.ari, 4),
        "worst_merges": [_error_json(e) for e in scores.merges],
        "worst_splits": [_error_json(e) for e in scores.splits],
    }


def _error_lines(title: str, errors: tuple[ClusterError, ...]) -> list[str]:
    lines = [f"{title}:" if errors else f"{title}: none"]
    for error in errors:
        parts = "; ".join(f"{label}: {', '.join(ids)}" for label, ids in error.parts)
        lines.append(f"  {error.cluster} ({error.size}) = {parts}")
    return lines


def scores_text(scores: ClusterScores) -> str:
    lines = [
        f"articles {scores.articles}, gold clusters {scores.gold_clusters}, "
        f"predicted {scores.predicted_clusters}",
        f"B-cubed precision {scores.precision:.3f}  recall {scores.recall:.3f}  F1 {scores.f1:.3f}",
        f"adjusted Rand index {scores.ari:.3f}",
    ]
    lines += _error_lines("worst merges (predicted story = gold clusters)", scores.merges)
    lines += _error_lines("worst splits (gold cluster = predicted stories)", scores.splits)
    return "\n".join(lines)


@main.group(name="eval")
def eval_group() -> None:
    """Measure newsprism against labelled data."""


@eval_group.command()
@click.argument("labelled", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
@click.option("--read", "read_first", is_flag=True, help="Run the reading stage first.")
@click.option("--limit", default=5, show_default=True, help="Worst merges/splits to list.")
def clusters(labelled: Path, as_json: bool, read_first: bool, limit: int) -> None:
    """Group LABELLED.jsonl into stories and score them against its `cluster` labels."""
    articles, gold, errors = load_labelled(labelled)
    for error in errors:
        click.echo(f"error: {error.source}: {error.reason}", err=True)
    if not articles:
        raise click.ClickException(f"{labelled}: no articles")
    items: list[Article] | list[ReadArticle] = articles
    if read_first:
        from newsprism.read import read_article

        items = [read_article(a) for a in articles]
    predicted = group_articles(items, StoryGrouper())
    scores = score_clusters(gold, predicted, limit=limit)
    if as_json:
        click.echo(json.dumps(scores_json(scores), indent=2, ensure_ascii=False))
    else:
        click.echo(scores_text(scores))
