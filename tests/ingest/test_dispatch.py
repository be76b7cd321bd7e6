"""iter_inputs: files, directories, stdin, sniffing, and errors yielded in order."""

from __future__ import annotations

import io
import json
from pathlib import Path

from newsprism.errors import IngestError
from newsprism.ingest.dispatch import FORMATS, format_for_name, iter_inputs, sniff_format
from newsprism.model import Article

TEXT = "Snow closed the Halvik pass on Monday, and the ferry to Strand ran twice instead."
HTML = (
    "<html><head><title>Halvik pass closed</title></head><body><article>"
    f"<p>{TEXT}</p><p>Ploughs from Strand are expected to reopen the pass by Wednesday "
    "evening if the wind drops, the road office said.</p></article></body></html>"
)


def articles(items: list[Article | IngestError]) -> list[Article]:
    return [i for i in items if isinstance(i, Article)]


def errors(items: list[Article | IngestError]) -> list[IngestError]:
    return [i for i in items if isinstance(i, IngestError)]


def test_missing_path_is_yielded_and_the_batch_goes_on(tmp_path: Path) -> None:
    good = tmp_path / "a.txt"
    good.write_text(TEXT, encoding="utf-8")
    items = list(iter_inputs([str(tmp_path / "gone.txt"), str(good)]))
    assert isinstance(items[0], IngestError)
    assert items[0].reason == "no such file"
    assert items[0].source == str(tmp_path / "gone.txt")
    assert isinstance(items[1], Article) and items[1].text == TEXT


def test_directory_recursion_is_sorted_and_skips_hidden_and_unknown(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / ".git").mkdir()
    (tmp_path / "b" / "two.html").write_text(HTML, encoding="utf-8")
    (tmp_path / "one.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "c.jsonl").write_text(json.dumps({"id": "j", "text": TEXT}), encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / ".git" / "x.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "photo.jpg").write_bytes(b"\xff\xd8\xff\x00")
    (tmp_path / "empty.md").write_text("", encoding="utf-8")
    items = list(iter_inputs([str(tmp_path)]))
    paths = [Path(a.path).relative_to(tmp_path).as_posix() for a in articles(items) if a.path]
    assert paths == ["b/two.html", "c.jsonl", "one.txt"]
    (error,) = errors(items)
    assert error.source == str(tmp_path / "empty.md") and error.reason == "empty"


def test_unknown_suffix_is_sniffed(tmp_path: Path) -> None:
    (tmp_path / "page.dat").write_text(HTML, encoding="utf-8")
    (tmp_path / "lines.dat").write_text(json.dumps({"id": "k", "text": TEXT}), encoding="utf-8")
    (tmp_path / "note.dat").write_text(TEXT, encoding="utf-8")
    (tmp_path / "blob.dat").write_bytes(bytes(range(256)))
    names = ["page.dat", "lines.dat", "note.dat", "blob.dat"]
    items = list(iter_inputs([str(tmp_path / n) for n in names]))
    page, lines, note, blob = items
    assert isinstance(page, Article) and page.title == "Halvik pass closed"
    assert isinstance(lines, Article) and lines.id == "k"
    assert isinstance(note, Article) and note.text == TEXT
    assert isinstance(blob, IngestError) and blob.reason == "binary file, not text"


def test_stdin_text_html_and_jsonl() -> None:
    (text,) = list(iter_inputs(["-"], stdin=io.BytesIO(f"date 2036-01-05 {TEXT}".encode())))
    assert isinstance(text, Article) and text.path is None and text.source == "stdin"
    assert text.published is not None and text.published.year == 2036
    (page,) = list(iter_inputs(["-"], stdin=io.BytesIO(b"\n  " + HTML.encode())))
    assert isinstance(page, Article) and TEXT in page.text
    many = "\n".join(json.dumps({"id": str(i), "text": f"{TEXT} {i}"}) for i in range(300))
    items = list(iter_inputs(["-"], stdin=io.BytesIO(many.encode())))
    assert [a.id for a in articles(items)] == [str(i) for i in range(300)]


def test_stdin_errors_are_named() -> None:
    items = list(iter_inputs(["-"], stdin=io.BytesIO(b'{"id": 1, "text": "ok text"}\n{bad\n')))
    (error,) = errors(items)
    assert error.source == "<stdin>:2"


def test_format_table() -> None:
    assert format_for_name("A/B.HTM").name == "html"  # type: ignore[union-attr]
    assert format_for_name("x.ndjson").name == "jsonl"  # type: ignore[union-attr]
    assert format_for_name("notes.md").name == "text"  # type: ignore[union-attr]
    assert format_for_name("x.pdf") is None
    assert sniff_format(b"\xef\xbb\xbf  {").name == "jsonl"
    assert sniff_format(b"<!doctype html>").name == "html"
    assert sniff_format(b"Plain words").name == "text"
    suffixes = [s for f in FORMATS for s in f.suffixes]
    assert len(suffixes) == len(set(suffixes))
