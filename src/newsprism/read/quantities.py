"""Quantities: numbers in the text with their qualifier, unit, counted noun, event verb and owner.

One compiled pattern finds candidate numbers (digits with commas, decimals, currency and scale
words; number words; vague amounts such as "hundreds"); spans that are dates, clock times,
years or identifiers ("No. 408", "paragraph 13", "Boeing 737") are dropped. Neighbouring
numbers joined by "-", "to", "or" or "between … and" become ranges. For each quantity the
words around it give:

* the qualifier before ("more than", "nearly", "at least"…) or after ("or more", "-plus");
* the unit: "%", currency, "magnitude", lengths, durations, "years old";
* ``counts``: the head of the noun phrase after the number ("61 Azeri civilians" → civilians),
  or the noun of "the number of fighters killed … to 897";
* ``verb``, normalised ("died", "dead", "death toll" → killed; "injured" → wounded…), from
  the noun phrase, the words after it ("have been killed"), the words before the number
  ("killing at least 100") or a death-toll noun in the clause; "in custody" and "detained" are
  "arrested", and a member joined to the group ("two men and a woman were held") is skipped;
* ``owner``: a capitalised modifier ("Azeri civilians", "Armenia-backed soldiers"),
  "on the Armenian side", or the place/nationality/organisation mention before "its"/"their".

A number with no counted noun or verb inherits them from the previous one in its sentence
("61 civilians have been killed and 282 wounded"). Vague amounts get documented ranges
(see :mod:`newsprism.read.numbers`); "more than 700" keeps ``value`` 700 with its qualifier;
``low``/``high`` are set for ranges and vague amounts only.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, replace
from functools import lru_cache

from newsprism.model import Article, Mention, Qualifier, Quantity, Sentence, span_of
from newsprism.read.numbers import (
    NUMBER_WORD_PATTERN,
    SCALES,
    looks_like_year,
    parse_digits,
    parse_number_words,
    vague_range,
)
from newsprism.read.patterns import minimal_prefixes, sentence_at, word_starts
from newsprism.read.timerefs import MONTH_PATTERN

_W = NUMBER_WORD_PATTERN
_NUMBER = re.compile(
    r"(?:(?P<cur>[$€£¥])[ \t]?)?"
    r"(?P<digits>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?!\d|,\d{3}|\.\d)"
    r"(?:[ \t]?(?P<scale>(?i:thousand|million|billion|trillion))\b|(?P<suf>%|[A-Za-z]{1,3}\b))?"
    r"|(?<![\w-])(?P<vague>(?i:(?:tens|hundreds)\s+of\s+(?:thousands|millions|billions)|dozens"
    r"|scores(?=\s+of\b)|hundreds|thousands|millions|billions))(?![\w-])"
    r"|(?<![\w-])(?P<fuzzy>(?i:(?:several|a\s+few|a\s+couple(?:\s+of)?|a\s+handful\s+of)\s+"
    r"(?:dozen|hundred|thousand|million|billion)(?:\s+(?:thousand|million))?))(?![\w-])"
    r"|(?<![\w-])(?P<words>(?i:(?:a|half\s+a)\s+(?=(?:hundred|thousand|million|billion|dozen)\b))?"
    rf"(?i:{_W}(?:[ \t]+{_W}|-{_W}|(?:(?<=hundred)|(?<=thousand)|(?<=million)|(?<=billion))"
    rf"[ \t]+and[ \t]+{_W})*))\b"
)


def _wordset(words: str) -> frozenset[str]:
    return frozenset(words.split())


# Where a number may start: a digit or currency sign (a regex starting with a plain character
# set, which scans fast), or a word that can begin a number (found with str.find).
_DIGIT_TRIGGER = re.compile(r"[\d$€£¥](?<![\w.,/:$€£¥]\d)(?<![.,/:$€£¥\d][$€£¥])")
_TRIGGER_WORDS = minimal_prefixes(
    variant
    for word in (
        *NUMBER_WORD_PATTERN[3:-1].split("|"),
        *_wordset("dozens scores hundreds thousands millions billions tens several few couple"),
        "handful",
    )
    for variant in (word, word.capitalize())
)
# "a hundred", "half a million", "a few hundred": the number starts before its trigger word.
_ARTICLE_BEFORE = re.compile(r"(?i)\b(?:half[ \t]+a|a)[ \t]+$")

# Numbers that are not quantities: the words before or after show a date, time or identifier.
_EXCLUDE_BEFORE = re.compile(
    rf"(?:(?<![\w.]){MONTH_PATTERN}[ \t]+(?:\d{{1,2}},?[ \t]+)?|#"
    r"|(?i:\b(?:no|nos|vol|pp?)\.[ \t]*|\b(?:number|paragraphs?|paras?|pages?|chapters?"
    r"|sections?|articles?|clauses?|phase|round|stage|level|category|grade|episode|season"
    r"|volume|flight|route|highway|resolution|room|platform|gate|terminal)[ \t]+"
    r"(?:\d+[ \t]*(?:-|–|and|to)[ \t]*)?))$"
)
_EXCLUDE_AFTER = re.compile(
    r":\d\d|/\d|[ \t]*(?:[ap]\.m\.|[ap]m\b|GMT\b|UTC\b)"
    rf"|(?:st|nd|rd|th)?[ \t]+(?:of[ \t]+)?{MONTH_PATTERN}"
)

_QUAL_BEFORE = re.compile(
    r"(?i)\b(?P<q>nearly|almost|nearing|about|around|roughly|some|an\s+estimated|estimated"
    r"|approximately|approx\.|close\s+to|circa|more\s+than|over|above|exceeding|exceeded"
    r"|surpassed|surpassing|topped|topping|in\s+excess\s+of|upwards\s+of|well\s+over|just\s+over"
    r"|at\s+least|no\s+fewer\s+than|no\s+less\s+than|a\s+minimum\s+of|up\s+to|as\s+many\s+as"
    r"|fewer\s+than|less\s+than|just\s+under|under|below|at\s+most|no\s+more\s+than"
    r"|a\s+maximum\s+of|only|just|exactly)[ \t]+$"
)
_QUALIFIERS: dict[str, Qualifier] = {}
for _words, _q in (
    (
        "nearly almost nearing about around roughly some an_estimated estimated approximately"
        " approx. close_to circa",
        "approximately",
    ),
    (
        "more_than over above exceeding exceeded surpassed surpassing topped topping"
        " in_excess_of upwards_of well_over just_over",
        "more-than",
    ),
    ("at_least no_fewer_than no_less_than a_minimum_of", "at-least"),
    ("up_to as_many_as", "up-to"),
    ("fewer_than less_than just_under under below", "less-than"),
    ("at_most no_more_than a_maximum_of", "at-most"),
    ("only just exactly", "exact"),
):
    for _word in _words.split():
        _QUALIFIERS[_word.replace("_", " ")] = _q  # type: ignore[assignment]

_QUAL_AFTER = re.compile(
    r"(?i)(?P<more>[ \t]+or[ \t]+more\b|[ \t]+and[ \t]+counting\b)"
    r"|(?P<approx>[ \t]+or[ \t]+so\b|-odd\b)|(?P<plus>\+|-plus\b)"
)
_UNIT_AFTER = re.compile(
    r"(?i)(?:[ \t]*(?P<pct>%|percent\b|per[ \t]+cent\b|pct\b|percentage[ \t]+points?\b)"
    r"|(?:[ \t]+|-)(?P<unit>magnitude|km/h|km|kilomet(?:re|er)s?|miles?|met(?:re|er)s?|kg"
    r"|kilograms?|tonnes?|tons?|feet|foot|ft|square[ \t]+(?:kilomet(?:re|er)s?|miles?)"
    r"|hectares?|acres?|degrees?|mph|kph|seconds?|minutes?|hours?|days?|weeks?|months?"
    r"|years?|decades?|centuries|century|dollars|euros|pounds|yuan|yen|rubles|roubles"
    r"|rupees|euro|nautical[ \t]+miles?|degrees[ \t]+(?:Celsius|Fahrenheit)|Celsius|Fahrenheit"
    r"|MW|GW|kW|megawatts?|gigawatts?)\b(?P<old>[ \t-]old\b)?)"
)
_UNIT_NAMES: dict[str, str] = {
    "km/h": "km/h",
    "kph": "km/h",
    "km": "km",
    "kilometre": "km",
    "kilometer": "km",
    "mile": "miles",
    "metre": "m",
    "meter": "m",
    "kg": "kg",
    "kilogram": "kg",
    "tonne": "t",
    "ton": "t",
    "feet": "ft",
    "foot": "ft",
    "ft": "ft",
    "square kilometre": "km²",
    "square kilometer": "km²",
    "square mile": "sq miles",
    "degree": "degrees",
    "dollars": "$",
    "euros": "€",
    "euro": "€",
    "nautical mile": "nautical miles",
    "degrees celsius": "°C",
    "celsius": "°C",
    "degrees fahrenheit": "°F",
    "fahrenheit": "°F",
    "mw": "MW",
    "megawatt": "MW",
    "gw": "GW",
    "gigawatt": "GW",
    "kw": "kW",
    "century": "centuries",
    "centurie": "centuries",
    "rouble": "rubles",
}
_GLUED_UNITS: dict[str, str] = {"km": "km", "kg": "kg", "mph": "mph", "ft": "ft", "%": "%"}
_TIME_UNITS = frozenset(
    {"seconds", "minutes", "hours", "days", "weeks", "months", "years", "decades", "centuries"}
)
_MAGNITUDE_BEFORE = re.compile(r"(?i)\bmagnitude(?:[ \t]+(?:of|at))?[ \t-]*$")
_POSSESSIVE_BEFORE = re.compile(r"(?i)\b(?P<p>its|their)[ \t]+(?:own[ \t]+)?$")
_CAP_WORD_BEFORE = re.compile(r"\b([A-Z][A-Za-z]*)[ \t]+$")
_LETTER_HYPHEN_BEFORE = re.compile(r"[A-Za-z]-$")
_BETWEEN_BEFORE = re.compile(r"(?i)\bbetween[ \t]+$")
_FROM_BEFORE = re.compile(r"(?i)\bfrom[ \t]+$")
_RANGE_GAP = re.compile(r"(?i)[ \t]*(?:-|–|—|to|or)[ \t]*")
_AND_GAP = re.compile(r"(?i)[ \t]+and[ \t]+")
_TOKEN = re.compile(r"[ \t]*(?:(?P<w>[A-Za-z](?:[A-Za-z'’-]*[A-Za-z])?)|(?P<p>\S))")
_SIDE = re.compile(
    r"\bon[ \t]+the[ \t]+(?P<x>[A-Z][\w-]*(?:[ \t]+[A-Z][\w-]*)?)[ \t]+side\b"
    r"|\b(?P<y>[A-Z][\w-]*)['’]s[ \t]+side\b"
)
_BACKED = re.compile(r"^(?P<x>[A-Z][\w]*)-(?:backed|led|supported|allied|controlled|aligned)$")
_NUMBER_OF = re.compile(
    r"\b(?i:number|tally|count|total)[ \t]+of[ \t]+(?:the[ \t]+)?(?P<noun>[a-z]+)"
    r"(?:[ \t]+(?P<v>[a-z]+))?"
)
_VERB_BEFORE = re.compile(
    r"(?i)\b(?P<v>killing|killed|kills|kill|wounding|wounded|injuring|injured|displacing"
    r"|displaced|arresting|arrested|detaining|detained|apprehended|rescuing|rescued|evacuating"
    r"|evacuated"
    r"|(?:carrying|carried)(?![ \t]+out\b)"
    r"|claimed[ \t]+the"
    r"[ \t]+lives[ \t]+of|claiming[ \t]+the[ \t]+lives[ \t]+of)\b"
    r"(?P<gap>(?:[ \t]+[A-Za-z'’-]+){0,6}?)[ \t]*$"
)
_TOLL = re.compile(r"(?i)\b(?:death[ \t]+toll|toll|fatalities|deaths|dead|casualties)\b")
_DIGIT = re.compile(r"\d")
_OF_AFTER = re.compile(r"[ \t]+of\b")
_NEXT_WORD = re.compile(r"[ \t]*(?P<w>[A-Za-z][\w'’-]*)")
_PURE_COORDINATION = re.compile(r"(?i)[ \t]*(?:,|and|or|,[ \t]*and)[ \t]*")
_LISTING = re.compile(r"(?i)\b(?:along[ \t]+with|as[ \t]+well[ \t]+as|including|plus)\b")
_CLAUSE_BREAK = re.compile(r"[;:!?()\[\]]")
# "and a woman", "and one child": one more member joined to a counted group before its verb
_JOINED_ONE = re.compile(r"(?i)and[ \t]+(?:a|an|one)[ \t]+[a-z]+(?=[ \t]+(?:were|are|have)\b)")
# an aside between a count and its verb, skipped with its verbs unread: a relative clause
# (", who could not be rescued,"), a part of the group (", most of them soldiers,", ", including
# the driver,")
_ASIDE = re.compile(
    r"[ \t]*,[ \t]*(?:who|which|(?:most|many|some|all|none|half|several)[ \t]+of[ \t]+them"
    r"|including|among[ \t]+them|mostly|mainly)\b"
    r"[^,;:.!?()\[\]\n]{1,80},"
)
# "were taken to hospital" counts the hurt; "are being taken", "waiting to be taken" a part
_WERE_TAKEN = re.compile(r"\b(?:were|was|been)[ \t]*$", re.I)
_COORDINATION = re.compile(
    r"(?i)\b(?:and|along[ \t]+with|as[ \t]+well[ \t]+as|including|plus|while)\b|,"
)

_VERBS: dict[str, str] = {}
for _norm, _forms in (
    (
        "killed",
        "killed kill kills killing died die dies dying dead deaths death perished slain fatalities"
        " lost_their_lives claimed_the_lives_of claiming_the_lives_of toll death_toll",
    ),
    (
        "wounded",
        "wounded wounding injured injuring injuries hurt wounds hospitalized hospitalised"
        " taken_to_hospital",
    ),
    ("displaced", "displaced displacing homeless lost_their_homes"),
    ("missing", "missing unaccounted"),
    ("arrested", "arrested arresting arrests detained apprehended in_custody"),
    ("rescued", "rescued rescuing"),
    ("aboard", "aboard onboard on_board carrying carried"),
    ("survived", "survived surviving survivors"),
    ("evacuated", "evacuated evacuating"),
    ("casualties", "casualties"),
):
    for _form in _forms.split():
        _VERBS[_form.replace("_", " ")] = _norm


# Words that end a counted noun phrase.
_NP_STOP = _wordset(
    """
    a an the have has had having were was are is be been being will would could should may might
    can must shall do does did who whom whose which that and or but nor in on at from to by with
    for since during after before as of than while when where because if although though
    including according said says say told reported per into onto over under about around
    across through among between against within without toward towards near amid despite
    this these those there it its their his her our they them he she we you i not no so also
    only just still already now then each both either neither all some any more most
    away aboard ago later earlier prior apart long wide high deep tall old inside outside up down
    out off north south east west northeast northwest southeast southwest northward southward
    made took flew came went left gave got began fell rose hit struck saw found kept held led met
    ran sent set thought brought caught fought sold stood won wrote became
    """
)
_NOUN_VERBS = _wordset("deaths fatalities casualties injuries survivors")  # heads, not verbs
_SKIP_FIRST = frozenset({"more", "other", "additional", "further", "extra"})
_INHERIT_HEADS = frozenset({"others", "more", "other"})
_IRREGULAR_PLURALS = _wordset(
    """
    people men women children police personnel staff cattle sheep livestock troops militia
    infantry clergy crew youth
    """
)
_OWNER_PRONOUNS = frozenset({"its", "their"})
_OWNER_KINDS = frozenset({"place", "nationality", "organisation"})
_CAPITAL_OK = _wordset(
    """
    A An The In On At Of And But With For By From To About Some Nearly Almost Over Around Only Just
    All Another More Fewer Less Up Roughly Approximately Exactly Those These Its Their His Her
    Our Between Than As Under Above Below Exceeding Estimated When While After Before Since
    Until If Although Killing Wounding Another Least Most Of Nearing Close Circa Well Of Than
    """
)
_ONE_BEFORE_SKIP = _wordset("the no any each every this that which another previous a last new")


@dataclass(slots=True)
class _Num:
    """A candidate number before qualifiers and context are read."""

    start: int
    end: int
    value: float | None
    low: float | None = None
    high: float | None = None
    unit: str | None = None
    scale: float = 1.0  # the scale word's factor ("million" → 1e6), 1 when none
    kind: str = "digits"  # digits | words | vague
    approx: bool = False


@dataclass(slots=True)
class _Phrase:
    head: str | None = None
    end: int = 0
    owner: str | None = None
    possessive: bool = False
    verb: str | None = None


def find_quantities(
    article: Article, sentences: tuple[Sentence, ...], mentions: tuple[Mention, ...]
) -> tuple[Quantity, ...]:
    """Find the quantities in ``article.text`` in text order (see the module docstring)."""
    text = article.text
    nums = _merge_ranges(text, _candidates(text))
    starts = [s.start for s in sentences]
    out: list[Quantity] = []
    for num in nums:
        sentence = sentence_at(sentences, starts, num.start)
        quantity = _read(article, num, sentence, mentions)
        if quantity is not None:
            out.append(quantity)
    return tuple(_inherit(text, out))


# --- candidates -------------------------------------------------------------------------------


def _candidates(text: str) -> list[_Num]:
    nums: list[_Num] = []
    pos = 0
    starts = [t.start() for t in _DIGIT_TRIGGER.finditer(text)]
    for word_start in word_starts(text, _TRIGGER_WORDS):
        article = _ARTICLE_BEFORE.search(text, max(0, word_start - 8), word_start)
        starts.append(article.start() if article is not None else word_start)
        if article is not None:
            starts.append(word_start)  # in case "a" does not start the number
    starts.sort()
    for trigger in starts:
        if trigger < pos:
            continue
        m = _NUMBER.match(text, trigger)
        if m is None:
            continue
        start, end = m.start(), m.end()
        pos = end
        if _is_excluded(text, m):
            continue
        num = _parse(text, m)
        if num is None:
            continue
        if start >= 2 and text[start - 1] in "-–" and text[start - 2].isdigit():
            if not nums or nums[-1].end != start - 1 or nums[-1].value is None:
                continue  # "737-500" after a dropped "737"
            if num.value is None or nums[-1].value >= num.value:
                nums.pop()  # "3-2": a score, not a range
                continue
        nums.append(num)
    return nums


def _is_excluded(text: str, m: re.Match[str]) -> bool:
    """Dates ("Oct. 22", "22 October"), clock times, "No. 408", "paragraph 13"."""
    if m.group("digits") is None or m.group("cur") is not None:
        return False
    start = m.start()
    if _EXCLUDE_BEFORE.search(text, max(0, start - 24), start):
        return True
    return _EXCLUDE_AFTER.match(text, m.end("digits")) is not None


def _parse(text: str, m: re.Match[str]) -> _Num | None:
    start, end = m.start(), m.end()
    if m.group("digits") is not None:
        return _parse_digits(text, m)
    if m.group("vague") is not None or m.group("fuzzy") is not None:
        rng = vague_range(m.group())
        if rng is None:
            return None
        low, high, approx = rng
        if approx:
            return _Num(start, end, low, kind="vague", approx=True)
        return _Num(start, end, None, low, high, kind="vague")
    parsed = parse_number_words(m.group())
    if parsed is None:
        return None
    value, used = parsed
    end = start + used
    if text.startswith("-", end) and not _UNIT_AFTER.match(text, end):
        return None  # "one-third", "two-thirds", "one-sided"
    return _Num(start, end, value, kind="words")


def _parse_digits(text: str, m: re.Match[str]) -> _Num | None:
    start, end = m.start(), m.end()
    digits = m.group("digits")
    cur, scale_word, suf = m.group("cur"), m.group("scale"), m.group("suf")
    if cur is None and _LETTER_HYPHEN_BEFORE.search(text, max(0, start - 2), start):
        return None  # "COVID-19", "MH-17"
    if suf is None and scale_word is None and end < len(text) and text[end].isalpha():
        return None  # "111nkeypox", "A380neo"
    value = parse_digits(digits)
    unit = "$" if cur and cur.endswith("$") else cur
    scale = 1.0
    if scale_word:
        scale = SCALES[scale_word.lower()]
    elif suf:
        low_suf = suf.lower()
        if low_suf in ("m", "b") and cur:
            scale = 1e6 if low_suf == "m" else 1e9
        elif low_suf in SCALES:
            scale = SCALES[low_suf]
        elif low_suf in _GLUED_UNITS:
            unit = _GLUED_UNITS[low_suf]
        elif low_suf == "m":
            unit = "m"
        else:
            return None  # "27th", "1990s", "5G", "6pm"
    value *= scale
    plain = cur is None and scale == 1.0 and "," not in digits and "." not in digits
    if plain and unit is None:
        if looks_like_year(digits) and not _year_is_count(text, start, end):
            return None
        cap = _CAP_WORD_BEFORE.search(text, max(0, start - 25), start)
        if cap is not None and cap.group(1) not in _CAPITAL_OK and not _starts_sentence(text, cap):
            return None  # "Boeing 737", "Phase 3"
    if cur == "$" and text[max(0, start - 2) : start] in ("US", "HK", "NZ"):
        start -= 2  # "US$3 billion"
    return _Num(start, end, value, unit=unit, scale=scale)


def _starts_sentence(text: str, word: re.Match[str]) -> bool:
    before = text[max(0, word.start() - 3) : word.start()].rstrip(" \t")
    return not before or before[-1] in ".!?:;\n\"“”'‘’("


def _year_is_count(text: str, start: int, end: int) -> bool:
    """A bare 1800–2100 number is a count only after a qualifier or before a counted noun."""
    if _QUAL_BEFORE.search(text, max(0, start - 25), start):
        return True
    phrase = _noun_phrase(text, end, len(text))
    return phrase.head is not None and phrase.head.islower() and _is_plural(phrase.head)


def _merge_ranges(text: str, nums: list[_Num]) -> list[_Num]:
    """Join "3 to 5", "$3-5bn", "two or three", "between 200,000 and 250,000" into ranges."""
    out: list[_Num] = []
    i = 0
    while i < len(nums):
        a = nums[i]
        b = nums[i + 1] if i + 1 < len(nums) else None
        if b is not None and a.value is not None and b.value is not None and a.kind == b.kind:
            gap_and = _AND_GAP.fullmatch(text, a.end, b.start)
            between = _BETWEEN_BEFORE.search(text, max(0, a.start - 12), a.start)
            gap = _RANGE_GAP.fullmatch(text, a.end, b.start)
            from_before = _FROM_BEFORE.search(text, max(0, a.start - 8), a.start)
            if (gap_and and between) or (gap and not from_before):
                low = a.value
                if a.scale == 1.0 and b.scale > 1.0 and low < b.value / b.scale:
                    low *= b.scale  # "$3-5bn", "2 to 3 million"
                if low < b.value:
                    start = between.start() if (gap_and and between) else a.start
                    unit = a.unit or b.unit
                    out.append(_Num(start, b.end, None, low, b.value, unit, b.scale, a.kind))
                    i += 2
                    continue
        out.append(a)
        i += 1
    return out


# --- reading one quantity ---------------------------------------------------------------------


def _read(
    article: Article, num: _Num, sentence: Sentence | None, mentions: tuple[Mention, ...]
) -> Quantity | None:
    text = article.text
    lo = sentence.start if sentence is not None else max(0, num.start - 300)
    hi = sentence.end if sentence is not None else min(len(text), num.end + 300)
    start, end = num.start, num.end
    qualifier: Qualifier = "range" if num.low is not None and num.kind != "vague" else "exact"
    if num.approx:
        qualifier = "approximately"
    elif num.kind == "vague":
        qualifier = "range"
    qual = _QUAL_BEFORE.search(text, max(lo, start - 30), start)
    if qual is not None:
        start = qual.start("q")
        qualifier = _QUALIFIERS[" ".join(qual.group("q").lower().split())]
    unit = num.unit
    if unit is None:
        u = _UNIT_AFTER.match(text, end)
        if u is not None:
            end = u.end()
            unit = _unit_name(u)
        elif _MAGNITUDE_BEFORE.search(text, max(lo, start - 16), start):
            unit = "magnitude"
    trail = _QUAL_AFTER.match(text, end)
    if trail is not None and num.low is None:
        end = trail.end()
        if trail.group("more"):
            qualifier = "at-least"
        elif trail.group("approx"):
            qualifier = "approximately"
        else:
            qualifier = "more-than"
    if num.kind == "words" and num.value == 1 and unit in _TIME_UNITS:
        return None  # "one day", "one year"
    if unit == "%" and _OF_AFTER.match(text, end) is None:
        phrase = _Phrase(end=end)
    else:
        phrase = _noun_phrase(text, end, hi, names_end=unit == "years old")
    if unit is not None:
        phrase.owner = None
    if num.kind == "words" and num.value == 1 and not _one_is_count(text, num, phrase, lo):
        return None
    counts, verb, owner = phrase.head, phrase.verb, phrase.owner
    span_end = phrase.end if phrase.head is not None else end
    if counts is not None and counts.lower() in _VERBS and verb is None:
        verb = _VERBS[counts.lower()]  # "524 deaths"
    if unit is None or unit == "%":
        before_lo = _clause_start(text, lo, start)
        if verb is None:
            verb = _verb_just_before(text, before_lo, start)
        if verb is None:
            verb = _verb_after(text, phrase.end if phrase.head else end, hi)
        if verb is None or counts is None:
            noun, noun_verb = _number_of(text, before_lo, start)
            counts = counts or noun
            verb = verb or noun_verb
        if verb is None:
            verb = _verb_before(text, before_lo, start)
    possessive = (
        phrase.possessive or _POSSESSIVE_BEFORE.search(text, max(lo, start - 12), start) is not None
    )
    if owner is None:
        owner = _side_owner(text, lo, hi, num.start)
    if owner is None and possessive:
        owner = _mention_owner(mentions, lo, start)
    span = span_of(article.id, text, start, span_end)
    value = num.value if num.low is None else None
    return Quantity(
        span.article_id,
        span.start,
        span.end,
        span.text,
        value=value,
        low=num.low,
        high=num.high,
        qualifier=qualifier,
        counts=counts,
        verb=verb,
        owner=owner,
        unit=unit,
        sentence=sentence.index if sentence is not None else 0,
    )


def _unit_name(u: re.Match[str]) -> str:
    if u.group("pct"):
        return "%"
    word = " ".join(u.group("unit").lower().split())
    if u.group("old"):
        return "months old" if word.startswith("month") else "years old"
    singular = word[:-1] if word.endswith("s") and word not in ("dollars", "euros") else word
    if word in _UNIT_NAMES:
        return _UNIT_NAMES[word]
    if singular in _UNIT_NAMES:
        return _UNIT_NAMES[singular]
    if singular + "s" in _TIME_UNITS:
        return singular + "s"
    return word


def _one_is_count(text: str, num: _Num, phrase: _Phrase, lo: int) -> bool:
    """ "one" counts only before a noun ("one person"), not in "one of", "no one", "the one"."""
    if phrase.head is None:
        return False
    if _OF_AFTER.match(text, num.end):
        return False
    before = text[max(lo, num.start - 12) : num.start].split()
    return not before or before[-1].lower() not in _ONE_BEFORE_SKIP


def _modifies_next(text: str, tok: re.Match[str], hi: int) -> bool:
    """Whether the word after ``tok`` can be the noun it modifies ("two armed men")."""
    nxt = _TOKEN.match(text, tok.end(), hi)
    word = nxt.group("w") if nxt is not None else None
    return word is not None and word.lower() not in _NP_STOP and word.lower() not in _VERBS


def _noun_phrase(text: str, pos: int, hi: int, names_end: bool = False) -> _Phrase:
    """Read the counted noun phrase after a number: its head, owner and a participle verb.

    ``names_end``: a capitalised word ends the phrase ("the 87-year-old Smith said").
    """
    phrase = _Phrase(end=pos)
    words: list[tuple[str, int]] = []
    first = True
    after_of = False
    while len(words) < 5 and pos < hi:
        tok = _TOKEN.match(text, pos, hi)
        if tok is None or tok.group("w") is None:
            break
        word = tok.group("w")
        low = word.lower()
        if first and low in _SKIP_FIRST:
            pos = tok.end()
            first = False
            continue
        if not words and low == "of" and not after_of:
            det = _TOKEN.match(text, tok.end(), hi)
            after_of = True
            if det is not None and det.group("w") and det.group("w").lower() in _OWNER_PRONOUNS:
                phrase.possessive = True
                pos = det.end()
            elif det is not None and det.group("w") and det.group("w").lower() == "the":
                pos = det.end()
            else:
                pos = tok.end()
            continue
        was_first = first
        first = False
        if low in _VERBS and low not in _NOUN_VERBS:
            nxt = _TOKEN.match(text, tok.end(), hi)
            nxt_w = nxt.group("w") if nxt is not None else None
            if (
                not words
                and nxt_w
                and nxt_w.lower() not in _NP_STOP
                and nxt_w.lower() not in _VERBS
            ):
                phrase.verb = _VERBS[low]  # "61 injured people"
                pos = tok.end()
                continue
            break
        if low in _NP_STOP or (names_end and word[0].isupper()):
            break
        if "-" not in low and low.endswith(("ed", "ing", "ly")):
            if words or low.endswith("ing") or (was_first and not _modifies_next(text, tok, hi)):
                break
            if low.endswith("ly"):
                pos = tok.end()  # "previously uninfected people"
                continue
        words.append((word, tok.end()))
        pos = tok.end()
    if not words:
        return phrase
    head_i = _head_index(words)
    if head_i is None:
        return phrase
    phrase.head, phrase.end = words[head_i][0], words[head_i][1]
    capitals: list[str] = []
    for word, _ in words[:head_i]:
        backed = _BACKED.match(word)
        if backed is not None:
            capitals = [backed.group("x")]
        elif word[0].isupper() and "-" not in word:
            capitals.append(word.removesuffix("'s").removesuffix("’s"))
        elif capitals:
            break
    if capitals:
        phrase.owner = " ".join(capitals)
    return phrase


def _is_plural(word: str) -> bool:
    low = word.lower()
    return low in _IRREGULAR_PLURALS or (
        low.endswith("s") and not low.endswith(("ss", "us", "is", "'s", "’s"))
    )


def _head_index(words: list[tuple[str, int]]) -> int | None:
    for i in range(len(words) - 1, -1, -1):
        if _is_plural(words[i][0]):
            return i
    if len(words) == 1:
        return 0
    for i in range(len(words) - 1, -1, -1):
        word = words[i][0]
        if word[0].islower() and not word.lower().endswith(("ed", "'s", "’s")):
            return i
    return None


def _verb_after(text: str, pos: int, hi: int) -> str | None:
    """The event verb in the few words after the noun phrase ("have been killed"), past a
    relative clause or a part of the group ("179 people, who could not be rescued, died";
    "300 people, most of them soldiers, were killed")."""
    aside = _ASIDE.match(text, pos, hi)
    if aside is not None:
        pos = aside.end()
    aux = False
    for _ in range(8):
        tok = _TOKEN.match(text, pos, hi)
        if tok is None or tok.group("w") is None:
            return None
        low = tok.group("w").lower()
        if low in ("lost", "claimed", "on", "in", "taken"):
            rest = text[tok.start("w") : tok.start("w") + 30].lower()
            for phrase in (
                "lost their lives",
                "lost their homes",
                "on board",
                "in custody",
                "taken to hospital",
            ):
                taken = low != "taken" or _WERE_TAKEN.search(text, max(0, pos - 12), pos)
                if rest.startswith(phrase) and taken:
                    return _VERBS[phrase]
        if low in _VERBS:
            return _VERBS[low]
        joined = _JOINED_ONE.match(text, tok.start("w"), hi) if low == "and" else None
        if joined is not None:
            pos = joined.end()  # "two men and a woman were held": the verb is the group's
            continue
        if low in ("and", "but", "while", "whereas", "when", "after", "because", "said", "says"):
            return None
        if low in ("have", "has", "had", "were", "was", "are", "is", "been", "being", "be"):
            aux = True
        elif low.endswith("ed") and low not in ("reported", "confirmed", "believed"):
            nxt = _TOKEN.match(text, tok.end(), hi)
            nxt_w = (nxt.group("w") or "").lower() if nxt is not None else ""
            if nxt_w in _VERBS:
                return _VERBS[nxt_w]  # "feared dead", "left homeless"
            return low if aux else None  # "were deported" as is; "attended" ends the search
        pos = tok.end()
    return None


def _clause_start(text: str, lo: int, start: int) -> int:
    window_lo = max(lo, start - 150)
    last = window_lo
    for m in _CLAUSE_BREAK.finditer(text, window_lo, start):
        last = m.end()
    return last


def _number_of(text: str, lo: int, start: int) -> tuple[str | None, str | None]:
    """ "the number of fighters killed … to 897" → ("fighters", "killed")."""
    found: re.Match[str] | None = None
    for m in _NUMBER_OF.finditer(text, lo, start):
        found = m
    if found is None or _DIGIT.search(text, found.end(), start):
        return None, None
    noun = found.group("noun").lower()
    v = (found.group("v") or "").lower()
    if noun in _VERBS:
        return None, _VERBS[noun]
    if noun in _NP_STOP:
        return None, None
    return found.group("noun"), _VERBS.get(v)


def _verb_just_before(text: str, lo: int, start: int) -> str | None:
    """The verb right before the number ("carrying 62 people"): it governs the count more
    surely than a verb after it ("a jet carrying 62 people has gone missing")."""
    m = _VERB_BEFORE.search(text, max(lo, start - 40), start)
    if m is None or m.group("gap").strip():
        return None
    return _VERBS.get(" ".join(m.group("v").lower().split()))


def _verb_before(text: str, lo: int, start: int) -> str | None:
    m = _VERB_BEFORE.search(text, lo, start)
    while m is not None:  # the verb nearest the number: "killing five and injuring 31"
        later = _VERB_BEFORE.search(text, m.end("v"), start)
        if later is None:
            break
        m = later
    if m is not None:
        return _VERBS.get(" ".join(m.group("v").lower().split()))
    toll: re.Match[str] | None = None
    for t in _TOLL.finditer(text, lo, start):
        toll = t
    if toll is not None and not _DIGIT.search(text, toll.end(), start):
        return _VERBS.get(" ".join(toll.group().lower().split()))
    return None


def _side_owner(text: str, lo: int, hi: int, near: int) -> str | None:
    """The side named nearest ``near`` (within 120 characters): "on the Armenian side"."""
    starts, owners = _sides(text, lo, hi)
    best: tuple[int, str] | None = None
    for i in range(bisect_left(starts, near - 120), bisect_right(starts, near + 120)):
        distance = abs(starts[i] - near)
        if best is None or distance < best[0]:
            best = (distance, owners[i])
    return best[1] if best is not None else None


@lru_cache(maxsize=4)
def _sides(text: str, lo: int, hi: int) -> tuple[tuple[int, ...], tuple[str, ...]]:
    """Start offsets and owners of the ``_SIDE`` matches in ``text[lo:hi]``, scanned once per
    sentence rather than once per number (a one-sentence text full of numbers stays linear)."""
    matches = list(_SIDE.finditer(text, lo, hi))
    return tuple(m.start() for m in matches), tuple(m.group("x") or m.group("y") for m in matches)


def _mention_owner(mentions: tuple[Mention, ...], lo: int, start: int) -> str | None:
    """For "its"/"their": the nearest place, nationality or organisation named before."""
    owner: str | None = None
    for mention in mentions:
        if lo <= mention.start and mention.end <= start and mention.kind in _OWNER_KINDS:
            owner = mention.text
    return owner


def _inherit(text: str, quantities: list[Quantity]) -> list[Quantity]:
    """Share a missing noun or verb between neighbouring counts of one sentence.

    "61 civilians have been killed and 282 wounded": 282 takes "civilians". "Dozens of
    civilians have died along with 700 soldiers": 700 takes "killed". "Dozens of civilians and
    700 soldiers have died": the first takes the verb of the second.
    """
    out: list[Quantity] = []
    prev_i: int | None = None
    for q in quantities:
        prev = out[prev_i] if prev_i is not None else None
        if prev is not None and prev.sentence == q.sentence and q.unit is None:
            gap = text[prev.end : q.start]
            if len(gap) <= 80 and _COORDINATION.search(gap):
                counts, verb, owner = q.counts, q.verb, q.owner
                if (counts is None and verb is not None) or (
                    counts is not None and counts.lower() in _INHERIT_HEADS
                ):
                    counts = prev.counts
                    owner = owner or prev.owner
                if verb is None and prev.verb is not None and _LISTING.search(gap):
                    nxt = _NEXT_WORD.match(text, q.end)
                    if nxt is None or not nxt.group("w").endswith("ed"):
                        verb = prev.verb
                q = replace(q, counts=counts, verb=verb, owner=owner)
            if (
                prev.verb is None
                and q.verb is not None
                and _PURE_COORDINATION.fullmatch(gap)
                and not (q.counts and q.counts.lower() in _VERBS)  # "cases and 524 deaths"
            ):
                out[prev_i] = replace(prev, verb=q.verb)  # type: ignore[index]
        out.append(q)
        if q.unit is None:
            prev_i = len(out) - 1
    return out
