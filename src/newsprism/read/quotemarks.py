"""Pair quotation marks into quoted regions of an article's text.

Handles curly double quotes (“ ”), straight double quotes ("), guillemets (« »), low-9 openers („),
and single quotes (‘ ’, ' and ‹ ›) used as quotation marks, which are told apart from apostrophes
(Azerbaijan’s, don't, the ministers’) by what stands on either side of them. Every quote is bounded
to its paragraph (a line of the text): an unbalanced mark never swallows the rest of the article.
A quote left open at the end of a paragraph is kept only when it opened the paragraph (or followed
"X said:") and the next paragraph opens with a quote mark: the convention for a quotation running
over several paragraphs. Single marks are only paired outside double-quoted regions. One linear
pass over the marks of each paragraph.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_LINE = re.compile(r"[^\n]+")
_DOUBLE = re.compile(r"[\"“”«»„]")
_SINGLE = re.compile(r"[‘’'‹›]")
_OPENERS_AT_START = frozenset('“«„"‘')
_BEFORE_OPENER = frozenset('([{—–-/“"«„')
_AFTER_CLOSER = frozenset(".,;:!?)]}—–-…")


@dataclass(frozen=True, slots=True)
class QuotedRegion:
    """A quoted stretch: ``open_mark``/``close_mark`` are the marks' offsets (``close_mark`` is
    ``None`` when the quote runs on into the next paragraph) and ``[start, end)`` the words
    between them, trimmed of surrounding whitespace."""

    open_mark: int
    close_mark: int | None
    start: int
    end: int
    single: bool = False


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _continues(text: str, line_end: int) -> bool:
    """Whether the paragraph after ``line_end`` opens with a quote mark."""
    i = line_end
    n = len(text)
    while i < n and text[i].isspace():
        i += 1
    return i < n and text[i] in _OPENERS_AT_START


def _opens_paragraph(text: str, line_start: int, mark: int) -> bool:
    """Whether the quote opened at ``mark`` starts its paragraph or follows "X said:"."""
    before = text[line_start:mark].rstrip()
    return not before or before.endswith((":", ","))


def _straight_double_role(prev: str, nxt: str) -> str:
    """'open', 'close' or '?' for a straight double quote between ``prev`` and ``nxt``."""
    prev_open = prev.isspace() or prev in _BEFORE_OPENER
    next_close = nxt.isspace() or nxt in _AFTER_CLOSER
    if prev_open and not next_close:
        return "open"
    if next_close and not prev_open:
        return "close"
    return "?"


def _pair_doubles(text: str, ls: int, le: int) -> tuple[list[tuple[int, int]], int | None]:
    """Pairs of (open, close) mark offsets in one paragraph, and an opener left unclosed."""
    pairs: list[tuple[int, int]] = []
    opened: int | None = None
    for m in _DOUBLE.finditer(text, ls, le):
        i = m.start()
        c = text[i]
        if c in "“«„":
            role = "open"
        elif c in "”»":
            role = "close"
        else:
            prev = text[i - 1] if i > ls else " "
            nxt = text[i + 1] if i + 1 < le else " "
            role = _straight_double_role(prev, nxt)
            if role == "?":
                role = "open" if opened is None else "close"
        if role == "open":
            opened = i  # an earlier unclosed opener was unbalanced: drop it
        elif opened is not None:
            pairs.append((opened, i))
            opened = None
    return pairs, opened


def _single_role(text: str, i: int, ls: int, le: int) -> str:
    c = text[i]
    prev = text[i - 1] if i > ls else " "
    nxt = text[i + 1] if i + 1 < le else " "
    prev_open = prev.isspace() or prev in _BEFORE_OPENER
    if c in "‘‹":
        return "open" if prev_open and nxt.isalpha() else ""
    if c == "›":
        return "close"
    if nxt.isalnum() or prev.isspace():
        # letters on both sides (Azerbaijan’s, don't) or a leading elision: an apostrophe
        if c == "'" and prev_open and nxt.isalpha():
            return "open"
        return ""
    return "close"


def _pair_singles(
    text: str, ls: int, le: int, taken: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    pairs: list[tuple[int, int]] = []
    opened: int | None = None
    k = 0
    for m in _SINGLE.finditer(text, ls, le):
        i = m.start()
        while k < len(taken) and taken[k][1] < i:
            k += 1
        if k < len(taken) and taken[k][0] <= i <= taken[k][1]:
            continue  # inside a double-quoted region
        role = _single_role(text, i, ls, le)
        if role == "open":
            opened = i
        elif role == "close" and opened is not None:
            pairs.append((opened, i))
            opened = None
    return pairs


def find_quoted(text: str) -> tuple[QuotedRegion, ...]:
    """Every quoted region of ``text`` with non-empty content, in text order."""
    regions: list[QuotedRegion] = []
    for line in _LINE.finditer(text):
        ls, le = line.span()
        doubles, unclosed = _pair_doubles(text, ls, le)
        found = [(o, c, False) for o, c in doubles]
        for o, c in _pair_singles(text, ls, le, doubles):
            found.append((o, c, True))
        found.sort()
        for o, c, single in found:
            start, end = _trim(text, o + 1, c)
            if start < end:
                regions.append(QuotedRegion(o, c, start, end, single))
        if unclosed is not None and _opens_paragraph(text, ls, unclosed) and _continues(text, le):
            start, end = _trim(text, unclosed + 1, le)
            if start < end:
                regions.append(QuotedRegion(unclosed, None, start, end))
    regions.sort(key=lambda r: r.start)
    return tuple(regions)
