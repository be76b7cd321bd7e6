"""The bundled demo corpus: layout, formats, answer key and manifest agree with the files."""

from __future__ import annotations

import json
import re
from collections import defaultdict
from datetime import date
from difflib import SequenceMatcher
from pathlib import Path

import pytest

from newsprism.samples import (
    PHENOMENA,
    SAMPLES_DIR,
    UNRELATED,
    Planted,
    demo_dir,
    load_key,
    load_manifest,
    story_dirs,
)

DOCS = Path(__file__).resolve().parents[1] / "docs" / "SAMPLES.md"
DATE_LINE = re.compile(r"\A date (\d{4}-\d{2}-\d{2})(?: (\S.*))?\Z")
TAG = re.compile(r"<[^>]+>")
WORD = re.compile(r"[^\W_]+(?:[’'-][^\W_]+)*")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
ARTICLE_SUFFIXES = {".txt", ".html", ".jsonl"}
FEED_FIELDS = {"id", "url", "source", "date", "title", "text"}


def _files(story: Path) -> list[Path]:
    return sorted(p for p in story.iterdir() if p.suffix in ARTICLE_SUFFIXES)


def _records(feed: Path) -> list[dict[str, str]]:
    return [json.loads(line) for line in feed.read_text(encoding="utf-8").splitlines()]


def _bodies(story: Path) -> dict[str, str]:
    """Article name (file, or file#record) -> its body text without markup or date line."""
    out: dict[str, str] = {}
    for f in _files(story):
        text = f.read_text(encoding="utf-8")
        if f.suffix == ".jsonl":
            for r in _records(f):
                out[f"{f.name}#{r['id']}"] = r["text"]
        elif f.suffix == ".html":
            inner = text[text.index("<article") : text.index("</article>")]
            out[f.name] = TAG.sub(" ", inner)
        else:
            out[f.name] = text.split("\n", 1)[1] if text.startswith(" date ") else text
    return out


def _text_of(entry: Planted) -> str:
    path = demo_dir() / entry.story / entry.file
    if entry.record is None:
        return path.read_text(encoding="utf-8")
    record = next(r for r in _records(path) if r["id"] == entry.record)
    return f"{record['title']}\n{record['text']}"


def _all_article_files() -> list[Path]:
    return [f for d in [*story_dirs(), demo_dir() / UNRELATED] for f in _files(d)]


KEY = load_key()
MANIFEST = load_manifest()


# --- layout -----------------------------------------------------------------------------------


def test_samples_dir_is_inside_the_package() -> None:
    assert SAMPLES_DIR.name == "samples"
    assert (SAMPLES_DIR / "__init__.py").is_file()
    assert demo_dir() == SAMPLES_DIR / "demo"


def test_story_dirs_are_sorted_and_exclude_unrelated() -> None:
    names = [d.name for d in story_dirs()]
    assert names == sorted(names)
    assert UNRELATED not in names
    assert len(names) >= 4
    assert (demo_dir() / UNRELATED).is_dir()


@pytest.mark.parametrize("story", story_dirs(), ids=lambda p: p.name)
def test_every_story_has_four_to_six_articles_from_distinct_outlets(story: Path) -> None:
    rows = [m for m in MANIFEST if m.story == story.name]
    assert 4 <= len(_bodies(story)) == len(rows) <= 6
    assert len({m.source for m in rows}) == len(rows)


def test_unrelated_holds_singletons() -> None:
    assert len(_bodies(demo_dir() / UNRELATED)) >= 1


def test_file_names_follow_the_layout() -> None:
    for f in _all_article_files():
        assert f.name == "feed.jsonl" or re.fullmatch(r"\d\d_[a-z0-9-]+\.(txt|html)", f.name), f


def test_formats_cover_txt_html_and_jsonl() -> None:
    formats = defaultdict(set)
    for m in MANIFEST:
        formats[m.format].add(m.story)
    assert len(formats["html"]) >= 2
    assert formats["jsonl"]
    date_lines = {m.date_line for m in MANIFEST if m.format == "txt"}
    assert date_lines == {"same-line", "next-line", "none"}


# --- formats ----------------------------------------------------------------------------------


@pytest.mark.parametrize("path", _all_article_files(), ids=lambda p: f"{p.parent.name}/{p.name}")
def test_files_are_clean_utf8(path: Path) -> None:
    raw = path.read_bytes()
    text = raw.decode("utf-8")  # strict: raises on bad bytes
    assert not raw.startswith(b"\xef\xbb\xbf")
    assert "\r" not in text and "\x00" not in text
    assert text.endswith("\n")


@pytest.mark.parametrize(
    "path",
    [f for f in _all_article_files() if f.suffix == ".txt"],
    ids=lambda p: f"{p.parent.name}/{p.name}",
)
def test_date_lines_parse(path: Path) -> None:
    lines = path.read_text(encoding="utf-8").split("\n")
    if not lines[0].startswith(" date "):
        assert lines[0].strip() and not lines[0].lower().startswith("date")
        return
    match = DATE_LINE.match(lines[0])
    assert match, lines[0]
    published = date.fromisoformat(match.group(1))
    assert date(2025, 9, 1) <= published <= date(2025, 10, 31)
    assert match.group(2) or lines[1].strip()  # headline on the same line or the next


def test_feed_records_have_the_documented_fields() -> None:
    feeds = [f for f in _all_article_files() if f.suffix == ".jsonl"]
    assert feeds
    for feed in feeds:
        records = _records(feed)
        assert len(records) >= 2
        assert len({r["id"] for r in records}) == len(records)
        for r in records:
            assert set(r) == FEED_FIELDS
            date.fromisoformat(r["date"])
            assert r["url"].startswith("https://") and r["url"].split("/")[2].endswith(".example")


@pytest.mark.parametrize(
    "path",
    [f for f in _all_article_files() if f.suffix == ".html"],
    ids=lambda p: f"{p.parent.name}/{p.name}",
)
def test_html_pages_look_like_real_pages(path: Path) -> None:
    html = path.read_text(encoding="utf-8")
    assert re.search(r"<title>[^<]+</title>", html)
    assert re.search(r'<meta property="og:site_name" content="[^"]+">', html)
    for tag in ("<nav", "<footer", "<article", "</article>", "<h1"):
        assert tag in html
    article = html[html.index("<article") : html.index("</article>")]
    assert article.count("<p>") >= 5


@pytest.mark.parametrize("story", [*story_dirs(), demo_dir() / UNRELATED], ids=lambda p: p.name)
def test_articles_are_200_to_600_words(story: Path) -> None:
    for name, body in _bodies(story).items():
        assert 200 <= len(WORD.findall(body)) <= 600, name


# --- manifest ---------------------------------------------------------------------------------


def test_manifest_lists_exactly_the_articles_on_disk() -> None:
    on_disk = {
        (d.name, name.split("#")[0], name.split("#")[1] if "#" in name else None)
        for d in [*story_dirs(), demo_dir() / UNRELATED]
        for name in _bodies(d)
    }
    listed = {(m.story, m.file, m.record) for m in MANIFEST}
    assert listed == on_disk
    assert len(listed) == len(MANIFEST)


def test_manifest_dates_and_titles_match_the_files() -> None:
    for m in MANIFEST:
        text = m.path.read_text(encoding="utf-8")
        assert m.title in text
        assert m.domain.endswith(".example")
        date.fromisoformat(m.actual_date)
        if m.published is not None:
            assert m.published == m.actual_date
            assert m.published in text
        if m.date_line == "none":
            assert m.published is None and not text.startswith(" date ")
        elif m.date_line is not None:
            assert text.startswith(f" date {m.published}")


def test_syndicated_copies_are_near_copies_of_their_origin() -> None:
    families: dict[str, list[str]] = defaultdict(list)
    for m in MANIFEST:
        if m.family:
            families[m.family].append(f"{m.story}/{m.file}")
    assert families
    bodies = {f"{d.name}/{name}": body for d in story_dirs() for name, body in _bodies(d).items()}
    for members in families.values():
        assert 2 <= len(members) - 1 <= 3  # an origin and 2-3 reprints
        first = bodies[members[0]]
        for other in members[1:]:
            ratio = SequenceMatcher(None, first, bodies[other], autojunk=False).ratio()
            assert 0.8 < ratio < 1.0, other
        in_family = set(members)
        story = members[0].split("/")[0]
        for name, body in bodies.items():
            if name.startswith(story + "/") and name not in in_family:
                assert SequenceMatcher(None, first, body, autojunk=False).ratio() < 0.5, name


# --- answer key -------------------------------------------------------------------------------


def test_key_uses_known_phenomena_and_covers_all_of_them() -> None:
    used = {e.phenomenon for e in KEY}
    assert used <= set(PHENOMENA)
    assert used == set(PHENOMENA)


@pytest.mark.parametrize("entry", KEY, ids=lambda e: f"{e.story}/{e.file}:{e.phenomenon}")
def test_key_phrase_occurs_exactly_once_in_its_file(entry: Planted) -> None:
    assert _text_of(entry).count(entry.phrase) == 1
    assert (entry.record is None) == (not entry.file.endswith(".jsonl"))
    for other in entry.absent_in:
        assert entry.phrase not in (demo_dir() / entry.story / other).read_text(encoding="utf-8")


def test_quote_phrases_are_the_exact_words_between_quote_marks() -> None:
    for e in KEY:
        if e.phenomenon.startswith("quote-"):
            assert f"“{e.phrase}”" in _text_of(e), e


def test_conflict_groups_have_differing_values() -> None:
    groups: dict[tuple[str, str], set[str | None]] = defaultdict(set)
    for e in KEY:
        groups[(e.phenomenon, e.group)].add(e.value)
    for kind in (
        "figure-contradiction",
        "date-conflict",
        "role-conflict",
        "quote-attribution-conflict",
        "claim-opposite",
        "claim-backs-different",
        "name-variant",
        "date-coarse-vs-precise",
        "shared-surname",
    ):
        matching = [values for (p, g), values in groups.items() if p == kind]
        assert matching, kind
        for values in matching:
            assert len(values) >= 2, kind


def test_date_values_are_iso_dates_and_weekdays_check_out() -> None:
    for e in KEY:
        if e.phenomenon in ("date-weekday", "date-abbrev", "date-dmy", "date-conflict"):
            assert e.value is not None
            day = date.fromisoformat(e.value)
            named = [w for w in WEEKDAYS if w in e.phrase]
            if named:
                assert named == [WEEKDAYS[day.weekday()]], e
    mismatches = [e for e in KEY if e.phenomenon == "weekday-mismatch"]
    assert mismatches
    for e in mismatches:
        assert e.value is not None
        named = [w for w in WEEKDAYS if w in e.phrase]
        assert named and named[0] != WEEKDAYS[date.fromisoformat(e.value).weekday()]


def test_captions_with_dates_name_the_right_weekday() -> None:
    for e in KEY:
        if e.phenomenon == "caption-end" and e.value is not None:
            weekday = WEEKDAYS[date.fromisoformat(e.value).weekday()]
            assert f"{weekday}, " in e.phrase


def test_confusable_stories_are_separate_directories() -> None:
    confusable = {e.story for e in KEY if e.phenomenon == "confusable-story"}
    assert len(confusable) == 2
    assert confusable <= {d.name for d in story_dirs()}


def test_answer_key_document_lists_every_entry() -> None:
    if not DOCS.is_file():
        pytest.skip("docs/SAMPLES.md is not in this checkout")
    doc = DOCS.read_text(encoding="utf-8")
    for e in KEY:
        assert e.phrase in doc, e
        assert f"{e.story}/{e.file}" in doc, e


# --- originality ------------------------------------------------------------------------------


def _ten_word_runs(text: str) -> set[tuple[str, ...]]:
    words = [w.lower() for w in WORD.findall(text)]
    return {tuple(words[i : i + 10]) for i in range(len(words) - 9)}


@pytest.mark.corpus
def test_no_ten_word_run_is_shared_with_the_real_corpus(corpus_path: Path) -> None:
    ours: set[tuple[str, ...]] = set()
    for d in [*story_dirs(), demo_dir() / UNRELATED]:
        for body in _bodies(d).values():
            ours |= _ten_word_runs(body)
    for line in corpus_path.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        assert not ours & _ten_word_runs(record.get("text") or ""), record.get("id")


@pytest.mark.seeds
def test_no_ten_word_run_is_shared_with_the_seeds(seeds_dir: Path) -> None:
    ours: set[tuple[str, ...]] = set()
    for d in [*story_dirs(), demo_dir() / UNRELATED]:
        for body in _bodies(d).values():
            ours |= _ten_word_runs(body)
    for seed in sorted(seeds_dir.glob("*.txt")):
        assert not ours & _ten_word_runs(seed.read_text(encoding="utf-8")), seed.name
