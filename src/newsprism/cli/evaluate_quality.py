"""``newsprism eval conflicts`` and ``newsprism eval summary``: measure analysis quality.

``eval conflicts STORIES.jsonl`` perturbs one article of each labelled story in one controlled
way at a time (a figure, a date, a weekday, a quote's speaker, a relation's object, a negation,
a title) and checks that the comparison reports a conflict of the right kind on the changed
words; it also counts conflicts that appear without cause (false alarms). ``eval summary``
scores each story's summary against reference summaries with ROUGE. docs/QUALITY.md explains
both. The pipeline is imported when a command runs, so ``--help`` stays quick.
"""

from __future__ import annotations

import json
import time
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from newsprism.cli.evaluate import eval_group
from newsprism.errors import IngestError, NewsprismError
from newsprism.evaluate.edit import KINDS, PerturbationKind

if TYPE_CHECKING:
    from newsprism.evaluate.conflicts import ConflictDigest, StoryRun, Totals
    from newsprism.evaluate.stories import LabelledStory
    from newsprism.evaluate.summary import SummaryScore, SummaryTotals

SUBJECT_CHARS = 80


def _load(stories_path: Path | None, samples: bool) -> list[LabelledStory]:
    from newsprism.evaluate.stories import jsonl_stories, sample_stories

    if samples == (stories_path is not None):
        raise click.UsageError("give STORIES.jsonl or --samples (one of them)")
    stories, errors = jsonl_stories(stories_path) if stories_path else sample_stories()
    for error in errors:
        click.echo(f"error: {error.source}: {error.reason}", err=True)
    if not stories:
        raise click.ClickException(
            f"{stories_path or 'samples'}: no story with two or more labelled articles"
        )
    return stories


def _digest_json(d: ConflictDigest) -> dict[str, Any]:
    return {
        "kind": d.kind,
        "articles": list(d.articles),
        "evidence": [list(e) for e in d.evidence],
        "subject": d.subject[:SUBJECT_CHARS],
    }


def _run_json(run: StoryRun) -> dict[str, Any]:
    return {
        "story": run.label,
        "articles": run.articles,
        "baseline_conflicts": [_digest_json(d) for d in run.baseline],
        "sites": dict(run.sites),
        "skipped": list(run.skipped),
        "trials": [
            {
                "kind": t.perturbation.kind,
                "article": t.perturbation.article_id,
                "start": t.perturbation.start,
                "end": t.perturbation.end,
                "original": t.perturbation.original,
                "replacement": t.perturbation.replacement,
                "detail": t.perturbation.detail,
                "hit": t.score.hit,
                "comparable": t.comparable,
                "article_hit": t.score.article_hit,
                "caused": [_digest_json(d) for d in t.score.caused],
                "wrong_kind": [_digest_json(d) for d in t.score.wrong_kind],
                "false_alarms": [_digest_json(d) for d in t.score.false_alarms],
                "indirect": [_digest_json(d) for d in t.score.indirect],
            }
            for t in run.trials
        ],
    }


def totals_json(totals: Totals) -> dict[str, Any]:
    from newsprism.evaluate.comparable import DEFINITION
    from newsprism.evaluate.conflicts import RECALL_TARGETS

    return {
        "stories": totals.stories,
        "trials": totals.trials,
        "recall": {
            r.kind: {
                "trials": r.trials,
                "hits": r.hits,
                "recall": None if r.recall is None else round(r.recall, 4),
                "article_hits": r.article_hits,
                "stories_with_sites": r.stories_with_sites,
                "target": RECALL_TARGETS[r.kind],
                "comparable": r.comparable,
                "comparable_hits": r.comparable_hits,
                "comparable_recall": (
                    None if r.comparable_recall is None else round(r.comparable_recall, 4)
                ),
            }
            for r in totals.recall
        },
        "comparable_definition": DEFINITION,
        "baseline_conflicts_per_story": round(totals.baseline_per_story, 4),
        "baseline_conflicts_by_kind": totals.by_kind,
        "false_alarms_per_perturbed_run": round(totals.false_alarms_per_trial, 4),
        "false_alarms_per_story": round(totals.false_alarms_per_story, 4),
        "wrong_kind": totals.wrong_kind,
        "indirect": totals.indirect,
        "skipped": totals.skipped,
    }


def totals_text(totals: Totals, runs: Sequence[StoryRun], seconds: float) -> str:
    from newsprism.evaluate.comparable import DEFINITION
    from newsprism.evaluate.conflicts import FALSE_ALARM_TARGET, RECALL_TARGETS

    articles = sum(r.articles for r in runs)
    lines = [
        f"{totals.stories} stories ({articles} articles), {totals.trials} perturbed runs, "
        f"{seconds:.1f} s",
        f"{'kind':<12}{'trials':>7}{'hits':>6}{'recall':>8}{'loose':>7}{'target':>8}"
        f"{'compar':>8}{'c.hits':>8}{'c.recall':>10}",
    ]
    for r in totals.recall:
        recall = "-" if r.recall is None else f"{r.recall:.2f}"
        loose = "-" if not r.trials else f"{r.article_hits / r.trials:.2f}"
        c_recall = "-" if r.comparable_recall is None else f"{r.comparable_recall:.2f}"
        lines.append(
            f"{r.kind:<12}{r.trials:>7}{r.hits:>6}{recall:>8}{loose:>7}"
            f"{RECALL_TARGETS[r.kind]:>8.2f}{r.comparable:>8}{r.comparable_hits:>8}{c_recall:>10}"
        )
    kinds = ", ".join(f"{k} {n}" for k, n in totals.by_kind.items()) or "none"
    lines += [
        f"compar: comparable trials ({DEFINITION}); c.hits, c.recall: their hits, recall",
        f"conflicts per unperturbed story: {totals.baseline_per_story:.2f} ({kinds})",
        f"false alarms per perturbed run: {totals.false_alarms_per_trial:.2f}; per story "
        f"(mean of story means): {totals.false_alarms_per_story:.2f} "
        f"(target < {FALSE_ALARM_TARGET})",
        f"conflicts of the wrong kind on the change: {totals.wrong_kind}; indirect: "
        f"{totals.indirect}; perturbations skipped: {totals.skipped}",
    ]
    misses = [(r.label, t) for r in runs for t in r.trials if not t.score.hit]
    lines.append("misses:" if misses else "misses: none")
    for label, t in misses:
        p = t.perturbation
        lines.append(f"  {p.kind:<12}{label}  {p.article_id}  {p.detail}")
    alarms = [
        (r.label, t.perturbation.kind, d)
        for r in runs
        for t in r.trials
        for d in t.score.false_alarms
    ]
    lines.append("false alarms:" if alarms else "false alarms: none")
    for label, kind, d in alarms:
        lines.append(
            f"  {d.kind:<12}{label}  after {kind}  {', '.join(d.articles)}  "
            f"{d.subject[:SUBJECT_CHARS]!r}"
        )
    return "\n".join(lines)


@eval_group.command()
@click.argument(
    "stories", required=False, type=click.Path(exists=True, dir_okay=False, path_type=Path)
)
@click.option("--samples", is_flag=True, help="Use the bundled sample stories instead.")
@click.option("--seed", default=0, show_default=True, help="Seed of the random choices.")
@click.option(
    "--json-out",
    type=click.Path(dir_okay=False, writable=True, path_type=Path),
    help="Write the full report (every trial) as JSON to this file.",
)
@click.option("--max-stories", type=click.IntRange(min=1), help="Only the first N stories.")
@click.option(
    "--per-kind", default=1, show_default=True, type=click.IntRange(min=0),
    help="Perturbed runs of each kind per story (0: one per place found).",
)  # fmt: skip
@click.option(
    "--kind", "kinds", multiple=True, type=click.Choice(KINDS),
    help="Only these perturbation kinds (repeatable; default all).",
)  # fmt: skip
@click.option("-q", "--quiet", is_flag=True, help="No progress on stderr.")
def conflicts(
    stories: Path | None,
    samples: bool,
    seed: int,
    json_out: Path | None,
    max_stories: int | None,
    per_kind: int,
    kinds: tuple[PerturbationKind, ...],
    quiet: bool,
) -> None:
    """Perturb STORIES.jsonl (lines with a `cluster` label) and score conflict detection.

    Stories labelled singleton-* or with fewer than two articles are skipped. Prints recall per
    perturbation kind and false alarms per story; --seed makes a run reproducible.

    A trial is comparable when a sentence of another article shares at least 3 content words
    with the changed sentence, and one entity if the changed sentence names any; for date and
    weekday trials that sentence also has a time reference resolved to a day, for figure trials
    a number. Columns compar, c.hits and c.recall give those trials, their hits and recall.
    """
    from newsprism.evaluate.conflicts import evaluate_story, totals

    chosen = _load(stories, samples)[:max_stories]
    order = tuple(k for k in KINDS if k in kinds) if kinds else KINDS
    started = time.perf_counter()
    runs: list[StoryRun] = []
    try:
        for number, story in enumerate(chosen, start=1):
            runs.append(evaluate_story(story, seed=seed, kinds=order, per_kind=per_kind))
            if not quiet:
                click.echo(f"[{number}/{len(chosen)}] {story.label}", err=True)
    except NewsprismError as exc:
        raise click.ClickException(str(exc)) from exc
    seconds = time.perf_counter() - started
    result = totals(runs, order)
    click.echo(totals_text(result, runs, seconds))
    if json_out is not None:
        report = {
            "input": str(stories) if stories else "samples",
            "seed": seed,
            "per_kind": per_kind,
            "seconds": round(seconds, 1),
            "totals": totals_json(result),
            "stories": [_run_json(r) for r in runs],
        }
        json_out.write_text(json.dumps(report, indent=2, ensure_ascii=False), encoding="utf-8")
        if not quiet:
            click.echo(f"wrote {json_out}", err=True)


def summary_text(result: SummaryTotals, scores: Sequence[SummaryScore]) -> str:
    lines = [f"{'story':<44}{'R-1':>7}{'R-2':>7}{'R-L':>7}{'corroborated':>14}"]
    for s in scores:
        lines.append(
            f"{s.story[:43]:<44}{s.rouge['rouge1']:>7.3f}{s.rouge['rouge2']:>7.3f}"
            f"{s.rouge['rougeL']:>7.3f}{f'{s.corroborated}/{s.sentences}':>14}"
        )
    lines.append(
        f"{f'mean over {result.stories} stories':<44}{result.rouge['rouge1']:>7.3f}"
        f"{result.rouge['rouge2']:>7.3f}{result.rouge['rougeL']:>7.3f}"
        f"{f'{result.corroborated}/{result.sentences}':>14}"
    )
    return "\n".join(lines)


@eval_group.command()
@click.argument(
    "stories", required=False, type=click.Path(exists=True, dir_okay=False, path_type=Path)
)
@click.option(
    "--references",
    required=True,
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help='JSON Lines of {"cluster": ..., "summary": ...}.',
)
@click.option("--samples", is_flag=True, help="Use the bundled sample stories instead.")
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
def summary(stories: Path | None, references: Path, samples: bool, as_json: bool) -> None:
    """Score each story's summary against REFERENCES with ROUGE-1/2/L F1.

    Also counts the summary sentences that at least two independent outlets support. Needs
    the rouge-score package: pip install 'newsprism[eval]'.
    """
    from newsprism.compare import compare_story
    from newsprism.evaluate.summary import (
        load_references,
        rouge_scorer,
        score_summaries,
        summary_totals,
    )
    from newsprism.model import Story
    from newsprism.read import read_article

    try:
        scorer = rouge_scorer()
        refs = load_references(references)
    except (NewsprismError, IngestError) as exc:
        raise click.ClickException(str(exc)) from exc
    chosen = [s for s in _load(stories, samples) if s.label in refs]
    if not chosen:
        raise click.ClickException(f"{references}: no reference matches a story label")
    analyses = (
        compare_story(Story(s.label, tuple(read_article(a) for a in s.articles))) for s in chosen
    )
    scores = list(score_summaries(analyses, refs, scorer))
    result = summary_totals(scores)
    if as_json:
        payload = {
            "stories": [
                {
                    "story": s.story,
                    **{k: round(v, 4) for k, v in s.rouge.items()},
                    "sentences": s.sentences,
                    "corroborated": s.corroborated,
                }
                for s in scores
            ],
            "mean": {k: round(v, 4) for k, v in result.rouge.items()},
            "sentences": result.sentences,
            "corroborated": result.corroborated,
        }
        click.echo(json.dumps(payload, indent=2, ensure_ascii=False))
    else:
        click.echo(summary_text(result, scores))
