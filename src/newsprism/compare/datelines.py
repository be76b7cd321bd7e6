"""Date lines that contradict the article's own publication date.

A date written as a stamp in the body — a line of its own ("5 Aug, 2020 06:38"), a
"Published ..." or "Posted at ..." line, a wire date line ("July 10 (UPI) --") or a date in
parentheses closing a video caption ("(May 23)") — says when the article was written. When the
article's publication date is stated (not estimated) and the stamp is more than a day away from
it (time zones), one of the two is wrong: a date conflict with a single variant. "Updated" lines
are left out: an update comes later by nature. An embedded post signed with its date ("— Name
(@name) July 9, 2020") may be older than the article, but not more than a day newer.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from newsprism.model import Conflict, ReadArticle, Span, TimeRef, Variant

_REST_OF_STAMP = re.compile(
    r"\s*(?:(?:first\s+)?published|posted|dated)?\s*(?:on|at)?\s*[-–—|]?[\d:.,\s]*(?:[ap]\.?m\.?)?"
    r"\s*(?:gmt|utc|[a-z]{2,4}t)?\s*[-–—|]?\s*",
    re.I,
)
_WIRE_DATELINE = re.compile(r"\s*\([A-Z][\w .&-]{1,30}\)\s*(?:--|[-–—])")
# the place a wire date line may open with: "KALAMATA, Greece, "
_DATELINE_PLACE = re.compile(r"\s*[A-Z][A-Z .'-]{1,30}(?:,\s*[A-Z][\w .'-]{1,30})?,\s*")
# the signature closing an embedded post: "— Tarn Police (@tarnpolice) "
_POST_SIGNATURE = re.compile(r"[—–-]\s*[^\n—–]{1,60}\(@\w{1,30}\)\s*$")
MAX_DAYS_APART = 1


def _line(text: str, ref: TimeRef) -> tuple[int, int]:
    start = text.rfind("\n", 0, ref.start) + 1
    end = text.find("\n", ref.end)
    return start, len(text) if end == -1 else end


def is_stamp(text: str, ref: TimeRef) -> bool:
    """Whether ``ref`` is written as a stamp of the article's date (see the module doc)."""
    start, end = _line(text, ref)
    before, after = text[start : ref.start], text[ref.end : end]
    if _REST_OF_STAMP.fullmatch(before) and _REST_OF_STAMP.fullmatch(after):
        return True
    if (not before.strip() or _DATELINE_PLACE.fullmatch(before)) and _WIRE_DATELINE.match(after):
        return True
    return text[ref.start - 1 : ref.start] == "(" and text[ref.end : ref.end + 1] == ")"


def post_signature(text: str, ref: TimeRef) -> int | None:
    """Where the signature of an embedded post dated by ``ref`` starts ("— Name (@name) May 6"),
    None when ``ref`` does not follow one."""
    line_start = _line(text, ref)[0]
    found = _POST_SIGNATURE.search(text, max(line_start, ref.start - 100), ref.start)
    return found.start() if found else None


def stamp_conflicts(readings: Sequence[ReadArticle]) -> list[Conflict]:
    """A conflict for each date stamp more than a day away from its article's stated date."""
    conflicts = []
    for reading in readings:
        published = reading.published
        if published is None or reading.published_estimated or reading.article.published is None:
            continue
        text = reading.article.text
        for ref in reading.timerefs:
            if ref.resolved is None or ref.granularity != "day" or ref.resolved_end is not None:
                continue
            if ref.method not in ("explicit", "explicit-no-year"):
                continue
            apart = (ref.resolved - published).days
            signed = post_signature(text, ref)
            day = ref.resolved.isoformat()
            if signed is not None and apart > MAX_DAYS_APART:
                start, end = signed, ref.end
                what = f"embeds a post dated {ref.text!r} ({day})"
            elif signed is None and abs(apart) > MAX_DAYS_APART and is_stamp(text, ref):
                start, end = _line(text, ref)
                what = f"dates itself {ref.text!r} ({day})"
            else:
                continue
            evidence = Span(reading.id, start, end, text[start:end])
            conflicts.append(
                Conflict(
                    id="",
                    kind="date",
                    subject=ref.text,
                    explanation=(
                        f"{reading.source} {what} but gives {published.isoformat()} as its "
                        "publication date."
                    ),
                    variants=(Variant(day, (reading.id,), (evidence,)),),
                )
            )
    return conflicts
