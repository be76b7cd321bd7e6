"""Date conflicts between sentences that report one event but were not aligned into one fact.

Alignment weighs a sentence's dates among its terms, so two articles dating one event
differently may well end up in different facts; and a sentence may be aligned with one
article's version while another article's version of the event sits elsewhere. Here every
dated body sentence is compared with the dated body sentences of the other articles on what it
says, dates left out: TF-IDF over content words, entity ids and figures (weighted over the
whole story, so words every article uses weigh little). Two sentences whose cosine reaches
:data:`SAME_EVENT`, that share at least :data:`MIN_SHARED_WORDS` content words (not just
names), are taken for one event; differing days are then a conflict, by the rules of
:mod:`~newsprism.compare.dates` (adjacent days straddle midnight unless both are explicit; a
coarse date covering both reconciles them).

A time right after a speech cue ("told reporters Tuesday") dates the statement, so such a
sentence is compared only with sentences dating a statement too.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer

from newsprism.compare.dates import (
    Dated,
    date_conflict,
    date_variants,
    dated_refs,
    is_range,
    reconciled,
    straddle,
)
from newsprism.compare.terms import sentence_terms
from newsprism.model import Conflict, Entity, ReadArticle, Sentence

SAME_EVENT = 0.4  # cosine of two sentences' terms (dates left out) taken for one event
MIN_SHARED_WORDS = 2  # content words (not entities, figures) the two sentences share
MAX_SENTENCES = 2000  # bound on the dated sentences compared pairwise

SpanKey = tuple[str, int]


@dataclass(frozen=True, slots=True)
class _Item:
    reading: ReadArticle
    sentence: Sentence
    refs: tuple[Dated, ...]  # one entry: (reading, sentence, refs)
    statement: bool
    terms: tuple[str, ...]


def _undated_terms(
    reading: ReadArticle, sentence: Sentence, entity_of: Mapping[tuple[str, int], Entity]
) -> list[str]:
    return [t for t in sentence_terms(reading, sentence, entity_of) if not t.startswith("^")]


def _dated_item(
    reading: ReadArticle, sentence: Sentence, terms: list[str]
) -> _Item | None:
    """The sentence with the one day it gives an event (else a statement), if it gives one."""
    for statements in (False, True):
        refs = dated_refs(reading, sentence, statements=statements)
        days = {r.resolved for r in refs if r.granularity == "day" and not is_range(r)}
        if len(days) == 1:
            return _Item(reading, sentence, ((reading, sentence, refs),), statements, tuple(terms))
        if days:
            return None  # several days: which one dates the event is unknown
    return None


def _words(terms: Sequence[str]) -> set[str]:
    return {t for t in terms if t[:1] not in ("@", "#")}


def event_date_conflicts(
    readings: Sequence[ReadArticle],
    entity_of: Mapping[tuple[str, int], Entity],
    known: Collection[Conflict] = (),
) -> list[Conflict]:
    """Sentences of different articles reporting one event on different days (groups whose
    sentences all appear in a ``known`` conflict's evidence are left to it)."""
    docs: list[list[str]] = []
    items: list[tuple[int, _Item]] = []
    for reading in readings:
        for sentence in reading.sentences:
            if sentence.role != "body" or reading.article.role_at(sentence.start) != "body":
                continue
            terms = _undated_terms(reading, sentence, entity_of)
            item = _dated_item(reading, sentence, terms)
            if item is not None and len(items) < MAX_SENTENCES:
                items.append((len(docs), item))
            docs.append(terms)
    if len(items) < 2 or len({item.reading.id for _, item in items}) < 2:
        return []
    try:
        matrix = TfidfVectorizer(analyzer=_identity, sublinear_tf=True).fit_transform(docs)
    except ValueError:  # no terms at all
        return []
    rows = matrix[[index for index, _ in items]]
    similarity = (rows @ rows.T).toarray()
    groups = _group([item for _, item in items], similarity)
    covered = {
        (span.article_id, span.start)
        for conflict in known
        if conflict.kind == "date"
        for variant in conflict.variants
        for span in variant.evidence
    }
    conflicts = []
    for group in groups:
        members = [items[i][1] for i in group]
        if all((m.reading.id, m.sentence.start) in covered for m in members):
            continue
        entries = [m.refs[0] for m in members]
        variants = date_variants(entries, "day")
        if len(variants) < 2 or straddle(variants) or reconciled(entries, variants):
            continue
        first = min(members, key=lambda m: (m.reading.id, m.sentence.start))
        conflicts.append(date_conflict(first.sentence.text, variants))
    return conflicts


def _identity(terms: list[str]) -> list[str]:
    return terms


def _group(items: Sequence[_Item], similarity: np.ndarray) -> list[list[int]]:
    """Greedy single-linkage groups of one sentence per article, most similar pairs first."""
    n = len(items)
    edges = []
    for i in range(n):
        for j in range(i + 1, n):
            a, b = items[i], items[j]
            if a.reading.id == b.reading.id or a.statement != b.statement:
                continue
            value = float(similarity[i, j])
            if value < SAME_EVENT or len(_words(a.terms) & _words(b.terms)) < MIN_SHARED_WORDS:
                continue
            edges.append((-value, i, j))
    edges.sort()
    group_of = list(range(n))
    members: dict[int, list[int]] = {i: [i] for i in range(n)}
    for _, i, j in edges:
        a, b = group_of[i], group_of[j]
        if a == b:
            continue
        articles_a = {items[k].reading.id for k in members[a]}
        if any(items[k].reading.id in articles_a for k in members[b]):
            continue
        members[a].extend(members.pop(b))
        for k in members[a]:
            group_of[k] = a
    return [sorted(g) for g in members.values() if len(g) > 1]
