"""Acceptance on the four real seed reports (skipped when ../shared is absent)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from newsprism.errors import IngestError
from newsprism.ingest import iter_inputs
from newsprism.model import Article
from tests.conftest import seed_file

pytestmark = pytest.mark.seeds


def load(seeds: Path, prefix: str) -> Article:
    (item,) = list(iter_inputs([str(seed_file(seeds, prefix))]))
    assert not isinstance(item, IngestError), item
    return item


def paragraph_roles(article: Article) -> list[tuple[str, str]]:
    """(role at the paragraph's first character, paragraph) for each paragraph."""
    out: list[tuple[str, str]] = []
    at = 0
    for para in article.text.split("\n\n"):
        out.append((article.role_at(at), para))
        at += len(para) + 2
    return out


def test_seed_000_captions_and_credit_are_not_body(seeds_dir: Path) -> None:
    article = load(seeds_dir, "000")
    paras = paragraph_roles(article)
    credit_index = next(i for i, (_, p) in enumerate(paras) if "contributed to this report" in p)
    assert paras[credit_index][0] == "credit"
    tail = [role for role, _ in paras[credit_index + 1 :]]
    assert tail == ["caption"] * 7
    assert all(role == "body" for role, _ in paras[:credit_index])
    assert article.wire == ("AP",)
    assert article.published is None


def test_seed_001_glued_caption_is_split(seeds_dir: Path) -> None:
    article = load(seeds_dir, "001")
    captions = [s for s in article.segments if s.role == "caption"]
    assert len(captions) == 1
    surface = article.text[captions[0].start : captions[0].end]
    assert surface.rstrip().endswith("in Stepanakert [Reuters]")
    assert article.role_at(article.text.index("French President Emmanuel Macron")) == "body"
    assert article.wire == ("Reuters",)
    assert article.published == date(2020, 10, 23)
    assert article.text.startswith("US Secretary of State")


def test_seed_002_credit_line_and_wires(seeds_dir: Path) -> None:
    article = load(seeds_dir, "002")
    last = article.segments[-1]
    assert last.role == "credit"
    assert article.text[last.start : last.end].startswith("With reporting by")
    assert article.wire == ("Reuters", "AP", "AFP", "Interfax")
    assert article.published == date(2020, 10, 22)
    assert article.role_at(0) == "body"


def test_seed_003_update_note_and_title(seeds_dir: Path) -> None:
    article = load(seeds_dir, "003")
    assert article.role_at(article.text.index("(Updated with")) == "update-note"
    assert article.segments[0].role == "title"
    assert article.title is not None and article.title.startswith("Fighting between Armenia")
    assert article.role_at(article.text.index("Continued fighting")) == "body"
    assert article.wire == ()  # "according to Agence France Presse" is attribution, not credit
    assert article.published is None


def test_seeds_directory_is_read_in_name_order(seeds_dir: Path) -> None:
    items = list(iter_inputs([str(seeds_dir)]))
    assert all(isinstance(a, Article) for a in items)
    paths = [a.path or "" for a in items if isinstance(a, Article)]
    assert paths == sorted(paths) and len(paths) >= 4
