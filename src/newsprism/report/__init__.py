"""Report stage: turn a :class:`~newsprism.model.StoryAnalysis` into something to read.

Formats: ``text`` (rich, for a terminal), ``json`` (versioned data, see docs/JSON.md),
``markdown`` and ``html`` (one self-contained page). Every format shows each section of the
analysis that is not empty, and escapes article text for its medium.
"""

from __future__ import annotations

import io
from typing import Literal, get_args

from rich.console import Console

from newsprism.model import StoryAnalysis
from newsprism.report.html import render_html
from newsprism.report.json import SCHEMA_VERSION, analysis_to_dict, dumps
from newsprism.report.markdown import render_markdown
from newsprism.report.text import render_text

Format = Literal["text", "json", "markdown", "html"]
FORMATS: tuple[Format, ...] = get_args(Format)
SUFFIXES: dict[Format, str] = {"text": "txt", "json": "json", "markdown": "md", "html": "html"}


def render(analysis: StoryAnalysis, fmt: Format, *, width: int = 100) -> str:
    """``analysis`` in format ``fmt`` as a string ending with a newline (text: no colour)."""
    if fmt == "json":
        return dumps(analysis) + "\n"
    if fmt == "markdown":
        return render_markdown(analysis)
    if fmt == "html":
        return render_html(analysis)
    if fmt == "text":
        buffer = io.StringIO()
        render_text(analysis, Console(file=buffer, width=width, color_system=None))
        return buffer.getvalue()
    raise ValueError(f"unknown report format {fmt!r}; choose one of {', '.join(FORMATS)}")


__all__ = [
    "FORMATS",
    "SCHEMA_VERSION",
    "SUFFIXES",
    "Format",
    "analysis_to_dict",
    "dumps",
    "render",
    "render_html",
    "render_markdown",
    "render_text",
]
