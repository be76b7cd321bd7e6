"""Time references: find dates, weekdays and relative or coarse times, and resolve them to days.

Candidates come from compiled patterns in four passes (explicit dates first, then weekdays,
relative phrases and coarse references such as years and decades); a later pass never takes
text an earlier one matched. References are then resolved in text order against the
publication date, following news conventions:

* "October 22" takes the year that puts it at most a week after publication (or, when the
  sentence speaks of the future, the nearest such date from a week before publication on);
* "on Thursday" is the latest Thursday on or before publication, unless the nearest tense cue
  in the sentence is a future one ("is scheduled to", "will", "can", "later on"), then the
  first on or after it; "last Thursday" is strictly before, "next Thursday" strictly after;
* "the day before" counts from the previous day-precise reference in the text, else from
  publication; ranges ("last week", "this weekend", "overnight") set ``resolved_end``;
* years, decades and "October 2020" carry their own year and resolve without a publication
  date; everything else needs one and stays unresolved (None) without it.

A weekday stated with an explicit date that falls on another day sets ``weekday_mismatch``.
"""

from __future__ import annotations

import calendar
import re
from bisect import bisect_left
from dataclasses import dataclass
from datetime import date, timedelta

from newsprism.model import Article, Sentence, TimeGranularity, TimeMethod, TimeRef, span_of
from newsprism.read.numbers import NUMBER_WORD_PATTERN, parse_number_words
from newsprism.read.patterns import keyword_pattern, sentence_at

MONTHS: dict[str, int] = {
    "january": 1,
    "february": 2,
    "march": 3,
    "april": 4,
    "may": 5,
    "june": 6,
    "july": 7,
    "august": 8,
    "september": 9,
    "october": 10,
    "november": 11,
    "december": 12,
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
WEEKDAYS: tuple[str, ...] = (
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
)
MONTH_NAMES: tuple[str, ...] = tuple(calendar.month_name[1:])

# A month name or news abbreviation, capitalised ("Oct.", "Sept", "October").
MONTH_PATTERN = (
    r"(?:(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December)\b|(?:Sept|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\b\.?)"
)
WEEKDAY_PATTERN = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
_YEAR = r"(?:1[89]\d\d|20\d\d)"

_EXPLICIT = re.compile(
    rf"(?<![\w.])(?:(?P<wd>{WEEKDAY_PATTERN}),?\s+)?(?:"
    rf"(?P<m1>{MONTH_PATTERN})\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?(?!\w|,\d)"
    rf"(?:,?\s+(?P<y1>{_YEAR})(?!\w|,\d))?"
    rf"|(?:the\s+)?(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m2>{MONTH_PATTERN})"
    rf"(?:,?\s+(?P<y2>{_YEAR})(?!\w|,\d))?"
    rf")"
    rf"|(?<![\w-])(?P<iy>{_YEAR})-(?P<im>[01]\d)-(?P<id>[0-3]\d)(?![\w-])"
)
_WEEKDAY = re.compile(
    r"(?<![\w-])(?:(?P<mod>(?i:on|last|next|this\s+coming|this|overnight|since|by|until|from|"
    rf"early|late|coming))\s+)?(?P<wd>{WEEKDAY_PATTERN})(?:['’]s)?"
)
_RELATIVE = re.compile(
    r"(?i)(?<![\w-])(?:"
    r"(?P<rel>the\s+day\s+before\s+yesterday|the\s+day\s+before|the\s+previous\s+day"
    r"|the\s+day\s+after|the\s+next\s+day|the\s+following\s+day"
    r"|yesterday|today|tonight|tomorrow|last\s+night|this\s+(?:morning|afternoon|evening)"
    r"|(?:earlier|later)\s+(?:today|this\s+(?:week|month|year))"
    r"|(?:last|this|next)\s+(?:weekend|week|month|year)"
    r"|the\s+(?:weekend|week)\s+before|the\s+previous\s+(?:weekend|week)|overnight)"
    rf"|(?P<n>\d{{1,3}}|{NUMBER_WORD_PATTERN}(?:-{NUMBER_WORD_PATTERN})?|a|an)\s+"
    r"(?P<unit>days?|weeks?|months?|years?)\s+ago"
    r")(?![\w-])"
)
_COARSE = re.compile(
    r"(?<![\w-])(?:(?P<prep>(?i:in|since|by|until|till|from|through|during|before|after|around"
    r"|of|early|late|mid|end\s+of|the\s+end\s+of|the\s+beginning\s+of))[\s-]+)?(?:"
    rf"(?:the\s+)?(?:(?P<dmod>early|mid|late)[\s-]+)?(?P<dec>1[89]\d0|20\d0)s(?!\w)"
    rf"|(?P<m>{MONTH_PATTERN})\s+(?:of\s+)?(?P<my>{_YEAR})(?!\w|,\d)"
    rf"|(?P<year>{_YEAR})(?![\w%]|[,.]\d|-\d)"
    r")"
)
_MONTH_ONLY = re.compile(
    r"(?<![\w-])(?P<prep>(?i:in|since|by|until|through|during|last|early|late|mid|this|next"
    rf"|end\s+of|beginning\s+of))[\s-]+(?P<mo>{MONTH_PATTERN})(?!\w|\.?\s+\d)"
)
# Triggers: the full patterns run only where these fire (each starts with a plain character
# set, which the regex engine scans for fast).
_DIGIT_START = re.compile(r"\d(?<![\w.,]\d)")
_CAPITAL_START = re.compile(r"[A-Z](?<![\w-][A-Z])")
_CALENDAR_WORD = re.compile(rf"{WEEKDAY_PATTERN}|{MONTH_PATTERN}")
_WEEKDAY_NAME = re.compile(WEEKDAY_PATTERN)
_WORD_START = re.compile(r"(?<![\w-])\w")
_RELATIVE_HEAD = re.compile(
    keyword_pattern(
        (
            "yesterday today tonight tomorrow night morning afternoon evening week weekend month"
            " year day before after overnight ago"
        ).split(),
        ignore_case=True,
    )
)
# The words that may come before a weekday or a coarse reference ("on", "last", "in the").
_WEEKDAY_PREFIX = re.compile(
    r"(?i)(?<![\w-])(?:on|last|next|this\s+coming|this|overnight|since|by|until|from|early|late"
    r"|coming)[ \t]+$"
)
_COARSE_PREFIX = re.compile(
    r"(?i)(?<![\w-])(?:(?:in|since|by|until|till|from|through|during|before|after|around|of"
    r"|last|this|next|early|late|mid|end\s+of|the\s+end\s+of|beginning\s+of"
    r"|the\s+beginning\s+of)[\s-]+)?(?:the\s+)?(?:(?:early|mid|late)[\s-]+)?$"
)
# Words after a bare four-digit number that make it a count, not a year ("2000 people").
_COUNT_AFTER = re.compile(
    r"\s+(?:people|persons|residents|civilians|soldiers|troops|fighters|children|women|men"
    r"|deaths|cases|homes|houses|buildings|refugees|migrants|workers|patients|votes|dollars"
    r"|euros|pounds|tons|tonnes|km|miles|metres|meters|feet)\b"
)
_QUALIFIED_BEFORE = re.compile(
    r"(?i)(?:more\s+than|fewer\s+than|less\s+than|at\s+least|up\s+to|nearly|almost|about"
    r"|around|over|some|[$€£¥])\s*$"
)
_CAP_BEFORE = re.compile(r"\b([A-Z][A-Za-z]*)[ \t]+$")
_CAP_AFTER = re.compile(rf"[ \t]+(?!{MONTH_PATTERN})[A-Z]")
_DETERMINER_BEFORE = re.compile(r"(?i)\b(?:an?|the)\s+$")
_SENTENCE_FUNCTION_WORDS = frozenset(
    {
        "On",
        "Last",
        "Next",
        "This",
        "Since",
        "By",
        "Until",
        "From",
        "Early",
        "Late",
        "Overnight",
        "And",
        "Or",
        "But",
        "Before",
        "After",
        "Through",
        "Then",
        "Also",
        "Only",
        "Said",
    }
)
# Tense cues: the nearest one before a weekday (else the first after it) decides its direction.
_TENSE = re.compile(
    r"(?i)\b(?:(?P<planned>(?:was|were)\s+(?:set\s+to|(?:scheduled|due|expected|slated"
    r"|planned)\b)|would)"
    r"|(?P<future>(?:will|shall)(?:\s+not)?(?:\s+(?:be|have\s+been)\s+\w+)?|expects?"
    r"|forecasts?|(?:is|are|was|were)\s+going\s+to|(?:is|are)\s+(?:set\s+to"
    r"|(?:scheduled|due|expected|slated|planned)\b)|due\s+to|scheduled\s+(?:to|for)"
    r"|expected\s+to|set\s+to|plans?\s+to"
    r"|planned\s+for|to\s+be\s+held|later|upcoming|next|coming|(?-i:can)(?!\s+have\b))"
    r"|(?P<past>said|says|told|met|was|were|had|did|held|spoke|took|began|broke|gave|made|struck"
    r"|hit|ago|last|earlier|\w{3,}ed))\b|(?P<future2>['’]ll)\b"
)
_FUTURE_WINDOW = timedelta(days=7)
_PAST_WINDOW = timedelta(days=7)


@dataclass(frozen=True, slots=True)
class _Found:
    """A matched candidate before resolution."""

    start: int
    end: int
    kind: str  # explicit | weekday | relative | coarse | month
    match: re.Match[str]


def find_timerefs(
    article: Article, sentences: tuple[Sentence, ...], published: date | None
) -> tuple[TimeRef, ...]:
    """Find and resolve the time references in ``article.text``, in text order."""
    return _resolve_all(article, sentences, _candidates(article.text), published)


def find_timerefs_dated(
    article: Article, sentences: tuple[Sentence, ...], published: date | None
) -> tuple[tuple[TimeRef, ...], date | None, bool]:
    """The time references, resolved against ``published`` or, when that is None, against
    :func:`estimate_published` of the explicit dates; with that date and whether it is an
    estimate. Equal to ``find_timerefs`` after ``estimate_published(find_timerefs(..., None))``,
    but the text is scanned once."""
    found = _candidates(article.text)
    estimated = False
    if published is None:
        explicit = [cand for cand in found if cand.kind == "explicit"]
        published = estimate_published(_resolve_all(article, sentences, explicit, None))
        estimated = published is not None
    return _resolve_all(article, sentences, found, published), published, estimated


def _resolve_all(
    article: Article,
    sentences: tuple[Sentence, ...],
    found: list[_Found],
    published: date | None,
) -> tuple[TimeRef, ...]:
    text = article.text
    starts = [s.start for s in sentences]
    refs: list[TimeRef] = []
    anchor_day: date | None = None
    anchor_weekend: date | None = None
    for cand in found:
        sentence = sentence_at(sentences, starts, cand.start)
        res = _resolve(cand, text, sentence, published, anchor_day, anchor_weekend)
        if res is None:
            continue
        resolved, end, granularity, method, mismatch = res
        if resolved is not None and end is None and granularity == "day":
            anchor_day = resolved
        if resolved is not None and end is not None and (end - resolved).days == 1:
            anchor_weekend = resolved if resolved.weekday() == 5 else anchor_weekend
        span = span_of(article.id, text, cand.start, cand.end)
        refs.append(
            TimeRef(
                span.article_id,
                span.start,
                span.end,
                span.text,
                resolved=resolved,
                resolved_end=end,
                granularity=granularity,
                method=method,
                weekday_mismatch=mismatch,
                sentence=sentence.index if sentence is not None else 0,
            )
        )
    return tuple(refs)


def estimate_published(timerefs: tuple[TimeRef, ...]) -> date | None:
    """The latest explicit full date mentioned: an article is published on or after it."""
    days = [
        t.resolved
        for t in timerefs
        if t.method == "explicit" and t.granularity == "day" and t.resolved is not None
    ]
    return max(days) if days else None


# --- candidates -------------------------------------------------------------------------------


def _candidates(text: str) -> list[_Found]:
    """Candidates in priority order: explicit dates, weekdays, relative, coarse, month names.

    A candidate overlapping one of a higher priority is dropped.
    """
    digits = [m.start() for m in _DIGIT_START.finditer(text)]
    calendar = [
        m.start() for m in _CAPITAL_START.finditer(text) if _CALENDAR_WORD.match(text, m.start())
    ]
    found: list[_Found] = []
    pos = 0
    for p in sorted(digits + calendar):
        m = _EXPLICIT.match(text, p) if p >= pos else None
        if m is not None:
            found.append(_Found(m.start(), m.end(), "explicit", m))
            pos = m.end()
    for p in calendar:
        if _WEEKDAY_NAME.match(text, p):
            m = _match_with_prefix(_WEEKDAY, _WEEKDAY_PREFIX, text, p)
            if m is not None and _weekday_is_time(text, m):
                found.append(_Found(m.start(), m.end(), "weekday", m))
    relative: list[_Found] = []
    for head in _RELATIVE_HEAD.finditer(text):
        for m in _RELATIVE.finditer(text, max(0, head.start() - 40), head.end()):
            if m.end() == head.end() and _relative_is_time(text, m):
                relative.append(_Found(m.start(), m.end(), "relative", m))
    relative.sort(key=lambda f: f.start - f.end)  # longest first
    found.extend(relative)
    for p in sorted(digits + calendar):
        m = _match_with_prefix(_COARSE, _COARSE_PREFIX, text, p)
        if m is not None and not (m.group("year") and not _bare_year_is_year(text, m)):
            found.append(_Found(m.start(), m.end(), "coarse", m))
    for p in calendar:
        m = _match_with_prefix(_MONTH_ONLY, _COARSE_PREFIX, text, p)
        if m is not None:
            found.append(_Found(m.start(), m.end(), "month", m))
    return _without_overlaps(found)


def _without_overlaps(found: list[_Found]) -> list[_Found]:
    """Keep each candidate that overlaps none kept before it, in text order. Kept spans are
    disjoint and non-empty, so sorted by start they are sorted by end too: one bisection
    finds the only kept span that could overlap a candidate."""
    kept: list[_Found] = []
    starts: list[int] = []
    ends: list[int] = []
    for cand in found:
        i = bisect_left(starts, cand.end)
        if i > 0 and ends[i - 1] > cand.start:
            continue
        kept.append(cand)
        starts.insert(i, cand.start)
        ends.insert(i, cand.end)
    kept.sort(key=lambda f: f.start)
    return kept


def _match_with_prefix(
    pattern: re.Pattern[str], prefix: re.Pattern[str], text: str, p: int
) -> re.Match[str] | None:
    """Match ``pattern`` from the first word ``prefix`` finds before ``p`` that it can start
    from ("in late 2018": from "late"), else at ``p``; the match must reach past ``p``."""
    before = prefix.search(text, max(0, p - 30), p)
    if before is not None and before.start() < p:
        for word in _WORD_START.finditer(text, before.start(), p):
            m = pattern.match(text, word.start())
            if m is not None and m.end() > p:
                return m
    m = pattern.match(text, p)
    return m if m is not None and m.end() > p else None


def _weekday_is_time(text: str, m: re.Match[str]) -> bool:
    """False for names such as "Good Friday" or "the Sunday Times"."""
    if m.group("mod") is None:
        before = _CAP_BEFORE.search(text, max(0, m.start() - 20), m.start())
        if before is not None and before.group(1) not in _SENTENCE_FUNCTION_WORDS:
            return False
    return _CAP_AFTER.match(text, m.end()) is None


def _relative_is_time(text: str, m: re.Match[str]) -> bool:
    before = max(0, m.start() - 20)
    if m.group().lower() == "overnight" and _DETERMINER_BEFORE.search(text, before, m.start()):
        return False  # "an overnight curfew"
    cap = _CAP_BEFORE.search(text, before, m.start())
    return cap is None or cap.group(1) in _SENTENCE_FUNCTION_WORDS or not m.group()[0].isupper()


def _bare_year_is_year(text: str, m: re.Match[str]) -> bool:
    """A lone four-digit number is a year unless it is plainly a count ("more than 2000")."""
    if m.group("prep"):
        return True
    start = m.start("year")
    if _QUALIFIED_BEFORE.search(text, max(0, start - 20), start):
        return False
    return _COUNT_AFTER.match(text, m.end()) is None


# --- resolution -------------------------------------------------------------------------------

_Resolution = tuple[date | None, date | None, TimeGranularity, TimeMethod, str | None]


def _resolve(
    cand: _Found,
    text: str,
    sentence: Sentence | None,
    published: date | None,
    anchor_day: date | None,
    anchor_weekend: date | None,
) -> _Resolution | None:
    m = cand.match
    if cand.kind == "explicit":
        return _resolve_explicit(cand, text, sentence, published)
    if cand.kind == "weekday":
        return _resolve_weekday(cand, text, sentence, published)
    if cand.kind == "relative":
        return _resolve_relative(m, published, anchor_day, anchor_weekend)
    if cand.kind == "month":
        return _resolve_month(m, published)
    return _resolve_coarse(m)


def _resolve_month(m: re.Match[str], published: date | None) -> _Resolution:
    """ "in October": the latest October on or before publication ("last"/"next" shift it)."""
    if published is None:
        return None, None, "month", "coarse", None
    month = MONTHS[m.group("mo").rstrip(".").lower()]
    prep = m.group("prep").lower()
    year = published.year if month <= published.month else published.year - 1
    if prep == "last" and month == published.month:
        year -= 1
    elif prep == "next":
        year = published.year if month > published.month else published.year + 1
    first, last = _month_bounds(year, month)
    return first, last, "month", "coarse", None


def _resolve_explicit(
    cand: _Found, text: str, sentence: Sentence | None, published: date | None
) -> _Resolution | None:
    m = cand.match
    if m.group("iy"):
        try:
            day = date(int(m.group("iy")), int(m.group("im")), int(m.group("id")))
        except ValueError:
            return None
        return day, None, "day", "explicit", None
    month_s, day_s, year_s = (
        (m.group("m1"), m.group("d1"), m.group("y1"))
        if m.group("m1")
        else (m.group("m2"), m.group("d2"), m.group("y2"))
    )
    month = MONTHS[month_s.rstrip(".").lower()]
    day_n = int(day_s)
    if not 1 <= day_n <= 31:
        return None
    if year_s is not None:
        try:
            resolved: date | None = date(int(year_s), month, day_n)
        except ValueError:
            return None
        method: TimeMethod = "explicit"
    else:
        method = "explicit-no-year"
        resolved = None
        if published is not None:
            future = _is_future(text, sentence, cand.start, cand.end)
            resolved = _year_for(month, day_n, published, future)
    mismatch = None
    stated = m.group("wd")
    if stated and resolved is not None:
        actual = WEEKDAYS[resolved.weekday()]
        if actual != stated:
            mismatch = (
                f"{resolved.day} {MONTH_NAMES[resolved.month - 1]} {resolved.year} "
                f"was a {actual}, not a {stated}"
            )
    return resolved, None, "day", method, mismatch


def _year_for(month: int, day_n: int, published: date, future: bool) -> date | None:
    options: list[date] = []
    for year in (published.year - 1, published.year, published.year + 1):
        try:
            options.append(date(year, month, day_n))
        except ValueError:
            continue
    if future:
        later = [d for d in options if d >= published - _FUTURE_WINDOW]
        return min(later) if later else None
    earlier = [d for d in options if d <= published + _PAST_WINDOW]
    return max(earlier) if earlier else None


def _resolve_weekday(
    cand: _Found, text: str, sentence: Sentence | None, published: date | None
) -> _Resolution:
    if published is None:
        return None, None, "day", "weekday", None
    m = cand.match
    target = WEEKDAYS.index(m.group("wd"))
    mod = (m.group("mod") or "").lower().split()
    back = (published.weekday() - target) % 7
    ahead = (target - published.weekday()) % 7
    if mod[:1] == ["last"]:
        day = published - timedelta(days=back or 7)
    elif mod[:1] in (["next"], ["coming"]) or mod == ["this", "coming"]:
        day = published + timedelta(days=ahead or 7)
    else:
        tense = _tense(text, sentence, cand.start, cand.end)
        if tense == "planned":  # "was due to be sworn in on Monday": the nearer Monday
            day = (
                published + timedelta(days=ahead)
                if ahead < back
                else published - timedelta(days=back)
            )
        elif tense == "future":
            day = published + timedelta(days=ahead)
        else:
            day = published - timedelta(days=back)
    return day, None, "day", "weekday", None


_DAY_OFFSETS: dict[str, int] = {
    "yesterday": -1,
    "last night": -1,
    "today": 0,
    "tonight": 0,
    "this morning": 0,
    "this afternoon": 0,
    "this evening": 0,
    "earlier today": 0,
    "later today": 0,
    "tomorrow": 1,
    "the day before yesterday": -2,
}


def _resolve_relative(
    m: re.Match[str],
    published: date | None,
    anchor_day: date | None,
    anchor_weekend: date | None,
) -> _Resolution:
    rel = " ".join(m.group("rel").lower().split()) if m.group("rel") else None
    if published is None:
        return None, None, _relative_granularity(rel, m), "relative", None
    p = published
    one = timedelta(days=1)
    if rel is None:
        return _resolve_ago(m, p)
    if rel in _DAY_OFFSETS:
        return p + timedelta(days=_DAY_OFFSETS[rel]), None, "day", "relative", None
    if rel in ("the day before", "the previous day"):
        return (anchor_day or p) - one, None, "day", "relative", None
    if rel in ("the day after", "the next day", "the following day"):
        return (anchor_day + one if anchor_day else None), None, "day", "relative", None
    if rel == "overnight":
        return p - one, p, "day", "relative", None
    if "weekend" in rel:
        saturday = _weekend(rel, p, anchor_weekend)
        if saturday is None:
            return None, None, "day", "relative", None
        return saturday, saturday + one, "day", "relative", None
    if "week" in rel:
        monday = p - timedelta(days=p.weekday())
        shift = 7 if rel == "next week" else -7 if rel.startswith(("last", "the")) else 0
        start = monday + timedelta(days=shift)
        end = start + timedelta(days=6)
        if rel == "earlier this week":
            end = p
        elif rel == "later this week":
            start = p
        return start, end, "day", "relative", None
    shift = -1 if rel.startswith("last") else 1 if rel.startswith("next") else 0
    if rel.endswith("month"):
        total = p.year * 12 + p.month - 1 + shift
        first, last = _month_bounds(total // 12, total % 12 + 1)
        return first, (p if rel == "earlier this month" else last), "month", "relative", None
    first_day, last_day = date(p.year + shift, 1, 1), date(p.year + shift, 12, 31)
    return first_day, (p if rel == "earlier this year" else last_day), "year", "relative", None


def _relative_granularity(rel: str | None, m: re.Match[str]) -> TimeGranularity:
    word = rel if rel is not None else m.group("unit").lower()
    if "month" in word:
        return "month"
    return "year" if "year" in word else "day"


def _weekend(rel: str, p: date, anchor_weekend: date | None) -> date | None:
    """The Saturday of the weekend ``rel`` names."""
    week = timedelta(days=7)
    this_saturday = p - timedelta(days=p.weekday()) + timedelta(days=5)
    if rel == "last weekend":
        # the latest weekend that ended before publication day
        return this_saturday - week if this_saturday + timedelta(days=1) >= p else this_saturday
    if rel == "next weekend":
        return this_saturday + week
    if rel == "this weekend":
        return this_saturday
    return anchor_weekend - week if anchor_weekend is not None else None


def _resolve_ago(m: re.Match[str], p: date) -> _Resolution:
    n_s = m.group("n").lower()
    if n_s in ("a", "an"):
        n = 1
    elif n_s.isdigit():
        n = int(n_s)
    else:
        parsed = parse_number_words(n_s)
        n = int(parsed[0]) if parsed else 0
    unit = m.group("unit").lower().rstrip("s")
    if unit == "day":
        return p - timedelta(days=n), None, "day", "relative", None
    if unit == "week":
        return p - timedelta(days=7 * n), None, "day", "relative", None
    if unit == "month":
        total = p.year * 12 + p.month - 1 - n
        first, last = _month_bounds(total // 12, total % 12 + 1)
        return first, last, "month", "relative", None
    return date(p.year - n, 1, 1), date(p.year - n, 12, 31), "year", "relative", None


def _resolve_coarse(m: re.Match[str]) -> _Resolution:
    if m.group("dec"):
        decade = int(m.group("dec"))
        mod = (m.group("dmod") or m.group("prep") or "").lower()
        lo, hi = {"early": (0, 3), "mid": (3, 6), "late": (6, 9)}.get(mod, (0, 9))
        return date(decade + lo, 1, 1), date(decade + hi, 12, 31), "decade", "coarse", None
    if m.group("m"):
        first, last = _month_bounds(int(m.group("my")), MONTHS[m.group("m").rstrip(".").lower()])
        return first, last, "month", "coarse", None
    year = int(m.group("year"))
    return date(year, 1, 1), date(year, 12, 31), "year", "coarse", None


def _month_bounds(year: int, month: int) -> tuple[date, date]:
    return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])


def _is_future(text: str, sentence: Sentence | None, start: int, end: int) -> bool:
    """Whether the nearest tense cue (before the reference, else after it) is a future one."""
    return _tense(text, sentence, start, end) != "past"


def _tense(text: str, sentence: Sentence | None, start: int, end: int) -> str:
    """The nearest tense cue's direction: "future", "past", or "planned" for a plan reported in
    the past ("was due to"), which may lie on either side of the publication date."""
    lo, hi = (sentence.start, sentence.end) if sentence is not None else (start - 200, end + 200)
    lo, hi = max(0, lo), min(len(text), hi)
    nearest: re.Match[str] | None = None
    for cue in _TENSE.finditer(text, lo, start):
        nearest = cue
    if nearest is None:
        nearest = _TENSE.search(text, end, hi)
    if nearest is None or nearest.group("past") is not None:
        return "past"
    return "planned" if nearest.group("planned") is not None else "future"
