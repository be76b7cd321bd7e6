"""newsprism: see one news story through many outlets.

The whole public API is importable from here::

    import newsprism
    analysis = newsprism.analyze(["a.txt", "b.html", "feed.jsonl"])
    print(newsprism.render(analysis, "markdown"))

The data model and errors load eagerly (they are small); the pipeline functions load on first
use (PEP 562), so ``import newsprism.model`` stays cheap and the CLI starts quickly.
"""

from __future__ import annotations

import importlib
from importlib import metadata
from typing import TYPE_CHECKING, Any

from newsprism.errors import ConfigError, IngestError, NewsprismError, ReadError, StoreError
from newsprism.model import (
    Article,
    Conflict,
    Entity,
    Fact,
    Family,
    Framing,
    FramingTerm,
    Mention,
    Quantity,
    Quote,
    QuoteGroup,
    ReadArticle,
    Segment,
    Sentence,
    Span,
    Story,
    StoryAnalysis,
    SummarySentence,
    TimelineEvent,
    TimeRef,
    Variant,
)

if TYPE_CHECKING:
    from newsprism.api import analyze, build_story, read_inputs
    from newsprism.compare.story import compare_story
    from newsprism.ingest import iter_inputs
    from newsprism.read.pipeline import pipe, read_article
    from newsprism.report import analysis_to_dict, render, render_text

try:
    __version__ = metadata.version("newsprism")
except metadata.PackageNotFoundError:  # a source tree that is not installed
    __version__ = "unknown"

_LAZY: dict[str, str] = {
    "analyze": "newsprism.api",
    "build_story": "newsprism.api",
    "read_inputs": "newsprism.api",
    "compare_story": "newsprism.compare.story",
    "iter_inputs": "newsprism.ingest",
    "pipe": "newsprism.read.pipeline",
    "read_article": "newsprism.read.pipeline",
    "analysis_to_dict": "newsprism.report",
    "render": "newsprism.report",
    "render_text": "newsprism.report",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'newsprism' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_LAZY))


__all__ = [
    "Article",
    "ConfigError",
    "Conflict",
    "Entity",
    "Fact",
    "Family",
    "Framing",
    "FramingTerm",
    "IngestError",
    "Mention",
    "NewsprismError",
    "Quantity",
    "Quote",
    "QuoteGroup",
    "ReadArticle",
    "ReadError",
    "Segment",
    "Sentence",
    "Span",
    "StoreError",
    "Story",
    "StoryAnalysis",
    "SummarySentence",
    "TimeRef",
    "TimelineEvent",
    "Variant",
    "__version__",
    "analysis_to_dict",
    "analyze",
    "build_story",
    "compare_story",
    "iter_inputs",
    "pipe",
    "read_article",
    "read_inputs",
    "render",
    "render_text",
]
