"""Scoring perturbed runs: hits, misses, false alarms and wrong kinds on constructed analyses."""

from __future__ import annotations

import re
from datetime import date

from newsprism.evaluate.conflicts import (
    Pipeline,
    confounded,
    digest,
    evaluate_story,
    score_trial,
    totals,
)
from newsprism.evaluate.edit import Perturbation
from newsprism.evaluate.stories import LabelledStory
from newsprism.ingest import build_article
from newsprism.model import (
    Article,
    Conflict,
    ConflictKind,
    Quantity,
    ReadArticle,
    Sentence,
    Span,
    Story,
    StoryAnalysis,
    Variant,
)

TEXT_A = "Storms hit Lune on Monday.\nRescuers said 140 people were evacuated."
# The figure "140" sits at 41..44 of article a; the change makes it "95" (one shorter).
CHANGE = Perturbation("figure", "a", 41, 44, "140", "95", "140 → 95")


def _span(article_id: str, start: int, end: int) -> Span:
    return Span(article_id, start, end, "x" * (end - start))


def _conflict(kind: ConflictKind, *variants: tuple[str, tuple[int, int]]) -> Conflict:
    return Conflict(
        id="",
        kind=kind,
        subject=f"{kind} subject",
        explanation="",
        variants=tuple(
            Variant(value=aid, articles=(aid,), evidence=(_span(aid, *where),))
            for aid, where in variants
        ),
    )


def test_a_new_conflict_of_the_right_kind_on_the_change_is_a_hit() -> None:
    baseline = [_conflict("date", ("b", (0, 30)), ("c", (0, 20)))]
    perturbed = [
        *baseline,
        _conflict("figure", ("a", (27, 66)), ("b", (31, 70))),  # the changed sentence of a
    ]
    score = score_trial(baseline, perturbed, CHANGE)
    assert score.hit and score.article_hit
    assert [d.kind for d in score.caused] == ["figure"]
    assert score.false_alarms == () and score.wrong_kind == ()


def test_no_new_conflict_is_a_miss() -> None:
    baseline = [_conflict("figure", ("b", (0, 30)), ("c", (0, 20)))]
    score = score_trial(baseline, list(baseline), CHANGE)
    assert not score.hit and not score.article_hit
    assert score.caused == score.false_alarms == ()


def test_a_baseline_conflict_with_shifted_spans_is_not_new() -> None:
    # a's first sentence (0..26) is before the change; a span after it moves by the delta (-1)
    baseline = [_conflict("date", ("a", (45, 66)), ("b", (0, 10)))]
    perturbed = [_conflict("date", ("a", (44, 65)), ("b", (0, 10)))]
    assert digest(perturbed[0], CHANGE).key == digest(baseline[0]).key
    score = score_trial(baseline, perturbed, CHANGE)
    assert score.false_alarms == () and not score.hit


def test_a_new_conflict_away_from_the_change_and_its_article_is_a_false_alarm() -> None:
    perturbed = [
        _conflict("figure", ("a", (27, 66)), ("b", (31, 70))),
        _conflict("claim", ("b", (0, 26)), ("c", (0, 26))),
        _conflict("claim", ("a", (0, 26)), ("c", (0, 26))),  # a's untouched first sentence
    ]
    score = score_trial([], perturbed, CHANGE)
    assert score.hit
    assert [d.articles for d in score.false_alarms] == [("b", "c")]
    assert [d.articles for d in score.indirect] == [("a", "c")]


def test_a_baseline_conflict_losing_the_changed_article_is_reshaped_not_new() -> None:
    baseline = [_conflict("figure", ("a", (27, 67)), ("b", (0, 9)), ("c", (0, 9)))]
    perturbed = [_conflict("figure", ("b", (0, 9)), ("c", (0, 9)))]
    score = score_trial(baseline, perturbed, CHANGE)
    assert score.false_alarms == () and len(score.indirect) == 1 and not score.hit


def test_a_conflict_of_another_kind_on_the_change_is_wrong_kind_not_a_hit() -> None:
    perturbed = [_conflict("role", ("a", (27, 66)), ("b", (0, 9)))]
    score = score_trial([], perturbed, CHANGE)
    assert not score.hit and not score.article_hit
    assert [d.kind for d in score.wrong_kind] == ["role"]
    assert score.false_alarms == ()


def test_listing_the_article_without_covering_evidence_is_a_loose_hit_and_indirect() -> None:
    perturbed = [_conflict("figure", ("a", (0, 26)), ("b", (0, 9)))]
    score = score_trial([], perturbed, CHANGE)
    assert not score.hit and score.article_hit
    assert len(score.indirect) == 1 and score.false_alarms == ()


def test_a_conflict_naming_the_replacement_is_indirect_not_a_false_alarm() -> None:
    given = Perturbation("attribution", "a", 0, 6, "Storms", "Oskar Brandt", "")
    named = Conflict(
        "", "role", "Oskar Brandt", "", (Variant("mayor", ("b",), (_span("b", 0, 9),)),)
    )
    other = Conflict(
        "", "role", "Ilka Varros", "", (Variant("mayor", ("b",), (_span("b", 0, 9),)),)
    )
    score = score_trial([], [named, other], given)
    assert [d.subject for d in score.indirect] == ["Oskar Brandt"]
    assert [d.subject for d in score.false_alarms] == ["Ilka Varros"]


def _figures(*values: str) -> Conflict:
    """A figure conflict whose first variant cites the changed sentence of a."""
    spans = ((27, 66), (0, 9))
    return Conflict(
        id="",
        kind="figure",
        subject="people evacuated",
        explanation="",
        variants=tuple(
            Variant(value, (aid,), (_span(aid, *where),))
            for value, aid, where in zip(values, ("a", "b"), spans, strict=True)
        ),
    )


def test_a_place_in_a_baseline_conflict_of_the_expected_kind_is_confounded() -> None:
    assert confounded(CHANGE, [_figures("140 people", "90 people")])
    assert confounded(CHANGE, [_figures("one hundred and forty", "90 people")])
    # a conflict about another figure of the same sentence leaves the place free
    assert not confounded(CHANGE, [_figures("3 boats", "5 boats")])
    assert not confounded(CHANGE, [_conflict("claim", ("a", (27, 66)), ("b", (0, 9)))])
    assert not confounded(CHANGE, [_conflict("figure", ("a", (0, 26)), ("b", (0, 9)))])


# --- the runner, with a toy pipeline: numbers before "people" are figures, and differing
# figures across articles make one conflict.

_PEOPLE = re.compile(r"(\d+) people")


def _toy_read(article: Article) -> ReadArticle:
    sentences, offset = [], 0
    for index, line in enumerate(article.text.split("\n")):
        sentences.append(Sentence(article.id, offset, offset + len(line), line, index=index))
        offset += len(line) + 1
    quantities = tuple(
        Quantity(
            article.id,
            m.start(),
            m.end(),
            m.group(),
            value=float(m.group(1)),
            counts="people",
            verb="evacuated",
        )
        for m in _PEOPLE.finditer(article.text)
    )
    return ReadArticle(article, sentences=tuple(sentences), quantities=quantities)


def _toy_compare(story: Story) -> StoryAnalysis:
    by_value: dict[float, list[tuple[ReadArticle, Span]]] = {}
    for reading in story.articles:
        for q in reading.quantities:
            sentence = next(s for s in reading.sentences if s.start <= q.start < s.end)
            span = Span(reading.id, sentence.start, sentence.end, sentence.text)
            by_value.setdefault(q.value or 0.0, []).append((reading, span))
    if len(by_value) < 2:
        return StoryAnalysis(story=story)
    variants = tuple(
        Variant(str(value), tuple(sorted({r.id for r, _ in items})), tuple(s for _, s in items))
        for value, items in sorted(by_value.items())
    )
    return StoryAnalysis(story=story, conflicts=(Conflict("C1", "figure", "people", "", variants),))


def _article(article_id: str, text: str) -> Article:
    return build_article(
        text.encode(), text, source=f"{article_id}.example", article_id=article_id,
        published=date(2031, 3, 14),
    )  # fmt: skip


def test_evaluate_story_runs_baseline_and_one_trial_per_kind_with_sites() -> None:
    story = LabelledStory(
        "lune-storm",
        (
            _article("a", TEXT_A),
            _article("b", "Officials in Lune said 140 people were evacuated overnight."),
        ),
    )
    pipeline = Pipeline(_toy_read, _toy_compare)
    run = evaluate_story(story, seed=4, kinds=("figure", "date"), pipeline=pipeline)
    assert run.baseline == ()
    assert run.sites == {"figure": 2, "date": 0}
    (trial,) = run.trials
    assert trial.perturbation.kind == "figure" and trial.perturbation.original == "140"
    assert trial.score.hit and trial.score.false_alarms == ()
    again = evaluate_story(story, seed=4, kinds=("figure", "date"), pipeline=pipeline)
    assert again == run
    result = totals([run], ("figure", "date"))
    assert [(r.kind, r.trials, r.hits) for r in result.recall] == [("figure", 1, 1), ("date", 0, 0)]
    assert result.recall[0].recall == 1.0 and result.recall[1].recall is None
    assert result.false_alarms_per_story == 0.0 and result.baseline_per_story == 0.0


def test_each_kind_draws_its_own_random_choices() -> None:
    # the trials of one kind do not depend on which kinds run before it
    story = LabelledStory(
        "lune-storm",
        (
            _article("a", TEXT_A),
            *(
                _article(aid, f"Officials in Lune said 140 people were evacuated {when}.")
                for aid, when in (("b", "overnight"), ("c", "by noon"), ("d", "on Monday"))
            ),
        ),
    )
    pipeline = Pipeline(_toy_read, _toy_compare)
    run = evaluate_story(story, seed=4, kinds=("figure", "figure"), pipeline=pipeline)
    assert run.sites == {"figure": 4}
    first, second = run.trials
    assert first.perturbation == second.perturbation
