"""The comparison on the bundled fictional stories, checked against their answer key."""

from __future__ import annotations

from functools import cache

from newsprism import analyze
from newsprism.model import Conflict, StoryAnalysis
from newsprism.samples import demo_dir, load_key


@cache
def story(name: str) -> StoryAnalysis:
    return analyze([str(demo_dir() / name)])


def planted(group: str, phenomena: tuple[str, ...] = ()) -> list[str]:
    return [
        p.phrase
        for p in load_key()
        if p.group == group and (not phenomena or p.phenomenon in phenomena)
    ]


def evidence_text(conflict: Conflict) -> str:
    return " ".join(span.text for variant in conflict.variants for span in variant.evidence)


def conflicts_citing(analysis: StoryAnalysis, kind: str, phrases: list[str]) -> list[Conflict]:
    return [
        c
        for c in analysis.conflicts
        if c.kind == kind and sum(p in evidence_text(c) for p in phrases) >= 2
    ]


def test_quote_given_to_two_speakers_is_an_attribution_conflict() -> None:
    for name, group in [
        ("sarn-valley-talks", "sarn-surrender"),
        ("vasso-governor-ruling", "vasso-move-on"),
    ]:
        (conflict,) = conflicts_citing(story(name), "attribution", planted(group))
        assert len(conflict.variants) == 2
        assert len({a for v in conflict.variants for a in v.articles}) == 2


def test_the_ferry_dated_two_ways_is_a_date_conflict() -> None:
    # "overturned late on Friday, Oct. 3" / "capsized on the night of 4 October": no words in
    # common but the happening and the island
    analysis = story("corran-star-ferry")
    (conflict,) = conflicts_citing(analysis, "date", planted("ferry-capsize-date"))
    assert [v.value[:10] for v in conflict.variants] == ["2025-10-03", "2025-10-04"]
    # and no other date conflict in the story: "38 remained missing on Sunday" is a state
    assert [c for c in analysis.conflicts if c.kind == "date"] == [conflict]


def test_one_group_backing_two_candidates_is_a_claim_conflict() -> None:
    analysis = story("vasso-governor-ruling")
    (conflict,) = conflicts_citing(analysis, "claim", planted("vasso-farmers"))
    values = " ".join(v.value for v in conflict.variants)
    assert "Marsh" in values and "Lind" in values


def test_spelling_variants_merge_and_namesakes_stay_apart() -> None:
    sarn = story("sarn-valley-talks")
    haddara = [e for e in sarn.entities if {"Yusuf Haddara", "Yousef Haddara"} & set(e.aliases)]
    assert len(haddara) == 1
    assert {"Yusuf Haddara", "Yousef Haddara"} <= {*haddara[0].aliases, haddara[0].name}
    quake = story("ostrelle-quake-sept14")
    vargas = {e.name for e in quake.entities if e.kind == "person" and "Varga" in e.name}
    assert {"Ilse Varga", "Miklos Varga"} <= vargas


def test_caption_weekday_mismatch_in_an_html_figcaption() -> None:
    weekdays = [c for c in story("ostrelle-quake-sept14").conflicts if c.kind == "weekday"]
    assert any("Sept. 15, 2025" in c.subject for c in weekdays)


def test_framing_terms_per_outlet() -> None:
    framing = story("sarn-valley-talks").framing
    region = {t.term for f in framing if f.subject == "Sarn Valley" for t in f.terms}
    assert {"disputed region", "breakaway province", "occupied territory"} <= region
    groups = {t.term for f in framing if f.subject == "armed groups" for t in f.terms}
    assert {"rebels", "militia", "self-defence forces", "separatist fighters"} <= groups


AGREEING = ("figure-agreement", "quote-hyphen-variant", "date-coarse-vs-precise", "date-coarse")


def test_agreements_are_not_conflicts() -> None:
    """Phrases that agree may sit in one variant of a conflict, never on two sides of one."""
    for name, group in [
        ("ostrelle-quake-sept14", "sept14-injured"),
        ("corran-star-ferry", "ferry-rescued"),
        ("sarn-valley-talks", "sarn-deescalate"),
        ("vasso-governor-ruling", "vasso-direct-election"),
        ("corran-star-ferry", "ferry-built"),
    ]:
        phrases = planted(group, AGREEING)
        for conflict in story(name).conflicts:
            sides = [
                v
                for v in conflict.variants
                if any(p in span.text for p in phrases for span in v.evidence)
                and (conflict.kind != "figure" or any(v.value in p for p in phrases))
            ]
            assert len(sides) < 2, (group, conflict.explanation)


def test_every_output_item_points_into_its_article() -> None:
    analysis = story("corran-star-ferry")
    text_of = {r.id: r.article.text for r in analysis.story.articles}
    spans = [s for f in analysis.facts for s in f.evidence]
    spans += [s for c in analysis.conflicts for v in c.variants for s in v.evidence]
    spans += [s for q in analysis.quotes for v in q.variants for s in v.evidence]
    spans += [s for e in analysis.timeline for s in e.evidence]
    spans += [s for f in analysis.framing for t in f.terms for s in t.evidence]
    assert spans
    for span in spans:
        assert text_of[span.article_id][span.start : span.end] == span.text


def test_analysis_is_deterministic() -> None:
    first = analyze([str(demo_dir() / "vasso-governor-ruling")])
    second = analyze([str(demo_dir() / "vasso-governor-ruling")])
    assert first == second


# The answer key's phenomena that a conflict may rightly show.
CONFLICTING = frozenset(
    {
        "figure-contradiction",
        "figure-spread",
        "figure-update",
        "figure-different-scope",
        "syndication-changed-figure",
        "date-conflict",
        "weekday-mismatch",
        "role-conflict",
        "quote-attribution-conflict",
        "claim-opposite",
        "claim-backs-different",
    }
)


def test_every_conflict_in_the_samples_shows_something_planted() -> None:
    # the demo is the first thing a user sees: a conflict citing none of the planted
    # discrepancies would be a false alarm
    for directory in sorted(p for p in demo_dir().iterdir() if p.is_dir()):
        planted_here = [
            p.phrase
            for p in load_key()
            if p.story == directory.name and p.phenomenon in CONFLICTING
        ]
        for conflict in story(directory.name).conflicts:
            text = evidence_text(conflict)
            assert any(p in text for p in planted_here), (directory.name, conflict.explanation)
