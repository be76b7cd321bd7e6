"""Conflict quality against the hand-noted discrepancies of the development corpus.

    .venv/bin/python benchmarks/quality_notes.py [--corpus PATH] [--notes PATH]
        [--dump PATH] [--story PREFIX] [--verbose]

For every story (``cluster``) of ``dev.jsonl`` that ``dev_notes.md`` describes, the articles are
compared as one story (``newsprism.api.compare_story``) and each noted discrepancy is matched
against the flagged conflicts.

Rule. A noted discrepancy lists quoted phrases, each with its article id. Each phrase is found in
its article's text on a normalised form (case, quote marks, dashes and white space folded; a
phrase cut with "..." is searched by its longest piece). The discrepancy is *found* when one
conflict of a fitting kind has evidence spans overlapping noted phrases in two of its different
variants (so the tool put the two noted values on opposite sides), or, for a conflict with a
single variant (a weekday that does not fit its date), one evidence span overlapping a noted
phrase. Severity is not judged: a spread counts as found.

Each discrepancy is put in a category (``CATEGORY`` below gives the kinds that fit it): name
spellings are not conflicts but entity merges, so for them the script checks whether the noted
spellings ended up in one entity (``spelling merged``). Categories that no detector models
(clock times, quote wording, narrative differences) are counted but marked not detectable.

The dump (``--dump``) lists every flagged conflict with its variants and short evidence, for
classifying false conflicts by hand.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from rapidfuzz.distance import JaroWinkler

from newsprism.api import build_story
from newsprism.compare.entities import fold_name
from newsprism.compare.story import compare_story
from newsprism.errors import IngestError
from newsprism.ingest.jsonl import iter_jsonl_records
from newsprism.model import Article, Conflict, Entity, StoryAnalysis
from newsprism.read.numbers import TEENS, TENS, UNITS
from newsprism.read.pipeline import read_article

SHARED = Path(__file__).resolve().parents[2] / "shared" / "corpus"
DEFAULT_CORPUS = SHARED / "dev.jsonl"
DEFAULT_NOTES = SHARED / "dev_notes.md"

# category → (conflict kinds that fit, detectable by some detector)
CATEGORY: dict[str, tuple[frozenset[str], bool]] = {
    "figure": (frozenset({"figure"}), True),
    "date": (frozenset({"date", "weekday"}), True),
    "role": (frozenset({"role"}), True),
    "attribution": (frozenset({"attribution"}), True),
    "claim": (frozenset({"claim"}), True),
    "spelling": (frozenset(), True),  # an entity merge, not a conflict
    "clock-time": (frozenset({"date"}), False),
    "quote-wording": (frozenset({"attribution"}), False),
    "other": (frozenset({"claim"}), False),
}

# Hand classification of each noted discrepancy: (story prefix, number in its list) → category.
# Numbers count from 1 in the order of dev_notes.md; unlisted items are "other".
_FIGURE = "figure"
CLASSIFIED: dict[tuple[str, int], str] = {
    # a02 Beirut
    ("a02", 1): "spelling",
    ("a02", 2): _FIGURE,
    ("a02", 3): "spelling",
    ("a02", 4): "role",
    ("a02", 5): _FIGURE,
    ("a02", 6): _FIGURE,
    ("a02", 10): "quote-wording",
    ("a02", 11): "quote-wording",
    # a04 Haiti assassination
    ("a04", 1): "quote-wording",
    ("a04", 5): "clock-time",
    ("a04", 8): "spelling",
    # a05 Martine Moise message
    ("a05", 2): "quote-wording",
    ("a05", 3): "quote-wording",
    ("a05", 4): "quote-wording",
    ("a05", 10): "quote-wording",
    ("a05", 11): "spelling",
    # a07 Ryanair
    ("a07", 1): _FIGURE,
    ("a07", 3): "quote-wording",
    ("a07", 5): "quote-wording",
    ("a07", 6): "attribution",
    ("a07", 11): "role",
    ("a07", 12): "spelling",
    ("a07", 13): "spelling",
    # a09 Myanmar
    ("a09", 1): "date",
    ("a09", 2): _FIGURE,
    ("a09", 5): "quote-wording",
    ("a09", 7): "date",
    ("a09", 9): "role",  # a11 Kobe Bryant
    ("a11", 1): _FIGURE,
    ("a11", 3): "clock-time",
    ("a11", 5): "spelling",
    ("a11", 6): "spelling",
    ("a11", 8): "role",
    ("a11", 9): "spelling",
    # a13 Pfizer
    ("a13", 1): _FIGURE,
    ("a13", 2): "date",
    ("a13", 3): _FIGURE,
    ("a13", 4): "date",
    ("a13", 5): "role",
    ("a13", 7): "date",
    ("a13", 8): "spelling",
    # a15 Sriwijaya
    ("a15", 1): _FIGURE,
    ("a15", 2): "clock-time",
    ("a15", 3): "clock-time",
    ("a15", 4): _FIGURE,
    ("a15", 5): _FIGURE,
    ("a15", 6): "spelling",
    ("a15", 7): _FIGURE,
    ("a15", 8): "role",
    ("a15", 9): "spelling",
    ("a15", 10): "spelling",
    ("a15", 11): "spelling",
    # a17 Taroko
    ("a17", 1): _FIGURE,
    ("a17", 2): _FIGURE,
    ("a17", 3): _FIGURE,
    ("a17", 4): "spelling",
    # a19 Fakhrizadeh
    ("a19", 4): "role",
    ("a19", 5): "quote-wording",
    ("a19", 6): "clock-time",
    ("a19", 7): "quote-wording",
    ("a19", 8): "date",
    ("a19", 9): "spelling",
    # a21 Deby
    ("a21", 1): "spelling",
    ("a21", 2): "spelling",
    ("a21", 4): "quote-wording",
    # a23 Vienna
    ("a23", 1): _FIGURE,
    ("a23", 2): _FIGURE,
    ("a23", 6): "claim",
    ("a23", 7): _FIGURE,
    ("a23", 8): "spelling",
    ("a23", 10): "quote-wording",
    ("a23", 11): "quote-wording",
    # a25 Facebook outage
    ("a25", 1): "clock-time",
    ("a25", 2): "clock-time",
    ("a25", 3): _FIGURE,
    ("a25", 4): "date",
    # a27 Ginsburg
    ("a27", 1): "quote-wording",
    ("a27", 2): "quote-wording",
    ("a27", 3): "date",
    ("a27", 4): "date",
    ("a27", 5): _FIGURE,
    ("a27", 9): "spelling",
    ("a27", 10): "spelling",
    # b01 Morocco
    ("b01", 1): _FIGURE,
    ("b01", 2): _FIGURE,
    ("b01", 3): _FIGURE,
    ("b01", 4): _FIGURE,
    ("b01", 5): "clock-time",
    ("b01", 7): "spelling",
    ("b01", 9): "date",
    ("b01", 10): "spelling",
    # b02 Derna
    ("b02", 1): _FIGURE,
    ("b02", 4): "quote-wording",
    ("b02", 5): "spelling",
    ("b02", 6): _FIGURE,
    ("b02", 7): "spelling",
    ("b02", 8): "spelling",
    # b05 Jeju Air
    ("b05", 1): "spelling",
    ("b05", 2): "clock-time",
    ("b05", 3): _FIGURE,
    ("b05", 4): "clock-time",
    # b06 Azerbaijan Airlines
    ("b06", 1): _FIGURE,
    ("b06", 2): _FIGURE,
    ("b06", 3): "spelling",
    ("b06", 4): "spelling",
    ("b06", 5): _FIGURE,
    # b09 Christchurch
    ("b09", 1): _FIGURE,
    ("b09", 2): _FIGURE,
    ("b09", 3): _FIGURE,
    ("b09", 4): _FIGURE,
    ("b09", 7): "quote-wording",
    ("b09", 8): "spelling",
    # b11 Genoa
    ("b11", 1): _FIGURE,
    ("b11", 2): _FIGURE,
    ("b11", 3): _FIGURE,
    ("b11", 4): _FIGURE,
    ("b11", 5): _FIGURE,
    ("b11", 7): "quote-wording",
    ("b11", 8): "date",
    # b14 Manchester
    ("b14", 1): _FIGURE,
    ("b14", 2): "clock-time",
    ("b14", 3): _FIGURE,
    ("b14", 4): _FIGURE,
    ("b14", 5): _FIGURE,
    ("b14", 6): "quote-wording",
    # b16 World Cup final
    ("b16", 4): "quote-wording",
    # b18 SVB
    ("b18", 1): "spelling",
    ("b18", 4): _FIGURE,
    ("b18", 6): "quote-wording",
    ("b18", 7): "date",
    # b20 Butler
    ("b20", 2): "spelling",
    ("b20", 4): "quote-wording",
    ("b20", 8): "clock-time",
    # b22 monkeypox
    ("b22", 1): "date",
    ("b22", 3): _FIGURE,  # b23 mpox
    ("b23", 1): "quote-wording",
    ("b23", 4): _FIGURE,  # b25 Air India
    ("b25", 1): "clock-time",
    ("b25", 2): _FIGURE,
    ("b25", 3): "spelling",
    ("b25", 4): _FIGURE,
    ("b25", 5): _FIGURE,
    ("b25", 8): "date",
    ("b25", 9): "spelling",
    # b27 Thai cave
    ("b27", 1): _FIGURE,
    ("b27", 2): _FIGURE,
    ("b27", 3): "quote-wording",
    ("b27", 5): _FIGURE,
    ("b27", 6): _FIGURE,
    # b29 Pope Francis
    ("b29", 1): "quote-wording",
    ("b29", 2): "quote-wording",
    ("b29", 3): "spelling",
}

_HEADER = re.compile(r"^## (?P<cluster>[a-z]\d\d-\S+)\s*$")
_ITEM = re.compile(r"^- (?P<label>[^:]+):")
_REF = re.compile(r"\[(?P<id>[a-z]\d\d-\d+)\][^`\[\n]{0,40}?`(?P<phrase>[^`]+)`")
_FOLD = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "–": "-", "—": "-", "\u00a0": " "})
_ELLIPSIS = re.compile(r"\.\.\.|…")
_DIGITS = re.compile(r"\d[\d,]*(?:\.\d+)?")
_WORDS = re.compile(r"[a-z]+")
_WORD_VALUES = {**UNITS, **TEENS, **TENS}


@dataclass
class Noted:
    story: str
    number: int
    label: str
    refs: list[tuple[str, str]]  # (article id, phrase)
    category: str = "other"
    found: bool = False
    how: str = ""  # conflict id and kind that found it, or the merge check's answer


@dataclass
class StoryResult:
    cluster: str
    analysis: StoryAnalysis
    noted: list[Noted] = field(default_factory=list)


def parse_notes(path: Path) -> dict[str, list[Noted]]:
    """The discrepancies listed for each story in ``dev_notes.md``."""
    notes: dict[str, list[Noted]] = {}
    cluster: str | None = None
    in_list = False
    for line in path.read_text(encoding="utf-8").splitlines():
        header = _HEADER.match(line)
        if header is not None:
            cluster = header.group("cluster")
            notes[cluster] = []
            in_list = False
            continue
        if line.startswith("#"):
            cluster, in_list = None, False
            continue
        if cluster is None:
            continue
        if line.startswith("Discrepancies:"):
            in_list = True
            continue
        if in_list and line.startswith("- "):
            item = _ITEM.match(line)
            label = item.group("label").strip() if item else line[2:40]
            refs = [(m.group("id"), m.group("phrase")) for m in _REF.finditer(line)]
            number = len(notes[cluster]) + 1
            category = CLASSIFIED.get((cluster[:3], number), "other")
            notes[cluster].append(Noted(cluster, number, label, refs, category))
        elif in_list and not line.strip():
            in_list = False
    return notes


def _normalise(text: str) -> tuple[str, list[int]]:
    """Folded text and, for each of its characters, the offset in ``text``."""
    out: list[str] = []
    offsets: list[int] = []
    space = False
    for i, ch in enumerate(text.translate(_FOLD).lower()):
        if ch.isspace():
            if space:
                continue
            ch, space = " ", True
        else:
            space = False
        out.append(ch)
        offsets.append(i)
    return "".join(out), offsets


def locate(text: str, phrase: str) -> tuple[int, int] | None:
    """Where ``phrase`` (normalised; its longest piece if cut with "...") is in ``text``."""
    folded, offsets = _normalise(text)
    pieces = [p.strip(" \"'()[],.") for p in _ELLIPSIS.split(phrase)]
    piece = max(pieces, key=len)
    needle, _ = _normalise(piece)
    if len(needle) < 3:
        return None
    at = folded.find(needle)
    if at < 0:
        return None
    return offsets[at], offsets[at + len(needle) - 1] + 1


def numbers_in(text: str) -> set[float]:
    """The numbers written in ``text``, in digits or as number words up to ninety."""
    values = {float(d.replace(",", "")) for d in _DIGITS.findall(text)}
    values |= {float(_WORD_VALUES[w]) for w in _WORDS.findall(text.lower()) if w in _WORD_VALUES}
    return values


def _found_by(
    noted: Noted,
    conflict: Conflict,
    places: dict[str, list[tuple[int, int]]],
    numbers: dict[str, set[float]],
) -> bool:
    """Evidence overlapping a noted phrase, in two variants (see the module docstring). For a
    figure conflict the variant's value must also share a number with the noted phrases."""
    hit_variants: set[int] = set()
    for index, variant in enumerate(conflict.variants):
        if conflict.kind == "figure":
            values = numbers_in(variant.value)
        for span in variant.evidence:
            if conflict.kind == "figure" and not values & numbers.get(span.article_id, set()):
                continue
            for start, end in places.get(span.article_id, ()):
                if span.start < end and start < span.end:
                    hit_variants.add(index)
    if len(conflict.variants) == 1 or len(places) == 1:
        return bool(hit_variants)  # a weekday mismatch, or a note on one article only
    return len(hit_variants) >= 2


def match(result: StoryResult, articles: dict[str, Article]) -> None:
    analysis = result.analysis
    for noted in result.noted:
        places: dict[str, list[tuple[int, int]]] = defaultdict(list)
        numbers: dict[str, set[float]] = defaultdict(set)
        for article_id, phrase in noted.refs:
            numbers[article_id] |= numbers_in(phrase)
            article = articles.get(article_id)
            if article is None:
                continue
            where = locate(article.text, phrase)
            if where is not None:
                places[article_id].append(where)
        if noted.category == "spelling":
            noted.found, noted.how = _merge_check(places, analysis.entities)
            continue
        kinds = CATEGORY[noted.category][0]
        for conflict in analysis.conflicts:
            if conflict.kind in kinds and _found_by(noted, conflict, places, numbers):
                noted.found = True
                noted.how = f"{conflict.id} {conflict.kind}/{conflict.severity}"
                break
        if not noted.found:
            for conflict in analysis.conflicts:
                if _found_by(noted, conflict, places, numbers):
                    noted.how = f"(other kind: {conflict.id} {conflict.kind})"
                    break


def _merge_check(
    places: dict[str, list[tuple[int, int]]], entities: Sequence[Entity]
) -> tuple[bool, str]:
    """For a spelling variant: take the name mentions inside the noted phrases; two mentions
    from different articles name the same thing when their folded names are close
    (Jaro-Winkler >= 0.8, or the same last word for people). Merged when every such pair
    belongs to one entity."""
    found: list[tuple[str, Entity, str, str]] = []  # (article, entity, folded, surface)
    for entity in entities:
        for mention in entity.mentions:
            if mention.kind == "nationality":
                continue
            for start, end in places.get(mention.article_id, ()):
                if start <= mention.start and mention.end <= end:
                    key = fold_name(mention.name or mention.text)
                    found.append((mention.article_id, entity, key, mention.text))
    pairs = merged = 0
    split: set[str] = set()
    for i, (art_a, ent_a, key_a, text_a) in enumerate(found):
        for art_b, ent_b, key_b, text_b in found[i + 1 :]:
            if art_a == art_b or not key_a or not key_b:
                continue
            same_last = (
                ent_a.kind == ent_b.kind == "person" and key_a.split()[-1] == key_b.split()[-1]
            )
            if JaroWinkler.similarity(key_a, key_b) < 0.8 and not same_last:
                continue
            pairs += 1
            if ent_a.id == ent_b.id:
                merged += 1
            else:
                split.add(f"{text_a} / {text_b}")
    if not pairs:
        return False, "no pair of similar names in the noted phrases"
    if split:
        return False, f"split ({merged}/{pairs} pairs merged): " + "; ".join(sorted(split))
    return True, f"merged ({pairs} pairs)"


def load(corpus: Path) -> tuple[dict[str, list[Article]], dict[str, Article]]:
    stories: dict[str, list[Article]] = defaultdict(list)
    by_id: dict[str, Article] = {}
    for item in iter_jsonl_records(corpus):
        if isinstance(item, IngestError):
            continue
        cluster = str(item.record.get("cluster") or "")
        by_id[item.article.id] = item.article
        if cluster and not cluster.startswith("singleton"):
            stories[cluster].append(item.article)
    return stories, by_id


def _short(text: str, limit: int = 110) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def dump(results: Sequence[StoryResult], out: list[str]) -> None:
    for result in results:
        out.append(f"## {result.cluster} ({len(result.analysis.conflicts)} conflicts)")
        for conflict in result.analysis.conflicts:
            out.append(
                f"{conflict.id} {conflict.kind}/{conflict.severity}"
                f" :: {_short(conflict.subject, 80)}"
            )
            for variant in conflict.variants:
                out.append(f"    [{_short(variant.value, 60)}] {', '.join(variant.articles)}")
                for span in variant.evidence[:3]:
                    out.append(f"        {span.article_id}: {_short(span.text)}")
        out.append("")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--notes", type=Path, default=DEFAULT_NOTES)
    parser.add_argument("--dump", type=Path, help="write every flagged conflict to this file")
    parser.add_argument("--story", default="", help="only stories whose label starts so")
    parser.add_argument("--verbose", action="store_true", help="list each noted discrepancy")
    args = parser.parse_args(argv)

    notes = parse_notes(args.notes)
    stories, by_id = load(args.corpus)
    started = time.perf_counter()
    results: list[StoryResult] = []
    for cluster in sorted(notes):
        if not notes[cluster] or cluster not in stories or not cluster.startswith(args.story):
            continue
        readings = [read_article(a) for a in stories[cluster]]
        analysis = compare_story(build_story(readings, story_id=cluster))
        result = StoryResult(cluster, analysis, notes[cluster])
        match(result, by_id)
        results.append(result)
    elapsed = time.perf_counter() - started

    totals: Counter[str] = Counter()
    found: Counter[str] = Counter()
    lines = [f"{'story':<44} {'found/noted (detectable kinds)':>30} conflicts"]
    for result in results:
        det = [n for n in result.noted if CATEGORY[n.category][1] and n.category != "spelling"]
        hit = sum(n.found for n in det)
        lines.append(
            f"{result.cluster:<44} {hit:>3}/{len(det):<3} {'':>22} {len(result.analysis.conflicts)}"
        )
        for noted in result.noted:
            totals[noted.category] += 1
            found[noted.category] += noted.found
            if args.verbose:
                mark = "+" if noted.found else "-"
                lines.append(
                    f"    {mark} {noted.number:>2} {noted.category:<13} {_short(noted.label, 40)}"
                    f"  {noted.how}"
                )
    lines.append("")
    lines.append(f"{'category':<16} {'found':>5} / noted   (detectable)")
    det_total = det_found = 0
    for category, (_, detectable) in CATEGORY.items():
        if totals[category]:
            tag = "yes" if detectable else "no"
            if category == "spelling":
                tag = "merge check"
            lines.append(f"{category:<16} {found[category]:>5} / {totals[category]:<6}  ({tag})")
            if detectable and category != "spelling":
                det_total += totals[category]
                det_found += found[category]
    conflicts = sum(len(r.analysis.conflicts) for r in results)
    by_kind = Counter(c.kind for r in results for c in r.analysis.conflicts)
    lines.append("")
    share = det_found / det_total if det_total else 0.0
    lines.append(f"detectable conflicts found: {det_found}/{det_total} = {share:.0%}")
    all_found = sum(found[c] for c in totals if c != "spelling")
    all_total = sum(totals[c] for c in totals if c != "spelling")
    lines.append(f"all non-spelling discrepancies found: {all_found}/{all_total}")
    lines.append(
        f"spelling variants merged into one entity: {found['spelling']}/{totals['spelling']}"
    )
    lines.append(
        f"flagged conflicts: {conflicts} in {len(results)} stories "
        f"({conflicts / max(1, len(results)):.1f} per story): "
        + ", ".join(f"{k} {v}" for k, v in sorted(by_kind.items()))
    )
    lines.append(f"read + compare time: {elapsed:.1f} s")
    sys.stdout.write("\n".join(lines) + "\n")
    if args.dump is not None:
        out: list[str] = []
        dump(results, out)
        args.dump.write_text("\n".join(out) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
