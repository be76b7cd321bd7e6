"""The Markdown report: every non-empty section, citations, the fact matrix, escaping."""

from __future__ import annotations

from dataclasses import replace

from newsprism.model import StoryAnalysis
from newsprism.report.markdown import escape, render_markdown
from tests.report.sample import HOSTILE


def test_escape_neutralises_markdown_and_html() -> None:
    assert escape("a | b") == "a \\| b"
    assert escape("<b>x</b>") == "&lt;b&gt;x&lt;/b&gt;"
    assert escape("[link](http://x) **bold** `code`") == (
        "\\[link\\](http://x) \\*\\*bold\\*\\* \\`code\\`"
    )
    assert escape("line one\n\n# line two") == "line one \\# line two"
    assert escape("Fish & chips") == "Fish &amp; chips"


def test_all_sections_present(analysis: StoryAnalysis) -> None:
    md = render_markdown(analysis)
    for heading in (
        "# Velmora port flood",
        "## Articles",
        "## Summary",
        "## Facts by outlet",
        "## Conflicts",
        "## Quotes",
        "## Timeline",
        "## Framing",
        "## Voices",
        "## Reported by one outlet only",
        "## Entities",
        "## What was read in each article",
    ):
        assert f"\n{heading}\n" in f"\n{md}", heading


def test_empty_sections_are_left_out(empty_analysis: StoryAnalysis) -> None:
    md = render_markdown(empty_analysis)
    assert "## Articles" in md and "## What was read in each article" in md
    for heading in ("Summary", "Facts by outlet", "Conflicts", "Timeline", "Framing"):
        assert f"## {heading}" not in md


def test_summary_cites_outlets(analysis: StoryAnalysis) -> None:
    md = render_markdown(analysis)
    assert (
        "- Floodwater closed the port of Velmora on Tuesday, officials said. "
        "\\[Harbor Gazette\\] \\[Northwind Post\\]" in md
    )
    assert "\\[Northwind Post \\#2\\]" in md  # a second article of one outlet is numbered


def test_fact_matrix_marks_outlets_and_counts_independent_sources(
    analysis: StoryAnalysis,
) -> None:
    md = render_markdown(analysis)
    assert "| Fact | Harbor Gazette | Northwind Post | Independent |" in md
    assert "| Floodwater closed the port of Velmora on Tuesday, officials said. | ✓ | ✓ | 2 |" in md
    # a statement of one article only is not a matrix row: it is listed apart
    assert "|  | ✓ | 1 (single source) |" not in md
    assert "Statements made by one article only (1) are listed under" in md


def test_conflict_shows_variants_with_evidence(analysis: StoryAnalysis) -> None:
    md = render_markdown(analysis)
    assert "### families displaced (figure, spread)" in md
    assert "- **at least 40** \\[Harbor Gazette\\]" in md
    assert '  > "Some 55 families" — Northwind Post' in md


def test_tables_keep_their_shape_with_hostile_text(analysis: StoryAnalysis) -> None:
    md = render_markdown(analysis)
    assert "<script>" not in md and "<img" not in md
    assert "&lt;script&gt;" in md
    articles = md.split("## Articles\n\n", 1)[1].split("\n\n", 1)[0].splitlines()
    widths = {line.replace("\\|", "").count("|") for line in articles}
    assert widths == {7}  # six columns on every row, the "|" in titles escaped
    facts = md.split("## Facts by outlet\n\n", 1)[1].split("\n\n", 1)[0].splitlines()
    assert {line.replace("\\|", "").count("|") for line in facts} == {5}
    assert HOSTILE not in md


def test_readings_are_collapsed_and_list_what_was_read(analysis: StoryAnalysis) -> None:
    md = render_markdown(analysis)
    assert md.count("<details>") == 3 == md.count("</details>")
    assert "People: Ilse Quorant (Harbour Master)" in md
    assert '- "At least 40 families" → at least 40 families displaced' in md
    assert "mismatch: 4 Mar 2031 was a Tuesday, not a Monday" in md
    assert "<summary>Northwind Post #2: sentences 1" in md


def test_deterministic(analysis: StoryAnalysis) -> None:
    from tests.report.sample import build

    assert render_markdown(analysis) == render_markdown(build())


def test_an_outlet_stating_another_version_is_marked_against_the_fact(
    analysis: StoryAnalysis,
) -> None:
    (fact, *rest) = analysis.facts
    disputed = replace(fact, disputed_by=(fact.articles[-1],), independent_sources=1)
    md = render_markdown(replace(analysis, facts=(disputed, *rest)))
    assert "| Floodwater closed the port of Velmora on Tuesday, officials said. | ✓ | ✗ | 1" in md
