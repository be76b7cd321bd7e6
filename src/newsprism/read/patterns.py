"""Regex building for the reading stage's hot path: keyword alternations that scan fast.

Python's regex engine skips ahead quickly only when a pattern starts with a plain character
set. :func:`keyword_pattern` therefore writes "one of these words, starting a word" as a
character class of first letters, a look-behind for the word start, and the rest of each word
grouped by its first letter. Used as a trigger: the full pattern runs only where it fires.
"""

from __future__ import annotations

import re
from collections.abc import Iterable


def keyword_pattern(words: Iterable[str], ignore_case: bool = False) -> str:
    """A pattern matching any of ``words`` not inside a word (nor after "-"): "twenty" in
    "twenty-six" matches, "one" in "someone" does not.

    With ``ignore_case`` the first letter matches in either case ("Today", "today"); the
    rest of each word is matched as written.
    """
    groups: dict[str, set[str]] = {}
    for word in words:
        first = word[0].lower() if ignore_case else word[0]
        groups.setdefault(first, set()).add(word[1:])
    firsts = ""
    branches = []
    for first in sorted(groups):
        cls = re.escape(first)
        if ignore_case and first.upper() != first:
            cls = f"[{re.escape(first)}{re.escape(first.upper())}]"
            firsts += re.escape(first.upper())
        firsts += re.escape(first)
        rests = sorted(groups[first], key=lambda r: (-len(r), r))
        alternation = "|".join(re.escape(r) for r in rests)
        branches.append(f"(?<={cls})(?:{alternation})")
    return rf"[{firsts}](?<![\w-].)(?:{'|'.join(branches)})(?!\w)"
