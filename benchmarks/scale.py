"""Scale-out benchmark: articles/s reading the dev corpus with 1 and 2 Dask workers.

    .venv/bin/python benchmarks/scale.py [--corpus PATH] [--replays 10] [--workers 1 2]

The corpus (../shared/corpus/dev.jsonl) is written ``--replays`` times into one temporary
JSON Lines file (one article per line, ids made unique), then read three ways: in this process
(:func:`newsprism.ingest.iter_inputs` + :func:`newsprism.read.read_article`) and with
:func:`newsprism.scale.read_parallel` on a local cluster of N worker processes. Times are
wall-clock and include starting the cluster; results are checked equal to the single-process
ones (count and article ids, in order). Needs ``pip install 'newsprism[scale]'``.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

from newsprism.errors import IngestError
from newsprism.ingest import iter_inputs
from newsprism.read import read_article
from newsprism.scale import read_parallel

DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "dev.jsonl"


def _replay(corpus: Path, replays: int, target: Path) -> int:
    records = [json.loads(line) for line in corpus.read_text(encoding="utf-8").splitlines() if line]
    with target.open("w", encoding="utf-8") as out:
        for round_ in range(replays):
            for n, record in enumerate(records):
                out.write(json.dumps({**record, "id": f"r{round_}-{n}"}) + "\n")
    return len(records) * replays


def _ids(items: object) -> list[str]:
    return [
        f"error {item}" if isinstance(item, IngestError) else item.article.id
        for item in items  # type: ignore[attr-defined]
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--replays", type=int, default=10)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--batch-size", type=int, default=200)
    args = parser.parse_args()
    if not args.corpus.exists():
        sys.exit(f"no corpus at {args.corpus}")
    with tempfile.TemporaryDirectory() as folder:
        feed = Path(folder) / "replayed.jsonl"
        count = _replay(args.corpus, args.replays, feed)
        size = feed.stat().st_size / 1e6
        print(f"{count} articles, {size:.1f} MB of JSON Lines ({args.replays} replays)")
        start = time.perf_counter()
        expected = _ids(
            item if isinstance(item, IngestError) else read_article(item)
            for item in iter_inputs([str(feed)])
        )
        took = time.perf_counter() - start
        print(f"single process      {took:6.2f} s  {count / took:7.0f} articles/s")
        for workers in args.workers:
            start = time.perf_counter()
            got = _ids(read_parallel([str(feed)], workers=workers, batch_size=args.batch_size))
            took = time.perf_counter() - start
            same = "same results" if got == expected else "DIFFERENT RESULTS"
            print(
                f"dask {workers} worker(s)    {took:6.2f} s  {count / took:7.0f} articles/s"
                f"  ({same})"
            )


if __name__ == "__main__":
    main()
