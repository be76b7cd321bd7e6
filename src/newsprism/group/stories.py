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

A grouper can stop and resume: :meth:`StoryGrouper.changed_states` and friends give what to
keep, and a grouper built with a :class:`StoryBacking` and :class:`GrouperCounters` reads stored
stories, postings and document frequencies only when an article reaches them. Since candidates
only ever come through postings, a resumed grouper fed the rest of a date-ordered stream
groups it exactly as one that never stopped (the store relies on this, see docs/STORE.md).
"""

from __future__ import annotations

import hashlib
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from operator import itemgetter
from typing import Protocol

from newsprism.group.features import Features, article_features, estimate_day, lead_days
from newsprism.model import Article, ReadArticle

Item = ReadArticle | Article

QUERY_TERMS = 16  # the article's most weighted features used to find candidate stories
INDEX_TERMS = 24  # features of each joining article added to its story's postings
POSTINGS_READ = 32  # most recent stories read per posting list
MAX_CANDIDATES = 16  # stories scored in full per article
CENTROID_TERMS = 200  # features kept per story centroid (pruned when PRUNE_AT times as many)
PRUNE_AT = 2
RECHECK_GROWTH = 1.25  # a story is merge-checked again once it has grown by a quarter
QUERY_WEIGHTS = 120  # an article's most weighted features used in similarities
IDF_PRIOR_DOCS = 50  # pseudo-documents lacking every term: keeps IDF sane early in a stream
SETTLED = 2000  # articles after which IDF snapshots are 5% apart and norms are moved, not redone
NORM_REFRESH = 2.0  # a centroid norm is recomputed in full once the stream doubled since
_ONE_DAY = timedelta(days=1)

_WEIGHT = itemgetter(1)
_LOG_DF = [math.log(df + 0.5) for df in range(4096)]  # log(df + 0.5) for common frequencies


@dataclass(frozen=True, slots=True)
class StoryInfo:
    """A story found by the grouper: its articles (in arrival order), dates and a label.
    With a :class:`StoryBacking`, ``article_ids`` lists only the articles added in this run."""

    id: str
    article_ids: tuple[str, ...]
    first: date | None
    last: date | None
    label: str


@dataclass(frozen=True, slots=True)
class StoryState:
    """What the grouper keeps of a story between runs: its centroid (sums of unit article
    vectors), indexed features, the days its articles lead with and its date range (dated
    articles only). ``norm``, ``norm_idf``, ``mass``, ``norm_at``: the squared norm of the
    weighted centroid, the sums of s²·idf and of s², and the IDF snapshot they hold for (-1:
    recompute; see :meth:`StoryGrouper._centroid_norm`). ``size``: its articles; ``checked``:
    its size at its last merge check."""

    id: str
    seq: int
    sums: dict[str, float]
    indexed: tuple[str, ...]
    lead_days: tuple[date, ...]
    first: date | None
    last: date | None
    norm: float = 0.0
    norm_idf: float = 0.0
    mass: float = 0.0
    norm_at: int = -1
    size: int = 0
    checked: int = 0


@dataclass(frozen=True, slots=True)
class GrouperCounters:
    """The stream position a grouper resumes from: articles seen, the IDF snapshot (articles
    seen when it was taken) and the last story sequence number."""

    n: int = 0
    idf_n: int = 0
    seq: int = 0


class StoryBacking(Protocol):
    """Stored grouper state read on demand, so a resumed grouper loads only what it touches."""

    def postings(self, term: str, limit: int) -> list[str]:
        """Ids of the last ``limit`` stories indexed under ``term``, oldest first."""
        ...

    def story(self, story_id: str) -> StoryState | None:
        """A stored story's state, or None."""
        ...

    def document_frequencies(self, keys: Sequence[str]) -> dict[str, int]:
        """Stored document frequencies of ``keys`` (absent keys: 0)."""
        ...


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
    norm: float = 0.0  # squared norm of the IDF-weighted centroid (sum of (s·idf)²)
    norm_idf: float = 0.0  # sum of s²·idf, to move ``norm`` to a new IDF snapshot
    mass: float = 0.0  # sum of s²
    norm_at: int = -1  # the IDF snapshot both hold for (-1: stale)
    size: int = 0  # articles, including those of earlier runs
    checked: int = 0  # its size at its last merge check
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


def _ranked(vec: Features) -> list[tuple[str, float]]:
    """Features by weight, heaviest first; ties keep the vector's (deterministic) order."""
    return sorted(vec.items(), key=_WEIGHT, reverse=True)


class StoryGrouper:
    """Single-pass grouping of articles into stories.

    ``add`` returns the id of the story the article joined; a later merge may fold that story
    into another one, which :meth:`story_of` and :meth:`stories` reflect.

    A grouper can resume a stream: give it the ``counters`` and a ``backing`` holding the state
    of an earlier run (see :meth:`changed_states`); it then loads stories, postings and
    document frequencies only as the new articles reach them.
    """

    def __init__(
        self,
        window_days: int = 3,
        threshold: float = 0.15,
        day_penalty: float = 0.03,
        merge_threshold: float = 0.45,
        merge_every: int = 50,
        novel_day_penalty: float = 0.2,
        *,
        backing: StoryBacking | None = None,
        counters: GrouperCounters | None = None,
        track_changes: bool = False,
    ) -> None:
        self.window_days = window_days
        self.threshold = threshold
        self.day_penalty = day_penalty
        self.merge_threshold = merge_threshold
        self.merge_every = merge_every
        self.novel_day_penalty = novel_day_penalty
        self._backing = backing
        self._track = track_changes or backing is not None
        start = counters or GrouperCounters()
        self._df: dict[str, int] = {}
        self._n = start.n
        self._stories: dict[str, _Story] = {}
        self._postings: dict[str, list[str]] = {}
        self._alias: dict[str, str] = {}
        self._article_story: dict[str, str] = {}
        self._seq = start.seq
        self._idf_cache: dict[str, float] = {}
        self._idf_n = start.idf_n
        self._missing: set[str] = set()  # stories the backing does not have
        self._touched: set[str] = set()
        self._dirty: set[str] = set()  # stories changed since the last merge check
        self._df_delta: dict[str, int] = {}
        self._posting_log: list[tuple[str, str]] = []

    # --- weights ------------------------------------------------------------------------------

    def _refresh_idf(self) -> None:
        """Start a new IDF snapshot when the stream has grown by 1% since the last one (5% past
        2,000 articles, when weights have settled)."""
        if self._n > self._idf_n * (1.01 if self._n < SETTLED else 1.05):
            self._idf_cache.clear()
            self._idf_n = self._n

    def _idf(self, key: str) -> float:
        """``log((N + prior) / (df + 0.5))`` with N the snapshot's article count and df the
        current document frequency (cached; the cache follows every df change)."""
        value = self._idf_cache.get(key)
        if value is None:
            df = self._df.get(key, 0)
            value = math.log(self._idf_n + IDF_PRIOR_DOCS) - (
                _LOG_DF[df] if df < len(_LOG_DF) else math.log(df + 0.5)
            )
            self._idf_cache[key] = value
        return value

    def _load_df(self, keys: Iterable[str]) -> None:
        if self._backing is None:
            return
        df = self._df
        missing = [k for k in keys if k not in df]
        if missing:
            found = self._backing.document_frequencies(missing)
            for key in missing:
                df[key] = found.get(key, 0)

    def _count(self, raw: Features) -> Features:
        """Count the article in the document frequencies; return its IDF-weighted vector."""
        self._load_df(raw)
        self._n += 1
        self._refresh_idf()
        df = self._df
        cache = self._idf_cache
        log_base = math.log(self._idf_n + IDF_PRIOR_DOCS)
        logs = _LOG_DF
        top = len(logs)
        vec: Features = {}
        for key, value in raw.items():
            count = df.get(key, 0) + 1
            df[key] = count
            weight = log_base - (logs[count] if count < top else math.log(count + 0.5))
            cache[key] = weight
            vec[key] = value * weight
        if self._track:
            delta = self._df_delta
            for key in raw:
                delta[key] = delta.get(key, 0) + 1
        return vec

    def _centroid_norm(self, story: _Story) -> float:
        """Norm of the IDF-weighted centroid in the current IDF snapshot.

        A new snapshot adds the same ``c = log((N' + prior) / (N + prior))`` to every IDF whose
        document frequency did not change, so the squared norm moves to ``A + 2cB + c²C`` (``B``
        = sum of s²·idf, ``C`` = sum of s²) in constant time; it is recomputed in full when
        stale, early in the stream (under ``SETTLED`` articles, where document frequencies change
        fast) and once the stream has doubled (they drift meanwhile)."""
        at = story.norm_at
        if at != self._idf_n:
            if at < SETTLED or at * NORM_REFRESH < self._idf_n:
                self._recompute_norm(story)
            else:
                shift = math.log((self._idf_n + IDF_PRIOR_DOCS) / (at + IDF_PRIOR_DOCS))
                story.norm += shift * (2.0 * story.norm_idf + shift * story.mass)
                story.norm_idf += shift * story.mass
                story.norm_at = self._idf_n
        return math.sqrt(story.norm) if story.norm > 0.0 else 1.0

    def _recompute_norm(self, story: _Story) -> None:
        idf = self._idf
        get = self._idf_cache.get
        norm = norm_idf = mass = 0.0
        for key, value in story.sums.items():
            weight = get(key) or idf(key)
            square = value * value
            mass += square
            norm_idf += square * weight
            norm += square * weight * weight
        story.norm, story.norm_idf, story.mass = norm, norm_idf, mass
        story.norm_at = self._idf_n

    def _weights(self, keys: Iterable[str]) -> dict[str, float]:
        """The IDF cache, filled for every key of ``keys`` missing from it."""
        cache = self._idf_cache
        idf = self._idf
        for key in keys:
            if key not in cache:
                idf(key)
        return cache

    def _query(self, ranked: list[tuple[str, float]], norm: float) -> Features:
        """The top of a weighted vector multiplied by IDF once more (and divided by its norm),
        so a dot product with a story's raw sums over the centroid norm is a cosine. The IDF of
        every key of ``ranked`` must be cached (it is: the vector was just weighted)."""
        idf = self._idf_cache
        return {k: w / norm * idf[k] for k, w in ranked[:QUERY_WEIGHTS]}

    def _similarity(self, query: Features, story: _Story) -> float:
        """Cosine of an article (given as :meth:`_query`) with the story's weighted centroid."""
        sums = story.sums
        shared = query.keys() & sums.keys()
        if not shared:
            return 0.0
        return sum([query[k] * sums[k] for k in shared]) / self._centroid_norm(story)

    # --- stories ------------------------------------------------------------------------------

    def _resolve(self, story_id: str) -> str:
        while story_id in self._alias:
            story_id = self._alias[story_id]
        return story_id

    def _story(self, story_id: str) -> _Story | None:
        """A story by (resolved) id, loaded from the backing on first use."""
        story = self._stories.get(story_id)
        if story is not None or self._backing is None or story_id in self._missing:
            return story
        state = self._backing.story(story_id)
        if state is None:
            self._missing.add(story_id)
            return None
        self._load_df(state.sums)
        story = _Story(
            id=state.id,
            seq=state.seq,
            sums=dict(state.sums),
            first=state.first,
            last=state.last,
            indexed=set(state.indexed),
            lead_days=set(state.lead_days),
            norm=state.norm,
            norm_idf=state.norm_idf,
            mass=state.mass,
            norm_at=state.norm_at,
            size=state.size,
            checked=state.checked,
        )
        self._stories[story.id] = story
        return story

    def _posting_list(self, key: str) -> list[str] | None:
        postings = self._postings.get(key)
        if postings is None and self._backing is not None:
            postings = self._backing.postings(key, POSTINGS_READ)
            self._postings[key] = postings
        return postings

    def _candidates(
        self, top: list[tuple[str, float]], day: date | None, exclude: str = ""
    ) -> list[_Story]:
        hits: dict[str, float] = {}
        get = hits.get
        postings_of = self._postings.get
        for key, weight in top[:QUERY_TERMS]:
            postings = postings_of(key)
            if postings is None and self._backing is not None:
                postings = self._posting_list(key)
            if postings:
                for story_id in postings[-POSTINGS_READ:]:
                    hits[story_id] = get(story_id, 0.0) + weight
        found: list[_Story] = []
        seen: set[str] = {exclude}
        for story_id, _ in _ranked(hits):
            story = self._story(self._resolve(story_id))
            if story is None or story.id in seen or not story.alive:
                continue
            seen.add(story.id)
            if _gap(day, story) > self.window_days:
                continue
            found.append(story)
            if len(found) >= MAX_CANDIDATES:
                break
        return found

    def _index(self, story: _Story, key: str) -> None:
        if key not in story.indexed:
            story.indexed.add(key)
            postings = self._posting_list(key)
            if postings is None:
                self._postings[key] = [story.id]
            else:
                postings.append(story.id)
            if self._track:
                self._posting_log.append((key, story.id))

    def _absorb(self, story: _Story, raw: Features, index_keys: Iterable[str]) -> None:
        unit = 1.0 / (math.sqrt(sum([x * x for x in raw.values()])) or 1.0)
        self._centroid_norm(story)  # bring the norm to the current snapshot
        sums = story.sums
        norm, norm_idf, mass = story.norm, story.norm_idf, story.mass
        idf = self._idf_cache  # the article's features were all weighted just now
        for key, value in raw.items():
            old = sums.get(key, 0.0)
            new = old + value * unit
            sums[key] = new
            square = new * new - old * old
            weight = idf[key]
            mass += square
            norm_idf += square * weight
            norm += square * weight * weight
        story.norm, story.norm_idf, story.mass = max(norm, 0.0), norm_idf, mass
        if len(sums) > CENTROID_TERMS * PRUNE_AT:
            idf = self._weights(sums)
            weights = {k: v * idf[k] for k, v in sums.items()}
            kept = sorted(weights, key=weights.__getitem__, reverse=True)[:CENTROID_TERMS]
            story.sums = {k: sums[k] for k in kept}
            self._recompute_norm(story)
        for key in index_keys:
            self._index(story, key)
        story.dirty = True
        self._dirty.add(story.id)
        self._touched.add(story.id)

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
        vec = self._count(raw)
        norm = math.sqrt(sum([x * x for x in vec.values()])) or 1.0
        ranked = _ranked(vec)
        query = self._query(ranked, norm)
        best: _Story | None = None
        best_score = self.threshold
        for story in self._candidates(ranked, day):
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
        self._absorb(best, raw, (k for k, _ in ranked[:INDEX_TERMS]))
        self._extend_dates(best, day)
        best.lead_days.update(leads)
        best.members.append(article.id)
        best.size += 1
        self._article_story[article.id] = best.id
        if self.merge_every > 0 and self._n % self.merge_every == 0:
            self.merge_check()
        return best.id

    def _novel_day(self, leads: frozenset[date] | set[date], story: _Story) -> bool:
        """Does the article lead with a day after every day its story's articles lead with?
        ("Another quake struck on Wednesday" against a story of Saturday's quake.)"""
        if not leads or not story.lead_days:
            return False
        return max(leads) > max(story.lead_days) + _ONE_DAY

    def merge_check(self) -> int:
        """Merge stories changed since the last check into similar neighbours; return merges."""
        merged = 0
        dirty = (self._stories[story_id] for story_id in self._dirty)
        changed = sorted((s for s in dirty if s.dirty and s.alive), key=lambda s: s.seq)
        self._dirty = set()
        for story in changed:
            story.dirty = False
            if not story.alive or story.size < 2 or story.size < story.checked * RECHECK_GROWTH:
                continue  # a lone article was compared with these candidates when it arrived;
                # a story's centroid moves little until it has grown by a quarter
            story.checked = story.size
            idf = self._weights(story.sums)
            ranked = _ranked({k: v * idf[k] for k, v in story.sums.items()})
            query = self._query(ranked, self._centroid_norm(story))
            for other in self._candidates(ranked, story.last, exclude=story.id):
                gap = _range_gap(story, other)
                if gap > self.window_days:
                    continue
                score = self._similarity(query, other) - self.day_penalty * gap
                if self._novel_day(story.lead_days, other) or self._novel_day(
                    other.lead_days, story
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
        for key in sorted(drop.indexed):
            self._index(keep, key)
        keep.members.extend(drop.members)
        keep.size += drop.size
        keep.lead_days.update(drop.lead_days)
        self._extend_dates(keep, drop.first)
        self._extend_dates(keep, drop.last)
        keep.norm_at = -1
        keep.dirty = True
        self._dirty.add(keep.id)
        drop.alive = False
        drop.sums = {}
        drop.indexed = set()
        self._alias[drop.id] = keep.id
        self._touched.add(keep.id)

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

    def _info(self, story: _Story) -> StoryInfo:
        return StoryInfo(
            story.id, tuple(story.members), story.first, story.last, self._label(story)
        )

    def stories(self) -> list[StoryInfo]:
        """Every live story held in memory, in order of creation."""
        live = sorted((s for s in self._stories.values() if s.alive), key=lambda s: s.seq)
        return [self._info(s) for s in live]

    # --- persistence --------------------------------------------------------------------------

    def counters(self) -> GrouperCounters:
        """Where the stream stands, to resume from (see :class:`GrouperCounters`)."""
        return GrouperCounters(n=self._n, idf_n=self._idf_n, seq=self._seq)

    def changed_states(self) -> list[tuple[StoryState, StoryInfo]]:
        """State and summary of every live story created or changed since this grouper started
        (with ``track_changes`` or a backing), in order of creation."""
        changed = (self._stories[sid] for sid in self._touched)
        live = sorted((s for s in changed if s.alive), key=lambda s: s.seq)
        return [
            (
                StoryState(
                    id=s.id,
                    seq=s.seq,
                    sums=dict(s.sums),
                    indexed=tuple(sorted(s.indexed)),
                    lead_days=tuple(sorted(s.lead_days)),
                    first=s.first,
                    last=s.last,
                    norm=s.norm,
                    norm_idf=s.norm_idf,
                    mass=s.mass,
                    norm_at=s.norm_at,
                    size=s.size,
                    checked=s.checked,
                ),
                self._info(s),
            )
            for s in live
        ]

    def merges(self) -> dict[str, str]:
        """Every story merged away since this grouper started → the live story it is now in."""
        return {drop: self._resolve(drop) for drop in sorted(self._alias)}

    def new_postings(self) -> list[tuple[str, str]]:
        """(feature, live story id) index entries added since this grouper started, in order."""
        return [(key, self._resolve(sid)) for key, sid in self._posting_log]

    def df_delta(self) -> dict[str, int]:
        """Document-frequency increments since this grouper started."""
        return dict(self._df_delta)


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
