"""Grouping benchmark: quality on the dev corpus, throughput, and a 100k-article scale run.

    .venv/bin/python benchmarks/grouping.py [--corpus PATH] [--scale 100000]

1. quality: B-cubed P/R/F1 and ARI of the story grouper on the labelled corpus (date order);
2. throughput: ingest (JSONL) + read (when the reading stage is importable) + group, one core;
3. scale: the corpus replayed with shifted dates and altered names (each replay its own set of
   stories) up to ``--scale`` articles, built in memory; amortised ms per article for the
   grouper, peak memory (max RSS), and B-cubed against the replayed labels;
4. incremental store: the dev corpus (read) stored in 1-32 ingests, in date order and shuffled,
   B-cubed against grouping it at once; then ``--ingest`` replayed articles stored and grouped
   in 20 date-ordered ingests (``update_stories`` after each): ms per article of the first,
   median and last ingest, and B-cubed against grouping the same articles at once.
"""

from __future__ import annotations

import argparse
import hashlib
import random
import re
import resource
import sys
import tempfile
import time
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

from newsprism.errors import IngestError
from newsprism.group.evaluate import score_clusters
from newsprism.group.stories import StoryGrouper, group_articles
from newsprism.group.syndication import SyndicationIndex
from newsprism.ingest.jsonl import iter_jsonl_records
from newsprism.model import Article, ReadArticle
from newsprism.store import Store, update_stories

DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "dev.jsonl"
_CAPITAL = re.compile(r"\b([A-Z][a-z]{2,})\b")
_LETTERS = "bcdfghjklmnpqrstvwxz"


def load(path: Path) -> tuple[list[Article], dict[str, str]]:
    articles: list[Article] = []
    gold: dict[str, str] = {}
    for item in iter_jsonl_records(path):
        if isinstance(item, IngestError):
            continue
        label = item.record.get("cluster") or ""
        if not label or label.startswith("singleton"):
            label = "singleton:" + item.article.id
        articles.append(item.article)
        gold[item.article.id] = label
    return articles, gold


def _tag(k: int) -> str:
    digest = hashlib.sha1(str(k).encode()).digest()
    return "".join(_LETTERS[b % len(_LETTERS)] for b in digest[:3])


def replay(
    articles: list[Article], gold: dict[str, str], total: int
) -> tuple[list[Article], dict[str, str]]:
    """Copies of the corpus until ``total`` articles: replay k shifts dates by 11·k days and
    suffixes every capitalised word with a replay tag, so each replay is a new set of stories."""
    out: list[Article] = []
    labels: dict[str, str] = {}
    k = 0
    while len(out) < total:
        tag = _tag(k)
        shift = timedelta(days=11 * k)
        for a in articles:
            if len(out) >= total:
                break
            text = _CAPITAL.sub(lambda m, t=tag: m.group(1) + t, a.text)  # type: ignore[misc]
            title = _CAPITAL.sub(lambda m, t=tag: m.group(1) + t, a.title) if a.title else None  # type: ignore[misc]
            new_id = f"{a.id}~{k}"
            out.append(
                replace(
                    a,
                    id=new_id,
                    text=text,
                    title=title,
                    segments=(),
                    published=a.published + shift if a.published else None,
                )
            )
            labels[new_id] = f"{gold[a.id]}~{k}"
        k += 1
    return out, labels


def _reader() -> object | None:
    try:
        from newsprism.read import read_article
    except ImportError:
        return None
    return read_article


def _stream_order(r: ReadArticle) -> tuple[bool, date, str]:
    """The grouper's stream order: dated first (estimated dates count as undated), ties by id."""
    return (r.published is None or r.published_estimated, r.published or date.min, r.id)


def _store_grouping(batches: list[list[ReadArticle]]) -> dict[str, str]:
    with tempfile.TemporaryDirectory() as folder, Store.open(Path(folder) / "s.db") as store:
        for batch in batches:
            update_stories(store, store.add_articles(batch).added_ids)
        return {k: v or "" for k, v in store.story_assignments().items()}


def splits(articles: list[Article], gold: dict[str, str]) -> None:
    """The dev corpus stored in several ingests against grouping it at once (both read)."""
    reader = _reader()
    if reader is None:
        return
    readings: list[ReadArticle] = [reader(a) for a in articles]  # type: ignore[operator]
    once = group_articles(readings, StoryGrouper())
    ordered = sorted(readings, key=_stream_order)
    shuffled = readings[:]
    random.Random(7).shuffle(shuffled)
    for name, items, counts in (
        ("date-ordered", ordered, (2, 8, 32)),
        ("shuffled", shuffled, (2, 8)),
    ):
        for count in counts:
            size = -(-len(items) // count)
            got = _store_grouping([items[i : i + size] for i in range(0, len(items), size)])
            print(
                f"store, {count} {name} ingests: B-cubed F1 {score_clusters(once, got).f1:.4f} "
                f"against grouping at once ({score_clusters(gold, got).f1:.4f} against gold, "
                f"{score_clusters(gold, once).f1:.4f} at once)"
            )


def incremental(articles: list[Article], gold: dict[str, str], total: int, runs: int = 20) -> None:
    """Store and group ``total`` replayed articles in ``runs`` date-ordered ingests."""
    items, _labels = replay(articles, gold, total)
    readings = [  # replays share their source's content hash: give each its own
        ReadArticle(
            article=replace(a, content_hash=hashlib.sha256(a.id.encode()).hexdigest()),
            published=a.published,
        )
        for a in items
    ]
    readings.sort(key=_stream_order)
    size = -(-len(readings) // runs)
    costs: list[float] = []
    with tempfile.TemporaryDirectory() as folder, Store.open(Path(folder) / "b.db") as store:
        for at in range(0, len(readings), size):
            added = store.add_articles(readings[at : at + size]).added_ids
            start = time.process_time()
            update_stories(store, added)
            costs.append(1000 * (time.process_time() - start) / max(len(added), 1))
        stored = {k: v or "" for k, v in store.story_assignments().items()}
    once = score_clusters(group_articles(readings, StoryGrouper()), stored, limit=0)
    print(
        f"incremental store: {len(readings)} articles in {len(costs)} date-ordered ingests, "
        f"update_stories ms CPU/article: first {costs[0]:.2f}, median "
        f"{sorted(costs)[len(costs) // 2]:.2f}, last {costs[-1]:.2f} (undated articles stream "
        f"last); B-cubed F1 against grouping at once {once.f1:.4f}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--scale", type=int, default=100_000)
    parser.add_argument("--ingest", type=int, default=10_000)
    args = parser.parse_args()
    print("command:", " ".join([Path(sys.executable).name, *sys.argv]))

    articles, gold = load(args.corpus)
    scores = score_clusters(gold, group_articles(articles, StoryGrouper()))
    print(
        f"quality: {scores.articles} articles, B-cubed P {scores.precision:.3f} "
        f"R {scores.recall:.3f} F1 {scores.f1:.3f}, ARI {scores.ari:.3f}"
    )

    reader = _reader()
    rounds = 10
    start = time.process_time()
    count = 0
    for _ in range(rounds):
        loaded, _labels = load(args.corpus)
        items: list[Article] | list[ReadArticle] = loaded
        if reader is not None:
            items = [reader(a) for a in loaded]  # type: ignore[operator]
        group_articles(items, StoryGrouper())
        count += len(loaded)
    elapsed = time.process_time() - start
    stages = "ingest+read+group" if reader is not None else "ingest+group (reading unavailable)"
    print(f"throughput: {stages} {count / elapsed:.0f} articles/s of CPU time ({count} articles)")

    big, big_gold = replay(articles, gold, args.scale)
    big.sort(key=lambda a: (a.published is None, a.published or date.min, a.id))
    grouper = StoryGrouper()
    start, cpu_start = time.perf_counter(), time.process_time()
    assigned = {a.id: grouper.add(a) for a in big}
    grouper.merge_check()
    elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu_start
    predicted = {a: grouper.story_of(a) for a in assigned}
    big_scores = score_clusters(big_gold, predicted, limit=0)
    index = SyndicationIndex()
    sample = big[: min(len(big), 20_000)]
    syn_start = time.perf_counter()
    for a in sample:
        index.add(a)
    syn_elapsed = time.perf_counter() - syn_start
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        f"scale: {len(big)} articles, grouping (features + assignment) "
        f"{1000 * cpu / len(big):.3f} ms CPU/article amortised "
        f"({1000 * elapsed / len(big):.3f} ms wall), {len(grouper.stories())} stories, "
        f"B-cubed F1 {big_scores.f1:.3f}"
    )
    print(
        f"syndication index: {1000 * syn_elapsed / len(sample):.3f} ms/article "
        f"({len(sample)} articles)"
    )
    print(f"peak memory (max RSS, grouping and syndication runs): {peak_mb:.0f} MB")
    splits(articles, gold)
    if args.ingest:
        incremental(articles, gold, args.ingest)


if __name__ == "__main__":
    main()
