"""How well the comparison aligns statements that several outlets share.

For every "Agreed by 3+" item of ../shared/corpus/dev_notes.md (a statement with a phrase per
article, e.g. ``[a04-1] `killed in an attack at his home` ``), the item counts as aligned when
one fact of the story has evidence sentences containing the phrases of at least two of those
articles, and as fully aligned when all of them. Prints per-story and total figures.

    .venv/bin/python benchmarks/quality_facts.py [--corpus ../shared/corpus]
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import defaultdict
from pathlib import Path

from newsprism.api import build_story
from newsprism.compare import compare_story
from newsprism.ingest.jsonl import JsonlRecord, iter_jsonl_records
from newsprism.read import read_article

_STORY = re.compile(r"^## (\S+)")
_ITEM = re.compile(r"^- (.+)$")
_PHRASE = re.compile(r"\[([\w-]+)\] `([^`]+)`")


def agreed_items(notes: Path) -> dict[str, list[tuple[str, list[tuple[str, str]]]]]:
    """Per story, the agreed statements: (label, [(article id, phrase)])."""
    items: dict[str, list[tuple[str, list[tuple[str, str]]]]] = defaultdict(list)
    story, in_agreed = "", False
    for line in notes.read_text(encoding="utf-8").splitlines():
        if match := _STORY.match(line):
            story, in_agreed = match.group(1), False
        elif line.startswith("Agreed by"):
            in_agreed = True
        elif line.startswith("Discrepancies") or not line.strip():
            in_agreed = False
        elif in_agreed and (match := _ITEM.match(line)):
            phrases = _PHRASE.findall(match.group(1))
            label = match.group(1).split(":")[0]
            if len({a for a, _ in phrases}) >= 2:
                items[story].append((label, phrases))
    return items


def _norm(text: str) -> str:
    return " ".join(text.replace("’", "'").replace("“", '"').replace("”", '"').split()).lower()


def _covered(wanted: set[tuple[str, str]], fact: set[tuple[str, str]]) -> int:
    """How many of the wanted (article, phrase) pairs the fact's evidence contains."""
    return sum(any(a == fa and p in ft for fa, ft in fact) for a, p in wanted)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=Path("../shared/corpus"))
    args = parser.parse_args()
    notes, jsonl = args.corpus / "dev_notes.md", args.corpus / "dev.jsonl"
    if not notes.is_file():
        print(f"no {notes}: nothing to measure", file=sys.stderr)
        return 1
    by_story = defaultdict(list)
    for item in iter_jsonl_records(jsonl):
        if isinstance(item, JsonlRecord):
            by_story[item.record.get("cluster")].append(item.article)
    total = partial = full = 0
    for story, items in sorted(agreed_items(notes).items()):
        articles = by_story.get(story, [])
        analysis = compare_story(build_story([read_article(a) for a in articles]))
        facts = [
            {(span.article_id, _norm(span.text)) for span in fact.evidence}
            for fact in analysis.facts
        ]
        found = 0
        for label, phrases in items:
            wanted = {(a, _norm(p)) for a, p in phrases}
            best = max(
                (
                    sum(any(a == fa and p in ft for fa, ft in fact) for a, p in wanted)
                    for fact in facts
                ),
                default=0,
            )
            articles_named = len({a for a, _ in wanted})
            total += 1
            if best >= 2:
                partial += 1
                found += 1
            if best >= articles_named:
                full += 1
            mark = "ok " if best >= 2 else "MISS"
            print(f"{mark} {story}: {label} ({best}/{articles_named} articles in one fact)")
        print(f"   {story}: {found}/{len(items)} agreed statements aligned")
    print(f"\naligned (>= 2 of the noted articles in one fact): {partial}/{total}")
    print(f"fully aligned (all noted articles in one fact): {full}/{total}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
