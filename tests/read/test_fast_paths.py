"""The reading stage's speed shortcuts give the same answers as the plain scans they replace.

Each shortcut is checked against a straightforward reference (the code it replaced) on
invented text, including the edge cases the shortcut has to respect.
"""

from __future__ import annotations

import random
import re
from datetime import date

from newsprism.ingest import build_article
from newsprism.model import Article
from newsprism.read import lexicon as lx
from newsprism.read import mentions, quantities, timerefs
from newsprism.read.gazetteer import lookup
from newsprism.read.sentences import split_sentences

_ROLE_WINDOWS = [
    "the talks were led by spokeswoman ",
    "according to the (spokeswoman ",
    "she quoted “minister ",
    'he told "Deputy Foreign Minister ',
    "the Tessaly Harbour Board's chief executive, ",
    "a statement from the head of the Varnholt Rowing Club ",
    "said the Head of the Varnholt Rowing Club ",
    "the mınıster ",  # dotless i: (?i:) folds it like "i"
    "the FOREIGN MINISTER ",
    "in the town of Brellin near the ",
    "the minister of ",
    "minister ,",
    "a wall of the old fort ",
    "secretary-general ",
    "president\u00a0",
    "the envoy for Coastal Affairs ",
    "",
]


def test_role_prefilter_never_hides_a_role() -> None:
    for window in _ROLE_WINDOWS:
        for cut in range(len(window) + 1):
            part = window[cut:]
            if mentions._ROLE_BEFORE.search(part) is not None:
                assert mentions._may_end_in_role(part), part


def test_role_prefilter_rejects_windows_without_a_role_head() -> None:
    assert not mentions._may_end_in_role("a wall of the old fort ")
    assert not mentions._may_end_in_role("in the town of Brellin near the ")
    assert mentions._may_end_in_role("the talks were led by spokeswoman ")
    assert mentions._may_end_in_role("a statement from the head of the Varnholt Rowing Club ")


def _title_end_reference(toks: list[mentions._Tok], i: int) -> int:
    """The scan ``_Titles.end`` replaced: from ``i``, every time."""
    n = len(toks)
    j, last = i, -1
    while j < n and not toks[j].conn:
        if toks[j].low in lx.TITLE_HEADS:
            j += 1
            last = j
        elif toks[j].low in lx.TITLE_MODIFIERS:
            j += 1
        else:
            break
    if last < 0:
        return -1
    return mentions._title_complement(toks, last)


def _tokens(chain: str) -> list[mentions._Tok]:
    return [
        mentions._Tok(t.start(), t.end(), t.group(), t.lastgroup == "c")
        for t in mentions._TOKEN.finditer(chain)
    ]


def test_title_scanner_matches_the_plain_scan_at_every_start() -> None:
    chains = [
        "Deputy Prime Minister Orla Venn",
        "Gen. Gen. Gen. Gen.",
        "Foreign Minister Foreign Minister of State and the Interior Ardo Pell",
        "Secretary of State Maren Holt",
        "Acting Director General of the Harbour Board",
        "Mr. Brask and Mrs. Brask",
        "Senior Chief",
    ]
    for chain in chains:
        toks = _tokens(chain)
        for step in (1, 2, 3):
            titles = mentions._Titles(toks)
            for i in range(0, len(toks), step):
                assert titles.end(i) == _title_end_reference(toks, i), (chain, i)


def test_title_scanner_reads_a_long_run_of_titles() -> None:
    toks = _tokens(" ".join(["Gen."] * 3000))
    titles = mentions._Titles(toks)
    assert [titles.end(i) for i in range(len(toks))] == [len(toks)] * len(toks)
    assert lookup("Gen.") is None


def _found(start: int, end: int) -> timerefs._Found:
    match = re.match(".", "x")
    assert match is not None
    return timerefs._Found(start, end, "coarse", match)


def test_overlap_filter_matches_the_pairwise_check() -> None:
    rng = random.Random(7)
    for _ in range(200):
        found = []
        for _ in range(rng.randint(0, 30)):
            start = rng.randint(0, 200)
            found.append(_found(start, start + rng.randint(1, 25)))
        expected: list[timerefs._Found] = []
        for cand in found:
            if all(cand.end <= k.start or cand.start >= k.end for k in expected):
                expected.append(cand)
        expected.sort(key=lambda f: f.start)
        assert timerefs._without_overlaps(found) == expected


def _article(text: str, published: date | None) -> Article:
    return build_article(text.encode(), text, source="Lorne Courier", published=published)


_DATED = (
    "BRELLIN — The Varnholt ferry resumed service on Tuesday, Oct. 7, 2025, after repairs. "
    "Crews had worked since September 30, 2025 and again on Sunday. "
    "The operator said last week that a second boat returns on October 20."
)


def test_dated_timerefs_equal_the_two_pass_reading() -> None:
    for published in (None, date(2025, 10, 8)):
        article = _article(_DATED, published)
        sentences = split_sentences(article)
        refs, day, estimated = timerefs.find_timerefs_dated(article, sentences, published)
        expected_day = published
        if published is None:
            expected_day = timerefs.estimate_published(
                timerefs.find_timerefs(article, sentences, None)
            )
        assert day == expected_day
        assert estimated == (published is None and day is not None)
        assert refs == timerefs.find_timerefs(article, sentences, expected_day)
    assert timerefs.find_timerefs_dated(_article(_DATED, None), (), None)[1] == date(2025, 10, 7)


def test_side_owner_matches_a_full_scan() -> None:
    text = (
        "Losses on the Orsenian side rose to 40, while Dalmarra's side counted 12 and "
        "Foo-Varn's side 3; on the Upper Kessa side, 9. " * 3
    )

    def reference(lo: int, hi: int, near: int) -> str | None:
        best: tuple[int, str] | None = None
        for m in quantities._SIDE.finditer(text, lo, hi):
            distance = abs(m.start() - near)
            if distance <= 120 and (best is None or distance < best[0]):
                best = (distance, m.group("x") or m.group("y"))
        return best[1] if best is not None else None

    for lo, hi in ((0, len(text)), (10, 200), (95, len(text) - 5)):
        for near in range(lo, hi, 7):
            assert quantities._side_owner(text, lo, hi, near) == reference(lo, hi, near)
