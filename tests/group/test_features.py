"""Grouping features on invented text: words (the lead counted twice), names, figures and days,
with the word boundaries the fast patterns check after matching."""

from __future__ import annotations

from datetime import date

from newsprism.group.features import article_features, estimate_day, mentioned_days
from newsprism.model import Article

PUBLISHED = date(2031, 10, 16)  # a Thursday


def _article(text: str, title: str | None = None) -> Article:
    return Article(
        id="x", source="example.org", text=text, raw=text.encode(), content_hash="x", title=title
    )


def test_days_in_both_orders_with_boundaries() -> None:
    days = mentioned_days("Talks on 11 Oct and Oct 12th; the 3rd of November vote.", PUBLISHED)
    assert sorted(days) == [date(2031, 10, 11), date(2031, 10, 12), date(2031, 11, 3)]
    assert mentioned_days("On Tuesday, not onTuesday, it rained.", PUBLISHED) == [
        date(2031, 10, 14)
    ]
    assert mentioned_days("Filed 2031-10-02, not x2031-10-03.", None) == [date(2031, 10, 2)]


def test_estimated_day_is_the_latest_full_date() -> None:
    assert estimate_day("Signed on March 3, 2029 and renewed 14 June 2030.") == date(2030, 6, 14)
    assert estimate_day("No year here: June 14.") is None


def test_features_count_the_lead_twice_and_keep_names_and_figures() -> None:
    filler = " ".join(["harbour"] * 120)
    text = f"Mayor Elsa Brandvik opened the Quorra bridge. {filler} The ferry cost 83.3 million."
    feats = article_features(_article(text), PUBLISHED)
    assert feats["w:bridge"] > feats["w:ferry"]  # "bridge" only in the lead, counted twice
    assert "e:mayor elsa brandvik" in feats  # a capitalised run is one name
    assert "n:83.3m" in feats
    assert "n:3" not in feats  # no figure read out of the middle of "83.3"


def test_figures_and_names_glued_to_words_are_ignored() -> None:
    feats = article_features(_article("Model X9000 and catX; 4,500 people met Ilsa Varn."), None)
    assert "n:4500" in feats
    assert "n:9000" not in feats
    assert "e:ilsa varn" in feats
