"""Quantities: values, qualifiers, ranges, units, counted nouns, verbs, owners, exclusions."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from newsprism.model import Article, Mention, Quantity, Sentence
from newsprism.read.numbers import parse_number_words, vague_range
from newsprism.read.quantities import find_quantities
from tests.conftest import seed_file

_SPLIT = re.compile(r"[^.\n]+(?:\.(?= |\n|$)|$)")


def _sentences(article: Article) -> tuple[Sentence, ...]:
    """A tiny splitter for these fictional texts: a sentence ends at ". " or a newline."""
    out: list[Sentence] = []
    for m in _SPLIT.finditer(article.text):
        out.append(Sentence(article.id, m.start(), m.end(), m.group(), index=len(out)))
    return tuple(out)


def _article(text: str, published: date | None = None) -> Article:
    return Article(
        id="t1", source="example", text=text, raw=text.encode(), content_hash="h",
        published=published,
    )  # fmt: skip


def _quantities(text: str, mentions: tuple[Mention, ...] = ()) -> tuple[Quantity, ...]:
    article = _article(text)
    return find_quantities(article, _sentences(article), mentions)


def _one(text: str) -> Quantity:
    found = _quantities(text)
    assert len(found) == 1, [q.text for q in found]
    return found[0]


# --- number parsing ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("words", "value"),
    [
        ("twenty-six", 26),
        ("two", 2),
        ("a dozen", 12),
        ("two dozen", 24),
        ("one hundred and five", 105),
        ("three thousand four hundred", 3400),
        ("half a million", 500_000),
        ("a thousand", 1000),
    ],
)
def test_number_words(words: str, value: float) -> None:
    parsed = parse_number_words(words)
    assert parsed is not None
    assert parsed[0] == value
    assert parsed[1] == len(words)


def test_number_words_stop_at_a_word_that_cannot_continue() -> None:
    assert parse_number_words("three four") == (3, 5)
    assert parse_number_words("several") is None


def test_vague_ranges_are_documented_orders_of_magnitude() -> None:
    assert vague_range("dozens") == (24, 99, False)
    assert vague_range("hundreds") == (200, 999, False)
    assert vague_range("thousands") == (2_000, 9_999, False)
    assert vague_range("tens of thousands") == (20_000, 99_999, False)
    assert vague_range("several hundred") == (300, 900, False)
    assert vague_range("a few dozen") == (24, 60, False)
    assert vague_range("a couple of hundred") == (200, 200, True)


# --- values, units, qualifiers ----------------------------------------------------------------


def test_digits_with_commas_decimals_and_scale_words() -> None:
    found = _quantities("The port of Velmora handled 5,000 crates and 2.5 million tonnes of ore.")
    assert [q.value for q in found] == [5000, 2_500_000]
    assert found[1].unit == "t"
    assert (found[1].text, found[1].counts) == ("2.5 million tonnes of ore", "ore")


def test_money_percent_and_magnitude() -> None:
    found = _quantities(
        "The Orvik council approved $3 billion for repairs. Turnout was 90% in the north "
        "and 85 percent in the south. A 3.5 magnitude tremor shook Kessa."
    )
    assert [(q.value, q.unit) for q in found] == [
        (3e9, "$"),
        (90, "%"),
        (85, "%"),
        (3.5, "magnitude"),
    ]


@pytest.mark.parametrize(
    ("phrase", "qualifier"),
    [
        ("nearly", "approximately"),
        ("almost", "approximately"),
        ("about", "approximately"),
        ("some", "approximately"),
        ("an estimated", "approximately"),
        ("close to", "approximately"),
        ("more than", "more-than"),
        ("over", "more-than"),
        ("surpassed", "more-than"),
        ("at least", "at-least"),
        ("up to", "up-to"),
        ("fewer than", "less-than"),
        ("under", "less-than"),
        ("at most", "at-most"),
    ],
)
def test_qualifiers_before_the_number(phrase: str, qualifier: str) -> None:
    q = _one(f"Officials in Dunmere counted {phrase} 400 volunteers.")
    assert q.qualifier == qualifier
    assert q.value == 400
    assert q.text == f"{phrase} 400 volunteers"


def test_qualifier_after_the_number() -> None:
    assert _one("The Tarrow fair drew 300 or more visitors.").qualifier == "at-least"
    assert _one("The Tarrow fair drew 300-plus visitors.").qualifier == "more-than"


def test_number_words_and_vague_amounts() -> None:
    found = _quantities("Twenty-six miners were trapped while dozens of others escaped.")
    assert (found[0].value, found[0].counts) == (26, "miners")
    assert (found[1].low, found[1].high, found[1].qualifier) == (24, 99, "range")
    assert found[1].value is None


@pytest.mark.parametrize(
    ("text", "low", "high", "unit"),
    [
        ("The plan for Brell costs $3-5bn over ten years.", 3e9, 5e9, "$"),
        ("Between 200,000 and 250,000 people fled Lorvan.", 200_000, 250_000, None),
        ("Each crate holds 3 to 5 lamps from Ostra.", 3, 5, None),
        ("Two or three boats left Pellin harbour.", 2, 3, None),
    ],
)
def test_ranges(text: str, low: float, high: float, unit: str | None) -> None:
    q = _quantities(text)[0]
    assert (q.low, q.high, q.qualifier, q.unit) == (low, high, "range", unit)
    assert q.value is None


def test_from_to_is_a_change_not_a_range() -> None:
    found = _quantities("The toll in Haskel rose from 36 to 50 overnight.")
    assert [q.value for q in found] == [36, 50]


# --- exclusions -------------------------------------------------------------------------------


def test_years_dates_times_ordinals_and_paragraphs_are_not_quantities() -> None:
    text = (
        "The Sarn accord of 1994 was signed on Oct. 22, 2020 at 6 p.m. in the 1990s hall. "
        "Its 27th article, from paragraph 13, names the 2020-10-22 session at 09:30 GMT. "
        "The Fennick ferry No. 408 carried 61 sheep."
    )
    found = _quantities(text)
    assert [q.value for q in found] == [61]


def test_identifiers_after_a_name_are_skipped_but_sentence_starts_are_not() -> None:
    found = _quantities("The Skyhawk 737 landed with 140 passengers. Some 20 crew stayed.")
    assert [q.value for q in found] == [140, 20]


def test_a_bare_year_before_a_plural_noun_is_a_count() -> None:
    assert _one("Organisers in Quellan expect more than 2000 runners.").value == 2000


def test_ages() -> None:
    q = _one("A 53-year-old fisherman from Corran was rescued.")
    assert (q.value, q.unit, q.counts) == (53, "years old", "fisherman")


# --- counted noun, verb, owner ----------------------------------------------------------------


def test_counted_noun_verb_and_owner_from_a_nationality_adjective() -> None:
    found = _quantities("Officials said 61 Zarovian civilians have been killed and 282 wounded.")
    assert [(q.value, q.counts, q.verb, q.owner) for q in found] == [
        (61, "civilians", "killed", "Zarovian"),
        (282, "civilians", "wounded", "Zarovian"),
    ]


def test_died_and_dead_normalise_to_killed() -> None:
    assert _one("At least 12 porters died on the Vell pass.").verb == "killed"
    assert _one("The Vell avalanche left 9 dead.").verb == "killed"
    assert _one("Almost 40 herders are missing near Vell.").verb == "missing"


def test_verb_before_the_number() -> None:
    found = _quantities("The storm hit Ardle, killing at least 100 people, injuring thousands.")
    assert [(q.verb, q.counts) for q in found] == [("killed", "people"), ("wounded", "people")]


def test_number_of_noun_verb_to_n_with_side_owner() -> None:
    q = _one("The update brought the number of rangers killed on the Tessarine side to 417.")
    assert (q.value, q.counts, q.verb, q.owner) == (417, "rangers", "killed", "Tessarine")


def test_death_toll_gives_killed() -> None:
    q = _one("Mayor Ilsa Brandt said the death toll in Coveny was nearing 3,000.")
    assert (q.value, q.qualifier, q.verb, q.counts) == (3000, "approximately", "killed", None)


def test_backed_modifier_owner_and_verb_inherited_through_along_with() -> None:
    found = _quantities(
        "Dozens of farmers have died along with more than 300 Dravia-backed militiamen."
    )
    assert found[1].owner == "Dravia"
    assert found[1].counts == "militiamen"
    assert found[1].verb == "killed"
    assert found[1].qualifier == "more-than"


def test_more_of_their_and_relative_clause_verb() -> None:
    q = _one("The Hollin council named 14 more of their wardens who had died.")
    assert (q.value, q.counts, q.verb) == (14, "wardens", "killed")


def test_the_verb_after_an_aside_between_commas() -> None:
    q = _one("Wardens fear all 31 climbers, who could not be reached, perished.")
    assert (q.counts, q.verb) == ("climbers", "killed")
    q = _one("Over 80 people, most of them herders, have been injured in Tulm.")
    assert (q.counts, q.verb) == ("people", "wounded")
    # the aside's own verb is not the count's
    q = _one("Some 12 porters, none of them injured, were evacuated.")
    assert (q.counts, q.verb) == ("porters", "evacuated")


def test_possessive_owner_comes_from_a_preceding_mention() -> None:
    text = "Belmora said 30 of its sailors were hurt."
    article = _article(text)
    mention = Mention("t1", 0, 7, "Belmora", kind="place", name="Belmora")
    q = find_quantities(article, _sentences(article), (mention,))[0]
    assert (q.counts, q.verb, q.owner) == ("sailors", "wounded", "Belmora")


def test_displaced_and_others_inherit_the_noun() -> None:
    found = _quantities("Four guards were killed and 17 others were wounded in Marrow.")
    assert [(q.counts, q.verb) for q in found] == [("guards", "killed"), ("guards", "wounded")]
    q = _one("The flood has displaced thousands of people in Sollen.")
    assert (q.verb, q.counts) == ("displaced", "people")


def test_spans_and_sentence_indices_trace_to_the_text() -> None:
    text = "Calm returned to Pelt. Later 70 sheep strayed."
    q = _one(text)
    assert text[q.start : q.end] == q.text == "70 sheep"
    assert q.sentence == 1


# --- seeds ------------------------------------------------------------------------------------

_DATE_LINE = re.compile(r"\s*date (\d{4})-(\d\d)-(\d\d) ")


def _seed(seeds: Path, prefix: str) -> Article:
    text = seed_file(seeds, prefix).read_text(encoding="utf-8")
    published = None
    m = _DATE_LINE.match(text)
    if m is not None:
        published = date(int(m[1]), int(m[2]), int(m[3]))
        text = text[m.end() :]
    return _article(text, published)


def _seed_quantities(seeds: Path, prefix: str) -> tuple[Quantity, ...]:
    article = _seed(seeds, prefix)
    return find_quantities(article, _sentences(article), ())


@pytest.mark.seeds
def test_seed_002_fighters_and_civilians(seeds_dir: Path) -> None:
    found = {q.value: q for q in _seed_quantities(seeds_dir, "002")}
    assert (found[897].counts, found[897].verb, found[897].owner) == (
        "fighters",
        "killed",
        "Armenian",
    )
    assert (found[61].counts, found[61].verb) == ("civilians", "killed")
    assert (found[282].counts, found[282].verb) == ("civilians", "wounded")
    assert (found[5000].qualifier, found[5000].verb) == ("approximately", "killed")


@pytest.mark.seeds
def test_seed_001_more_than_700_and_almost_5000(seeds_dir: Path) -> None:
    found = {q.value: q for q in _seed_quantities(seeds_dir, "001")}
    assert found[700].qualifier == "more-than"
    assert (found[700].counts, found[700].verb) == ("soldiers", "killed")
    assert (found[5000].qualifier, found[5000].verb) == ("approximately", "killed")


@pytest.mark.seeds
def test_seed_003_death_toll_nearing(seeds_dir: Path) -> None:
    found = {q.value: q for q in _seed_quantities(seeds_dir, "003")}
    assert (found[5000].qualifier, found[5000].verb) == ("approximately", "killed")
    assert 13 not in found and 16 not in found  # "from paragraph 13"


def test_the_verb_nearest_the_number_wins() -> None:
    """ "killing five ... and injuring 31": 31 were wounded, not killed."""
    five, thirty_one = _quantities("The tremor hit Varnok, killing five people and injuring 31.")
    assert (five.value, five.verb) == (5, "killed")
    assert (thirty_one.value, thirty_one.verb, thirty_one.counts) == (31, "wounded", "people")


def test_magnitude_of_and_at() -> None:
    assert _one("It had a magnitude of 6.1, the bureau said.").unit == "magnitude"
    assert _one("Surveyors put the magnitude at 5.9 on Monday.").unit == "magnitude"


@pytest.mark.parametrize(
    "text",
    [
        "The ferry left with about 120 passengers on board.",
        "The ferry was carrying 120 passengers.",
        "A reported 120 passengers were aboard.",
    ],
)
def test_people_aboard(text: str) -> None:
    q = _one(text)
    assert (q.value, q.counts, q.verb) == (120, "passengers", "aboard")


def test_aboard_is_shared_by_coordinated_counts() -> None:
    passengers, crew = _quantities("There were 40 passengers and three crew members onboard.")
    assert passengers.verb == crew.verb == "aboard"


def test_survivors() -> None:
    assert _one("The crash left 14 survivors in Tallow.").verb == "survived"
    assert _one("The crash left 14 survivors in Tallow.").counts == "survivors"


def test_a_verb_right_before_the_number_beats_one_after_it() -> None:
    (q,) = _quantities("A ferry said to be carrying 64 pilgrims has gone missing off Corvel.")
    assert (q.value, q.counts, q.verb) == (64, "pilgrims", "aboard")
    (r,) = _quantities("Officials say 64 pilgrims have gone missing.")
    assert r.verb == "missing"


@pytest.mark.parametrize(
    "text",
    [
        "Officers said three men were in custody in Varno.",
        "Guards detained three men near the Varno gate.",
        "Patrols apprehended three men at the border post.",
        "Three men and a teenager were in custody by dusk.",
    ],
)
def test_people_held_are_arrested(text: str) -> None:
    q = _quantities(text)[0]
    assert (q.value, q.counts, q.verb) == (3, "men", "arrested")


def test_carried_out_is_not_carrying_people() -> None:
    (q,) = _quantities("Police carried out 12 raids across Varno overnight.")
    assert (q.counts, q.verb) == ("raids", None)


def test_an_including_aside_does_not_hide_the_verb() -> None:
    q = _one("By nightfall 30 people, including the pilot and a steward, were confirmed dead.")
    assert (q.counts, q.verb) == ("people", "killed")


def test_people_taken_to_hospital_are_the_hurt_but_not_those_waiting() -> None:
    assert _one("At least 12 others were taken to hospital in Tulm.").verb == "wounded"
    assert _one("Nine hikers were hospitalised overnight.").verb == "wounded"
    assert _one("Another 20 climbers are waiting to be taken to hospital.").verb != "wounded"


def test_a_count_does_not_take_the_verb_a_death_noun_gives_the_next() -> None:
    # "524 deaths" counts the dead; the cases before it are not "killed"
    cases, deaths = _quantities("The 14,000 cases and 524 deaths recorded so far exceed 2023.")
    assert (deaths.counts, deaths.verb) == ("deaths", "killed")
    assert cases.verb != "killed"
