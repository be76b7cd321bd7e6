"""The Markdown report: a readable account of one story for a README, an issue or a wiki.

Sections appear only when the analysis has something for them: articles, summary (with
citations), facts by outlet, conflicts (with the evidence words), quotes, timeline, framing,
voices, what only one outlet reports, entities, and a short reading of each article.
Every piece of article text is escaped: Markdown punctuation is backslash-escaped, ``<``, ``>``
and ``&`` become HTML entities, and line breaks inside table cells become spaces.
"""

from __future__ import annotations

import html
import re
from collections import Counter
from collections.abc import Iterable, Sequence

from newsprism.model import ReadArticle, Span, StoryAnalysis
from newsprism.report.describe import (
    describe_quantity,
    describe_timeref,
    people_with_roles,
    published_label,
)
from newsprism.report.index import StoryIndex, index_story

MAX_EVIDENCE_CHARS = 400  # an evidence quote longer than this is cut with an ellipsis
MAX_ITEMS = 50  # per list inside one article's reading

_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]|~#+!])")
_WS = re.compile(r"\s+")


def escape(text: str) -> str:
    """``text`` made inert in Markdown: one line, punctuation escaped, HTML as entities."""
    text = _WS.sub(" ", text).strip()
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return _MD_SPECIAL.sub(r"\\\1", text)


def _clip(text: str, limit: int = MAX_EVIDENCE_CHARS) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _table(header: Sequence[str], rows: Iterable[Sequence[str]]) -> list[str]:
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return [*lines, ""]


def _cite(index: StoryIndex, article_ids: tuple[str, ...]) -> str:
    return " ".join(f"\\[{escape(label)}\\]" for label in index.cite(article_ids))


def _quote_evidence(index: StoryIndex, spans: tuple[Span, ...]) -> list[str]:
    return [f'> "{escape(_clip(s.text))}" — {escape(index.label(s.article_id))}' for s in spans]


def render_markdown(analysis: StoryAnalysis) -> str:
    """The Markdown report of ``analysis`` (ends with a newline)."""
    index = index_story(analysis)
    story = analysis.story
    title = story.label or story.id
    out: list[str] = [f"# {escape(title)}", ""]
    out += [
        f"Story `{escape(story.id)}`: {len(story.articles)} articles from "
        f"{len(index.sources)} outlets.",
        "",
    ]
    out += _articles(analysis, index)
    out += _summary(analysis, index)
    out += _facts(analysis, index)
    out += _conflicts(analysis, index)
    out += _quotes(analysis, index)
    out += _timeline(analysis, index)
    out += _framing(analysis, index)
    out += _voices(analysis)
    out += _only(analysis, index)
    out += _entities(analysis)
    out += _readings(analysis, index)
    return "\n".join(out).rstrip("\n") + "\n"


def _articles(analysis: StoryAnalysis, index: StoryIndex) -> list[str]:
    rows = []
    for r in analysis.story.articles:
        a = r.article
        where = a.url or a.path or ""
        rows.append(
            [
                escape(index.label(r.id)),
                escape(a.title or ""),
                escape(published_label(r)),
                escape(", ".join(a.wire)),
                escape(where),
                f"`{escape(r.id)}`",
            ]
        )
    return [
        "## Articles",
        "",
        *_table(["Outlet", "Title", "Published", "Wire", "Link", "Id"], rows),
    ]


def _summary(analysis: StoryAnalysis, index: StoryIndex) -> list[str]:
    if not analysis.summary:
        return []
    lines = ["## Summary", ""]
    lines += [f"- {escape(s.text)} {_cite(index, s.articles)}" for s in analysis.summary]
    return [*lines, ""]


_MARKS = {"agrees": "✓", "disputes": "✗", "": ""}


def _facts(analysis: StoryAnalysis, index: StoryIndex) -> list[str]:
    if not analysis.facts:
        return []
    rows = []
    shared = [f for f in analysis.facts if len(f.articles) > 1]
    for fact in shared:
        marks = [_MARKS[mark] for mark in index.fact_marks(fact)]
        single = " (single source)" if fact.single_source else ""
        rows.append([escape(_clip(fact.text)), *marks, f"{fact.independent_sources}{single}"])
    header = ["Fact", *(escape(s) for s in index.sources), "Independent"]
    alone = len(analysis.facts) - len(shared)
    note = [
        f"Statements made by one article only ({alone}) are listed under"
        " “Reported by one outlet only”.",
        "",
    ]
    table = _table(header, rows) if rows else []
    return ["## Facts by outlet", "", *table, *(note if alone else [])]


def _conflicts(analysis: StoryAnalysis, index: StoryIndex) -> list[str]:
    if not analysis.conflicts:
        return []
    lines = ["## Conflicts", ""]
    for c in analysis.conflicts:
        lines += [
            f"### {escape(c.subject)} ({c.kind}, {c.severity})",
            "",
            escape(c.explanation),
            "",
        ]
        for v in c.variants:
            lines += [f"- **{escape(v.value)}** {_cite(index, v.articles)}", ""]
            lines += ["  " + q for q in _quote_evidence(index, v.evidence)]
            lines.append("")
    return lines


def _quotes(analysis: StoryAnalysis, index: StoryIndex) -> list[str]:
    if not analysis.quotes:
        return []
    rows = []
    for q in analysis.quotes:
        wordings = len({v.value for v in q.variants})
        rows.append(
            [
                escape(q.speaker or "unknown"),
                f'"{escape(_clip(q.text))}"',
                _cite(index, q.articles),
                str(wordings),
            ]
        )
    return ["## Quotes", "", *_table(["Speaker", "Quote", "Outlets", "Wordings"], rows)]


def _timeline(analysis: StoryAnalysis, index: StoryIndex) -> list[str]:
    if not analysis.timeline:
        return []
    rows = [
        [
            e.date.isoformat() + ("" if e.granularity == "day" else f" ({e.granularity})"),
            escape(_clip(e.text)),
            _cite(index, e.articles),
            e.method,
        ]
        for e in analysis.timeline
    ]
    return ["## Timeline", "", *_table(["Date", "Event", "Outlets", "How dated"], rows)]


def _framing(analysis: StoryAnalysis, index: StoryIndex) -> list[str]:
    if not analysis.framing:
        return []
    rows = [
        [
            escape(f.source),
            escape(f.subject),
            ", ".join(f"{escape(t.term)} ×{t.count}" for t in f.terms),
        ]
        for f in analysis.framing
    ]
    return ["## Framing", "", *_table(["Outlet", "Subject", "Terms used"], rows)]


def _voices(analysis: StoryAnalysis) -> list[str]:
    if not analysis.voices:
        return []
    rows = [[escape(s), ", ".join(escape(p) for p in people)] for s, people in analysis.voices]
    return ["## Voices", "", *_table(["Outlet", "Quotes"], rows)]


def _only(analysis: StoryAnalysis, index: StoryIndex) -> list[str]:
    if not any(facts for _, facts in analysis.only):
        return []
    lines = ["## Reported by one outlet only", ""]
    for source, facts in analysis.only:
        if not facts:
            continue
        lines += [f"### {escape(source)}", ""]
        lines += [f"- {escape(_clip(f.text))} {_cite(index, f.articles)}" for f in facts]
        lines.append("")
    return lines


def _entities(analysis: StoryAnalysis) -> list[str]:
    if not analysis.entities:
        return []
    rows = [
        [
            escape(e.name),
            e.kind,
            escape(", ".join(e.roles)),
            escape(", ".join(e.aliases)),
            str(len(e.mentions)),
        ]
        for e in analysis.entities
    ]
    return ["## Entities", "", *_table(["Name", "Kind", "Roles", "Also called", "Mentions"], rows)]


def _readings(analysis: StoryAnalysis, index: StoryIndex) -> list[str]:
    lines = ["## What was read in each article", ""]
    for r in analysis.story.articles:
        lines += _reading(r, index)
    return lines


def _reading(r: ReadArticle, index: StoryIndex) -> list[str]:
    roles = Counter(s.role for s in r.sentences)
    counts = ", ".join(f"{n} {role}" for role, n in sorted(roles.items()))
    summary = html.escape(  # raw HTML context: Markdown escapes would show
        f"{index.label(r.id)}: sentences {len(r.sentences)}, names {len(r.mentions)}, "
        f"figures {len(r.quantities)}, dates {len(r.timerefs)}, quotes {len(r.quotes)}"
    )
    lines = ["<details>", f"<summary>{summary}</summary>", ""]
    if counts:
        lines += [f"Sentences by part: {counts}", ""]
    people = people_with_roles(r)
    if people:
        lines.append("People: " + "; ".join(escape(p) for p in people[:MAX_ITEMS]))
        lines.append("")
    for title, items in (
        ("Figures", [describe_quantity(q) for q in r.quantities]),
        ("Dates", [describe_timeref(t) for t in r.timerefs]),
        ("Quotes", [f'"{_clip(q.text, 160)}" — {q.speaker or "unknown"}' for q in r.quotes]),
    ):
        if items:
            lines += [f"{title}:", ""]
            lines += [f"- {escape(item)}" for item in items[:MAX_ITEMS]]
            if len(items) > MAX_ITEMS:
                lines.append(f"- … {len(items) - MAX_ITEMS} more")
            lines.append("")
    return [*lines, "</details>", ""]
