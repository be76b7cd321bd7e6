"""The HTML report: one self-contained page (inline CSS, no scripts, no external resources).

Rendered by Jinja2 with autoescaping on, from ``templates/report.html.j2``; article text is only
ever passed to the template as plain strings (never marked safe), so every piece is escaped.
A Content-Security-Policy meta tag forbids scripts and remote loads as a second line of defence.
Links are made only from ``http``/``https`` URLs.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from functools import cache
from typing import Any

import jinja2

from newsprism.model import ReadArticle, Span, StoryAnalysis
from newsprism.report.describe import (
    describe_quantity,
    describe_timeref,
    number,
    people_with_roles,
    published_label,
    segment_counts,
)
from newsprism.report.highlight import MAX_TEXT_CHARS, pieces
from newsprism.report.index import StoryIndex, index_story

MAX_EVIDENCE_CONTEXT = 160  # characters of context either side of an evidence span


@cache
def _environment() -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.PackageLoader("newsprism.report", "templates"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )


def safe_href(url: str | None) -> str | None:
    """``url`` if it is an http(s) URL, else None (no ``javascript:`` or ``data:`` links)."""
    if url and url.strip().lower().startswith(("http://", "https://")):
        return url.strip()
    return None


EvidenceLink = Callable[[Span], str]
"""Where an evidence citation links to; the page's own article section by default."""


def _in_page_link(span: Span) -> str:
    return f"#article-{span.article_id}"


def report_context(
    analysis: StoryAnalysis, *, evidence_link: EvidenceLink | None = None
) -> dict[str, Any]:
    """The variables ``report.html.j2`` is rendered with (the web app extends that template)."""
    index = index_story(analysis)
    link = evidence_link or _in_page_link
    return {
        "analysis": analysis,
        "story": analysis.story,
        "index": index,
        "facts": _fact_rows(analysis, index),
        "facts_alone": sum(len(f.articles) < 2 for f in analysis.facts),
        "articles": [article_view(r, index) for r in analysis.story.articles],
        "evidence": lambda span: _evidence_view(span, index, link),
        "cite": index.cite,
        "number": number,
        "max_text_chars": MAX_TEXT_CHARS,
    }


def render_html(analysis: StoryAnalysis) -> str:
    """The HTML page of ``analysis``."""
    template = _environment().get_template("report.html.j2")
    return template.render(**report_context(analysis))


def _fact_rows(analysis: StoryAnalysis, index: StoryIndex) -> list[dict[str, Any]]:
    rows = []
    for fact in analysis.facts:
        if len(fact.articles) < 2:
            continue  # statements of one article are listed under "only one outlet"
        rows.append({"fact": fact, "marks": index.fact_marks(fact)})
    return rows


def _evidence_view(span: Span, index: StoryIndex, link: EvidenceLink) -> dict[str, str]:
    before, marked, after = index.context(span, width=MAX_EVIDENCE_CONTEXT)
    return {
        "before": before,
        "marked": marked,
        "after": after,
        "label": index.label(span.article_id),
        "article": span.article_id,
        "href": link(span),
    }


def article_view(r: ReadArticle, index: StoryIndex) -> dict[str, Any]:
    """What ``_reading.html.j2`` shows of one article (``a`` in the template)."""
    a = r.article
    sentence_roles = Counter(s.role for s in r.sentences)
    return {
        "reading": r,
        "label": index.label(r.id),
        "href": safe_href(a.url),
        "where": a.url or a.path or "",
        "published": published_label(r),
        "segments": segment_counts(r),
        "sentence_roles": sorted(sentence_roles.items()),
        "people": people_with_roles(r),
        "quantities": [describe_quantity(q) for q in r.quantities],
        "timerefs": [(describe_timeref(t), bool(t.weekday_mismatch)) for t in r.timerefs],
        "quotes": r.quotes,
        "pieces": pieces(r),
        "truncated": len(a.text) > MAX_TEXT_CHARS,
    }
