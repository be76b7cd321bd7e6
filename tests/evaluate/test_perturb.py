"""Each perturbation changes exactly what it says, where it says, keeping the format."""

from __future__ import annotations

import random
import re
from dataclasses import replace
from datetime import date

import pytest

from newsprism.evaluate.edit import Perturbation
from newsprism.evaluate.perturb import EXPECTED, KINDS, find_perturbations
from newsprism.evaluate.perturb_values import format_like, scale_figure, shift_day, swap_digits
from tests.evaluate.helpers import reading

DAY = re.compile(r"(\d{1,2})(st|nd|rd|th)?")


def _only(found: list[Perturbation], article_id: str) -> Perturbation:
    mine = [p for p in found if p.article_id == article_id]
    assert len(mine) == 1, found
    return mine[0]


def test_apply_replaces_the_span_and_maps_offsets_back() -> None:
    text = "Ferries carried 1,250 people across the Morrow Sound."
    p = Perturbation("figure", "a", 16, 21, "1,250", "980", "")
    assert p.apply(text) == "Ferries carried 980 people across the Morrow Sound."
    assert p.delta == -2 and p.new_end == 19
    assert p.to_original(10) == 10  # before the change
    assert p.to_original(19) == 21  # after it: shifted back
    assert p.to_original(len(text) - 2) == len(text)
    assert p.touches(0, 17) and p.touches(18, 30)
    assert not p.touches(19, 30) and not p.touches(0, 16)
    with pytest.raises(ValueError):
        p.apply("Ferries carried 1,260 people across the Morrow Sound.")


def test_an_inserted_or_removed_word_touches_its_position() -> None:
    inserted = Perturbation("negation", "a", 8, 8, "", " not", "")
    assert inserted.apply("Aldo has said so.") == "Aldo has not said so."
    assert inserted.touches(0, 21) and inserted.touches(11, 21) and not inserted.touches(12, 21)
    removed = Perturbation("negation", "a", 8, 12, " not", "", "")
    assert removed.apply("Aldo has not said so.") == "Aldo has said so."
    assert removed.touches(0, 17) and removed.touches(8, 17) and not removed.touches(9, 17)
    assert removed.to_original(9) == 13


def test_a_perturbation_refuses_a_span_that_is_not_its_text() -> None:
    with pytest.raises(ValueError):
        Perturbation("figure", "a", 0, 3, "12", "13", "")


def test_format_like_keeps_grouping_and_decimals() -> None:
    assert format_like(6500, "5,000") == "6,500"
    assert format_like(6500, "5000") == "6500"
    assert format_like(800, "1,200") == "800"
    assert format_like(4.25, "3.5") == "4.2"
    assert format_like(1234567, "2,000,000") == "1,234,567"


@pytest.mark.parametrize("numeral", ["5,000", "212", "47", "3.5", "1,204", "30,000", "12"])
def test_scaled_figures_move_10_to_60_percent_at_the_same_precision(numeral: str) -> None:
    old = float(numeral.replace(",", ""))
    for seed in range(40):
        new = scale_figure(numeral, random.Random(seed))
        value = float(new.replace(",", ""))
        assert new != numeral
        assert ("," in new) == ("," in numeral and value >= 1000)
        assert ("." in new) == ("." in numeral)
        assert 0.1 <= abs(value - old) / old <= 0.6
        if numeral == "30,000":
            assert value % 1000 == 0  # rounded like the original, two significant digits


def test_swap_digits_swaps_two_different_adjacent_digits() -> None:
    for seed in range(20):
        new = swap_digits("1,250", random.Random(seed))
        assert new in {"2,150", "1,520", "1,205"}
    assert swap_digits("5,000", random.Random(0)) is None  # 0500 would be no figure
    assert swap_digits("77", random.Random(0)) is None


def test_shift_day_keeps_padding_and_ordinals_inside_the_month() -> None:
    for seed in range(30):
        rng = random.Random(seed)
        padded = shift_day(next(DAY.finditer("03")), 30, rng)
        assert padded is not None and len(padded) == 2 and 1 <= int(padded) <= 8
        assert padded != "03"
        ordinal = shift_day(next(DAY.finditer("30th")), 30, rng)
        assert ordinal is not None and 25 <= int(ordinal[:2]) <= 29
        suffix = {25: "th", 26: "th", 27: "th", 28: "th", 29: "th"}[int(ordinal[:2])]
        assert ordinal.endswith(suffix)
        second = shift_day(next(DAY.finditer("1st")), 31, rng)
        assert second is not None and second in {"2nd", "3rd", "4th", "5th", "6th"}


def _figure_story() -> list:  # type: ignore[type-arg]
    a = reading(
        "a",
        "Wardens said 1,250 people were evacuated from Lune Harbour.\nThe dam is 40 km long.",
        quantities=(
            ("1,250 people", {"value": 1250.0, "counts": "people", "verb": "evacuated"}),
            ("40 km", {"value": 40.0, "unit": "km"}),
        ),
    )
    b = reading(
        "b",
        "About 1,250 people were evacuated overnight.\nIt is 40 km long.",
        quantities=(
            ("1,250 people", {"value": 1250.0, "counts": "people", "verb": "evacuated"}),
            ("40 km", {"value": 40.0, "unit": "km"}),
        ),
    )
    c = reading(
        "c",
        "Crews rescued 17 fishermen.",
        quantities=(("17 fishermen", {"value": 17.0, "counts": "fishermen"}),),
    )
    return [c, b, a]


def test_figure_perturbations_change_only_corroborated_counted_numbers() -> None:
    story = _figure_story()
    found = find_perturbations(story, "figure", random.Random(3))
    assert {p.article_id for p in found} == {"a", "b"}  # 17 is in one article only; km: unit
    p = _only(found, "a")
    text = story[2].article.text
    assert (p.start, p.end, p.original) == (13, 18, "1,250")
    changed = p.apply(text)
    assert changed[: p.start] == text[: p.start]
    assert changed[p.new_end :] == text[p.end :]
    assert re.fullmatch(r"\d(,\d\d\d)?|\d{3}", p.replacement) or "," in p.replacement
    assert p.replacement != "1,250"
    assert [q.article_id for q in found] == sorted(q.article_id for q in found)


def test_the_same_seed_gives_the_same_perturbations() -> None:
    first = find_perturbations(_figure_story(), "figure", random.Random(11))
    again = find_perturbations(_figure_story(), "figure", random.Random(11))
    assert first == again


def _dated_story() -> list:  # type: ignore[type-arg]
    day = date(2031, 3, 12)
    a = reading(
        "a",
        "The Velm bridge closed on Wednesday, March 12, after the storm.\nRepairs began on Friday.",
        timerefs=(
            ("Wednesday, March 12", {"resolved": day, "method": "explicit-no-year"}),
            ("on Friday", {"resolved": date(2031, 3, 14), "method": "weekday"}),
        ),
    )
    b = reading(
        "b",
        "Engineers shut the bridge on 12th March.",
        timerefs=(("12th March", {"resolved": day, "method": "explicit-no-year"}),),
    )
    return [a, b]


def test_date_perturbations_move_only_the_day_of_a_shared_date() -> None:
    found = find_perturbations(_dated_story(), "date", random.Random(5))
    a = _only(found, "a")
    assert a.original == "12" and a.start == _dated_story()[0].article.text.index("12,")
    assert 7 <= int(a.replacement) <= 17 and a.replacement != "12"
    b = _only(found, "b")
    assert b.original == "12th" and b.replacement.endswith(("th", "st", "nd", "rd"))
    assert b.apply("Engineers shut the bridge on 12th March.").endswith(" March.")


def _stamped_story(published: date | None) -> list:  # type: ignore[type-arg]
    day = date(2031, 3, 12)
    stamped = reading(
        "a",
        "The Velm bridge closed after the storm.\nPosted at Mar 12 2031 11:34 PM\n"
        "I saw the bridge close — Ana Roy (@anaroy) March 12, 2031",
        timerefs=(
            ("Mar 12 2031", {"resolved": day, "method": "explicit"}),
            ("March 12, 2031", {"resolved": day, "method": "explicit"}),
        ),
        published=published or date(2031, 3, 12),
    )
    if published is None:
        stamped = replace(stamped, published_estimated=True)
    other = reading(
        "b",
        "Engineers shut the bridge on 12th March.",
        timerefs=(("12th March", {"resolved": day, "method": "explicit-no-year"}),),
    )
    return [stamped, other]


@pytest.mark.parametrize("seed", range(8))
def test_a_stamp_or_a_post_signature_moves_only_where_it_becomes_wrong(seed: int) -> None:
    # a stamp a day off is a time zone; an embedded post may be older than the article
    found = find_perturbations(_stamped_story(date(2031, 3, 12)), "date", random.Random(seed))
    stamp, signature = sorted((p for p in found if p.article_id == "a"), key=lambda p: p.start)
    assert abs(int(stamp.replacement) - 12) >= 2
    assert int(signature.replacement) >= 14


def test_a_stamp_of_an_undated_article_is_not_perturbed() -> None:
    found = find_perturbations(_stamped_story(None), "date", random.Random(0))
    assert [p.article_id for p in found] == ["b"]


def test_weekday_perturbations_need_a_date_or_a_corroborated_day() -> None:
    found = find_perturbations(_dated_story(), "weekday", random.Random(2))
    # "Wednesday, March 12" has its date; "on Friday" (14 March) is dated by no other article
    assert [(p.article_id, p.original) for p in found] == [("a", "Wednesday")]
    assert found[0].replacement in {"Monday", "Tuesday", "Thursday", "Friday", "Saturday", "Sunday"}


def test_attribution_gives_a_shared_quote_to_another_person_of_the_story() -> None:
    quote = "We will reopen the harbour before the spring tides"
    a = reading(
        "a",
        f"“{quote},” said Mara Telvik on Tuesday.\nOskar Brandt, the harbour master, was silent.",
        mentions=(
            ("Mara Telvik", {"kind": "person"}),
            ("Oskar Brandt", {"kind": "person", "role": "harbour master"}),
        ),
        quotes=((quote, {"speaker": "Mara Telvik", "speaker_surface": "Mara Telvik"}),),
    )
    b = reading(
        "b",
        f"Telvik said: “{quote}.”",
        mentions=(("Telvik", {"kind": "person", "name": "Mara Telvik"}),),
        quotes=((quote, {"speaker": "Mara Telvik", "speaker_surface": "Telvik"}),),
    )
    found = find_perturbations([a, b], "attribution", random.Random(0))
    pa, pb = _only(found, "a"), _only(found, "b")
    assert (pa.original, pa.replacement) == ("Mara Telvik", "Oskar Brandt")
    assert pa.apply(a.article.text).startswith(f"“{quote},” said Oskar Brandt on")
    # Brandt is not named in b: his full name replaces the bare surname
    assert (pb.original, pb.replacement, pb.start) == ("Telvik", "Oskar Brandt", 0)


def test_relation_swaps_the_object_for_another_place_of_the_story() -> None:
    a = reading(
        "a",
        "Velmar backs Ostania in the dispute over the Lune delta.\nTalks were held in Dravia.",
        mentions=(
            ("Velmar", {"kind": "place"}),
            ("Ostania", {"kind": "place"}),
            ("Dravia", {"kind": "place"}),
        ),
    )
    b = reading(
        "b",
        "Velmar has long supported Ostania.",
        mentions=(("Velmar", {"kind": "place"}), ("Ostania", {"kind": "place"})),
    )
    found = find_perturbations([a, b], "relation", random.Random(0))
    pa = _only(found, "a")
    assert (pa.original, pa.replacement) == ("Ostania", "Dravia")
    assert pa.apply(a.article.text).startswith("Velmar backs Dravia in the dispute")
    assert _only(found, "b").replacement == "Dravia"  # never Velmar, the subject


def test_negation_inserts_or_removes_not_in_a_statement_another_article_makes() -> None:
    a = reading("a", "The ferry company has suspended crossings to Lune Harbour until Friday.")
    b = reading("b", "The ferry company suspended crossings to Lune Harbour until Friday.")
    c = reading("c", "The ferry company has not suspended crossings to Lune Harbour.")
    d = reading("d", "Crossings to Lune Harbour have not been suspended by the ferry company.")
    found = find_perturbations([a, b, c, d], "negation", random.Random(0))
    pa = _only(found, "a")
    assert pa.apply(a.article.text) == (
        "The ferry company has not suspended crossings to Lune Harbour until Friday."
    )
    pc = _only(found, "c")
    assert (pc.original, pc.replacement) == (" not", "")
    assert pc.apply(c.article.text) == "The ferry company has suspended crossings to Lune Harbour."
    # b has no auxiliary to negate
    assert "b" not in {p.article_id for p in found}


def test_negation_is_not_inserted_where_it_would_read_not_only() -> None:
    a = reading("a", "The ferry company is only suspending crossings to Lune Harbour until Friday.")
    b = reading("b", "The ferry company is only suspending crossings to Lune Harbour until Friday.")
    assert find_perturbations([a, b], "negation", random.Random(0)) == []


def test_negation_needs_another_article_stating_the_same() -> None:
    a = reading("a", "The ferry company has suspended crossings to Lune Harbour until Friday.")
    b = reading("b", "Storm warnings were issued for the whole northern coast overnight.")
    assert find_perturbations([a, b], "negation", random.Random(0)) == []


def test_title_swaps_one_word_of_a_title_another_article_also_gives() -> None:
    a = reading(
        "a",
        "Foreign Minister Ilka Varros arrived in Lune.",
        mentions=(("Ilka Varros", {"kind": "person", "role": "Foreign Minister"}),),
    )
    b = reading(
        "b",
        "Varros, the foreign minister, spoke briefly.",
        mentions=(
            ("Varros", {"kind": "person", "name": "Ilka Varros", "role": "foreign minister"}),
        ),
    )
    c = reading(
        "c",
        "Ilka Varros was seen in Lune.",
        mentions=(("Ilka Varros", {"kind": "person"}),),
    )
    found = find_perturbations([a, b, c], "title", random.Random(0))
    pa, pb = _only(found, "a"), _only(found, "b")
    assert pa.apply(a.article.text) == "Defence Minister Ilka Varros arrived in Lune."
    assert pb.apply(b.article.text) == "Varros, the defence minister, spoke briefly."


def test_title_leaves_former_titles_and_longer_words_alone() -> None:
    b = reading(
        "b",
        "Varros, the foreign minister, spoke briefly.",
        mentions=(
            ("Varros", {"kind": "person", "name": "Ilka Varros", "role": "foreign minister"}),
        ),
    )
    former = reading(
        "a",
        "Former Foreign Minister Ilka Varros arrived in Lune.",
        mentions=(("Ilka Varros", {"kind": "person", "role": "Former Foreign Minister"}),),
    )
    assert [p.article_id for p in find_perturbations([former, b], "title", random.Random(0))] == [
        "b"
    ]
    # the role "President" is not the start of "Presidential"
    longer = reading(
        "a",
        "Presidential envoy Ilka Varros arrived in Lune.",
        mentions=(("Ilka Varros", {"kind": "person", "role": "President"}),),
    )
    assert "a" not in {
        p.article_id for p in find_perturbations([longer, b], "title", random.Random(0))
    }


def test_every_kind_has_expected_conflict_kinds() -> None:
    assert set(EXPECTED) == set(KINDS)
    assert EXPECTED["relation"] == EXPECTED["negation"] == frozenset({"claim"})
    assert EXPECTED["title"] == frozenset({"role"})
