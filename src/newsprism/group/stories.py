"""Online, time-aware story grouping: one pass over a stream of articles.

Each article becomes a sparse vector (:mod:`newsprism.group.features`) weighted by inverse
document frequency over the stream seen so far. It is compared with the centroids of the stories
that are active around its date (their date range widened by ``window_days``); it joins the most
similar one when the similarity clears ``threshold``, else it starts a new story. Similarity is
cosine minus a small penalty per day between the article and the story's date range, so two
events of the same kind a few days apart (three earthquakes in one province in a week) need more
shared specifics (places, figures, days) to be put together.

Candidates come from an inverted index over the stories' most weighted features, reading only
the most recent postings of each feature, so the cost per article stays bounded however long the
stream runs. Every ``merge_every`` articles, stories that changed are checked against their
candidates and merged when their centroids have drifted together.
"""

from __future__ import annotations

import hashlib
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

from newsprism.group.features import Features, article_features, estimate_day, lead_days
from newsprism.model import Article, ReadArticle

Item = ReadArticle | Article

QUERY_TERMS = 16  # the article's most weighted features used to find candidate stories
INDEX_TERMS = 24  # features of each joining article added to its story's postings
POSTINGS_READ = 32  # most recent stories read per posting list
MAX_CANDIDATES = 16  # stories scored in full per article
CENTROID_TERMS = 200  # features kept per story centroid (pruned when twice as many)
QUERY_WEIGHTS = 120  # an article's most weighted features used in similarities
IDF_PRIOR_DOCS = 50  # pseudo-documents lacking every term: keeps IDF sane early in a stream
_ONE_DAY = timedelta(days=1)


@dataclass(frozen=True, slots=True)
class StoryInfo:
    """A story found by the grouper: its articles (in arrival order), dates and a label."""

    id: str
    article_ids: tuple[str, ...]
    first: date | None
    last: date | None
    label: str


@dataclass(slots=True)
class _Story:
    id: str
    seq: int
    sums: dict[str, float] = field(default_factory=dict)
    members: list[str] = field(default_factory=list)
    first: date | None = None
    last: date | None = None
    indexed: set[str] = field(default_factory=set)
    lead_days: set[date] = field(default_factory=set)
    norm: float = 0.0
    norm_at: int = -1  # the IDF snapshot ``norm`` was computed with (-1: stale)
    dirty: bool = False
    alive: bool = True


def _day_of(item: Item) -> tuple[date | None, bool]:
    """The article's day and whether it is only an estimate."""
    if isinstance(item, ReadArticle):
        if item.published is not None:
            return item.published, item.published_estimated
        article = item.article
    else:
        article = item
    if article.published is not None:
        return article.published, False
    guess = estimate_day(article.text)
    return guess, guess is not None


def _story_id(article_id: str) -> str:
    return "story-" + hashlib.sha1(article_id.encode("utf-8")).hexdigest()[:12]


def _gap(day: date | None, story: _Story) -> int:
    """Days between ``day`` and the story's date range (0 inside it or when unknown)."""
    if day is None or story.first is None or story.last is None:
        return 0
    if day < story.first:
        return (story.first - day).days
    if day > story.last:
        return (day - story.last).days
    return 0


def _range_gap(a: _Story, b: _Story) -> int:
    """Days between two stories' date ranges (0 when they overlap or one is undated)."""
    if a.first is None or a.last is None or b.first is None or b.last is None:
        return 0
    return max(0, (b.first - a.last).days, (a.first - b.last).days)


class StoryGrouper:
    """Single-pass grouping of articles into stories.

    ``add`` returns the id of the story the article joined; a later merge may fold that story
    into another one, which :meth:`story_of` and :meth:`stories` reflect.
    """

    def __init__(
        self,
        window_days: int = 3,
        threshold: float = 0.15,
        day_penalty: float = 0.03,
        merge_threshold: float = 0.45,
        merge_every: int = 50,
        novel_day_penalty: float = 0.2,
    ) -> None:
        self.window_days = window_days
        self.threshold = threshold
        self.day_penalty = day_penalty
        self.merge_threshold = merge_threshold
        self.merge_every = merge_every
        self.novel_day_penalty = novel_day_penalty
        self._df: dict[str, int] = {}
        self._n = 0
        self._stories: dict[str, _Story] = {}
        self._postings: dict[str, list[str]] = {}
        self._alias: dict[str, str] = {}
        self._article_story: dict[str, str] = {}
        self._seq = 0
        self._idf_cache: dict[str, float] = {}
        self._idf_n = 0

    # --- weights ------------------------------------------------------------------------------

    def _refresh_idf(self) -> None:
        """Start a new IDF snapshot when the stream has grown by 1% since the last one (5% past
        2,000 articles, when weights have settled: story norms are recomputed per snapshot)."""
        if self._n > self._idf_n * (1.01 if self._n < 2000 else 1.05):
            self._idf_cache.clear()
            self._idf_n = self._n

    def _idf(self, key: str) -> float:
        """Inverse document frequency in the current snapshot (cached)."""
        value = self._idf_cache.get(key)
        if value is None:
            value = math.log((self._idf_n + IDF_PRIOR_DOCS) / (self._df.get(key, 0) + 0.5))
            self._idf_cache[key] = value
        return value

    def _weighted(self, feats: Features) -> Features:
        vec = {k: v * self._idf(k) for k, v in feats.items()}
        norm = math.sqrt(sum(x * x for x in vec.values())) or 1.0
        return {k: x / norm for k, x in vec.items()}

    def _centroid_norm(self, story: _Story) -> float:
        """Norm of the IDF-weighted centroid, recomputed when the IDF snapshot changed."""
        if story.norm_at != self._idf_n:
            idf = self._idf
            story.norm = math.sqrt(sum((v * idf(k)) ** 2 for k, v in story.sums.items()))
            story.norm_at = self._idf_n
        return story.norm or 1.0

    def _query(self, vec: Features) -> Features:
        """``vec`` multiplied by IDF once more, so a dot product with raw sums is a cosine."""
        idf = self._idf
        top = sorted(vec.items(), key=lambda kv: (-kv[1], kv[0]))[:QUERY_WEIGHTS]
        return {k: w * idf(k) for k, w in top}

    def _similarity(self, query: Features, story: _Story) -> float:
        """Cosine of an article (given as :meth:`_query`) with the story's weighted centroid."""
        sums = story.sums
        dot = 0.0
        for key, weight in query.items():
            value = sums.get(key)
            if value is not None:
                dot += weight * value
        return dot / self._centroid_norm(story)

    # --- stories ------------------------------------------------------------------------------

    def _resolve(self, story_id: str) -> str:
        while story_id in self._alias:
            story_id = self._alias[story_id]
        return story_id

    def _candidates(self, vec: Features, day: date | None, exclude: str = "") -> list[_Story]:
        hits: dict[str, float] = {}
        top = sorted(vec.items(), key=lambda kv: (-kv[1], kv[0]))[:QUERY_TERMS]
        for key, weight in top:
            for story_id in self._postings.get(key, ())[-POSTINGS_READ:]:
                hits[story_id] = hits.get(story_id, 0.0) + weight
        ranked = sorted(hits.items(), key=lambda kv: (-kv[1], kv[0]))
        found: list[_Story] = []
        seen: set[str] = {exclude}
        for story_id, _ in ranked:
            story = self._stories[self._resolve(story_id)]
            if story.id in seen or not story.alive:
                continue
            seen.add(story.id)
            if _gap(day, story) > self.window_days:
                continue
            found.append(story)
            if len(found) >= MAX_CANDIDATES:
                break
        return found

    def _absorb(self, story: _Story, raw: Features, index_keys: Iterable[str]) -> None:
        norm = math.sqrt(sum(x * x for x in raw.values())) or 1.0
        sums = story.sums
        fresh = story.norm_at == self._idf_n
        square = story.norm * story.norm
        idf = self._idf
        for key, value in raw.items():
            old = sums.get(key, 0.0)
            new = old + value / norm
            sums[key] = new
            if fresh:
                square += (new * new - old * old) * idf(key) ** 2
        story.norm = math.sqrt(max(square, 0.0))
        if len(sums) > CENTROID_TERMS * 2:
            kept = sorted(sums.items(), key=lambda kv: (-kv[1] * idf(kv[0]), kv[0]))
            story.sums = dict(kept[:CENTROID_TERMS])
            fresh = False
        for key in index_keys:
            if key not in story.indexed:
                story.indexed.add(key)
                self._postings.setdefault(key, []).append(story.id)
        if not fresh:
            story.norm_at = -1
        story.dirty = True

    def _extend_dates(self, story: _Story, day: date | None) -> None:
        if day is None:
            return
        story.first = day if story.first is None else min(story.first, day)
        story.last = day if story.last is None else max(story.last, day)

    def add(self, item: Item) -> str:
        """Put one article into a story; return the story's id."""
        article = item.article if isinstance(item, ReadArticle) else item
        day, estimated = _day_of(item)
        raw = article_features(item, day)
        leads = lead_days(item, day) if day is not None and not estimated else frozenset()
        if estimated:
            day = None  # a guessed day orders the stream and resolves weekdays; it never filters
        self._n += 1
        for key in raw:
            self._df[key] = self._df.get(key, 0) + 1
        self._refresh_idf()
        vec = self._weighted(raw)
        best: _Story | None = None
        best_score = self.threshold
        query = self._query(vec)
        for story in self._candidates(vec, day):
            score = self._similarity(query, story) - self.day_penalty * _gap(day, story)
            if self._novel_day(leads, story):
                score -= self.novel_day_penalty
            if score >= best_score:
                best, best_score = story, score
        if best is None:
            self._seq += 1
            best = _Story(id=_story_id(article.id), seq=self._seq)
            while best.id in self._stories:  # a repeated article id: keep ids unique
                best.id = _story_id(best.id)
            self._stories[best.id] = best
        top = sorted(vec.items(), key=lambda kv: (-kv[1], kv[0]))[:INDEX_TERMS]
        self._absorb(best, raw, (k for k, _ in top))
        self._extend_dates(best, day)
        best.lead_days.update(leads)
        best.members.append(article.id)
        self._article_story[article.id] = best.id
        if self.merge_every > 0 and self._n % self.merge_every == 0:
            self.merge_check()
        return best.id

    def _novel_day(self, leads: frozenset[date], story: _Story) -> bool:
        """Does the article lead with a day after every day its story's articles lead with?
        ("Another quake struck on Wednesday" against a story of Saturday's quake.)"""
        if not leads or not story.lead_days:
            return False
        return max(leads) > max(story.lead_days) + _ONE_DAY

    def _story_vector(self, story: _Story) -> Features:
        norm = self._centroid_norm(story)
        return {k: v * self._idf(k) / norm for k, v in story.sums.items()}

    def merge_check(self) -> int:
        """Merge stories changed since the last check into similar neighbours; return merges."""
        merged = 0
        changed = sorted((s for s in self._stories.values() if s.dirty and s.alive),
                         key=lambda s: s.seq)  # fmt: skip
        for story in changed:
            story.dirty = False
            if not story.alive:
                continue
            vec = self._story_vector(story)
            query = self._query(vec)
            day = story.last
            for other in self._candidates(vec, day, exclude=story.id):
                if _range_gap(story, other) > self.window_days:
                    continue
                gap = _range_gap(story, other)
                score = self._similarity(query, other) - self.day_penalty * gap
                if self._novel_day(frozenset(story.lead_days), other) or self._novel_day(
                    frozenset(other.lead_days), story
                ):
                    score -= self.novel_day_penalty
                if score >= self.merge_threshold:
                    keep, drop = (other, story) if other.seq < story.seq else (story, other)
                    self._merge(keep, drop)
                    merged += 1
                    break
        return merged

    def _merge(self, keep: _Story, drop: _Story) -> None:
        for key, value in drop.sums.items():
            keep.sums[key] = keep.sums.get(key, 0.0) + value
        for key in drop.indexed:
            if key not in keep.indexed:
                keep.indexed.add(key)
                self._postings.setdefault(key, []).append(keep.id)
        keep.members.extend(drop.members)
        keep.lead_days.update(drop.lead_days)
        self._extend_dates(keep, drop.first)
        self._extend_dates(keep, drop.last)
        keep.norm_at = -1
        keep.dirty = True
        drop.alive = False
        drop.sums = {}
        drop.indexed = set()
        self._alias[drop.id] = keep.id

    # --- results ------------------------------------------------------------------------------

    def story_of(self, article_id: str) -> str:
        """The current story id of an added article (after any merges)."""
        return self._resolve(self._article_story[article_id])

    def _label(self, story: _Story) -> str:
        names = sorted(
            ((v * self._idf(k), k[2:]) for k, v in story.sums.items() if k.startswith("e:")),
            key=lambda t: (-t[0], t[1]),
        )
        words = [name.title() for _, name in names[:3]]
        if story.first is not None and story.last is not None:
            span = story.first.isoformat()
            if story.last != story.first:
                span += " to " + story.last.isoformat()
            words.append(span)
        return " · ".join(words)

    def stories(self) -> list[StoryInfo]:
        """Every live story, in order of creation."""
        live = sorted((s for s in self._stories.values() if s.alive), key=lambda s: s.seq)
        return [StoryInfo(s.id, tuple(s.members), s.first, s.last, self._label(s)) for s in live]


def _sort_key(item: Item) -> tuple[bool, date, str]:
    day, estimated = _day_of(item)
    return (day is None or estimated, day or date.min, item.id)


def group_articles(items: Sequence[Item], grouper: StoryGrouper | None = None) -> dict[str, str]:
    """Group ``items`` streamed in date order (undated last, ties by id): article id → story id."""
    grouper = grouper or StoryGrouper()
    ordered = sorted(items, key=_sort_key)
    for item in ordered:
        grouper.add(item)
    grouper.merge_check()
    return {item.id: grouper.story_of(item.id) for item in ordered}
