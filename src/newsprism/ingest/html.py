"""HTML pages: trafilatura finds the article body, htmldate the date, selectolax the metadata.

Paragraphs of the extracted body are separated by blank lines in ``Article.text``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from typing import BinaryIO

from selectolax.lexbor import LexborHTMLParser

from newsprism.errors import IngestError
from newsprism.ingest.article import build_article
from newsprism.ingest.decode import check_text_bytes, declared_charset, decode_text, read_limited
from newsprism.ingest.outlet import outlet_for
from newsprism.model import Article

_NEWLINE = re.compile(r"\n+")
_SPACES = re.compile(r"\s+")
_MIN_BODY_WORDS = 5  # fewer words is navigation left over, not an article
_TITLE_SEPARATORS = (" | ", " - ", " – ", " — ", " :: ", " · ")


@dataclass(frozen=True, slots=True)
class Page:
    """What was found in one HTML page."""

    text: str
    title: str | None
    url: str | None
    site_name: str | None
    published: date | None
    captions: tuple[str, ...] = ()


def extract_page(markup: str, name: str, *, url: str | None = None) -> Page:
    """The article body and metadata of an HTML page; :class:`IngestError` when it has no body."""
    # imported here: together they take ~0.3 s to import, which commands without HTML skip
    import htmldate
    import trafilatura
    from lxml.etree import LxmlError  # type: ignore[import-untyped]

    try:
        body = trafilatura.extract(
            markup,
            url=url,
            favor_precision=True,
            include_comments=False,
            include_tables=False,
            with_metadata=False,
        )
        found = htmldate.find_date(markup, extensive_search=False, original_date=True, url=url)
    except (LxmlError, ValueError) as exc:
        raise IngestError(name, f"HTML could not be parsed ({exc})") from None
    if not body or len(body.split()) < _MIN_BODY_WORDS:
        raise IngestError(name, "HTML has no article body")
    tree = LexborHTMLParser(markup)
    site_name = _meta(tree, 'meta[property="og:site_name"]', "content")
    page_url = (
        url
        or _meta(tree, 'meta[property="og:url"]', "content")
        or _meta(tree, 'link[rel="canonical"]', "href")
    )
    title_node = tree.css_first("title")
    title = _clean(title_node.text()) if title_node is not None else None
    title = _strip_site(title, site_name) or _meta(tree, 'meta[property="og:title"]', "content")
    return Page(
        text=_NEWLINE.sub("\n\n", body.strip()),
        title=title,
        url=page_url,
        site_name=site_name,
        published=date.fromisoformat(found) if found else None,
        captions=tuple(
            text for node in tree.css("figcaption") if (text := _clean(node.text(separator=" ")))
        ),
    )


def parse_html(
    raw: bytes,
    name: str,
    *,
    path: str | None = None,
    url: str | None = None,
) -> Article:
    """An article from the bytes of an HTML page. ``name`` identifies the input in errors."""
    check_text_bytes(raw, name)
    markup = decode_text(raw, name, declared=declared_charset(raw))
    page = extract_page(markup, name, url=url)
    return build_article(
        raw,
        page.text,
        source=outlet_for(page.site_name, page.url, path),
        title=page.title,
        url=page.url,
        path=path,
        published=page.published,
        captions=page.captions,
    )


def article_from_html(
    raw: bytes, *, name: str, url: str | None = None, path: str | None = None
) -> Article:
    """:func:`parse_html` with keyword arguments (for readers of containers such as WARC)."""
    return parse_html(raw, name, path=path, url=url)


def read_html(stream: BinaryIO, name: str, path: str | None) -> Iterator[Article | IngestError]:
    """Read one HTML page from ``stream``; an error is yielded, not raised."""
    try:
        yield parse_html(read_limited(stream, name), name, path=path)
    except IngestError as error:
        yield error


def _meta(tree: LexborHTMLParser, selector: str, attribute: str) -> str | None:
    node = tree.css_first(selector)
    if node is None:
        return None
    value = node.attributes.get(attribute)
    return _clean(value) if value else None


def _clean(value: str | None) -> str | None:
    if value is None:
        return None
    value = _SPACES.sub(" ", value).strip()
    return value or None


def _strip_site(title: str | None, site_name: str | None) -> str | None:
    """ "Storm hits town | The Ledger" -> "Storm hits town" when the site is "The Ledger"."""
    if not title or not site_name:
        return title
    for separator in _TITLE_SEPARATORS:
        head, sep, tail = title.rpartition(separator)
        if sep and head and tail.casefold() == site_name.casefold():
            return head.strip()
    return title
