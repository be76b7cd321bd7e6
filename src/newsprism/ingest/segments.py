"""Mark the parts of an article's text that are not body: title, captions, credits, notes, ads.

Nothing is deleted: :func:`segment` returns segments that cover the whole text in order, each
with a role from :data:`newsprism.model.SegmentRole`, plus the news agencies the article credits
(from credit lines, photo credits and datelines; a mere attribution such as "according to AFP" is
not a credit). The work is one pass over the lines of the text with compiled patterns from
:mod:`newsprism.ingest.segment_rules`, then one pass to extend runs of captions.
"""

from __future__ import annotations

import re

from newsprism.ingest import segment_rules as rules
from newsprism.ingest.wire import find_agencies, iter_agencies
from newsprism.model import Segment, SegmentRole

_LINE = re.compile(r"[^\n]+")
_SPLIT_TAIL = re.compile(r"\s*[\"“‘'(]?[A-Z0-9]")
_TRIM = " .,;:-—–/|"
_MAX_NOTE = 500  # longer units are not credits, update notes or boilerplate
_MAX_SHORT = 200
_MAX_CAPTION = 700
_MAX_TITLE_CHARS = 200
_MAX_TITLE_WORDS = 25
_MIN_TITLE_WORDS = 4
_MAX_SOURCE_LINE = 100
_MAX_SIGNOFF = 80
_DATE_TAIL = 60  # AP-style caption dates are looked for in this many final characters
_DATELINE_HEAD = 120  # datelines ("LONDON (Reuters) -") are looked for this near a line's start
_SIGNOFF_TAIL = 80
_END_AGENCIES = ("REUTERS", "Reuters", "AFP", "AP", "EPA")
_BOILERPLATE_WORDS = ("read", "newsletter", "cookie", "privacy", "terms of")
_MIN_SPLIT_TAIL = 20


class _Unit:
    """One line (or part of a line) of the text, with its provisional role."""

    __slots__ = ("end", "role", "start", "weak_caption")

    def __init__(self, start: int, end: int, role: SegmentRole, weak_caption: bool = False) -> None:
        self.start = start
        self.end = end
        self.role: SegmentRole = role
        self.weak_caption = weak_caption


def segment(text: str) -> tuple[tuple[Segment, ...], tuple[str, ...]]:
    """Split ``text`` into role segments covering it in order, and list the agencies it credits."""
    units: list[_Unit] = []
    credited: list[tuple[int, str]] = []
    for match in _LINE.finditer(text):
        _classify(text, match.start(), match.end(), units, credited)
    _extend_captions(text, units)
    if len(units) > 1 and units[0].role == "body":
        units[0].role = _first_line_role(text[units[0].start : units[0].end].strip())
    wire: dict[str, None] = {}
    for _, agency in sorted(credited):
        wire.setdefault(agency, None)
    return _merge(units, len(text)), tuple(wire)


def _classify(
    text: str, start: int, end: int, units: list[_Unit], credited: list[tuple[int, str]]
) -> None:
    """Classify text[start:end] (one line, or the tail of a split line) and append its units.

    Cheap substring tests guard the costlier patterns: most lines are body and fail them all.
    """
    unit = text[start:end]
    stripped = unit.strip()
    low = stripped.lower()
    n = len(stripped)
    role = _role_of_short(stripped, low) if n <= _MAX_NOTE else None
    if role is not None:
        if role == "credit":
            credited.extend((start + at, a) for at, a in iter_agencies(unit))
        units.append(_Unit(start, end, role))
        return
    cut = _signoff_start(unit)
    if cut is not None:
        _classify(text, start, start + cut, units, credited)
        credited.extend((start + cut + at, a) for at, a in iter_agencies(unit[cut:]))
        units.append(_Unit(start + cut, end, "credit"))
        return
    if n <= _MAX_CAPTION * 2 and _may_have_mark(unit, stripped, low):
        marks = list(rules.CAPTION_MARK.finditer(unit))
        if marks and _caption_by_mark(text, start, end, marks, units, credited):
            return
    if n <= _MAX_CAPTION and _is_caption(stripped, low):
        units.append(_Unit(start, end, "caption"))
        return
    tail = stripped[-_DATE_TAIL:]
    weak = n <= _MAX_CAPTION and "day" in tail and rules.CAPTION_DATE_END.search(tail) is not None
    if (
        weak
        and rules.SPEECH.search(stripped) is None
        and (rules.CAPTION_POSITION.search(stripped) or rules.CAPTION_VERB.search(stripped))
    ):
        units.append(_Unit(start, end, "caption"))
        return
    head = unit[:_DATELINE_HEAD]
    if "(" in head:
        for match in rules.DATELINE.finditer(head):
            name = match.group(1) or match.group(2) or match.group(3)
            credited.extend((start + match.start(), a) for _, a in iter_agencies(name))
    units.append(_Unit(start, end, "body", weak_caption=weak))


def _caption_by_mark(
    text: str,
    start: int,
    end: int,
    marks: list[re.Match[str]],
    units: list[_Unit],
    credited: list[tuple[int, str]],
) -> bool:
    """A photo credit ends a caption: the whole unit, or (glued caption) the part up to the
    credit when a new sentence follows it. False when the credit is not where captions end."""
    unit = text[start:end]
    last = marks[-1]
    tail = unit[last.end() :]
    whole = not tail.strip(_TRIM)
    if not whole and not (
        len(tail.strip()) >= _MIN_SPLIT_TAIL
        and _SPLIT_TAIL.match(tail) is not None
        and last.end() <= _MAX_CAPTION
    ):
        return False
    for mark in marks:
        offset = start + mark.start()
        credited.extend((offset + at, a) for at, a in iter_agencies(mark.group()))
    if whole:
        units.append(_Unit(start, end, "caption"))
        return True
    cut = start + last.end()
    units.append(_Unit(start, cut, "caption"))
    _classify(text, cut + len(tail) - len(tail.lstrip()), end, units, credited)
    return True


def _signoff_start(unit: str) -> int | None:
    """Where a trailing wire sign-off ("... the end. — AP") starts in a longer unit, if any."""
    tail = unit[-_SIGNOFF_TAIL:]
    if not ("-" in tail or "—" in tail or "–" in tail):
        return None
    match = rules.SIGNOFF_TAIL.search(tail)
    if match is None:
        return None
    cut = len(unit) - len(tail) + match.start()
    return cut if unit[:cut].strip() else None


def _may_have_mark(unit: str, stripped: str, low: str) -> bool:
    """Whether :data:`rules.CAPTION_MARK` can match (a fast test of the strings it needs)."""
    return (
        "/" in unit
        or "[" in unit
        or "getty" in low
        or "via " in low
        or "photo" in low
        or "picture" in low
        or "image" in low
        or "video" in low
        or stripped.endswith(_END_AGENCIES)
    )


def _role_of_short(stripped: str, low: str) -> SegmentRole | None:
    """The role of a unit of at most ``_MAX_NOTE`` characters, if it is a note, credit or ad."""
    if rules.UPDATE_START.search(stripped):
        return "update-note"
    if (
        rules.CREDIT_START.search(stripped)
        or ("contributed" in low and rules.CREDIT_CONTRIBUTED.search(stripped))
        or (len(stripped) <= _MAX_SIGNOFF and rules.AGENCY_SIGNOFF.search(stripped))
        or rules.BYLINE.search(stripped)
        or _is_source_line(stripped)
    ):
        return "credit"
    if ("opyright" in low or "©" in low or "(c)" in low) and rules.COPYRIGHT.search(stripped):
        return "credit" if find_agencies(stripped) else "boilerplate"
    if rules.BOILERPLATE_START.search(stripped):
        return "boilerplate"
    if len(stripped) <= _MAX_SHORT:
        if any(word in low for word in _BOILERPLATE_WORDS) and rules.BOILERPLATE_ANY.search(
            stripped
        ):
            return "boilerplate"
        if "updated" in low and rules.UPDATE_ANY.search(stripped):
            return "update-note"
    return None


def _is_source_line(stripped: str) -> bool:
    """ "Source: Reuters", "Courtesy: X": short, one phrase (not "Sources: he was on his way")."""
    return (
        len(stripped) <= _MAX_SOURCE_LINE
        and rules.CREDIT_SOURCE.search(stripped) is not None
        and rules.SENTENCE_BREAK.search(stripped) is None
        and rules.SPEECH.search(stripped) is None
    )


def _is_caption(stripped: str, low: str) -> bool:
    return (
        rules.CAPTION_START.search(stripped) is not None
        or (stripped[:1].isupper() and rules.CAPTION_GETTY_START.search(stripped) is not None)
        or (
            len(stripped) <= _MAX_CAPTION // 2
            and ("photo" in low or "image" in low or "picture" in low)
            and rules.CAPTION_ANY.search(stripped) is not None
        )
    )


def _extend_captions(text: str, units: list[_Unit]) -> None:
    """Grow runs of captions: a dated photo-like line next to a caption is a caption too, and so
    is a short line directly above (same paragraph) a line that is only a photo credit."""
    for i, unit in enumerate(units):
        if unit.role != "caption":
            continue
        if i > 0 and _credit_only(text, unit) and _same_block(text, units[i - 1], unit):
            prev = units[i - 1]
            surface = text[prev.start : prev.end]
            if (
                prev.role == "body"
                and len(surface) <= 300
                and rules.SPEECH.search(surface) is None
                and rules.TERMINAL_END.search(surface.rstrip()) is None
            ):
                prev.role = "caption"
    for order in (range(len(units)), range(len(units) - 1, -1, -1)):
        for i in order:
            unit = units[i]
            if unit.role != "body" or not unit.weak_caption:
                continue
            neighbours = units[max(i - 1, 0) : i] + units[i + 1 : i + 2]
            if any(n.role == "caption" for n in neighbours):
                unit.role = "caption"


def _credit_only(text: str, unit: _Unit) -> bool:
    surface = text[unit.start : unit.end].strip()
    marks = list(rules.CAPTION_MARK.finditer(surface))
    return len(surface) <= 60 or (bool(marks) and marks[0].start() <= 3)


def _same_block(text: str, first: _Unit, second: _Unit) -> bool:
    return text.count("\n", first.end, second.start) == 1


def _first_line_role(surface: str) -> SegmentRole:
    """A first line is a headline when short, capitalised, one phrase with no end punctuation;
    a shorter unpunctuated fragment ("World News", "Sports") is a page label (boilerplate)."""
    if (
        len(surface) > _MAX_TITLE_CHARS
        or surface[0].islower()
        or rules.TITLE_BAD_END.search(surface) is not None
        or rules.SENTENCE_BREAK.search(surface) is not None
        or rules.DATELINE.search(surface) is not None
    ):
        return "body"
    words = surface.split()
    if len(words) > _MAX_TITLE_WORDS:
        return "body"
    if len(words) < _MIN_TITLE_WORDS and (
        len(words) < _MIN_TITLE_WORDS - 1 or not any(w[0].islower() for w in words)
    ):
        return "boilerplate"  # "World News", "Crime & Safety"; but "Ferry pier closes" is a title
    return "title"


def _merge(units: list[_Unit], length: int) -> tuple[Segment, ...]:
    """Contiguous segments: each unit runs to the next unit's start; equal neighbours merge."""
    segments: list[Segment] = []
    for i, unit in enumerate(units):
        start = 0 if i == 0 else unit.start
        end = units[i + 1].start if i + 1 < len(units) else length
        if segments and segments[-1].role == unit.role:
            segments[-1] = Segment(segments[-1].start, end, unit.role)
        else:
            segments.append(Segment(start, end, unit.role))
    return tuple(segments)
