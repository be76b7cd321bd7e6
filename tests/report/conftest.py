"""Fixtures for the renderer tests: a full analysis and one with only its story."""

from __future__ import annotations

import pytest

from newsprism.model import StoryAnalysis
from tests.report.sample import build


@pytest.fixture()
def analysis() -> StoryAnalysis:
    return build()


@pytest.fixture()
def empty_analysis() -> StoryAnalysis:
    """Only the story: what ``compare_story`` returns before the comparison steps exist."""
    full = build()
    return StoryAnalysis(story=full.story)
