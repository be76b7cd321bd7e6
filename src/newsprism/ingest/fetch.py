"""``http(s)://`` inputs: fetch with httpx, then read the body as a feed or as an HTML page.

The body is streamed with a size limit; a feed (by content type or by its root element) becomes
one article per item, anything else that looks like HTML becomes one article. Network and HTTP
failures come out as :class:`~newsprism.errors.IngestError` naming the URL.
"""

from __future__ import annotations

from collections.abc import Iterator

import httpx

from newsprism.errors import IngestError
from newsprism.ingest.decode import MAX_BYTES
from newsprism.ingest.feeds import MAX_FEED_BYTES, looks_like_feed, parse_feed
from newsprism.ingest.html import parse_html
from newsprism.model import Article

URL_PREFIXES = ("http://", "https://")
TIMEOUT = 30.0
USER_AGENT = "newsprism/0.1"
_FEED_TYPES = ("rss", "atom", "rdf", "/xml", "+xml")
_SNIFF = 4096


def is_url(item: str) -> bool:
    """Whether a command-line input is an http(s) URL."""
    return item.lower().startswith(URL_PREFIXES)


def fetch_url(
    url: str, *, client: httpx.Client | None = None, timeout: float = TIMEOUT
) -> Iterator[Article | IngestError]:
    """Articles from the feed or page at ``url`` (errors are yielded, not raised)."""
    try:
        if client is None:
            with httpx.Client(timeout=timeout, headers={"User-Agent": USER_AGENT}) as own:
                body, final_url, ctype = _get(own, url)
        else:
            body, final_url, ctype = _get(client, url)
    except IngestError as error:
        yield error
        return
    except httpx.HTTPError as exc:
        yield IngestError(url, f"cannot fetch: {exc or type(exc).__name__}")
        return
    if any(kind in ctype for kind in _FEED_TYPES) or looks_like_feed(body[:_SNIFF]):
        yield from parse_feed(body, url)
        return
    try:
        yield parse_html(body, url, url=final_url)
    except IngestError as error:
        yield error


def _get(client: httpx.Client, url: str) -> tuple[bytes, str, str]:
    """The body (at most :data:`MAX_FEED_BYTES`), final URL and content type of ``url``."""
    with client.stream("GET", url, follow_redirects=True) as response:
        if response.status_code >= 400:
            raise IngestError(url, f"HTTP {response.status_code} {response.reason_phrase}")
        ctype = response.headers.get("content-type", "").lower()
        limit = MAX_FEED_BYTES if any(k in ctype for k in _FEED_TYPES) else MAX_BYTES
        chunks: list[bytes] = []
        size = 0
        for chunk in response.iter_bytes():
            size += len(chunk)
            if size > limit:
                raise IngestError(url, f"response larger than the {limit:,}-byte limit")
            chunks.append(chunk)
        return b"".join(chunks), str(response.url), ctype
