"""Event dates across unaligned sentences: one event dated differently is a conflict; other
events, plans and statements after the event are not."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from datetime import date

import numpy as np

from newsprism.compare import event_dates
from newsprism.compare.dated_sentences import (
    DatedSentence,
    dated_sentence,
    dates_a_happening,
    nearest_weekday,
    undated_terms,
)
from newsprism.compare.event_dates import event_date_conflicts
from newsprism.model import Conflict, ReadArticle
from tests.compare.helpers import FILLER, dated, reading


def _weekday(article_id: str, sentence: str, surface: str, day: date) -> ReadArticle:
    """A reading whose first sentence is dated by the weekday ``surface``, resolved to ``day``."""
    return dated(article_id, sentence, surface, day, "weekday")


def _items(readings: Iterable[ReadArticle]) -> list[DatedSentence]:
    """The dated first sentence of each reading."""
    items = []
    for reading_ in readings:
        sentence = reading_.sentences[0]
        item = dated_sentence(reading_, sentence, undated_terms(reading_, sentence, {}))
        assert item is not None
        items.append(item)
    return items


def _datelined(text: str, line_day: date, surface: str, day: date) -> ReadArticle:
    """A wire story whose first sentence opens with a date line ("OLK, Tarnia, May 8 (Tide Wire)
    - ") dated ``line_day``, and dates its event by the weekday ``surface``."""
    line = text.split(",")[2].split("(")[0].strip()
    return reading(
        "a",
        "a.example",
        f"{text}\n{FILLER}",
        published=line_day,
        timerefs=(
            (line, {"resolved": line_day, "method": "explicit"}),
            (surface, {"resolved": day, "method": "weekday"}),
        ),
    )


def test_one_event_given_two_days_apart_from_alignment() -> None:
    a = _weekday(
        "a",
        "The Vell ferry capsized on Friday in the strait, drowning eleven passengers.",
        "on Friday",
        date(2025, 5, 2),
    )
    b = _weekday(
        "b",
        "Eleven passengers drowned when the Vell ferry capsized in the strait on Tuesday.",
        "on Tuesday",
        date(2025, 4, 29),
    )
    (conflict,) = event_date_conflicts([a, b], {})
    assert conflict.kind == "date"
    assert [v.articles for v in conflict.variants] == [("b",), ("a",)]


def test_unrelated_sentences_with_different_days_are_not_compared() -> None:
    a = _weekday(
        "a", "The Vell ferry capsized on Friday in the strait.", "on Friday", date(2025, 5, 2)
    )
    b = _weekday(
        "b",
        "The harbour master resigned on Tuesday after a long dispute over wages.",
        "on Tuesday",
        date(2025, 4, 29),
    )
    assert event_date_conflicts([a, b], {}) == []


def test_another_like_event_is_not_the_same_event() -> None:
    a = _weekday(
        "a",
        "The Vell ferry capsized on Friday in the strait, drowning eleven passengers.",
        "on Friday",
        date(2025, 5, 2),
    )
    b = _weekday(
        "b",
        "Another ferry capsized in the strait on Tuesday, drowning eleven passengers.",
        "on Tuesday",
        date(2025, 4, 29),
    )
    assert event_date_conflicts([a, b], {}) == []


def test_like_events_told_apart_the_same_way_are_compared() -> None:
    a = _weekday(
        "a",
        "Another ferry capsized in the strait on Friday, drowning eleven passengers.",
        "on Friday",
        date(2025, 5, 2),
    )
    b = _weekday(
        "b",
        "Another ferry capsized in the strait on Tuesday, drowning eleven of its passengers.",
        "on Tuesday",
        date(2025, 4, 29),
    )
    (conflict,) = event_date_conflicts([a, b], {})
    assert [v.articles for v in conflict.variants] == [("b",), ("a",)]


def test_a_guessed_week_is_not_a_conflict_but_a_different_weekday_is() -> None:
    a = _weekday(
        "a",
        "The Vell ferry capsized on Friday in the strait, drowning eleven passengers.",
        "on Friday",
        date(2025, 5, 2),
    )
    text = "Eleven passengers drowned when the Vell ferry capsized in the strait on {}."
    # the article's date is a guess: its Friday resolved a week early
    same = dated("b", text.format("Friday"), "Friday", date(2025, 4, 25), "weekday")
    assert event_date_conflicts([a, replace(same, published_estimated=True)], {}) == []
    other = dated("b", text.format("Wednesday"), "Wednesday", date(2025, 4, 23), "weekday")
    (conflict,) = event_date_conflicts([a, replace(other, published_estimated=True)], {})
    # shown at the Wednesday nearest the Friday the trusted article gives
    assert [v.value for v in conflict.variants] == [
        "2025-04-30 (Wednesday)",
        "2025-05-02 (on Friday)",
    ]


def test_nearest_weekday() -> None:
    friday = date(2025, 5, 2)
    assert nearest_weekday(date(2025, 4, 23), friday) == date(2025, 4, 30)
    assert nearest_weekday(date(2025, 5, 12), friday) == date(2025, 5, 5)
    assert nearest_weekday(date(2025, 4, 25), friday) == friday


def test_a_statement_after_the_event_is_not_a_conflict_but_one_before_it_is() -> None:
    event = _weekday(
        "a",
        "Eleven passengers drowned when the Vell ferry capsized in the strait on Tuesday.",
        "on Tuesday",
        date(2025, 4, 29),
    )
    for day, conflicts in ((date(2025, 5, 1), 0), (date(2025, 4, 26), 1)):
        said = dated(
            "b",
            "The coastguard told reporters on Saturday that eleven passengers drowned when "
            "the Vell ferry capsized in the strait.",
            "on Saturday",
            day,
            "weekday",
        )
        assert len(event_date_conflicts([event, said], {})) == conflicts


def _statement_against_evening_event(said_surface: str) -> list[Conflict]:
    event = _weekday(
        "a",
        "Eleven passengers drowned when the Vell ferry capsized in the strait on Tuesday evening.",
        "on Tuesday",
        date(2025, 4, 29),
    )
    said = dated(
        "b",
        f"The coastguard told reporters {said_surface} that eleven passengers drowned when "
        "the Vell ferry capsized in the strait.",
        said_surface,
        date(2025, 4, 28),
        "weekday",
    )
    return event_date_conflicts([event, said], {})


def test_a_statement_the_day_before_an_evening_event_is_a_conflict() -> None:
    (conflict,) = _statement_against_evening_event("on Monday")
    assert [v.articles for v in conflict.variants] == [("b",), ("a",)]


def test_a_statement_late_the_day_before_may_follow_the_event_across_time_zones() -> None:
    assert _statement_against_evening_event("late on Monday") == []


def test_statement_dates_a_day_apart_are_not_a_conflict() -> None:
    said = "The Olk mayor told the Tarn Courier {} that the ferry service would resume soon."
    a = dated("a", said.format("on Wednesday"), "on Wednesday", date(2025, 4, 30), "weekday")
    b = dated(
        "b",
        "The Olk mayor said in an interview published on May 1 that the ferry service would "
        "resume soon.",
        "May 1",
        date(2025, 5, 1),
        "explicit",
    )
    assert event_date_conflicts([a, b], {}) == []
    c = dated("b", said.format("on Monday"), "on Monday", date(2025, 4, 28), "weekday")
    assert len(event_date_conflicts([a, c], {})) == 1


def test_a_statement_before_a_state_rather_than_a_happening_is_not_premature() -> None:
    said = dated(
        "a",
        "The Vell ferry capsized in the strait, leaving 40 missing, the coastguard said on "
        "Saturday.",
        "on Saturday",
        date(2025, 5, 3),
        "weekday",
    )
    state = dated(
        "b",
        "Thirty-eight people remained missing on Sunday after the Vell ferry capsized in "
        "the strait.",
        "on Sunday",
        date(2025, 5, 4),
        "weekday",
    )
    assert event_date_conflicts([said, state], {}) == []


def test_a_toll_update_dates_the_report_not_the_event() -> None:
    event = _weekday(
        "a",
        "At least 23 people were killed when the quake hit the Vell valley before dawn on Sunday.",
        "on Sunday",
        date(2025, 5, 4),
    )
    update = _weekday(
        "b",
        "The number of people killed by the quake in the Vell valley rose to 41 on Tuesday.",
        "on Tuesday",
        date(2025, 5, 6),
    )
    assert event_date_conflicts([event, update], {}) == []


def test_a_date_in_a_relative_clause_does_not_date_the_sentence() -> None:
    found = dated(
        "a",
        "The gunman who shot six people in Olk on Saturday, May 3, has been found dead in a van.",
        "Saturday, May 3",
        date(2025, 5, 3),
        "explicit",
    )
    later = _weekday(
        "b",
        "Police said the gunman who shot six people in Olk was found dead in a van on Sunday.",
        "on Sunday",
        date(2025, 5, 4),
    )
    assert event_date_conflicts([found, later], {}) == []
    # in the main clause the date is the sentence's own
    main = dated(
        "a",
        "The gunman, who shot six people in Olk, was found dead in a van on Saturday, May 3.",
        "Saturday, May 3",
        date(2025, 5, 3),
        "explicit",
    )
    assert len(event_date_conflicts([main, later], {})) == 1


def test_one_kind_of_happening_next_to_both_dates_and_a_shared_word_is_one_event() -> None:
    a = _weekday(
        "a",
        "Officials said the city was in shock after a shooting in old Brenn late Monday.",
        "late Monday",
        date(2025, 4, 28),
    )
    b = _weekday(
        "b",
        "Four people were killed in Brenn on Thursday night in a wave of terror.",
        "on Thursday",
        date(2025, 5, 1),
    )
    (conflict,) = event_date_conflicts([a, b], {})
    assert [v.articles for v in conflict.variants] == [("a",), ("b",)]
    # a happening of another kind is not the same event
    crash = _weekday(
        "b",
        "A bus crashed in Brenn on Thursday night in a wave of storms.",
        "on Thursday",
        date(2025, 5, 1),
    )
    assert event_date_conflicts([a, crash], {}) == []


def test_a_date_next_to_a_state_leaves_a_group_of_happenings() -> None:
    text = "The Vell ferry {} {} in the strait with 80 people on board, the coastguard reported."
    a = dated(
        "a",
        text.format("overturned", "late on Friday"),
        "late on Friday",
        date(2025, 5, 2),
        "weekday",
    )
    b = dated(
        "b",
        text.format("capsized", "on Wednesday night"),
        "on Wednesday",
        date(2025, 4, 30),
        "weekday",
    )
    c = dated(
        "c",
        "Forty people remained missing on Sunday after the old Vell island ferry capsized in "
        "the strait with 80 people on board.",
        "on Sunday",
        date(2025, 5, 4),
        "weekday",
    )
    (conflict,) = event_date_conflicts([a, b, c], {})
    assert [v.articles for v in conflict.variants] == [("b",), ("a",)]


def test_a_plan_word_far_from_the_date_does_not_make_it_a_plan() -> None:
    a = dated(
        "a",
        "Governor Vell will keep her office after the Olk court on Thursday threw out the appeal "
        "of her rival.",
        "on Thursday",
        date(2025, 5, 1),
        "weekday",
    )
    b = dated(
        "b",
        "The Olk court on Friday threw out the appeal of the rival of Governor Vell, who keeps "
        "her office.",
        "on Friday",
        date(2025, 5, 2),
        "weekday",
    )
    assert len(event_date_conflicts([a, b], {})) == 1
    # right before the date, it is: a planned day is not compared with a past one
    plan = _weekday(
        "a",
        "The Olk court will hear the appeal of the rival of Governor Vell on Thursday.",
        "on Thursday",
        date(2025, 5, 8),
    )
    assert event_date_conflicts([plan, b], {}) == []


def test_a_group_holds_only_sentences_that_all_report_one_event() -> None:
    # a ~ b and b ~ c, but a and c do not report one event: c stays out of a's group

    texts = {
        "a": "The quake struck the Vell valley on Saturday and flattened the old mill.",
        "b": "The quake struck the Vell valley and a strong shock hit the Tarn pass on Saturday.",
        "c": "A strong shock hit the Tarn pass on Saturday and closed the mountain road.",
    }
    items = _items(
        dated(article_id, text, "on Saturday", date(2025, 5, 3), "weekday")
        for article_id, text in texts.items()
    )
    similarity = np.array([[1.0, 0.5, 0.0], [0.5, 1.0, 0.5], [0.0, 0.5, 1.0]])
    assert event_dates._group(items, similarity) == [[0, 1]]


def test_reaching_a_verdict_is_an_event_not_a_count_update() -> None:
    # "reached 41 on Tuesday" updates a count; "reached a verdict on Tuesday" is the event
    verdict = "A jury in Olk reached a verdict on {}, finding the mill owner liable for the fire."
    a = dated("a", verdict.format("Tuesday"), "on Tuesday", date(2025, 5, 6), "weekday")
    # (two statement dates a day apart would be no conflict)
    b = dated("b", verdict.format("Wednesday"), "on Wednesday", date(2025, 5, 7), "weekday")
    (conflict,) = event_date_conflicts([a, b], {})
    assert [v.articles for v in conflict.variants] == [("a",), ("b",)]


def test_a_wire_dateline_does_not_date_the_event() -> None:
    # "OLK, Tarnia, May 8 (Tide Wire) -": the day the report was filed, beside the event's own
    a = _datelined(
        "OLK, Tarnia, May 8 (Tide Wire) - The Vell ferry capsized on Tuesday in the strait.",
        date(2025, 5, 8),
        "on Tuesday",
        date(2025, 5, 6),
    )
    b = _weekday(
        "b",
        "The Vell ferry capsized in the strait on Friday, with eleven passengers drowned.",
        "on Friday",
        date(2025, 5, 2),
    )
    (conflict,) = event_date_conflicts([a, b], {})
    assert [v.value[:10] for v in conflict.variants] == ["2025-05-02", "2025-05-06"]


def test_a_happening_after_a_time_word_is_not_the_dates_happening() -> None:

    patrol = dated(
        "a",
        "Police patrolled the Olk market on May 4, a day after a shooting there.",
        "May 4",
        date(2025, 5, 4),
        "explicit",
    )
    shot = dated(
        "b",
        "At the Olk market, three people were shot on Saturday, May 3.",
        "Saturday, May 3",
        date(2025, 5, 3),
        "explicit",
    )
    items = _items((patrol, shot))
    assert [dates_a_happening(i) for i in items] == [False, True]
    assert [bool(i.happenings) for i in items] == [False, True]


def test_a_sentence_left_out_of_a_group_is_compared_with_the_members_it_matches() -> None:
    # c's announcement fills the group of a and b first; d matches a and b but not c, and still
    # gives the death another day

    texts = {
        "a": ("Justice Orla Venn died on Friday evening at her home in Olk.", "on Friday"),
        "b": ("Justice Orla Venn died at her home in Olk on Friday.", "on Friday"),
        "c": ("The death of Justice Venn on Friday stunned the court.", "on Friday"),
        "d": ("Justice Orla Venn died on Monday evening at her home in Olk.", "on Monday"),
    }
    days = {"on Friday": date(2025, 5, 2), "on Monday": date(2025, 5, 5)}
    items = _items(
        dated(article_id, text, surface, days[surface], "weekday")
        for article_id, (text, surface) in texts.items()
    )
    similarity = np.array(
        [
            [1.0, 0.9, 0.6, 0.5],
            [0.9, 1.0, 0.6, 0.5],
            [0.6, 0.6, 1.0, 0.0],
            [0.5, 0.5, 0.0, 1.0],
        ]
    )
    groups = event_dates._group(items, similarity)
    assert groups == [[0, 1, 2]]
    assert event_dates._cliques_of_strays(items, similarity, groups) == [[0, 1, 3]]


def test_a_drowning_is_the_harm_of_a_wreck() -> None:
    from newsprism.compare.dated_sentences import kinds_of

    assert kinds_of("drowned") == {"harm", "wreck"}
    assert kinds_of("capsized") == {"wreck"}
    assert kinds_of("earthquake") == {"quake"}


def test_a_dateline_naming_the_other_days_event_does_not_reconcile_the_two() -> None:
    # the date line's June 4 is the report's day; "drowned early on Monday" (June 2) is the
    # event's, against "capsized early on Wednesday" (June 4) elsewhere: a sentence naming
    # both days would date two things, but the date line dates none
    from newsprism.compare.dates import date_variants, dated_refs, reconciled

    a = _datelined(
        "OLK, Tarnia, June 4 (Tide Wire) - Forty migrants drowned early on Monday off Olk.",
        date(2025, 6, 4),
        "early on Monday",
        date(2025, 6, 2),
    )
    b = _weekday(
        "b",
        "The crowded migrant boat capsized and sank off Olk early on Wednesday.",
        "early on Wednesday",
        date(2025, 6, 4),
    )
    entries = [(r, r.sentences[0], dated_refs(r, r.sentences[0])) for r in (a, b)]
    assert [len(refs) for _, _, refs in entries] == [1, 1]  # the date line is left out
    variants = date_variants(entries, "day")
    assert sorted(variants) == [date(2025, 6, 2), date(2025, 6, 4)]
    assert not reconciled(entries, variants)
