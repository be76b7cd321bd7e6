"""Check that speed work leaves the reading stage's results unchanged.

    .venv/bin/python benchmarks/outputs.py save /tmp/read-before.jsonl
    ... change the code ...
    .venv/bin/python benchmarks/outputs.py check /tmp/read-before.jsonl

Reads every article of the dev corpus (../shared/corpus/dev.jsonl), the seeds (../shared/seeds)
when present and the bundled demo samples, and writes ``to_data(read_article(a))`` one JSON line
per article. ``check`` recomputes and compares, counting differences per component
(sentences, mentions, quantities, timerefs, quotes, published...), and exits 1 on any.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from newsprism.codec import to_data
from newsprism.errors import IngestError
from newsprism.ingest import iter_inputs
from newsprism.model import Article
from newsprism.read import read_article
from newsprism.samples import demo_dir

SHARED = Path(__file__).resolve().parents[2] / "shared"
CORPUS = SHARED / "corpus" / "dev.jsonl"
SEEDS = SHARED / "seeds"


def articles() -> Iterator[Article]:
    """The dev corpus, the seeds (when present) and the demo samples, in a fixed order."""
    inputs = [str(p) for p in (CORPUS, SEEDS) if p.exists()] + [str(demo_dir())]
    for item in iter_inputs(inputs):
        if not isinstance(item, IngestError):
            yield item


def readings() -> Iterator[dict[str, Any]]:
    for article in articles():
        data = to_data(read_article(article))
        yield {"id": article.id, **data}


def save(path: Path) -> int:
    count = 0
    with path.open("w", encoding="utf-8") as out:
        for row in readings():
            out.write(json.dumps(row, ensure_ascii=False, sort_keys=True) + "\n")
            count += 1
    print(f"saved {count} readings to {path}")
    return 0


def check(path: Path) -> int:
    with path.open(encoding="utf-8") as stream:
        before = [json.loads(line) for line in stream]
    after = list(readings())
    diffs: Counter[str] = Counter()
    examples: dict[str, str] = {}
    if len(before) != len(after):
        diffs["article count"] += 1
    for old, new in zip(before, after, strict=False):
        if old["id"] != new["id"]:
            diffs["article order"] += 1
            continue
        for key in sorted(set(old) | set(new)):
            if old.get(key) != new.get(key):
                diffs[key] += 1
                examples.setdefault(key, old["id"])
    if not diffs:
        print(f"identical: {len(after)} readings")
        return 0
    for key, count in sorted(diffs.items()):
        print(f"DIFFERENT {key}: {count} articles (first: {examples.get(key, '-')})")
    return 1


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("action", choices=("save", "check"))
    parser.add_argument("path", type=Path)
    args = parser.parse_args()
    return save(args.path) if args.action == "save" else check(args.path)


if __name__ == "__main__":
    sys.exit(main())
