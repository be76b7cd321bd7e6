"""Turn an article into weighted sparse features for story grouping.

Features are strings with a kind prefix, so one vector holds several kinds:

- ``w:`` content words (lower-cased, light plural stemming, stop words dropped), the lead
  (first ~400 characters, usually headline and first paragraph) counted twice;
- ``e:`` names: capitalised word runs from the text, or the reading stage's mentions when given;
- ``n:`` figures (``83.3m``, ``2000``, ``6.3``): they separate events of the same kind;
- ``d:`` days the article speaks of (``d:10-11``): explicit dates and weekday names resolved
  against the publication date ("on Wednesday" → the latest Wednesday on or before it).

Values are sublinear term frequencies times a per-kind weight; inverse document frequency is
applied later by the grouper, from the stream seen so far.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from datetime import date, timedelta

from newsprism.model import Article, ReadArticle

Features = dict[str, float]

LEAD_CHARS = 400
_TF = [0.0] + [1.0 + math.log(n) for n in range(1, 256)]  # sublinear tf of whole counts
MAX_TEXT_CHARS = 20_000  # bound the work per article; news bodies are far shorter
KIND_WEIGHTS: dict[str, float] = {"w": 1.0, "e": 1.6, "n": 1.4, "d": 1.6}

# Patterns are written to start with a plain character class or literal where possible: the
# regex engine then skips ahead quickly, where a leading ``\b`` or look-behind is tried at every
# position (3-5x slower). The boundary checks they drop are made on the few matches instead.
_WORD = re.compile(r"[A-Za-z][A-Za-z'’\-]*[A-Za-z]")
_WORD_CHAR = re.compile(r"[A-Za-z'’\-]")
_WORD_END = re.compile(r"[^A-Za-z'’\-]")
_ALNUM = re.compile(r"\w")
_NAME = re.compile(  # a capitalised run not glued to a word before it (checked after its capital)
    r"[A-Z](?<![\w’'][A-Z])(?:[a-z\-]+|[A-Z]+)(?:[ \t]+(?:(?:of|de|al|bin|van|von|la|du)[ \t]+)?"
    r"(?:[A-Z][a-z\-]+|[A-Z]{2,}))*"
)
_SENTENCE_START = re.compile(r"(?:^|[.!?:\n\"“”(]\s*)$")
_FIGURE = re.compile(  # 1,234,567 or 83.3, optionally "million"; not glued to a word or number
    r"(\d(?<![\w.,]\d)(?:\d{0,2}(?:,\d{3})+|\d*(?:\.\d+)?))"
    r"(?:\s*(million|billion|bn|m|trillion)\b)?"
)
_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
_MONTH_RE = (
    r"(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_MONTH = re.compile(_MONTH_RE)
_MD_TAIL = re.compile(r"\s+(\d{1,2})(?:st|nd|rd|th)?\b")  # after a month: "Oct 11"
_DM_HEAD = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?$")  # before one: "11 Oct"
_HEAD_REACH = 16  # characters searched before a month name for its day
_DATE_ISO = re.compile(r"((?:20|19)\d\d)-(\d\d)-(\d\d)\b")
_WEEKDAY = re.compile(r"(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_SCALES = {"million": "m", "m": "m", "billion": "b", "bn": "b", "trillion": "t"}

STOP_WORDS = frozenset(
    """
    a about above according across after again against ago all almost along already also
    although always am among an and another any anyone anything are around as at away back be
    became because become been before being below between both but by came can cannot could
    did do does doing done down during each early earlier either else even ever every few
    first for four from further get gets got had has have having he her here hers herself him
    himself his how however i if in including into is it its itself just last late later
    least less like local made make many may me might more most mostly much must my near
    nearly new news next no nor not now of off often on once one only or other others our out
    over own per reported reportedly said say says second see seen several she should since so
    some still such than that the their them then there these they third this those though
    three through time to today told too two under until up upon us very via was we week
    well were what when where whether which while who whom whose why will with within without
    would year years yet you your yesterday monday tuesday wednesday thursday friday saturday
    sunday january february march april june july august september october november december
    mr mrs ms dr st am pm image photo photos video getty images reuters afp ap read click
    share comment comments advertisement subscribe newsletter updated published
    """.split()
)


_WORD_KEYS: dict[str, str | None] = {}
_WORD_KEYS_MAX = 200_000


def _word_key(token: str) -> str | None:
    """The ``w:`` feature of a word token, or None for stop words and short words (cached)."""
    key = _WORD_KEYS.get(token, "")
    if key != "":
        return key
    word = _stem(token.lower())
    key = None if len(word) < 3 or word in STOP_WORDS else "w:" + word
    if len(_WORD_KEYS) >= _WORD_KEYS_MAX:
        _WORD_KEYS.clear()  # an open vocabulary: start over rather than stop caching
    _WORD_KEYS[token] = key
    return key


def _stem(word: str) -> str:
    if word.endswith(("'s", "’s")):
        word = word[:-2]
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def _add(feats: Features, key: str, amount: float = 1.0) -> None:
    feats[key] = feats.get(key, 0.0) + amount


def _figure_key(number: str, scale: str | None) -> str | None:
    digits = number.replace(",", "")
    try:
        value = float(digits)
    except ValueError:
        return None
    if scale is None and value < 10 and "." not in digits:
        return None  # small bare integers are everywhere
    suffix = _SCALES.get(scale.lower(), "") if scale else ""
    text = f"{value:.6g}"
    return f"n:{text}{suffix}"


def _latest_weekday(published: date, weekday: int) -> date:
    return published - timedelta(days=(published.weekday() - weekday) % 7)


def _day(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _starts_word(text: str, at: int) -> bool:
    """Is there a word boundary before ``text[at]`` (a word character)?"""
    return at == 0 or _ALNUM.match(text, at - 1) is None


def _iso_days(text: str) -> list[date]:
    days: list[date] = []
    for m in _DATE_ISO.finditer(text):
        if _starts_word(text, m.start()):
            d = _day(int(m.group(1)), int(m.group(2)), int(m.group(3)))
            if d is not None:
                days.append(d)
    return days


def mentioned_days(text: str, published: date | None) -> list[date]:
    """Days the text refers to: explicit dates (year from ``published`` when absent) and
    weekday names resolved to the latest such day on or before ``published``."""
    days = _iso_days(text)
    if published is None:
        return days
    year = published.year
    for m in _MONTH.finditer(text):
        month = _MONTHS[m.group(1)[:3].lower()]
        tail = _MD_TAIL.match(text, m.end())
        if tail is not None:
            d = _day(year, month, int(tail.group(1)))
            if d is not None:
                days.append(d)
        head = _DM_HEAD.search(text, max(0, m.start() - _HEAD_REACH), m.start())
        if head is not None:
            d = _day(year, month, int(head.group(1)))
            if d is not None:
                days.append(d)
    for m in _WEEKDAY.finditer(text):
        if _starts_word(text, m.start()):
            days.append(_latest_weekday(published, _WEEKDAYS.index(m.group(1).lower())))
    return days


def lead_days(item: ReadArticle | Article, published: date) -> frozenset[date]:
    """Days named in the headline and first lines: usually the day of the event reported."""
    article = item.article if isinstance(item, ReadArticle) else item
    lead = f"{article.title or ''}\n{article.text[:LEAD_CHARS]}"
    return frozenset(d for d in mentioned_days(lead, published) if d <= published)


def _lead_cut(text: str, lead_end: int) -> int:
    """Where the lead ends: ``lead_end``, moved past the end of a word it falls inside, so the
    word tokens of ``text[:cut]`` are exactly those starting before ``lead_end``."""
    if lead_end <= 0 or lead_end >= len(text) or not _WORD_CHAR.match(text, lead_end - 1):
        return min(max(lead_end, 0), len(text))
    end = _WORD_END.search(text, lead_end)
    return end.start() if end is not None else len(text)


def article_features(item: ReadArticle | Article, published: date | None) -> Features:
    """Weighted features of one article (sublinear tf × kind weight, before IDF)."""
    article = item.article if isinstance(item, ReadArticle) else item
    text = article.text[:MAX_TEXT_CHARS]
    head = f"{article.title}\n{text}" if article.title else text
    raw: Features = {}
    counts = Counter(_WORD.findall(head))
    counts.update(_WORD.findall(head, 0, _lead_cut(head, len(article.title or "") + LEAD_CHARS)))
    cached = _WORD_KEYS.get
    get = raw.get
    for token, count in counts.items():
        key = cached(token, "")
        if key == "":
            key = _word_key(token)
        if key is not None:
            raw[key] = get(key, 0.0) + count
    if isinstance(item, ReadArticle) and item.mentions:
        for mention in item.mentions:
            _add(raw, "e:" + (mention.name or mention.text).lower())
    else:
        opens_sentence = _SENTENCE_START.search
        for m in _NAME.finditer(head):
            name = m.group(0).lower()
            if name.startswith("the "):
                name = name[4:]
            if " " not in name and (
                name in STOP_WORDS or opens_sentence(head, max(0, m.start() - 3), m.start())
            ):
                continue  # a lone capitalised word opening a sentence is usually not a name
            if len(name) >= 3:
                key = "e:" + name
                raw[key] = get(key, 0.0) + 1.0
    for number, scale in _FIGURE.findall(head):
        key = _figure_key(number, scale or None)
        if key is not None:
            raw[key] = get(key, 0.0) + 1.0
    for d in mentioned_days(head, published):
        _add(raw, f"d:{d.month:02d}-{d.day:02d}")
    tf = _TF
    top = len(tf)
    return {
        key: (tf[int(count)] if count < top else 1.0 + math.log(count)) * KIND_WEIGHTS[key[0]]
        for key, count in raw.items()
    }


_MDY_TAIL = re.compile(r"\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+((?:19|20)\d\d)\b")
_DMY_HEAD = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+$")
_YEAR_TAIL = re.compile(r",?\s+((?:19|20)\d\d)\b")


def estimate_day(text: str) -> date | None:
    """A fallback publication day for an undated article: the latest full date (with a year)
    written in its first few thousand characters, or None."""
    head = text[:MAX_TEXT_CHARS]
    found = _iso_days(head)
    for m in _MONTH.finditer(head):
        month = _MONTHS[m.group(1)[:3].lower()]
        tail = _MDY_TAIL.match(head, m.end())
        if tail is not None:
            d = _day(int(tail.group(2)), month, int(tail.group(1)))
            if d is not None:
                found.append(d)
        before = _DMY_HEAD.search(head, max(0, m.start() - _HEAD_REACH), m.start())
        year = _YEAR_TAIL.match(head, m.end()) if before is not None else None
        if before is not None and year is not None:
            d = _day(int(year.group(1)), month, int(before.group(1)))
            if d is not None:
                found.append(d)
    return max(found) if found else None
