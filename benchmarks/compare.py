"""Comparison benchmark: ``compare_story`` on a 10-article story, and how it scales.

    .venv/bin/python benchmarks/compare.py [--corpus PATH] [--sizes 10,20,40,80,160]

The base story is the largest clusters of the dev corpus (../shared/corpus/dev.jsonl) filled up
to 10 articles, else the largest demo sample stories. Bigger stories replay the base articles
with new ids, new outlet names and slightly altered text (every ninth lower-case word, at a
position that shifts per replay, is reversed), re-read, then compared. Prints CPU time against
the number of sentences and the log-log slope, next to that of n log n over the same sizes.
Reading is not timed here (see reading.py).
"""

from __future__ import annotations

import argparse
import math
import re
import time
from collections import defaultdict
from dataclasses import replace
from pathlib import Path

from newsprism.compare import compare_story
from newsprism.compare.terms import clear_caches
from newsprism.errors import IngestError
from newsprism.ingest import build_article, iter_inputs, iter_jsonl_records
from newsprism.model import Article, ReadArticle, Story
from newsprism.read import read_article
from newsprism.samples import UNRELATED, demo_dir

DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "dev.jsonl"
_LOWER = re.compile(r"\b[a-z]{4,}\b")
_BASE = 10


def base_articles(corpus: Path) -> tuple[list[Article], str]:
    """Ten articles: the largest story clusters, biggest first (ties by name)."""
    clusters: dict[str, list[Article]] = defaultdict(list)
    if corpus.is_file():
        origin = str(corpus)
        for item in iter_jsonl_records(corpus):
            if isinstance(item, IngestError):
                continue
            label = str(item.record.get("cluster") or "")
            if label and not label.startswith("singleton"):
                clusters[label].append(item.article)
    else:
        origin = f"{demo_dir()} (demo samples; dev corpus absent)"
        for folder in sorted(demo_dir().iterdir()):
            if folder.is_dir() and folder.name != UNRELATED:
                for article in iter_inputs([str(folder)]):
                    if not isinstance(article, IngestError):
                        clusters[folder.name].append(article)
    ordered = sorted(clusters.items(), key=lambda kv: (-len(kv[1]), kv[0]))
    chosen: list[Article] = []
    names = []
    for label, members in ordered:
        if len(chosen) >= _BASE:
            break
        chosen.extend(members[: _BASE - len(chosen)])
        names.append(label)
    return chosen, f"{origin}: {', '.join(names)}"


def altered(article: Article, k: int) -> Article:
    """Replay ``k`` of an article: new id and outlet, a few words reversed."""
    if k == 0:
        return article
    count = 0

    def swap(m: re.Match[str]) -> str:
        nonlocal count
        count += 1
        return m.group()[::-1] if count % 9 == k % 9 else m.group()

    return replace(
        article,
        id=f"{article.id}~{k}",
        source=f"{article.source} {k}",
        text=_LOWER.sub(swap, article.text),
        segments=(),
    )


def story_of(base: list[Article], size: int) -> Story:
    readings: list[ReadArticle] = []
    k = 0
    while len(readings) < size:
        for article in base:
            if len(readings) >= size:
                break
            readings.append(read_article(altered(article, k)))
        k += 1
    return Story(id=f"bench-{size}", articles=tuple(readings), label=f"{size} articles")


def timed(story: Story, repeats: int) -> float:
    """Best CPU time of ``repeats`` runs of ``compare_story``, each with cold caches."""
    best = math.inf
    for _ in range(repeats):
        clear_caches()
        start = time.process_time()
        compare_story(story)
        best = min(best, time.process_time() - start)
    return best


def slope(xs: list[float], ys: list[float]) -> float:
    """Least-squares slope of log(y) against log(x)."""
    lx = [math.log(x) for x in xs]
    ly = [math.log(max(y, 1e-9)) for y in ys]
    mx, my = sum(lx) / len(lx), sum(ly) / len(ly)
    den = sum((a - mx) ** 2 for a in lx)
    return sum((a - mx) * (b - my) for a, b in zip(lx, ly, strict=True)) / den


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--sizes", default="10,20,40,80,160")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    base, origin = base_articles(args.corpus)
    print(f"base story: {len(base)} articles from {origin}")

    story = story_of(base, _BASE)
    compare_story(story)  # warm up
    ten = timed(story, 5)
    sentences = sum(len(r.sentences) for r in story.articles)
    verdict = "meets" if ten < 0.5 else "MISSES"
    print(
        f"10-article story: {ten:.3f} s CPU ({sentences} sentences), best of 5; "
        f"{verdict} the 0.5 s target"
    )
    print(f"{'articles':>8} {'sentences':>9} {'seconds':>8} {'ms/sentence':>11}")
    xs: list[float] = []
    ys: list[float] = []
    for size in sizes:
        story = story_of(base, size)
        n = sum(len(r.sentences) for r in story.articles)
        seconds = timed(story, 3 if size <= 40 else 1)
        xs.append(n)
        ys.append(seconds)
        print(f"{size:>8} {n:>9} {seconds:>8.3f} {1000 * seconds / n:>11.3f}")
    if len(xs) >= 2:
        fitted = slope(xs, ys)
        reference = slope(xs, [x * math.log(x) for x in xs])
        top = slope(xs[-2:], ys[-2:])
        top_ref = slope(xs[-2:], [x * math.log(x) for x in xs[-2:]])
        verdict = "within" if max(fitted - reference, top - top_ref) <= 0.05 else "STEEPER than"
        print(
            f"log-log slope: {fitted:.2f} overall, {top:.2f} between the two largest sizes "
            f"(n log n: {reference:.2f} and {top_ref:.2f}; n^2: 2.00) — {verdict} n log n"
        )
    worst_cases()


# One long sentence (or one short line) repeated to 40 KB, in two articles: input that makes
# any per-cue rescan of a sentence quadratic.
WORST_CASES = {
    "blame cues": "Officials blamed the attack on the Tarn Front and ",
    "backing cues": "Velmar backs the the the the rebels and ",
    "responsibility cues": "the group was believed to be behind the bombing, ",
    "negations": "Officials did not not not confirm the toll ",
    "weekdays": "on Monday late on Tuesday early Wednesday ",
    "names": "Mr. Olk Vell Tarn Brask said ",
    "date lines": "- Jun 13, 2022\n",
}


def worst_cases(size: int = 40_000) -> None:
    """CPU seconds of ``compare_story`` on two articles of each worst case."""
    timings = []
    for name, unit in WORST_CASES.items():
        text = unit * (size // len(unit))
        readings = tuple(
            read_article(replace(_worst_article(text), id=f"w{i}", source=f"w{i}"))
            for i in range(2)
        )
        clear_caches()
        start = time.process_time()
        compare_story(Story(name, readings))
        timings.append(f"{name} {time.process_time() - start:.2f}")
    print(f"worst cases (2 x {size // 1000} KB, compare s): " + ", ".join(timings))


def _worst_article(text: str) -> Article:
    return build_article(text.encode(), text, source="w", article_id="w")


if __name__ == "__main__":
    main()
