"""WARC archives: HTML responses become articles; damage is reported, the rest kept."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from newsprism.errors import IngestError
from newsprism.ingest.dispatch import iter_inputs
from newsprism.ingest.warc import WarcPage, iter_pages, iter_warc, read_warc
from newsprism.model import Article

TOWNS = ("Quillmere", "Dunmarrow", "Pellbrook", "Oskel", "Tarnwick", "Brindle")


def page(n: int, *, dated: bool = False) -> bytes:
    """An invented news page about town number ``n``."""
    town = TOWNS[n % len(TOWNS)]
    meta = '<meta property="article:published_time" content="2019-02-11">' if dated else ""
    paragraphs = "".join(
        f"<p>{sentence}</p>"
        for sentence in (
            f"Residents of {town} gathered at the old grain market on Sunday to hear the plans "
            f"for a new footbridge across the river, the council said in a statement (page {n}).",
            f"The mayor of {town}, Oda Firn, told the crowd that building work would begin in "
            "the autumn and that the crossing should open within eighteen months.",
            "Several shop owners said they hoped the bridge would bring more visitors to the "
            "quay, while others worried about the noise during the works.",
        )
    )
    return (
        f"<html><head><title>Footbridge plan for {town}</title>{meta}</head><body>"
        f"<nav><a href='/'>Home</a></nav><article><h1>Footbridge plan for {town}</h1>"
        f"{paragraphs}</article><footer>Copyright the Gazette</footer></body></html>"
    ).encode()


def write_warc(
    path: Path, records: list[tuple[str, str, bytes, str]], *, gzip: bool = True
) -> list[int]:
    """Write ``(url, status, body, content type)`` responses (plus a request and a warcinfo
    record first); return each response record's end offset."""
    ends = []
    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=gzip)
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "test"}))
        request = writer.create_warc_record(
            "https://gazette.example/", "request", payload=io.BytesIO(b"GET / HTTP/1.1\r\n\r\n")
        )
        writer.write_record(request)
        for url, status, body, ctype in records:
            headers = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
            record = writer.create_warc_record(
                url,
                "response",
                payload=io.BytesIO(body),
                http_headers=headers,
                warc_headers_dict={"WARC-Date": "2019-02-12T08:00:00Z"},
            )
            writer.write_record(record)
            ends.append(fh.tell())
    return ends


def pages(n: int) -> list[tuple[str, str, bytes, str]]:
    return [
        (f"https://gazette.example/story/{i}", "200 OK", page(i), "text/html; charset=utf-8")
        for i in range(n)
    ]


def _split(items: list[Article | IngestError]) -> tuple[list[Article], list[IngestError]]:
    return (
        [i for i in items if isinstance(i, Article)],
        [i for i in items if isinstance(i, IngestError)],
    )


@pytest.mark.parametrize("gzip", [True, False])
def test_html_responses_become_articles_and_others_are_skipped(tmp_path: Path, gzip: bool) -> None:
    archive = tmp_path / ("crawl.warc.gz" if gzip else "crawl.warc")
    records = [
        ("https://gazette.example/story/0", "200 OK", page(0, dated=True), "text/html"),
        ("https://gazette.example/missing", "404 Not Found", page(1), "text/html"),
        ("https://gazette.example/logo.png", "200 OK", b"\x89PNG\r\n\x1a\n", "image/png"),
        ("https://www.gazette.example/story/2", "200 OK", page(2), "application/xhtml+xml"),
    ]
    write_warc(archive, records, gzip=gzip)
    articles, errors = _split(list(iter_warc(archive)))
    assert errors == []
    assert [a.url for a in articles] == [
        "https://gazette.example/story/0",
        "https://www.gazette.example/story/2",
    ]
    first, second = articles
    assert first.published == date(2019, 2, 11)  # the page's own date
    assert second.published == date(2019, 2, 12)  # none in the page: the WARC-Date
    assert second.source == "gazette.example"
    assert "Residents of Pellbrook gathered" in second.text
    assert "Copyright" not in second.text
    assert first.path == f"{archive}#record 3"  # warcinfo and request come first


def test_pages_are_numbered_by_record(tmp_path: Path) -> None:
    archive = tmp_path / "crawl.warc.gz"
    write_warc(archive, pages(3))
    found = [p for p in iter_pages(archive) if isinstance(p, WarcPage)]
    assert [p.record for p in found] == [3, 4, 5]
    assert found[0].name == f"{archive}#record 3"
    assert found[0].body == page(0)
    assert found[0].fetched == date(2019, 2, 12)


@pytest.mark.parametrize("gzip", [True, False])
def test_a_truncated_archive_keeps_whole_records_and_names_the_cut_one(
    tmp_path: Path, gzip: bool
) -> None:
    archive = tmp_path / ("cut.warc.gz" if gzip else "cut.warc")
    ends = write_warc(archive, pages(4), gzip=gzip)
    data = archive.read_bytes()
    for cut in (ends[1] + 40, (ends[1] + ends[2]) // 2, ends[2] - 12):
        archive.write_bytes(data[:cut])
        found, errors = [], []
        for item in iter_pages(archive):
            (found if isinstance(item, WarcPage) else errors).append(item)
        assert [p.record for p in found] == [3, 4], cut  # records 1-4 whole; 5 cut
        assert len(errors) == 1, (cut, errors)
        assert str(errors[0]).startswith(f"{archive}#record 5: truncated"), errors


def test_cut_right_after_a_record_block_is_caught_in_an_uncompressed_archive(
    tmp_path: Path,
) -> None:
    archive = tmp_path / "cut.warc"
    ends = write_warc(archive, pages(2), gzip=False)
    archive.write_bytes(archive.read_bytes()[: ends[-1] - 4])  # drop the closing blank lines
    items = list(iter_pages(archive))
    assert [i.record for i in items if isinstance(i, WarcPage)] == [3, 4]
    assert [str(i) for i in items if isinstance(i, IngestError)] == [
        f"{archive}#record 5: truncated archive: the last record is not terminated"
    ]


@pytest.mark.parametrize("gzip", [True, False])
def test_a_damaged_record_is_reported_and_reading_resumes_after_it(
    tmp_path: Path, gzip: bool
) -> None:
    archive = tmp_path / ("bad.warc.gz" if gzip else "bad.warc")
    ends = write_warc(archive, pages(4), gzip=gzip)
    data = bytearray(archive.read_bytes())
    start = ends[0]  # the second page's record (record 4) starts here
    data[start : start + 12] = b"\x00GARBAGE\xff\x00\xff\x00"
    archive.write_bytes(bytes(data))
    items = list(iter_pages(archive))
    found = [i for i in items if isinstance(i, WarcPage)]
    errors = [i for i in items if isinstance(i, IngestError)]
    assert [p.body for p in found] == [page(0), page(2), page(3)]
    assert len(errors) == 1
    assert errors[0].source == f"{archive}#record 4"


def test_an_oversized_page_is_reported_and_skipped(tmp_path: Path) -> None:
    archive = tmp_path / "big.warc.gz"
    write_warc(archive, pages(2))
    items = list(iter_pages(archive, max_page_bytes=100))
    assert [str(i) for i in items] == [
        f"{archive}#record 3: page larger than the 100-byte limit",
        f"{archive}#record 4: page larger than the 100-byte limit",
    ]


def test_missing_and_empty_archives(tmp_path: Path) -> None:
    (error,) = list(iter_pages(tmp_path / "nope.warc"))
    assert isinstance(error, IngestError) and "cannot open archive" in error.reason
    (tmp_path / "empty.warc").write_bytes(b"")
    assert list(iter_pages(tmp_path / "empty.warc")) == []


def test_dispatch_reads_warc_files_and_refuses_stdin(tmp_path: Path) -> None:
    archive = tmp_path / "crawl.warc.gz"
    write_warc(archive, pages(2))
    articles, errors = _split(list(iter_inputs([str(tmp_path)])))
    assert len(articles) == 2 and errors == []
    (error,) = list(read_warc(io.BytesIO(b""), "<stdin>", None))
    assert isinstance(error, IngestError) and "not on stdin" in error.reason


def test_memory_does_not_hold_the_archive(tmp_path: Path) -> None:
    """Pages come out one at a time: the iterator yields before reading the rest."""
    archive = tmp_path / "stream.warc.gz"
    write_warc(archive, pages(50))
    stream = iter_pages(archive)
    first = next(stream)
    assert isinstance(first, WarcPage) and first.record == 3
    stream.close()  # closing early releases the file
