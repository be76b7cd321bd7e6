"""Which outlets a statement's conflicts set against it.

A fact (or a summary sentence) quotes one article's sentence; when that sentence is evidence of a
conflict, the articles on the conflict's other sides state something else ("40 missing" against
"38 missing", "rejected the plan" against "backs the plan", the same words given to another
speaker). They are aligned with the statement but do not support it: the fact lists them as
disputing it, and the summary does not cite them.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace

from newsprism.compare.voices import independent_count
from newsprism.model import Conflict, Fact, Span


def quoted_span(fact: Fact, text: str | None = None) -> Span:
    """The evidence span holding ``text`` (default: the fact's own text), else the first."""
    wanted = fact.text if text is None else text
    return next((e for e in fact.evidence if e.text == wanted), fact.evidence[0])


def set_against(quoted: Span, conflicts: Iterable[Conflict]) -> set[str]:
    """Articles on another side of a conflict that has ``quoted`` in its evidence."""
    against: set[str] = set()
    for conflict in conflicts:
        with_it = {
            article
            for variant in conflict.variants
            if any(
                (e.article_id, e.start) == (quoted.article_id, quoted.start)
                for e in variant.evidence
            )
            for article in variant.articles
        }
        if with_it:
            against |= {a for v in conflict.variants for a in v.articles} - with_it
    return against


def mark_disputes(
    facts: Sequence[Fact], conflicts: Sequence[Conflict], voices: Mapping[str, str]
) -> tuple[Fact, ...]:
    """``facts`` with ``disputed_by`` set, and independent sources counted without them."""
    marked = []
    for fact in facts:
        disputed = set_against(quoted_span(fact), conflicts) & set(fact.articles)
        if not disputed:
            marked.append(fact)
            continue
        kept = tuple(a for a in fact.articles if a not in disputed)
        marked.append(
            replace(
                fact,
                disputed_by=tuple(sorted(disputed)),
                independent_sources=independent_count(kept, voices),
            )
        )
    return tuple(marked)
