"""Comparison stage: align a story's articles into entities, facts, conflicts, quotes,
timeline, framing and a cited summary.

``compare_story`` is loaded on first use, so importing a light submodule (such as
:mod:`newsprism.compare.version`, which the store reads) does not load the whole stage.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from newsprism.compare.story import compare_story

__all__ = ["compare_story"]


def __getattr__(name: str) -> Any:
    if name == "compare_story":
        from newsprism.compare.story import compare_story

        return compare_story
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
