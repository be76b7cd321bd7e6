"""Figure conflicts separate contradictions, compatible spreads and agreement."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from newsprism.compare.figures import count_class, figure_conflicts
from newsprism.model import EntityKind, Mention, ReadArticle, Sentence
from tests.compare.helpers import reading


def killed(value: float, qualifier: str = "exact", counts: str = "passengers") -> dict[str, object]:
    return {"value": value, "qualifier": qualifier, "counts": counts, "verb": "killed"}


def test_exact_figures_that_differ_contradict() -> None:
    a = reading(
        "a", "tide.example", "The sinking killed 41 passengers.", quantities=(("41", killed(41)),)
    )
    b = reading(
        "b",
        "gull.example",
        "At the pier, 47 passengers were killed.",
        quantities=(("47", killed(47)),),
    )
    (conflict,) = figure_conflicts([a, b])
    assert conflict.kind == "figure"
    assert conflict.severity == "contradiction"
    assert [v.value for v in conflict.variants] == ["41", "47"]
    assert conflict.variants[0].evidence[0].text == "The sinking killed 41 passengers."


def test_lower_bound_and_figure_above_it_are_a_spread() -> None:
    a = reading(
        "a",
        "tide.example",
        "More than 30 passengers died.",
        quantities=(("More than 30", killed(30, "more-than")),),
    )
    b = reading(
        "b", "gull.example", "The toll stood at 38 passengers.", quantities=(("38", killed(38)),)
    )
    (conflict,) = figure_conflicts([a, b])
    assert conflict.severity == "spread"


def test_approximate_figures_agree() -> None:
    a = reading(
        "a",
        "tide.example",
        "Nearly 200 passengers died.",
        quantities=(("Nearly 200", killed(200, "approximately")),),
    )
    b = reading(
        "b",
        "gull.example",
        "About 200 passengers died.",
        quantities=(("About 200", killed(200, "approximately")),),
    )
    c = reading(
        "c", "reef.example", "The toll was 196 passengers.", quantities=(("196", killed(196)),)
    )
    assert figure_conflicts([a, b, c]) == []


def test_growth_between_reports_on_different_days_is_a_spread() -> None:
    a = reading(
        "a",
        "tide.example",
        "The toll is 12 passengers.",
        published=date(2025, 5, 1),
        quantities=(("12", killed(12)),),
    )
    b = reading(
        "b",
        "gull.example",
        "The toll is 19 passengers.",
        published=date(2025, 5, 3),
        quantities=(("19", killed(19)),),
    )
    (conflict,) = figure_conflicts([a, b])
    assert conflict.severity == "spread"
    assert "changed between reports" in conflict.explanation
    # a toll that falls a day later is a contradiction
    b = reading(
        "b",
        "gull.example",
        "The toll is 9 passengers.",
        published=date(2025, 5, 3),
        quantities=(("9", killed(9)),),
    )
    assert figure_conflicts([a, b])[0].severity == "contradiction"


def test_people_missing_move_either_way_between_reports() -> None:
    def missing(value: float) -> dict[str, object]:
        return {**killed(value), "verb": "missing"}

    a = reading(
        "a",
        "tide.example",
        "40 passengers are missing.",
        published=date(2025, 5, 1),
        quantities=(("40", missing(40)),),
    )
    fewer = reading(
        "b",
        "gull.example",
        "35 passengers are missing.",
        published=date(2025, 5, 3),
        quantities=(("35", missing(35)),),
    )
    (conflict,) = figure_conflicts([a, fewer])
    assert conflict.severity == "spread"
    more = reading(
        "b",
        "gull.example",
        "45 passengers are missing.",
        published=date(2025, 5, 3),
        quantities=(("45", missing(45)),),
    )
    assert figure_conflicts([a, more])[0].severity == "spread"
    same_day = reading(
        "b",
        "gull.example",
        "45 passengers are missing.",
        published=date(2025, 5, 1),
        quantities=(("45", missing(45)),),
    )
    assert figure_conflicts([a, same_day])[0].severity == "contradiction"


def test_different_counts_or_vague_amounts_are_not_compared() -> None:
    a = reading(
        "a",
        "tide.example",
        "Dozens of passengers died.",
        quantities=(
            (
                "Dozens",
                {
                    "low": 24,
                    "high": 99,
                    "qualifier": "range",
                    "counts": "passengers",
                    "verb": "killed",
                },
            ),
        ),
    )
    b = reading(
        "b", "gull.example", "The crash killed 41 passengers.", quantities=(("41", killed(41)),)
    )
    c = reading(
        "c",
        "reef.example",
        "The crash injured 41 crew.",
        quantities=(("41", {"value": 41, "counts": "crew", "verb": "wounded"}),),
    )
    assert figure_conflicts([a, b, c]) == []


def test_count_classes_merge_synonyms() -> None:
    assert count_class("Armenia-backed soldiers") == count_class("fighters") == "military"
    assert count_class("civilians") != count_class("people")


def _count(
    value: float, verb: str, counts: str | None = None, **extra: object
) -> dict[str, object]:
    return {"value": value, "qualifier": "exact", "counts": counts, "verb": verb, **extra}


def test_a_toll_with_no_counted_noun_counts_people() -> None:
    a = reading(
        "a", "tide.example", "The toll rose to 63.", quantities=(("63", _count(63, "killed")),)
    )
    b = reading(
        "b",
        "gull.example",
        "Officials said 58 people died.",
        quantities=(("58 people", _count(58, "killed", "people")),),
    )
    (conflict,) = figure_conflicts([a, b])
    assert conflict.subject == "people killed"


def test_crew_members_are_counted_as_crew() -> None:
    assert count_class("members", "six crew members") == "crew"
    assert count_class("passengers", "40 passengers") == "passengers"


def test_an_exact_figure_agrees_with_the_same_lower_bound() -> None:
    a = reading(
        "a",
        "tide.example",
        "At least 38 people died.",
        quantities=(("At least 38", killed(38, "at-least")),),
    )
    b = reading(
        "b", "gull.example", "The quake killed 38 people.", quantities=(("38", killed(38)),)
    )
    assert figure_conflicts([a, b]) == []


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


def test_parts_of_a_total_and_ages_are_not_totals() -> None:
    total = reading(
        "a",
        "tide.example",
        "Rescuers freed 12 miners.",
        quantities=(("12 miners", _count(12, "rescued", "miners")),),
    )
    parts = reading(
        "b",
        "gull.example",
        "The last four miners were freed.\nFour of the miners were freed first.\n"
        "Of the miners, 5 were freed by noon.\nHe was killed at age 41.",
        quantities=(
            ("four miners", _count(4, "rescued", "miners")),
            ("Four of the miners", _count(4, "rescued", "miners")),
            ("5", _count(5, "rescued", "miners")),
            ("41", _count(41, "killed")),
        ),
    )
    assert figure_conflicts([total, parts]) == []


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


def test_two_figures_of_one_kind_in_a_statement_are_not_compared() -> None:
    a = reading(
        "a",
        "tide.example",
        "The bank held $209 billion in assets and $175 billion in deposits.",
        quantities=(
            ("$209 billion", {"value": 209e9, "unit": "$"}),
            ("$175 billion", {"value": 175e9, "unit": "$"}),
        ),
    )
    b = reading(
        "b",
        "gull.example",
        "The $209 billion bank failed.",
        quantities=(("$209 billion", {"value": 209e9, "unit": "$"}),),
    )
    assert figure_conflicts([a, b], {("a", 0): "F1", ("b", 0): "F1"}) == []


def test_part_of_a_group_is_not_a_total_but_n_of_m_is_a_count() -> None:
    from newsprism.compare.figures import figure_key

    text = "The storm killed 17 of the 20 fishermen.\nFour of the boats were rescued."
    r = reading(
        "a",
        "tide.example",
        text,
        quantities=(
            ("17", {"value": 17, "counts": "fishermen", "verb": "killed"}),
            ("Four", {"value": 4, "counts": "boats", "verb": "rescued"}),
        ),
    )
    seventeen, four = r.quantities
    assert figure_key(r, seventeen, r.sentences[0]) is not None
    assert figure_key(r, four, r.sentences[1]) is None


def test_counts_of_one_specific_group_are_compared_without_a_verb() -> None:
    a = reading(
        "a",
        "tide.example",
        "Rescuers reached the 12 miners on Sunday.",
        quantities=(("12 miners", {"value": 12, "counts": "miners"}),),
    )
    b = reading(
        "b",
        "gull.example",
        "All 14 miners were brought out.",
        quantities=(("14 miners", {"value": 14, "counts": "miners"}),),
    )
    c = reading(
        "c",
        "reef.example",
        "Two medics stayed with each of the miners.",
        quantities=(("Two medics", {"value": 2, "counts": "medics"}),),
    )
    (conflict,) = figure_conflicts([a, b, c])
    assert conflict.subject.startswith("miners")
    assert [v.value for v in conflict.variants] == ["12 miners", "14 miners"]


def _group(
    value: float, counts: str, verb: str | None = None, q: str = "exact"
) -> dict[str, object]:
    return {"value": value, "qualifier": q, "counts": counts, "verb": verb}


def test_a_group_on_board_and_the_same_group_without_a_verb_compare() -> None:
    a = reading(
        "a",
        "tide.example",
        "The ferry, carrying 80 pilgrims, sank off Corvel.",
        quantities=(("80 pilgrims", _group(80, "pilgrims", "aboard")),),
    )
    b = reading(
        "b",
        "gull.example",
        "The 95 pilgrims were from the hill villages.",
        quantities=(("95 pilgrims", _group(95, "pilgrims")),),
    )
    (conflict,) = figure_conflicts([a, b])
    assert [v.value for v in conflict.variants] == ["80 pilgrims", "95 pilgrims"]


def test_two_different_estimates_are_a_spread() -> None:
    a = reading(
        "a",
        "tide.example",
        "Some 400 wardens patrolled Lomsby.",
        quantities=(("Some 400 wardens", _group(400, "wardens", q="approximately")),),
    )
    b = reading(
        "b",
        "gull.example",
        "Around 440 wardens patrolled Lomsby.",
        quantities=(("Around 440 wardens", _group(440, "wardens", q="approximately")),),
    )
    (conflict,) = figure_conflicts([a, b])
    assert conflict.severity == "spread"


def test_groups_joined_or_narrowed_or_earlier_are_not_compared() -> None:
    a = reading(
        "a",
        "tide.example",
        "Some 40 trawlers and crew were lost.\nAt that time, 12 harbours had closed.",
        quantities=(
            ("40 trawlers", _group(40, "trawlers")),
            ("12 harbours", _group(12, "harbours")),
        ),
    )
    b = reading(
        "b",
        "gull.example",
        "Officials named 31 trawlers.\nStorms shut 20 harbours.\nFive harbours facing west shut.",
        quantities=(
            ("31 trawlers", _group(31, "trawlers")),
            ("20 harbours", _group(20, "harbours")),
            ("Five harbours", _group(5, "harbours")),
        ),
    )
    assert figure_conflicts([a, b]) == []


def test_a_modifier_narrows_the_group() -> None:
    a = reading(
        "a",
        "tide.example",
        "About 30 vehicles were on the span.",
        quantities=(("About 30 vehicles", _group(30, "vehicles", q="approximately")),),
    )
    b = reading(
        "b",
        "gull.example",
        "Four heavy vehicles were on the span.",
        quantities=(("Four heavy vehicles", _group(4, "vehicles")),),
    )
    assert figure_conflicts([a, b]) == []


def test_the_year_nearest_the_figure_keys_it() -> None:
    a = reading(
        "a",
        "tide.example",
        "Lomsby banned the model in 2021 after a crash that killed 88 passengers in 2019.",
        quantities=(("88", killed(88)),),
    )
    b = reading(
        "b",
        "gull.example",
        "A crash in 2019 killed 98 passengers.",
        quantities=(("98", killed(98)),),
    )
    (conflict,) = figure_conflicts([a, b])
    assert "[2019]" in conflict.subject


def test_an_undated_figure_joins_the_epoch_of_its_publication() -> None:
    a = reading(
        "a",
        "tide.example",
        "On 3 May 2025 the flood killed 14 passengers.",
        published=date(2025, 5, 4),
        quantities=(("14", killed(14)),),
        timerefs=(("3 May 2025", {"resolved": date(2025, 5, 3)}),),
    )
    b = reading(
        "b",
        "gull.example",
        "On 20 April 2025 a storm killed 3 passengers.\nThe flood killed 19 passengers.",
        published=date(2025, 5, 4),
        quantities=(("3", killed(3)), ("19", killed(19))),
        timerefs=(("20 April 2025", {"resolved": date(2025, 4, 20)}),),
    )
    (conflict,) = figure_conflicts([a, b])
    assert [v.value for v in conflict.variants] == ["14", "19"]


def length(value: float, unit: str, qualifier: str = "exact") -> dict[str, object]:
    return {"value": value, "qualifier": qualifier, "unit": unit}


def test_lengths_that_say_what_they_measure_compare_in_metres() -> None:
    a = reading(
        "a",
        "tide.example",
        "The tremor struck at a depth of 9 km under Kelby.",
        quantities=(("9 km", length(9, "km")),),
    )
    b = reading(
        "b",
        "gull.example",
        "It hit at a shallow depth of 12 miles.",
        quantities=(("12 miles", length(12, "miles")),),
    )
    c = reading(
        "c",
        "reef.example",
        "Its depth of 9,000 metres was unusual.",
        quantities=(("9,000 metres", length(9000, "m")),),
    )
    (conflict,) = figure_conflicts([a, b, c])
    assert conflict.subject == "depth measured"
    assert conflict.severity == "contradiction"
    assert [v.articles for v in conflict.variants] == [("a", "c"), ("b",)]


def test_lengths_in_two_units_agree_within_rounding() -> None:
    a = reading(
        "a",
        "tide.example",
        "The glider plunged 2,000 feet in a minute.",
        quantities=(("2,000 feet", length(2000, "ft")),),
    )
    b = reading(
        "b",
        "gull.example",
        "The glider dropped 600m before levelling.",
        quantities=(("600m", length(600, "m")),),
    )
    assert figure_conflicts([a, b]) == []
    c = reading(
        "c",
        "reef.example",
        "The glider plunged 900 metres over the lake.",
        quantities=(("900 metres", length(900, "m")),),
    )
    (conflict,) = figure_conflicts([a, b, c])
    assert conflict.subject == "fall measured"
    assert [v.articles for v in conflict.variants] == [("a", "b"), ("c",)]


def test_altitude_and_distance_from_a_named_place_are_measures() -> None:
    a = reading(
        "a",
        "tide.example",
        "The jet climbed to about 700 feet, some 30 miles north of Kelby.",
        quantities=(
            ("about 700 feet", length(700, "ft", "approximately")),
            ("some 30 miles", length(30, "miles", "approximately")),
        ),
    )
    b = reading(
        "b",
        "gull.example",
        "It was at an altitude of 820 feet when it fell near Tarvo, 70 km east of Kelby.",
        quantities=(("820 feet", length(820, "ft")), ("70 km", length(70, "km"))),
    )
    c = reading(
        "c",
        "reef.example",
        "The wreck lies 60 km from Kelby.",
        quantities=(("60 km", length(60, "km")),),
    )
    conflicts = figure_conflicts([a, b, c])
    assert [(c.subject, c.severity) for c in conflicts] == [
        ("altitude measured", "contradiction"),
        ("distance from kelbi measured", "contradiction"),
    ]
    # Tarvo, 70 km from Kelby, is another place than the one 30 miles from it
    assert [v.articles for v in conflicts[1].variants] == [("a",), ("c",)]


def test_lengths_that_say_nothing_of_what_they_measure_are_not_compared() -> None:
    a = reading(
        "a", "tide.example", "A 40 km convoy left.", quantities=(("40 km", length(40, "km")),)
    )
    b = reading(
        "b", "gull.example", "A 90 km convoy left.", quantities=(("90 km", length(90, "km")),)
    )
    assert figure_conflicts([a, b]) == []


def test_a_number_word_is_not_a_modifier_of_the_group() -> None:
    a = reading(
        "a",
        "tide.example",
        "Cases were found in more than a dozen countries.",
        quantities=(
            (
                "more than a dozen countries",
                {"value": 12, "qualifier": "more-than", "counts": "countries"},
            ),
        ),
    )
    b = reading(
        "b",
        "gull.example",
        "Cases were found in 15 countries.",
        quantities=(("15 countries", {"value": 15, "counts": "countries"}),),
    )
    (conflict,) = figure_conflicts([a, b])
    assert conflict.severity == "spread"


def _days(value: float, unit: str = "days", q: str = "exact") -> dict[str, object]:
    return {"value": value, "qualifier": q, "unit": unit}


def test_durations_of_what_lasted_are_compared_in_one_unit() -> None:
    a = reading(
        "a",
        "tide.example",
        "Divers freed the miners 9 days after they got trapped below Corvel.",
        quantities=(("9 days", _days(9)),),
    )
    b = reading(
        "b",
        "gull.example",
        "The miners left the shaft, ending a bitter 10-day ordeal.",
        quantities=(("10-day ordeal", _days(10)),),
    )
    c = reading(
        "c",
        "reef.example",
        "The crew, trapped in the shaft for more than one week, walked out.",
        quantities=(("more than one week", _days(1, "weeks", "more-than")),),
    )
    (conflict,) = figure_conflicts([a, b, c])
    assert conflict.subject == "duration (trapped)"
    assert conflict.severity == "contradiction"
    assert [v.value for v in conflict.variants] == ["more than one week", "9 days", "10-day ordeal"]


def test_durations_that_do_not_say_what_lasted_are_not_compared() -> None:
    a = reading(
        "a",
        "tide.example",
        "The outage lasted for about four hours.",
        quantities=(("about four hours", _days(4, "hours", "approximately")),),
    )
    b = reading(
        "b",
        "gull.example",
        "Crews worked 12 hours a day after the outage.",
        quantities=(("12 hours", _days(12, "hours")),),
    )
    c = reading(
        "c",
        "reef.example",
        "Service came back two hours later, said Mira Tolvan.",
        quantities=(("two hours", _days(2, "hours")),),
    )
    d = reading(
        "d",
        "fern.example",
        "The four-hour outage hit the Ostrava grid.",
        quantities=(("four-hour outage", _days(4, "hours")),),
    )
    assert figure_conflicts([a, b, c, d]) == []


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


def test_crew_on_board_and_crew_without_a_verb_compare() -> None:
    a = reading(
        "a",
        "tide.example",
        "The ferry had five crew members on board.",
        quantities=(("five crew members", _group(5, "members", "aboard")),),
    )
    b = reading(
        "b",
        "gull.example",
        "The ferry, with 40 pilgrims and seven crew members, sank.",
        quantities=(("seven crew members", _group(7, "members")),),
    )
    (conflict,) = figure_conflicts([a, b])
    assert [v.value for v in conflict.variants] == ["five crew members", "seven crew members"]


def test_a_named_part_of_the_crew_is_not_the_crew() -> None:
    a = reading(
        "a",
        "tide.example",
        "The jet carried two pilots and four cabin crew.",
        quantities=(("four cabin crew", _group(4, "crew")),),
    )
    b = reading(
        "b",
        "gull.example",
        "The jet carried six crew members.",
        quantities=(("six crew members", _group(6, "members")),),
    )
    assert figure_conflicts([a, b]) == []


def _in_sentences(base: ReadArticle) -> ReadArticle:
    """``base`` split into sentences at ". " too, so that a line is a paragraph."""
    text, found = base.article.text, []
    for m in re.finditer(r"[^.\n]+\.?", text):
        stripped = m.group().lstrip()
        start = m.end() - len(stripped)
        found.append(Sentence(base.id, start, m.end(), stripped, index=len(found)))
    return replace(base, sentences=tuple(found))


def test_a_sentence_with_no_time_continues_the_year_of_the_previous_one() -> None:
    a = _in_sentences(
        reading(
            "a",
            "tide.example",
            "In May 2011, a quake struck Velmar. The quake killed 300 miners.",
            quantities=(("300", killed(300, counts="miners")),),
        )
    )
    b = _in_sentences(
        reading(
            "b",
            "gull.example",
            "In 2011, Velmar shook. The quake killed 340 miners.\nThe quake killed 120 miners.",
            quantities=(
                ("340", killed(340, counts="miners")),
                ("120", killed(120, counts="miners")),
            ),
        )
    )
    (conflict,) = figure_conflicts([a, b])
    assert "[2011]" in conflict.subject
    assert [v.value for v in conflict.variants] == ["300", "340"]


def test_a_sentence_on_the_present_or_in_a_new_paragraph_keeps_no_year() -> None:
    a = _in_sentences(
        reading(
            "a",
            "tide.example",
            (
                "The mine opened in 2011. It now employs 300 miners. A shaft flooded in 2011."
                "\nIt has 290 welders."
            ),
            quantities=(
                ("300 miners", _group(300, "miners")),
                ("290 welders", _group(290, "welders")),
            ),
        )
    )
    b = _in_sentences(
        reading(
            "b",
            "gull.example",
            "The mine employs 340 miners and 310 welders.",
            quantities=(
                ("340 miners", _group(340, "miners")),
                ("310 welders", _group(310, "welders")),
            ),
        )
    )
    conflicts = figure_conflicts([a, b])
    assert [c.subject for c in conflicts] == ["miners counted", "welders counted"]


def test_a_day_written_nearer_the_figure_than_a_year_dates_it() -> None:
    a = reading(
        "a",
        "tide.example",
        "The clashes killed 90 rangers since May 2, between guards and poachers active since 1998.",
        quantities=(("90", killed(90, counts="rangers")),),
        timerefs=(("May 2", {"resolved": date(2025, 5, 2)}),),
    )
    b = reading(
        "b",
        "gull.example",
        "The clashes have killed 70 rangers.",
        quantities=(("70", killed(70, counts="rangers")),),
    )
    (conflict,) = figure_conflicts([a, b])
    assert [v.value for v in conflict.variants] == ["70", "90"]


def test_two_lower_bounds_at_one_figure_agree() -> None:
    a = reading(
        "a",
        "tide.example",
        "The storm killed at least 40 fishermen.",
        quantities=(("40", killed(40, "at-least", "fishermen")),),
    )
    b = reading(
        "b",
        "gull.example",
        "The storm killed more than 40 fishermen.",
        quantities=(("40", killed(40, "more-than", "fishermen")),),
    )
    assert figure_conflicts([a, b]) == []
    c = reading(
        "c",
        "reef.example",
        "The storm killed 25 fishermen.",
        quantities=(("25", killed(25, counts="fishermen")),),
    )
    (conflict,) = figure_conflicts([a, b, c])
    assert [v.articles for v in conflict.variants] == [("c",), ("a", "b")]


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


def test_a_modifier_another_article_names_with_the_plain_count_does_not_narrow() -> None:
    a = reading(
        "a",
        "tide.example",
        "The study followed 950 trial volunteers.",
        quantities=(("950 trial volunteers", _group(950, "volunteers")),),
    )
    b = reading(
        "b",
        "gull.example",
        "The trial enrolled 900 volunteers.",
        quantities=(("900 volunteers", _group(900, "volunteers")),),
    )
    (conflict,) = figure_conflicts([a, b])
    assert [v.value for v in conflict.variants] == ["900 volunteers", "950 trial volunteers"]
    c = reading(
        "c",
        "reef.example",
        "The trial enrolled 900 volunteers and two other volunteers helped.",
        quantities=(("two other volunteers", _group(2, "volunteers")),),
    )
    assert figure_conflicts([b, c]) == []


def test_one_side_of_a_split_or_a_majority_is_not_the_total() -> None:
    def votes(value: float) -> dict[str, object]:
        return {"value": value, "qualifier": "exact", "counts": "votes", "verb": "won"}

    a = reading(
        "a",
        "tide.example",
        "Marsh won the Olk election by 1,204 votes.",
        quantities=(("1,204 votes", votes(1204)),),
    )
    split = reading(
        "b",
        "gull.example",
        "The court upheld the Olk result by seven votes to two.",
        quantities=(("seven votes", votes(7)),),
    )
    assert figure_conflicts([a, split]) == []
    judges = {"value": 2, "qualifier": "exact", "counts": "judges", "verb": "dissented"}
    dissent = reading(
        "c", "reef.example", "Two judges dissented.", quantities=(("Two judges", judges),)
    )
    majority = reading(
        "d",
        "kelp.example",
        "A majority of seven judges disagreed.",
        quantities=(("seven judges", {**judges, "value": 7, "verb": "disagreed"}),),
    )
    assert figure_conflicts([dissent, majority]) == []


def _age(value: float, qualifier: str = "exact") -> dict[str, object]:
    return {"value": value, "qualifier": qualifier, "unit": "years old"}


def test_the_age_of_an_aircraft_or_a_bridge_is_compared() -> None:
    a = reading(
        "a",
        "tide.example",
        "The jet, a 19-year-old Airbus A320, had passed its checks.",
        quantities=(("19-year-old", _age(19)),),
    )
    b = reading(
        "b",
        "gull.example",
        "The 21-year-old A320 aircraft belonged to Kestrel Air.",
        quantities=(("21-year-old", _age(21)),),
    )
    c = reading(
        "c",
        "reef.example",
        "Records show the plane was 19 years old.",
        quantities=(("19 years old", _age(19)),),
    )
    (conflict,) = figure_conflicts([a, b, c])
    assert conflict.subject == "age (aircraft)"
    assert conflict.severity == "contradiction"
    assert [v.articles for v in conflict.variants] == [("a", "c"), ("b",)]


def test_the_ages_of_people_are_not_compared() -> None:
    a = reading(
        "a",
        "tide.example",
        "The pilot, a 44-year-old from Orvell, survived.",
        quantities=(("44-year-old", _age(44)),),
    )
    b = reading(
        "b",
        "gull.example",
        "A 52-year-old passenger was the first to leave the wreck.",
        quantities=(("52-year-old passenger", _age(52)),),
    )
    assert figure_conflicts([a, b]) == []


def _ages(low: float, high: float) -> dict[str, object]:
    return {"value": None, "low": low, "high": high, "qualifier": "range"}


def test_the_span_of_ages_of_a_group_is_compared() -> None:
    a = reading(
        "a",
        "tide.example",
        "The climbers, aged 19-25, were flown to Kelby.",
        quantities=(("19-25", _ages(19, 25)),),
    )
    b = reading(
        "b",
        "gull.example",
        "The climbers, who were aged between 19 and 27, were flown out.",
        quantities=(("between 19 and 27", _ages(19, 27)),),
    )
    c = reading(
        "c",
        "reef.example",
        "Pilots aged 30 to 40 flew the missions over Kelby.",
        quantities=(("30 to 40", _ages(30, 40)),),
    )
    (conflict,) = figure_conflicts([a, b, c])
    assert conflict.subject == "age (climbers)"
    assert conflict.severity == "spread"
    assert [v.articles for v in conflict.variants] == [("a",), ("b",)]


def test_the_length_of_a_section_of_a_structure_is_compared() -> None:
    a = reading(
        "a",
        "tide.example",
        "A 300ft section of the Varro dam gave way.",
        quantities=(("300ft section", {**length(300, "ft"), "counts": "section"}),),
    )
    b = reading(
        "b",
        "gull.example",
        "Video showed the 90-metre long broken section from above.",
        quantities=(("90-metre", length(90, "m")),),
    )
    c = reading(
        "c",
        "reef.example",
        "Drone images showed 150 metres (490 feet) of the dam swept away.",
        quantities=(("150 metres", length(150, "m")), ("490 feet", length(490, "ft"))),
    )
    d = reading(
        "d",
        "fern.example",
        "Homes within 400 metres of the dam were cleared.",
        quantities=(("400 metres", length(400, "m")),),
    )
    (conflict,) = figure_conflicts([a, b, c, d])
    assert conflict.subject == "section measured"
    assert conflict.severity == "contradiction"
    assert [v.articles for v in conflict.variants] == [("a", "b"), ("c",)]


def test_a_length_of_service_is_a_duration() -> None:
    a = reading(
        "a",
        "tide.example",
        "Judge Orla Venn served 14 years on the Kelby bench.",
        quantities=(("14 years", _days(14, "years")),),
    )
    b = reading(
        "b",
        "gull.example",
        "Venn served on the bench for more than 14 years, starting in 2009.",
        quantities=(("more than 14 years", _days(14, "years", "more-than")),),
    )
    c = reading(
        "c",
        "reef.example",
        "She served 16 years as a judge in Kelby.",
        quantities=(("16 years", _days(16, "years")),),
    )
    (conflict,) = figure_conflicts([a, b, c])
    assert conflict.subject == "duration (service)"
    assert conflict.severity == "contradiction"
    assert [v.articles for v in conflict.variants] == [("a",), ("b",), ("c",)]


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
