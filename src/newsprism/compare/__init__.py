"""Comparison stage: align a story's articles into entities, facts, conflicts, quotes,
timeline, framing and a cited summary."""

from newsprism.compare.story import compare_story

__all__ = ["compare_story"]
