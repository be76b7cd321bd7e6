"""The data model shared by every stage: articles, what was read in them, and story analyses.

Every derived item carries provenance: the id of the article it came from and a character span
``[start, end)`` into that article's ``text``. Spans keep their surface ``text`` too, and refuse to
be built when the surface does not have the span's length, so a report can always show the exact
source words. Objects are frozen; stages build new ones instead of mutating.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field
from datetime import date
from itertools import pairwise
from typing import Literal, TypeVar

SegmentRole = Literal["body", "title", "caption", "update-note", "credit", "boilerplate"]
EntityKind = Literal["person", "place", "organisation", "nationality", "other"]
Qualifier = Literal[
    "exact", "approximately", "at-least", "more-than", "at-most", "less-than", "up-to", "range"
]
TimeGranularity = Literal["day", "month", "year", "decade"]
TimeMethod = Literal[
    "explicit",  # "Oct. 22, 2020", "2020-10-22", "22 October 2020"
    "explicit-no-year",  # "October 22": year from the publication date
    "weekday",  # "on Thursday": the latest such weekday on or before publication
    "relative",  # "yesterday", "last week", "the day before"
    "coarse",  # "in 1992", "in the 1990s", "in October 2020"
]
QuoteKind = Literal["direct", "partial"]
ConflictKind = Literal["figure", "date", "weekday", "attribution", "claim", "role"]
ConflictSeverity = Literal["contradiction", "spread"]

SEGMENT_ROLES: tuple[SegmentRole, ...] = (
    "body",
    "title",
    "caption",
    "update-note",
    "credit",
    "boilerplate",
)


@dataclass(frozen=True, slots=True)
class Span:
    """A stretch of one article's text: ``text == article.text[start:end]``."""

    article_id: str
    start: int
    end: int
    text: str

    def __post_init__(self) -> None:
        if self.start < 0 or self.end < self.start:
            raise ValueError(f"bad span [{self.start}, {self.end}) in article {self.article_id}")
        if len(self.text) != self.end - self.start:
            raise ValueError(
                f"span [{self.start}, {self.end}) in article {self.article_id} has surface "
                f"of length {len(self.text)}"
            )

    def as_evidence(self) -> Span:
        """The same stretch as a plain :class:`Span` (a sentence or mention cited as evidence)."""
        return Span(self.article_id, self.start, self.end, self.text)


def span_of(article_id: str, text: str, start: int, end: int) -> Span:
    """Build a :class:`Span` by slicing ``text`` (the article's text)."""
    if end > len(text):
        raise ValueError(f"span end {end} beyond text of article {article_id} ({len(text)})")
    return Span(article_id, start, end, text[start:end])


@dataclass(frozen=True, slots=True)
class Segment:
    """A part of an article's text with a role: body text, or a part that is not body."""

    start: int
    end: int
    role: SegmentRole


@dataclass(frozen=True, slots=True)
class Article:
    """One article as ingested. ``raw`` is the input exactly as received; ``text`` the body."""

    id: str
    source: str
    text: str
    raw: bytes = field(repr=False)
    content_hash: str
    title: str | None = None
    url: str | None = None
    path: str | None = None
    published: date | None = None
    language: str = "en"
    segments: tuple[Segment, ...] = ()
    wire: tuple[str, ...] = ()

    def role_at(self, offset: int) -> SegmentRole:
        """The role of the segment holding ``offset`` ("body" when no segment covers it)."""
        for seg in self.segments:
            if seg.start <= offset < seg.end:
                return seg.role
        return "body"


@dataclass(frozen=True, slots=True)
class Sentence(Span):
    index: int = 0
    role: SegmentRole = "body"


@dataclass(frozen=True, slots=True)
class Mention(Span):
    """A name in the text. ``name`` is the fullest form known in the article (surname-only
    mentions are linked to the full name); ``role`` is a title such as "Foreign Minister"."""

    kind: EntityKind = "other"
    name: str = ""
    role: str | None = None
    sentence: int = 0


@dataclass(frozen=True, slots=True)
class Quantity(Span):
    """A number and what it counts, e.g. "more than 700 Armenia-backed soldiers" (died)."""

    value: float | None = None
    low: float | None = None
    high: float | None = None
    qualifier: Qualifier = "exact"
    counts: str | None = None  # the counted noun phrase head, e.g. "soldiers", "civilians"
    verb: str | None = None  # normalised event verb, e.g. "killed", "wounded", "displaced"
    owner: str | None = None  # whose: "Armenian", "Azerbaijan"...
    unit: str | None = None  # "%", "$", "km"... when the number is a measure, not a count
    sentence: int = 0


@dataclass(frozen=True, slots=True)
class TimeRef(Span):
    """A reference to a time, resolved to a day (or a range for coarse references)."""

    resolved: date | None = None
    resolved_end: date | None = None  # last day of a coarse range ("in the 1990s")
    granularity: TimeGranularity = "day"
    method: TimeMethod = "explicit"
    weekday_mismatch: str | None = None  # e.g. "22 Oct 2020 was a Thursday, not a Tuesday"
    sentence: int = 0


@dataclass(frozen=True, slots=True)
class Quote(Span):
    """Quoted words (the span excludes the quote marks) and who said them."""

    speaker: str | None = None  # the speaker's fullest name in the article, or an organisation
    speaker_start: int | None = None  # span of the words naming the speaker (name or pronoun)
    speaker_end: int | None = None
    attribution: str | None = None  # "said", "told Nikkei", "according to"...
    kind: QuoteKind = "direct"
    sentence: int = 0


SpanT = TypeVar("SpanT", bound=Span)


def _by_start(items: tuple[SpanT, ...]) -> tuple[SpanT, ...]:
    if all(a.start <= b.start for a, b in pairwise(items)):
        return items
    return tuple(sorted(items, key=lambda item: item.start))


def starting_in(items: tuple[SpanT, ...], start: int, end: int) -> tuple[SpanT, ...]:
    """The items of a :class:`ReadArticle` (sorted by start) that start in ``[start, end)``:
    those of one sentence, found by bisection."""
    low = bisect_left(items, start, key=lambda item: item.start)
    high = bisect_left(items, end, lo=low, key=lambda item: item.start)
    return items[low:high]


@dataclass(frozen=True, slots=True)
class ReadArticle:
    """An article and everything read in it (the reading stage's output, like a spaCy Doc).

    Its sentences, mentions, quantities, time references and quotes are kept in order of
    their start, so :func:`starting_in` finds those of a sentence quickly.
    """

    article: Article
    sentences: tuple[Sentence, ...] = ()
    mentions: tuple[Mention, ...] = ()
    quantities: tuple[Quantity, ...] = ()
    timerefs: tuple[TimeRef, ...] = ()
    quotes: tuple[Quote, ...] = ()
    published: date | None = None  # article.published, or an estimate from the text
    published_estimated: bool = False

    def __post_init__(self) -> None:
        for name in ("sentences", "mentions", "quantities", "timerefs", "quotes"):
            object.__setattr__(self, name, _by_start(getattr(self, name)))

    @property
    def id(self) -> str:
        return self.article.id

    @property
    def source(self) -> str:
        return self.article.source

    def sentence_evidence(self, start: int, end: int | None = None) -> Span:
        """The sentence holding offset ``start``, as evidence (a plain :class:`Span`); when no
        sentence holds it, the span ``[start, end)`` itself."""
        index = bisect_left(self.sentences, start + 1, key=lambda s: s.start) - 1
        if index >= 0 and start < self.sentences[index].end:
            return self.sentences[index].as_evidence()
        stop = start if end is None else end
        return span_of(self.article.id, self.article.text, start, stop)


# --- Stories and their comparison -------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Family:
    """Syndicated near-copies of one text (e.g. one wire story reprinted): one voice."""

    id: str
    origin: str  # article id of the earliest copy, or the one crediting the wire
    members: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Story:
    id: str
    articles: tuple[ReadArticle, ...]
    families: tuple[Family, ...] = ()
    label: str = ""


@dataclass(frozen=True, slots=True)
class Entity:
    """One person/place/organisation across outlets, with every mention of it."""

    id: str
    name: str
    kind: EntityKind
    aliases: tuple[str, ...]
    roles: tuple[str, ...]
    mentions: tuple[Mention, ...]


@dataclass(frozen=True, slots=True)
class Fact:
    """A statement aligned across articles; ``evidence`` holds one sentence per supporting
    article. ``independent_sources`` counts syndication families, not copies."""

    id: str
    text: str
    evidence: tuple[Span, ...]
    articles: tuple[str, ...]
    sources: tuple[str, ...]
    independent_sources: int
    entities: tuple[str, ...] = ()  # entity ids
    # articles aligned with the fact whose version stands on another side of a conflict about
    # it ("40 missing" against the fact's "38 missing"); not counted in independent_sources
    disputed_by: tuple[str, ...] = ()

    @property
    def single_source(self) -> bool:
        return self.independent_sources <= 1


@dataclass(frozen=True, slots=True)
class Variant:
    """One of the values reported for a conflicting item, with who reports it and where."""

    value: str
    articles: tuple[str, ...]
    evidence: tuple[Span, ...]


@dataclass(frozen=True, slots=True)
class Conflict:
    id: str
    kind: ConflictKind
    subject: str
    explanation: str
    variants: tuple[Variant, ...]
    severity: ConflictSeverity = "contradiction"


@dataclass(frozen=True, slots=True)
class QuoteGroup:
    """One quote across outlets: its words, speaker, the articles carrying it, their wordings."""

    id: str
    text: str
    speaker: str | None
    articles: tuple[str, ...]
    variants: tuple[Variant, ...]


@dataclass(frozen=True, slots=True)
class TimelineEvent:
    date: date
    text: str
    articles: tuple[str, ...]
    evidence: tuple[Span, ...]
    method: TimeMethod
    granularity: TimeGranularity = "day"


@dataclass(frozen=True, slots=True)
class FramingTerm:
    term: str
    count: int
    evidence: tuple[Span, ...]


@dataclass(frozen=True, slots=True)
class Framing:
    """How one outlet refers to a subject of the story, and whose voices it quotes."""

    subject: str
    source: str
    terms: tuple[FramingTerm, ...]


@dataclass(frozen=True, slots=True)
class SummarySentence:
    text: str
    articles: tuple[str, ...]
    sources: tuple[str, ...]
    evidence: tuple[Span, ...]


@dataclass(frozen=True, slots=True)
class StoryAnalysis:
    story: Story
    entities: tuple[Entity, ...] = ()
    facts: tuple[Fact, ...] = ()
    conflicts: tuple[Conflict, ...] = ()
    quotes: tuple[QuoteGroup, ...] = ()
    timeline: tuple[TimelineEvent, ...] = ()
    framing: tuple[Framing, ...] = ()
    voices: tuple[tuple[str, tuple[str, ...]], ...] = ()  # (source, speakers it quotes)
    summary: tuple[SummarySentence, ...] = ()
    only: tuple[tuple[str, tuple[Fact, ...]], ...] = ()  # (source, facts only it reports)
