"""The key of a count of one specific group with no event verb: "12 boys", "62 passengers".

Within one story the same noun counts the same group, narrowed by the words between the number
and the noun ("three heavy vehicles"); "six crew members" and "a crew of six" count the crew. A
group joined to another ("passengers and crew"), narrowed after its noun, counted at an earlier
time or counted per item ("two divers for each boy") is not keyed.
"""

from __future__ import annotations

import re

from newsprism.compare.figure_filters import follows_age, is_increment, is_vague
from newsprism.compare.figure_keys import CLASS_OF, count_class, owner_key
from newsprism.compare.figure_years import figure_year
from newsprism.model import Quantity, ReadArticle, Span
from newsprism.read.numbers import parse_number_words

_DISTRIBUTIVE = re.compile(r"\b(?:each|every|per|apiece)\b", re.I)
# "62 passengers and crew", "four countries neighbouring it": not the group the noun names
_JOINED_AFTER = re.compile(r"\s+and\s+(?:the\s+|their\s+|its\s+)?(?:crews?|staff)\b", re.I)
_NARROWED_AFTER = re.compile(r"\s+(?!including\b)[a-z]+ing\b")
_EARLIER = re.compile(r"\b(?:at\s+that\s+time|at\s+the\s+time|back\s+then|by\s+then)\b", re.I)
_MODIFIER = re.compile(r"[a-z]+(?:-[a-z]+)*")
_NUMBER_NOUNS = frozenset({"dozen", "score", "hundred", "thousand", "million", "billion"})
_CREW_WORDS = frozenset({"crew", "crews", "members"})
_GENERIC_NOUNS = frozenset(
    "people persons others times years days hours minutes seconds weeks months percent "
    "points cases things ways members items".split()
)


def group_key(reading: ReadArticle, quantity: Quantity, sentence: Span) -> tuple[str, ...] | None:
    """A key for a count of a specific group with no event verb ("12 boys", "62 passengers",
    "75 countries"): within one story, the same noun counts the same group."""
    if quantity.value is None or quantity.unit or quantity.qualifier == "range":
        return None
    noun = (quantity.counts or "").lower().split()[-1:] or [""]
    head = noun[0]
    if count_class(quantity.counts, quantity.text) == "crew":
        # "six crew members", "a crew of six"; "four cabin crew" are a part of the crew
        narrowed = [m for m in _modifiers(quantity.text) if m.lower() not in _CREW_WORDS]
        head = " ".join((*narrowed, "crew"))
    elif len(head) < 4 or head in _GENERIC_NOUNS or head in CLASS_OF:
        return None
    elif (quantity.counts or "")[-len(head) :][:1].isupper():
        return None  # "the 12 Wild Boars": a name, not what is counted
    else:
        head = " ".join((*_modifiers(quantity.text), head))  # "three heavy vehicles"
    text = reading.article.text
    if _JOINED_AFTER.match(text, quantity.end) or _NARROWED_AFTER.match(text, quantity.end):
        return None
    if _EARLIER.search(sentence.text):
        return None  # "at that time, 47 countries had reported cases": an earlier count
    if is_vague(quantity) or is_increment(text, quantity):
        return None
    if follows_age(text, quantity):
        return None
    if _DISTRIBUTIVE.search(text, quantity.end, min(len(text), quantity.end + 40)):
        return None  # "two divers accompanying each boy": a rate, not the group's size
    years = figure_year(reading, quantity, sentence)
    return ("counted", head, owner_key(quantity.owner), years)


def _modifiers(surface: str) -> tuple[str, ...]:
    """The lower-case words between the number and the head noun of a quantity's surface
    ("Some 1,000 police officers" → police; "three heavy vehicles" → heavy; "more than a
    dozen countries" → none)."""
    words = surface.split()[:-1]
    found: list[str] = []
    for word in reversed(words):
        if (
            not _MODIFIER.fullmatch(word)
            or word.lower() in _NUMBER_NOUNS
            or parse_number_words(word) is not None
        ):
            break
        found.append(word)
    return tuple(reversed(found))
