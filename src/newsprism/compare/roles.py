"""Role conflicts: the same person given different titles by different outlets.

Titles are compared on their core words: nationality and country words, possessives and
articles are dropped and word order ignored, so "Armenian Foreign Minister", "Armenia's Foreign
Minister" and "foreign minister" agree, as do "Secretary of State" and "State Secretary". Titles
conflict when neither's core words contain the other's.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence

from newsprism.model import Conflict, Entity, Mention, ReadArticle, Span, Variant
from newsprism.read.gazetteer import country_name, country_of_demonym

_WORD = re.compile(r"[A-Za-z]+")
_DROP = frozenset({"the", "of", "s", "a", "an", "and", "for", "former", "then", "acting", "new"})


def _is_place_word(word: str) -> bool:
    return country_of_demonym(word) is not None or country_name(word) is not None


def role_core(role: str) -> frozenset[str]:
    """The words that carry a title's meaning."""
    words = [w for w in _WORD.findall(role) if w.lower() not in _DROP]
    return frozenset(w.lower() for w in words if not (w[0].isupper() and _is_place_word(w)))


def role_conflicts(entities: Sequence[Entity], readings: Sequence[ReadArticle]) -> list[Conflict]:
    """A conflict for each person whose titles differ in substance across articles."""
    by_id = {r.id: r for r in readings}
    conflicts = []
    for entity in entities:
        if entity.kind != "person":
            continue
        by_core: dict[frozenset[str], list[Mention]] = defaultdict(list)
        for mention in entity.mentions:
            if mention.role and mention.text != mention.name.split()[-1]:
                core = role_core(mention.role)
                if core:
                    by_core[core].append(mention)
        cores = _maximal(list(by_core))
        if len(cores) < 2:
            continue
        articles = {m.article_id for core in cores for m in by_core[core]}
        if len(articles) < 2:
            continue
        variants = tuple(
            Variant(
                value=by_core[core][0].role or "",
                articles=tuple(sorted({m.article_id for m in by_core[core]})),
                evidence=tuple(_sentence(by_id[m.article_id], m) for m in by_core[core]),
            )
            for core in sorted(cores, key=lambda c: sorted(c))
        )
        listing = " vs ".join(
            f"{v.value} ({', '.join(sorted({by_id[a].source for a in v.articles}))})"
            for v in variants
        )
        conflicts.append(
            Conflict(
                id="",
                kind="role",
                subject=entity.name,
                explanation=f"{entity.name} is given different titles: {listing}.",
                variants=variants,
            )
        )
    return conflicts


def _maximal(cores: list[frozenset[str]]) -> list[frozenset[str]]:
    """Drop titles whose core words another title contains ("Minister" in "Foreign Minister")."""
    return [c for c in cores if not any(c < other for other in cores)]


def _sentence(reading: ReadArticle, mention: Mention) -> Span:
    for sentence in reading.sentences:
        if sentence.start <= mention.start < sentence.end:
            return Span(sentence.article_id, sentence.start, sentence.end, sentence.text)
    return Span(mention.article_id, mention.start, mention.end, mention.text)
