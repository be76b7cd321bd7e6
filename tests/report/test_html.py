"""The HTML report: one self-contained page, all article text escaped, spans highlighted."""

from __future__ import annotations

import dataclasses

from newsprism.model import StoryAnalysis
from newsprism.report.highlight import pieces
from newsprism.report.html import render_html, safe_href
from tests.html_checks import parse
from tests.report.sample import HOSTILE


def test_hostile_text_is_escaped_everywhere(analysis: StoryAnalysis) -> None:
    page = render_html(analysis)
    parsed = parse(page)
    assert [t for t, _ in parsed.tags if t in ("script", "img", "iframe", "object")] == []
    assert not any(k.startswith("on") for _, attrs in parsed.tags for k in attrs)
    assert "<script>" not in page and "<img" not in page
    text = "".join(parsed.text)
    assert text.count("<script>alert(1)</script>") >= 8  # shown as text in every section
    assert '"><img src=x onerror=alert(2)>' in text
    assert HOSTILE in text  # unescaped once by the browser: exactly the article's words


def test_self_contained(analysis: StoryAnalysis) -> None:
    page = render_html(analysis)
    parsed = parse(page)
    assert page.startswith("<!DOCTYPE html>")
    for tag, attrs in parsed.tags:
        assert tag not in ("link", "script")
        assert "src" not in attrs
        href = attrs.get("href")
        if href is not None:
            assert href.startswith(("#", "https://gazette.example/")), href
    csp = [a for t, a in parsed.tags if t == "meta" and a.get("http-equiv")]
    assert "default-src 'none'" in (csp[0]["content"] or "")
    assert "@import" not in page and "url(" not in page


def test_only_http_links(analysis: StoryAnalysis) -> None:
    assert safe_href("https://a.example/x") == "https://a.example/x"
    assert safe_href("javascript:alert(1)") is None
    assert safe_href(" JavaScript:alert(1)") is None
    assert safe_href("data:text/html,x") is None
    assert safe_href(None) is None
    first = analysis.story.articles[0]
    evil = dataclasses.replace(
        first, article=dataclasses.replace(first.article, url="javascript:alert(3)")
    )
    story = dataclasses.replace(analysis.story, articles=(evil, *analysis.story.articles[1:]))
    page = render_html(dataclasses.replace(analysis, story=story))
    assert 'href="javascript' not in page.lower()
    assert "javascript:alert(3)" in page  # still shown, as text


def test_sections_and_evidence(analysis: StoryAnalysis) -> None:
    page = render_html(analysis)
    for section in (
        "articles",
        "summary",
        "facts",
        "conflicts",
        "quotes",
        "timeline",
        "framing",
        "voices",
        "only",
        "entities",
        "readings",
    ):
        assert f'<section id="{section}">' in page, section
    # the evidence span is marked inside its sentence
    assert "<mark>Some 55 families</mark> were displaced, according to the council." in page
    # the matrix has the two-outlet fact; the one-article fact is listed apart
    assert page.count('<td class="mark agrees">✓</td>') == 2
    assert "Statements made by one article only (1)" in page


def test_empty_sections_are_left_out(empty_analysis: StoryAnalysis) -> None:
    page = render_html(empty_analysis)
    assert '<section id="articles">' in page and '<section id="readings">' in page
    assert '<section id="facts">' not in page and '<section id="conflicts">' not in page


def test_article_text_is_highlighted_from_offsets(analysis: StoryAnalysis) -> None:
    page = render_html(analysis)
    assert '<span class="quantity" title="' in page
    assert ">At least 40 families</span>" in page
    assert '<span class="timeref mismatch"' in page
    assert '<span class="role-caption">Photo: a flooded quay.</span>' in page
    assert '<span class="quote" title="quote: Ilse Quorant">the north quay is gone</span>' in page
    assert (
        '<span class="mention person" title="person: Ilse Quorant, Harbour Master">'
        "Ilse Quorant</span>"
    ) in page


def test_pieces_rebuild_the_text_and_nest_marks(analysis: StoryAnalysis) -> None:
    reading = analysis.story.articles[0]
    parts = pieces(reading)
    assert "".join(p.text for p in parts) == reading.article.text
    assert [p.classes for p in parts if p.text == "Photo: a flooded quay."] == [("role-caption",)]
    assert pieces(reading, limit=10)[-1].text == "Floodwater"


def test_deterministic(analysis: StoryAnalysis) -> None:
    from tests.report.sample import build

    assert render_html(analysis) == render_html(build())
