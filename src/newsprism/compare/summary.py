"""An extractive, cited summary of the story, and what each outlet alone reports.

Facts are ranked by independent corroboration, how many articles carry them, their centrality
(how much the other articles' sentences echo them) and how early they come in those articles
(news puts the essentials first). A fact too close to one already chosen is skipped. Each
summary sentence is one of the fact's own sentences from an article — one that stands on its
own, not opening with "But" or "He" when another outlet's version does not, quoted from after
a dateline that opens it ("CALDER BAY, Maravel — ") — cited with every article that supports
it, except those on another side of a conflict whose evidence holds the quoted sentence (an
outlet giving 40 missing is not cited for "38 remained missing"); captions and credits never
enter (facts are built from body sentences only).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence

from newsprism.compare.align import Alignment
from newsprism.compare.disputes import quoted_span, set_against
from newsprism.compare.terms import content_words
from newsprism.model import Conflict, Fact, ReadArticle, Sentence, SummarySentence

_DANGLING = re.compile(
    r"^\W*(?:but|and|however|yet|still|also|meanwhile|instead|he|she|it|they|his|her|its|their"
    r"|this|these|that|those|there)\b",
    re.I,
)
# A dateline opening a wire-style lead: "CALDER BAY, Maravel — ", "KALAMATA, Greece, June 14
# (Wire) – ", "(LONDON) — ": the summary quotes the sentence from after it.
_DATELINE = re.compile(
    r"^\(?[A-Z][A-Z.'’]{2,}(?:[ -][A-Z][A-Z.'’]+){0,3}\)?"  # CALDER BAY
    r"(?:,\s*[A-Z][\w.'’]+(?:\s[A-Z][\w.'’]+)?){0,2}"  # , Maravel
    r"(?:,?\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2})?\s*(?:\([^()]{1,30}\)\s*)?"
    r"(?:\s*(?:—|–|--)\s*|\s+-\s+)(?=[A-Z0-9\"'“‘])"
)
Members = tuple[tuple[ReadArticle, Sentence], ...]
DANGLING_PENALTY = 1.0
SUMMARY_LENGTH = 6
REDUNDANCY = 0.5
MIN_WORDS = 6


def _score(fact: Fact, centrality: float, members_first: int) -> float:
    lead = 1.0 / (1 + members_first)
    return fact.independent_sources * 2 + len(fact.articles) * 0.5 + centrality * 2 + lead


def summarise(
    alignment: Alignment, length: int = SUMMARY_LENGTH, conflicts: Sequence[Conflict] = ()
) -> tuple[SummarySentence, ...]:
    """Up to ``length`` cited sentences, most corroborated first. An article whose version
    stands on the other side of one of ``conflicts`` ("40 missing" where the quoted sentence
    says 38) is not cited as supporting the sentence."""
    candidates = []
    top = max(alignment.centrality, default=0.0) or 1.0
    for fact, members, centrality in zip(
        alignment.facts, alignment.members, alignment.centrality, strict=True
    ):
        words = set(content_words(fact.text))
        if len(fact.text.split()) < MIN_WORDS:
            continue
        first = min(sentence.index for _, sentence in members)
        score = _score(fact, centrality / top, first)
        if _standalone(fact) is None:
            score -= DANGLING_PENALTY
        candidates.append((-score, fact.id, fact, members, words))
    candidates.sort(key=lambda c: (c[0], int(c[1][1:])))
    chosen: list[tuple[Fact, Members, set[str]]] = []
    for _, _, fact, members, words in candidates:
        if any(_overlap(words, other) >= REDUNDANCY for _, _, other in chosen):
            continue
        chosen.append((fact, members, words))
        if len(chosen) == length:
            break
    return tuple(_cited(fact, members, conflicts) for fact, members, _ in chosen)


def _cited(fact: Fact, members: Members, conflicts: Sequence[Conflict]) -> SummarySentence:
    """The fact's summary sentence, cited by the articles that do not contradict it (see
    :mod:`newsprism.compare.disputes`)."""
    text = _standalone(fact) or fact.text
    against = set_against(quoted_span(fact, text), conflicts)
    source_of = {reading.id: reading.source for reading, _ in members}
    articles = tuple(a for a in fact.articles if a not in against)
    return SummarySentence(
        text=without_dateline(text),
        articles=articles,
        sources=tuple(sorted({source_of[a] for a in articles if a in source_of})),
        evidence=tuple(e for e in fact.evidence if e.article_id not in against),
    )


def _standalone(fact: Fact) -> str | None:
    """The fact's own sentence if it stands on its own, else another outlet's version that does
    (None when every version opens with a word that needs the sentence before it)."""
    for text in (fact.text, *(span.text for span in fact.evidence)):
        if not _DANGLING.match(text):
            return text
    return None


def without_dateline(text: str) -> str:
    """``text`` from after a dateline that opens it (the rest of the source's own words)."""
    found = _DATELINE.match(text)
    return text[found.end() :] if found else text


def _overlap(a: set[str], b: set[str]) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))


def single_source_facts(alignment: Alignment) -> tuple[tuple[str, tuple[Fact, ...]], ...]:
    """For each outlet, the facts only it reports (in article order)."""
    by_source: dict[str, list[tuple[tuple[str, int], Fact]]] = defaultdict(list)
    for fact, members in zip(alignment.facts, alignment.members, strict=True):
        if fact.single_source and len(fact.sources) == 1:
            first = min((s.article_id, s.start) for _, s in members)
            by_source[fact.sources[0]].append((first, fact))
    return tuple(
        (source, tuple(f for _, f in sorted(items, key=lambda item: item[0])))
        for source, items in sorted(by_source.items())
    )
