"""POST /analyze: pasted texts and files become a comparison page; limits answer 413."""

from __future__ import annotations

import json
from collections.abc import Iterator

from fastapi.testclient import TestClient

from newsprism.errors import IngestError
from newsprism.web import MAX_BODY_BYTES, MAX_FILES
from newsprism.web.uploads import Upload, articles_from_uploads, clean_name

REPORT_A = (
    "Tidewater mill fire in Brannoch\n\n"
    "A fire destroyed the old tidewater mill in Brannoch on Tuesday, the county fire service "
    "said. Chief officer Maelis Tarrant said 40 firefighters fought the blaze through the night.\n"
)
REPORT_B = (
    "<html><head><title>Brannoch mill burns</title></head><body><article><h1>Brannoch mill "
    "burns</h1><p>The historic tidewater mill in Brannoch burned down on Tuesday. Chief officer "
    "Maelis Tarrant said 55 firefighters were sent to the scene.</p></article></body></html>"
)
REPORT_C = json.dumps(
    {
        "id": "ledger-mill-1",
        "source": "Brannoch Ledger",
        "date": "2031-06-11",
        "title": "Mill lost to fire",
        "text": "Fire gutted the Brannoch tidewater mill on Tuesday night, the fire service said.",
    }
)


def test_pasted_texts_are_compared(samples_client: TestClient) -> None:
    form = {"text": [REPORT_A, REPORT_A.replace("40", "45"), ""], "outlet": ["Courier", "", ""]}
    response = samples_client.post("/analyze", data=form)
    assert response.status_code == 200
    page = response.text
    assert '<section id="readings">' in page and '<section id="articles">' in page
    assert "Courier" in page and "pasted text 2" in page
    assert "Tidewater mill fire in Brannoch" in page
    assert 'id="ingest-errors"' not in page


def test_uploaded_files_of_each_format(samples_client: TestClient) -> None:
    files = [
        ("files", ("courier.txt", REPORT_A.encode(), "text/plain")),
        ("files", ("../../etc/herald.html", REPORT_B.encode(), "text/html")),
        ("files", ("feed.jsonl", REPORT_C.encode(), "application/octet-stream")),
    ]
    response = samples_client.post("/analyze", files=files)
    assert response.status_code == 200
    page = response.text
    assert "3 articles from 3 outlets" in page
    assert "Brannoch Ledger" in page and "Brannoch mill burns" in page
    assert "../../etc" not in page  # only the file's own name is kept


def test_unreadable_inputs_are_listed(samples_client: TestClient) -> None:
    files = [
        ("files", ("good.txt", REPORT_A.encode(), "text/plain")),
        ("files", ("binary.txt", b"\x00\x01\x02" * 100, "text/plain")),
        ("files", ("empty.txt", b"", "text/plain")),
    ]
    response = samples_client.post("/analyze", files=files)
    assert response.status_code == 200
    notice = response.text.split('id="ingest-errors"')[1].split("</div>")[0]
    assert "2 inputs could not be read" in notice
    assert "binary.txt" in notice and "empty.txt: empty" in notice


def test_nothing_to_analyse(samples_client: TestClient) -> None:
    response = samples_client.post("/analyze", data={"text": ["", "  "]})
    assert response.status_code == 400
    assert "Paste at least one article" in response.text
    bad = samples_client.post("/analyze", files=[("files", ("x.txt", b"\x00" * 50, "text/plain"))])
    assert bad.status_code == 400
    assert "No article could be read" in bad.text and "x.txt" in bad.text


def test_oversized_upload_is_413(samples_client: TestClient) -> None:
    big = b"word " * (MAX_BODY_BYTES // 5 + 10)
    response = samples_client.post("/analyze", files=[("files", ("big.txt", big, "text/plain"))])
    assert response.status_code == 413
    assert "5 MB limit" in response.text
    assert response.headers["content-type"].startswith("text/html")


def test_oversized_body_without_length_is_413(samples_client: TestClient) -> None:
    chunk = b"x" * 65536

    def body() -> Iterator[bytes]:
        for _ in range(MAX_BODY_BYTES // len(chunk) + 2):
            yield chunk

    response = samples_client.post(
        "/analyze",
        content=body(),
        headers={"content-type": "multipart/form-data; boundary=zzz"},
    )
    assert response.status_code == 413


def test_too_many_files_is_413(samples_client: TestClient) -> None:
    files = [("files", (f"a{n}.txt", b"Short text.", "text/plain")) for n in range(MAX_FILES + 1)]
    response = samples_client.post("/analyze", files=files)
    assert response.status_code == 413
    assert f"at most {MAX_FILES}" in response.text


def test_clean_name_keeps_only_the_file_name() -> None:
    assert clean_name("../../etc/passwd", "file 1") == "passwd"
    assert clean_name("C:\\Users\\x\\report.txt", "file 1") == "report.txt"
    assert clean_name("", "file 3") == "file 3"
    assert clean_name("a\x00b\n.txt", "f") == "ab.txt"
    assert len(clean_name("x" * 500 + ".txt", "f")) == 120


def test_articles_from_uploads_sniffs_and_names() -> None:
    items = list(
        articles_from_uploads(
            [
                Upload("pasted text 1", REPORT_A.encode()),
                Upload("pasted text 2", REPORT_B.encode(), outlet="Herald"),
                Upload("notes", REPORT_C.encode(), is_file=True),  # no suffix: sniffed
                Upload("pasted text 3", b"   "),  # blank box: skipped
                Upload("blank.txt", b"", is_file=True),
            ]
        )
    )
    assert [getattr(i, "source", None) for i in items[:3]] == [
        "pasted text 1",
        "Herald",
        "Brannoch Ledger",
    ]
    assert isinstance(items[3], IngestError) and items[3].source == "blank.txt"
    assert len(items) == 4
