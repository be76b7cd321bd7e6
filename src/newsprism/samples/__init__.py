"""The bundled demo corpus: fictional stories told by fictional outlets, and its answer key.

Layout under ``demo/``: one directory per story (the directory name is the story label), each
holding 4–6 articles as ``NN_outlet-slug.txt`` / ``.html`` or a ``feed.jsonl`` of records;
``unrelated/`` holds articles that belong to no story. ``key.json`` lists every planted
phenomenon (story, file, phenomenon, exact phrase, ...) and ``manifest.json`` describes every
article (outlet, domain, date, format, syndication family). docs/SAMPLES.md explains both.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

__all__ = [
    "PHENOMENA",
    "SAMPLES_DIR",
    "UNRELATED",
    "Planted",
    "SampleArticle",
    "demo_dir",
    "key_path",
    "load_key",
    "load_manifest",
    "manifest_path",
    "story_dirs",
]


def _package_dir() -> Path:
    root = resources.files(__name__)
    return root if isinstance(root, Path) else Path(__file__).resolve().parent


SAMPLES_DIR: Path = _package_dir()
UNRELATED = "unrelated"

#: The phenomena ``key.json`` uses; docs/SAMPLES.md says what each one means.
PHENOMENA: tuple[str, ...] = (
    "figure-contradiction",
    "figure-spread",
    "figure-agreement",
    "figure-update",
    "figure-different-scope",
    "date-weekday",
    "date-abbrev",
    "date-dmy",
    "date-coarse",
    "weekday-mismatch",
    "date-conflict",
    "date-coarse-vs-precise",
    "name-variant",
    "shared-surname",
    "person-title",
    "role-conflict",
    "quote-direct",
    "quote-partial",
    "quote-pronoun-speaker",
    "quote-surname-speaker",
    "quote-according-to",
    "quote-org-speaker",
    "quote-attribution-conflict",
    "quote-hyphen-variant",
    "according-to",
    "claim-opposite",
    "claim-backs-different",
    "framing-term",
    "caption-end",
    "caption-glued",
    "credit-line",
    "update-note",
    "boilerplate",
    "syndication-origin",
    "syndication-copy",
    "syndication-trimmed",
    "syndication-changed-figure",
    "syndication-changed-word",
    "single-source",
    "confusable-story",
    "back-reference",
    "singleton",
)


@dataclass(frozen=True, slots=True)
class Planted:
    """One planted phenomenon: ``phrase`` occurs exactly once in ``file`` of ``story``.

    ``record`` names the record id when ``file`` is a JSON Lines feed (the phrase is then in that
    record's title or text). Entries sharing a ``group`` belong together (the two sides of a
    conflict, the members of a syndication family...). ``value`` is the normalised value (a
    figure, an ISO date, a speaker, a title); ``absent_in`` lists files of the same story that
    must NOT contain the phrase (edits in syndicated copies).
    """

    story: str
    file: str
    phenomenon: str
    phrase: str
    record: str | None = None
    group: str = ""
    value: str | None = None
    note: str = ""
    absent_in: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class SampleArticle:
    """One demo article as described by ``manifest.json``."""

    story: str
    file: str
    record: str | None
    format: str  # "txt", "html" or "jsonl"
    source: str
    domain: str
    url: str | None
    published: str | None  # ISO date stated by the file; None when the file gives none
    actual_date: str  # the true publication date (for evaluating date estimates)
    date_line: str | None  # "same-line", "next-line", "none"; None for html/jsonl
    title: str
    family: str | None
    wire: tuple[str, ...]

    @property
    def path(self) -> Path:
        return demo_dir() / self.story / self.file


def demo_dir() -> Path:
    """The directory holding the demo corpus."""
    return SAMPLES_DIR / "demo"


def story_dirs() -> list[Path]:
    """The story directories of the demo corpus, sorted by name (``unrelated/`` excluded)."""
    return sorted(p for p in demo_dir().iterdir() if p.is_dir() and p.name != UNRELATED)


def key_path() -> Path:
    return demo_dir() / "key.json"


def manifest_path() -> Path:
    return demo_dir() / "manifest.json"


def _str_or_none(value: object) -> str | None:
    return None if value is None else str(value)


def load_key() -> tuple[Planted, ...]:
    """Every planted phenomenon of the demo corpus, in key order."""
    rows = json.loads(key_path().read_text(encoding="utf-8"))
    return tuple(
        Planted(
            story=str(r["story"]),
            file=str(r["file"]),
            phenomenon=str(r["phenomenon"]),
            phrase=str(r["phrase"]),
            record=_str_or_none(r.get("record")),
            group=str(r.get("group", "")),
            value=_str_or_none(r.get("value")),
            note=str(r.get("note", "")),
            absent_in=tuple(str(a) for a in r.get("absent_in", ())),
        )
        for r in rows
    )


def load_manifest() -> tuple[SampleArticle, ...]:
    """Every demo article (one entry per file, one per record of a feed), sorted by story/file."""
    rows = json.loads(manifest_path().read_text(encoding="utf-8"))
    return tuple(
        SampleArticle(
            story=str(r["story"]),
            file=str(r["file"]),
            record=_str_or_none(r["record"]),
            format=str(r["format"]),
            source=str(r["source"]),
            domain=str(r["domain"]),
            url=_str_or_none(r["url"]),
            published=_str_or_none(r["published"]),
            actual_date=str(r["actual_date"]),
            date_line=_str_or_none(r["date_line"]),
            title=str(r["title"]),
            family=_str_or_none(r["family"]),
            wire=tuple(str(w) for w in r["wire"]),
        )
        for r in rows
    )
