"""Counted events, nationalities, owners and statements key what a figure counts."""

from __future__ import annotations

from dataclasses import replace

from newsprism.compare.figure_keys import count_class
from newsprism.compare.figures import figure_conflicts
from newsprism.model import EntityKind, Mention, ReadArticle
from tests.compare.figure_helpers import counted
from tests.compare.helpers import reading


def test_count_classes_merge_synonyms() -> None:
    assert count_class("Armenia-backed soldiers") == count_class("fighters") == "military"
    assert count_class("civilians") != count_class("people")


def test_a_toll_with_no_counted_noun_counts_people() -> None:
    a = reading(
        "a", "tide.example", "The toll rose to 63.", quantities=(("63", counted(63, "killed")),)
    )
    b = reading(
        "b",
        "gull.example",
        "Officials said 58 people died.",
        quantities=(("58 people", counted(58, "killed", "people")),),
    )
    (conflict,) = figure_conflicts([a, b])
    assert conflict.subject == "people killed"


def test_crew_members_are_counted_as_crew() -> None:
    assert count_class("members", "six crew members") == "crew"
    assert count_class("passengers", "40 passengers") == "passengers"


def test_magnitudes_are_compared_outside_aftershocks() -> None:
    a = reading(
        "a",
        "tide.example",
        "The quake had a magnitude of 6.1.",
        quantities=(("6.1", {"value": 6.1, "unit": "magnitude"}),),
    )
    b = reading(
        "b",
        "gull.example",
        "It measured 6.6 degrees on the Richter scale.",
        quantities=(("6.6 degrees", {"value": 6.6, "unit": "degrees"}),),
    )
    c = reading(
        "c",
        "owl.example",
        "A magnitude 4.2 aftershock followed.",
        quantities=(("4.2", {"value": 4.2, "unit": "magnitude"}),),
    )
    (conflict,) = figure_conflicts([a, b, c])
    assert [v.value for v in conflict.variants] == ["6.1", "6.6 degrees"]
    assert conflict.severity == "contradiction"


def test_figures_without_a_verb_are_compared_within_one_statement() -> None:
    a = reading(
        "a",
        "tide.example",
        "The ferry had 212 people on board.",
        quantities=(("212 people", {"value": 212, "counts": "people"}),),
    )
    b = reading(
        "b",
        "gull.example",
        "The ferry was carrying 221 people.",
        quantities=(("221 people", {"value": 221, "counts": "people"}),),
    )
    assert figure_conflicts([a, b]) == []  # no event verb: not comparable on their own
    same_statement = {("a", 0): "F1", ("b", 0): "F1"}
    (conflict,) = figure_conflicts([a, b], same_statement)
    assert conflict.severity == "contradiction"
    assert "F1" in conflict.subject


def test_counts_of_a_nationality_compare_by_country() -> None:
    a = reading(
        "a",
        "tide.example",
        "Those aboard included 21 Norwegians and four Danes.",
        quantities=(
            ("21 Norwegians", {"value": 21, "counts": "Norwegians"}),
            ("four Danes", {"value": 4, "counts": "Danes"}),
        ),
    )
    b = reading(
        "b",
        "gull.example",
        "The sinking killed 30, including 24 Norwegian citizens and four Danish nationals.",
        quantities=(
            ("24 Norwegian citizens", _national(24, "Norwegian", "killed")),
            ("four Danish nationals", _national(4, "Danish", None)),
        ),
    )
    (conflict,) = figure_conflicts([a, b])
    assert conflict.subject == "Norway nationals"
    assert [v.value for v in conflict.variants] == ["21 Norwegians", "24 Norwegian citizens"]


def test_a_lone_nationality_count_keeps_its_verb() -> None:
    a = reading(
        "a",
        "tide.example",
        "The ferry carried 40 Norwegian nationals.",
        quantities=(("40 Norwegian nationals", _national(40, "Norwegian", "aboard")),),
    )
    b = reading(
        "b",
        "gull.example",
        "The sinking killed 12 Norwegian citizens.",
        quantities=(("12 Norwegian citizens", _national(12, "Norwegian", "killed")),),
    )
    assert figure_conflicts([a, b]) == []


def _national(value: float, owner: str, verb: str | None) -> dict[str, object]:
    noun = "citizens" if verb == "killed" else "nationals"
    return {"value": value, "counts": noun, "owner": owner, "verb": verb}


def _named(base: ReadArticle, *names: tuple[str, EntityKind]) -> ReadArticle:
    """``base`` with a mention of each (name, kind) at its first occurrence in the text."""
    text = base.article.text
    mentions = tuple(
        Mention(base.id, text.index(name), text.index(name) + len(name), name, kind=kind, name=name)
        for name, kind in names
    )
    return replace(base, mentions=mentions)


def _boys(article_id: str, text: str, value: float, owner: str | None = None) -> ReadArticle:
    surface = f"{int(value)} Norwegian boys" if owner else f"{int(value)} boys"
    fields = {"value": value, "counts": "boys", "verb": "rescued", "owner": owner}
    return reading(article_id, f"{article_id}.example", text, quantities=((surface, fields),))


def test_a_count_owned_by_the_home_country_is_the_plain_count() -> None:
    a = _named(
        _boys("a", "Divers in Norway rescued 12 Norwegian boys.", 12, "Norwegian"),
        ("Norway", "place"),
        ("Norwegian", "nationality"),
    )
    b = _named(_boys("b", "Norwegian divers rescued 14 boys.", 14), ("Norwegian", "nationality"))
    (conflict,) = figure_conflicts([a, b])
    assert [v.value for v in conflict.variants] == ["12 Norwegian boys", "14 boys"]


def test_a_count_owned_by_one_of_two_countries_keeps_its_owner() -> None:
    a = _named(
        _boys("a", "Norway and Denmark: Norway rescued 12 Norwegian boys.", 12, "Norwegian"),
        ("Norway", "place"),
        ("Denmark", "place"),
    )
    b = _named(
        _boys("b", "Norway and Denmark: divers rescued 14 boys.", 14),
        ("Norway", "place"),
        ("Denmark", "place"),
    )
    assert figure_conflicts([a, b]) == []


def _held(value: float, counts: str) -> dict[str, object]:
    return {"value": value, "counts": counts, "verb": "arrested"}


def test_one_man_and_two_men_count_the_same_group() -> None:
    a = reading(
        "a",
        "tide.example",
        "Police said one man was in custody in Orvell.",
        quantities=(("one man", _held(1, "man")),),
    )
    b = reading(
        "b",
        "gull.example",
        "Two men and a woman were in custody on Friday.",
        quantities=(("Two men", _held(2, "men")),),
    )
    (conflict,) = figure_conflicts([a, b])
    assert conflict.subject == "men arrested"
    assert [v.articles for v in conflict.variants] == [("a",), ("b",)]
