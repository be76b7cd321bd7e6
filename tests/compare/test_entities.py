"""Cross-outlet entity merging on hand-built mentions."""

from __future__ import annotations

from newsprism.compare.entities import fold_name, merge_entities
from newsprism.model import Article, EntityKind, Mention, ReadArticle, Segment


def reading(article_id: str, *names: tuple[str, EntityKind]) -> ReadArticle:
    text = ". ".join(name for name, _ in names) + "."
    article = Article(
        id=article_id,
        source=f"{article_id}.example",
        text=text,
        raw=text.encode(),
        content_hash=article_id,
        segments=(Segment(0, len(text), "body"),),
    )
    mentions, offset = [], 0
    for name, kind in names:
        mentions.append(Mention(article_id, offset, offset + len(name), name, kind=kind, name=name))
        offset += len(name) + 2
    return ReadArticle(article=article, mentions=tuple(mentions))


def names_of(*readings: ReadArticle) -> list[set[str]]:
    return [{e.name, *e.aliases} for e in merge_entities(readings)]


def test_transliteration_variants_merge() -> None:
    groups = names_of(
        reading("a", ("Vardan Mkrtoyan", "person"), ("Jeyhun Talibov", "person")),
        reading("b", ("Vardan Mkrtoian", "person"), ("Ceyhun Talibov", "person")),
    )
    assert {"Vardan Mkrtoyan", "Vardan Mkrtoian"} in groups
    assert {"Jeyhun Talibov", "Ceyhun Talibov"} in groups


def test_namesakes_and_different_surnames_stay_apart() -> None:
    groups = names_of(
        reading("a", ("Ilse Varga", "person"), ("Anton Lavrik", "person")),
        reading("b", ("Miklos Varga", "person"), ("Anton Lukashov", "person")),
    )
    assert all(len(g) == 1 for g in groups), groups


def test_split_surnames_honorifics_and_bare_surnames_join_the_person() -> None:
    groups = names_of(
        reading("a", ("Othman Abduljalil", "person"), ("Dana Okafor", "person")),
        reading("b", ("Othman Abdul Jalil", "person"), ("Ms Okafor", "person")),
    )
    assert {"Othman Abduljalil", "Othman Abdul Jalil"} in groups
    assert {"Dana Okafor", "Ms Okafor"} in groups


def test_demonyms_join_their_country() -> None:
    groups = names_of(
        reading("a", ("Armenia", "place"), ("Armenian", "nationality")),
        reading("b", ("Azeri", "nationality"), ("Azerbaijan", "place")),
    )
    assert {"Armenia", "Armenian"} in groups
    assert {"Azerbaijan", "Azeri"} in groups


def test_fold_name() -> None:
    assert fold_name("Pashinyan") == fold_name("Pashinian")
    assert fold_name("O’Leary") == fold_name("OLeary")
    assert fold_name("Constable Ian Hopkins") == fold_name("Ian Hopkins")


def test_two_word_name_in_the_other_order_merges() -> None:
    groups = names_of(
        reading("a", ("Tarek Salem", "person"), ("Park Su-min", "person")),
        reading("b", ("Salem Tareq", "person"), ("Park Sun-min", "person")),
        reading("c", ("Salem Varo", "person")),
    )
    assert {"Tarek Salem", "Salem Tareq"} in groups
    assert {"Park Su-min", "Park Sun-min"} in groups
    assert {"Salem Varo"} in groups
