"""Sentence splitting: abbreviations, quotes, decimals, ellipses, segments and paragraphs."""

from __future__ import annotations

import re
from pathlib import Path

from newsprism.model import Article, Segment
from newsprism.read.sentences import split_sentences
from tests.conftest import seed_file


def _article(text: str, segments: tuple[Segment, ...] | None = None) -> Article:
    segs = segments if segments is not None else (Segment(0, len(text), "body"),)
    return Article(
        id="a1", source="x", text=text, raw=text.encode(), content_hash="h", segments=segs
    )


def _texts(text: str) -> list[str]:
    return [s.text for s in split_sentences(_article(text))]


def test_plain_sentences_and_offsets() -> None:
    text = "  The mayor of Vellmar spoke. Crowds cheered!  Was it enough? Nobody knew.  "
    sents = split_sentences(_article(text))
    assert [s.text for s in sents] == [
        "The mayor of Vellmar spoke.",
        "Crowds cheered!",
        "Was it enough?",
        "Nobody knew.",
    ]
    for i, s in enumerate(sents):
        assert s.index == i
        assert text[s.start : s.end] == s.text
        assert s.role == "body"


def test_abbreviations_do_not_split() -> None:
    text = (
        "Gen. Tomas Rell met Mr. Ambrin and Dr. Ola Vesk on Oct. 14 at 9 a.m. local time. "
        "The U.S. Secretary of Trade and U.N. envoys joined Sen. Pard, Gov. Lune and "
        "J. Q. Harrow at St. Brin's church. It was meeting No. 4."
    )
    assert _texts(text) == [
        "Gen. Tomas Rell met Mr. Ambrin and Dr. Ola Vesk on Oct. 14 at 9 a.m. local time.",
        "The U.S. Secretary of Trade and U.N. envoys joined Sen. Pard, Gov. Lune and "
        "J. Q. Harrow at St. Brin's church.",
        "It was meeting No. 4.",
    ]


def test_acronym_at_sentence_end_splits_before_an_opener() -> None:
    assert _texts("Talks were held in the U.S. The envoy left at 6 p.m. He was tired.") == [
        "Talks were held in the U.S.",
        "The envoy left at 6 p.m.",
        "He was tired.",
    ]


def test_decimals_and_ellipses() -> None:
    assert _texts(
        "Growth hit 3.5 percent... and then fell. Prices rose 2.25 points… Then calm."
    ) == [
        "Growth hit 3.5 percent... and then fell.",
        "Prices rose 2.25 points…",
        "Then calm.",
    ]


def test_quotes_stay_with_their_sentence() -> None:
    text = (
        "“We will rebuild the bridge,” the minister said. "
        "She added: “It will take a year.” Workers agreed. "
        '“Is it safe?” asked a driver. "No," he said.'
    )
    assert _texts(text) == [
        "“We will rebuild the bridge,” the minister said.",
        "She added: “It will take a year.”",
        "Workers agreed.",
        "“Is it safe?” asked a driver.",
        '"No," he said.',
    ]


def test_lower_case_after_a_stop_does_not_split() -> None:
    assert _texts("The firm, Brask Ltd. said nothing. e.g. this stays.") == [
        "The firm, Brask Ltd. said nothing. e.g. this stays."
    ]


def test_paragraph_break_always_splits() -> None:
    text = "A headline without a stop\n\nThe body starts here. It goes on\nover a wrapped line."
    assert _texts(text) == [
        "A headline without a stop",
        "The body starts here.",
        "It goes on\nover a wrapped line.",
    ]


def test_a_short_unpunctuated_line_or_a_list_item_stands_alone() -> None:
    text = (
        "Harbour closes at Olk\n"
        "- Joined\n"
        "- Mar 3, 2024\n"
        "The Olk harbour closed on Friday after a storm damaged its outer wall and the piers."
    )
    assert _texts(text) == [
        "Harbour closes at Olk",
        "- Joined",
        "- Mar 3, 2024",
        "The Olk harbour closed on Friday after a storm damaged its outer wall and the piers.",
    ]


def test_hard_wrapped_prose_goes_on_across_line_breaks() -> None:
    text = (
        "The harbour master of Olk said the outer wall, which was built in\n"
        "Tarnish stone a century ago, could not be repaired before the winter,\n"
        "and the piers would stay closed."
    )
    assert _texts(text) == [text]
    # a short line ending with a comma, or followed by lower case, goes on too
    assert _texts("Ships, barges,\nand ferries waited.") == ["Ships, barges,\nand ferries waited."]
    assert _texts("The wall\nbroke at dawn.") == ["The wall\nbroke at dawn."]


def test_segments_bound_sentences_and_give_roles() -> None:
    title = "Storm hits Port Vell"
    body = "Rain fell all night. Roads closed"
    caption = " in the old town. A photo."
    text = title + "\n" + body + caption
    b0 = len(title) + 1
    c0 = b0 + len(body)
    segs = (
        Segment(0, len(title), "title"),
        Segment(b0, c0, "body"),
        Segment(c0, len(text), "caption"),
    )
    sents = split_sentences(_article(text, segs))
    assert [(s.text, s.role) for s in sents] == [
        ("Storm hits Port Vell", "title"),
        ("Rain fell all night.", "body"),
        ("Roads closed", "body"),
        ("in the old town.", "caption"),
        ("A photo.", "caption"),
    ]


def test_no_segments_means_one_body_region() -> None:
    text = "One. Two."
    art = Article(id="a", source="x", text=text, raw=b"", content_hash="h")
    assert [(s.text, s.role) for s in split_sentences(art)] == [("One.", "body"), ("Two.", "body")]


def test_empty_text() -> None:
    assert split_sentences(_article("   \n\n ")) == ()


def _seed(seeds: Path, prefix: str) -> Article:
    text = re.sub(r"^ date \d{4}-\d{2}-\d{2} ", "", seed_file(seeds, prefix).read_text("utf-8"))
    return _article(text)


def test_seed_000_keeps_us_and_oct_inside_sentences(seeds_dir: Path) -> None:
    sents = split_sentences(_seed(seeds_dir, "000"))
    for s in sents:
        assert not s.text.endswith(("U.S.", "Oct.")), s.text
        assert s.text == s.text.strip()
    assert any("U.S. Secretary of State" in s.text for s in sents)
    assert any("Oct. 20, 2020" in s.text for s in sents)
    assert len(sents) >= 10


def test_seeds_sentences_do_not_cross_blank_lines(seeds_dir: Path) -> None:
    for prefix in ("000", "001", "002", "003"):
        for s in split_sentences(_seed(seeds_dir, prefix)):
            assert "\n\n" not in s.text
