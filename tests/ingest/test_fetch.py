"""http(s) inputs: fetched with httpx (mocked here), read as a feed or an HTML page."""

from __future__ import annotations

import httpx

from newsprism.errors import IngestError
from newsprism.ingest import fetch
from newsprism.ingest.fetch import fetch_url, is_url
from newsprism.model import Article
from tests.ingest.test_feeds import RSS
from tests.ingest.test_warc import page


def _client(routes: dict[str, httpx.Response]) -> httpx.Client:
    def handle(request: httpx.Request) -> httpx.Response:
        return routes.get(str(request.url), httpx.Response(404))

    return httpx.Client(transport=httpx.MockTransport(handle))


def test_is_url() -> None:
    assert is_url("https://a.example/feed") and is_url("HTTP://a.example")
    assert not is_url("feeds/a.rss") and not is_url("-")


def test_a_feed_url_gives_its_items() -> None:
    client = _client(
        {
            "https://c.example/rss": httpx.Response(
                200, content=RSS, headers={"content-type": "text/plain"}
            )
        }
    )
    items = list(fetch_url("https://c.example/rss", client=client))
    assert len([i for i in items if isinstance(i, Article)]) == 3
    assert "https://c.example/rss#item 3: item has no content or summary" in map(str, items)


def test_a_page_url_gives_one_article_with_the_final_url() -> None:
    client = _client(
        {
            "https://g.example/old": httpx.Response(
                301, headers={"location": "https://g.example/story"}
            ),
            "https://g.example/story": httpx.Response(
                200, content=page(1), headers={"content-type": "text/html"}
            ),
        }
    )
    (article,) = list(fetch_url("https://g.example/old", client=client))
    assert isinstance(article, Article)
    assert article.url == "https://g.example/story"
    assert article.source == "g.example"


def test_http_and_network_errors_name_the_url() -> None:
    client = _client({})
    (error,) = list(fetch_url("https://g.example/gone", client=client))
    assert str(error) == "https://g.example/gone: HTTP 404 Not Found"

    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("connection refused", request=request)

    broken = httpx.Client(transport=httpx.MockTransport(refuse))
    (error,) = list(fetch_url("https://down.example/", client=broken))
    assert isinstance(error, IngestError)
    assert error.source == "https://down.example/"
    assert error.reason.startswith("cannot fetch: connection refused")


def test_an_oversized_response_is_refused() -> None:
    body = b"<html>" + b"x" * (fetch.MAX_BYTES + 10)
    client = _client(
        {
            "https://big.example/": httpx.Response(
                200, content=body, headers={"content-type": "text/html"}
            )
        }
    )
    (error,) = list(fetch_url("https://big.example/", client=client))
    assert isinstance(error, IngestError) and "limit" in error.reason
