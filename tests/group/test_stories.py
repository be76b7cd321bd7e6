"""Online story grouping on invented articles: same-event copies join, distinct events of the
same kind a few days apart stay apart, and ids are stable."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from newsprism.group.stories import StoryGrouper, StoryState, group_articles
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


class _DictBacking:
    """Grouper state of an earlier run, kept in dicts; records which stories were loaded."""

    def __init__(self, grouper: StoryGrouper) -> None:
        self.states = {state.id: state for state, _ in grouper.changed_states()}
        self.index: dict[str, list[str]] = {}
        for term, story_id in grouper.new_postings():
            self.index.setdefault(term, []).append(story_id)
        self.df = grouper.df_delta()
        self.loaded: list[str] = []

    def postings(self, term: str, limit: int) -> list[str]:
        return self.index.get(term, [])[-limit:]

    def story(self, story_id: str) -> StoryState | None:
        self.loaded.append(story_id)
        return self.states.get(story_id)

    def document_frequencies(self, keys: Sequence[str]) -> dict[str, int]:
        return {k: self.df[k] for k in keys if k in self.df}


def test_a_resumed_grouper_continues_the_stream_as_if_never_stopped() -> None:
    corpus = sorted(_corpus(), key=lambda a: (a.published or date.min, a.id))
    expected = group_articles(corpus)
    first = StoryGrouper(track_changes=True)
    for article in corpus[:4]:
        first.add(article)
    first.merge_check()
    backing = _DictBacking(first)
    second = StoryGrouper(backing=backing, counters=first.counters())
    for article in corpus[4:]:
        second.add(article)
    second.merge_check()
    got = {a.id: first.story_of(a.id) for a in corpus[:4]}
    got.update({a.id: second.story_of(a.id) for a in corpus[4:]})
    assert got == expected
    assert backing.loaded  # earlier stories came from the backing, on demand


def test_a_resumed_grouper_loads_only_stories_its_articles_reach() -> None:
    first = StoryGrouper(track_changes=True)
    quake = first.add(_article("a", QUAKE_ONE[0], date(2031, 5, 5)))
    concert = first.add(_article("c", CONCERT, date(2031, 5, 6)))
    first.merge_check()
    backing = _DictBacking(first)
    second = StoryGrouper(backing=backing, counters=first.counters())
    assert second.add(_article("b", QUAKE_ONE[1], date(2031, 5, 6))) == quake
    assert quake in backing.loaded and concert not in backing.loaded
    (state, info), *_ = second.changed_states()
    assert state.id == quake and state.size == 2 and info.article_ids == ("b",)
