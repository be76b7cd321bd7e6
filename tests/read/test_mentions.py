"""Name mentions: grammar, gazetteers, roles, surname linking, kinds, and the seed acceptance."""

from __future__ import annotations

import re
from pathlib import Path

from newsprism.model import Article, Mention, Segment
from newsprism.read.gazetteer import country_name, country_of_demonym, lookup
from newsprism.read.mentions import find_mentions
from newsprism.read.sentences import split_sentences
from tests.conftest import seed_file


def _article(text: str) -> Article:
    return Article(
        id="a1",
        source="x",
        text=text,
        raw=text.encode(),
        content_hash="h",
        segments=(Segment(0, len(text), "body"),),
    )


def _mentions(text: str) -> tuple[Mention, ...]:
    art = _article(text)
    return find_mentions(art, split_sentences(art))


def _by_text(mentions: tuple[Mention, ...]) -> dict[str, Mention]:
    return {m.text: m for m in mentions}


def test_spans_are_exact_and_in_text_order() -> None:
    text = "Officials in Ruritania said Elena Brask met Kazakh diplomats in Astana."
    ms = _mentions(text)
    assert [m.text for m in ms] == ["Ruritania", "Elena Brask", "Kazakh", "Astana"]
    starts = [m.start for m in ms]
    assert starts == sorted(starts)
    for m in ms:
        assert text[m.start : m.end] == m.text
    got = _by_text(ms)
    assert got["Elena Brask"].kind == "person"
    assert got["Kazakh"].kind == "nationality"
    assert got["Astana"].kind == "place"


def test_title_roles_with_nationality_and_country_qualifiers() -> None:
    text = (
        "Kazakh Prime Minister Dorin Valesku met U.S. Secretary of State Ana Pellow. "
        "Later, Peru's Foreign Minister Tomas Arraga joined Deputy Prime Minister Ivo Stanek."
    )
    got = _by_text(_mentions(text))
    assert got["Dorin Valesku"].kind == "person"
    assert got["Dorin Valesku"].role == "Kazakh Prime Minister"
    assert got["Ana Pellow"].role == "U.S. Secretary of State"
    assert got["Tomas Arraga"].role == "Peru's Foreign Minister"
    assert got["Ivo Stanek"].role == "Deputy Prime Minister"
    # The qualifiers are mentions of their own.
    assert got["Kazakh"].kind == "nationality"
    assert got["U.S."].kind == "place" and got["U.S."].name == "United States"
    assert got["Peru"].kind == "place"


def test_appositions_and_roles_before_a_name() -> None:
    text = (
        "The plan came from Ivo Marrant, Chile's defence minister, on the radio. "
        "Rescuers were led by Tala Osk, head of the Nordmark Relief Society. "
        "Ministry spokeswoman Mira Delgat declined to comment."
    )
    got = _by_text(_mentions(text))
    assert got["Ivo Marrant"].kind == "person"
    assert got["Ivo Marrant"].role == "Chile's defence minister"
    assert got["Tala Osk"].role == "head of the Nordmark Relief Society"
    assert got["Mira Delgat"].role is not None and "spokeswoman" in got["Mira Delgat"].role


def test_surname_links_to_full_name_kind_and_role() -> None:
    text = (
        "Bolivian President Ramon Ostrava arrived on Monday. Ostrava said the talks "
        "would last a week. Reporters asked President Ostrava about Kestrel."
    )
    ms = [m for m in _mentions(text) if m.text.endswith("Ostrava")]
    assert len(ms) == 3
    for m in ms:
        assert m.kind == "person"
        assert m.name == "Ramon Ostrava"
        assert m.role is not None and "President" in m.role


def test_organisations_by_cue_word_and_connectors() -> None:
    text = (
        "The Vellmar Trade Council and the Ministry of Defence wrote to the "
        "Organization for Peace and Cooperation in Borduria, the Bolivian Foreign Ministry "
        "and the Lumen Group."
    )
    got = _by_text(_mentions(text))
    for name in (
        "Vellmar Trade Council",
        "Ministry of Defence",
        "Organization for Peace and Cooperation in Borduria",
        "Bolivian Foreign Ministry",
        "Lumen Group",
    ):
        assert got[name].kind == "organisation", name


def test_countries_do_not_join_with_and() -> None:
    got = _by_text(_mentions("Talks between Chile and Peru resumed in Lima."))
    assert got["Chile"].kind == got["Peru"].kind == got["Lima"].kind == "place"


def test_hyphenated_names_and_possessives() -> None:
    text = "Chile's navy sailed past Guinea-Bissau while Peru-backed traders met Jean-Luc Barre."
    got = _by_text(_mentions(text))
    assert got["Chile"].kind == "place"
    assert got["Guinea-Bissau"].kind == "place"
    assert got["Peru"].kind == "place"  # "Peru-backed": the name stops at the hyphen
    assert got["Jean-Luc Barre"].kind == "person"


def test_name_connectors() -> None:
    got = _by_text(_mentions("Officials met Karim bin Tahar and Ursel von Dach in Oslo."))
    assert "Karim bin Tahar" in got
    assert "Ursel von Dach" in got


def test_sentence_openers_weekdays_and_months_are_not_names() -> None:
    text = (
        "However, the Vellmar Trade Council met on Friday. On Tuesday in March the vote "
        "failed. But Mira Delgat stayed. Windows rattled in the storm and windows broke."
    )
    names = {m.text for m in _mentions(text)}
    assert names == {"Vellmar Trade Council", "Mira Delgat"}


def test_place_cues_for_unknown_names() -> None:
    text = "Shells fell near Dravnik and in the town of Ostrel, the Korvat region's capital."
    got = _by_text(_mentions(text))
    assert got["Dravnik"].kind == "place"
    assert got["Ostrel"].kind == "place"
    assert got["Korvat"].kind == "place"


def test_kind_spreads_to_other_mentions_of_a_name() -> None:
    text = "Fighting reached the village of Brenmar. Brenmar has no power. Aid left for Brenmar."
    kinds = {m.kind for m in _mentions(text) if m.text == "Brenmar"}
    assert kinds == {"place"}


def test_speech_verb_marks_a_person() -> None:
    got = _by_text(_mentions("The deal, Orla Pettersk said, is final."))
    assert got["Orla Pettersk"].kind == "person"


def test_gazetteer_tables() -> None:
    assert country_of_demonym("Azeri") == "Azerbaijan"
    assert country_of_demonym("azerbaijani") == "Azerbaijan"
    assert country_of_demonym("Armenians") == "Armenia"
    assert country_of_demonym("American") == "United States"
    assert country_of_demonym("Vellmarian") is None
    assert country_name("U.S.") == "United States"
    assert country_name("Britain") == "United Kingdom"
    assert country_name("Russian Federation") == "Russia"
    assert lookup("Moscow") == ("place", "Moscow")
    assert lookup("NATO") == ("organisation", "NATO")
    assert lookup("MOSCOW") == ("place", "Moscow")


# --- seeds ------------------------------------------------------------------------------------


def _seed_mentions(seeds: Path, prefix: str) -> tuple[Mention, ...]:
    text = re.sub(r"^ date \d{4}-\d{2}-\d{2} ", "", seed_file(seeds, prefix).read_text("utf-8"))
    art = _article(text)
    return find_mentions(art, split_sentences(art))


def _roles(ms: tuple[Mention, ...], name: str) -> set[str]:
    return {m.role or "" for m in ms if m.name == name and m.kind == "person"}


def test_seed_roles(seeds_dir: Path) -> None:
    s0, s1, s2 = (_seed_mentions(seeds_dir, p) for p in ("000", "001", "002"))
    assert "Russian Foreign Minister" in _roles(s0, "Sergey Lavrov")
    assert "Armenia's Foreign Minister" in _roles(s0, "Zohrab Mnatsakanyan")
    assert "Armenian Foreign Minister" in _roles(s1, "Zohrab Mnatsakanyan")
    assert "Azerbaijani Foreign Minister" in _roles(s0, "Jeyhun Bayramov")
    assert "U.S. Secretary of State" in _roles(s0, "Mike Pompeo")
    assert "U.S. Secretary of State" in _roles(s2, "Mike Pompeo")
    assert "Armenian Prime Minister" in _roles(s1, "Nikol Pashinyan")
    assert all("Prime Minister" in r for r in _roles(s1, "Nikol Pashinyan"))


def test_seed_surname_links(seeds_dir: Path) -> None:
    for prefix in ("000", "001"):
        alone = [m for m in _seed_mentions(seeds_dir, prefix) if m.text == "Pompeo"]
        assert alone, prefix
        assert all(m.name == "Mike Pompeo" and m.kind == "person" for m in alone)
    putin = [m for m in _seed_mentions(seeds_dir, "001") if m.text == "Putin"]
    assert putin and all(m.name == "Vladimir Putin" for m in putin)


def test_seed_kinds(seeds_dir: Path) -> None:
    ms = [m for p in ("000", "001", "002", "003") for m in _seed_mentions(seeds_dir, p)]
    kinds: dict[str, set[str]] = {}
    for m in ms:
        kinds.setdefault(m.text, set()).add(m.kind)
    for word in ("Azeri", "Azerbaijani"):
        assert kinds[word] == {"nationality"}
        assert country_of_demonym(word) == "Azerbaijan"
    for place in ("Nagorno-Karabakh", "Stepanakert", "Washington", "Moscow"):
        assert kinds[place] == {"place"}, place
    for org in ("Minsk Group", "Russian Foreign Ministry", "Ministry of Defence"):
        assert kinds[org] == {"organisation"}, org


def test_plural_possessive_inside_an_organisation_name() -> None:
    ms = _by_text(
        _mentions("Members of the Growers’ Alliance met in Talvik. Ostrel's Orla Venn spoke.")
    )
    assert ms["Growers’ Alliance"].kind == "organisation"
    assert "Alliance" not in ms
    ms = _by_text(_mentions("Brask Wires' Dana Fell said the line was down."))
    assert ms["Dana Fell"].kind == "person"


def test_ships_cups_and_holidays_are_not_people() -> None:
    ms = _by_text(
        _mentions(
            "The cargo ship Brenna Star sank off Talvik. Fans left the Ostrel Cup final early. "
            "Crowds marked Lunar New Year in Talvik. Dana Fell said the port was closed."
        )
    )
    assert ms["Brenna Star"].kind != "person"
    assert ms["Ostrel Cup"].kind != "person"
    assert ms["Lunar New Year"].kind != "person"
    assert ms["Dana Fell"].kind == "person"


def test_misspelt_title_is_a_role_not_part_of_the_name() -> None:
    ms = _by_text(_mentions("Deputy Prime Minster Orla Venn said the talks had failed."))
    assert ms["Orla Venn"].kind == "person"
    assert ms["Orla Venn"].role == "Deputy Prime Minster"


def test_hyphenated_given_name_with_a_lower_case_syllable() -> None:
    ms = _by_text(_mentions("Company head Moon Ji-ho said the Iran-led talks would go on."))
    assert ms["Moon Ji-ho"].kind == "person"
    assert "Iran" in ms


def _person_roles(text: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.role) for m in _mentions(text) if m.kind == "person"]


def test_a_sentence_opening_title_word_stays_in_the_role() -> None:
    # "deputy" is written in lower case too, which alone would cut a sentence-initial word off
    text = "Her deputy agreed on Monday.\nDeputy Justice Orla Fenn ruled."
    assert _person_roles(text) == [("Orla Fenn", "Deputy Justice")]


def test_former_before_a_title_is_part_of_the_role() -> None:
    text = (
        "The court fined former President Tam Odo. The attack on former Velan president Ilse Varn"
    )
    assert _person_roles(text + " failed.") == [
        ("Tam Odo", "former President"),
        ("Ilse Varn", "former Velan president"),
    ]


def test_a_portfolio_word_alone_before_a_name_is_a_title() -> None:
    assert _person_roles("The Harbour Court said Associate Energy Ruth Calder had died.") == [
        ("Ruth Calder", "Associate Energy")
    ]
    # a surname: the person named in full elsewhere in the article
    assert _person_roles("Ruth Calder spoke first. Later, Energy Calder left.") == [
        ("Ruth Calder", "Energy"),
        ("Calder", "Energy"),
    ]
    assert _person_roles("The Acting Ruth Vell Cup was held.") == []


def test_an_apposition_gives_the_role_of_a_doctor_or_a_courtesy_title() -> None:
    text = "“We are ready,” said Dr. Ivo Marsh, Kelda Chairman and CEO, on Monday."
    assert _person_roles(text) == [("Ivo Marsh", "Kelda Chairman")]


def test_more_lower_case_person_roles() -> None:
    text = (
        "Its commander-in-chief Orin Dace took power. Editor-in-Chief Mara Lune wrote. "
        "Pia Holt, chief executive of Norrway, said so. Teo Brand, the deputy transport "
        "minister, agreed."
    )
    assert _person_roles(text) == [
        ("Orin Dace", "Its commander-in-chief"),
        ("Mara Lune", "Editor-in-Chief"),
        ("Pia Holt", "chief executive of Norrway"),
        ("Teo Brand", "deputy transport minister"),
    ]
