"""Reading benchmark: ingest (JSON Lines → Article) + reading, one process, one core.

    .venv/bin/python benchmarks/reading.py [--corpus PATH] [--rounds 4]

Articles come from the dev corpus (../shared/corpus/dev.jsonl) when present, else from the
bundled demo samples turned into JSON Lines records. The corpus is replayed as a stream, each
replay with new ids, through :func:`newsprism.ingest.iter_jsonl_records` and
:func:`newsprism.read.read_article`; nothing is kept, so memory must stay flat.

1. throughput: articles per CPU-second (one core; wall-clock figure too), MB/s of article text;
2. memory: resident set size after streaming N and 4N articles, and the peak (max RSS);
3. breakdown: CPU time in ingest and in each reading component over one pass;
4. scaling with article length: the corpus joined into 100 KB articles, and worst cases
   (a 40 KB "sentence" of numbers, years, titles, quote marks...) that must stay linear.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import resource
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO, cast

from newsprism.errors import IngestError
from newsprism.ingest import build_article, iter_inputs, iter_jsonl_records
from newsprism.model import Article, ReadArticle
from newsprism.read import read_article
from newsprism.read.mentions import find_mentions
from newsprism.read.quantities import find_quantities
from newsprism.read.quotes import find_quotes
from newsprism.read.sentences import split_sentences
from newsprism.read.timerefs import find_timerefs_dated
from newsprism.samples import demo_dir

DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "dev.jsonl"
_ID_SLOT = "\x00ID\x00"


class Template:
    """One JSON Lines record with a hole for its id, so a replay costs a byte concatenation."""

    __slots__ = ("head", "id", "tail")

    def __init__(self, record: dict[str, object]) -> None:
        self.id = str(record.get("id") or "")
        line = json.dumps({**record, "id": _ID_SLOT}, ensure_ascii=False)
        head, tail = line.split(json.dumps(_ID_SLOT)[1:-1], 1)
        self.head, self.tail = head.encode(), (tail + "\n").encode()

    def line(self, suffix: str) -> bytes:
        return self.head + (self.id + suffix).encode() + self.tail


class ReplayStream:
    """A binary stream (``readline`` only) of the templates replayed ``rounds`` times."""

    def __init__(self, templates: list[Template], rounds: int, first: int = 0) -> None:
        self._lines = (t.line(f"~{k}") for k in range(first, first + rounds) for t in templates)

    def readline(self, size: int = -1) -> bytes:
        return next(self._lines, b"")


def load_templates(corpus: Path) -> tuple[list[Template], str]:
    """Records of the dev corpus, or of the demo samples when it is absent."""
    if corpus.is_file():
        with corpus.open("rb") as stream:
            records = [json.loads(line) for line in stream if line.strip()]
        return [Template(r) for r in records], str(corpus)
    records = []
    for item in iter_inputs([str(demo_dir())]):
        if isinstance(item, IngestError):
            continue
        records.append(
            {
                "id": item.id,
                "source": item.source,
                "title": item.title,
                "url": item.url,
                "date": item.published.isoformat() if item.published else None,
                "text": item.text,
            }
        )
    return [Template(r) for r in records], f"{demo_dir()} (demo samples; dev corpus absent)"


def stream(templates: list[Template], rounds: int, first: int = 0) -> Iterator[Article]:
    """Ingest the replayed records: JSON parsing, normalisation, hashing, segmentation."""
    source = cast(BinaryIO, ReplayStream(templates, rounds, first))
    for item in iter_jsonl_records(source, name="replay"):
        if not isinstance(item, IngestError):
            yield item.article


def rss_mb() -> float:
    """Current resident set size (MB), from /proc; the peak when /proc is unavailable."""
    try:
        with open("/proc/self/statm") as statm:
            pages = int(statm.read().split()[1])
        return pages * os.sysconf("SC_PAGE_SIZE") / 2**20
    except (OSError, ValueError):
        return peak_mb()


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


class Run:
    """Totals over a streamed run."""

    def __init__(self) -> None:
        self.articles = 0
        self.text_bytes = 0
        self.cpu = 0.0
        self.wall = 0.0


def run(templates: list[Template], rounds: int, first: int) -> Run:
    totals = Run()
    cpu0, wall0 = time.process_time(), time.perf_counter()
    for article in stream(templates, rounds, first):
        read_article(article)
        totals.articles += 1
        totals.text_bytes += len(article.text.encode("utf-8"))
    totals.cpu = time.process_time() - cpu0
    totals.wall = time.perf_counter() - wall0
    return totals


COMPONENTS = ("ingest", "sentences", "mentions", "quantities", "timerefs", "quotes")


def breakdown(templates: list[Template]) -> dict[str, float]:
    """CPU seconds per component over one pass (the steps of ``read_article``, timed apart);
    checks the assembled reading equals ``read_article``'s."""
    spent = dict.fromkeys(COMPONENTS, 0.0)
    clock = time.process_time
    articles = stream(templates, 1, first=10_000)
    while True:
        t0 = clock()
        article = next(articles, None)
        t1 = clock()
        spent["ingest"] += t1 - t0
        if article is None:
            break
        sentences = split_sentences(article)
        t2 = clock()
        mentions = find_mentions(article, sentences)
        t3 = clock()
        quantities = find_quantities(article, sentences, mentions)
        t4 = clock()
        timerefs, published, estimated = find_timerefs_dated(article, sentences, article.published)
        t5 = clock()
        quotes = find_quotes(article, sentences, mentions)
        t6 = clock()
        spent["sentences"] += t2 - t1
        spent["mentions"] += t3 - t2
        spent["quantities"] += t4 - t3
        spent["timerefs"] += t5 - t4
        spent["quotes"] += t6 - t5
        assembled = ReadArticle(
            article, sentences, mentions, quantities, timerefs, quotes, published, estimated
        )
        if assembled != read_article(article):
            raise SystemExit(f"breakdown out of step with read_article on {article.id}")
    return spent


# Hostile or odd inputs: one long "sentence" each, where a scan per item over the sentence
# or per word over the rest of a chain would make reading quadratic.
WORST_CASES = {
    "numbers": "1 2, 3.4 ",
    "years": "in 2020 ",
    "titles": "Gen. ",
    "title words": "Foreign Minister ",
    "dates": "Oct. 22 Tuesday ",
    "capitals": "Abc of the ",
    "quote marks": '"a" ',
    "acronyms": "U.S. ",
    "possessives": "Abc's ",
}


def worst_cases(size: int) -> list[tuple[str, float]]:
    """MB/s of text (CPU) reading one ``size``-character article of each worst case."""
    out = []
    for name, unit in WORST_CASES.items():
        text = unit * (size // len(unit))
        article = build_article(text.encode(), text, source="bench", article_id=name)
        start = time.process_time()
        read_article(article)
        out.append((name, len(text) / max(time.process_time() - start, 1e-9) / 1e6))
    return out


def long_article(templates: list[Template], size: int) -> float:
    """MB/s reading the corpus joined into articles of about ``size`` characters."""
    texts = [json.loads(t.line(""))["text"] for t in templates]
    joined = "\n\n".join(texts)
    total, spent = 0, 0.0
    for k in range(0, len(joined), size):
        text = joined[k : k + size]
        article = build_article(text.encode(), text, source="bench", article_id=f"long{k}")
        start = time.process_time()
        read_article(article)
        spent += time.process_time() - start
        total += len(text)
    return total / spent / 1e6


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--rounds", type=int, default=4, help="replays in the first (N) run")
    parser.add_argument("--worst-size", type=int, default=40_000, help="characters per case")
    args = parser.parse_args()
    templates, origin = load_templates(args.corpus)
    print(f"corpus: {origin}, {len(templates)} articles per replay")

    run(templates, 1, first=-1)  # warm up: imports, caches, compiled patterns
    gc.collect()
    rss0 = rss_mb()
    first = run(templates, args.rounds, first=0)
    gc.collect()
    rss_n = rss_mb()
    second = run(templates, 3 * args.rounds, first=args.rounds)
    gc.collect()
    rss_4n = rss_mb()

    total = Run()
    for part in (first, second):
        total.articles += part.articles
        total.text_bytes += part.text_bytes
        total.cpu += part.cpu
        total.wall += part.wall
    n, n4 = first.articles, first.articles + second.articles
    print(
        f"throughput: {total.articles / total.cpu:.0f} articles/s per core (CPU time), "
        f"{total.articles / total.wall:.0f} articles/s wall; "
        f"{total.text_bytes / total.cpu / 1e6:.2f} MB/s of text; "
        f"{total.text_bytes / total.articles / 1000:.1f} KB/article; {total.articles} articles"
    )
    print(
        f"memory: RSS {rss0:.1f} MB after warm-up, {rss_n:.1f} MB after N={n}, "
        f"{rss_4n:.1f} MB after 4N={n4} (growth {rss_4n - rss_n:+.1f} MB); "
        f"peak {peak_mb():.1f} MB"
    )
    spent = breakdown(templates)
    whole = sum(spent.values())
    print(f"breakdown (one pass, {len(templates)} articles, CPU ms/article and share):")
    for name in COMPONENTS:
        per = 1000 * spent[name] / len(templates)
        print(f"  {name:<11} {per:6.3f} ms  {100 * spent[name] / whole:5.1f}%")
    print(f"  {'total':<11} {1000 * whole / len(templates):6.3f} ms (ingest + reading)")
    print(
        f"long articles: {long_article(templates, 100_000):.2f} MB/s reading the corpus "
        "joined into 100 KB articles (no ingest)"
    )
    cases = worst_cases(args.worst_size)
    print(
        f"worst cases ({args.worst_size // 1000} KB, one sentence each), MB/s: "
        + ", ".join(f"{name} {mbs:.2f}" for name, mbs in cases)
    )
    sys.stdout.flush()


if __name__ == "__main__":
    main()
