"""Lengths, durations and ages compare in one unit when the text says what they measure."""

from __future__ import annotations

from newsprism.compare.figures import figure_conflicts
from tests.compare.helpers import reading


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
