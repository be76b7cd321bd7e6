"""Text files: date line, encodings, and the inputs that are refused."""

from __future__ import annotations

import codecs
import io
from datetime import date

import pytest

from newsprism.errors import IngestError
from newsprism.ingest import decode
from newsprism.ingest.textfile import parse_text, read_text

STORY = "Fog closed the Brannock airport for six hours on Tuesday, stranding 400 travellers."


def test_date_prefix_followed_by_headline_on_the_same_line() -> None:
    raw = f" date 2034-02-14 Fog strands travellers in Brannock.\n\n{STORY}\n".encode()
    article = parse_text(raw, "fog.txt", path="news/fog.txt")
    assert article.published == date(2034, 2, 14)
    assert article.text.startswith("Fog strands travellers in Brannock.\n\n")
    assert article.raw == raw
    assert article.source == "Fog"
    assert article.path == "news/fog.txt"


def test_date_prefix_alone_on_its_line() -> None:
    article = parse_text(f"date 2034-02-14\n{STORY}".encode(), "fog.txt")
    assert article.published == date(2034, 2, 14)
    assert article.text == STORY


def test_no_date_line() -> None:
    article = parse_text(STORY.encode(), "fog.txt")
    assert article.published is None
    assert article.text == STORY


def test_impossible_date_line_is_an_error() -> None:
    with pytest.raises(IngestError, match="bad date line"):
        parse_text(f"date 2034-02-31 {STORY}".encode(), "fog.txt")


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (codecs.BOM_UTF8 + "Café “Brannock” reopens.".encode(), "Café “Brannock” reopens."),
        (
            "Café “Brannock” reopens – at last.".encode("cp1252"),
            "Café “Brannock” reopens – at last.",
        ),
        ("Café Brannock reopens.".encode("utf-16"), "Café Brannock reopens."),
        (
            "Жители Бранока сообщили, что аэропорт снова открыт для всех рейсов.".encode("cp1251"),
            "Жители Бранока сообщили, что аэропорт снова открыт для всех рейсов.",
        ),
    ],
)
def test_encodings(raw: bytes, expected: str) -> None:
    assert parse_text(raw, "x.txt").text == expected


def test_undecodable_bytes() -> None:
    raw = b"Plain words here \x81\x8d\x8f\x90\x9d and more \x81\x8d words \x90\x9d end."
    with pytest.raises(IngestError, match="undecodable") as info:
        parse_text(raw, "odd.txt")
    assert info.value.source == "odd.txt"


def test_binary_file() -> None:
    with pytest.raises(IngestError, match="binary file, not text"):
        parse_text(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "img.txt")


@pytest.mark.parametrize("raw", [b"", b"   \n\t\n", b" date 2034-02-14 \n\n"])
def test_empty(raw: bytes) -> None:
    with pytest.raises(IngestError, match="empty"):
        parse_text(raw, "blank.txt")


def test_too_large(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(decode, "MAX_BYTES", 100)
    (error,) = list(read_text(io.BytesIO(STORY.encode() * 3), "big.txt", None))
    assert isinstance(error, IngestError)
    assert error.source == "big.txt"
    assert "100-byte limit" in error.reason


def test_read_text_yields_errors_instead_of_raising() -> None:
    (error,) = list(read_text(io.BytesIO(b""), "blank.txt", None))
    assert isinstance(error, IngestError) and error.reason == "empty"
