"""Turn sentences into weighted terms for alignment: content words, entities, figures, dates.

Words are lower-cased, stop words dropped and crudely stemmed, so "meet", "meets" and "meeting"
coincide; entities contribute their cross-outlet id, so "Pashinian" and "Pashinyan" coincide;
figures and resolved dates add terms of their own.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache

from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

from newsprism.model import Entity, ReadArticle, Sentence, starting_in

_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
_SUFFIXES = ("ings", "ing", "ies", "ied", "es", "ed", "s", "ly")
STOP_WORDS = frozenset(ENGLISH_STOP_WORDS) | {
    "said",
    "says",
    "told",
    "according",
    "also",
    "would",
    "could",
    "just",
    "like",
    "year",
    "years",
}


_CALENDAR = frozenset(
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday "
    "saturday sunday today yesterday tomorrow week weekend month".split()
)
# News verbs that say the same thing: their stems map to one term.
_SYNONYMS = {
    "flar": "erupt",
    "broke": "erupt",
    "break": "erupt",
    "died": "kill",
    "assassinat": "kill",
    "murder": "kill",
    "slay": "kill",
    "slain": "kill",
    "earthquake": "quake",
    "earthquak": "quake",  # "earthquakes", "quakes": the crude "-es" strip
    "quak": "quake",
    "dead": "kill",
    "death": "kill",
    "deaths": "kill",
    "injur": "wound",
    "injury": "wound",
    "capsiz": "overturn",
    "capsize": "overturn",
    "happen": "occur",
    "occurr": "occur",
    "hurt": "wound",
    "wounde": "wound",
}


def stem(word: str) -> str:
    """A crude suffix-stripping stem: enough to match inflections of one word."""
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            word = word[: -len(suffix)] + ("y" if suffix in ("ies", "ied") else "")
            break
    return _SYNONYMS.get(word, word)


def content_words(text: str) -> list[str]:
    """Stemmed content words of ``text`` (hyphens dropped inside words: de-escalate)."""
    return list(_content_words(text))


def words_around(text: str, lo: int, hi: int, start: int, end: int, chars: int) -> list[str]:
    """Content words within ``chars`` of the span ``start:end`` (inside ``lo:hi``), either side
    and not the span's own, whole words only (a word the window cuts is taken whole)."""
    left, right = max(lo, start - chars), min(hi, end + chars)
    while left > lo and text[left - 1].isalnum():
        left -= 1
    while right < hi and text[right].isalnum():
        right += 1
    return content_words(text[left:start] + " " + text[end:right])


def clear_caches() -> None:
    """Forget the cached content words (for benchmarks that time cold runs)."""
    _content_words.cache_clear()


@lru_cache(maxsize=1 << 16)
def _content_words(text: str) -> tuple[str, ...]:
    """:func:`content_words`, cached: every comparison step reads the same sentences."""
    words = (
        w.lower().replace("-", "").replace("'", "").replace("’", "") for w in _WORD.findall(text)
    )
    return tuple(
        stem(w)
        for w in words
        if len(w) > 2
        and w not in STOP_WORDS
        and w not in _CALENDAR
        and w.removesuffix("s") not in _CALENDAR  # "Friday's", "Mondays"
    )


def sentence_terms(
    reading: ReadArticle,
    sentence: Sentence,
    entity_of: Mapping[tuple[str, int], Entity],
) -> list[str]:
    """Terms of one sentence: content words, then entity, figure and date terms."""
    lo, hi = sentence.start, sentence.end
    text = sentence.text
    entity_terms: list[str] = []
    for mention in starting_in(reading.mentions, lo, hi):
        entity = entity_of.get((mention.article_id, mention.start))
        if entity is not None:
            entity_terms += [f"@{entity.id}"] * 2
            a, b = mention.start - lo, min(mention.end, hi) - lo
            text = text[:a] + " " * (b - a) + text[b:]  # its words count once, as the entity
    terms = content_words(text) + entity_terms
    for quantity in starting_in(reading.quantities, lo, hi):
        if quantity.value is not None:
            terms += [f"#{quantity.value:g}"] * 2
    for ref in starting_in(reading.timerefs, lo, hi):
        if ref.resolved is not None and ref.granularity == "day":
            terms += [f"^{ref.resolved.isoformat()}"] * 2
    return terms
