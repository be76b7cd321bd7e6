"""Score story summaries against reference summaries: ROUGE-1/2/L F1 and corroboration.

Each story's summary (its :class:`~newsprism.model.SummarySentence` texts joined) is scored
against the reference with the ``rouge-score`` package (stemming on), which is an optional
dependency: ``pip install 'newsprism[eval]'``. A summary sentence is *corroborated* when it is
supported by at least two independent outlets: the fact it comes from (same evidence and articles)
has ``independent_sources >= 2``; a sentence matching no fact counts the voices (syndication
families, else outlets) of its articles.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from newsprism.compare.voices import independent_count, voice_map
from newsprism.errors import ConfigError, IngestError
from newsprism.model import StoryAnalysis, SummarySentence

ROUGE_TYPES = ("rouge1", "rouge2", "rougeL")
MIN_SOURCES = 2
INSTALL_HINT = "pip install 'newsprism[eval]'"


class Scorer(Protocol):
    def score(self, target: str, prediction: str) -> dict[str, Any]: ...


def rouge_scorer() -> Scorer:
    """A ROUGE-1/2/L scorer; :class:`ConfigError` naming the extra when the package is missing."""
    try:
        from rouge_score import rouge_scorer as module
    except ImportError as exc:
        raise ConfigError(f"the rouge-score package is needed: {INSTALL_HINT}") from exc
    scorer: Scorer = module.RougeScorer(list(ROUGE_TYPES), use_stemmer=True)
    return scorer


def load_references(path: Path) -> dict[str, str]:
    """``{cluster: summary}`` from a JSON Lines file of ``{"cluster": ..., "summary": ...}``."""
    references: dict[str, str] = {}
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise IngestError(str(path), f"cannot read: {exc}") from exc
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise IngestError(f"{path}:{number}", f"invalid JSON ({exc.msg})") from None
        cluster = record.get("cluster") if isinstance(record, dict) else None
        summary = record.get("summary") if isinstance(record, dict) else None
        if not isinstance(cluster, str) or not isinstance(summary, str):
            raise IngestError(f"{path}:{number}", 'want {"cluster": str, "summary": str}')
        references[cluster] = summary
    return references


def corroborated(sentence: SummarySentence, analysis: StoryAnalysis) -> bool:
    """Whether at least two independent outlets support the summary sentence."""
    for fact in analysis.facts:
        if fact.evidence == sentence.evidence and fact.articles == sentence.articles:
            return fact.independent_sources >= MIN_SOURCES
    voices = voice_map(analysis.story.articles, analysis.story.families)
    return independent_count(sentence.articles, voices) >= MIN_SOURCES


@dataclass(frozen=True, slots=True)
class SummaryScore:
    story: str
    rouge: dict[str, float]  # ROUGE type → F1
    sentences: int
    corroborated: int


def score_summary(analysis: StoryAnalysis, reference: str, scorer: Scorer) -> SummaryScore:
    """ROUGE F1 of the story's summary against ``reference``, and its corroborated sentences."""
    summary = " ".join(s.text for s in analysis.summary)
    scores = scorer.score(reference, summary)
    return SummaryScore(
        story=analysis.story.id,
        rouge={name: float(scores[name].fmeasure) for name in ROUGE_TYPES},
        sentences=len(analysis.summary),
        corroborated=sum(corroborated(s, analysis) for s in analysis.summary),
    )


def score_summaries(
    analyses: Iterable[StoryAnalysis], references: dict[str, str], scorer: Scorer
) -> Iterator[SummaryScore]:
    """:func:`score_summary` for each analysis whose story id has a reference."""
    for analysis in analyses:
        reference = references.get(analysis.story.id)
        if reference is not None:
            yield score_summary(analysis, reference, scorer)


@dataclass(frozen=True, slots=True)
class SummaryTotals:
    stories: int
    rouge: dict[str, float]  # mean F1 over stories
    sentences: int
    corroborated: int


def summary_totals(scores: Sequence[SummaryScore]) -> SummaryTotals:
    count = len(scores)
    return SummaryTotals(
        stories=count,
        rouge={
            name: (sum(s.rouge[name] for s in scores) / count if count else 0.0)
            for name in ROUGE_TYPES
        },
        sentences=sum(s.sentences for s in scores),
        corroborated=sum(s.corroborated for s in scores),
    )
