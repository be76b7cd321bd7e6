"""A hand-built, fictional story analysis with every section filled (no pipeline needed).

The outlets, people and places are invented. One article carries hostile text (HTML, Markdown and
rich markup) so each renderer can be checked for escaping.
"""

from __future__ import annotations

import hashlib
from datetime import date

from newsprism.model import (
    Article,
    Conflict,
    Entity,
    Fact,
    Family,
    Framing,
    FramingTerm,
    Mention,
    Quantity,
    Quote,
    QuoteGroup,
    ReadArticle,
    Segment,
    Sentence,
    Span,
    Story,
    StoryAnalysis,
    SummarySentence,
    TimelineEvent,
    TimeRef,
    Variant,
    span_of,
)

HOSTILE = '<script>alert(1)</script> "><img src=x onerror=alert(2)> | [red]x[/red] **b** &amp;'

TEXT_A = (
    "Floodwater closed the port of Velmora on Tuesday, officials said.\n\n"
    'Harbour Master Ilse Quorant said "the north quay is gone" after the storm.\n\n'
    "At least 40 families were displaced, the city council said.\n\n"
    "Photo: a flooded quay."
)
TEXT_B = (
    "The port of Velmora shut on Tuesday after heavy rain.\n\n"
    "Some 55 families were displaced, according to the council.\n\n"
    'Quorant said "the north quay is gone" and asked for patience.'
)
TEXT_C = f"Velmora port reopened on Thursday. {HOSTILE} Locals said more help was needed."


def find(article: Article, needle: str, nth: int = 0) -> Span:
    start = -1
    for _ in range(nth + 1):
        start = article.text.index(needle, start + 1)
    return span_of(article.id, article.text, start, start + len(needle))


def make_article(aid: str, source: str, text: str, **kw: object) -> Article:
    raw = text.encode()
    return Article(
        id=aid,
        source=source,
        text=text,
        raw=raw,
        content_hash=hashlib.sha1(raw).hexdigest(),
        **kw,  # type: ignore[arg-type]
    )


def sentences_of(article: Article) -> tuple[Sentence, ...]:
    out: list[Sentence] = []
    pos = 0
    for i, part in enumerate(
        article.text.split("\n\n") if "\n\n" in article.text else [article.text]
    ):
        start = article.text.index(part, pos)
        pos = start + len(part)
        out.append(Sentence(article.id, start, pos, part, index=i, role=article.role_at(start)))
    return tuple(out)


def _mention(article: Article, surface: str, **kw: object) -> Mention:
    s = find(article, surface)
    return Mention(s.article_id, s.start, s.end, s.text, **kw)  # type: ignore[arg-type]


def build() -> StoryAnalysis:
    a = make_article(
        "a1",
        "Harbor Gazette",
        TEXT_A,
        title="Port of Velmora closed by flood",
        url="https://gazette.example/velmora",
        published=date(2031, 3, 6),
        wire=("Example Wire",),
        segments=(
            Segment(0, TEXT_A.index("Photo:"), "body"),
            Segment(TEXT_A.index("Photo:"), len(TEXT_A), "caption"),
        ),
    )
    b = make_article(
        "b2",
        "Northwind Post",
        TEXT_B,
        title="Velmora port | shut",
        path="stories/northwind.html",
    )
    c = make_article("c3", "Northwind Post", TEXT_C, title=HOSTILE, published=date(2031, 3, 8))

    tue = TimeRef(
        *_at(find(a, "on Tuesday")),
        resolved=date(2031, 3, 4),
        method="weekday",
    )
    mismatch = TimeRef(
        *_at(find(b, "on Tuesday")),
        resolved=date(2031, 3, 4),
        method="weekday",
        weekday_mismatch="4 Mar 2031 was a Tuesday, not a Monday",
    )
    ra = ReadArticle(
        article=a,
        sentences=sentences_of(a),
        mentions=(
            _mention(a, "Velmora", kind="place", name="Velmora"),
            _mention(
                a,
                "Ilse Quorant",
                kind="person",
                name="Ilse Quorant",
                role="Harbour Master",
                sentence=1,
            ),
        ),
        quantities=(
            Quantity(
                *_at(find(a, "At least 40 families")),
                value=40.0,
                qualifier="at-least",
                counts="families",
                verb="displaced",
                sentence=2,
            ),
        ),
        timerefs=(tue,),
        quotes=(
            Quote(
                *_at(find(a, "the north quay is gone")),
                speaker="Ilse Quorant",
                attribution="said",
                sentence=1,
            ),
        ),
        published=date(2031, 3, 6),
    )
    rb = ReadArticle(
        article=b,
        sentences=sentences_of(b),
        mentions=(_mention(b, "Quorant", kind="person", name="Quorant", sentence=2),),
        quantities=(
            Quantity(
                *_at(find(b, "Some 55 families")),
                value=55.0,
                qualifier="approximately",
                counts="families",
                verb="displaced",
                sentence=1,
            ),
        ),
        timerefs=(mismatch,),
        quotes=(
            Quote(
                *_at(find(b, "the north quay is gone")),
                speaker="Quorant",
                attribution="said",
                sentence=2,
            ),
        ),
        published=date(2031, 3, 5),
        published_estimated=True,
    )
    rc = ReadArticle(
        article=c,
        sentences=sentences_of(c),
        mentions=(_mention(c, "<script>", kind="other", name="<script>"),),
        published=date(2031, 3, 8),
    )
    story = Story(
        id="s-velmora",
        articles=(ra, rb, rc),
        families=(Family("f1", "a1", ("a1",)), Family("f2", "b2", ("b2", "c3"))),
        label="Velmora port flood",
    )
    closed_a = ra.sentences[0]
    closed_b = rb.sentences[0]
    fact = Fact(
        id="fact-1",
        text=closed_a.text,
        evidence=(_plain(closed_a), _plain(closed_b)),
        articles=("a1", "b2"),
        sources=("Harbor Gazette", "Northwind Post"),
        independent_sources=2,
        entities=("e-velmora",),
    )
    hostile_fact = Fact(
        id="fact-2",
        text=HOSTILE,
        evidence=(find(c, HOSTILE),),
        articles=("c3",),
        sources=("Northwind Post",),
        independent_sources=1,
    )
    conflict = Conflict(
        id="conflict-1",
        kind="figure",
        subject="families displaced",
        explanation="Harbor Gazette reports at least 40 families; Northwind Post about 55.",
        variants=(
            Variant("at least 40", ("a1",), (find(a, "At least 40 families"),)),
            Variant("about 55", ("b2",), (find(b, "Some 55 families"),)),
            Variant(HOSTILE, ("c3",), (find(c, HOSTILE),)),
        ),
        severity="spread",
    )
    return StoryAnalysis(
        story=story,
        entities=(
            Entity(
                "e-quorant",
                "Ilse Quorant",
                "person",
                ("Quorant",),
                ("Harbour Master",),
                (ra.mentions[1], rb.mentions[0]),
            ),
            Entity("e-velmora", "Velmora", "place", (), (), (ra.mentions[0],)),
        ),
        facts=(fact, hostile_fact),
        conflicts=(conflict,),
        quotes=(
            QuoteGroup(
                "quote-1",
                "the north quay is gone",
                "Ilse Quorant",
                ("a1", "b2"),
                (
                    Variant(
                        "the north quay is gone",
                        ("a1", "b2"),
                        (_plain(ra.quotes[0]), _plain(rb.quotes[0])),
                    ),
                ),
            ),
        ),
        timeline=(
            TimelineEvent(date(2031, 3, 4), closed_a.text, ("a1", "b2"), (_plain(tue),), "weekday"),
            TimelineEvent(date(2031, 3, 6), HOSTILE, ("c3",), (find(c, HOSTILE),), "explicit"),
        ),
        framing=(
            Framing(
                "the flood",
                "Harbor Gazette",
                (FramingTerm("Floodwater", 1, (find(a, "Floodwater"),)),),
            ),
            Framing(
                "the flood",
                "Northwind Post",
                (FramingTerm("heavy rain", 1, (find(b, "heavy rain"),)),),
            ),
        ),
        voices=(("Harbor Gazette", ("Ilse Quorant",)), ("Northwind Post", ("Quorant", HOSTILE))),
        summary=(
            SummarySentence(
                closed_a.text,
                ("a1", "b2"),
                ("Harbor Gazette", "Northwind Post"),
                (_plain(closed_a), _plain(closed_b)),
            ),
            SummarySentence(HOSTILE, ("c3",), ("Northwind Post",), (find(c, HOSTILE),)),
        ),
        only=(("Northwind Post", (hostile_fact,)),),
    )


def _at(span: Span) -> tuple[str, int, int, str]:
    return span.article_id, span.start, span.end, span.text


def _plain(span: Span) -> Span:
    return Span(span.article_id, span.start, span.end, span.text)
