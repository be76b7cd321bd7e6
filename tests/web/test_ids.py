"""Story and article ids accepted in URLs."""

from __future__ import annotations

import pytest

from newsprism.web.ids import valid_id


@pytest.mark.parametrize(
    "value",
    ["corran-star-ferry", "story-91ffe4e1f215", "7ece8a69b50af494", "mw-2025-10-04", "a", "x_1.v2"],
)
def test_ordinary_ids_are_valid(value: str) -> None:
    assert valid_id(value)


@pytest.mark.parametrize(
    "value",
    ["", "..", "a..b", "../etc", "a/b", "a\\b", ".hidden", "a.", "a b", "<b>", "é", "x" * 129],
)
def test_odd_ids_are_refused(value: str) -> None:
    assert not valid_id(value)
