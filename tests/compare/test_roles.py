"""Role conflicts: titles compared on their core words, after normalising."""

from __future__ import annotations

from newsprism.compare.roles import is_rank, role_conflicts, role_core
from newsprism.model import Entity, Mention, ReadArticle
from tests.compare.helpers import reading


def test_synonyms_abbreviations_and_honorifics() -> None:
    assert role_core("Tarvel Gov.") == role_core("Tarvel Governor")
    assert role_core("spokesman for the Union") == role_core("Union spokesperson")
    assert role_core("Dr.") == frozenset()
    assert role_core("Longtime Harbour Judge") == role_core("Harbour Judge")


def test_generic_titles_and_ranks() -> None:
    assert role_core("an official") == frozenset()
    assert is_rank(role_core("Four-Star General"))
    assert not is_rank(role_core("army spokesman"))


def _person(name: str, rows: list[tuple[ReadArticle, str, str]]) -> Entity:
    mentions = []
    for r, surface, role in rows:
        start = r.article.text.index(surface)
        mentions.append(
            Mention(r.id, start, start + len(surface), surface, kind="person", name=name, role=role)
        )
    return Entity("E1", name, "person", (), (), tuple(mentions))


def test_a_rank_and_an_office_do_not_conflict_but_two_offices_do() -> None:
    a = reading("a", "tide.example", "Army spokesman Ilo Venn spoke.")
    b = reading("b", "gull.example", "General Ilo Venn spoke.")
    c = reading("c", "owl.example", "Harbour master Ilo Venn spoke.")
    venn = _person("Ilo Venn", [(a, "Ilo Venn", "Army spokesman"), (b, "Ilo Venn", "General")])
    assert role_conflicts([venn], [a, b]) == []
    venn = _person(
        "Ilo Venn", [(a, "Ilo Venn", "Army spokesman"), (c, "Ilo Venn", "Harbour master")]
    )
    (conflict,) = role_conflicts([venn], [a, c])
    assert {v.value for v in conflict.variants} == {"Army spokesman", "Harbour master"}


def test_former_titles_and_titles_of_the_next_name_are_not_compared() -> None:
    a = reading("a", "tide.example", "Ada Quell, Mayor Bo Rinn and others met.")
    b = reading("b", "gull.example", "Senator Ada Quell, a former judge, met them.")
    quell = _person("Ada Quell", [(a, "Ada Quell", "Mayor"), (b, "Ada Quell", "former judge")])
    assert role_conflicts([quell], [a, b]) == []


def test_a_judge_is_a_justice() -> None:
    assert role_core("federal judge") == role_core("Justice")
    assert role_core("Judge") != role_core("Prosecutor")


def _at(r: ReadArticle, start: int, surface: str, name: str, role: str) -> Mention:
    assert r.article.text[start : start + len(surface)] == surface
    return Mention(r.id, start, start + len(surface), surface, kind="person", name=name, role=role)


def test_a_surname_with_its_title_beside_it_counts_but_a_borrowed_title_does_not() -> None:
    a = reading("a", "tide.example", "Harbour master Ilo Venn spoke.\nLater Venn left the pier.")
    b = reading("b", "gull.example", "Crowds waited.\nMayor Venn spoke.")
    venn = Entity(
        "E1",
        "Ilo Venn",
        "person",
        (),
        (),
        (
            _at(a, 15, "Ilo Venn", "Ilo Venn", "Harbour master"),
            _at(a, 37, "Venn", "Ilo Venn", "Harbour master"),  # lent by the reader
            _at(b, 21, "Venn", "Ilo Venn", "Mayor"),
        ),
    )
    (conflict,) = role_conflicts([venn], [a, b])
    evidence = {v.value: [s.text for s in v.evidence] for v in conflict.variants}
    assert evidence == {
        "Harbour master": ["Harbour master Ilo Venn spoke."],
        "Mayor": ["Mayor Venn spoke."],
    }


def test_an_official_of_a_body_fits_its_office_but_another_portfolio_does_not() -> None:
    a = reading("a", "tide.example", "Deputy Transport Minister Ilo Venn spoke.")
    b = reading("b", "gull.example", "A Norwegian transport official, Ilo Venn, spoke.")
    c = reading("c", "owl.example", "Deputy Trade Minister Ilo Venn spoke.")
    rows = [
        (a, "Ilo Venn", "Deputy Transport Minister"),
        (b, "Ilo Venn", "Norwegian transport official"),
    ]
    assert role_conflicts([_person("Ilo Venn", rows)], [a, b]) == []
    (conflict,) = role_conflicts(
        [_person("Ilo Venn", [*rows, (c, "Ilo Venn", "Deputy Trade Minister")])], [a, b, c]
    )
    assert [v.value for v in conflict.variants] == [
        "Deputy Trade Minister",
        "Deputy Transport Minister",
    ]


def test_possessive_pronouns_are_not_title_words() -> None:
    assert role_core("Its commander-in-chief") == role_core("commander-in-chief")
