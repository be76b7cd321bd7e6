"""Time references: explicit dates, weekdays, relative and coarse times, mismatches, estimates."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from newsprism.model import Article, Sentence, TimeRef
from newsprism.read.timerefs import estimate_published, find_timerefs
from tests.conftest import seed_file

_SPLIT = re.compile(r"[^.\n]+(?:\.(?= |\n|$)|$)")
# Thursday 22 October 2020 in these fictional texts.
PUB = date(2020, 10, 22)


def _sentences(article: Article) -> tuple[Sentence, ...]:
    """A tiny splitter for these fictional texts: a sentence ends at ". " or a newline."""
    out: list[Sentence] = []
    for m in _SPLIT.finditer(article.text):
        out.append(Sentence(article.id, m.start(), m.end(), m.group(), index=len(out)))
    return tuple(out)


def _article(text: str) -> Article:
    return Article(id="t1", source="example", text=text, raw=text.encode(), content_hash="h")


def _refs(text: str, published: date | None = PUB) -> tuple[TimeRef, ...]:
    article = _article(text)
    return find_timerefs(article, _sentences(article), published)


def _one(text: str, published: date | None = PUB) -> TimeRef:
    found = _refs(text, published)
    assert len(found) == 1, [t.text for t in found]
    return found[0]


@pytest.mark.parametrize(
    ("surface", "day"),
    [
        ("Oct. 22, 2020", date(2020, 10, 22)),
        ("October 22, 2020", date(2020, 10, 22)),
        ("22 October 2020", date(2020, 10, 22)),
        ("2020-10-22", date(2020, 10, 22)),
        ("Sept. 3, 2019", date(2019, 9, 3)),
    ],
)
def test_explicit_full_dates_resolve_without_a_publication_date(surface: str, day: date) -> None:
    ref = _one(f"The Marrowby fair opened on {surface} with music.", published=None)
    assert (ref.text, ref.resolved, ref.method, ref.granularity) == (
        surface,
        day,
        "explicit",
        "day",
    )


def test_date_without_year_takes_the_year_from_publication() -> None:
    ref = _one("The Quillon strike began on September 27 and spread.")
    assert (ref.resolved, ref.method) == (date(2020, 9, 27), "explicit-no-year")
    # a December date read in January belongs to the year before
    ref = _one("The Quillon strike began on Dec. 28 and spread.", published=date(2021, 1, 3))
    assert ref.resolved == date(2020, 12, 28)
    assert _one("It began on September 27.", published=None).resolved is None


def test_date_without_year_in_a_future_sentence_looks_ahead() -> None:
    ref = _one("The envoys are due to meet on January 5 in Tessaly.", published=date(2020, 12, 30))
    assert ref.resolved == date(2021, 1, 5)


def test_weekday_stated_with_a_date_that_falls_on_another_day() -> None:
    ref = _one("Crowds gather in Orvale, Tuesday, Oct. 22, 2020.")
    assert ref.text == "Tuesday, Oct. 22, 2020"
    assert ref.weekday_mismatch == "22 October 2020 was a Thursday, not a Tuesday"
    assert _one("Crowds gather in Orvale, Thursday, Oct. 22, 2020.").weekday_mismatch is None


def test_weekdays_resolve_to_the_latest_on_or_before_publication() -> None:
    found = _refs(
        "Mayor Ilsa Brandt said on Tuesday that the bridge would reopen. It fell Thursday."
    )
    assert [(t.text, t.resolved, t.method) for t in found] == [
        ("on Tuesday", date(2020, 10, 20), "weekday"),
        ("Thursday", date(2020, 10, 22), "weekday"),
    ]


def test_last_and_next_weekday() -> None:
    assert _one("The vote happened last Thursday in Pell.").resolved == date(2020, 10, 15)
    assert _one("The vote happens next Thursday in Pell.").resolved == date(2020, 10, 29)


@pytest.mark.parametrize(
    "sentence",
    [
        "The ministers are scheduled to meet on Friday in Brask.",
        "On Friday, the ministers are scheduled to meet in Brask.",
        "Talks in Brask will resume on Monday.",
        "Talks in Brask are due to open later on Friday.",
        "Savers can collect their deposits on Monday, the Brask bank said.",
        "A second round of talks in Brask is expected on Friday.",
        "A vigil will be held in Brask on Monday evening.",
        "Forecasters expect the storm over Brask to ease on Friday.",
    ],
)
def test_future_cues_send_a_weekday_forward(sentence: str) -> None:
    ref = _one(sentence)
    assert ref.resolved is not None
    assert ref.resolved > PUB
    assert ref.resolved.weekday() in (0, 4)


def test_a_past_cue_nearer_than_a_future_one_wins() -> None:
    ref = _one("The minister said on Wednesday that talks will resume.")
    assert ref.resolved == date(2020, 10, 21)


def test_overnight_weekday_and_names_that_are_not_times() -> None:
    assert _one("Rebels shelled Varn overnight Thursday.").text == "overnight Thursday"
    assert _refs("Fans watched Super Tuesday coverage in the Sunday Times office.") == ()


def test_weekdays_need_a_publication_date() -> None:
    ref = _one("The mayor of Hask spoke on Thursday.", published=None)
    assert (ref.resolved, ref.method) == (None, "weekday")


@pytest.mark.parametrize(
    ("phrase", "start", "end"),
    [
        ("yesterday", date(2020, 10, 21), None),
        ("today", date(2020, 10, 22), None),
        ("tomorrow", date(2020, 10, 23), None),
        ("last week", date(2020, 10, 12), date(2020, 10, 18)),
        ("this week", date(2020, 10, 19), date(2020, 10, 25)),
        ("last weekend", date(2020, 10, 17), date(2020, 10, 18)),
        ("overnight", date(2020, 10, 21), date(2020, 10, 22)),
        ("two days ago", date(2020, 10, 20), None),
    ],
)
def test_relative_phrases(phrase: str, start: date, end: date | None) -> None:
    ref = _one(f"Storms reached Kell {phrase}, officials said.")
    assert (ref.text, ref.resolved, ref.resolved_end, ref.method) == (
        phrase,
        start,
        end,
        "relative",
    )


def test_the_day_before_counts_from_the_previous_date() -> None:
    found = _refs("The Pell talks ended on October 12. The day before, envoys argued.")
    assert [t.resolved for t in found] == [date(2020, 10, 12), date(2020, 10, 11)]


def test_the_weekend_before_counts_from_the_previous_weekend() -> None:
    found = _refs("A truce was agreed last weekend. One agreed the weekend before failed.")
    assert [t.resolved for t in found] == [date(2020, 10, 17), date(2020, 10, 10)]


def test_coarse_years_decades_and_months() -> None:
    found = _refs(
        "The Brask league was founded in 1992, grew in the 1990s, has run since 1994 and "
        "held a vote in October 2019. Its late 1960s stadium reopened in March."
    )
    got = [(t.text, t.resolved, t.resolved_end, t.granularity, t.method) for t in found]
    assert got == [
        ("in 1992", date(1992, 1, 1), date(1992, 12, 31), "year", "coarse"),
        ("in the 1990s", date(1990, 1, 1), date(1999, 12, 31), "decade", "coarse"),
        ("since 1994", date(1994, 1, 1), date(1994, 12, 31), "year", "coarse"),
        ("in October 2019", date(2019, 10, 1), date(2019, 10, 31), "month", "coarse"),
        ("late 1960s", date(1966, 1, 1), date(1969, 12, 31), "decade", "coarse"),
        ("in March", date(2020, 3, 1), date(2020, 3, 31), "month", "coarse"),
    ]


def test_counts_are_not_years() -> None:
    assert _refs("More than 2000 runners and 1500 people joined in Pell.") == ()


def test_estimate_published_is_the_latest_explicit_full_date() -> None:
    refs = _refs(
        "Photo taken Oct. 20, 2020. Photo taken Oct. 21, 2020. Earlier, on October 30, and "
        "in 2024, nothing happened.",
        published=None,
    )
    assert estimate_published(refs) == date(2020, 10, 21)
    assert estimate_published(()) is None


def test_spans_trace_to_the_text_and_sentences() -> None:
    text = "Quiet in Dorne. Then on Monday the rain came."
    ref = _one(text)
    assert text[ref.start : ref.end] == ref.text == "on Monday"
    assert ref.sentence == 1


# --- seeds ------------------------------------------------------------------------------------

_DATE_LINE = re.compile(r"\s*date (\d{4})-(\d\d)-(\d\d) ")


def _seed(seeds: Path, prefix: str) -> tuple[Article, date | None]:
    text = seed_file(seeds, prefix).read_text(encoding="utf-8")
    m = _DATE_LINE.match(text)
    if m is None:
        return _article(text), None
    return _article(text[m.end() :]), date(int(m[1]), int(m[2]), int(m[3]))


def _seed_refs(seeds: Path, prefix: str, published: date | None) -> tuple[TimeRef, ...]:
    article, _ = _seed(seeds, prefix)
    return find_timerefs(article, _sentences(article), published)


@pytest.mark.seeds
def test_seed_000_published_is_estimated_and_mismatch_flagged(seeds_dir: Path) -> None:
    article, published = _seed(seeds_dir, "000")
    assert published is None
    estimate = estimate_published(find_timerefs(article, _sentences(article), None))
    assert estimate == date(2020, 10, 22)
    refs = find_timerefs(article, _sentences(article), estimate)
    flagged = [t for t in refs if t.weekday_mismatch]
    assert [t.text for t in flagged] == ["Tuesday, Oct. 22, 2020"]


@pytest.mark.seeds
def test_seed_001_thursday(seeds_dir: Path) -> None:
    _, published = _seed(seeds_dir, "001")
    assert published == date(2020, 10, 23)
    refs = _seed_refs(seeds_dir, "001", published)
    thursdays = {t.resolved for t in refs if t.text == "on Thursday"}
    assert thursdays == {date(2020, 10, 22)}


@pytest.mark.seeds
def test_seed_002_dates_without_year(seeds_dir: Path) -> None:
    _, published = _seed(seeds_dir, "002")
    refs = _seed_refs(seeds_dir, "002", published)
    resolved = {t.text: t.resolved for t in refs}
    assert resolved["October 22"] == date(2020, 10, 22)
    assert resolved["September 27"] == date(2020, 9, 27)


@pytest.mark.seeds
def test_seed_003_with_a_given_publication_date(seeds_dir: Path) -> None:
    _, published = _seed(seeds_dir, "003")
    assert published is None
    refs = _seed_refs(seeds_dir, "003", date(2020, 10, 23))
    resolved = {t.text: t.resolved for t in refs}
    assert resolved["Sept. 27"] == date(2020, 9, 27)
    assert resolved["on Thursday"] == date(2020, 10, 22)


def test_a_plan_reported_in_the_past_takes_the_nearer_weekday() -> None:
    # published Thursday 22 Oct 2020: Monday 19 Oct is nearer than Monday 26 Oct
    assert _one("The mayor was due to be sworn in on Monday in Brask.").resolved == date(
        2020, 10, 19
    )
    # Saturday 24 Oct is nearer than Saturday 17 Oct
    assert _one("The vote was scheduled to take place on Saturday.").resolved == date(2020, 10, 24)
    assert _one("The vote is scheduled to take place on Saturday.").resolved == date(2020, 10, 24)
    assert _one("The vote took place on Saturday.").resolved == date(2020, 10, 17)
    assert _one("The mayor said she would travel to Brask on Saturday.").resolved == date(
        2020, 10, 24
    )


def test_a_name_spelt_like_a_modal_is_not_a_future_cue() -> None:
    ref = _one("Police named the driver as Lo Can Vell, who fled the scene on Sunday.")
    assert ref.resolved is not None and ref.resolved <= PUB
