"""Find names in an article: people (with roles), places, organisations and nationalities.

A rule-based reader, no statistical model:

1. Within each sentence a compiled regex finds *chains*: capitalised words joined by spaces or by
   connectors ("of", "for", "and", "de", "bin"...). Possessives end a chain ("Azerbaijan's" →
   "Azerbaijan"); words that are not names (weekdays, months, sentence openers such as "The",
   "However", and a sentence-initial word the article also uses in lower case) split it.
2. Each chain is parsed left to right into units: a title followed by a name is a person whose
   role is the title phrase together with the qualifiers before it ("Armenian Prime Minister",
   "U.S. Secretary of State"); otherwise the longest of a gazetteer phrase (country, city,
   organisation, demonym) and an organisation or place built on a cue word ("Minsk Group",
   "Ministry of Defence", "Gulf of Mexico") wins; what is left is a name run.
3. Name runs are classified by cues: a given name, an apposition (", Russia's foreign
   minister"), a lower-case role before it ("spokeswoman Maria ..."), a speech verb after it,
   a place preposition or noun before it ("near X", "town of X").
4. Article-level consolidation: surname-only mentions ("Pompeo") take the full name, kind and
   role of the one person in the article with that surname; a name classified anywhere gives its
   kind to its unclassified mentions; sentence-initial single words with no support are dropped.

Decisions: the person span is the name only; the role is a string. A demonym or country that
qualifies a role ("*Russian* Foreign Minister") is also emitted as its own mention (nationality
or place), since it is not inside any other span; a demonym inside an organisation name
("Russian Foreign Ministry") is part of that organisation's span and is not emitted separately.
Country mentions carry the canonical country name ("U.S." → "United States"); nationality
mentions carry the word as written (see ``gazetteer.country_of_demonym``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise

from newsprism.model import Article, EntityKind, Mention, Sentence
from newsprism.read import lexicon as lx
from newsprism.read.gazetteer import MAX_PHRASE_WORDS, is_given_name, lookup

_UPPER = "A-ZÀ-ÖØ-ÞŁŚŻŹĆŃŠŽČŘĎŤŇŐŰĞŞİƏ"
_ABBREV = (
    r"(?:Mr|Mrs|Ms|Dr|Gen|Sen|Gov|Rep|Lt|Col|Capt|Sgt|Maj|Adm|Prof|Rev|St|Jr|Sr|Inc|Corp|Co|"
    r"Ltd|Cmdr|Pres|Mt|Ft|Brig|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\."
)
_WORD = (
    rf"(?:(?:[A-Z]\.){{2,}}"  # U.S., U.N., D.C.
    rf"|{_ABBREV}"
    rf"|[A-Z]\.(?=[ \t]+[{_UPPER}])"  # an initial before a name
    rf"|(?:(?:al|el|ad|an|as|ash|ar|at|az|ul|ud|abu)-)?[{_UPPER}][\w]*"
    rf"(?:[-'’][{_UPPER}][\w]*|-[a-z]{{1,3}}-[{_UPPER}][\w]*)*)"
)
# A later word of a chain may also be a hyphenated given name with a lower-case syllable
# ("Kim E-bae", "Park Su-min"); not a first word, where "Iran-led" or "Soviet-era" are common.
_NEXT_WORD = (
    rf"(?:{_WORD}(?:-(?!(?:led|run|era|old|day|born|made|held|wide|long|year|like)\b)"
    rf"[a-z]{{1,4}}(?![\w-]))?"
    # a plural possessive inside a name: "Growers’ Alliance" (split again in _split_chain)
    rf"(?:(?<=s)['’](?=[ \t\u00a0]+[{_UPPER}]))?)"
)
_CONNECTOR = r"(?:of|for|and|in|on|the|de|da|di|du|del|della|der|den|dos|das|van|von|la|le|bin|ibn|bint|ben|al|el|y|zu|ter)"  # noqa: E501
_CHAIN = re.compile(
    rf"(?<![\w'’.]){_WORD}(?:(?<=s)['’](?=[ \t\u00a0]+[{_UPPER}]))?"
    rf"(?:[ \t\u00a0]+(?:{_CONNECTOR}[ \t\u00a0]+)*{_NEXT_WORD})*(?![\w])"
)
_TOKEN = re.compile(rf"(?P<w>{_NEXT_WORD})|(?P<c>{_CONNECTOR})")
_LOWER_WORD = re.compile(r"\b[a-z][a-z'’-]*\b")
# A lower-case word that title-case headlines do not leave in lower case.
_LOWER_CONTENT = re.compile(
    r"(?<![\w'’-])(?!(?:of|in|the|for|and|to|on|a|an|at|by|as|with|from|into|amid|vs|or|"
    r"nor|but|per|via|up|out|off|over)\b)[a-z]"
)
_WORDS = re.compile(r"\S+")

_CAPSEQ = rf"[{_UPPER}][\w.'’-]*(?:[ \t]+(?:(?:of|for|and|the)[ \t]+)*[{_UPPER}][\w.'’-]*)*"
_ROLE = (
    rf"(?:(?:{_CAPSEQ})(?:['’]s)?[ \t]+)?"
    rf"(?i:(?:(?:{lx.ROLE_MODIFIERS_LOWER})[ \t]+)*(?:{lx.ROLE_HEADS_LOWER}))"
    rf"(?:[ \t]+(?i:of|for)[ \t]+(?:the[ \t]+)?{_CAPSEQ})?"
)
# ", Russia's foreign minister," / ", head of the Lebanese Red Cross"
_APPOSITION = re.compile(rf",[ \t]+(?:(?:the|a|an)[ \t]+)?(?P<role>{_ROLE})(?=[,.;:)]|[ \t]|$)")
# "spokeswoman Maria ..." / "the head of the Lebanese Red Cross George ..."
_ROLE_BEFORE = re.compile(rf"(?:^|[\s(\"“])(?:(?:the|a|an)[ \t]+)?(?P<role>{_ROLE}),?[ \t]+$")
_PLACE_BEFORE = re.compile(
    r"\b(?:(?P<prep>in|near|outside|into|across|around|toward|towards)"
    r"|(?:the[ \t]+)?(?P<noun>town|city|village|villages|region|province|district|capital|"
    r"enclave|republic|county|port|suburb|settlement|oblast)[ \t]+of)[ \t]+$"
)
_PLACE_AFTER = re.compile(r"[ \t]+(?:region|province|district|oblast|county|enclave)\b")
_POSSESSIVE_GAP = re.compile(r"['’]s[ \t]+")
_SPEECH_AFTER = re.compile(r"[ \t]+(?:has[ \t]+|had[ \t]+|also[ \t]+)?(\w+)")
_WINDOW = 120
_FORMER_BEFORE = re.compile(r"\b[Ff]ormer[ \t]+$")
# Title words that say only how to address someone: their apposition is the role.
_COURTESY = lx.HONORIFICS | frozenset({"dr.", "prof.", "professor"})
_KIND_OF: dict[str, EntityKind] = {
    "country": "place",
    "place": "place",
    "organisation": "organisation",
    "nationality": "nationality",
}
# Last words of the lower-case roles and place cues: a cheap test before the anchored searches.
_ROLE_LAST = frozenset(w.split()[-1].lower() for w in lx.ROLE_HEADS_LOWER.split("|"))
_PLACE_LAST = lx.PLACE_PREPOSITIONS | {"of"}
# Case folds that ``(?i:)`` applies to ASCII letters beyond str.lower(), and the characters
# before which ``_ROLE_BEFORE`` may start a role, as spaces (see ``_may_end_in_role``).
_ROLE_FOLD = str.maketrans({"İ": "i", "ı": "i", "ſ": "s", "(": " ", '"': " ", "“": " "})


def _typos(words: frozenset[str]) -> frozenset[str]:
    """Misspellings of long title heads by one dropped or swapped letter ("minster")."""
    out: set[str] = set()
    for w in words:
        if len(w) >= 6 and w.isalpha():
            out.update(w[:k] + w[k + 1 :] for k in range(len(w)))
            out.update(w[:k] + w[k + 1] + w[k] + w[k + 2 :] for k in range(len(w) - 1))
    return frozenset(out - words - lx.TITLE_MODIFIERS)


_HEAD_TYPOS = _typos(lx.TITLE_HEADS)


class _Tok:
    """A word or connector of a chain (a plain slotted class: built once per token)."""

    __slots__ = ("conn", "end", "head", "low", "start", "text")

    def __init__(self, start: int, end: int, text: str, conn: bool) -> None:
        self.start = start
        self.end = end
        self.text = text
        self.low = low = text.lower()
        self.conn = conn
        self.head = low in lx.TITLE_HEADS or low.endswith(lx.IN_CHIEF)  # a title's head word


@dataclass(slots=True)
class _Cand:
    start: int
    end: int
    kind: EntityKind
    name: str
    role: str | None
    sentence: int
    strong: bool  # classified by a reliable cue (gazetteer, title, grammar)
    weak: bool = False  # sentence-initial or headline-case guess: drop unless supported
    city: bool = False  # a city from the gazetteer, which may also be someone's surname


def find_mentions(article: Article, sentences: tuple[Sentence, ...]) -> tuple[Mention, ...]:
    """All name mentions in ``article``, in text order, with exact spans."""
    text = article.text
    lower_words = frozenset(_LOWER_WORD.findall(text))
    cands: list[_Cand] = []
    for sent in sentences:
        headline = _is_headline(text, sent)
        for m in _CHAIN.finditer(text, sent.start, sent.end):
            toks = [
                _Tok(t.start(), t.end(), t.group(), t.lastgroup == "c")
                for t in _TOKEN.finditer(text, m.start(), m.end())
            ]
            for group in _split_chain(text, sent, toks, lower_words):
                _parse(text, sent, group, headline, lower_words, cands)
    return tuple(_consolidate(article.id, text, cands))


# --- chains -----------------------------------------------------------------------------------


def _is_headline(text: str, sent: Sentence) -> bool:
    """A title-case line: several words and no lower-case word but short function words."""
    return (
        _LOWER_CONTENT.search(text, sent.start, sent.end) is None
        and len(_WORDS.findall(text, sent.start, sent.end)) >= 4
    )


def _is_initial(text: str, sent: Sentence, pos: int) -> bool:
    """Whether ``pos`` opens the sentence or a quotation or clause (after a quote mark, colon)."""
    i = pos
    while i > sent.start and text[i - 1] in " \t\n\u00a0":
        i -= 1
    return i == sent.start or text[i - 1] in "\"“‘'(:—–-[«"


def _is_break(tok: _Tok, index: int) -> bool:
    low = tok.low
    if low in lx.WEEKDAYS:
        return True
    if low in lx.MONTHS:
        return not (low == "may" and index > 0)  # "Theresa May"
    return low in lx.STOP_CAPS


def _split_chain(
    text: str, sent: Sentence, toks: list[_Tok], lower_words: frozenset[str]
) -> list[list[_Tok]]:
    """Split a chain at words that are not names; trim connectors at the edges of each part."""
    groups: list[list[_Tok]] = []
    current: list[_Tok] = []
    for index, tok in enumerate(toks):
        # a plural possessive is part of a name only before a cue word: "Growers’ Alliance"
        if tok.text[-1] in "'’" and not any(
            t.low in lx.ORG_CUES or t.low in lx.PLACE_CUES for t in toks[index + 1 :]
        ):
            tok = _Tok(tok.start, tok.end - 1, tok.text[:-1], False)
            if not _is_break(tok, len(current)):
                current.append(tok)
            groups.append(current)
            current = []
            continue
        if not tok.conn and (
            _is_break(tok, len(current))
            or (
                not current
                and tok.low in lower_words
                and lookup(tok.text) is None
                and _is_initial(text, sent, tok.start)
                and not _opens_title(toks, index)
            )
        ):
            groups.append(current)
            current = []
            continue
        if tok.conn and not current:
            continue
        current.append(tok)
    groups.append(current)
    out = []
    for group in groups:
        while group and group[-1].conn:
            group.pop()
        if group:
            out.append(group)
    return out


def _opens_title(toks: list[_Tok], index: int) -> bool:
    """Whether title words from ``index`` reach a head and a word follows: a sentence that
    opens with "Deputy Justice Ann ..." keeps "Deputy" although the article writes "deputy"."""
    for k in range(index, len(toks)):
        low = toks[k].low
        if toks[k].conn or (low not in lx.TITLE_MODIFIERS and not toks[k].head):
            return False
        if toks[k].head:
            return k + 1 < len(toks) and not toks[k + 1].conn
    return False


# --- parsing a chain into units ----------------------------------------------------------------


def _parse(
    text: str,
    sent: Sentence,
    toks: list[_Tok],
    headline: bool,
    lower_words: frozenset[str],
    out: list[_Cand],
) -> None:
    n = len(toks)
    i = 0
    qual_start: int | None = None  # start of the qualifiers just before (for a role)
    titles = _Titles(toks)
    while i < n:
        tok = toks[i]
        if tok.conn:
            i += 1
            qual_start = None
            continue
        t_end = titles.end(i)
        if t_end > 0:
            n_end = _name_end(toks, t_end)
            if n_end > t_end:
                role_start = tok.start if qual_start is None else qual_start
                if qual_start is None and out and out[-1].sentence == sent.index:
                    prev = out[-1]  # "Armenia's Foreign Minister ..."
                    gap = _POSSESSIVE_GAP.fullmatch(text, prev.end, tok.start)
                    if gap is not None and prev.kind in ("place", "organisation"):
                        role_start = prev.start
                role_start = _with_former(text, sent, role_start)
                role: str | None = text[role_start : toks[t_end - 1].end]
                if t_end - i == 1 and tok.low in lx.HONORIFICS:
                    role = None if qual_start is None else role
                first, last = toks[t_end], toks[n_end - 1]
                if all(t.low in _COURTESY for t in toks[i:t_end]):
                    after = _APPOSITION.match(text, last.end, sent.end)
                    if after is not None:  # "Dr. Ann Vell, the port's director"
                        role = _clean_role(after.group("role"))
                out.append(
                    _Cand(
                        first.start,
                        last.end,
                        "person",
                        _name(toks, t_end, n_end),
                        role,
                        sent.index,
                        True,
                    )
                )
                i, qual_start = n_end, None
                continue
        m_end = _modifier_title(toks, i) if tok.low in lx.LONE_QUALIFIERS else i
        if m_end > i:  # "Energy Ann Vell": a title of qualifiers alone before a given name
            n_end = _name_end(toks, m_end)
            role_start = _with_former(text, sent, tok.start if qual_start is None else qual_start)
            out.append(
                _Cand(
                    toks[m_end].start,
                    toks[n_end - 1].end,
                    "person",
                    _name(toks, m_end, n_end),
                    text[role_start : toks[m_end - 1].end],
                    sent.index,
                    True,
                )
            )
            i, qual_start = n_end, None
            continue
        g_end, g_kind, g_name = _gazetteer(toks, i)
        o_end, o_kind = _cue_phrase(toks, i)
        if o_end > g_end:
            out.append(
                _Cand(
                    tok.start,
                    toks[o_end - 1].end,
                    o_kind,
                    text[tok.start : toks[o_end - 1].end],
                    None,
                    sent.index,
                    True,
                )
            )
            qual_start = tok.start if qual_start is None else qual_start
            i = o_end
            continue
        if g_kind == "place" and g_end == i + 1 and _name_end(toks, g_end) > g_end:
            g_end = 0  # a city name as a given name: "Kobe Bryant", "Paris Hilton"
        if g_end > 0:
            kind = _KIND_OF[g_kind]
            # A demonym or country before a known organisation belongs to it: "Lebanese Red Cross".
            if g_kind in ("nationality", "country") and g_end < n:
                o2_end, o2_kind = _gazetteer(toks, g_end)[0], _gazetteer(toks, g_end)[1]
                if o2_kind == "organisation" and o2_end > g_end:
                    end = toks[o2_end - 1].end
                    out.append(
                        _Cand(
                            tok.start,
                            end,
                            "organisation",
                            text[tok.start : end],
                            None,
                            sent.index,
                            True,
                        )
                    )
                    qual_start = tok.start if qual_start is None else qual_start
                    i = o2_end
                    continue
            out.append(
                _Cand(
                    tok.start,
                    toks[g_end - 1].end,
                    kind,
                    g_name,
                    None,
                    sent.index,
                    True,
                    city=g_kind == "place" and g_end == i + 1,
                )
            )
            qual_start = tok.start if qual_start is None else qual_start
            i = g_end
            continue
        n_end = max(_name_end(toks, i + 1) if g_kind == "place" else _name_end(toks, i), i + 1)
        _name_run(text, sent, toks, i, n_end, headline, lower_words, out)
        i, qual_start = n_end, None


def _with_former(text: str, sent: Sentence, role_start: int) -> int:
    """Move a role's start back over a lower-case "former" before it ("former President")."""
    match = _FORMER_BEFORE.search(text, max(sent.start, role_start - 8), role_start)
    return match.start() if match is not None else role_start


def _modifier_title(toks: list[_Tok], i: int) -> int:
    """Index after a run of lone title qualifiers ("Energy", "Deputy Health") that stands
    before a personal name of two or more words opening with a given name, or ``i``."""
    j = i
    while j < len(toks) and not toks[j].conn and toks[j].low in lx.LONE_QUALIFIERS:
        j += 1
    if j == i or j >= len(toks) or not is_given_name(toks[j].text):
        return i
    n_end = _name_end(toks, j)
    if n_end - j < 2 or (n_end < len(toks) and not toks[n_end].conn):
        return i  # "Grace Hospital": the chain goes on with a cue word
    if toks[n_end - 1].low in lx.THING_HEADS:
        return i  # "Acting Ann Vell Cup"
    return j


def _name(toks: list[_Tok], i: int, j: int) -> str:
    return " ".join(t.text for t in toks[i:j])


class _Titles:
    """:meth:`end` finds title phrases in one chain. ``_parse`` asks at increasing offsets,
    and a start inside the run of title words scanned last is a suffix of that run, so the
    run is not scanned again: a chain of N title words ("Gen. Gen. Gen. ...") costs N steps,
    not N²."""

    __slots__ = ("complement", "last", "run_end", "toks")

    def __init__(self, toks: list[_Tok]) -> None:
        self.toks = toks
        self.run_end = -1  # end of the run of title words scanned last
        self.last = -1  # index after the last head word of that run, or -1
        self.complement = (-1, -1)  # (last, phrase end) computed for that head

    def end(self, i: int) -> int:
        """Index after a title phrase starting at ``i`` ("Prime Minister", "Secretary of
        State"), or -1. The phrase must contain a head word and end on a head or an "of"
        complement. Calls must come with non-decreasing ``i``."""
        if i >= self.run_end:
            toks = self.toks
            n = len(toks)
            j = i
            last = -1
            while j < n and not toks[j].conn:
                low = toks[j].low
                if toks[j].head:
                    j += 1
                    last = j
                elif low in lx.TITLE_MODIFIERS:
                    j += 1
                elif j > i and low in _HEAD_TYPOS and toks[j - 1].low in lx.TITLE_MODIFIERS:
                    j += 1  # a misspelt head after a modifier: "Prime Minster"
                    last = j
                else:
                    break
            self.run_end, self.last = j, last
        if self.last <= i:
            return -1  # no head word from i on
        if self.complement[0] != self.last:
            self.complement = (self.last, _title_complement(self.toks, self.last))
        return self.complement[1]


def _title_complement(toks: list[_Tok], last: int) -> int:
    """Extend a title ending before ``last`` over an "of" complement ("Secretary *of State*")."""
    n = len(toks)
    if last < n and toks[last].conn and toks[last].low == "of":
        k = last + 1
        while k < n and (
            toks[k].low in lx.TITLE_COMPLEMENTS
            or (toks[k].conn and toks[k].low in ("and", "the"))
            or (not toks[k].conn and (lookup(toks[k].text) or ("",))[0] == "country")
        ):
            k += 1
        while k > last + 1 and toks[k - 1].conn:
            k -= 1
        if k > last + 1:
            last = k
    return last


def _name_end(toks: list[_Tok], i: int) -> int:
    """Index after the personal-name words starting at ``i`` (up to five words)."""
    n = len(toks)
    j = i
    words = 0
    while j < n and words < 5:
        tok = toks[j]
        if tok.conn:
            if tok.low in lx.NAME_PARTICLES and j + 1 < n and not toks[j + 1].conn and words:
                j += 1
                continue
            break
        low = tok.low
        if tok.head or low in lx.ORG_CUES or low in lx.PLACE_CUES:
            break
        hit = lookup(tok.text)
        if hit is not None and hit[0] in ("country", "nationality", "organisation"):
            break
        j += 1
        words += 1
    while j > i and toks[j - 1].conn:
        j -= 1
    return j


def _gazetteer(toks: list[_Tok], i: int) -> tuple[int, str, str]:
    """Longest gazetteer phrase starting at ``i``: (end index, kind, canonical name)."""
    n = len(toks)
    best = (0, "", "")
    words: list[str] = []
    for j in range(i, min(n, i + 2 * MAX_PHRASE_WORDS)):
        words.append(toks[j].text)
        if toks[j].conn:
            continue
        hit = lookup(" ".join(words))
        if hit is not None:
            best = (j + 1, hit[0], hit[1])
    return best


def _cue_phrase(toks: list[_Tok], i: int) -> tuple[int, EntityKind]:
    """An organisation or place built on a cue word: "Russian Foreign Ministry", "Minsk Group",
    "Ministry of Defence", "Organization for Security and Cooperation in Europe",
    "Gulf of Mexico". Returns (end index, kind), end 0 when there is none."""
    n = len(toks)
    j = i
    while j < n and j < i + 6 and not toks[j].conn:
        low = toks[j].low
        kind: EntityKind | None = (
            "organisation" if low in lx.ORG_CUES else "place" if low in lx.PLACE_CUES else None
        )
        if kind is not None:
            return _complement(toks, j + 1, kind), kind
        if toks[j].head and j + 1 < n and not toks[j + 1].conn:
            nxt = toks[j + 1]
            if nxt.low not in lx.ORG_CUES and not nxt.head:
                return 0, "other"  # "President Ilham ..." is a title, not an organisation
        j += 1
    return 0, "other"


def _complement(toks: list[_Tok], j: int, kind: EntityKind) -> int:
    """Extend a cue phrase over "of/for ..." complements: "Ministry *of Defence*"."""
    n = len(toks)
    if j >= n or not toks[j].conn or toks[j].low not in ("of", "for"):
        return j
    end = j
    k = j
    in_for = toks[j].low == "for"
    while k < n:
        tok = toks[k]
        if tok.conn:
            if tok.low in ("of", "for", "the") or (in_for and tok.low in ("and", "in", "on")):
                k += 1
                continue
            break
        if tok.head or is_given_name(tok.text):
            break
        if kind == "organisation" and toks[k - 1].low == "and":
            hit = lookup(tok.text)
            if hit is not None and hit[0] == "country" and not in_for:
                break
        k += 1
        end = k
    return end


# --- name runs --------------------------------------------------------------------------------


def _name_run(
    text: str,
    sent: Sentence,
    toks: list[_Tok],
    i: int,
    j: int,
    headline: bool,
    lower_words: frozenset[str],
    out: list[_Cand],
) -> None:
    first, last = toks[i], toks[j - 1]
    if j - i == 1 and "-" in first.text:
        parts = first.text.split("-")
        hits = [lookup(p) for p in parts]
        if all(hits):
            pos = first.start
            for part, hit in zip(parts, hits, strict=True):
                assert hit is not None
                kind = _KIND_OF[hit[0]]
                out.append(_Cand(pos, pos + len(part), kind, hit[1], None, sent.index, True))
                pos += len(part) + 1
            return
    if all(t.head or t.low in lx.TITLE_MODIFIERS or t.conn for t in toks[i:j]):
        return  # a bare title: "the President said"
    start, end = first.start, last.end
    name = _name(toks, i, j)
    words = j - i - sum(1 for t in toks[i:j] if t.conn)
    cand = _Cand(start, end, "other", name, None, sent.index, False)
    window = text[max(sent.start, start - _WINDOW) : start]
    tail = window.rstrip(" \t,").rsplit(None, 1)
    last_word = tail[-1].lower() if tail else ""
    before = None
    if (_role_last(last_word) or " of " in window or " for " in window) and _may_end_in_role(
        window
    ):
        before = _ROLE_BEFORE.search(window)
    after = _APPOSITION.match(text, end, sent.end)
    if before is not None and not _has_title_inside(before.group("role")):
        role_start = _with_former(text, sent, start - len(window) + before.start("role"))
        role = text[role_start : start - len(window) + before.end("role")]
        cand.kind, cand.role, cand.strong = "person", _clean_role(role), True
    elif after is not None:
        cand.kind, cand.role, cand.strong = "person", _clean_role(after.group("role")), True
    elif last.low in lx.THING_HEADS or last_word in lx.THING_NOUNS:
        pass  # a ship, event or cup: "the ship Brenna Star", "Lunar New Year"
    elif words >= 2 and is_given_name(first.text):
        cand.kind, cand.strong = "person", True
    else:
        place = _PLACE_BEFORE.search(window) if last_word in _PLACE_LAST else None
        if (place is not None and (place.group("noun") or words == 1)) or _PLACE_AFTER.match(
            text, end, sent.end
        ):
            cand.kind, cand.strong = "place", place is not None and bool(place.group("noun"))
        else:
            verb = _SPEECH_AFTER.match(text, end, sent.end)
            if verb is not None and verb.group(1) in lx.SPEECH_VERBS:
                cand.kind, cand.strong = "person", words >= 2
            elif words >= 2 and not any(t.low in lower_words for t in toks[i:j]):
                cand.kind = "person"  # capitalised words never written in lower case here
    if headline or (words == 1 and _is_initial(text, sent, start) and not cand.strong):
        cand.weak = True
    out.append(cand)


def _may_end_in_role(window: str) -> bool:
    """A cheap necessary condition for ``_ROLE_BEFORE.search(window)``: a role head ends the
    window ("... spokeswoman ") or is followed by "of"/"for" ("head of the ..."). Words are
    cut at spaces and at the characters that may open the role, folded like ``(?i:)`` folds."""
    words = window.translate(_ROLE_FOLD).lower().split()
    if not words:
        return False
    if _role_last(words[-1].rstrip(",")):
        return True
    return any(b in ("of", "for") and _role_last(a) for a, b in pairwise(words))


def _role_last(word: str) -> bool:
    return word in _ROLE_LAST or word.endswith(lx.IN_CHIEF)


def _clean_role(role: str) -> str:
    """A role phrase without the sentence's full stop or trailing punctuation."""
    return role.rstrip(".,;: \t") if not role.endswith(("U.S.", "U.N.", "U.K.")) else role


def _has_title_inside(role: str) -> bool:
    """Guard against a lower-case role regex that swallowed a capitalised name."""
    return role.endswith(("'s", "’s"))


# --- article-level consolidation ---------------------------------------------------------------


def _surname(name: str) -> str:
    return name.rsplit(" ", 1)[-1]


def _title_words(name: str) -> int:
    """How many leading words of a name are capitalised lone title qualifiers ("Energy Ann
    Vell": 1)."""
    count = 0
    for word in name.split():
        if not (word[:1].isupper() and word.lower() in lx.LONE_QUALIFIERS):
            break
        count += 1
    return count


def _split_modifier_titles(text: str, cands: list[_Cand]) -> None:
    """Read "Energy Vell" or "Energy Ann Vell" as the person titled "Energy" when the rest is
    a person named in full elsewhere in the article (or that person's surname)."""
    full = {
        c.name for c in cands if c.kind == "person" and " " in c.name and _title_words(c.name) == 0
    }
    surnames = {_surname(name) for name in full}
    for c in cands:
        if c.role is not None or c.kind not in ("person", "other"):
            continue
        words = c.name.split()
        count = _title_words(c.name)
        if not 0 < count < len(words):
            continue
        rest = " ".join(words[count:])
        start = c.end - len(rest)
        if (rest in full or rest in surnames) and text[start : c.end] == rest:
            c.role = text[c.start : start].rstrip()
            c.start, c.name, c.kind, c.strong, c.weak = start, rest, "person", True, False


def _consolidate(article_id: str, text: str, cands: list[_Cand]) -> list[Mention]:
    _split_modifier_titles(text, cands)
    # Full names of people, keyed by surname.
    by_surname: dict[str, set[str]] = {}
    roles: dict[str, str] = {}
    for c in cands:
        if c.kind == "person" and " " in c.name and (c.strong or not c.weak):
            by_surname.setdefault(_surname(c.name), set()).add(c.name)
    for c in cands:
        if " " not in c.name and (c.kind in ("person", "other") or c.city):
            full = by_surname.get(c.name)
            if c.city and full is not None:
                window = text[max(0, c.start - 30) : c.start]
                if _PLACE_BEFORE.search(window) is not None:
                    full = None  # "in Ostrava" stays a place
            if full is not None and len(full) == 1:
                c.name, c.kind, c.strong, c.weak = next(iter(full)), "person", True, False
        if c.kind == "person" and c.role and c.name not in roles:
            roles[c.name] = c.role
    # A name classified with a reliable cue anywhere lends its kind to its other mentions.
    kinds: dict[str, EntityKind] = {}
    for c in cands:
        if c.strong and c.kind != "other":
            kinds.setdefault(c.name, c.kind)
    supported = {c.name for c in cands if not c.weak}
    out: list[Mention] = []
    last_end = -1
    for c in sorted(cands, key=lambda c: (c.start, -c.end)):
        kind = kinds.get(c.name, c.kind)
        if c.weak and c.name not in kinds and c.name not in supported:
            continue
        if c.start < last_end:
            continue
        role = c.role
        if kind == "person" and role is None:
            role = roles.get(c.name)
        out.append(
            Mention(
                article_id,
                c.start,
                c.end,
                text[c.start : c.end],
                kind=kind,
                name=c.name,
                role=role,
                sentence=c.sentence,
            )
        )
        last_end = c.end
    return out
