"""The version of the comparison stage, recorded with every analysis a store keeps.

A stored analysis made by another version is not served: the story is compared again when next
shown (docs/STORE.md, "Stored analyses").
"""

from __future__ import annotations

from typing import Final

COMPARE_VERSION: Final = 3
"""Bump when comparison output changes: any change in what
:func:`newsprism.compare.compare_story` returns for some story (facts, conflicts, quotes,
timeline, framing, summary). Refactors that leave every output equal need no bump. Version 1 is
every analysis stored before versions were recorded."""
