"""Comparable trials: another article reports the changed statement (fictional readings)."""

from __future__ import annotations

from datetime import date

from newsprism.evaluate.comparable import MIN_SHARED_WORDS, is_comparable, story_profiles
from newsprism.evaluate.conflicts import StoryRun, Trial, TrialScore, totals
from newsprism.evaluate.edit import Perturbation
from newsprism.model import ReadArticle
from tests.evaluate.helpers import reading

DAY = {"resolved": date(2031, 3, 11)}
A_TEXT = (
    "Ferry workers in Quillport walked out on Tuesday over unpaid overtime.\n"
    "A harbour cat named Biscuit watched from the pier on Tuesday."
)
B_TEXT = "Ferry workers walked out in Quillport on Tuesday, demanding overtime pay."
C_TEXT = "Ferry crews in Marrowdale walked out on Tuesday over unpaid overtime."


def _story(b_text: str = B_TEXT, b_place: str = "Quillport") -> list[ReadArticle]:
    a = reading(
        "a",
        A_TEXT,
        mentions=(("Quillport", {"kind": "place"}), ("Biscuit", {"kind": "person"})),
        timerefs=(("Tuesday", DAY),),
    )
    b = reading("b", b_text, mentions=((b_place, {"kind": "place"}),), timerefs=(("Tuesday", DAY),))
    return [a, b]


def _weekday(start: int) -> Perturbation:
    return Perturbation("weekday", "a", start, start + 7, "Tuesday", "Friday")


def test_a_sentence_another_article_reports_makes_the_trial_comparable() -> None:
    readings = _story()
    assert is_comparable(_weekday(A_TEXT.index("Tuesday")), story_profiles(readings))


def test_a_sentence_no_other_article_reports_is_not_comparable() -> None:
    readings = _story()
    cat = A_TEXT.index("Tuesday", A_TEXT.index("Biscuit"))
    assert not is_comparable(_weekday(cat), story_profiles(readings))


def test_shared_words_without_a_shared_entity_are_not_enough() -> None:
    readings = _story(C_TEXT, "Marrowdale")
    assert not is_comparable(_weekday(A_TEXT.index("Tuesday")), story_profiles(readings))


def test_a_date_trial_needs_a_resolved_day_in_the_other_sentence() -> None:
    a, b = _story()
    undated = reading("b", B_TEXT, mentions=(("Quillport", {"kind": "place"}),))
    change = _weekday(A_TEXT.index("Tuesday"))
    assert is_comparable(change, story_profiles([a, b]))
    assert not is_comparable(change, story_profiles([a, undated]))
    # a title trial on the same sentence needs no day
    title = Perturbation("title", "a", 0, 5, "Ferry", "Train")
    assert is_comparable(title, story_profiles([a, undated]))
    assert MIN_SHARED_WORDS == 3


def test_totals_count_comparable_trials_and_their_recall() -> None:
    def trial(start: int, hit: bool, comparable: bool) -> Trial:
        score = TrialScore(hit, hit, (), (), ())
        return Trial(_weekday(start), score, comparable)

    run = StoryRun(
        "quillport-strike",
        2,
        (),
        {"weekday": 3},
        (trial(1, True, True), trial(2, False, True), trial(3, False, False)),
    )
    (recall,) = totals([run], ("weekday",)).recall
    assert (recall.trials, recall.hits, recall.comparable, recall.comparable_hits) == (3, 1, 2, 1)
    assert recall.recall == 1 / 3 and recall.comparable_recall == 0.5
