"""Rule-based sentence splitting with character offsets into ``Article.text``.

Sentences never cross a segment boundary (each takes its segment's role), a paragraph break
(a blank line), nor a single line break after a short unpunctuated line or a list item ("- Jun
13, 2022" above a paragraph is a line of its own; hard-wrapped prose goes on). A boundary is a
run of ``.``/``!``/``?``/``…`` (plus any closing quotes or brackets) followed by whitespace and
a capital letter, a digit or an opening quote. A lone ``.`` after an abbreviation does not end
a sentence: titles ("Mr.", "Gen.") and initials ("J.") never do; month abbreviations ("Oct.")
do not before a digit; dotted acronyms ("U.S.", "a.m.") and company suffixes only do before a
word that typically opens a sentence ("The", "He"...). Commas never end a sentence, so
``"...,” he said.`` stays whole, and text after a closing quote that goes on in lower case
("...?” she asked") stays in the same sentence.
"""

from __future__ import annotations

import re

from newsprism.model import Article, SegmentRole, Sentence


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_PARAGRAPH_BREAK = re.compile(r"\n[ \t\r\f\v\u00a0]*\n")
# A terminator run with its closing quotes/brackets, followed by whitespace.
_TERMINATOR = re.compile(r"(?:[.!?]+|…)[.!?…]*[\"'”’»)\]]*(?=\s)")
_OPENERS = "\"'“‘«(["
_LINE_BREAK = re.compile(r"\n")
_BULLET = re.compile(r"[-•*–—]\s")
SHORT_LINE = 60  # a line this short that does not close with punctuation stands alone
_LINE_GOES_ON = ".!?…,;:(-–—"  # a line ending so is closed by the terminator rules, or goes on

# A "." after these never ends a sentence (lower-case, with the dot).
_NEVER_FINAL = _words("""
    mr. mrs. ms. dr. gen. sen. gov. rep. st. lt. col. capt. sgt. maj. adm. prof. rev. hon.
    cmdr. pres. supt. fr. messrs. mt. ft. no. nos. vs. v. e.g. i.e. cf. gens. reps. sens.
    brig. cpl. pvt. gov't. dept. approx. est. ave. blvd. fig. vol. pp. p.
    """)
# Month abbreviations: no boundary before a digit ("Oct. 20").
_MONTH_ABBREVIATIONS = _words("jan. feb. mar. apr. jun. jul. aug. sep. sept. oct. nov. dec.")
# Ambiguous abbreviations: a boundary only before a typical sentence opener.
_AMBIGUOUS = _words("inc. corp. ltd. co. jr. sr. bros. etc. a.m. p.m.")
_DOTTED_ACRONYM = re.compile(r"(?:[A-Za-z]\.){2,}")
_SENTENCE_OPENERS = _words("""
    The A An He She It They We I You His Her Its Their Our My This That These Those There
    But And Or So Yet In On At As After Before While When Since If However Meanwhile
    Although Though Then Now Still Also Some Many Most One Two Three Both Each Other Others
    What Which Who Why How Where Last Earlier Later According Under Despite During For
    """)


def split_sentences(article: Article) -> tuple[Sentence, ...]:
    """Split ``article.text`` into sentences, in text order, indexed from 0."""
    text = article.text
    out: list[Sentence] = []
    for start, end, role in _regions(article):
        for para_start, para_end in _paragraphs(text, start, end):
            for s, e in _split_paragraph(text, para_start, para_end):
                out.append(Sentence(article.id, s, e, text[s:e], len(out), role))
    return tuple(out)


def _regions(article: Article) -> list[tuple[int, int, SegmentRole]]:
    """The article's segments in order, with uncovered stretches of text as body."""
    n = len(article.text)
    segments = sorted(
        (max(0, s.start), min(n, s.end), s.role) for s in article.segments if s.end > s.start
    )
    regions: list[tuple[int, int, SegmentRole]] = []
    pos = 0
    for start, end, role in segments:
        start = max(start, pos)
        if start >= end:
            continue
        if start > pos:
            regions.append((pos, start, "body"))
        regions.append((start, end, role))
        pos = end
    if pos < n:
        regions.append((pos, n, "body"))
    return regions


def _paragraphs(text: str, start: int, end: int) -> list[tuple[int, int]]:
    spans = []
    pos = start
    for m in _PARAGRAPH_BREAK.finditer(text, start, end):
        spans += _lines(text, pos, m.start())
        pos = m.end()
    spans += _lines(text, pos, end)
    return spans


def _lines(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A paragraph cut at its single line breaks that end a line of their own: a short line
    with no closing punctuation (a heading, a date line, a label) or a list item, before a
    line that opens like a sentence. Long lines are hard-wrapped prose and go on."""
    spans = []
    pos = start
    for m in _LINE_BREAK.finditer(text, start, end):
        line = text[pos : m.start()].strip()
        following = text[m.end() : end].lstrip()
        if (
            line
            and following
            and line[-1] not in _LINE_GOES_ON
            and (
                _BULLET.match(following)
                or (
                    (len(line) <= SHORT_LINE or _BULLET.match(line))
                    and (
                        following[0].isupper() or following[0].isdigit() or following[0] in _OPENERS
                    )
                )
            )
        ):
            spans.append((pos, m.start()))
            pos = m.end()
    spans.append((pos, end))
    return spans


def _split_paragraph(text: str, start: int, end: int) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    sent_start = start
    for m in _TERMINATOR.finditer(text, start, end):
        if _is_boundary(text, m, start, end):
            _add_stripped(text, sent_start, m.end(), spans)
            sent_start = m.end()
    _add_stripped(text, sent_start, end, spans)
    return spans


def _is_boundary(text: str, m: re.Match[str], start: int, end: int) -> bool:
    # The next visible character must open a sentence: capital, digit or opening quote.
    nxt = m.end()
    while nxt < end and text[nxt].isspace():
        nxt += 1
    if nxt >= end:
        return True
    first = nxt
    while first < end and text[first] in _OPENERS:
        first += 1
    if first >= end or not (text[first].isupper() or text[first].isdigit()):
        return False
    if text[m.start()] != "." or (m.end() - m.start() > 1 and text[m.start() + 1] == "."):
        return True  # "!", "?", an ellipsis, or a dot followed by closing quotes only
    # A single dot: look at the word it ends.
    word_start = m.start()
    while word_start > start and not text[word_start - 1].isspace():
        word_start -= 1
    word = text[word_start : m.start() + 1].lstrip(_OPENERS)
    if m.end() - m.start() > 1:
        return True  # 'U.S."' is a quoted sentence end
    low = word.lower()
    if low in _NEVER_FINAL:
        return False
    if len(word) == 2 and word[0].isupper():
        return False  # an initial: "J. Smith"
    next_word = _word_at(text, first, end)
    if low in _MONTH_ABBREVIATIONS:
        return not text[first].isdigit() and next_word in _SENTENCE_OPENERS
    if low in _AMBIGUOUS or _DOTTED_ACRONYM.fullmatch(word):
        return next_word in _SENTENCE_OPENERS
    return True


def _word_at(text: str, pos: int, end: int) -> str:
    stop = pos
    while stop < end and (text[stop].isalpha() or text[stop] == "'"):
        stop += 1
    return text[pos:stop]


def _add_stripped(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))
