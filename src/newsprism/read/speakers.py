"""Who a speaker phrase names: the noun-phrase grammar, pronouns and titles behind quotes.

:class:`SpeakerReader` holds what one article offers for attribution: its text with quoted words
blanked out, sentence and paragraph bounds, mentions indexed by offset, and the speakers found so
far. Given the tokens of a phrase it resolves them to a name: a mention's fullest name; a pronoun
(he/she → the speaker or subject of the nearest earlier sentence naming a person, it/they → an
organisation or place); a titled noun phrase ("the Azerbaijani president" → the person whose role
and descriptors match, most recently mentioned); or an organisation's own words ("The Russian
Foreign Ministry"). :mod:`newsprism.read.quotes` decides where the attribution is.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from newsprism.model import Mention, Sentence
from newsprism.read.speech import (
    AUXILIARIES,
    CONNECTORS,
    DETERMINERS,
    NP_LOWER,
    ORG_HEADS,
    PERSON_PRONOUNS,
    PREPOSITIONS,
    PRONOUNS,
    SPEECH_VERBS,
    STOP_CAPITALS,
    TIME_WORDS,
    TITLE_HEADS,
    TITLE_SYNONYMS,
    TITLE_WORDS,
)

_TOKEN = re.compile(r"[^\W_](?:[\w’'.\-]*[^\W_])?")
_LINE = re.compile(r"[^\n]+")
_FALLBACK_SENTENCE = re.compile(r"[^\s].*?(?:[.!?][\"”’]?(?=\s+[“\"‘A-Z0-9])|$)", re.M)
_LAST_WORD = re.compile(r"([^\W\d_]+)[^\w]*$")
_DEMONYM = re.compile(r"(?:an|ian|ese|ish|i|ch)$")
_LOOKBACK = 6  # sentences searched for a pronoun's antecedent
MAX_NP = 10  # tokens in a speaker noun phrase

Tok = tuple[int, int, str, str]  # start, end, surface, lower case


@dataclass(frozen=True, slots=True)
class Found:
    speaker: str | None
    start: int | None
    end: int | None
    attribution: str | None
    kind: str = "other"  # what the speaker is: person, organisation, place, other


def is_cap(surface: str) -> bool:
    return surface[:1].isupper()


def is_verb(tok: Tok) -> bool:
    """A speech verb, in lower case ("State" and "States" are names, not verbs)."""
    return tok[3] in SPEECH_VERBS and tok[2][:1].islower()


def possessive(lower: str) -> bool:
    return lower.endswith(("’s", "'s", "s’", "s'"))


def name_of(mention: Mention) -> str:
    return mention.name or mention.text


class SpeakerReader:
    """What one article offers for attribution: text, sentences, mentions, found speakers.

    ``quoted`` lists the ``[start, end)`` spans of quoted words, in text order; they are blanked
    out in :attr:`masked`, and mentions inside them never stand for a speaker."""

    def __init__(
        self,
        text: str,
        sentences: tuple[Sentence, ...],
        mentions: tuple[Mention, ...],
        quoted: list[tuple[int, int]],
    ) -> None:
        self.text = text
        self.quoted = quoted
        self.masked = _mask(text, quoted)
        self.lines = [(m.start(), m.end()) for m in _LINE.finditer(text)]
        self.line_starts = [s for s, _ in self.lines]
        if sentences:
            ordered = sorted(sentences, key=lambda s: s.start)
            self.bounds = [(s.start, s.end) for s in ordered]
            self.indices = [s.index for s in ordered]
        else:
            self.bounds = [(m.start(), m.end()) for m in _FALLBACK_SENTENCE.finditer(text)]
            self.indices = list(range(len(self.bounds)))
        self.sent_starts = [s for s, _ in self.bounds]
        self.quoted_starts = [start for start, _ in quoted]
        ordered_mentions = sorted(mentions, key=lambda m: (m.start, m.end))
        outside = [m for m in ordered_mentions if not self._quoted(m.start)]
        self.by_end: dict[int, Mention] = {}
        self.by_start: dict[int, Mention] = {}
        for m in ordered_mentions:
            best = self.by_end.get(m.end)
            if best is None or m.start < best.start:
                self.by_end[m.end] = m
            first = self.by_start.get(m.start)
            if first is None or m.end > first.end:
                self.by_start[m.start] = m
        self.persons = [m for m in outside if m.kind == "person"]
        self.person_starts = [m.start for m in self.persons]
        self.actors = [m for m in outside if m.kind in ("organisation", "place")]
        self.actor_starts = [m.start for m in self.actors]
        self._profiles: dict[str, str] | None = None
        self.positions: dict[str, list[int]] = {}
        for m in self.persons:
            self.positions.setdefault(name_of(m), []).append(m.start)
        self.speakers: list[tuple[int, str, str]] = []  # (position, name, kind) found so far

    @property
    def profiles(self) -> dict[str, str]:
        """Per person: roles, mention texts and the capitalised words before each mention
        (lower case), for matching a titled noun phrase. Built on first use."""
        if self._profiles is None:
            self._profiles = {}
            for m in self.persons:
                name = name_of(m)
                words = " ".join((m.role or "", m.text, self._descriptor(m.start))).lower()
                self._profiles[name] = self._profiles.get(name, "") + " | " + words
        return self._profiles

    # --- positions -------------------------------------------------------------------------

    def _quoted(self, pos: int) -> bool:
        i = bisect_right(self.quoted_starts, pos) - 1
        return i >= 0 and self.quoted[i][0] <= pos < self.quoted[i][1]

    def sentence_at(self, pos: int) -> int:
        return max(0, bisect_right(self.sent_starts, pos) - 1)

    def line_of(self, pos: int) -> tuple[int, int]:
        i = max(0, bisect_right(self.line_starts, pos) - 1)
        return self.lines[i] if self.lines else (0, len(self.text))

    def tokens(self, start: int, end: int) -> list[Tok]:
        return [
            (m.start(), m.end(), m.group(), m.group().lower())
            for m in _TOKEN.finditer(self.masked, start, end)
        ]

    def gap(self, a: int, b: int) -> str:
        """What stands between two tokens, stripped; the dot of an abbreviation ("U.S. Sen.
        Brian Schatz") does not separate them (windows never span a sentence boundary)."""
        between = self.masked[a:b].strip()
        return "" if between == "." else between

    def _descriptor(self, pos: int) -> str:
        """The run of capitalised words just before ``pos`` ("Azerbaijani President")."""
        words: list[str] = []
        for tok in reversed(self.tokens(max(0, pos - 60), pos)):
            if is_cap(tok[2]) or tok[3] in CONNECTORS or tok[3] in TITLE_WORDS:
                words.append(tok[2])
            else:
                break
        return " ".join(reversed(words))

    # --- noun phrases ----------------------------------------------------------------------

    def np_back(self, toks: list[Tok], j: int, lo: int = 0) -> int | None:
        """First token of the speaker noun phrase ending with token ``j`` (None if none)."""
        head = toks[j]
        if not self._np_word(head) or head[3] in DETERMINERS or head[3] in CONNECTORS:
            return None
        if possessive(head[3]) and self.by_end.get(head[1]) is None:
            return None  # "Carroll's claim": a possessor, not a subject
        first = j
        k = j
        while k >= lo and j - k < MAX_NP:
            tok = toks[k]
            mention = self.by_end.get(tok[1])
            if mention is not None and mention.start >= toks[lo][0] and mention.start < tok[0]:
                while k > lo and toks[k][0] > mention.start:
                    k -= 1
                first = k
            elif k < j:
                low = tok[3]
                if low in DETERMINERS:
                    return k
                if low in CONNECTORS:
                    left = toks[k - 1] if k > lo else None
                    if left is None or not is_cap(toks[k + 1][2]):
                        break
                    if not (is_cap(left[2]) or left[3] in TITLE_WORDS or left[3] in ORG_HEADS):
                        break
                elif not self._np_word(tok):
                    break
                first = k
            if k == lo or self.gap(toks[k - 1][1], toks[k][0]):
                break
            k -= 1
        return first

    def np_forward(self, toks: list[Tok], i: int) -> int:
        """One past the last token of the noun phrase starting at token ``i`` (``i`` if none)."""
        k = i
        n = len(toks)
        if k < n and toks[k][3] in DETERMINERS:
            k += 1
        end = i
        while k < n and k - i < MAX_NP:
            tok = toks[k]
            if k > i and self.gap(toks[k - 1][1], tok[0]):
                break
            mention = self.by_start.get(tok[0])
            if mention is not None:
                k += 1  # a mention may end inside its first token ("Kazakhstan" of "…’s")
                while k < n and toks[k][1] <= mention.end:
                    k += 1
                end = k
                continue
            low = tok[3]
            if low in CONNECTORS and end > i and k + 1 < n and is_cap(toks[k + 1][2]):
                k += 1
                continue
            if not self._np_word(tok):
                break
            k += 1
            end = k
        return end

    def _np_word(self, tok: Tok) -> bool:
        low = tok[3]
        if len(low) > 1 and tok[2].isupper():
            return True  # an acronym: US, NATO, AFP
        if low in STOP_CAPITALS or low in PRONOUNS:
            return False
        return is_cap(tok[2]) or low in NP_LOWER or possessive(low)

    def resolve(self, toks: list[Tok], a: int, b: int) -> Found:
        """Who the noun phrase ``toks[a..b]`` names, with the span of the naming words."""
        head = toks[b]
        if a == b and head[3] in PRONOUNS:
            return self.pronoun(head)
        mention = self.by_end.get(head[1])
        if mention is not None and mention.start >= toks[a][0] and mention.kind != "nationality":
            return Found(name_of(mention), mention.start, mention.end, None, mention.kind)
        start = a + 1 if toks[a][3] in DETERMINERS else a
        start = min(start, b)
        surface = self.text[toks[start][0] : head[1]]
        named = [t for t in toks[start : b + 1] if is_cap(t[2]) and not self._descriptive(t)]
        if head[3] in TITLE_HEADS:
            title_from = b
            while title_from > start and toks[title_from - 1][3] in TITLE_WORDS:
                title_from -= 1
            title = " ".join(t[3] for t in toks[title_from : b + 1] if t[3] not in TIME_WORDS)
            modifiers = [t[3] for t in toks[start:title_from] if is_cap(t[2])]
            person = self.by_title(title, head[3], modifiers, toks[a][0])
            if person is not None:
                return Found(person, toks[a][0], head[1], None, "person")
            names = [t for t in named if t[3] not in TITLE_WORDS]
            return Found(surface if names else None, toks[a][0], head[1], None, "other")
        if head[3] in ORG_HEADS:
            if named:
                return Found(surface, toks[start][0], head[1], None, "organisation")
            org = self.org_by_word(head[3], toks[a][0])
            return Found(org, toks[a][0], head[1], None, "organisation")
        if is_cap(head[2]) and not self._nationality(head):
            return Found(surface, toks[start][0], head[1], None, "other")
        return Found(None, toks[a][0], head[1], None, "other")

    def _nationality(self, tok: Tok) -> bool:
        mention = self.by_start.get(tok[0])
        return mention is not None and mention.kind == "nationality"

    def _descriptive(self, tok: Tok) -> bool:
        """A capitalised word before a title that describes rather than names ("Azerbaijani"
        in "the Azerbaijani president"): a nationality, or, lacking mentions, a demonym-like word.
        """
        if self._nationality(tok):
            return True
        return bool(_DEMONYM.search(tok[3])) and tok[0] not in self.by_start

    def by_title(self, title: str, head: str, modifiers: list[str], pos: int) -> str | None:
        """The person most recently named before ``pos`` whose title and descriptors match."""
        phrases = TITLE_SYNONYMS.get(title, (title,)) if title == head else (title,)
        best: tuple[int, str] | None = None
        for name, profile in self.profiles.items():
            padded = " " + profile + " "
            if not any(" " + p + " " in padded or " " + p + "," in padded for p in phrases):
                continue
            words = {w[:4] for w in re.findall(r"[^\W\d_]+", profile)}
            if any(mod[:4] not in words for mod in modifiers):
                continue
            i = bisect_left(self.positions[name], pos) - 1
            if i >= 0 and (best is None or self.positions[name][i] > best[0]):
                best = (self.positions[name][i], name)
        return best[1] if best else None

    def org_by_word(self, word: str, pos: int) -> str | None:
        """The organisation most recently named before ``pos`` whose name holds ``word``."""
        i = bisect_left(self.actor_starts, pos) - 1
        while i >= 0:
            mention = self.actors[i]
            if mention.kind == "organisation" and word in name_of(mention).lower():
                return name_of(mention)
            i -= 1
        return None

    # --- pronouns --------------------------------------------------------------------------

    def pronoun(self, tok: Tok) -> Found:
        person = tok[3] in PERSON_PRONOUNS
        name = self.antecedent(tok[0], person)
        return Found(name, tok[0], tok[1], None, "person" if person else "organisation")

    def antecedent(self, pos: int, person: bool) -> str | None:
        """The speaker or subject a pronoun at ``pos`` most likely refers to."""
        si = self.sentence_at(pos)
        pool = self.persons if person else self.actors
        starts = self.person_starts if person else self.actor_starts
        for s in range(si, max(-1, si - _LOOKBACK), -1):
            lo, hi = self.bounds[s]
            hi = min(hi, pos)
            spoken = [
                name
                for at, name, kind in self.speakers
                if lo <= at < hi and name and (kind == "other" or (kind == "person") == person)
            ]
            if spoken:
                return spoken[-1]
            chosen = pool[bisect_left(starts, lo) : bisect_left(starts, hi)]
            if chosen:
                return name_of(self._subject(chosen, lo))
        return None

    def _subject(self, mentions: list[Mention], lo: int) -> Mention:
        """Of the mentions in one sentence, the one most likely its subject or speaker."""
        for m in mentions:
            after = self.tokens(m.end, min(len(self.text), m.end + 40))
            for tok in after[:3]:
                if is_verb(tok):
                    return m
                if tok[3] not in AUXILIARIES:
                    break
        for m in mentions:
            before = _LAST_WORD.search(self.masked, max(lo, m.start - 24), m.start)
            if before is None or before.group(1).lower() not in PREPOSITIONS:
                return m
        return mentions[0]


def _mask(text: str, quoted: list[tuple[int, int]]) -> str:
    """``text`` with the quoted words replaced by spaces (offsets unchanged)."""
    parts: list[str] = []
    at = 0
    for start, end in quoted:
        if start < at:
            continue
        parts.append(text[at:start])
        parts.append(" " * (end - start))
        at = end
    parts.append(text[at:])
    return "".join(parts)
