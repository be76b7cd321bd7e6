"""RSS and Atom feeds: one article per item, HTML to paragraphs, damage reported per item/feed."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

from newsprism.errors import IngestError
from newsprism.ingest.dispatch import iter_inputs
from newsprism.ingest.feeds import html_fragment_text, looks_like_feed, parse_feed, read_feed
from newsprism.model import Article

RSS = b"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel>
  <title>The Brindle Courier</title>
  <link>https://www.brindlecourier.example/</link>
  <item>
    <title>Ferry service to Oskel Island resumes</title>
    <link>https://www.brindlecourier.example/news/ferry-resumes</link>
    <pubDate>Tue, 04 Mar 2031 09:30:00 +0000</pubDate>
    <description>Short teaser about the ferry.</description>
    <content:encoded><![CDATA[
      <p>The ferry to Oskel Island sailed again on Monday after a three-week pause.</p>
      <figure><img src="x.jpg"/><figcaption>The ferry leaving Brindle harbour.</figcaption></figure>
      <p>Harbour master Ilse Vantorp said 40 passengers were aboard.<br/>More crossings follow.</p>
      <script>trackVisitor();</script>
    ]]></content:encoded>
  </item>
  <item>
    <title>Council delays bridge vote</title>
    <link>https://valleyledger.example/bridge</link>
    <description>&lt;p&gt;The Brindle council postponed its vote on the Tarn bridge.&lt;/p&gt;
      &lt;p&gt;A new date was not set.&lt;/p&gt;</description>
  </item>
  <item>
    <title>An item with nothing in it</title>
    <link>https://www.brindlecourier.example/empty</link>
  </item>
  <item>
    <title>Plain summary</title>
    <description>Market stalls return to Quay Street on Saturday.</description>
  </item>
</channel>
</rss>
"""

ATOM = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Northfold Weekly</title>
  <id>urn:example:northfold</id>
  <updated>2031-05-02T10:00:00Z</updated>
  <entry>
    <title type="html">Lighthouse &lt;em&gt;restored&lt;/em&gt;</title>
    <id>urn:example:northfold:1</id>
    <link href="https://northfold.example/lighthouse"/>
    <updated>2031-05-02T10:00:00Z</updated>
    <content type="html">
      &lt;p&gt;Volunteers finished painting the Carrow lighthouse.&lt;/p&gt;
    </content>
  </entry>
</feed>
"""


def _split(items: list[Article | IngestError]) -> tuple[list[Article], list[IngestError]]:
    articles = [i for i in items if isinstance(i, Article)]
    errors = [i for i in items if isinstance(i, IngestError)]
    return articles, errors


def test_rss_items_become_articles_with_content_link_date_and_domain() -> None:
    articles, errors = _split(list(parse_feed(RSS, "courier.rss")))
    assert [str(e) for e in errors] == ["courier.rss#item 3: item has no content or summary"]
    ferry, bridge, market = articles
    assert ferry.url == "https://www.brindlecourier.example/news/ferry-resumes"
    assert ferry.source == "brindlecourier.example"
    assert ferry.published == date(2031, 3, 4)
    assert ferry.title == "Ferry service to Oskel Island resumes"
    # full content preferred to the teaser; paragraphs kept; script dropped; caption apart
    assert "teaser" not in ferry.text
    assert "trackVisitor" not in ferry.text
    assert ferry.text.startswith("The ferry to Oskel Island sailed again on Monday")
    assert "three-week pause.\n\nHarbour master Ilse Vantorp" in ferry.text
    assert "40 passengers were aboard.\nMore crossings follow." in ferry.text
    assert ferry.text.endswith("The ferry leaving Brindle harbour.")
    assert any(seg.role == "caption" for seg in ferry.segments)
    # summary used when there is no content; HTML summary turned into paragraphs
    assert bridge.source == "valleyledger.example"
    assert bridge.text == (
        "The Brindle council postponed its vote on the Tarn bridge.\n\nA new date was not set."
    )
    assert bridge.published is None
    # no link: the outlet is the feed's title
    assert market.source == "The Brindle Courier"
    assert market.url is None
    assert market.text == "Market stalls return to Quay Street on Saturday."


def test_atom_entries_and_html_titles() -> None:
    (article,) = list(parse_feed(ATOM, "weekly.atom"))
    assert isinstance(article, Article)
    assert article.title == "Lighthouse restored"
    assert article.text == "Volunteers finished painting the Carrow lighthouse."
    assert article.source == "northfold.example"
    assert article.published == date(2031, 5, 2)


def test_same_feed_twice_gives_the_same_ids() -> None:
    first = [a.id for a in parse_feed(RSS, "a.rss") if isinstance(a, Article)]
    second = [a.id for a in parse_feed(RSS, "b.rss") if isinstance(a, Article)]
    assert first == second and len(set(first)) == 3


def test_a_malformed_feed_is_one_error_naming_it() -> None:
    items = list(parse_feed(b"<rss><channel><title>Broken &", "broken.rss"))
    assert len(items) == 1
    error = items[0]
    assert isinstance(error, IngestError)
    assert error.source == "broken.rss"
    assert "not a readable feed" in error.reason and "XML error" in error.reason


def test_a_document_that_is_not_a_feed_is_an_error() -> None:
    (error,) = list(parse_feed(b"<html><body><p>Hello</p></body></html>", "page.xml"))
    assert isinstance(error, IngestError)
    assert str(error) == "page.xml: not an RSS or Atom feed"


def test_a_truncated_feed_keeps_its_items_and_reports_the_damage() -> None:
    cut = RSS[: RSS.index(b"<title>Council delays")]
    articles, errors = _split(list(parse_feed(cut, "cut.rss")))
    assert [a.title for a in articles] == ["Ferry service to Oskel Island resumes"]
    assert errors[-1].source == "cut.rss"  # the half-written item 2 may be reported before it
    assert errors[-1].reason.startswith("feed damaged after item 2 (XML error: line 19")


def test_an_empty_valid_feed_yields_nothing() -> None:
    feed = b'<?xml version="1.0"?><rss version="2.0"><channel><title>T</title></channel></rss>'
    assert list(parse_feed(feed, "empty.rss")) == []


def test_read_feed_refuses_an_oversized_feed() -> None:
    from newsprism.ingest import feeds

    big = io.BytesIO(b"<rss>" + b" " * (feeds.MAX_FEED_BYTES + 1))
    (error,) = list(read_feed(big, "huge.rss", "huge.rss"))
    assert isinstance(error, IngestError) and "limit" in error.reason


def test_fragment_text_paragraphs_entities_and_captions() -> None:
    text, captions = html_fragment_text(
        "<div>Intro &amp; more</div><ul><li>one</li><li>two</li></ul>"
        "<figure><figcaption>A  caption</figcaption></figure><p>Last <i>word</i>.</p>"
    )
    assert text == "Intro & more\n\none\n\ntwo\n\nLast word."
    assert captions == ("A caption",)


def test_looks_like_feed() -> None:
    assert looks_like_feed(b'<?xml version="1.0"?>\n<!-- note -->\n<rss version="2.0">')
    assert looks_like_feed(b'\xef\xbb\xbf<feed xmlns="http://www.w3.org/2005/Atom">')
    assert not looks_like_feed(b"<html><head><title>rss</title>")
    assert not looks_like_feed(b'{"rss": 1}')


def test_dispatch_reads_feeds_by_suffix_and_by_content(tmp_path: Path) -> None:
    (tmp_path / "courier.rss").write_bytes(RSS)
    (tmp_path / "weekly.unknown").write_bytes(ATOM)
    items = list(iter_inputs([str(tmp_path / "courier.rss"), str(tmp_path / "weekly.unknown")]))
    articles, errors = _split(items)
    assert len(articles) == 4 and len(errors) == 1
    assert articles[0].path == str(tmp_path / "courier.rss")
    stdin_items = list(iter_inputs(["-"], stdin=io.BytesIO(ATOM)))
    assert [a.title for a in stdin_items if isinstance(a, Article)] == ["Lighthouse restored"]
