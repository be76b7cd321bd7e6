"""Turn sentences into weighted terms for alignment: content words, entities, figures, dates.

Words are lower-cased, stop words dropped and crudely stemmed, so "meet", "meets" and "meeting"
coincide; entities contribute their cross-outlet id, so "Pashinian" and "Pashinyan" coincide;
figures and resolved dates add terms of their own.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

from newsprism.model import Entity, ReadArticle, Sentence

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


def stem(word: str) -> str:
    """A crude suffix-stripping stem: enough to match inflections of one word."""
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


def content_words(text: str) -> list[str]:
    """Stemmed content words of ``text`` (hyphens dropped inside words: de-escalate)."""
    words = (
        w.lower().replace("-", "").replace("'", "").replace("’", "") for w in _WORD.findall(text)
    )
    return [stem(w) for w in words if len(w) > 2 and w not in STOP_WORDS]


def sentence_terms(
    reading: ReadArticle,
    sentence: Sentence,
    entity_of: Mapping[tuple[str, int], Entity],
) -> list[str]:
    """Terms of one sentence: content words, then entity, figure and date terms."""
    terms = content_words(sentence.text)
    lo, hi = sentence.start, sentence.end
    for mention in reading.mentions:
        if lo <= mention.start < hi:
            entity = entity_of.get((mention.article_id, mention.start))
            if entity is not None:
                terms += [f"@{entity.id}"] * 2
    for quantity in reading.quantities:
        if lo <= quantity.start < hi and quantity.value is not None:
            terms.append(f"#{quantity.value:g}")
    for ref in reading.timerefs:
        if lo <= ref.start < hi and ref.resolved is not None and ref.granularity == "day":
            terms.append(f"^{ref.resolved.isoformat()}")
    return terms


def sentences_with_role(reading: ReadArticle, roles: Sequence[str] = ("body",)) -> list[Sentence]:
    """The article's sentences whose segment role is one of ``roles``."""
    return [s for s in reading.sentences if s.role in roles]
