"""The terminal report, rendered onto a Console on a StringIO."""

from __future__ import annotations

import io

from rich.console import Console

from newsprism.model import StoryAnalysis
from newsprism.report import FORMATS, render
from newsprism.report.text import render_text


def rendered(analysis: StoryAnalysis, **kw: bool) -> str:
    buffer = io.StringIO()
    render_text(analysis, Console(file=buffer, width=120, color_system=None), **kw)
    return buffer.getvalue()


def test_what_was_read_per_article(empty_analysis: StoryAnalysis) -> None:
    out = rendered(empty_analysis)
    assert "Harbor Gazette" in out and "Northwind Post #2" in out
    assert "2031-03-05 (estimated)" in out
    assert "Example Wire" in out and "none credited" in out
    assert "body 204, caption 22" in out
    assert "Ilse Quorant (Harbour Master)" in out
    assert "At least 40 families" in out and "at least 40" in out and "displaced" in out
    assert "2031-03-04" in out and "weekday" in out
    assert "4 Mar 2031 was a Tuesday, not a Monday" in out
    assert "the north quay is gone" in out
    assert "Summary" not in out and "Conflicts" not in out  # nothing compared yet


def test_story_sections(analysis: StoryAnalysis) -> None:
    out = rendered(analysis)
    for title in (
        "Summary",
        "Facts by outlet",
        "Conflicts",
        "Quotes",
        "Timeline",
        "Framing",
        "Voices",
        "Reported by one outlet only",
        "Entities",
    ):
        assert title in out, title
    assert "[Harbor Gazette] [Northwind Post]" in out
    assert "figure spread: families displaced" in out
    assert "“Some 55 families were displaced, according to the council.” — Northwind Post" in out
    assert "1 statements made by one article only" in out
    assert "outlets: 1 = Harbor Gazette  2 = Northwind Post" in out  # the matrix's legend


def test_markup_in_articles_is_printed_literally(analysis: StoryAnalysis) -> None:
    out = rendered(analysis)
    assert "[red]x[/red]" in out
    assert "<script>alert(1)</script>" in out


def test_readings_can_be_skipped(analysis: StoryAnalysis) -> None:
    out = rendered(analysis, readings=False)
    assert "Example Wire" not in out and "Facts by outlet" in out


def test_render_gives_every_format_as_text(analysis: StoryAnalysis) -> None:
    assert FORMATS == ("text", "json", "markdown", "html")
    outputs = {fmt: render(analysis, fmt) for fmt in FORMATS}
    assert all(out.endswith("\n") for out in outputs.values())
    assert outputs["json"].startswith("{") and outputs["html"].startswith("<!DOCTYPE html>")
    assert outputs["markdown"].startswith("# Velmora port flood")
    assert "\x1b[" not in outputs["text"]  # no colour codes in files
