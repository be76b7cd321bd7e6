"""HTML pages: body, paragraphs, title, outlet, date, charset, and pages with no article."""

from __future__ import annotations

import io
from datetime import date

import pytest

from newsprism.errors import IngestError
from newsprism.ingest.html import extract_page, parse_html, read_html

PARAS = (
    "A landslide blocked the mountain road to Orvenne on Thursday morning, cutting off the "
    "village of 800 people from the valley towns for most of the day.",
    "Road crews from the Pellau district worked through the afternoon to clear rocks and mud, "
    "and the road reopened to light traffic shortly before 7 p.m., officials said.",
    "Geologists will inspect the slope above the road on Saturday before heavy lorries are "
    "allowed back, according to the district office.",
)


def page(*, head: str = "", paras: tuple[str, ...] = PARAS, charset: str = "utf-8") -> str:
    body = "".join(f"<p>{p}</p>\n" for p in paras)
    return f"""<!DOCTYPE html><html><head><meta charset="{charset}">
<title>Landslide cuts off Orvenne | Pellau Courier</title>
<meta property="og:site_name" content="Pellau Courier">
<meta property="og:url" content="https://www.pellaucourier.example/news/landslide">
<meta property="article:published_time" content="2024-05-03T08:30:00+02:00">
{head}</head><body>
<nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
<article><h1>Landslide cuts off Orvenne</h1>
{body}</article>
<footer>Sign up for our newsletter. All rights reserved.</footer></body></html>"""


def test_html_article() -> None:
    raw = page().encode()
    article = parse_html(raw, "landslide.html", path="in/landslide.html")
    assert article.raw == raw
    assert article.title == "Landslide cuts off Orvenne"
    assert article.source == "Pellau Courier"
    assert article.url == "https://www.pellaucourier.example/news/landslide"
    assert article.published == date(2024, 5, 3)
    for para in PARAS:
        assert para in article.text
    # paragraphs are separated by blank lines
    assert f"{PARAS[0]}\n\n{PARAS[1]}" in article.text
    assert "Sign up" not in article.text and "Sport" not in article.text


def test_outlet_falls_back_to_the_url_domain() -> None:
    markup = page().replace('<meta property="og:site_name" content="Pellau Courier">', "")
    article = parse_html(markup.encode(), "landslide.html")
    assert article.source == "pellaucourier.example"


def test_declared_legacy_charset() -> None:
    paras = (PARAS[0].replace("village", "village “Orvenne-lès-Monts”"), *PARAS[1:])
    raw = page(paras=paras, charset="windows-1252").encode("cp1252")
    article = parse_html(raw, "legacy.html")
    assert "“Orvenne-lès-Monts”" in article.text


def test_page_without_article_body() -> None:
    markup = (
        "<html><head><title>Pellau Courier</title></head><body><nav><a href='/'>Home</a> "
        "<a href='/news'>News</a></nav><form><input name='q'></form></body></html>"
    )
    with pytest.raises(IngestError, match="HTML has no article body") as info:
        parse_html(markup.encode(), "index.html")
    assert info.value.source == "index.html"


def test_extract_page_uses_the_given_url() -> None:
    found = extract_page(page(), "p", url="https://news.example/a")
    assert found.url == "https://news.example/a"
    assert found.site_name == "Pellau Courier"


def test_read_html_yields_errors() -> None:
    (error,) = list(read_html(io.BytesIO(b"\x00\x01\x02binary"), "blob.html", None))
    assert isinstance(error, IngestError)
    assert error.reason == "binary file, not text"


def test_figcaptions_are_kept_as_caption_segments() -> None:
    markup = (
        "<html><head><title>Storm closes Varn harbour</title></head><body><article>"
        + "".join(
            f"<p>The harbour at Varn stayed closed for a {n} day as waves broke over the pier "
            "and fishing boats sheltered in the inner basin.</p>"
            for n in ("first", "second", "third")
        )
        + "<figure><img src='a.jpg'><figcaption>A trawler rides out the swell off Varn, "
        "Monday, March 2, 2026. (Tide Photo/Ana Brek)</figcaption></figure>"
        "</article></body></html>"
    )
    article = parse_html(markup.encode(), "storm.html")
    caption = "A trawler rides out the swell off Varn, Monday, March 2, 2026. (Tide Photo/Ana Brek)"
    start = article.text.index(caption)
    assert article.role_at(start) == "caption"
    assert article.role_at(article.text.index("The harbour at Varn")) == "body"
