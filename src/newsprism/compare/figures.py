"""Figure conflicts: different numbers for the same count across outlets.

Two figures count the same thing when they share the event verb (killed, wounded...), the class
of what is counted (people, civilians, military...), the owner ("on the Armenian side") and the
year the sentence speaks of. The year is the one written nearest the figure, unless a dated day
is nearer; a sentence naming no time continues the year of the previous sentence of its
paragraph. An owner that is the story's home country (the one country every article names) is
dropped: "12 Thai boys" in a story set in Thailand are "the 12 boys". Within such a count,
figures that agree (an exact 4,980 and "nearly 5,000"; "at least 100" and "over 100") form one
variant. The rest is classified:

- contradiction: exact figures that differ, or a bound the other figure breaks (874 vs 897);
- spread: compatible values — a lower bound and a figure above it ("more than 700" and 897),
  overlapping ranges, or a figure that moved between reports published on different days the
  way such a count moves (a toll grows; the people missing or trapped go up and down).

Lengths are compared too, converted to metres, when the text says what they measure: a depth, an
altitude, a height, a fall ("plunged 10,000 feet"), a section of a structure ("an 80-metre
section", "200 metres of the viaduct") or a distance from a named place ("40 miles southwest of
Kelby"); figures given in different units agree within rounding (260 ft and 80 m).

Durations are compared, converted to hours, when the text says what lasted: "an 18-day
ordeal", "the outage lasted six hours", "trapped for two weeks", "17 days after they got
trapped", "served 27 years on the court". Ages are compared for an aircraft, a vessel or a
bridge ("a 27-year-old Boeing") and for the span of a group ("the boys, aged 11-16"), never for
people one by one. A count's noun is taken in the plural ("one man" and "two men" arrested).
Counts of a nationality ("37 Azerbaijanis", "42 Azerbaijani citizens") are keyed by
the country; the figures of a breakdown listing several nationalities count the same group
whatever its verb.

Vague amounts ("dozens", "hundreds") and increments ("26 more") never make a conflict: they do
not state the figure.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from newsprism.compare.dates import is_range
from newsprism.compare.entities import fold_name
from newsprism.model import Conflict, ConflictSeverity, Quantity, ReadArticle, Span, Variant
from newsprism.read.gazetteer import country_name, country_of_demonym
from newsprism.read.numbers import parse_number_words

APPROXIMATE_TOLERANCE = 0.1
STATED = "stated in "
EPOCH_DAYS = 2
_VAGUE = re.compile(
    r"\b(?:dozens|scores|hundreds|thousands|millions|several|(?<!as )many|few)\b", re.I
)
_INCREMENT_AFTER = re.compile(r"[\w.,-]*\s+(?:more|additional|further|new|extra)\b", re.I)
_INCREMENT_BEFORE = re.compile(
    r"\b(?:another|an additional|a further|the (?:first|last|remaining|final)"
    r"|(?:a|the)\s+(?:majority|minority)\s+of)\s+$",
    re.I,
)
# "by seven votes to two", "won 3 to 1": a split between two sides, not a count of one
_SPLIT_AFTER = re.compile(
    r"[\w.,-]+\s+(?:votes?\s+)?to\s+(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\b",
    re.I,
)
# "four of the boys" is a part of a group; "179 of the 181 people" is the count itself
_PARTITIVE = re.compile(r"[\w.,-]+\s+of\s+(?:the|them|those|these|whom)\b(?!\s+\d)", re.I)
# "Of the dead, 145", "among the passengers, 12"; not "the worst of the devastation, 6,000"
_PARTITIVE_BEFORE = re.compile(
    r"\b(?:of|among)\s+the\s+(?:dead|injured|wounded|missing|\w+s),?\s+$", re.I
)
_AGE_BEFORE = re.compile(r"\b(?:aged?|at\s+the\s+age\s+of)\s+$", re.I)
_RICHTER = re.compile(r"\bRichter\b", re.I)
_AFTERSHOCK = re.compile(r"\baftershocks?\b", re.I)
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
# a sentence speaking of the present does not continue an earlier year
_PRESENT = re.compile(
    r"\b(?:currently|now|today|so\s+far|to\s+date|at\s+present|presently|still)\b", re.I
)
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
_CLASS_OF = {word: name for name, words in _COUNT_CLASSES.items() for word in words}
_METRES_PER = {"m": 1.0, "km": 1000.0, "ft": 0.3048, "miles": 1609.344, "nautical miles": 1852.0}
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


@dataclass(frozen=True, slots=True)
class _Figure:
    reading: ReadArticle
    quantity: Quantity
    sentence: Span
    day: date | None  # the day the sentence speaks of, when it names one

    @property
    def scale(self) -> float:
        """Metres per unit for a length, hours per unit for a duration, else 1."""
        unit = self.quantity.unit or ""
        return _METRES_PER.get(unit, _HOURS_PER.get(unit, 1.0))

    @property
    def value(self) -> float | None:
        q = self.quantity
        return None if q.value is None else q.value * self.scale

    @property
    def low(self) -> float:
        q, value = self.quantity, self.value
        if value is not None and q.qualifier == "approximately":
            return value * (1 - APPROXIMATE_TOLERANCE)
        if value is not None and q.qualifier in ("exact", "at-least", "more-than"):
            return value
        return q.low * self.scale if q.low is not None else 0.0

    @property
    def high(self) -> float:
        q, value = self.quantity, self.value
        if value is not None and q.qualifier == "approximately":
            return value * (1 + APPROXIMATE_TOLERANCE)
        if value is not None and q.qualifier in ("exact", "at-most", "less-than", "up-to"):
            return value
        return q.high * self.scale if q.high is not None else float("inf")

    @property
    def published(self) -> date | None:
        return self.reading.published

    @property
    def label(self) -> str:
        return self.quantity.text


def count_class(counts: str | None, surface: str = "") -> str | None:
    """The class of a counted noun phrase: "Armenia-backed soldiers" → "military". The
    quantity's ``surface`` is searched too, so "six crew members" counts crew."""
    head = (counts or "").lower().split()
    for word in [*reversed(head), *reversed(surface.lower().split())]:
        if word in _CLASS_OF:
            return _CLASS_OF[word]
    return head[-1] if head else None


def _owner_key(owner: str | None) -> str:
    if not owner:
        return ""
    word = owner.split("-")[0].strip()
    return fold_name(country_of_demonym(word) or word)


def _year_context(sentence: Span, published: date | None, near: int | None = None) -> str:
    """The years the sentence speaks of, other than the year of publication; with ``near`` (a
    text offset), only the year written nearest it: in "grounded in 2019 after a crash that
    killed 189 people in 2018" the 189 belongs to 2018."""
    found = _written_years(sentence, published)
    if near is not None and found:
        return min(found, key=lambda f: (abs(f[1] - near), f[1]))[0]
    return ",".join(sorted({year for year, _ in found}))


def _written_years(sentence: Span, published: date | None) -> list[tuple[str, int]]:
    """The years written in the sentence other than the year of publication, with offsets."""
    return [
        (m.group(), sentence.start + m.start())
        for m in _YEAR.finditer(sentence.text)
        if published is None or int(m.group()) != published.year
    ]


def _years(reading: ReadArticle, quantity: Quantity, sentence: Span) -> str:
    """The year a figure speaks of: the year written nearest it (see :func:`_year_context`),
    unless a dated day is written nearer ("300 killed since Aug. 27 ... since a war in 1994").
    A sentence that names no time of its own and does not speak of the present continues the
    previous sentence of its paragraph: in "In June 2009, a quake struck Velmar. The quake
    killed 300 people." the 300 belong to 2009."""
    published = reading.published
    years = _year_context(sentence, published, quantity.start)
    days = [
        t
        for t in reading.timerefs
        if sentence.start <= t.start < sentence.end and t.resolved and not is_range(t)
    ]
    if years and days:
        distance = min(abs(at - quantity.start) for _, at in _written_years(sentence, published))
        day = min(days, key=lambda t: abs(t.start - quantity.start))
        if abs(day.start - quantity.start) < distance:
            return _year_context(day, published)
    if years or _PRESENT.search(sentence.text):
        return years
    if any(sentence.start <= t.start < sentence.end for t in reading.timerefs):
        return years
    previous = _previous_in_paragraph(reading, sentence)
    return "" if previous is None else _year_context(previous, published)


def _previous_in_paragraph(reading: ReadArticle, sentence: Span) -> Span | None:
    before = [s for s in reading.sentences if s.end <= sentence.start]
    if not before:
        return None
    previous = before[-1]
    if "\n" in reading.article.text[previous.end : sentence.start]:
        return None
    return previous


def figure_key(reading: ReadArticle, quantity: Quantity, sentence: Span) -> tuple[str, ...] | None:
    """What a quantity counts, as a comparable key; None when it is not a comparable count.

    Counts need an event verb; the one measure compared is an earthquake's magnitude
    ("magnitude 6.8", "7 degrees on the Richter scale"), outside sentences on aftershocks."""
    if quantity.value is None and quantity.low is None and quantity.high is None:
        return None
    if _is_magnitude(quantity, sentence):
        years = _years(reading, quantity, sentence)
        return ("measured", "magnitude", "", years)
    if quantity.unit or not quantity.verb:
        return None
    if _VAGUE.search(quantity.text) or _is_increment(reading.article.text, quantity):
        return None
    if _AGE_BEFORE.search(reading.article.text, max(0, quantity.start - 20), quantity.start):
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
        _owner_key(quantity.owner),
        _years(reading, quantity, sentence),
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


def _is_increment(text: str, quantity: Quantity) -> bool:
    """ "26 more soldiers", "another 12", "the last four", "four of the boys", "a majority of
    seven judges": a part of or an addition to a total, not the total; "seven votes to two":
    one side of a split."""
    return bool(
        _INCREMENT_AFTER.match(text, quantity.start)
        or _SPLIT_AFTER.match(text, quantity.start)
        or _INCREMENT_BEFORE.search(text[max(0, quantity.start - 20) : quantity.start])
        or _PARTITIVE.match(text, quantity.start)
        or _PARTITIVE_BEFORE.search(text[max(0, quantity.start - 30) : quantity.start])
    )


def _event_day(reading: ReadArticle, sentence: Span) -> date | None:
    for ref in reading.timerefs:
        if sentence.start <= ref.start < sentence.end and ref.resolved and not is_range(ref):
            return ref.resolved
    return None


def _epochs(figures: list[_Figure]) -> dict[str, list[_Figure]]:
    """Split figures by the days their sentences speak of: a toll of last Sunday's quake is not
    comparable with one of Friday's. Undated figures join the only epoch, or are left out when
    there are several (they could belong to any)."""
    days = sorted({f.day for f in figures if f.day is not None})
    starts: list[date] = []
    for day in days:
        if not starts or (day - starts[-1]).days > EPOCH_DAYS:
            starts.append(day)
    if len(starts) <= 1:
        return {"": figures}
    epochs: dict[str, list[_Figure]] = {}
    for figure in figures:
        when = figure.day or _undated_day(figure, starts)
        if when is not None:
            start = max(s for s in starts if s <= when)
            epochs.setdefault(start.isoformat(), []).append(figure)
    return epochs


def _undated_day(figure: _Figure, starts: Sequence[date]) -> date | None:
    """The day an undated figure is taken to speak of: its article's publication day, so it
    joins the epoch under way then; none when the article predates every epoch."""
    published = figure.published
    if published is None or published < starts[0]:
        return None
    return published


def _converted(a: _Figure, b: _Figure) -> bool:
    """Lengths given in two different units: one was converted and rounded."""
    units = {a.quantity.unit, b.quantity.unit}
    return len(units) == 2 and units <= _METRES_PER.keys()


def _compatible(a: _Figure, b: _Figure) -> bool:
    slack = 1 + APPROXIMATE_TOLERANCE if _converted(a, b) else 1.0
    return a.low <= b.high * slack and b.low <= a.high * slack


def _same(x: float, y: float, rounded: bool) -> bool:
    if not rounded:
        return x == y
    return abs(x - y) <= APPROXIMATE_TOLERANCE / 2 * max(abs(x), abs(y))


def _agree(a: _Figure, b: _Figure) -> bool:
    """Same reported figure: equal values ("38" and "at least 38" too), or an approximate
    figure and one close to it; lengths in two units are equal within rounding."""
    qa, qb = a.quantity, b.quantity
    va, vb = a.value, b.value
    if va is None or vb is None:
        return (a.low, a.high) == (b.low, b.high)
    rounded = _converted(a, b)
    qualifiers = {qa.qualifier, qb.qualifier}
    if _same(va, vb, rounded) and qualifiers <= {"exact", "at-least", "at-most", "up-to"}:
        return True
    if _same(va, vb, rounded) and (qualifiers <= _LOWER_BOUNDS or qualifiers <= _UPPER_BOUNDS):
        return True  # "at least 1,000" and "over 1,000": one bound, worded two ways
    if qualifiers == {"approximately"}:
        return _same(va, vb, rounded)  # "some 1,000" and "around 1,100" are two estimates
    if "approximately" in qualifiers and qualifiers <= {"approximately", "exact"}:
        return _compatible(a, b)
    return qa.qualifier == qb.qualifier and _same(va, vb, rounded)


_LOWER_BOUNDS = frozenset({"at-least", "more-than"})
_UPPER_BOUNDS = frozenset({"at-most", "less-than", "up-to"})


def _updated_between_reports(a: _Figure, b: _Figure) -> bool:
    """Whether the later report's figure moved the way such a count moves over days: a toll
    grows; the number of people missing or trapped rises as reports come in, then falls as
    they are found."""
    if a.published is None or b.published is None or a.published == b.published:
        return False
    if (a.quantity.verb or "") in _EITHER_WAY:
        return True
    early, late = (a, b) if a.published < b.published else (b, a)
    return late.low >= early.low


# counts that move either way as time passes: people are reported missing, then found
_EITHER_WAY = frozenset({"missing", "trapped", "unaccounted"})


def _describe(key: tuple[str, ...]) -> str:
    verb, kind, owner, years, epoch = key
    if verb.startswith(STATED):
        return f"{kind} in one statement ({verb.removeprefix(STATED)})"
    if verb == "lasted":
        subject = f"duration ({kind})"
    elif verb == "aged":
        subject = f"age ({kind})"
    elif verb == "nationals":
        subject = f"{kind} nationals" + (f" {owner}" if owner else "")
        owner = ""
    else:
        subject = f"{kind} {verb}"
    if owner:
        subject += f" ({owner.title()})"
    if years or epoch:
        subject += f" [{epoch or years}]"
    return subject


def statement_key(
    reading: ReadArticle, quantity: Quantity, sentence: Span, fact_id: str | None
) -> tuple[str, ...] | None:
    """A key for a figure with no event verb ("212 people on board", "a 3.5 magnitude"),
    compared only with the figures of the same aligned statement (fact) of other articles."""
    if fact_id is None or quantity.value is None:
        return None
    if _VAGUE.search(quantity.text) or _is_increment(reading.article.text, quantity):
        return None
    if _AGE_BEFORE.search(reading.article.text, max(0, quantity.start - 20), quantity.start):
        return None
    kind = count_class(quantity.counts, quantity.text) or quantity.unit
    if kind is None:
        return None
    return (f"{STATED}{fact_id}", kind, "", "")


def _one_per_article(figures: list[_Figure]) -> list[_Figure]:
    """Keep the figures of articles that state one such figure in the statement: with two
    ("$209 billion in assets and $175.4 billion in deposits") it is unclear which to compare."""
    counts = Counter(f.reading.id for f in figures)
    return [f for f in figures if counts[f.reading.id] == 1]


_DISTRIBUTIVE = re.compile(r"\b(?:each|every|per|apiece)\b", re.I)
# "62 passengers and crew", "four countries neighbouring it": not the group the noun names
_JOINED_AFTER = re.compile(r"\s+and\s+(?:the\s+|their\s+|its\s+)?(?:crews?|staff)\b", re.I)
_NARROWED_AFTER = re.compile(r"\s+(?!including\b)[a-z]+ing\b")
_EARLIER = re.compile(r"\b(?:at\s+that\s+time|at\s+the\s+time|back\s+then|by\s+then)\b", re.I)
_MODIFIER = re.compile(r"[a-z]+(?:-[a-z]+)*")
_NUMBER_NOUNS = frozenset({"dozen", "score", "hundred", "thousand", "million", "billion"})
_SET_APART = frozenset({"other", "another", "only", "remaining"})
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
    elif len(head) < 4 or head in _GENERIC_NOUNS or head in _CLASS_OF:
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
    if _VAGUE.search(quantity.text) or _is_increment(text, quantity):
        return None
    if _AGE_BEFORE.search(text, max(0, quantity.start - 20), quantity.start):
        return None
    if _DISTRIBUTIVE.search(text, quantity.end, min(len(text), quantity.end + 40)):
        return None  # "two divers accompanying each boy": a rate, not the group's size
    years = _years(reading, quantity, sentence)
    return ("counted", head, _owner_key(quantity.owner), years)


def _join_named_modifiers(by_key: dict[tuple[str, ...], list[_Figure]]) -> None:
    """Move the figures of a modified group ("43,538 trial participants") into the plain group
    ("participants") when a sentence of another article counting the plain group names the
    modifier as well ("the trial enrolled 43,538 participants"): both count the trial's
    participants. "other" always sets a group apart ("two other women")."""
    for key in sorted(k for k in by_key if k[0] == "counted" and " " in k[1]):
        *modifiers, head = key[1].split()
        plain = (key[0], head, *key[2:])
        if plain not in by_key or any(m.lower() in _SET_APART for m in modifiers):
            continue
        words = [re.compile(rf"\b{re.escape(m)}\b", re.I) for m in modifiers]
        articles = {f.reading.id for f in by_key[key]}
        if any(
            f.reading.id not in articles and all(w.search(f.sentence.text) for w in words)
            for f in by_key[plain]
        ):
            by_key[plain].extend(by_key.pop(key))


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


def measure_key(reading: ReadArticle, quantity: Quantity, sentence: Span) -> tuple[str, ...] | None:
    """A key for a length that says what it measures: "at a depth of 8 km" (depth), "climbed
    to 600 feet" (altitude), "plunged 3,000 m" (fall), "a 50-metre high span" (height), "an
    80-metre section" (section), "40 miles southwest of Kelby" (distance from Kelby)."""
    if quantity.unit not in _METRES_PER or quantity.qualifier == "range":
        return None
    if _VAGUE.search(quantity.text) or _is_increment(reading.article.text, quantity):
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
    years = _years(reading, quantity, sentence)
    return ("measured", what, "", years)


def _is_part_length(text: str, quantity: Quantity) -> bool:
    """Whether a length is that of a part of a structure (see ``_PART_AFTER``)."""
    if (quantity.counts or "").lower() in _PARTS or _PART_AFTER.match(text, quantity.end):
        return True
    return bool(
        _OF_STRUCTURE_AFTER.match(text, quantity.end)
        and not _NEAR_BEFORE.search(text, max(0, quantity.start - 10), quantity.start)
    )


_HOURS_PER = {
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
    if quantity.unit not in _HOURS_PER or quantity.qualifier == "range":
        return None
    text = reading.article.text
    if _VAGUE.search(quantity.text) or _PER_AFTER.match(text, quantity.end):
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
    years = _years(reading, quantity, sentence)
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


# "42 Azerbaijani citizens", "16 Russian nationals"
_NATIONAL_NOUNS = frozenset({"citizens", "nationals"})


def nationality_key(
    reading: ReadArticle, quantity: Quantity, sentence: Span, listed: int
) -> tuple[str, ...] | None:
    """A key for a count of one nationality ("37 Azerbaijanis", "42 Azerbaijani citizens"),
    keyed by the country. In a breakdown (``listed``: the sentence counts two nationalities
    or more) the figures share one group whatever the verb; alone, an event verb keeps apart
    the killed and the wounded."""
    country = _nationality(quantity)
    if country is None or quantity.value is None or quantity.qualifier == "range":
        return None
    if _VAGUE.search(quantity.text) or _is_increment(reading.article.text, quantity):
        return None
    verb = quantity.verb if listed < 2 and quantity.verb in _EVENT_VERBS else ""
    years = _years(reading, quantity, sentence)
    return ("nationals", country, verb or "", years)


def _nationality(quantity: Quantity) -> str | None:
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


def _at_home(key: tuple[str, ...], home: str) -> tuple[str, ...]:
    """A count owned by the story's home country counts the group it names: "12 Thai boys" in
    a story set in Thailand are "the 12 boys"."""
    if not home or key[2] != home or key[0] in ("nationals", "measured", "lasted", "aged"):
        return key
    return (key[0], key[1], "", *key[3:])


def figure_conflicts(
    readings: Sequence[ReadArticle], fact_of: Mapping[tuple[str, int], str] | None = None
) -> list[Conflict]:
    """Conflicts between figures for the same count in different articles.

    ``fact_of`` maps (article id, sentence start) to the id of the fact the sentence supports
    (facts of two or more articles only); figures with no event verb are compared within it."""
    by_key: dict[tuple[str, ...], list[_Figure]] = defaultdict(list)
    home = home_country(readings)
    for reading in readings:
        listed = Counter(q.sentence for q in reading.quantities if _nationality(q) is not None)
        for quantity in reading.quantities:
            sentence = reading.sentence_evidence(quantity.start, quantity.end)
            if reading.article.role_at(quantity.start) != "body":
                continue
            key = (
                nationality_key(reading, quantity, sentence, listed[quantity.sentence])
                or duration_key(reading, quantity, sentence)
                or age_key(reading, quantity, sentence)
                or figure_key(reading, quantity, sentence)
                or group_key(reading, quantity, sentence)
                or measure_key(reading, quantity, sentence)
            )
            if key is None and fact_of:
                fact_id = fact_of.get((reading.id, sentence.start))
                key = statement_key(reading, quantity, sentence, fact_id)
            if key is not None:
                by_key[_at_home(key, home)].append(
                    _Figure(reading, quantity, sentence, _event_day(reading, sentence))
                )

    for key in [k for k in by_key if k[0].startswith(STATED)]:
        by_key[key] = _one_per_article(by_key[key])
    _join_named_modifiers(by_key)
    conflicts = []
    by_epoch = {
        (*base, epoch): members
        for base, group in by_key.items()
        for epoch, members in _epochs(group).items()
    }
    for key in sorted(by_epoch):
        figures = by_epoch[key]
        if len({f.reading.id for f in figures}) < 2:
            continue
        variants = _variants(figures)
        if len(variants) < 2:
            continue
        severity, reason = _classify(variants)
        conflicts.append((key, variants, severity, reason))
    return [
        Conflict(
            id="",
            kind="figure",
            subject=_describe(key),
            explanation=_explain(_describe(key), variants, severity, reason),
            variants=tuple(_variant(v) for v in variants),
            severity=severity,
        )
        for key, variants, severity, reason in conflicts
    ]


def _variants(figures: Sequence[_Figure]) -> list[list[_Figure]]:
    groups: list[list[_Figure]] = []
    ordered = sorted(figures, key=lambda f: (f.value or f.low, f.reading.id, f.quantity.start))
    for figure in ordered:
        for group in groups:
            if _agree(group[0], figure):
                group.append(figure)
                break
        else:
            groups.append([figure])
    return groups


def _classify(variants: Sequence[list[_Figure]]) -> tuple[ConflictSeverity, str]:
    reasons = set()
    for i, left in enumerate(variants):
        for right in variants[i + 1 :]:
            a, b = left[0], right[0]
            if not _compatible(a, b):
                if _updated_between_reports(a, b):
                    reasons.add("the figure changed between reports published on different days")
                    continue
                return "contradiction", "the figures cannot both be right"
            reasons.add("the values are compatible (a bound and a figure within it)")
    return "spread", "; ".join(sorted(reasons))


def _variant(figures: Sequence[_Figure]) -> Variant:
    articles = tuple(sorted({f.reading.id for f in figures}))
    evidence = tuple(sorted({f.sentence for f in figures}, key=lambda s: (s.article_id, s.start)))
    return Variant(value=figures[0].label, articles=articles, evidence=evidence)


def _explain(
    subject: str, variants: Sequence[list[_Figure]], severity: ConflictSeverity, reason: str
) -> str:
    parts = [f"{v[0].label} ({', '.join(sorted({f.reading.source for f in v}))})" for v in variants]
    if severity == "contradiction":
        return f"Outlets give different figures for {subject}: {' vs '.join(parts)}; {reason}."
    return f"Figures for {subject} differ but are compatible: {' vs '.join(parts)}; {reason}."
