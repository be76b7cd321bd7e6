"""What a measured quantity measures: keys for lengths, durations and ages, and their units.

Lengths are compared, converted to metres (``METRES_PER``), when the text says what they
measure: a depth, an altitude, a height, a fall ("plunged 10,000 feet"), a section of a structure
("an 80-metre section", "200 metres of the viaduct") or a distance from a named place ("40 miles
southwest of Kelby").

Durations are compared, converted to hours (``HOURS_PER``), when the text says what lasted: "an
18-day ordeal", "the outage lasted six hours", "trapped for two weeks", "17 days after they got
trapped", "served 27 years on the court".

Ages are compared for an aircraft, a vessel or a bridge ("a 27-year-old Boeing") and for the span
of a group ("the boys, aged 11-16"), never for people one by one.
"""

from __future__ import annotations

import re

from newsprism.compare.entities import fold_name
from newsprism.compare.figure_filters import is_increment, is_vague
from newsprism.compare.figure_years import figure_year
from newsprism.model import Quantity, ReadArticle, Span

METRES_PER = {"m": 1.0, "km": 1000.0, "ft": 0.3048, "miles": 1609.344, "nautical miles": 1852.0}
# what a length measures, from the words right before it ("at a depth of", "climbed to",
# "plunged") or after it ("50 metres high", "40 miles southwest of Kelby")
_MEASURE_BEFORE = re.compile(
    r"\b(?:(?P<noun>depth|altitude|height|elevation)\s+of"
    r"|(?P<climb>climb(?:ed|ing|s)?\s+to)"
    r"|(?P<fall>fell|falls?|falling|plunged?|plunging|plummet(?:ed|ing|s)?|dropped|dropping|lost))"
    r"\s+$",
    re.I,
)
_MEASURE_AFTER = re.compile(r"[ -]?(?P<adjective>high|tall|deep)\b", re.I)
_DISTANCE_AFTER = re.compile(
    r"\s*(?:\([^()]{0,30}\)\s*)?(?:(?:north|south|east|west)[a-z-]*\s+)?(?:of|from)\s+"
    r"(?:the\s+)?(?P<place>[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)*)"
)
# the length of a part of a structure: "a 260ft section", "the 80-metre long collapsed section",
# "more than 200 metres (650 feet) of the viaduct"; not "within 200 metres of the bridge"
_PARTS = frozenset({"section", "stretch", "span", "portion", "segment"})
_PART_AFTER = re.compile(
    r"(?:[ -]long)?(?:\s+[a-z]+)?\s+(?:section|stretch|span|portion|segment)\b", re.I
)
_OF_STRUCTURE_AFTER = re.compile(
    r"\s*(?:\([^()]{0,30}\)\s*)?of\s+the\s+(?:bridge|viaduct|motorway|highway|road|railway"
    r"|dam|wall|tunnel|runway)\b",
    re.I,
)
_NEAR_BEFORE = re.compile(r"\b(?:within|inside|from|of)\s+$", re.I)
_APPOSED_PLACE = re.compile(r"\b(?P<place>[A-Z][\w'-]+),\s+$")
_ADJECTIVE_NOUN = {"high": "height", "tall": "height", "deep": "depth"}


def measure_key(reading: ReadArticle, quantity: Quantity, sentence: Span) -> tuple[str, ...] | None:
    """A key for a length that says what it measures: "at a depth of 8 km" (depth), "climbed
    to 600 feet" (altitude), "plunged 3,000 m" (fall), "a 50-metre high span" (height), "an
    80-metre section" (section), "40 miles southwest of Kelby" (distance from Kelby)."""
    if quantity.unit not in METRES_PER or quantity.qualifier == "range":
        return None
    if is_vague(quantity) or is_increment(reading.article.text, quantity):
        return None
    text = reading.article.text
    before = _MEASURE_BEFORE.search(text, max(0, quantity.start - 30), quantity.start)
    after = _MEASURE_AFTER.match(text, quantity.end)
    distance = _DISTANCE_AFTER.match(text, quantity.end)
    if before is not None and before.group("noun"):
        what = before.group("noun").lower()
    elif before is not None and before.group("climb"):
        what = "altitude"
    elif before is not None:
        what = "fall"
    elif after is not None:
        what = _ADJECTIVE_NOUN[after.group("adjective").lower()]
    elif _is_part_length(text, quantity):
        what = "section"
    elif distance is not None:
        what = "distance from " + fold_name(distance.group("place"))
        named = _APPOSED_PLACE.search(text, max(0, quantity.start - 40), quantity.start)
        if named is not None:  # "Tarvo, some 60 km south of Kelby" locates Tarvo
            what += " to " + fold_name(named.group("place"))
    else:
        return None
    years = figure_year(reading, quantity, sentence)
    return ("measured", what, "", years)


def _is_part_length(text: str, quantity: Quantity) -> bool:
    """Whether a length is that of a part of a structure (see ``_PART_AFTER``)."""
    if (quantity.counts or "").lower() in _PARTS or _PART_AFTER.match(text, quantity.end):
        return True
    return bool(
        _OF_STRUCTURE_AFTER.match(text, quantity.end)
        and not _NEAR_BEFORE.search(text, max(0, quantity.start - 10), quantity.start)
    )


HOURS_PER = {
    "minutes": 1 / 60,
    "hours": 1.0,
    "days": 24.0,
    "weeks": 168.0,
    "months": 730.5,
    "years": 8766.0,
}
# what lasted, by class: being trapped or held, an outage, a standoff, a search or rescue
_LASTING = {
    "trapped": "trapped stranded ordeal captivity",
    "outage": "outage outages blackout downtime shutdown",
    "standoff": "standoff siege",
    "search": "search rescue",
}
_LASTING_CLASS = {word: name for name, words in _LASTING.items() for word in words.split()}
_LASTING_WORD = "|".join(sorted(_LASTING_CLASS, key=len, reverse=True))
# "an 18-day ordeal", "about six hours of outage", "six hours of global outage"
_LASTING_NOUN_AFTER = re.compile(
    rf"(?:-\w+)?\s*(?:of\s+)?(?:[a-z]+\s+)?(?P<word>{_LASTING_WORD})(?:\s+operations?)?\b", re.I
)
# "the outage lasted for six hours", "a standoff lasting two hours"
_LASTING_VERB_BEFORE = re.compile(
    rf"\b(?P<word>{_LASTING_WORD})(?:\s+(?:operations?|effort))?\s+"
    r"(?:lasted|lasting|went\s+on)(?:\s+for)?\s+$",
    re.I,
)
# "trapped in a flooded cave for two weeks"
_HELD_FOR_BEFORE = re.compile(
    r"\b(?P<word>trapped|stranded|held)\b(?:\s+[\w'-]+){0,5}?\s+for\s+$", re.I
)
# "17 days after they got trapped", "six hours after the outage began"
_LASTING_AFTER = re.compile(
    rf"\s+(?:later\s+)?after\s+(?:[\w'-]+\s+){{0,3}}?(?P<word>{_LASTING_WORD})\b", re.I
)
# "she served 27 years on the court", "served on the court for more than 27 years"
_SERVED_BEFORE = re.compile(r"\bserved\b(?:\s+[\w'’-]+){0,6}?\s+(?:for\s+)?$", re.I)
_PER_AFTER = re.compile(r"\s+(?:a|per|each|every)\s+(?:day|week|hour)\b", re.I)


def duration_key(
    reading: ReadArticle, quantity: Quantity, sentence: Span
) -> tuple[str, ...] | None:
    """A key for a duration that says what lasted: "an 18-day ordeal" (trapped), "the outage
    lasted six hours" (outage), "trapped for two weeks", "17 days after they got trapped",
    "served 27 years on the court" (service)."""
    if quantity.unit not in HOURS_PER or quantity.qualifier == "range":
        return None
    text = reading.article.text
    if is_vague(quantity) or _PER_AFTER.match(text, quantity.end):
        return None
    window = max(0, quantity.start - 60)
    # the surface may end with the noun itself ("18-day ordeal"): search from its number on
    number_end = quantity.start + len(quantity.text.split()[0])
    found = (
        _LASTING_NOUN_AFTER.match(text, number_end)
        or _LASTING_NOUN_AFTER.match(text, quantity.end)
        or _LASTING_VERB_BEFORE.search(text, window, quantity.start)
        or _HELD_FOR_BEFORE.search(text, window, quantity.start)
        or _LASTING_AFTER.match(text, quantity.end)
    )
    if found is not None:
        what = _LASTING_CLASS.get(found.group("word").lower(), "trapped")  # "held" is "trapped"
    elif _SERVED_BEFORE.search(text, window, quantity.start):
        return ("lasted", "service", "", "")  # the years named are its start or end, not its time
    else:
        return None
    years = figure_year(reading, quantity, sentence)
    return ("lasted", what, "", years)


_THINGS = {
    "aircraft": "aircraft plane jet airliner helicopter boeing airbus",
    "vessel": "ship vessel ferry boat",
    "bridge": "bridge viaduct",
}
_THING_CLASS = {word: name for name, words in _THINGS.items() for word in words.split()}
_THING_WORD = "|".join(sorted(_THING_CLASS, key=len, reverse=True))
# "a 27-year-old Boeing 737", "the 26-year-old 737-500 aircraft", "the 50-year-old Morandi bridge"
_THING_AFTER = re.compile(rf"(?:\s+[A-Z0-9][\w.-]*){{0,2}}?\s+(?P<thing>(?i:{_THING_WORD}))\b")
# "the plane was 27 years old"
_THING_BEFORE = re.compile(rf"\b(?P<thing>{_THING_WORD})\s+(?:is|was)\s+$", re.I)
# "the boys, aged 11 to 16", "the victims, who were aged between 20 and 60"
_GROUP_AGED_BEFORE = re.compile(
    r"\b(?P<group>[a-z]{3,}s),?\s+(?:(?:who\s+)?(?:are|were)\s+)?aged\s+$"
)


def age_key(reading: ReadArticle, quantity: Quantity, sentence: Span) -> tuple[str, ...] | None:
    """A key for the age of an aircraft, a vessel or a bridge ("a 27-year-old Boeing 737",
    "the plane was 26 years old"), or the span of ages of a group ("the boys, aged 11-16").
    People's ages are not compared: an article names several people of a similar age."""
    text = reading.article.text
    if quantity.unit == "years old" and quantity.value is not None:
        surface = quantity.text.lower()
        end = quantity.start + surface.rfind("old") + 3 if "old" in surface else quantity.end
        found = _THING_AFTER.match(text, end) or _THING_BEFORE.search(
            text, max(0, quantity.start - 30), quantity.start
        )
        if found is None:
            return None
        return ("aged", _THING_CLASS[found.group("thing").lower()], "", "")
    if quantity.unit is None and quantity.qualifier == "range":
        group = _GROUP_AGED_BEFORE.search(text, max(0, quantity.start - 40), quantity.start)
        if group is not None:
            return ("aged", group.group("group").lower(), "", "")
    return None
