"""Align statements across articles into facts.

Body sentences become TF-IDF vectors over :mod:`~newsprism.compare.terms`; sentences of
different articles are joined greedily, most similar pairs first (average linkage), and a fact
never takes two sentences of one article. A sentence no other article matches is a fact of its
own, marked single-source. The similarity product is sparse, so a story costs about its number
of sentence pairs that share a rare term, not all pairs.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np
from scipy import sparse
from sklearn.feature_extraction.text import TfidfVectorizer

from newsprism.compare.terms import sentence_terms
from newsprism.compare.voices import independent_count
from newsprism.model import Entity, Fact, ReadArticle, Sentence

MAX_DF = 40  # a term in more sentences than this links too many pairs to make candidates
EDGE_THRESHOLD = 0.22
LINK_THRESHOLD = 0.16
MIN_TERMS = 3
# Two sentences naming the same people but sharing no words, figures or dates say different
# things ("Aliyev vowed to ..." / "Aliyev would not rule out ..."): entities alone never align.
MIN_SHARED_TERMS = 2


@dataclass(frozen=True, slots=True)
class Alignment:
    """Facts and, for each fact, the sentences (with their reading) that support it."""

    facts: tuple[Fact, ...]
    members: tuple[tuple[tuple[ReadArticle, Sentence], ...], ...]
    centrality: tuple[float, ...] = ()  # per fact: how much other articles' sentences echo it

    def fact_of(self) -> dict[tuple[str, int], str]:
        """(article id, sentence start) → fact id, for facts of two or more articles."""
        return {
            (sentence.article_id, sentence.start): fact.id
            for fact, members in zip(self.facts, self.members, strict=True)
            if len(members) > 1
            for _, sentence in members
        }


def _identity(terms: list[str]) -> list[str]:
    return terms


def align_facts(
    readings: Sequence[ReadArticle],
    entity_of: Mapping[tuple[str, int], Entity],
    voices: Mapping[str, str],
) -> Alignment:
    """Group the story's body sentences into facts, most corroborated first."""
    items: list[tuple[ReadArticle, Sentence]] = []
    docs: list[list[str]] = []
    for reading in readings:
        for sentence in reading.sentences:
            if sentence.role != "body":
                continue
            terms = sentence_terms(reading, sentence, entity_of)
            items.append((reading, sentence))
            docs.append(terms)
    if not items:
        return Alignment((), ())

    clusters, echo = _cluster(items, docs)
    facts, members, centrality = [], [], []
    ranked = sorted(
        clusters,
        key=lambda c: (
            -independent_count((items[i][0].id for i in c), voices),
            -len(c),
            min(c),
        ),
    )
    for number, cluster in enumerate(ranked, start=1):
        chosen = [items[i] for i in sorted(cluster, key=lambda i: (items[i][0].id, i))]
        article_ids = tuple(r.id for r, _ in chosen)
        evidence = tuple(s.as_evidence() for _, s in chosen)
        text = items[_medoid(cluster, docs)][1].text
        entities = sorted(
            {
                entity_of[(m.article_id, m.start)].id
                for r, s in chosen
                for m in r.mentions
                if s.start <= m.start < s.end and (m.article_id, m.start) in entity_of
            }
        )
        facts.append(
            Fact(
                id=f"F{number}",
                text=text,
                evidence=evidence,
                articles=article_ids,
                sources=tuple(sorted({r.source for r, _ in chosen})),
                independent_sources=independent_count(article_ids, voices),
                entities=tuple(entities),
            )
        )
        members.append(tuple(chosen))
        centrality.append(max(echo[i] for i in cluster))
    return Alignment(tuple(facts), tuple(members), tuple(centrality))


def _cluster(
    items: Sequence[tuple[ReadArticle, Sentence]], docs: list[list[str]]
) -> tuple[list[list[int]], list[float]]:
    """Clusters of item indices, and each item's echo: its summed similarity to the
    sentences of other articles (a LexRank-like centrality)."""
    n = len(items)
    if n == 1:
        return [[0]], [0.0]
    vectorizer = TfidfVectorizer(analyzer=_identity, sublinear_tf=True)
    try:
        matrix = vectorizer.fit_transform(docs)
    except ValueError:  # no terms at all
        return [[i] for i in range(n)], [0.0] * n
    similarity = _candidate_similarity(matrix)
    article_of = [r.id for r, _ in items]
    # Per-pair work is done with numpy: echo sums in a fixed order, and edges come out in
    # (-similarity, i, j) order.
    codes = {article: k for k, article in enumerate(dict.fromkeys(article_of))}
    article_code = np.array([codes[a] for a in article_of])
    rows, cols, values = similarity.row, similarity.col, similarity.data
    across = article_code[rows] != article_code[cols]
    echo_sums = np.zeros(n)
    np.add.at(echo_sums, rows[across], values[across])
    echo = [float(x) for x in echo_sums]
    lengths = np.array([len(d) for d in docs])
    keep = (
        (rows < cols)
        & (values >= EDGE_THRESHOLD)
        & across
        & (lengths[rows] >= MIN_TERMS)
        & (lengths[cols] >= MIN_TERMS)
    )
    edge_i, edge_j, edge_v = rows[keep], cols[keep], values[keep]
    order = np.lexsort((edge_j, edge_i, -edge_v))
    dense = similarity.tocsr()
    cluster_of = list(range(n))
    members: dict[int, list[int]] = {i: [i] for i in range(n)}
    articles: dict[int, set[str]] = {i: {article_of[i]} for i in range(n)}
    said = [{t for t in doc if not t.startswith("@")} for doc in docs]
    for i, j in zip(edge_i[order].tolist(), edge_j[order].tolist(), strict=True):
        a, b = cluster_of[i], cluster_of[j]
        if a == b or len(said[i] & said[j]) < MIN_SHARED_TERMS:
            continue
        if not articles[a].isdisjoint(articles[b]):
            continue
        left, right = members[a], members[b]
        block = dense[left][:, right]
        if float(block.sum()) / (len(left) * len(right)) < LINK_THRESHOLD:
            continue
        left.extend(right)
        articles[a] |= articles.pop(b)
        for y in right:
            cluster_of[y] = a
        del members[b]
    return [sorted(c) for c in members.values()], echo


def _candidate_similarity(matrix: sparse.csr_matrix) -> sparse.coo_matrix:
    """Cosine similarity of the sentence pairs that share a term used by at most ``MAX_DF``
    sentences; other pairs count as 0. Common terms still weigh in a candidate pair's
    similarity but do not make pairs, so the cost grows with the pairs that share a rare term
    (about linearly in sentences) rather than with all pairs."""
    binary = (matrix > 0).astype(np.float32).tocsc()
    df = np.asarray(binary.sum(axis=0)).ravel()
    rare = binary[:, np.flatnonzero(df <= MAX_DF)].tocsr()
    candidates = (rare @ rare.T).tocoo()
    rows, cols = candidates.row, candidates.col
    values = np.asarray(matrix[rows].multiply(matrix[cols]).sum(axis=1)).ravel()
    return sparse.coo_matrix((values, (rows, cols)), shape=(matrix.shape[0], matrix.shape[0]))


def _medoid(cluster: Sequence[int], docs: Sequence[list[str]]) -> int:
    """The member sharing most terms with the others (ties: the earliest)."""
    if len(cluster) == 1:
        return cluster[0]
    sets = {i: set(docs[i]) for i in cluster}
    return max(
        cluster,
        key=lambda i: (sum(len(sets[i] & sets[j]) for j in cluster if j != i), -i),
    )
