"""Pairing quote marks: curly, straight, single, guillemets, apostrophes, unbalanced marks."""

from __future__ import annotations

from newsprism.read.quotemarks import find_quoted


def _quoted(text: str) -> list[str]:
    return [text[r.start : r.end] for r in find_quoted(text)]


def test_curly_and_straight_double_quotes() -> None:
    text = 'She said “the ferry is late” and he said "the road is shut" today.'
    assert _quoted(text) == ["the ferry is late", "the road is shut"]


def test_mixed_straight_opener_and_curly_closer() -> None:
    text = '"We stay here until the thaw,” the warden said.'
    assert _quoted(text) == ["We stay here until the thaw,"]


def test_guillemets_and_low_opener() -> None:
    assert _quoted("Odo said: «We row at dawn.» Later „we rest” was heard.") == [
        "We row at dawn.",
        "we rest",
    ]


def test_apostrophes_are_not_quotes() -> None:
    text = "Kelvaria’s dam, the workers’ union and Odo's boat don't leak, it's said."
    assert _quoted(text) == []


def test_single_curly_quotes_in_a_headline() -> None:
    text = "Mayor hopes ‘steady progress’ can continue at Kelvaria’s harbour"
    assert _quoted(text) == ["steady progress"]


def test_straight_single_quotes_around_a_name() -> None:
    text = "Crews towed the barge 'Grey Heron' past the pier's end."
    assert _quoted(text) == ["Grey Heron"]


def test_single_quotes_inside_double_quotes_are_left_alone() -> None:
    text = "“They called it ‘the long night’ for a reason,” Odo said."
    regions = find_quoted(text)
    assert [text[r.start : r.end] for r in regions] == [
        "They called it ‘the long night’ for a reason,"
    ]
    assert not regions[0].single


def test_unbalanced_opener_does_not_swallow_the_text() -> None:
    text = "He called it “a disgrace and left.\n\nLater “the real words,” Odo said.\n\nEnd."
    assert _quoted(text) == ["the real words,"]


def test_stray_closer_is_ignored() -> None:
    text = "The pipe was 6” wide and “fully rusted” by then."
    assert _quoted(text) == ["fully rusted"]


def test_quote_over_several_sentences_in_one_paragraph() -> None:
    text = "“The first gate failed. The second held. We were lucky,” Odo said."
    assert _quoted(text) == ["The first gate failed. The second held. We were lucky,"]


def test_quote_running_over_two_paragraphs() -> None:
    text = "“We start at dawn and work late.\n\n“We finish at dusk,” Odo said."
    regions = find_quoted(text)
    assert [text[r.start : r.end] for r in regions] == [
        "We start at dawn and work late.",
        "We finish at dusk,",
    ]
    assert regions[0].close_mark is None


def test_unclosed_quote_at_paragraph_end_without_continuation_is_dropped() -> None:
    text = "“We start at dawn and work late.\n\nThe crew went home."
    assert _quoted(text) == []


def test_many_marks_stay_linear_and_bounded() -> None:
    text = ("“open " * 2000) + "\nx " + ('"a" ' * 2000)
    regions = find_quoted(text)
    assert len(regions) == 2000
    assert all("\n" not in text[r.start : r.end] for r in regions)
