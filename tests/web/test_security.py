"""Hostile article text is escaped everywhere; ids cannot walk paths; errors are clear pages."""

from __future__ import annotations

import re

import pytest
from fastapi.testclient import TestClient

from newsprism.web.app import CSP
from tests.html_checks import assert_inert
from tests.web.conftest import HOSTILE, HOSTILE_STORY, hostile_readings


def test_hostile_story_page_is_escaped(store_client: TestClient) -> None:
    response = store_client.get(f"/story/{HOSTILE_STORY}")
    assert response.status_code == 200
    parsed = assert_inert(response.text)
    text = "".join(parsed.text)
    assert text.count(HOSTILE) >= 3  # shown as words: title, outlet, article text
    assert "javascript:alert(3)" in text  # the bad URL is shown, not linked


def test_hostile_article_page_is_escaped(store_client: TestClient) -> None:
    for reading in hostile_readings():
        response = store_client.get(f"/article/{reading.id}")
        assert response.status_code == 200
        parsed = assert_inert(response.text)
        assert HOSTILE in "".join(parsed.text)


def test_hostile_label_is_escaped_in_the_listing(store_client: TestClient) -> None:
    page = store_client.get("/", params={"q": "Quillmere"}).text
    parsed = assert_inert(page)
    assert f"Barge story {HOSTILE}" in "".join(parsed.text)


def test_hostile_query_is_escaped(store_client: TestClient) -> None:
    page = store_client.get("/", params={"q": HOSTILE}).text
    parsed = assert_inert(page)
    assert HOSTILE in "".join(parsed.text)


def test_hostile_pasted_text_is_escaped(samples_client: TestClient) -> None:
    form = {
        "text": [f"Quillmere barge report. {HOSTILE}", f"Second Quillmere report. {HOSTILE}"],
        "outlet": [f"Courier {HOSTILE}", "Post"],
    }
    response = samples_client.post("/analyze", data=form)
    assert response.status_code == 200
    parsed = assert_inert(response.text)
    assert HOSTILE in "".join(parsed.text)


@pytest.mark.parametrize(
    "path",
    [
        "/",
        f"/story/{HOSTILE_STORY}",
        f"/story/{HOSTILE_STORY}.json",
        "/api/stories",
        "/story/unknown-story",
        "/analyze",
    ],
)
def test_every_response_carries_the_security_headers(store_client: TestClient, path: str) -> None:
    response = store_client.get(path)
    assert response.headers["content-security-policy"] == CSP
    assert "script-src" not in CSP and "default-src 'none'" in CSP
    assert response.headers["x-content-type-options"] == "nosniff"
    assert response.headers["x-frame-options"] == "DENY"


@pytest.mark.parametrize(
    "path",
    [
        "/story/..%2F..%2F..%2Fetc%2Fpasswd",
        "/story/%2e%2e",
        "/story/%2e%2e%2fpyproject.toml",
        "/story/..%5C..%5Cpyproject.toml",
        "/story/.json",
        "/story/..json",
        "/article/..%2F..%2Fetc%2Fpasswd",
        "/article/%2e%2e",
        "/article/%00",
        "/article/a%20b",
        "/api/story/..%2Fpyproject.toml",
        "/api/story/%2e%2e",
        "/story/" + "x" * 200,
    ],
)
def test_path_traversal_is_refused(store_client: TestClient, path: str) -> None:
    response = store_client.get(path)
    assert response.status_code == 404
    assert "root:" not in response.text and "[project]" not in response.text
    assert response.headers["content-security-policy"] == CSP


def test_not_found_pages(store_client: TestClient) -> None:
    story = store_client.get("/story/no-such-story")
    assert story.status_code == 404
    assert "There is no story no-such-story." in story.text
    assert story.headers["content-type"].startswith("text/html")
    article = store_client.get("/article/0123456789abcdef")
    assert article.status_code == 404 and "There is no article" in article.text
    invalid = store_client.get("/story/%3Cscript%3Ealert(1)")
    assert invalid.status_code == 404
    assert "(an invalid id)" in invalid.text
    assert_inert(invalid.text)
    page = store_client.get("/no/such/<script>page")
    assert page.status_code == 404
    assert "&lt;script&gt;" in page.text
    assert_inert(page.text)


def test_api_errors_are_json(store_client: TestClient) -> None:
    for path in ("/api/story/no-such-story", "/story/no-such-story.json"):
        response = store_client.get(path)
        assert response.status_code == 404
        error = response.json()["error"]
        assert error["status"] == 404 and "no-such-story" in error["message"]


def test_bad_evidence_offsets_are_refused(store_client: TestClient) -> None:
    reading = hostile_readings()[0]
    for query in ("start=5", "start=x&end=9", "start=9&end=5", "start=0&end=999999"):
        response = store_client.get(f"/article/{reading.id}?{query}")
        assert response.status_code == 400, query
        assert "start" in response.text


def test_foreign_host_header_is_refused(store_client: TestClient) -> None:
    response = store_client.get("/", headers={"host": "attacker.example"})
    assert response.status_code == 400
    assert response.headers["content-security-policy"] == CSP


def test_methods_not_allowed(store_client: TestClient) -> None:
    response = store_client.post(f"/story/{HOSTILE_STORY}")
    assert response.status_code == 405
    assert re.search(r"<h1>Method not allowed</h1>", response.text)
