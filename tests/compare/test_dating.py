"""Dating from the story: undated articles, and weekdays a publisher's clock put a week early."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from newsprism.compare.dating import date_from_story
from newsprism.model import ReadArticle
from tests.compare.helpers import reading

TUESDAY, WEDNESDAY = date(2025, 4, 29), date(2025, 4, 30)


def _quake(article_id: str, published: date, resolved: date) -> ReadArticle:
    return reading(
        article_id,
        f"{article_id}.example",
        "The quake struck the Vell valley on Wednesday morning.",
        published=published,
        timerefs=(("on Wednesday", {"resolved": resolved, "method": "weekday"}),),
    )


def test_a_weekday_naming_the_day_after_publication_follows_the_story() -> None:
    # a paper dated Tuesday reports "Wednesday" (resolved to the week before); others name
    # the Wednesday after
    behind = _quake("a", TUESDAY, date(2025, 4, 23))
    ahead = _quake("b", WEDNESDAY, WEDNESDAY)
    moved, _ = date_from_story([behind, ahead])
    assert moved.timerefs[0].resolved == WEDNESDAY
    # when another article names the week-earlier day, the reading stays
    earlier = _quake("c", WEDNESDAY, date(2025, 4, 23))
    kept, _, _ = date_from_story([behind, ahead, earlier])
    assert kept.timerefs[0].resolved == date(2025, 4, 23)


def test_an_undated_article_takes_the_latest_date_of_the_story() -> None:
    dated = _quake("a", TUESDAY, date(2025, 4, 23))
    undated = reading("b", "b.example", "The quake struck the Vell valley.", published=None)
    _, estimated = date_from_story([dated, undated])
    assert estimated.published == TUESDAY and estimated.published_estimated


def test_a_publication_date_estimated_from_an_old_date_in_the_text_follows_the_story() -> None:
    # the reader took "since January 20, 2023" for the article's own date
    dated = _quake("a", TUESDAY, date(2025, 4, 23))
    estimated = replace(_quake("b", date(2023, 1, 20), date(2023, 1, 18)), published_estimated=True)
    _, redated = date_from_story([dated, estimated])
    assert redated.published == TUESDAY and redated.published_estimated
    assert redated.timerefs[0].resolved == date(2025, 4, 23)  # "on Wednesday", read again
    # an estimate within a week of the story's dates stays
    near = replace(_quake("c", WEDNESDAY, WEDNESDAY), published_estimated=True)
    _, kept = date_from_story([dated, near])
    assert kept is near
