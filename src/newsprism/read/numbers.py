"""Number parsing for the reading stage: digits, number words, scale words and vague amounts.

Pure helpers with no knowledge of sentences or articles; :mod:`newsprism.read.quantities` finds
the numbers in a text and uses these to turn their surface into values.

Vague amounts map to documented ranges (same order of magnitude as the word):

=========================  ======================  ===================================
phrase                     low – high              rule
=========================  ======================  ===================================
dozens                     24 – 99                 at least two dozen, below a hundred
scores (of)                40 – 99                 at least two score, below a hundred
hundreds                   200 – 999               at least two hundred, below 1,000
thousands                  2,000 – 9,999           and so on for each scale word
tens of thousands          20,000 – 99,999
hundreds of thousands      200,000 – 999,999
millions / billions        2·10⁶ – 10⁷−1 / 2·10⁹ – 10¹⁰−1
several <scale>            3 – 9 × scale           "several hundred" = 300 – 900
a few <scale>              2 – 5 × scale           "a few dozen" = 24 – 60
a handful of <scale>       2 – 5 × scale
a couple (of) <scale>      2 × scale (about)       "a couple of hundred" ≈ 200
=========================  ======================  ===================================
"""

from __future__ import annotations

import re

UNITS: dict[str, int] = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
}
TEENS: dict[str, int] = {
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
TENS: dict[str, int] = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
# Scale words after digits ("2.5 million", "$3bn") and inside number words.
SCALES: dict[str, float] = {
    "thousand": 1e3,
    "million": 1e6,
    "billion": 1e9,
    "trillion": 1e12,
    "k": 1e3,
    "mn": 1e6,
    "mln": 1e6,
    "bn": 1e9,
    "tn": 1e12,
}

NUMBER_WORD_PATTERN = (
    r"(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
    r"fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|"
    r"seventy|eighty|ninety|hundred|thousand|million|billion|trillion|dozen)"
)

_AFTER_AND = frozenset({*UNITS, *TEENS, *TENS})
_BIG_SCALES = frozenset({"thousand", "million", "billion", "trillion"})
_TOKEN = re.compile(r"[A-Za-z]+")
_DIGITS_CLEAN = re.compile(r"[,\s]")

# (low, high) per vague plural; "scores" only counts when followed by "of" (checked by caller).
_VAGUE: dict[str, tuple[float, float]] = {
    "dozens": (24, 99),
    "scores": (40, 99),
    "hundreds": (200, 999),
    "thousands": (2_000, 9_999),
    "millions": (2e6, 1e7 - 1),
    "billions": (2e9, 1e10 - 1),
}
_TENS_OF = {"tens": 10.0, "hundreds": 100.0}
_FUZZY_FACTORS: dict[str, tuple[float, float]] = {
    "several": (3, 9),
    "few": (2, 5),
    "handful": (2, 5),
    "couple": (2, 2),
}
_FUZZY_SCALES: dict[str, float] = {
    "dozen": 12,
    "hundred": 100,
    "thousand": 1e3,
    "million": 1e6,
    "billion": 1e9,
}


def parse_digits(surface: str) -> float:
    """The value of a digit string such as ``"5,000"`` or ``"2.5"``."""
    return float(_DIGITS_CLEAN.sub("", surface))


def parse_number_words(surface: str) -> tuple[float, int] | None:
    """Parse the longest valid number-word prefix of ``surface`` (lower-cased words).

    Returns ``(value, end)`` with ``end`` the offset in ``surface`` just after the last word
    used, or None when not even one word forms a number. Handles "twenty-six", "one hundred
    and five", "two million", "a dozen", "half a million"; stops at a word that cannot
    continue the number ("three four" gives 3).
    """
    tokens = [(m.group().lower(), m.end()) for m in _TOKEN.finditer(surface)]
    total = 0.0
    current = 0.0
    last = ""  # kind of the last word used: unit, teen, tens, hundred, scale, dozen, and, a
    last_scale = float("inf")
    used_end = 0
    started = False
    i = 0
    while i < len(tokens):
        word, end = tokens[i]
        nxt = tokens[i + 1][0] if i + 1 < len(tokens) else ""
        if word in UNITS and last in ("", "tens", "hundred", "scale", "and"):
            current += UNITS[word]
            last = "unit"
        elif word in TEENS and last in ("", "hundred", "scale", "and"):
            current += TEENS[word]
            last = "teen"
        elif word in TENS and last in ("", "hundred", "scale", "and"):
            current += TENS[word]
            last = "tens"
        elif word == "hundred" and last in ("unit", "teen", "a"):
            current = (current or 1) * 100
            last = "hundred"
        elif word in _BIG_SCALES:
            scale = SCALES[word]
            if last not in ("unit", "teen", "tens", "hundred", "a", "half") or scale >= last_scale:
                break
            total += (current or 1) * scale
            current = 0
            last_scale = scale
            last = "scale"
        elif word == "dozen" and last in ("unit", "teen", "tens", "a", "half"):
            current = (current or 1) * 12
            last = "dozen"
        elif word == "and" and last in ("hundred", "scale") and nxt in _AFTER_AND:
            last = "and"
            i += 1
            continue
        elif word == "a" and not started and nxt in _FUZZY_SCALES:
            current = 1
            last = "a"
            i += 1
            continue
        elif word == "half" and not started and nxt == "a":
            current = 0.5
            last = "half"
            i += 2  # skip "a"
            continue
        else:
            break
        started = True
        used_end = end
        i += 1
    if not started:
        return None
    return total + current, used_end


def vague_range(surface: str) -> tuple[float, float, bool] | None:
    """The documented range of a vague amount: ``(low, high, approximate)``.

    ``approximate`` is True for "a couple of hundred" (one value, about). None if the phrase
    is not a vague amount.
    """
    words = [m.group().lower() for m in _TOKEN.finditer(surface)]
    if not words:
        return None
    if len(words) == 3 and words[0] in _TENS_OF and words[1] == "of" and words[2] in _VAGUE:
        low, high = _VAGUE[words[2]]
        factor = _TENS_OF[words[0]]
        return low * factor, (high + 1) * factor - 1, False
    if len(words) == 1 and words[0] in _VAGUE:
        low, high = _VAGUE[words[0]]
        return low, high, False
    factor_word = next((w for w in words if w in _FUZZY_FACTORS), None)
    if factor_word is None:
        return None
    scale = 1.0
    for word in words:
        if word in _FUZZY_SCALES:
            scale *= _FUZZY_SCALES[word]
    if scale == 1.0:
        return None
    lo, hi = _FUZZY_FACTORS[factor_word]
    return lo * scale, hi * scale, lo == hi


def looks_like_year(surface: str) -> bool:
    """True for a bare four-digit year between 1800 and 2100 ("1994", "2020")."""
    return len(surface) == 4 and surface.isdigit() and 1800 <= int(surface) <= 2100
