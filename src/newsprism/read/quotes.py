"""Find quotations in an article and attribute each to its speaker.

Quoted regions come from :func:`newsprism.read.quotemarks.find_quoted`. For each, the words around
it are read on a copy of the text whose quoted words are blanked out (so a verb or a name inside a
quote never attributes another quote), in this order:

1. right after the closing mark: ``“...,” X said`` / ``“...,” said X`` /
   ``“...,” Anadolu cited the president as saying``;
2. before the opening mark, in the same sentence: ``X said: “...”``, ``X said that “...”``,
   ``X said the prospects were “very remote”``, ``X vowed to “...”``, ``X told Y “...”``;
3. ``according to X`` after, then before the quote;
4. the sentence before (``X said:`` closing the previous sentence, or a quote continuing the
   previous speaker's).

A speaker phrase is resolved to a name: a mention's fullest name; a pronoun (he/she → the subject
or speaker of the nearest earlier sentence that names a person; it/they → an organisation); a
titled noun phrase ("the Azerbaijani president" → the person whose role and descriptors match,
most recently mentioned); or an organisation's own words ("The Russian Foreign Ministry").
Everything is local to the quote's sentence and its neighbours, so the cost is linear in the text.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from newsprism.model import Article, Mention, Quote, Sentence
from newsprism.read.quotemarks import QuotedRegion, find_quoted
from newsprism.read.speech import (
    AUXILIARIES,
    CITING_VERBS,
    CONNECTORS,
    DETERMINERS,
    MOODS,
    NP_LOWER,
    ORG_HEADS,
    PARTICIPLES,
    PASSIVE,
    PERSON_PRONOUNS,
    PREPOSITIONS,
    PRONOUNS,
    SAYING,
    SPEECH_VERBS,
    STOP_CAPITALS,
    TITLE_HEADS,
    TITLE_SYNONYMS,
    TITLE_WORDS,
    TOLD_VERBS,
)

_TOKEN = re.compile(r"[^\W_](?:[\w’'.\-]*[^\W_])?")
_LINE = re.compile(r"[^\n]+")
_FALLBACK_SENTENCE = re.compile(r"[^\s].*?(?:[.!?][\"”’]?(?=\s+[“\"‘A-Z0-9])|$)", re.M)
_INTERVIEW = re.compile(
    r"\s+in\s+an?\s+(?:\w+\s+)?(?:interview|statement|speech|address|post|tweet|letter|message"
    r"|video|briefing|conference)\b"
    r"(?:\s+(?:with|to|on)\s+(?:the\s+)?(?:[A-Z][\w’'.\-]*\s+){0,4}[A-Z][\w’'.\-]*"
    r"(?:\s+(?:newspaper|agency|television|channel|radio|broadcaster|daily|magazine))?)?"
)
_LAST_WORD = re.compile(r"([^\W\d_]+)[^\w]*$")
_DEMONYM = re.compile(r"(?:an|ian|ese|ish|i|ch)$")
_GAP_LEAD = frozenset(" \t,;:—–-")
_WINDOW = 320  # the most characters read on either side of a quote
_LOOKBACK = 6  # sentences searched for a pronoun's antecedent
_MAX_NP = 10  # tokens in a speaker noun phrase
_MIN_UNATTRIBUTED_WORDS = 4

_Tok = tuple[int, int, str, str]  # start, end, surface, lower


@dataclass(frozen=True, slots=True)
class _Found:
    speaker: str | None
    start: int | None
    end: int | None
    attribution: str | None
    kind: str = "other"  # what the speaker is: person, organisation, place, other


def _is_cap(surface: str) -> bool:
    return surface[:1].isupper()


def _verb(tok: _Tok) -> bool:
    """A speech verb, in lower case ("State" and "States" are names, not verbs)."""
    return tok[3] in SPEECH_VERBS and tok[2][:1].islower()


def _possessive(lower: str) -> bool:
    return lower.endswith(("’s", "'s", "s’", "s'"))


class _Reader:
    """What one article offers for attribution: text, sentences, mentions, found speakers."""

    def __init__(
        self,
        article: Article,
        sentences: tuple[Sentence, ...],
        mentions: tuple[Mention, ...],
        regions: tuple[QuotedRegion, ...],
    ) -> None:
        text = article.text
        self.text = text
        self.regions = regions
        self.masked = _mask(text, regions)
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
        self.region_starts = [r.start for r in regions]

        outside = [m for m in sorted(mentions, key=lambda m: (m.start, -m.end))]
        outside = [m for m in outside if not self._quoted(m.start)]
        self.by_end: dict[int, Mention] = {}
        self.by_start: dict[int, Mention] = {}
        for m in sorted(mentions, key=lambda m: (m.start, m.end)):
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
        self.profiles: dict[str, str] = {}
        self.positions: dict[str, list[int]] = {}
        for m in self.persons:
            name = _name(m)
            words = [m.role or "", m.text, self._descriptor(m.start)]
            self.profiles[name] = self.profiles.get(name, "") + " | " + " ".join(words).lower()
            self.positions.setdefault(name, []).append(m.start)
        self.speakers: list[tuple[int, str, str]] = []  # (position, name, kind) found so far

    # --- positions -------------------------------------------------------------------------

    def _quoted(self, pos: int) -> bool:
        i = bisect_right(self.region_starts, pos) - 1
        return i >= 0 and self.regions[i].start <= pos < self.regions[i].end

    def sentence_at(self, pos: int) -> int:
        return max(0, bisect_right(self.sent_starts, pos) - 1)

    def line_of(self, pos: int) -> tuple[int, int]:
        i = max(0, bisect_right(self.line_starts, pos) - 1)
        return self.lines[i] if self.lines else (0, len(self.text))

    def tokens(self, start: int, end: int) -> list[_Tok]:
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
            if _is_cap(tok[2]) or tok[3] in CONNECTORS or tok[3] in TITLE_WORDS:
                words.append(tok[2])
            else:
                break
        return " ".join(reversed(words))

    # --- noun phrases ----------------------------------------------------------------------

    def np_back(self, toks: list[_Tok], j: int, lo: int = 0) -> int | None:
        """First token of the speaker noun phrase ending with token ``j`` (None if none)."""
        head = toks[j]
        if not self._np_word(head) or head[3] in DETERMINERS or head[3] in CONNECTORS:
            return None
        first = j
        k = j
        while k >= lo and j - k < _MAX_NP:
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
                    if left is None or not _is_cap(toks[k + 1][2]):
                        break
                    if not (_is_cap(left[2]) or left[3] in TITLE_WORDS or left[3] in ORG_HEADS):
                        break
                elif not self._np_word(tok):
                    break
                first = k
            if k == lo or self.gap(toks[k - 1][1], toks[k][0]):
                break
            k -= 1
        return first

    def np_forward(self, toks: list[_Tok], i: int) -> int:
        """One past the last token of the noun phrase starting at token ``i`` (``i`` if none)."""
        k = i
        n = len(toks)
        if k < n and toks[k][3] in DETERMINERS:
            k += 1
        end = i
        while k < n and k - i < _MAX_NP:
            tok = toks[k]
            if k > i and self.gap(toks[k - 1][1], tok[0]):
                break
            mention = self.by_start.get(tok[0])
            if mention is not None:
                while k < n and toks[k][1] <= mention.end:
                    k += 1
                end = k
                continue
            low = tok[3]
            if low in CONNECTORS and end > i and k + 1 < n and _is_cap(toks[k + 1][2]):
                k += 1
                continue
            if not self._np_word(tok):
                break
            k += 1
            end = k
        return end

    def _np_word(self, tok: _Tok) -> bool:
        low = tok[3]
        if len(low) > 1 and tok[2].isupper():
            return True  # an acronym: US, NATO, AFP
        if low in STOP_CAPITALS or low in PRONOUNS:
            return False
        return _is_cap(tok[2]) or low in NP_LOWER or _possessive(low)

    def resolve(self, toks: list[_Tok], a: int, b: int) -> _Found:
        """Who the noun phrase ``toks[a..b]`` names, with the span of the naming words."""
        head = toks[b]
        if a == b and head[3] in PRONOUNS:
            return self.pronoun(head)
        mention = self.by_end.get(head[1])
        if mention is not None and mention.start >= toks[a][0] and mention.kind != "nationality":
            return _Found(_name(mention), mention.start, mention.end, None, mention.kind)
        start = a + 1 if toks[a][3] in DETERMINERS else a
        start = min(start, b)
        surface = self.text[toks[start][0] : head[1]]
        named = [t for t in toks[start : b + 1] if _is_cap(t[2]) and not self._descriptive(t)]
        if head[3] in TITLE_HEADS:
            title_from = b
            while title_from > start and toks[title_from - 1][3] in TITLE_WORDS:
                title_from -= 1
            title = " ".join(t[3] for t in toks[title_from : b + 1])
            modifiers = [t[3] for t in toks[start:title_from] if _is_cap(t[2])]
            person = self.by_title(title, head[3], modifiers, toks[a][0])
            if person is not None:
                return _Found(person, toks[a][0], head[1], None, "person")
            names = [t for t in named if t[3] not in TITLE_WORDS]
            return _Found(surface if names else None, toks[a][0], head[1], None, "other")
        if head[3] in ORG_HEADS:
            if named:
                return _Found(surface, toks[start][0], head[1], None, "organisation")
            org = self.org_by_word(head[3], toks[a][0])
            return _Found(org, toks[a][0], head[1], None, "organisation")
        if _is_cap(head[2]) and not self._nationality(head):
            return _Found(surface, toks[start][0], head[1], None, "other")
        return _Found(None, toks[a][0], head[1], None, "other")

    def _nationality(self, tok: _Tok) -> bool:
        mention = self.by_start.get(tok[0])
        return mention is not None and mention.kind == "nationality"

    def _descriptive(self, tok: _Tok) -> bool:
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
            if mention.kind == "organisation" and word in _name(mention).lower():
                return _name(mention)
            i -= 1
        return None

    # --- pronouns --------------------------------------------------------------------------

    def pronoun(self, tok: _Tok) -> _Found:
        person = tok[3] in PERSON_PRONOUNS
        name = self.antecedent(tok[0], person)
        return _Found(name, tok[0], tok[1], None, "person" if person else "organisation")

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
                return _name(self._subject(chosen, lo))
        return None

    def _subject(self, mentions: list[Mention], lo: int) -> Mention:
        """Of the mentions in one sentence, the one most likely its subject or speaker."""
        for m in mentions:
            after = self.tokens(m.end, min(len(self.text), m.end + 40))
            for tok in after[:3]:
                if _verb(tok):
                    return m
                if tok[3] not in AUXILIARIES:
                    break
        for m in mentions:
            before = _LAST_WORD.search(self.masked, max(lo, m.start - 24), m.start)
            if before is None or before.group(1).lower() not in PREPOSITIONS:
                return m
        return mentions[0]

    # --- attribution -----------------------------------------------------------------------

    def subject_of(self, toks: list[_Tok], v: int, lo: int = 0) -> tuple[int, int, int] | None:
        """(first NP token, last NP token, first auxiliary token) of the verb at ``v``."""
        k = v - 1
        aux = v
        while k >= lo and toks[k][3] in AUXILIARIES and not self.gap(toks[k][1], toks[k + 1][0]):
            aux = k
            k -= 1
        if k < lo:
            return None
        between = self.gap(toks[k][1], toks[k + 1][0])
        if between == ",":
            before = self._before_apposition(toks, k, lo)
            if before is None:
                return None
            k = before
        elif between:
            return None
        if toks[k][3] in PRONOUNS:
            return (k, k, aux)
        first = self.np_back(toks, k, lo)
        if first is None:
            return None
        return (first, k, aux)

    def _before_apposition(self, toks: list[_Tok], k: int, lo: int) -> int | None:
        """Skip ", a NATO member," back to the token before the opening comma."""
        i = k
        while i > lo and k - i < 12:
            gap = self.gap(toks[i - 1][1], toks[i][0])
            if gap == ",":
                return i - 1
            if gap:
                return None
            i -= 1
        return None

    def attribution_text(self, toks: list[_Tok], aux: int, v: int, limit: int) -> str:
        """The verb phrase: auxiliaries and verb, a told-object, an interview phrase."""
        end = toks[v][1]
        if toks[v][3] in TOLD_VERBS:
            stop = self.np_forward(toks, v + 1)
            if stop > v + 1:
                end = toks[stop - 1][1]
        more = _INTERVIEW.match(self.masked, end, limit)
        if more is not None:
            end = more.end()
        return self.text[toks[aux][0] : end]

    def from_verb(self, toks: list[_Tok], v: int, lo: int, limit: int) -> _Found | None:
        """Attribution given by the speech verb at ``toks[v]`` and its subject or object."""
        low = toks[v][3]
        if low in PARTICIPLES and not (v > lo and toks[v - 1][3] == "as"):
            return self._participle(toks, v, lo, limit)
        if low in PARTICIPLES:
            return None  # "as saying": the citing verb before it decides
        subject = self.subject_of(toks, v, lo)
        if low in CITING_VERBS:
            return self._citing(toks, v, subject, lo)
        if subject is None:
            return None
        first, last, aux = subject
        found = self.resolve(toks, first, last)
        return _Found(
            found.speaker,
            found.start,
            found.end,
            self.attribution_text(toks, aux, v, limit),
            found.kind,
        )

    def _participle(self, toks: list[_Tok], v: int, lo: int, limit: int) -> _Found | None:
        """``X apologised, saying “...”``: the speaker is the sentence's subject."""
        found: _Found | None = None
        stop = self.np_forward(toks, lo)
        if lo < stop < v and not _is_cap(toks[stop][2]):  # "Jeju Air President Kim apologised"
            found = self.resolve(toks, lo, stop - 1)
        for k in range(lo, v):
            if found is not None and found.speaker is not None:
                break
            tok = toks[k]
            mention = self.by_start.get(tok[0])
            if mention is not None and mention.kind in ("person", "organisation", "place"):
                found = _Found(_name(mention), mention.start, mention.end, None, mention.kind)
            elif tok[3] in PRONOUNS:
                found = self.pronoun(tok)
        if found is None:
            return None
        attribution = self.attribution_text(toks, v, v, limit)
        return _Found(found.speaker, found.start, found.end, attribution, found.kind)

    def _citing(
        self, toks: list[_Tok], v: int, subject: tuple[int, int, int] | None, lo: int
    ) -> _Found | None:
        """``Anadolu cited the president as saying`` / ``Aliyev was quoted as saying``."""
        n = len(toks)
        if subject is not None and any(toks[i][3] in PASSIVE for i in range(subject[2], v)):
            k = v + 1
            if k < n and toks[k][3] == "by":
                k = max(self.np_forward(toks, k + 1), k + 1)
            if k + 1 < n and toks[k][3] == "as" and toks[k + 1][3] in SAYING:
                found = self.resolve(toks, subject[0], subject[1])
                text = self.text[toks[subject[2]][0] : toks[k + 1][1]]
                return _Found(found.speaker, found.start, found.end, text, found.kind)
            return None
        stop = self.np_forward(toks, v + 1)
        if stop == v + 1 or stop + 1 >= n:
            return None
        if toks[stop][3] != "as" or toks[stop + 1][3] not in SAYING:
            return None
        found = self.resolve(toks, v + 1, stop - 1)
        begin = toks[subject[0]][0] if subject is not None else toks[v][0]
        text = self.text[begin : toks[stop + 1][1]]
        return _Found(found.speaker, found.start, found.end, text, found.kind)

    def after(self, close_end: int, limit: int, strict: bool = False) -> _Found | None:
        """``“...,” X said`` / ``“...,” said X``: attribution right after a closing mark.
        ``strict``: the subject must be the very first words (no "a visibly angry")."""
        toks = self.tokens(close_end, limit)
        if not toks or any(c not in _GAP_LEAD for c in self.masked[close_end : toks[0][0]]):
            return None
        if _verb(toks[0]) and toks[0][3] not in CITING_VERBS:
            stop = self.np_forward(toks, 1)
            if stop == 1:
                return None
            found = self.resolve(toks, 1, stop - 1)
            return _Found(found.speaker, found.start, found.end, toks[0][2], found.kind)
        for v in range(1, min(len(toks), _MAX_NP + 4)):
            if self.gap(toks[v - 1][1], toks[v][0]) not in ("", ","):
                return None
            if _verb(toks[v]) and toks[v][3] not in PARTICIPLES:
                subject = self.subject_of(toks, v)
                if subject is None or not (
                    subject[0] == 0 or (not strict and self._leads(toks, subject[0]))
                ):
                    return None
                return self.from_verb(toks, v, 0, limit)
        return None

    def _leads(self, toks: list[_Tok], first: int) -> bool:
        """Whether a subject starting at token ``first`` opens the text after a quote, allowing
        a determiner and a couple of lower-case modifiers ("a visibly angry Newsom")."""
        if first == 0:
            return True
        return (
            first <= 3
            and toks[0][3] in DETERMINERS
            and all(t[3].endswith("ly") or t[3] in MOODS for t in toks[1:first])
        )

    def before(self, start: int, open_mark: int) -> _Found | None:
        """``X said (that|:) “...”`` and the like: the last speech verb before the quote."""
        toks = self.tokens(start, open_mark)
        found: _Found | None = None
        for v in range(len(toks) - 1, -1, -1):
            if not _verb(toks[v]):
                continue
            candidate = self.from_verb(toks, v, 0, open_mark)
            if candidate is None:
                continue
            pronoun = self.text[candidate.start or 0 : candidate.end or 0].lower() in PRONOUNS
            if found is None:
                found = candidate
                if not pronoun:
                    return found
            elif not pronoun and found.speaker in (None, candidate.speaker):
                return candidate  # "X said he would tell them": name X, not "he"
        if found is None and self.masked[start:open_mark].rstrip().endswith(":") and toks:
            first = self.np_back(toks, len(toks) - 1)
            if first is not None:
                return self.resolve(toks, first, len(toks) - 1)
        return found

    def according(self, start: int, end: int) -> _Found | None:
        toks = self.tokens(start, end)
        for k in range(len(toks) - 2):
            if toks[k][3] == "according" and toks[k + 1][3] == "to":
                stop = self.np_forward(toks, k + 2)
                if stop > k + 2:
                    found = self.resolve(toks, k + 2, stop - 1)
                    text = self.text[toks[k][0] : toks[k + 1][1]]
                    return _Found(found.speaker, found.start, found.end, text, found.kind)
        return None


def _name(mention: Mention) -> str:
    return mention.name or mention.text


def _mask(text: str, regions: tuple[QuotedRegion, ...]) -> str:
    """``text`` with every quoted region's words replaced by spaces (same length)."""
    parts: list[str] = []
    at = 0
    for region in regions:
        if region.start < at:
            continue
        parts.append(text[at : region.start])
        parts.append(" " * (region.end - region.start))
        at = region.end
    parts.append(text[at:])
    return "".join(parts)


def _kind(reader: _Reader, window_start: int, region: QuotedRegion) -> str:
    """ "direct" for a quoted sentence or clause, "partial" for a fragment inside a sentence."""
    before = reader.masked[window_start : region.open_mark].rstrip()
    if not before or before.endswith((":", "—", "–")):
        return "direct"
    if before.endswith(",") and (
        reader.text[region.start].isupper() or any(c in before for c in '”"»')
    ):
        return "direct"
    return "partial"


def _content(text: str, start: int, end: int, kind: str) -> tuple[int, int]:
    """Trim punctuation that belongs to the reporting sentence, not to the quoted words."""
    strip = ",;:" + ("." if kind == "partial" else "")
    while end > start and (text[end - 1] in strip or text[end - 1].isspace()):
        end -= 1
    return start, end


def _attribute(reader: _Reader, region: QuotedRegion) -> tuple[_Found | None, str, int]:
    text = reader.text
    line_start, line_end = reader.line_of(region.open_mark)
    si = reader.sentence_at(region.open_mark)
    window_start = max(reader.bounds[si][0] if reader.bounds else 0, line_start)
    window_start = max(window_start, region.open_mark - _WINDOW)
    if window_start > region.open_mark:
        window_start = line_start
    kind = _kind(reader, window_start, region)

    found: _Found | None = None
    post_start = post_end = line_end
    if region.close_mark is not None:
        post_start = region.close_mark + 1
        nxt = post_start
        while nxt < line_end and text[nxt].isspace():
            nxt += 1
        sentence_end = reader.bounds[reader.sentence_at(region.close_mark)][1]
        if nxt < sentence_end:
            post_end = min(line_end, sentence_end, post_start + _WINDOW)
            found = reader.after(post_start, post_end)
        elif text[region.end - 1] in "?!":  # “Why?” Putin asked. (split as two sentences)
            post_end = min(line_end, reader.bounds[reader.sentence_at(nxt)][1])
            found = reader.after(post_start, post_end, strict=True)
        else:
            post_end = post_start  # the quote ended its sentence: what follows is not its own
    if found is None:
        found = reader.before(window_start, region.open_mark)
    if found is None and post_start < post_end:
        found = reader.according(post_start, post_end)
    if found is None:
        found = reader.according(window_start, region.open_mark)
    if found is None:
        colon = region.open_mark - 1
        while colon >= 0 and text[colon].isspace():
            colon -= 1
        if 0 <= colon < window_start and text[colon] == ":":  # "X said:" ending the line before
            line_start = reader.line_of(colon)[0]
            start = max(reader.bounds[reader.sentence_at(colon)][0], line_start)
            found = reader.before(start, colon + 1)
    return found, kind, si


def find_quotes(
    article: Article, sentences: tuple[Sentence, ...], mentions: tuple[Mention, ...]
) -> tuple[Quote, ...]:
    """Every quotation in ``article`` with its speaker, attribution and kind, in text order.

    Quotes with neither attribution nor at least four words (scare quotes, nicknames) are left
    out. A quote with no attribution of its own that directly follows an attributed one in the
    same or the previous sentence takes that speaker.
    """
    text = article.text
    regions = find_quoted(text)
    if not regions:
        return ()
    reader = _Reader(article, sentences, mentions, regions)
    quotes: list[Quote] = []
    last: tuple[int, _Found] | None = None  # (sentence, attribution) of the last attributed quote
    pending: list[int] = []  # quotes running into the next paragraph, awaiting its speaker
    for region in regions:
        found, kind, si = _attribute(reader, region)
        if found is None and last is not None and kind == "direct" and si - last[0] <= 1:
            found = last[1]
        start, end = _content(text, region.start, region.end, kind)
        if start >= end:
            continue
        if found is None and (
            region.single or len(text[start:end].split()) < _MIN_UNATTRIBUTED_WORDS
        ):
            continue
        if found is not None:
            last = (si, found)
            if found.speaker and found.start is not None:
                reader.speakers.append((found.start, found.speaker, found.kind))
            for i in pending:
                quotes[i] = _with_speaker(quotes[i], found)
            pending = []
        quote = _quote(
            article, start, end, found, kind, reader.indices[si] if reader.indices else 0
        )
        if region.close_mark is None and found is None:
            pending.append(len(quotes))
        elif found is None:
            pending = []
        quotes.append(quote)
    return tuple(quotes)


def _quote(
    article: Article, start: int, end: int, found: _Found | None, kind: str, sentence: int
) -> Quote:
    return Quote(
        article.id,
        start,
        end,
        article.text[start:end],
        speaker=found.speaker if found else None,
        speaker_start=found.start if found else None,
        speaker_end=found.end if found else None,
        attribution=found.attribution if found else None,
        kind="direct" if kind == "direct" else "partial",
        sentence=sentence,
    )


def _with_speaker(quote: Quote, found: _Found) -> Quote:
    return Quote(
        quote.article_id,
        quote.start,
        quote.end,
        quote.text,
        speaker=found.speaker,
        speaker_start=found.start,
        speaker_end=found.end,
        attribution=found.attribution,
        kind=quote.kind,
        sentence=quote.sentence,
    )
