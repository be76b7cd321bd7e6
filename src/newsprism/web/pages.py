"""Render the web app's HTML pages from Jinja2 templates, autoescaped.

The web templates live in ``web/templates``; they share the report's stylesheet and article
fragment (``_style.html.j2``, ``_reading.html.j2``), and the story page extends the HTML report
(``report.html.j2``) itself, so the app and ``newsprism analyze -f html`` show one comparison.
Article text only ever reaches a template as a plain string, so every piece of it is escaped.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from typing import Any

import jinja2

from newsprism.errors import IngestError
from newsprism.model import ReadArticle, Story, StoryAnalysis
from newsprism.report.describe import number, published_label
from newsprism.report.highlight import MAX_TEXT_CHARS
from newsprism.report.html import EvidenceLink, article_view, report_context, safe_href
from newsprism.report.index import index_story
from newsprism.web.evidence import mark_evidence
from newsprism.web.sources import ArticleRow, StoryRow
from newsprism.web.uploads import MAX_BODY_BYTES, MAX_FILES, MAX_PASTED

PASTE_BOXES = 3  # pasted-text boxes shown on the analyse form


@cache
def environment() -> jinja2.Environment:
    """The Jinja2 environment: web templates first, then the report's; autoescape on."""
    return jinja2.Environment(
        loader=jinja2.ChoiceLoader(
            [
                jinja2.PackageLoader("newsprism.web", "templates"),
                jinja2.PackageLoader("newsprism.report", "templates"),
            ]
        ),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )


def _render(name: str, **context: Any) -> str:
    return environment().get_template(name).render(**context)


def _dates(row: StoryRow) -> str:
    first = row.first_date.isoformat() if row.first_date else ""
    last = row.last_date.isoformat() if row.last_date else ""
    if first and last and first != last:
        return f"{first} – {last}"
    return first or last or "unknown"


def index_page(
    rows: Sequence[StoryRow],
    *,
    query: str,
    source: str,
    loose: Sequence[ArticleRow] = (),
    loose_total: int = 0,
) -> str:
    """The story listing, with the search box and the articles in no story."""
    return _render(
        "index.html.j2",
        rows=[{"row": r, "dates": _dates(r)} for r in rows],
        query=query,
        source=source,
        loose=loose,
        loose_total=loose_total,
    )


def story_page(
    analysis: StoryAnalysis,
    *,
    evidence_link: EvidenceLink | None = None,
    json_href: str | None = None,
    errors: Sequence[IngestError] = (),
) -> str:
    """The comparison page of one story: the HTML report with the app's navigation."""
    context = report_context(analysis, evidence_link=evidence_link)
    return _render("story.html.j2", json_href=json_href, ingest_errors=errors, **context)


def article_page(
    reading: ReadArticle,
    *,
    story_id: str | None,
    story_label: str | None,
    evidence: tuple[int, int] | None = None,
) -> str:
    """One article: its metadata, what was read in it, and its text with readings highlighted
    (and the evidence span ``[start, end)`` marked when given)."""
    single = StoryAnalysis(story=Story(id=story_id or "", articles=(reading,)))
    view = article_view(reading, index_story(single))
    if evidence is not None:
        view["pieces"] = mark_evidence(view["pieces"], reading, *evidence)
    article = reading.article
    return _render(
        "article.html.j2",
        a=view,
        article=article,
        published=published_label(reading),
        href=safe_href(article.url),
        story_id=story_id,
        story_label=story_label,
        evidence=evidence,
        number=number,
        max_text_chars=MAX_TEXT_CHARS,
    )


def analyze_form(*, message: str | None = None) -> str:
    """The form for pasting texts and uploading files."""
    return _render(
        "analyze.html.j2",
        boxes=range(1, PASTE_BOXES + 1),
        max_mb=number(MAX_BODY_BYTES / (1024 * 1024)),
        max_files=MAX_FILES,
        max_pasted=MAX_PASTED,
        message=message,
    )


def error_page(status: int, title: str, message: str) -> str:
    """A page for an HTTP error, saying what went wrong and where to go."""
    return _render("error.html.j2", status=status, title=title, message=message)
