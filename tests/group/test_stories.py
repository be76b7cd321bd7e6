"""Online story grouping on invented articles: same-event copies join, distinct events of the
same kind a few days apart stay apart, and ids are stable."""

from __future__ import annotations

from datetime import date

from newsprism.group.stories import StoryGrouper, group_articles
from newsprism.model import Article

QUAKE_ONE = [
    "A strong earthquake struck Tarvesh province on Monday, killing 41 people in the village "
    "of Olmekar, the Tarvesh disaster office said. The quake of magnitude 6.1 flattened mud "
    "brick homes near Olmekar and rescuers dug through rubble with bare hands.",
    "Rescuers in Olmekar searched collapsed houses on Monday after a magnitude 6.1 earthquake "
    "hit Tarvesh province. Officials said 41 people died and 200 were hurt in Olmekar, where "
    "most mud brick homes fell.",
    "The death toll from Monday's earthquake in Tarvesh rose to 41, officials in Olmekar said. "
    "The 6.1 tremor destroyed the mud brick village and survivors slept outside.",
]
QUAKE_TWO = [
    "Another earthquake shook Tarvesh province on Friday, this time near the town of Quillan "
    "on the eastern ridge, where 7 people were injured and a landslide cut the Quillan pass "
    "road. The magnitude 5.4 quake struck at dawn, the Tarvesh disaster office said.",
    "A magnitude 5.4 quake hit the Quillan ridge in Tarvesh on Friday, injuring 7 and "
    "blocking the Quillan pass road with a landslide, days after Monday's deadly quake.",
    "Friday's tremor near Quillan left 7 injured and the pass road blocked by a landslide, "
    "Tarvesh officials said of the 5.4 quake on the eastern ridge.",
]
CONCERT = (
    "The Dunmere orchestra closed its season on Tuesday with a sold-out concert in the glass "
    "hall, where conductor Ilse Varga led a new symphony by composer Teodor Brask."
)


def _article(aid: str, text: str, day: date | None) -> Article:
    return Article(
        id=aid, source="example.org", text=text, raw=text.encode(), content_hash=aid, published=day
    )


def _corpus() -> list[Article]:
    one = [_article(f"q1-{i}", t, date(2031, 5, 5 + i // 2)) for i, t in enumerate(QUAKE_ONE)]
    two = [_article(f"q2-{i}", t, date(2031, 5, 9 + i // 2)) for i, t in enumerate(QUAKE_TWO)]
    return [*two, *one, _article("concert", CONCERT, date(2031, 5, 6))]


def test_two_quakes_in_one_province_days_apart_stay_apart() -> None:
    stories = group_articles(_corpus())
    assert len({stories[f"q1-{i}"] for i in range(3)}) == 1
    assert len({stories[f"q2-{i}"] for i in range(3)}) == 1
    assert stories["q1-0"] != stories["q2-0"]
    assert stories["concert"] not in {stories["q1-0"], stories["q2-0"]}


def test_grouping_is_deterministic_and_ids_do_not_depend_on_input_order() -> None:
    corpus = _corpus()
    assert group_articles(corpus) == group_articles(list(reversed(corpus)))


def test_same_words_far_apart_in_time_are_different_stories() -> None:
    grouper = StoryGrouper(window_days=3)
    first = grouper.add(_article("a", QUAKE_ONE[0], date(2031, 5, 5)))
    later = grouper.add(_article("b", QUAKE_ONE[1], date(2031, 9, 1)))
    assert first != later


def test_undated_article_joins_its_story_by_content() -> None:
    grouper = StoryGrouper()
    story = grouper.add(_article("a", QUAKE_ONE[0], date(2031, 5, 5)))
    grouper.add(_article("c", CONCERT, date(2031, 5, 6)))
    assert grouper.add(_article("b", QUAKE_ONE[1], None)) == story


def test_stories_report_members_dates_and_label() -> None:
    grouper = StoryGrouper()
    for article in _corpus()[3:6]:
        grouper.add(article)
    (info,) = grouper.stories()
    assert info.article_ids == ("q1-0", "q1-1", "q1-2")
    assert (info.first, info.last) == (date(2031, 5, 5), date(2031, 5, 6))
    assert "Olmekar" in info.label
    assert "2031-05-05 to 2031-05-06" in info.label
