"""JSON Lines: fields, dates, html records, bad lines among good ones, extra fields."""

from __future__ import annotations

import io
import json
from datetime import date
from pathlib import Path

import pytest

from newsprism.errors import IngestError
from newsprism.ingest import decode
from newsprism.ingest.jsonl import JsonlRecord, iter_jsonl_records, parse_date, read_jsonl
from newsprism.model import Article

TEXT = "The Tarrow river rose two metres overnight, flooding 40 homes in Lenn, officials said."
HTML = (
    "<html><head><title>Tarrow floods Lenn</title></head><body><article>"
    f"<p>{TEXT}</p><p>Volunteers filled sandbags along the bank until dawn on Sunday, "
    "and the water began to fall by midday.</p></article></body></html>"
)


def line(**fields: object) -> str:
    return json.dumps(fields)


def read(text: str, name: str = "feed.jsonl") -> list[Article | IngestError]:
    return list(read_jsonl(io.BytesIO(text.encode()), name, name))


def test_fields_are_read() -> None:
    (article,) = read(
        line(
            id="t-1",
            url="https://www.lennpost.example/a",
            outlet="lennpost.example",
            date="2035-03-02",
            title="Tarrow floods Lenn",
            text=TEXT,
        )
    )
    assert isinstance(article, Article)
    assert article.id == "t-1"
    assert article.source == "lennpost.example"
    assert article.url == "https://www.lennpost.example/a"
    assert article.published == date(2035, 3, 2)
    assert article.title == "Tarrow floods Lenn"
    assert article.text == TEXT
    assert json.loads(article.raw)["id"] == "t-1"


def test_source_beats_outlet_and_domain_is_the_fallback() -> None:
    a, b = read(
        line(source="Lenn Post", outlet="x", text=TEXT)
        + "\n"
        + line(url="https://WWW.Lenn-Post.example:8080/a", text=TEXT)
    )
    assert isinstance(a, Article) and a.source == "Lenn Post"
    assert isinstance(b, Article) and b.source == "lenn-post.example"


def test_html_records_are_extracted() -> None:
    (article,) = read(line(id="h", url="https://lennpost.example/h", html=HTML))
    assert isinstance(article, Article)
    assert TEXT in article.text
    assert article.title == "Tarrow floods Lenn"
    assert article.source == "lennpost.example"


def test_malformed_lines_are_reported_and_the_rest_goes_on() -> None:
    lines = [
        line(id="a", text=TEXT),
        "{not json",
        "",
        "[1, 2]",
        line(id="b", date="last week", text=TEXT),
        line(id="c", title="no body"),
        line(id="d", text=42),
        line(id="e", text=TEXT),
    ]
    items = read("\n".join(lines), "batch.jsonl")
    assert [i.id for i in items if isinstance(i, Article)] == ["a", "e"]
    errors = [i for i in items if isinstance(i, IngestError)]
    assert [e.source for e in errors] == [
        "batch.jsonl:2",
        "batch.jsonl:4",
        "batch.jsonl:5",
        "batch.jsonl:6",
        "batch.jsonl:7",
    ]
    assert "invalid JSON" in errors[0].reason
    assert "expected a JSON object" in errors[1].reason
    assert "bad date" in errors[2].reason
    assert "no 'text' or 'html'" in errors[3].reason
    assert "must be a string" in errors[4].reason
    assert str(errors[0]).startswith("batch.jsonl:2: ")


def test_empty_file() -> None:
    (error,) = read("\n \n")
    assert isinstance(error, IngestError) and error.reason == "empty"


def test_overlong_line_is_skipped(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(decode, "MAX_BYTES", 200)
    items = read(line(id="big", text=TEXT * 5) + "\n" + line(id="ok", text=TEXT))
    assert isinstance(items[0], IngestError) and items[0].source == "feed.jsonl:1"
    assert isinstance(items[1], Article) and items[1].id == "ok"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (None, None),
        ("", None),
        ("2035-03-02", date(2035, 3, 2)),
        ("2035-03-02T23:10:00Z", date(2035, 3, 2)),
        ("2035-03-02 08:00:00+01:00", date(2035, 3, 2)),
    ],
)
def test_parse_date(value: object, expected: date | None) -> None:
    assert parse_date(value) == expected


@pytest.mark.parametrize("value", ["03/02/2035", "2035-13-01", 20350302])
def test_parse_date_rejects(value: object) -> None:
    with pytest.raises(ValueError):
        parse_date(value)


def test_iter_jsonl_records_keeps_extra_fields(tmp_path: Path) -> None:
    path = tmp_path / "eval.jsonl"
    path.write_text(line(id=7, cluster="flood-lenn", text=TEXT) + "\nnope\n", encoding="utf-8")
    first, second = list(iter_jsonl_records(path))
    assert isinstance(first, JsonlRecord)
    assert first.article.id == "7"
    assert first.record["cluster"] == "flood-lenn"
    assert first.article.source == "Eval"  # no outlet or URL: the file name
    assert isinstance(second, IngestError) and second.source == f"{path}:2"


def test_iter_jsonl_records_missing_file(tmp_path: Path) -> None:
    (error,) = list(iter_jsonl_records(tmp_path / "absent.jsonl"))
    assert isinstance(error, IngestError) and "cannot read" in error.reason
