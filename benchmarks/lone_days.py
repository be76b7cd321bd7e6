"""How often "flag a weekday no other outlet names" would fire on real stories.

For each story of a labelled JSON Lines file (default ../shared/corpus/dev.jsonl), prints every
trusted weekday reference of a body sentence whose day no other article names and that lies two
days or more from every day the other articles name: the flags such a rule would raise on
unperturbed stories (docs/QUALITY.md, "Why date and weekday stay far from 0.9").

    .venv/bin/python benchmarks/lone_days.py
"""

from __future__ import annotations

import argparse
from pathlib import Path

from newsprism.compare.dates import OTHER_EVENT, dated_refs, is_range
from newsprism.compare.dating import date_from_story
from newsprism.evaluate.stories import jsonl_stories
from newsprism.read import read_article

DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "dev.jsonl"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path, nargs="?", default=DEFAULT_CORPUS)
    stories, _ = jsonl_stories(parser.parse_args().corpus)
    flags = 0
    for story in stories:
        readings = date_from_story([read_article(a) for a in story.articles])
        named = {
            r.id: [t.resolved for t in r.timerefs if t.resolved and not is_range(t)]
            for r in readings
            if not r.published_estimated
        }
        for reading in readings:
            for sentence in reading.sentences:
                if sentence.role != "body" or OTHER_EVENT.search(sentence.text):
                    continue
                for ref in dated_refs(reading, sentence):
                    if ref.method != "weekday" or ref.resolved is None or is_range(ref):
                        continue
                    others = [d for aid, days in named.items() if aid != reading.id for d in days]
                    own = named.get(reading.id, [])
                    if ref.resolved in others or own.count(ref.resolved) > 1 or not others:
                        continue
                    if min(abs((d - ref.resolved).days) for d in others) < 2:
                        continue
                    flags += 1
                    print(f"{story.label} {reading.id} {ref.text!r} {ref.resolved}")
    print(f"{flags} flags in {len(stories)} stories")


if __name__ == "__main__":
    main()
