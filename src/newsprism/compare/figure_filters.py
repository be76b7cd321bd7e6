"""Whether a quantity states a figure at all, asked before any figure key is built.

Vague amounts ("dozens", "hundreds") and increments ("26 more") never make a conflict: they do
not state the figure. Nor do a part of a group ("four of the boys"), one side of a split ("seven
votes to two") or an age ("killed at age 41").
"""

from __future__ import annotations

import re

from newsprism.model import Quantity

_VAGUE = re.compile(
    r"\b(?:dozens|scores|hundreds|thousands|millions|several|(?<!as )many|few)\b", re.I
)
_INCREMENT_AFTER = re.compile(r"[\w.,-]*\s+(?:more|additional|further|new|extra)\b", re.I)
# "four were killed and 22 more injured": "more" adds another kind of victim, the 22 are all the
# injured
_OTHER_VICTIMS = re.compile(r"\b(?:killed|dead|died|deaths?)\b[^.;:!?]{0,40}\band\s+$", re.I)
_MORE_HURT = re.compile(r"[\w.,-]*\s+more\s+(?:people\s+|were\s+)?(?:injured|wounded|hurt)\b", re.I)
_INCREMENT_BEFORE = re.compile(
    r"\b(?:another|an additional|a further|the (?:first|last|remaining|final)"
    r"|(?:a|the)\s+(?:majority|minority)\s+of)\s+$",
    re.I,
)
# "by seven votes to two", "won 3 to 1": a split between two sides, not a count of one
# (the count itself starts the split: "up to 6,000" is a bound)
_NUMBER_WORD = r"(?:\d[\d.,]*|one|two|three|four|five|six|seven|eight|nine|ten)"
_SPLIT_AFTER = re.compile(rf"{_NUMBER_WORD}\s+(?:votes?\s+)?to\s+{_NUMBER_WORD}\b", re.I)
# "four of the boys" is a part of a group; "179 of the 181 people" is the count itself
_PARTITIVE = re.compile(r"[\w.,-]+\s+of\s+(?:the|them|those|these|whom)\b(?!\s+\d)", re.I)
# "Of the dead, 145", "among the passengers, 12"; not "the worst of the devastation, 6,000"
_PARTITIVE_BEFORE = re.compile(
    r"\b(?:of|among)\s+the\s+(?:dead|injured|wounded|missing|\w+s),?\s+$", re.I
)
_AGE_BEFORE = re.compile(r"\b(?:aged?|at\s+the\s+age\s+of)\s+$", re.I)


def is_vague(quantity: Quantity) -> bool:
    """A vague amount ("dozens", "several"): it does not state the figure."""
    return _VAGUE.search(quantity.text) is not None


def is_increment(text: str, quantity: Quantity) -> bool:
    """ "26 more soldiers", "another 12", "the last four", "four of the boys", "a majority of
    seven judges": a part of or an addition to a total, not the total; "seven votes to two":
    one side of a split. But "four were killed and 22 more injured" counts all the injured."""
    if _MORE_HURT.match(text, quantity.start) and _OTHER_VICTIMS.search(
        text, max(0, quantity.start - 60), quantity.start
    ):
        return False
    return bool(
        _INCREMENT_AFTER.match(text, quantity.start)
        or _SPLIT_AFTER.match(text, quantity.start)
        or _INCREMENT_BEFORE.search(text[max(0, quantity.start - 20) : quantity.start])
        or _PARTITIVE.match(text, quantity.start)
        or _PARTITIVE_BEFORE.search(text[max(0, quantity.start - 30) : quantity.start])
    )


def follows_age(text: str, quantity: Quantity) -> bool:
    """Whether the quantity is an age: "killed at age 41", "aged 11"."""
    return _AGE_BEFORE.search(text, max(0, quantity.start - 20), quantity.start) is not None
