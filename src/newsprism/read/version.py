"""The version of the reading stage, recorded with every reading a store keeps.

A store re-reads an article whose stored reading was made by another version (see
docs/STORE.md, "Reader version"), so a reading never outlives the code that made it.
"""

from __future__ import annotations

from typing import Final

READER_VERSION: Final = 4
"""Bump when reading output changes: any change in what :func:`newsprism.read.read_article`
returns for some article (sentences, mentions, quantities, time references, quotes, estimated
dates), including changes to the lexicons and gazetteer in ``read/data``. Refactors that leave
every output equal need no bump."""
