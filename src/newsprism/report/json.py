"""The JSON report: a :class:`StoryAnalysis` as plain, versioned, deterministic data.

The layout is documented key by key in ``docs/JSON.md`` and described by
``docs/analysis.schema.json``. Keys are written in a fixed order and every list keeps the order of
the analysis, so the same analysis always gives the same bytes. Offsets are character offsets
(Python ``str`` indices) into the article's ``text``.
"""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from newsprism import __version__
from newsprism.model import (
    Article,
    Conflict,
    Entity,
    Fact,
    Family,
    Framing,
    Mention,
    Quantity,
    Quote,
    QuoteGroup,
    ReadArticle,
    Segment,
    Sentence,
    Span,
    StoryAnalysis,
    SummarySentence,
    TimelineEvent,
    TimeRef,
    Variant,
)

SCHEMA_VERSION = "1.1"

JSONDict = dict[str, Any]


GENERATOR: JSONDict = {"name": "newsprism", "version": __version__}


def analysis_to_dict(analysis: StoryAnalysis) -> JSONDict:
    """The whole analysis as JSON-able data (see ``docs/JSON.md``)."""
    story = analysis.story
    return {
        "schema_version": SCHEMA_VERSION,
        "generator": dict(GENERATOR),
        "story": {
            "id": story.id,
            "label": story.label,
            "families": [_family(f) for f in story.families],
        },
        "articles": [reading_to_dict(r) for r in story.articles],
        "entities": [_entity(e) for e in analysis.entities],
        "facts": [_fact(f) for f in analysis.facts],
        "conflicts": [_conflict(c) for c in analysis.conflicts],
        "quotes": [_quote_group(q) for q in analysis.quotes],
        "timeline": [_event(e) for e in analysis.timeline],
        "framing": [_framing(f) for f in analysis.framing],
        "voices": [{"source": s, "speakers": list(speakers)} for s, speakers in analysis.voices],
        "summary": [_summary_sentence(s) for s in analysis.summary],
        "only": [{"source": s, "facts": [_fact(f) for f in facts]} for s, facts in analysis.only],
    }


def dumps(analysis: StoryAnalysis, *, indent: int | None = 2) -> str:
    """The analysis as a JSON document (UTF-8 text, no trailing newline)."""
    return json.dumps(analysis_to_dict(analysis), ensure_ascii=False, indent=indent)


# --- articles and what was read in them --------------------------------------------------------


def reading_to_dict(reading: ReadArticle) -> JSONDict:
    """One article and its readings (an item of the top-level ``articles`` list)."""
    article = reading.article
    return {
        "id": article.id,
        "source": article.source,
        "title": article.title,
        "url": article.url,
        "path": article.path,
        "language": article.language,
        "published": _iso(reading.published),
        "published_estimated": reading.published_estimated,
        "wire": list(article.wire),
        "text": article.text,
        "segments": [_segment(article, s) for s in article.segments],
        "sentences": [_sentence(s) for s in reading.sentences],
        "mentions": [_mention(m) for m in reading.mentions],
        "quantities": [_quantity(q) for q in reading.quantities],
        "timerefs": [_timeref(t) for t in reading.timerefs],
        "quotes": [_quote(q) for q in reading.quotes],
    }


def _offsets(span: Span) -> JSONDict:
    return {"start": span.start, "end": span.end, "text": span.text}


def _segment(article: Article, segment: Segment) -> JSONDict:
    return {
        "start": segment.start,
        "end": segment.end,
        "role": segment.role,
        "text": article.text[segment.start : segment.end],
    }


def _sentence(s: Sentence) -> JSONDict:
    return {"index": s.index, **_offsets(s), "role": s.role}


def _mention(m: Mention) -> JSONDict:
    return {**_offsets(m), "kind": m.kind, "name": m.name, "role": m.role, "sentence": m.sentence}


def _quantity(q: Quantity) -> JSONDict:
    return {
        **_offsets(q),
        "value": q.value,
        "low": q.low,
        "high": q.high,
        "qualifier": q.qualifier,
        "counts": q.counts,
        "verb": q.verb,
        "owner": q.owner,
        "unit": q.unit,
        "sentence": q.sentence,
    }


def _timeref(t: TimeRef) -> JSONDict:
    return {
        **_offsets(t),
        "resolved": _iso(t.resolved),
        "resolved_end": _iso(t.resolved_end),
        "granularity": t.granularity,
        "method": t.method,
        "weekday_mismatch": t.weekday_mismatch,
        "sentence": t.sentence,
    }


def _quote(q: Quote) -> JSONDict:
    return {
        **_offsets(q),
        "speaker": q.speaker,
        "speaker_start": q.speaker_start,
        "speaker_end": q.speaker_end,
        "attribution": q.attribution,
        "kind": q.kind,
        "sentence": q.sentence,
    }


# --- the comparison ----------------------------------------------------------------------------


def evidence_to_dict(span: Span) -> JSONDict:
    """An evidence item: where in which article a claim comes from."""
    return {"article": span.article_id, "start": span.start, "end": span.end, "text": span.text}


def _evidence(spans: tuple[Span, ...]) -> list[JSONDict]:
    return [evidence_to_dict(s) for s in spans]


def _family(f: Family) -> JSONDict:
    return {"id": f.id, "origin": f.origin, "members": list(f.members)}


def _entity(e: Entity) -> JSONDict:
    return {
        "id": e.id,
        "name": e.name,
        "kind": e.kind,
        "aliases": list(e.aliases),
        "roles": list(e.roles),
        "mentions": _evidence(e.mentions),
    }


def _fact(f: Fact) -> JSONDict:
    return {
        "id": f.id,
        "text": f.text,
        "articles": list(f.articles),
        "sources": list(f.sources),
        "independent_sources": f.independent_sources,
        "single_source": f.single_source,
        "disputed_by": list(f.disputed_by),
        "entities": list(f.entities),
        "evidence": _evidence(f.evidence),
    }


def _variant(v: Variant) -> JSONDict:
    return {"value": v.value, "articles": list(v.articles), "evidence": _evidence(v.evidence)}


def _conflict(c: Conflict) -> JSONDict:
    return {
        "id": c.id,
        "kind": c.kind,
        "severity": c.severity,
        "subject": c.subject,
        "explanation": c.explanation,
        "variants": [_variant(v) for v in c.variants],
    }


def _quote_group(q: QuoteGroup) -> JSONDict:
    return {
        "id": q.id,
        "text": q.text,
        "speaker": q.speaker,
        "articles": list(q.articles),
        "variants": [_variant(v) for v in q.variants],
    }


def _event(e: TimelineEvent) -> JSONDict:
    return {
        "date": e.date.isoformat(),
        "granularity": e.granularity,
        "text": e.text,
        "articles": list(e.articles),
        "method": e.method,
        "evidence": _evidence(e.evidence),
    }


def _framing(f: Framing) -> JSONDict:
    return {
        "subject": f.subject,
        "source": f.source,
        "terms": [
            {"term": t.term, "count": t.count, "evidence": _evidence(t.evidence)} for t in f.terms
        ],
    }


def _summary_sentence(s: SummarySentence) -> JSONDict:
    return {
        "text": s.text,
        "articles": list(s.articles),
        "sources": list(s.sources),
        "evidence": _evidence(s.evidence),
    }


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day is not None else None
