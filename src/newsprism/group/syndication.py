"""Syndication families: near-copies of one text (a wire story reprinted, trimmed or edited).

Candidates come from MinHash LSH over 5-word shingles of the normalised body; each candidate
pair is confirmed by exact shingle containment (shared shingles / shingles of the shorter copy
>= ``CONTAINMENT``, 0.3), so a reprint cut or rewritten in part still joins its original.
Only body segments are shingled when the article has segments (captions and boilerplate of
one site would otherwise make its unrelated pages look alike). A family's
origin is the copy crediting a wire agency, else the earliest published, ties by id.

:func:`find_families` returns only families of two or more copies (a lone article is not a
family); :class:`SyndicationIndex` assigns every article a family id, singletons included.
:func:`family_differences` shows what an edit changed between two copies.
"""

from __future__ import annotations

import difflib
import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from datasketch import MinHash, MinHashLSH

from newsprism.model import Article, Family

SHINGLE = 5
NUM_PERM = 96
LSH_THRESHOLD = 0.1  # Jaccard level LSH aims at; containment is the real test
CONTAINMENT = 0.3
MAX_TEXT_CHARS = 50_000

_TOKEN = re.compile(r"\w+(?:[.,'’]\w+)*")


def _words(text: str) -> list[str]:
    return [w.lower() for w in _TOKEN.findall(text[:MAX_TEXT_CHARS])]


def shingles(text: str) -> set[bytes]:
    """The 5-word shingles of ``text`` (lower-cased word tokens), as bytes for hashing."""
    words = _words(text)
    if len(words) < SHINGLE:
        return {" ".join(words).encode("utf-8")} if words else set()
    return {" ".join(words[i : i + SHINGLE]).encode("utf-8") for i in range(len(words) - 4)}


def containment(a: set[bytes], b: set[bytes]) -> float:
    """Shared shingles over the shingles of the smaller set (0 when either is empty)."""
    if not a or not b:
        return 0.0
    small, large = (a, b) if len(a) <= len(b) else (b, a)
    return len(small & large) / len(small)


def body_text(article: Article) -> str:
    """The article's body: its ``body`` segments joined, or the whole text without segments."""
    if not article.segments:
        return article.text
    return "\n".join(article.text[s.start : s.end] for s in article.segments if s.role == "body")


def _minhash(sh: set[bytes]) -> MinHash:
    m = MinHash(num_perm=NUM_PERM, seed=1)
    m.update_batch(sorted(sh))
    return m


def _origin_key(article: Article) -> tuple[bool, date, str]:
    return (not article.wire, article.published or date.max, article.id)


def _family_id(members: Sequence[str]) -> str:
    digest = hashlib.sha1("\n".join(sorted(members)).encode("utf-8")).hexdigest()
    return "family-" + digest[:12]


class SyndicationIndex:
    """Incremental near-copy detection for corpus mode: ``add`` returns the article's family id.

    Family ids are the id of the family's first added member, so they never change as copies
    arrive; :meth:`families` gives the current members and origin of each family.
    """

    def __init__(self, containment_threshold: float = CONTAINMENT) -> None:
        self.containment_threshold = containment_threshold
        self._lsh = MinHashLSH(threshold=LSH_THRESHOLD, num_perm=NUM_PERM)
        self._shingles: dict[str, set[bytes]] = {}
        self._articles: dict[str, Article] = {}
        self._family: dict[str, str] = {}
        self._members: dict[str, list[str]] = {}

    def add(self, article: Article) -> str:
        """Index ``article``; return the id of the family it belongs to."""
        if article.id in self._family:
            return self._family[article.id]
        sh = shingles(body_text(article))
        mh = _minhash(sh)
        best: tuple[float, str] | None = None
        for other in sorted(self._lsh.query(mh)):
            score = containment(sh, self._shingles[other])
            if score >= self.containment_threshold and (best is None or score > best[0]):
                best = (score, other)
        family = self._family[best[1]] if best else "family-" + article.id
        self._lsh.insert(article.id, mh)
        self._shingles[article.id] = sh
        self._articles[article.id] = article
        self._family[article.id] = family
        self._members.setdefault(family, []).append(article.id)
        return family

    def family_of(self, article_id: str) -> str:
        return self._family[article_id]

    def families(self, min_size: int = 2) -> tuple[Family, ...]:
        """Families with at least ``min_size`` members, ordered by id."""
        found = []
        for family, members in sorted(self._members.items()):
            if len(members) < min_size:
                continue
            origin = min((self._articles[m] for m in members), key=_origin_key)
            found.append(Family(id=family, origin=origin.id, members=tuple(sorted(members))))
        return tuple(found)


EXACT_LIMIT = 300  # up to this many articles, every pair is checked exactly (no LSH misses)


def find_families(articles: Sequence[Article]) -> tuple[Family, ...]:
    """The syndication families (two or more near-copies) among ``articles`` of one story.

    Copies are joined transitively (single link); family ids derive from the sorted member
    ids, so the same articles always give the same families. Up to ``EXACT_LIMIT`` articles
    every pair is compared; beyond that LSH proposes the pairs.
    """
    ordered = sorted({a.id: a for a in articles}.values(), key=_origin_key)
    if len(ordered) > EXACT_LIMIT:
        index = SyndicationIndex()
        for article in ordered:
            index.add(article)
        groups = [list(f.members) for f in index.families()]
    else:
        sh = [shingles(body_text(a)) for a in ordered]
        parent = list(range(len(ordered)))

        def root(i: int) -> int:
            while parent[i] != i:
                parent[i] = parent[parent[i]]
                i = parent[i]
            return i

        for i in range(len(ordered)):
            for j in range(i + 1, len(ordered)):
                if containment(sh[i], sh[j]) >= CONTAINMENT:
                    parent[max(root(i), root(j))] = min(root(i), root(j))
        by_root: dict[int, list[str]] = {}
        for i, article in enumerate(ordered):
            by_root.setdefault(root(i), []).append(article.id)
        groups = [g for g in by_root.values() if len(g) >= 2]
    by_id = {a.id: a for a in ordered}
    families = []
    for group in groups:
        members = tuple(sorted(group))
        origin = min((by_id[m] for m in members), key=_origin_key)
        families.append(Family(id=_family_id(members), origin=origin.id, members=members))
    return tuple(sorted(families, key=lambda f: f.members))


@dataclass(frozen=True, slots=True)
class Difference:
    """One edit between two copies: ``a_text`` at ``[a_start, a_end)`` in article a became
    ``b_text`` at ``[b_start, b_end)`` in article b (either side may be empty)."""

    kind: str  # "replace", "delete" (only in a) or "insert" (only in b)
    a_start: int
    a_end: int
    a_text: str
    b_start: int
    b_end: int
    b_text: str


def _tokens(text: str) -> list[tuple[str, int, int]]:
    return [(m.group(0).lower(), m.start(), m.end()) for m in _TOKEN.finditer(text)]


def _span(tokens: list[tuple[str, int, int]], i: int, j: int, at: int) -> tuple[int, int]:
    if i < j:
        return tokens[i][1], tokens[j - 1][2]
    pos = tokens[i - 1][2] if i > 0 else 0
    return (pos, pos) if tokens else (at, at)


def family_differences(a: Article, b: Article, limit: int = 200) -> list[Difference]:
    """Word-level edits between two copies (difflib on lower-cased word tokens), each with its
    character offsets in both texts: an edited figure shows as a ``replace``."""
    ta, tb = _tokens(a.text[:MAX_TEXT_CHARS]), _tokens(b.text[:MAX_TEXT_CHARS])
    matcher = difflib.SequenceMatcher(None, [t[0] for t in ta], [t[0] for t in tb], autojunk=False)
    found: list[Difference] = []
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            continue
        a_start, a_end = _span(ta, i1, i2, 0)
        b_start, b_end = _span(tb, j1, j2, 0)
        found.append(
            Difference(
                op, a_start, a_end, a.text[a_start:a_end], b_start, b_end, b.text[b_start:b_end]
            )
        )
        if len(found) >= limit:
            break
    return found
