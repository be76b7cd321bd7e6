"""Regex building for the reading stage's hot path: keyword alternations that scan fast.

Python's regex engine skips ahead quickly only when a pattern starts with a plain character
set. :func:`keyword_pattern` therefore writes "one of these words, starting a word" as a
character class of first letters, a look-behind for the word start, and the rest of each word
grouped by its first letter. Used as a trigger: the full pattern runs only where it fires.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Sequence

from newsprism.model import Sentence


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


def minimal_prefixes(words: Iterable[str]) -> tuple[str, ...]:
    """The words of ``words`` that no other word of it starts with ("six" covers "sixty")."""
    unique = sorted(set(words))
    kept: list[str] = []
    for word in unique:
        if not kept or not word.startswith(kept[-1]):
            kept.append(word)
    return tuple(kept)


def word_starts(text: str, prefixes: tuple[str, ...]) -> list[int]:
    """Offsets where one of ``prefixes`` begins a word of ``text`` (in text order).

    ``str.find`` runs in C far faster than a regex alternation scans; callers then run their
    full pattern at each offset. Give each prefix in every case it may be written in.
    """
    starts: list[int] = []
    find = text.find
    for prefix in prefixes:
        i = find(prefix)
        while i != -1:
            if i == 0 or not (text[i - 1].isalnum() or text[i - 1] in "-_"):
                starts.append(i)
            i = find(prefix, i + 1)
    starts.sort()
    return starts


def sentence_at(
    sentences: Sequence[Sentence], starts: Sequence[int], offset: int
) -> Sentence | None:
    """The sentence holding ``offset``; ``starts`` are the sentences' start offsets, in order."""
    i = bisect_right(starts, offset) - 1
    if i >= 0 and offset < sentences[i].end:
        return sentences[i]
    return None
