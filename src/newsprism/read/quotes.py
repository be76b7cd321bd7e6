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

Speaker phrases (names, pronouns, titled noun phrases, organisations) are resolved to names by
:class:`newsprism.read.speakers.SpeakerReader`.
Everything is local to the quote's sentence and its neighbours, so the cost is linear in the text.
"""

from __future__ import annotations

import re

from newsprism.model import Article, Mention, Quote, Sentence
from newsprism.read.quotemarks import QuotedRegion, find_quoted
from newsprism.read.speakers import (
    MAX_NP,
    Found,
    SpeakerReader,
    Tok,
    is_cap,
    is_verb,
    name_of,
)
from newsprism.read.speech import (
    AUXILIARIES,
    CITING_VERBS,
    DETERMINERS,
    MOODS,
    PARTICIPLES,
    PASSIVE,
    PRONOUNS,
    SAYING,
    TOLD_VERBS,
)

_INTERVIEW = re.compile(
    r"\s+in\s+an?\s+(?:\w+\s+)?(?:interview|statement|speech|address|post|tweet|letter|message"
    r"|video|briefing|conference)\b"
    r"(?:\s+(?:with|to|on)\s+(?:the\s+)?(?:[A-Z][\w’'.\-]*\s+){0,4}[A-Z][\w’'.\-]*"
    r"(?:\s+(?:newspaper|agency|television|channel|radio|broadcaster|daily|magazine))?)?"
)
_GAP_LEAD = frozenset(" \t,;:—–-")
_WINDOW = 320  # the most characters read on either side of a quote
_MIN_UNATTRIBUTED_WORDS = 4


class _Reader(SpeakerReader):
    """A :class:`SpeakerReader` that finds where a quote's attribution is."""

    # --- attribution -----------------------------------------------------------------------

    def subject_of(self, toks: list[Tok], v: int, lo: int = 0) -> tuple[int, int, int] | None:
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

    def _before_apposition(self, toks: list[Tok], k: int, lo: int) -> int | None:
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

    def attribution_text(self, toks: list[Tok], aux: int, v: int, limit: int) -> str:
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

    def from_verb(self, toks: list[Tok], v: int, lo: int, limit: int) -> Found | None:
        """Attribution given by the speech verb at ``toks[v]`` and its subject or object."""
        low = toks[v][3]
        if low in PARTICIPLES and not (v > lo and toks[v - 1][3] == "as"):
            return self._participle(toks, v, lo, limit)
        if low in PARTICIPLES:
            return None  # "as saying": the citing verb before it decides
        subject = self.subject_of(toks, v, lo)
        if low in CITING_VERBS:
            return self._citing(toks, v, subject)
        if subject is None:
            return None
        first, last, aux = subject
        found = self.resolve(toks, first, last)
        return Found(
            found.speaker,
            found.start,
            found.end,
            self.attribution_text(toks, aux, v, limit),
            found.kind,
        )

    def _participle(self, toks: list[Tok], v: int, lo: int, limit: int) -> Found | None:
        """``X apologised, saying “...”``: the speaker is the sentence's subject."""
        found: Found | None = None
        stop = self.np_forward(toks, lo)
        if lo < stop < v and not is_cap(toks[stop][2]):  # "Jeju Air President Kim apologised"
            found = self.resolve(toks, lo, stop - 1)
        for k in range(lo, v):
            if found is not None and found.speaker is not None:
                break
            tok = toks[k]
            mention = self.by_start.get(tok[0])
            if mention is not None and mention.kind in ("person", "organisation", "place"):
                found = Found(name_of(mention), mention.start, mention.end, None, mention.kind)
            elif tok[3] in PRONOUNS:
                found = self.pronoun(tok)
        if found is None:
            return None
        attribution = self.attribution_text(toks, v, v, limit)
        return Found(found.speaker, found.start, found.end, attribution, found.kind)

    def _citing(
        self, toks: list[Tok], v: int, subject: tuple[int, int, int] | None
    ) -> Found | None:
        """``Anadolu cited the president as saying`` / ``Aliyev was quoted as saying``."""
        n = len(toks)
        if subject is not None and any(toks[i][3] in PASSIVE for i in range(subject[2], v)):
            k = v + 1
            if k < n and toks[k][3] == "by":
                k = max(self.np_forward(toks, k + 1), k + 1)
            if k + 1 < n and toks[k][3] == "as" and toks[k + 1][3] in SAYING:
                found = self.resolve(toks, subject[0], subject[1])
                text = self.text[toks[subject[2]][0] : toks[k + 1][1]]
                return Found(found.speaker, found.start, found.end, text, found.kind)
            return None
        stop = self.np_forward(toks, v + 1)
        if stop == v + 1 or stop + 1 >= n:
            return None
        if toks[stop][3] != "as" or toks[stop + 1][3] not in SAYING:
            return None
        found = self.resolve(toks, v + 1, stop - 1)
        begin = toks[subject[0]][0] if subject is not None else toks[v][0]
        text = self.text[begin : toks[stop + 1][1]]
        return Found(found.speaker, found.start, found.end, text, found.kind)

    def after(self, close_end: int, limit: int, strict: bool = False) -> Found | None:
        """``“...,” X said`` / ``“...,” said X``: attribution right after a closing mark.
        ``strict``: the subject must be the very first words (no "a visibly angry")."""
        toks = self.tokens(close_end, limit)
        if not toks or any(c not in _GAP_LEAD for c in self.masked[close_end : toks[0][0]]):
            return None
        if is_verb(toks[0]) and toks[0][3] not in CITING_VERBS:
            stop = self.np_forward(toks, 1)
            if stop == 1:
                return None
            found = self.resolve(toks, 1, stop - 1)
            return Found(found.speaker, found.start, found.end, toks[0][2], found.kind)
        for v in range(1, min(len(toks), MAX_NP + 4)):
            if self.gap(toks[v - 1][1], toks[v][0]) not in ("", ","):
                return None
            if is_verb(toks[v]) and toks[v][3] not in PARTICIPLES:
                subject = self.subject_of(toks, v)
                if subject is None or not (
                    subject[0] == 0 or (not strict and self._leads(toks, subject[0]))
                ):
                    return None
                return self.from_verb(toks, v, 0, limit)
        return None

    def _leads(self, toks: list[Tok], first: int) -> bool:
        """Whether a subject starting at token ``first`` opens the text after a quote, allowing
        a determiner and a couple of lower-case modifiers ("a visibly angry Newsom")."""
        if first == 0:
            return True
        return (
            first <= 3
            and toks[0][3] in DETERMINERS
            and all(t[3].endswith("ly") or t[3] in MOODS for t in toks[1:first])
        )

    def before(self, start: int, open_mark: int) -> Found | None:
        """``X said (that|:) “...”`` and the like: the last speech verb before the quote."""
        toks = self.tokens(start, open_mark)
        found: Found | None = None
        for v in range(len(toks) - 1, -1, -1):
            if not is_verb(toks[v]):
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

    def according(self, start: int, end: int) -> Found | None:
        toks = self.tokens(start, end)
        for k in range(len(toks) - 2):
            if toks[k][3] == "according" and toks[k + 1][3] == "to":
                stop = self.np_forward(toks, k + 2)
                if stop > k + 2:
                    found = self.resolve(toks, k + 2, stop - 1)
                    text = self.text[toks[k][0] : toks[k + 1][1]]
                    return Found(found.speaker, found.start, found.end, text, found.kind)
        return None


def _kind(reader: _Reader, window_start: int, region: QuotedRegion) -> str:
    """Whether a quote is "direct" (a quoted sentence or clause) or "partial" (a fragment inside
    a reported sentence)."""
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


def _attribute(reader: _Reader, region: QuotedRegion) -> tuple[Found | None, str, int]:
    text = reader.text
    line_start, line_end = reader.line_of(region.open_mark)
    si = reader.sentence_at(region.open_mark)
    window_start = max(reader.bounds[si][0] if reader.bounds else 0, line_start)
    window_start = max(window_start, region.open_mark - _WINDOW)
    if window_start > region.open_mark:
        window_start = line_start
    kind = _kind(reader, window_start, region)

    found: Found | None = None
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
    quoted = [(r.start, r.end) for r in regions]
    reader = _Reader(text, sentences, mentions, quoted)
    quotes: list[Quote] = []
    last: tuple[int, Found] | None = None  # (sentence, attribution) of the last attributed quote
    pending: list[int] = []  # quotes running into the next paragraph, awaiting its speaker
    for region in regions:
        found, kind, si = _attribute(reader, region)
        inherit = kind == "direct" and not region.single
        if found is None and last is not None and inherit and si - last[0] <= 1:
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
    article: Article, start: int, end: int, found: Found | None, kind: str, sentence: int
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


def _with_speaker(quote: Quote, found: Found) -> Quote:
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
