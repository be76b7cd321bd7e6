"""Role conflicts: the same person given different titles by different outlets.

Titles are compared on their core words: nationality and country words, possessives and
articles are dropped and word order ignored, so "Armenian Foreign Minister", "Armenia's Foreign
Minister" and "foreign minister" agree, as do "Secretary of State" and "State Secretary". Titles
conflict when neither's core words contain the other's, "official" aside ("transport official"
agrees with "Deputy Transport Minister": an official of the same body, said vaguely).

Before comparing: abbreviations and synonyms are spelled out ("Gov." = governor, "CEO" = chief
executive, spokesman = spokesperson, a judge is a justice); honorifics ("Dr.", "Ms"), "federal"
and time words ("former", "longtime") are dropped, and a "former ..." title is not compared at
all (it was true once);
a title made only of generic words ("official", "leader", "head") says nothing to contradict;
military ranks ("General", "Four-Star General") are compared only with ranks, since a rank and an
office ("army spokesman") are held together; and a title between a name and the next name
("Suu Kyi, President Win Myint") belongs to the next name.

A mention counts with its title when the title is written next to it ("President Vell",
"Vell, the harbour master") or when it is the first mention of that name with that title in its
article: the reader lends a name's first title to its later mentions, and those borrowed
titles would point at sentences that do not state them.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence

from newsprism.model import Conflict, Entity, Mention, ReadArticle, Variant
from newsprism.read.gazetteer import country_name, country_of_demonym

_WORD = re.compile(r"[A-Za-z]+")
_DROP = frozenset(
    {"the", "of", "s", "a", "an", "and", "for", "former", "then", "acting", "new", "longtime"}
    | {"its", "his", "her", "their"}
    | {"federal"}
    | {"veteran", "top", "late", "current", "incumbent", "outgoing", "associate"}
    | {"dr", "mr", "mrs", "ms", "miss", "prof", "professor", "sir", "dame"}
)
_SYNONYMS: dict[str, tuple[str, ...]] = {
    "gov": ("governor",),
    "govt": ("government",),
    "spokesman": ("spokesperson",),
    "spokeswoman": ("spokesperson",),
    "pm": ("prime", "minister"),
    "ceo": ("chief", "executive"),
    "cfo": ("chief", "financial", "officer"),
    "sec": ("secretary",),
    "gen": ("general",),
    "minster": ("minister",),
    "judge": ("justice",),  # a justice is a judge: "federal judge" and "Justice" agree
}
_GENERIC = frozenset({"official", "officials", "leader", "chief", "head", "authority"})
# Words any office holder of a body may be called: "transport official" fits "transport minister"
# ("head" is not one: "head of the Red Cross" and "its secretary general" may differ).
_VAGUE = frozenset({"official", "officials"})
_RANKS = frozenset(
    {"general", "colonel", "major", "lieutenant", "captain", "admiral", "sergeant", "marshal"}
    | {"brigadier", "senior", "four", "three", "two", "star", "field", "military", "army", "lt"}
)
_FORMER = re.compile(r"(?i)\bformer\b")
_NEAR = 16  # characters allowed between a title and its name ("Haiti's President, Jovenel")


def _is_place_word(word: str) -> bool:
    return country_of_demonym(word) is not None or country_name(word) is not None


def role_core(role: str) -> frozenset[str]:
    """The words that carry a title's meaning."""
    words = [w for w in _WORD.findall(role) if w.lower() not in _DROP]
    core: set[str] = set()
    for word in words:
        if word[0].isupper() and _is_place_word(word):
            continue
        core.update(_SYNONYMS.get(word.lower(), (word.lower(),)))
    if core <= _GENERIC:
        return frozenset()
    return frozenset(core)


def is_rank(core: frozenset[str]) -> bool:
    """A military rank ("General", "Four-Star General") rather than an office."""
    return bool(core) and core <= _RANKS


def _belongs_to_next_name(text: str, mention: Mention) -> bool:
    """ "Suu Kyi, President Win Myint": the title after the comma names the next person."""
    role = mention.role or ""
    after = text[mention.end : mention.end + len(role) + 8]
    match = re.match(r",\s*" + re.escape(role) + r"\s+[A-Z]", after)
    return match is not None


def _written_here(text: str, mention: Mention) -> bool:
    """Whether the mention's title is written right before or after it."""
    role = (mention.role or "").lower()
    reach = len(role) + _NEAR
    before = text[max(0, mention.start - reach) : mention.start].lower()
    after = text[mention.end : mention.end + reach].lower()
    return bool(role) and (role in before or role in after)


def _titled_mentions(entity: Entity, by_id: dict[str, ReadArticle]) -> list[Mention]:
    """The entity's mentions whose title is stated there (see the module docstring)."""
    seen: set[tuple[str, str, str]] = set()
    found = []
    for mention in sorted(entity.mentions, key=lambda m: (m.article_id, m.start)):
        if not mention.role:
            continue
        key = (mention.article_id, mention.name, mention.role)
        first = key not in seen
        seen.add(key)
        if first or _written_here(by_id[mention.article_id].article.text, mention):
            found.append(mention)
    return found


def role_conflicts(entities: Sequence[Entity], readings: Sequence[ReadArticle]) -> list[Conflict]:
    """A conflict for each person whose titles differ in substance across articles."""
    by_id = {r.id: r for r in readings}
    conflicts = []
    for entity in entities:
        if entity.kind != "person":
            continue
        by_core: dict[frozenset[str], list[Mention]] = defaultdict(list)
        for mention in _titled_mentions(entity, by_id):
            role = mention.role or ""
            if _FORMER.search(role) or _belongs_to_next_name(
                by_id[mention.article_id].article.text, mention
            ):
                continue
            core = role_core(role)
            if core:
                by_core[core].append(mention)
        offices = _maximal([c for c in by_core if not is_rank(c)])
        ranks = _maximal([c for c in by_core if is_rank(c)])
        cores = offices if len(offices) >= 2 else ranks
        if len(cores) < 2:
            continue
        articles = {m.article_id for core in cores for m in by_core[core]}
        if len(articles) < 2:
            continue
        variants = tuple(
            Variant(
                value=by_core[core][0].role or "",
                articles=tuple(sorted({m.article_id for m in by_core[core]})),
                evidence=tuple(
                    by_id[m.article_id].sentence_evidence(m.start, m.end) for m in by_core[core]
                ),
            )
            for core in sorted(cores, key=lambda c: sorted(c))
        )
        listing = " vs ".join(
            f"{v.value} ({', '.join(sorted({by_id[a].source for a in v.articles}))})"
            for v in variants
        )
        conflicts.append(
            Conflict(
                id="",
                kind="role",
                subject=entity.name,
                explanation=f"{entity.name} is given different titles: {listing}.",
                variants=variants,
            )
        )
    return conflicts


def fits(core: frozenset[str], other: frozenset[str]) -> bool:
    """Whether title ``core`` says nothing ``other`` contradicts: its words, "official"
    aside, are all in ``other`` ("Minister" fits "Foreign Minister", "transport official"
    fits "Deputy Transport Minister")."""
    return core - _VAGUE <= other


def _maximal(cores: list[frozenset[str]]) -> list[frozenset[str]]:
    """Drop titles another title contains (see :func:`fits`); of two that fit each other
    ("port official" and "port officials"), the first in sorted order stays."""
    ordered = sorted(cores, key=lambda c: (-len(c), sorted(c)))
    return [
        core
        for i, core in enumerate(ordered)
        if not any(
            fits(core, other) and (j < i or not fits(other, core))
            for j, other in enumerate(ordered)
            if j != i
        )
    ]
