"""build_article: normalisation, hashing, ids, titles, raw bytes kept as received."""

from __future__ import annotations

import hashlib
from datetime import date

import pytest

from newsprism.errors import IngestError
from newsprism.ingest.article import build_article, normalise_text


def test_normalise_text() -> None:
    raw = "  First line  \r\nsecond\t\r\n\r\n\r\n\r\nthird   \n\n\n"
    assert normalise_text(raw) == "First line\nsecond\n\nthird"


def test_build_article_hashes_normalised_text_and_keeps_raw() -> None:
    raw = b"Kestrel Bay votes on a new sea wall.  \r\n\r\n\r\nThe vote is on Friday.\r\n"
    article = build_article(
        raw, raw.decode(), source="bayherald.example", published=date(2033, 1, 7)
    )
    expected = "Kestrel Bay votes on a new sea wall.\n\nThe vote is on Friday."
    assert article.text == expected
    assert article.raw == raw
    assert article.content_hash == hashlib.sha256(expected.encode()).hexdigest()
    assert article.id == article.content_hash[:16]
    assert article.published == date(2033, 1, 7)
    assert article.segments[0].start == 0 and article.segments[-1].end == len(expected)


def test_explicit_id_and_title_win() -> None:
    article = build_article(
        b"x",
        "Sea wall plan approved\n\nThe council agreed.",
        source="s",
        article_id="k-1",
        title="Given title",
    )
    assert article.id == "k-1"
    assert article.title == "Given title"


def test_title_comes_from_a_headline_line_when_missing() -> None:
    article = build_article(b"x", "Sea wall plan approved\n\nThe council agreed.", source="s")
    assert article.title == "Sea wall plan approved"
    assert article.segments[0].role == "title"


def test_same_text_same_id() -> None:
    a = build_article(b"a", "The council agreed.\r\n", source="one")
    b = build_article(b"b", "The council agreed.", source="two")
    assert a.id == b.id and a.content_hash == b.content_hash


def test_empty_text_is_an_error() -> None:
    with pytest.raises(IngestError, match="empty"):
        build_article(b"  ", " \n\n ", source="s", path="blank.txt")
