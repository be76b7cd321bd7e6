"""The terminal report: what was read in each article, then the story's comparison, via rich.

Renders onto a caller-supplied :class:`rich.console.Console` (the CLI passes one on stdout or a
file; tests pass one on ``io.StringIO``). Article text is always wrapped in :class:`rich.text.Text`
and never parsed as rich markup, so square brackets in an article print as they are.
"""

from __future__ import annotations

from collections.abc import Iterable

from rich.console import Console, Group, RenderableType
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from newsprism.model import ReadArticle, Span, StoryAnalysis
from newsprism.report.describe import (
    people_with_roles,
    published_label,
    quantity_value,
    segment_counts,
    timeref_value,
)
from newsprism.report.index import StoryIndex, index_story

MAX_ROWS = 40  # per list in one article's panel
MAX_CELL_CHARS = 300


def _t(text: str, style: str = "") -> Text:
    """Plain text, never markup; long runs clipped."""
    if len(text) > MAX_CELL_CHARS:
        text = text[: MAX_CELL_CHARS - 1] + "…"
    return Text(text, style=style)


def _cite(index: StoryIndex, article_ids: tuple[str, ...]) -> Text:
    return Text(" ".join(f"[{label}]" for label in index.cite(article_ids)), style="dim cyan")


def render_text(analysis: StoryAnalysis, console: Console, *, readings: bool = True) -> None:
    """Print the report of ``analysis`` on ``console``: the story's sections, then one panel per
    article with what was read in it (``readings=False`` skips the panels)."""
    index = index_story(analysis)
    story = analysis.story
    console.print(
        Text.assemble(
            (story.label or story.id, "bold"),
            (f"  story {story.id}: {len(story.articles)} articles, ", "dim"),
            (f"{len(index.sources)} outlets", "dim"),
        )
    )
    for section in _sections(analysis, index):
        console.print(section)
    if readings:  # the story first; then what was read in each article, for checking
        console.print(_heading("What was read in each article"))
        for reading in story.articles:
            console.print(reading_panel(reading, index))


def reading_panel(reading: ReadArticle, index: StoryIndex) -> Panel:
    """One article: source, date, wire, segments, people, figures, dates and quotes."""
    a = reading.article
    facts = Table.grid(padding=(0, 2))
    facts.add_column(style="bold")
    facts.add_column()
    facts.add_row("Source", _t(a.source))
    if a.title:
        facts.add_row("Title", _t(a.title))
    if a.url or a.path:
        facts.add_row("From", _t(a.url or a.path or ""))
    facts.add_row(
        "Published", _t(published_label(reading), "yellow" if reading.published_estimated else "")
    )
    facts.add_row("Wire", _t(", ".join(a.wire) or "none credited"))
    facts.add_row("Characters", _t(segment_counts(reading)))
    facts.add_row("Sentences", _t(str(len(reading.sentences))))
    people = people_with_roles(reading)
    if people:
        facts.add_row("People", _t("; ".join(people[:MAX_ROWS])))
    parts: list[RenderableType] = [facts]
    if reading.quantities:
        table = Table(
            "figure", "as read", "counts", "verb", "owner", title="Figures", title_justify="left"
        )
        for q in reading.quantities[:MAX_ROWS]:
            table.add_row(
                _t(q.text),
                _t(quantity_value(q)),
                _t(q.counts or ""),
                _t(q.verb or ""),
                _t(q.owner or ""),
            )
        parts.append(table)
    if reading.timerefs:
        table = Table("date", "resolved", "how", "warning", title="Dates", title_justify="left")
        for t in reading.timerefs[:MAX_ROWS]:
            table.add_row(
                _t(t.text),
                _t(timeref_value(t)),
                _t(t.method),
                _t(t.weekday_mismatch or "", "bold red"),
            )
        parts.append(table)
    if reading.quotes:
        table = Table("quote", "speaker", "how", title="Quotes", title_justify="left")
        for quote in reading.quotes[:MAX_ROWS]:
            table.add_row(
                _t(quote.text, "italic"),
                _t(quote.speaker or "unknown"),
                _t(quote.attribution or ""),
            )
        parts.append(table)
    hidden = sum(
        max(0, len(items) - MAX_ROWS)
        for items in (reading.quantities, reading.timerefs, reading.quotes)
    )
    if hidden:
        parts.append(_t(f"… {hidden} more rows not shown", "dim"))
    title = Text(index.label(reading.id), style="bold")
    return Panel(Group(*parts), title=title, title_align="left", subtitle=_t(reading.id, "dim"))


def _evidence(index: StoryIndex, spans: Iterable[Span]) -> list[Text]:
    lines = []
    for span in spans:
        before, marked, after = index.context(span, width=80)
        lines.append(
            Text.assemble(
                "    “",
                _t(before, "dim"),
                _t(marked, "bold"),
                _t(after, "dim"),
                "” ",
                (f"— {index.label(span.article_id)}", "cyan"),
            )
        )
    return lines


def _heading(title: str) -> Text:
    return Text(f"\n{title}", style="bold underline")


def _table(title: str, *columns: tuple[str, int]) -> Table:
    """A story table filling the width: a column with ratio 0 keeps its natural width (no
    wrapping); the others share the rest in proportion to their ratios and fold long words."""
    table = Table(title=title, title_justify="left", expand=True)
    for header, ratio in columns:
        if ratio:
            table.add_column(header, ratio=ratio, overflow="fold")
        else:
            table.add_column(header, no_wrap=True)
    return table


def _summary(analysis: StoryAnalysis, index: StoryIndex) -> list[RenderableType]:
    if not analysis.summary:
        return []
    lines: list[RenderableType] = [_heading("Summary")]
    lines += [
        Text.assemble("• ", _t(s.text), " ", _cite(index, s.articles)) for s in analysis.summary
    ]
    return lines


_MARKS = {"agrees": ("✓", "green"), "disputes": ("✗", "red"), "": ("", "")}


def _facts(analysis: StoryAnalysis, index: StoryIndex) -> list[RenderableType]:
    if not analysis.facts:
        return []
    numbers = [str(n) for n in range(1, len(index.sources) + 1)]
    legend = Text("outlets: ", style="dim")
    for n, source in zip(numbers, index.sources, strict=True):
        legend.append(f"{n} = ", style="dim").append(_t(source)).append("  ")
    table = _table("Facts by outlet", ("fact", 1), *((n, 0) for n in numbers), ("independent", 0))
    shared = [fact for fact in analysis.facts if len(fact.articles) > 1]
    for fact in shared:
        marks = [Text(*_MARKS[mark]) for mark in index.fact_marks(fact)]
        count = f"{fact.independent_sources}" + (" (single)" if fact.single_source else "")
        table.add_row(_t(fact.text), *marks, _t(count, "yellow" if fact.single_source else ""))
    alone = len(analysis.facts) - len(shared)
    note = Text(
        f"{alone} statements made by one article only: see “Reported by one outlet only”.",
        style="dim",
    )
    out: list[RenderableType] = [Text("")]
    if shared:
        out += [table, legend]
    if alone:
        out.append(note)
    return out


def _conflicts(analysis: StoryAnalysis, index: StoryIndex) -> list[RenderableType]:
    if not analysis.conflicts:
        return []
    lines: list[RenderableType] = [_heading("Conflicts")]
    for c in analysis.conflicts:
        style = "bold red" if c.severity == "contradiction" else "bold yellow"
        lines.append(Text.assemble((f"{c.kind} {c.severity}: ", style), _t(c.subject, "bold")))
        lines.append(Text.assemble("  ", _t(c.explanation)))
        for v in c.variants:
            lines.append(Text.assemble("  • ", _t(v.value, "bold"), " ", _cite(index, v.articles)))
            lines += _evidence(index, v.evidence)
    return lines


def _quotes(analysis: StoryAnalysis, index: StoryIndex) -> list[RenderableType]:
    if not analysis.quotes:
        return []
    table = _table("Quotes", ("speaker", 1), ("quote", 3), ("outlets", 1), ("wordings", 0))
    for q in analysis.quotes:
        wordings = len({v.value for v in q.variants})
        table.add_row(
            _t(q.speaker or "unknown"),
            _t(q.text, "italic"),
            _cite(index, q.articles),
            _t(str(wordings)),
        )
    return [Text(""), table]


def _timeline(analysis: StoryAnalysis, index: StoryIndex) -> list[RenderableType]:
    if not analysis.timeline:
        return []
    table = _table("Timeline", ("date", 0), ("event", 3), ("outlets", 1), ("how dated", 0))
    for e in analysis.timeline:
        day = e.date.isoformat() + ("" if e.granularity == "day" else f" ({e.granularity})")
        table.add_row(_t(day), _t(e.text), _cite(index, e.articles), _t(e.method))
    return [Text(""), table]


def _framing(analysis: StoryAnalysis, index: StoryIndex) -> list[RenderableType]:
    if not analysis.framing:
        return []
    table = _table("Framing", ("outlet", 1), ("subject", 1), ("terms used", 3))
    for f in analysis.framing:
        terms = ", ".join(f"{t.term} ×{t.count}" for t in f.terms)
        table.add_row(_t(f.source), _t(f.subject), _t(terms))
    return [Text(""), table]


def _voices(analysis: StoryAnalysis, index: StoryIndex) -> list[RenderableType]:
    if not analysis.voices:
        return []
    table = _table("Voices", ("outlet", 1), ("quotes", 3))
    for source, speakers in analysis.voices:
        table.add_row(_t(source), _t(", ".join(speakers)))
    return [Text(""), table]


def _only(analysis: StoryAnalysis, index: StoryIndex) -> list[RenderableType]:
    if not any(facts for _, facts in analysis.only):
        return []
    lines: list[RenderableType] = [_heading("Reported by one outlet only")]
    for source, facts in analysis.only:
        lines += [
            Text.assemble(_t(source, "bold"), ": ", _t(f.text), " ", _cite(index, f.articles))
            for f in facts
        ]
    return lines


def _entities(analysis: StoryAnalysis, index: StoryIndex) -> list[RenderableType]:
    if not analysis.entities:
        return []
    table = _table(
        "Entities", ("name", 2), ("kind", 0), ("roles", 2), ("also called", 2), ("mentions", 0)
    )
    for e in analysis.entities:
        table.add_row(
            _t(e.name),
            _t(e.kind),
            _t(", ".join(e.roles)),
            _t(", ".join(e.aliases)),
            _t(str(len(e.mentions))),
        )
    return [Text(""), table]


_SECTIONS = (_summary, _facts, _conflicts, _quotes, _timeline, _framing, _voices, _only, _entities)


def _sections(analysis: StoryAnalysis, index: StoryIndex) -> list[RenderableType]:
    return [part for section in _SECTIONS for part in section(analysis, index)]
