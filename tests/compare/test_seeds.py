"""Acceptance of the comparison on the four real seed reports (skipped without ../shared)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from newsprism import analyze
from newsprism.model import StoryAnalysis


@pytest.fixture(scope="module")
def analysis(seeds_dir: Path) -> StoryAnalysis:
    return analyze(sorted(str(p) for p in seeds_dir.glob("*.txt")))


def source_of(analysis: StoryAnalysis) -> dict[str, str]:
    return {r.id: r.source[:3] for r in analysis.story.articles}


def entity_named(analysis: StoryAnalysis, name: str):  # type: ignore[no-untyped-def]
    matches = [e for e in analysis.entities if name in e.aliases or e.name == name]
    assert len(matches) == 1, f"{name}: {[e.name for e in matches]}"
    return matches[0]


def test_transliteration_variants_are_one_entity(analysis: StoryAnalysis) -> None:
    for a, b in [
        ("Nikol Pashinyan", "Nikol Pashinian"),
        ("Zohrab Mnatsakanyan", "Zohrab Mnatsakanian"),
        ("Jeyhun Bayramov", "Ceyhun Bayramov"),
    ]:
        assert entity_named(analysis, a) is entity_named(analysis, b)


def test_aliyev_is_one_entity_across_all_four(analysis: StoryAnalysis) -> None:
    aliyev = entity_named(analysis, "Ilham Aliyev")
    assert len({m.article_id for m in aliyev.mentions}) == 4


def test_demonyms_point_to_their_country(analysis: StoryAnalysis) -> None:
    azerbaijan = entity_named(analysis, "Azerbaijan")
    assert {"Azeri", "Azerbaijani"} <= set(azerbaijan.aliases)


def corroborated(analysis: StoryAnalysis, *words: str) -> bool:
    return any(
        f.independent_sources >= 3 and all(w in " ".join(e.text for e in f.evidence) for w in words)
        for f in analysis.facts
    )


def test_facts_supported_by_three_or_more_outlets(analysis: StoryAnalysis) -> None:
    assert corroborated(analysis, "Pompeo", "Washington")
    assert corroborated(analysis, "27")
    assert corroborated(analysis, "5,000")
    assert corroborated(analysis, "very remote")


def test_armenian_military_toll_is_a_spread(analysis: StoryAnalysis) -> None:
    figures = [c for c in analysis.conflicts if c.kind == "figure"]
    toll = [c for c in figures if any("897" in v.value for v in c.variants)]
    assert len(toll) == 1
    assert toll[0].severity == "spread"
    assert any("700" in v.value for v in toll[0].variants)
    assert not any("5,000" in v.value for c in figures for v in c.variants)


def test_turkey_claim_is_flagged(analysis: StoryAnalysis) -> None:
    claims = [c for c in analysis.conflicts if c.kind == "claim" and "Turkey" in c.subject]
    assert claims
    values = {v.value for v in claims[0].variants}
    assert any("Armenia" in v for v in values) and any("Azerbaijan" in v for v in values)


def test_caption_weekday_mismatch_is_flagged(analysis: StoryAnalysis) -> None:
    weekdays = [c for c in analysis.conflicts if c.kind == "weekday"]
    assert any("Tuesday, Oct. 22, 2020" in c.subject for c in weekdays)


def test_no_false_conflicts_on_known_agreements(analysis: StoryAnalysis) -> None:
    for conflict in analysis.conflicts:
        evidence = " ".join(e.text for v in conflict.variants for e in v.evidence)
        assert not ("1990s" in evidence and "1992" in evidence), conflict.explanation
        if conflict.kind == "attribution":
            assert "escalate" not in evidence, conflict.explanation
        # Aliyev spoke to one paper on Wednesday, the interview was published on Thursday
        assert not (conflict.kind == "date" and "very remote" in evidence), conflict.explanation


def test_quotes_carried_by_two_outlets(analysis: StoryAnalysis) -> None:
    hope = [q for q in analysis.quotes if q.text.startswith("I very much hope")]
    assert len(hope) == 1 and len(hope[0].articles) == 2
    assert hope[0].speaker == "Vladimir Putin"
    path = [q for q in analysis.quotes if "right path forward is to cease" in q.text]
    assert len(path) == 1 and len(path[0].articles) == 2
    assert path[0].speaker == "Mike Pompeo"
    assert len(path[0].variants) == 2  # "deescalate" and "de-escalate" wordings


def test_timeline_in_order(analysis: StoryAnalysis) -> None:
    def day_of(*words: str) -> date:
        return next(
            e.date
            for e in analysis.timeline
            if all(w in " ".join(x.text for x in e.evidence) for w in words)
        )

    assert day_of("27") == date(2020, 9, 27)
    assert day_of("Pashinian", "diplomatic") == date(2020, 10, 21)
    assert day_of("5,000") == date(2020, 10, 22)
    assert day_of("26 more") == date(2020, 10, 22)
    assert day_of("Pompeo", "Washington") == date(2020, 10, 23)
    days = [e.date for e in analysis.timeline]
    assert days == sorted(days)


def test_framing_of_nagorno_karabakh(analysis: StoryAnalysis) -> None:
    terms = {t.term for f in analysis.framing if f.subject == "Nagorno-Karabakh" for t in f.terms}
    assert len(terms) >= 4, terms
    assert {"separatist region", "breakaway region", "disputed region"} <= terms


def test_summary_cites_real_body_sentences(analysis: StoryAnalysis) -> None:
    by_id = {r.id: r for r in analysis.story.articles}
    assert 3 <= len(analysis.summary) <= 6
    for sentence in analysis.summary:
        assert sentence.evidence
        for span in sentence.evidence:
            article = by_id[span.article_id].article
            assert article.text[span.start : span.end] == span.text
            assert article.role_at(span.start) == "body"
        assert any(sentence.text == span.text for span in sentence.evidence)
