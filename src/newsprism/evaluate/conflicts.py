"""Measure conflict detection by perturbing stories: run, score, aggregate.

For each story the comparison runs once unperturbed (the *baseline*), then once per trial on a
copy in which one article carries one :class:`~newsprism.evaluate.edit.Perturbation`. Article
ids are kept, and spans of the perturbed article are mapped back to the original text, so the
conflicts of both runs can be matched on (kind, articles, evidence spans).

Scoring a trial (:func:`score_trial`) looks at the conflicts of the perturbed run that are
*new*: that match no baseline conflict on (kind, articles, evidence spans).

- a new conflict *covers the change* when one of its variants lists the changed article and
  has an evidence span of that article that covers the changed characters;
- **hit**: a new conflict of an expected kind (:data:`~newsprism.evaluate.perturb.EXPECTED`)
  covers the change; **article hit** (looser): a new conflict of an expected kind lists the
  changed article in a variant;
- **wrong kind**: a new conflict covering the change whose kind is not expected;
- **indirect**: a new conflict that does not cover the change but follows from it: a baseline
  conflict reshaped (same kind, its evidence a subset or superset of the baseline one's: the
  changed article left or joined it), a conflict listing the changed article (a shifted
  weekday moves the day its other references resolve to), or one whose subject or a variant
  names the replacement (a quote given to someone else carries its pronoun-attributed
  neighbours along);
- **false alarm**: any other new conflict: it involves neither the change nor its article.

A trial is *comparable* when another article of the story reports the changed statement
(:mod:`newsprism.evaluate.comparable`); recall is also given over comparable trials only.

A place already in the evidence of a baseline conflict of an expected kind is not perturbed:
the trial could not tell detection from the conflict that was there.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field

from newsprism.evaluate.comparable import is_comparable, story_profiles
from newsprism.evaluate.edit import Perturbation, PerturbationKind
from newsprism.evaluate.perturb import EXPECTED, KINDS, find_perturbations
from newsprism.evaluate.stories import LabelledStory
from newsprism.model import Article, Conflict, ConflictKind, ReadArticle, Story, StoryAnalysis
from newsprism.read.numbers import parse_digits, parse_number_words

SpanKey = tuple[str, int, int]


@dataclass(frozen=True, slots=True)
class ConflictDigest:
    """A conflict reduced to what matching needs, spans in original-text offsets."""

    kind: ConflictKind
    articles: tuple[str, ...]
    evidence: tuple[SpanKey, ...]
    subject: str

    @property
    def key(self) -> tuple[ConflictKind, tuple[str, ...], tuple[SpanKey, ...], str]:
        """What matches a conflict across runs. A figure conflict's subject (what is counted:
        "people killed", "aircraft age") tells apart two conflicts about one sentence's figures;
        other subjects quote the sentence, which the change may have altered."""
        return (
            self.kind,
            self.articles,
            self.evidence,
            self.subject if self.kind == "figure" else "",
        )


def digest(conflict: Conflict, perturbation: Perturbation | None = None) -> ConflictDigest:
    """The digest of ``conflict``; spans of the perturbed article are mapped back first."""
    spans: set[SpanKey] = set()
    for variant in conflict.variants:
        for span in variant.evidence:
            start, end = span.start, span.end
            if perturbation is not None and span.article_id == perturbation.article_id:
                start, end = perturbation.to_original(start), perturbation.to_original(end)
            spans.add((span.article_id, start, end))
    articles = sorted({a for v in conflict.variants for a in v.articles})
    return ConflictDigest(conflict.kind, tuple(articles), tuple(sorted(spans)), conflict.subject)


def covers_change(conflict: Conflict, perturbation: Perturbation) -> bool:
    """Whether a variant lists the changed article with evidence covering the change."""
    return any(
        perturbation.article_id in variant.articles
        and any(
            span.article_id == perturbation.article_id
            and perturbation.touches(span.start, span.end)
            for span in variant.evidence
        )
        for variant in conflict.variants
    )


def lists_article(conflict: Conflict, article_id: str) -> bool:
    return any(article_id in variant.articles for variant in conflict.variants)


@dataclass(frozen=True, slots=True)
class TrialScore:
    hit: bool
    article_hit: bool
    caused: tuple[ConflictDigest, ...]
    wrong_kind: tuple[ConflictDigest, ...]
    false_alarms: tuple[ConflictDigest, ...]
    indirect: tuple[ConflictDigest, ...] = ()


def names_replacement(conflict: Conflict, perturbation: Perturbation) -> bool:
    """Whether the conflict's subject or a variant value contains the replacement words."""
    words = perturbation.replacement.strip()
    if len(words) < 3 or not any(c.isalpha() for c in words):
        return False
    return words in conflict.subject or any(words in v.value for v in conflict.variants)


def reshapes(d: ConflictDigest, baseline: Sequence[ConflictDigest]) -> bool:
    """Whether ``d`` is a baseline conflict with an article's evidence added or removed."""
    spans = set(d.evidence)
    return bool(spans) and any(
        b.kind == d.kind and (spans <= set(b.evidence) or set(b.evidence) <= spans)
        for b in baseline
    )


def score_trial(
    baseline: Sequence[Conflict], perturbed: Sequence[Conflict], perturbation: Perturbation
) -> TrialScore:
    """Score the perturbed run's conflicts against the baseline (see the module docstring)."""
    before = [digest(c) for c in baseline]
    known = {d.key for d in before}
    expected = EXPECTED[perturbation.kind]
    hit = article_hit = False
    caused, wrong, alarms, indirect = [], [], [], []
    for conflict in perturbed:
        d = digest(conflict, perturbation)
        if d.key in known:
            continue
        listed = lists_article(conflict, perturbation.article_id)
        article_hit = article_hit or (listed and conflict.kind in expected)
        if covers_change(conflict, perturbation):
            caused.append(d)
            if conflict.kind in expected:
                hit = True
            else:
                wrong.append(d)
        elif listed or reshapes(d, before) or names_replacement(conflict, perturbation):
            indirect.append(d)
        else:
            alarms.append(d)
    return TrialScore(hit, article_hit, tuple(caused), tuple(wrong), tuple(alarms), tuple(indirect))


def confounded(perturbation: Perturbation, baseline: Sequence[Conflict]) -> bool:
    """Whether a baseline conflict of an expected kind already has the changed place in its
    evidence; for a figure, only a conflict about that figure (one of its variants reads the
    changed number), not about another figure of the same sentence."""
    lo, hi = perturbation.start, max(perturbation.end, perturbation.start + 1)
    return any(
        conflict.kind in EXPECTED[perturbation.kind]
        and any(
            s.article_id == perturbation.article_id and s.start < hi and lo < s.end
            for v in conflict.variants
            for s in v.evidence
        )
        and (
            perturbation.kind != "figure"
            or any(
                _number(perturbation.original) in _numbers_in(v.value) for v in conflict.variants
            )
        )
        for conflict in baseline
    )


_DIGITS = re.compile(r"\d[\d,]*(?:\.\d+)?")
_WORD_START = re.compile(r"\b[a-z]", re.I)


def _number(surface: str) -> float | None:
    found = _DIGITS.search(surface)
    return parse_digits(found.group()) if found else None


def _numbers_in(label: str) -> set[float | None]:
    """The numbers a variant's label gives, in digits or in words ("forty-nine people")."""
    numbers: set[float | None] = {parse_digits(m.group()) for m in _DIGITS.finditer(label)}
    for word in _WORD_START.finditer(label):
        parsed = parse_number_words(label[word.start() :])
        if parsed is not None:
            numbers.add(parsed[0])
    return numbers


# --- running ----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Trial:
    perturbation: Perturbation
    score: TrialScore
    comparable: bool = False  # another article reports the changed statement


@dataclass(frozen=True, slots=True)
class StoryRun:
    """One story: its baseline conflicts, how many places each kind could perturb, its trials."""

    label: str
    articles: int
    baseline: tuple[ConflictDigest, ...]
    sites: dict[PerturbationKind, int]
    trials: tuple[Trial, ...]
    skipped: tuple[str, ...] = ()


Reader = Callable[[Article], ReadArticle]
Comparer = Callable[[Story], StoryAnalysis]


@dataclass(frozen=True, slots=True)
class Pipeline:
    """The stages a run uses (a seam for tests)."""

    read: Reader
    compare: Comparer

    @classmethod
    def default(cls) -> Pipeline:
        from newsprism.compare import compare_story
        from newsprism.read import read_article

        return cls(read_article, compare_story)


def perturbed_article(article: Article, perturbation: Perturbation) -> Article:
    """A copy of ``article`` with the perturbation applied, re-segmented, same id.

    ``ValueError`` when ingestion would not keep the perturbed text as it is.
    """
    from newsprism.ingest import build_article

    text = perturbation.apply(article.text)
    copy = build_article(
        text.encode("utf-8"),
        text,
        source=article.source,
        title=article.title,
        url=article.url,
        path=article.path,
        published=article.published,
        article_id=article.id,
    )
    if copy.text != text:
        raise ValueError(f"article {article.id}: normalisation changes the perturbed text")
    return copy


def story_rng(seed: int, label: str, kind: str = "") -> random.Random:
    """The random source of one story and perturbation kind: independent of which other
    stories and kinds run."""
    return random.Random(f"{seed}:{label}:{kind}" if kind else f"{seed}:{label}")


def choose(
    candidates: Sequence[Perturbation], count: int, rng: random.Random
) -> list[Perturbation]:
    """``count`` of the candidates at random (all of them when ``count`` is 0), in order."""
    if count == 0:
        return sorted(candidates, key=lambda p: (p.article_id, p.start))
    picked = rng.sample(list(candidates), min(count, len(candidates)))
    return sorted(picked, key=lambda p: (p.article_id, p.start))


def evaluate_story(
    story: LabelledStory,
    *,
    seed: int = 0,
    kinds: Sequence[PerturbationKind] = KINDS,
    per_kind: int = 1,
    pipeline: Pipeline | None = None,
) -> StoryRun:
    """Run the baseline and ``per_kind`` trials of each kind on one story (0: every site)."""
    stages = pipeline or Pipeline.default()
    readings = tuple(stages.read(a) for a in story.articles)
    baseline = stages.compare(Story(story.label, readings)).conflicts
    profiles = story_profiles(readings)
    sites: dict[PerturbationKind, int] = {}
    trials: list[Trial] = []
    skipped: list[str] = []
    for kind in kinds:
        rng = story_rng(seed, story.label, kind)
        candidates = [
            p for p in find_perturbations(readings, kind, rng) if not confounded(p, baseline)
        ]
        sites[kind] = len(candidates)
        for perturbation in choose(candidates, per_kind, rng):
            index = next(i for i, r in enumerate(readings) if r.id == perturbation.article_id)
            try:
                article = perturbed_article(readings[index].article, perturbation)
            except ValueError as exc:
                skipped.append(f"{kind}: {exc}")
                continue
            changed = (*readings[:index], stages.read(article), *readings[index + 1 :])
            analysis = stages.compare(Story(story.label, changed))
            score = score_trial(baseline, analysis.conflicts, perturbation)
            trials.append(Trial(perturbation, score, is_comparable(perturbation, profiles)))
    return StoryRun(
        label=story.label,
        articles=len(readings),
        baseline=tuple(digest(c) for c in baseline),
        sites=sites,
        trials=tuple(trials),
        skipped=tuple(skipped),
    )


def evaluate_stories(
    stories: Iterable[LabelledStory],
    *,
    seed: int = 0,
    kinds: Sequence[PerturbationKind] = KINDS,
    per_kind: int = 1,
    pipeline: Pipeline | None = None,
) -> Iterator[StoryRun]:
    """:func:`evaluate_story` for each story, in order."""
    for story in stories:
        yield evaluate_story(story, seed=seed, kinds=kinds, per_kind=per_kind, pipeline=pipeline)


# --- aggregating ------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class KindRecall:
    kind: PerturbationKind
    trials: int
    hits: int
    article_hits: int
    stories_with_sites: int
    comparable: int = 0  # trials whose changed statement another article reports
    comparable_hits: int = 0

    @property
    def recall(self) -> float | None:
        return self.hits / self.trials if self.trials else None

    @property
    def comparable_recall(self) -> float | None:
        return self.comparable_hits / self.comparable if self.comparable else None


@dataclass(frozen=True, slots=True)
class Totals:
    stories: int
    trials: int
    recall: tuple[KindRecall, ...]
    baseline_per_story: float  # conflicts found in unperturbed stories, per story
    false_alarms_per_trial: float  # new conflicts not covering the change, per perturbed run
    false_alarms_per_story: float  # per-story mean of the above, averaged over stories
    wrong_kind: int
    indirect: int = 0
    skipped: int = 0
    by_kind: dict[str, int] = field(default_factory=dict)  # baseline conflicts by kind


def totals(runs: Sequence[StoryRun], kinds: Sequence[PerturbationKind] = KINDS) -> Totals:
    """Recall per kind and false-alarm rates over ``runs``."""
    recall = []
    for kind in kinds:
        trials = [t for r in runs for t in r.trials if t.perturbation.kind == kind]
        recall.append(
            KindRecall(
                kind,
                len(trials),
                sum(t.score.hit for t in trials),
                sum(t.score.article_hit for t in trials),
                sum(1 for r in runs if r.sites.get(kind)),
                sum(t.comparable for t in trials),
                sum(t.comparable and t.score.hit for t in trials),
            )
        )
    all_trials = [t for r in runs for t in r.trials]
    alarms = [len(t.score.false_alarms) for t in all_trials]
    per_story = [
        sum(len(t.score.false_alarms) for t in r.trials) / len(r.trials) for r in runs if r.trials
    ]
    by_kind: dict[str, int] = {}
    for run in runs:
        for d in run.baseline:
            by_kind[d.kind] = by_kind.get(d.kind, 0) + 1
    return Totals(
        stories=len(runs),
        trials=len(all_trials),
        recall=tuple(recall),
        baseline_per_story=sum(len(r.baseline) for r in runs) / len(runs) if runs else 0.0,
        false_alarms_per_trial=sum(alarms) / len(alarms) if alarms else 0.0,
        false_alarms_per_story=sum(per_story) / len(per_story) if per_story else 0.0,
        wrong_kind=sum(len(t.score.wrong_kind) for t in all_trials),
        indirect=sum(len(t.score.indirect) for t in all_trials),
        skipped=sum(len(r.skipped) for r in runs),
        by_kind=dict(sorted(by_kind.items())),
    )


#: Recall each kind should reach, and the false alarms per story to stay under.
RECALL_TARGETS: dict[PerturbationKind, float] = {
    "figure": 0.9,
    "date": 0.9,
    "weekday": 0.9,
    "attribution": 0.7,
    "relation": 0.7,
    "negation": 0.7,
    "title": 0.7,
}
FALSE_ALARM_TARGET = 0.3
