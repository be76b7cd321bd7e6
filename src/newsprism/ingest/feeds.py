"""RSS and Atom feeds: each item becomes an article.

feedparser is always given bytes (given a URL it would fetch it itself). An item's body is its
full content (``content:encoded``, Atom ``content``), else its summary; HTML is turned into text
with paragraph breaks by selectolax (trafilatura expects whole pages, not fragments), and
``<figcaption>`` text becomes caption paragraphs. The item's link is the article's URL and its
domain the outlet (else the feed's title). A feed is parsed whole, then its items are turned into
articles one at a time; a bad item is reported and the others go on.
"""

from __future__ import annotations

import re
import time
import xml.sax
from collections.abc import Iterator, Mapping
from datetime import date
from typing import Any, BinaryIO

import feedparser
from selectolax.lexbor import LexborHTMLParser

from newsprism.errors import IngestError
from newsprism.ingest.article import build_article
from newsprism.ingest.decode import MAX_BYTES, read_limited
from newsprism.ingest.outlet import domain_of, outlet_for
from newsprism.model import Article

FEED_SUFFIXES = (".rss", ".atom", ".xml")
MAX_FEED_BYTES = 5 * MAX_BYTES
"""Largest feed document accepted, in bytes (a feed carries many items)."""

_FEED_ROOT = re.compile(  # the root element, after any declaration, comments and doctype
    rb"\A(?:\xef\xbb\xbf)?(?:\s|<\?.*?\?>|<!--.*?-->|<!DOCTYPE[^>]*>)*<(?:rss|feed|rdf:RDF)\b",
    re.IGNORECASE | re.DOTALL,
)
_HTML_TYPES = ("text/html", "application/xhtml+xml")
_LOOKS_HTML = re.compile(r"<(?:p|br|div|a|b|i|em|strong|span|img|figure|ul|ol|li|h\d)\b", re.I)
_BREAK = re.compile(r"<br\s*/?>", re.IGNORECASE)
_BLOCK_END = re.compile(
    r"</(?:p|div|li|ul|ol|h\d|blockquote|figure|figcaption|section|article|pre|table|tr)\s*>"
    r"|<(?:p|div|li|h\d|blockquote|figure|section|article|pre|tr)\b",
    re.IGNORECASE,
)
_DROP = ["script", "style", "noscript", "iframe", "object", "template"]
_SPACES = re.compile(r"[ \t\r\f\v\u00a0]+")
_BLANKS = re.compile(r"\n\s*\n\s*")
_MARK = "\u2029"  # paragraph separator: marks block boundaries through the parse


def looks_like_feed(head: bytes) -> bool:
    """Whether a document starting with ``head`` is an RSS, Atom or RDF feed."""
    return _FEED_ROOT.match(head) is not None


def read_feed(stream: BinaryIO, name: str, path: str | None) -> Iterator[Article | IngestError]:
    """Articles from the feed in ``stream`` (a dispatch reader; errors are yielded)."""
    try:
        raw = read_limited(stream, name, MAX_FEED_BYTES)
    except IngestError as error:
        yield error
        return
    yield from parse_feed(raw, name, path=path)


def parse_feed(
    raw: bytes, name: str, *, path: str | None = None
) -> Iterator[Article | IngestError]:
    """Articles from the items of a feed document; one error per bad item, or one for the feed
    when it cannot be read at all. ``name`` (a path or URL) names the feed in errors."""
    parsed = feedparser.parse(raw, sanitize_html=True, resolve_relative_uris=True)
    damage = _damage(parsed)
    entries = parsed.get("entries") or []
    if not entries:
        if damage is not None:
            yield IngestError(name, f"not a readable feed ({damage})")
        elif not parsed.get("version"):
            yield IngestError(name, "not an RSS or Atom feed")
        return
    feed_title = _clean(str(parsed.get("feed", {}).get("title") or "")) or None
    for index, entry in enumerate(entries, start=1):
        item_name = f"{name}#item {index}"
        try:
            yield entry_article(entry, item_name, feed_title=feed_title, path=path)
        except IngestError as error:
            yield error
    if damage is not None:
        yield IngestError(name, f"feed damaged after item {len(entries)} ({damage})")


def entry_article(
    entry: Mapping[str, Any], name: str, *, feed_title: str | None = None, path: str | None = None
) -> Article:
    """The article of one feed item; :class:`IngestError` naming ``name`` when it has no text."""
    body = _body(entry)
    if body is None:
        raise IngestError(name, "item has no content or summary")
    value, is_html = body
    text, captions = html_fragment_text(value) if is_html else (value, ())
    if not text.strip():
        raise IngestError(name, "item has no text")
    url = str(entry.get("link") or "").strip() or None
    title = str(entry.get("title") or "")
    if _LOOKS_HTML.search(title):
        title = html_fragment_text(title)[0]
    domain = domain_of(url) if url else None
    return build_article(
        value.encode("utf-8"),
        text,
        source=domain or outlet_for(feed_title, None, path),
        title=_clean(title) or None,
        url=url,
        path=path,
        published=_entry_date(entry),
        captions=captions,
    )


def html_fragment_text(markup: str) -> tuple[str, tuple[str, ...]]:
    """The text of an HTML fragment, block elements as paragraphs, and its figure captions."""
    markup = _BREAK.sub("\n", markup)
    markup = _BLOCK_END.sub(lambda m: _MARK + m.group(0), markup)
    tree = LexborHTMLParser(f"<html><body>{markup}</body></html>")
    tree.strip_tags(_DROP)
    captions: list[str] = []
    for node in tree.css("figcaption"):
        caption = _clean(node.text(separator=" ").replace(_MARK, " "))
        if caption:
            captions.append(caption)
        node.decompose()
    body = tree.body
    raw_text = body.text(separator="") if body is not None else ""
    paragraphs = []
    for block in raw_text.split(_MARK):
        lines = [_SPACES.sub(" ", line).strip() for line in block.split("\n")]
        paragraph = "\n".join(line for line in lines if line)
        if paragraph:
            paragraphs.append(paragraph)
    return _BLANKS.sub("\n\n", "\n\n".join(paragraphs)).strip(), tuple(captions)


def _body(entry: Mapping[str, Any]) -> tuple[str, bool] | None:
    """The item's fullest text and whether it is HTML: content first, then summary."""
    contents = [c for c in entry.get("content") or () if str(c.get("value") or "").strip()]
    if contents:
        best = max(contents, key=lambda c: len(str(c.get("value"))))
        return str(best["value"]), _is_html(str(best.get("type") or ""), str(best["value"]))
    summary = str(entry.get("summary") or "")
    if summary.strip():
        detail = entry.get("summary_detail") or {}
        return summary, _is_html(str(detail.get("type") or ""), summary)
    return None


def _is_html(kind: str, value: str) -> bool:
    return kind in _HTML_TYPES or (kind != "text/plain" and bool(_LOOKS_HTML.search(value)))


def _entry_date(entry: Mapping[str, Any]) -> date | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        parsed = entry.get(key)
        if isinstance(parsed, time.struct_time):
            try:
                return date(parsed.tm_year, parsed.tm_mon, parsed.tm_mday)
            except ValueError:
                continue
    return None


def _damage(parsed: Mapping[str, Any]) -> str | None:
    """Why the feed document is broken XML, or None (benign bozo flags such as a wrong
    declared encoding are not damage)."""
    if not parsed.get("bozo"):
        return None
    exc = parsed.get("bozo_exception")
    if isinstance(exc, xml.sax.SAXParseException):
        return f"XML error: line {exc.getLineNumber()}: {exc.getMessage()}"
    if isinstance(exc, xml.sax.SAXException) or exc is None:
        detail = " ".join(str(exc).split()) if exc is not None else ""
        return f"XML error: {detail}" if detail else "XML error"
    return None


def _clean(text: str) -> str:
    return _SPACES.sub(" ", text).strip()
