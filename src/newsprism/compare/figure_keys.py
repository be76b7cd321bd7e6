"""What a figure counts: keys for counted events, nationalities and aligned statements.

Two figures count the same thing when they share the event verb (killed, wounded...), the class
of what is counted (people, civilians, military...), the owner ("on the Armenian side") and the
year the sentence speaks of (:mod:`newsprism.compare.figure_years`). An owner that is the story's
home country (the one country every article names) is dropped: "12 Thai boys" in a story set in
Thailand are "the 12 boys". A count's noun is taken in the plural ("one man" and "two men"
arrested). Counts of a nationality ("37 Azerbaijanis", "42 Azerbaijani citizens") are keyed by
the country; the figures of a breakdown listing several nationalities count the same group
whatever its verb. An earthquake's magnitude is keyed here too. A figure with no event verb is
keyed by the aligned statement it is in, or by its group (:mod:`newsprism.compare.figure_groups`).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from newsprism.compare.entities import fold_name
from newsprism.compare.figure_filters import follows_age, is_increment, is_vague
from newsprism.compare.figure_years import figure_year
from newsprism.model import Quantity, ReadArticle, Span
from newsprism.read.gazetteer import country_name, country_of_demonym

STATED = "stated in "
_RICHTER = re.compile(r"\bRichter\b", re.I)
_AFTERSHOCK = re.compile(r"\baftershocks?\b", re.I)
_COUNT_CLASSES = {
    "military": {
        "soldiers",
        "soldier",
        "fighters",
        "fighter",
        "troops",
        "servicemen",
        "service members",
        "militants",
        "combatants",
        "personnel",
        "military",
    },
    "people": {"people", "persons", "lives", "deaths", "dead", "victims", "individuals"},
    "civilians": {"civilians", "civilian", "residents", "inhabitants"},
    "children": {"children", "child", "kids", "minors"},
    "crew": {"crew", "crewmembers", "crews"},
    "survivors": {"survivors", "survivor"},
}
# Counts whose noun is not read ("has risen to 1,037", "80 dead") count people.
_PEOPLE_VERBS = frozenset({"killed", "wounded", "missing", "displaced", "survived", "casualties"})
# Verbs that name what happened to the counted; others ("on board", "fanned out", "were on
# duty") only say where a group was, so a count of a named group is keyed by its noun alone.
_EVENT_VERBS = _PEOPLE_VERBS | {"arrested", "rescued", "evacuated"}
CLASS_OF = {word: name for name, words in _COUNT_CLASSES.items() for word in words}


def count_class(counts: str | None, surface: str = "") -> str | None:
    """The class of a counted noun phrase: "Armenia-backed soldiers" → "military". The
    quantity's ``surface`` is searched too, so "six crew members" counts crew."""
    head = (counts or "").lower().split()
    for word in [*reversed(head), *reversed(surface.lower().split())]:
        if word in CLASS_OF:
            return CLASS_OF[word]
    return head[-1] if head else None


def owner_key(owner: str | None) -> str:
    """The folded country (or other owner) a count belongs to: "Armenian" and "Armenia-backed"
    both give Armenia's; "" when none is named."""
    if not owner:
        return ""
    word = owner.split("-")[0].strip()
    return fold_name(country_of_demonym(word) or word)


def figure_key(reading: ReadArticle, quantity: Quantity, sentence: Span) -> tuple[str, ...] | None:
    """What a quantity counts, as a comparable key; None when it is not a comparable count.

    Counts need an event verb; the one measure compared is an earthquake's magnitude
    ("magnitude 6.8", "7 degrees on the Richter scale"), outside sentences on aftershocks."""
    if quantity.value is None and quantity.low is None and quantity.high is None:
        return None
    if _is_magnitude(quantity, sentence):
        years = figure_year(reading, quantity, sentence)
        return ("measured", "magnitude", "", years)
    if quantity.unit or not quantity.verb:
        return None
    if is_vague(quantity) or is_increment(reading.article.text, quantity):
        return None
    if follows_age(reading.article.text, quantity):
        return None  # "killed at age 41"
    kind = count_class(quantity.counts, quantity.text)
    if kind is None and quantity.verb in _PEOPLE_VERBS and (quantity.value or 0) >= 2:
        kind = "people"  # "the toll rose to 1,037"; a bare "1" is too often stray
    if kind is None:
        return None
    if quantity.verb not in _EVENT_VERBS and kind not in _COUNT_CLASSES:
        return None  # "62 passengers on board", "1,000 officers fanned out": see group_key
    if quantity.verb not in _EVENT_VERBS and kind == "crew":
        return None  # "six crew members on board" is the crew of "a crew of six": group_key
    return (
        quantity.verb,
        _plural(kind) if quantity.value == 1 and kind not in _COUNT_CLASSES else kind,
        owner_key(quantity.owner),
        figure_year(reading, quantity, sentence),
    )


def _plural(noun: str) -> str:
    """The plural of the noun counted by "one", so that "one man arrested" counts the "two men
    arrested"."""
    low = noun.lower()
    if low in _IRREGULAR_PLURALS:
        return _IRREGULAR_PLURALS[low]
    return low if low.endswith("s") or low in _IRREGULAR_PLURALS.values() else low + "s"


# "one person" is not folded: "people" is a class of its own, counted by other outlets' totals
_IRREGULAR_PLURALS = {"man": "men", "woman": "women"}


def _is_magnitude(quantity: Quantity, sentence: Span) -> bool:
    if _AFTERSHOCK.search(sentence.text):
        return False
    return quantity.unit == "magnitude" or (
        quantity.unit == "degrees" and _RICHTER.search(sentence.text) is not None
    )


def statement_key(
    reading: ReadArticle, quantity: Quantity, sentence: Span, fact_id: str | None
) -> tuple[str, ...] | None:
    """A key for a figure with no event verb ("212 people on board", "a 3.5 magnitude"),
    compared only with the figures of the same aligned statement (fact) of other articles."""
    if fact_id is None or quantity.value is None:
        return None
    if is_vague(quantity) or is_increment(reading.article.text, quantity):
        return None
    if follows_age(reading.article.text, quantity):
        return None
    kind = count_class(quantity.counts, quantity.text) or quantity.unit
    if kind is None:
        return None
    return (f"{STATED}{fact_id}", kind, "", "")


# "42 Azerbaijani citizens", "16 Russian nationals"
_NATIONAL_NOUNS = frozenset({"citizens", "nationals"})


def nationality_key(
    reading: ReadArticle, quantity: Quantity, sentence: Span, listed: int
) -> tuple[str, ...] | None:
    """A key for a count of one nationality ("37 Azerbaijanis", "42 Azerbaijani citizens"),
    keyed by the country. In a breakdown (``listed``: the sentence counts two nationalities
    or more) the figures share one group whatever the verb; alone, an event verb keeps apart
    the killed and the wounded."""
    country = nationality(quantity)
    if country is None or quantity.value is None or quantity.qualifier == "range":
        return None
    if is_vague(quantity) or is_increment(reading.article.text, quantity):
        return None
    verb = quantity.verb if listed < 2 and quantity.verb in _EVENT_VERBS else ""
    years = figure_year(reading, quantity, sentence)
    return ("nationals", country, verb or "", years)


def nationality(quantity: Quantity) -> str | None:
    """The country whose people a quantity counts ("37 Azerbaijanis", "42 Azerbaijani
    citizens"), or None."""
    counts = (quantity.counts or "").split()
    if not counts or quantity.unit:
        return None
    head = counts[-1]
    if head[:1].isupper() and len(counts) == 1:
        country = country_of_demonym(head)  # "37 Azerbaijanis"
    elif head.lower() in _NATIONAL_NOUNS and quantity.owner and quantity.owner in quantity.text:
        country = country_of_demonym(quantity.owner)  # "42 Azerbaijani citizens"
    else:
        return None
    return country or None


def home_country(readings: Sequence[ReadArticle]) -> str:
    """The folded name of the one country every article names (as a place or a nationality),
    or "" when none or several are: the country a story is set in."""
    named: Counter[str] = Counter()
    for reading in readings:
        found = set()
        for mention in reading.mentions:
            if mention.kind == "place":
                country = country_name(mention.name)
            elif mention.kind == "nationality":
                country = country_of_demonym(mention.text)
            else:
                continue
            if country:
                found.add(fold_name(country))
        named.update(found)
    everywhere = [c for c, n in named.items() if n == len(readings)]
    return everywhere[0] if len(readings) >= 2 and len(everywhere) == 1 else ""


def at_home(key: tuple[str, ...], home: str) -> tuple[str, ...]:
    """A count owned by the story's home country counts the group it names: "12 Thai boys" in
    a story set in Thailand are "the 12 boys"."""
    if not home or key[2] != home or key[0] in ("nationals", "measured", "lasted", "aged"):
        return key
    return (key[0], key[1], "", *key[3:])
