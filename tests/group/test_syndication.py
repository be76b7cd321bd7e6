"""Near-copy families and the edits between copies, on invented articles."""

from __future__ import annotations

from datetime import date

from newsprism.group.syndication import (
    SyndicationIndex,
    containment,
    family_differences,
    find_families,
    shingles,
)
from newsprism.model import Article

WIRE = (
    "Flood waters rose through the river town of Velmora on Tuesday after three days of "
    "heavy rain, forcing the evacuation of 1,240 residents from low streets near the old "
    "mill. The regional emergency office said crews in flat boats reached the last stranded "
    "families before dark and that the bridge on the northern road would stay closed while "
    "engineers inspect its pillars. Shopkeepers piled sandbags against doors along the market "
    "square and the town council opened the sports hall as a shelter with cots and hot meals."
)
OTHER = (
    "The orchestra of Dunmere played its final concert in the glass hall on Friday evening, "
    "closing a season that its conductor called the most adventurous in two decades. Tickets "
    "sold out within an hour and the audience stood for a long ovation after the last piece."
)


def _article(aid: str, text: str, day: int, wire: tuple[str, ...] = ()) -> Article:
    return Article(
        id=aid,
        source=f"{aid}.example",
        text=text,
        raw=text.encode(),
        content_hash=aid,
        published=date(2031, 3, day),
        wire=wire,
    )


def test_reprints_form_one_family_with_the_wire_credited_copy_as_origin() -> None:
    trimmed = WIRE[: WIRE.index(" Shopkeepers")]
    edited = WIRE.replace("1,240", "1,420")
    articles = [
        _article("a", WIRE, 5),
        _article("b", trimmed, 4),
        _article("c", edited, 6, wire=("Northwire",)),
        _article("d", OTHER, 5),
    ]
    families = find_families(articles)
    assert len(families) == 1
    assert families[0].members == ("a", "b", "c")
    assert families[0].origin == "c"


def test_origin_is_the_earliest_copy_without_a_wire_credit() -> None:
    families = find_families([_article("late", WIRE, 9), _article("early", WIRE, 2)])
    assert families[0].origin == "early"


def test_unrelated_articles_form_no_family() -> None:
    assert find_families([_article("a", WIRE, 5), _article("d", OTHER, 5)]) == ()


def test_containment_of_a_trimmed_copy_is_high() -> None:
    trimmed = WIRE[: len(WIRE) // 2]
    assert containment(shingles(WIRE), shingles(trimmed)) > 0.95  # all but a cut last word
    assert containment(shingles(WIRE), shingles(OTHER)) == 0.0


def test_index_gives_copies_the_family_of_the_first_copy() -> None:
    index = SyndicationIndex()
    first = index.add(_article("a", WIRE, 5))
    assert index.add(_article("d", OTHER, 5)) != first
    assert index.add(_article("b", WIRE.replace("Tuesday", "Wednesday"), 6)) == first
    assert [f.members for f in index.families()] == [("a", "b")]


def test_differences_show_an_edited_figure_with_offsets_in_both_copies() -> None:
    a = _article("a", WIRE, 5)
    b = _article("b", WIRE.replace("1,240", "1,420"), 6)
    diffs = family_differences(a, b)
    assert len(diffs) == 1
    d = diffs[0]
    assert d.kind == "replace"
    assert (d.a_text, d.b_text) == ("1,240", "1,420")
    assert a.text[d.a_start : d.a_end] == "1,240"
    assert b.text[d.b_start : d.b_end] == "1,420"
