"""Merge the mentions of a story's articles into entities that span outlets.

Names are compared on a transliteration-folded key (anyascii, then rules such as ``y``/``i``,
``j``/``c``/``dj``, ``kh``/``h``, ``q``/``k``, ``aw``/``ou``/``u``, ``-off``/``-ov``, initials
with or without stops, "Ave."/"Avenue"; digits are kept, so "G7" and "G20" stay apart) with
Jaro-Winkler similarity from rapidfuzz. People merge only when their surnames match and their
first names, when both are known, match too, so two people sharing a surname (or a title) stay
apart; a two-word name also meets itself written in the other order ("Hamad Hasan", "Hassan
Hamad"). A name written in one word or in two ("Al-Masra", "Almasra") is one name whatever kind
the reader gave each form. Nationality words ("Azeri", "Azerbaijani") join the entity of their
country.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from anyascii import anyascii
from rapidfuzz.distance import JaroWinkler

from newsprism.model import Entity, EntityKind, Mention, ReadArticle
from newsprism.read.gazetteer import country_of_demonym

SURNAME_SIMILARITY = 0.9
GIVEN_NAME_SIMILARITY = 0.84
OTHER_SIMILARITY = 0.94

# Titles in front of a name; "vice" and "rear" only in front of another title ("Vice President",
# "Rear Adm."), so "Vice News" keeps its first word.
HONORIFIC = re.compile(
    r"^(?:(?:(?:vice|rear)\s+)?(?:mr|mrs|ms|miss|dr|prof|sir|dame|lord|lady|constable|sgt|"
    r"sergeant|officer|president|premier|minister|senator|sen|rep|gov|governor|mayor|judge|"
    r"justice|gen|general|col|colonel|capt|captain|chief|pm|king|queen|prince|princess|pope|"
    r"father|rev|adm|admiral|lt|lieutenant|congressman|congresswoman|congressmember)\.?\s+)+",
    re.I,
)
_NON_LETTER = re.compile(r"[^a-z0-9 ]+")
_DIGITS = re.compile(r"\d+")
# Written-out forms of the abbreviations that outlets use in names ("Deans Ave", "Corp.").
_ABBREVIATIONS = {
    "ave": "avenue",
    "blvd": "boulevard",
    "corp": "corporation",
    "dept": "department",
    "govt": "government",
    "intl": "international",
    "univ": "university",
}
_ABBREVIATION = re.compile(r"\b(?:" + "|".join(_ABBREVIATIONS) + r")\b")
_FOLDS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), repl)
    for pattern, repl in (
        (r"\bthe\b", ""),
        (r"\b([a-z]) +(?=[a-z]\b)", r"\1"),  # initials: "U.S." and "US", "B. J." and "BJ"
        (r"\btch", "ch"),
        (r"dzh|dj|zh", "j"),
        (r"kh", "h"),
        (r"q(?!u)", "k"),
        (r"aw(?![aeiou])", "au"),
        (r"(?<=[a-z]{2})(?:off|ow)\b", "ov"),
        (r"(?<=[a-z]{2})eff\b", "ev"),
        (r"ph", "f"),
        (r"ck", "k"),
        (r"ou", "u"),
        (r"(?<=[a-z])y", "i"),
        (r"\by(?=[aeiou])", "i"),
        (r"\bc(?=[aeiou])", "j"),
        (r"ie(?=[a-z])", "i"),
        (r"([a-z])\1", r"\1"),
        (r"e\b", ""),
        (r"\s+", " "),
    )
)


@lru_cache(maxsize=1 << 14)
def fold_name(name: str) -> str:
    """A key on which transliteration variants of a name coincide or come close; honorifics
    and titles in front are dropped ("Ms Ardern" → "ardern"). Memoised: speaker matching folds
    the same names once per quote and entity."""
    name = HONORIFIC.sub("", name.strip()) or name
    ascii_name = anyascii(name).lower().replace("'s ", " ").removesuffix("'s")
    key = _NON_LETTER.sub(" ", ascii_name.replace("'", "").replace("-", " "))
    key = _ABBREVIATION.sub(lambda m: _ABBREVIATIONS[m.group()], key)
    for pattern, repl in _FOLDS:
        key = pattern.sub(repl, key)
    return key.strip()


@dataclass
class _Group:
    key: str
    kind: EntityKind
    mentions: list[Mention]

    @property
    def tokens(self) -> list[str]:
        return self.key.split()


def _similar(x: str, y: str, threshold: float) -> bool:
    return JaroWinkler.similarity(x, y) >= threshold


def _same_person(a: list[str], b: list[str]) -> bool:
    """Same given name, and the same surname: also when written in two words ("Abdul Jalil"
    and "Abduljalil") or when one name adds a further surname ("Budi Karya Sumadi")."""
    if len(a) == 1 or len(b) == 1:
        return False  # a bare surname joins only through in-article linking
    if len(a) == len(b) == 2 and a[0] != b[0] and _swapped(a, b):
        return True
    if not _similar(a[0], b[0], GIVEN_NAME_SIMILARITY):
        return False
    if _similar(a[-1], b[-1], SURNAME_SIMILARITY):
        return True
    if _similar("".join(a[1:]), "".join(b[1:]), SURNAME_SIMILARITY):
        return True
    short, long = sorted((a, b), key=len)
    return (
        len(short) >= 2
        and len(short) < len(long)
        and all(_similar(x, y, SURNAME_SIMILARITY) for x, y in zip(short, long, strict=False))
    )


def _swapped(a: list[str], b: list[str]) -> bool:
    """The two words of a name in the other order ("Hamad Hasan" and "Hassan Hamad")."""
    return _similar(a[0], b[1], SURNAME_SIMILARITY) and _similar(a[1], b[0], SURNAME_SIMILARITY)


def _blocks(group: _Group) -> set[str]:
    """Keys of the candidate pairs: the start of the last word, and of the second word (a name
    with an extra surname or a split surname still meets its variants), the name with its words
    joined; for a two-word person, the starts of both words in either order (a name written
    surname first)."""
    tokens = group.tokens
    keys = {tokens[-1][:3], (tokens[1] if len(tokens) > 1 else "")[:3], "=" + "".join(tokens)}
    if group.kind == "person" and len(tokens) == 2:
        keys.add("~".join(sorted(t[:3] for t in tokens)))
    keys.discard("")
    return keys


def _joined(a: _Group, b: _Group) -> bool:
    """One name written in one word and in two ("Al-Nahra" and "Alnahra", "Sen Dova" and
    "Sendova"), of any kind, since a reader may call one form a place and the other a person;
    but a one-word person stays a bare surname, joined only through in-article linking."""
    if any(g.kind == "person" and len(g.tokens) == 1 for g in (a, b)):
        return False
    return "".join(a.tokens) == "".join(b.tokens)


def _same_entity(a: _Group, b: _Group) -> bool:
    if _joined(a, b):
        return True
    if a.kind == "person" and b.kind == "person":
        return _same_person(a.tokens, b.tokens)
    if a.kind == "person" or b.kind == "person":
        return False
    if len(a.tokens) != len(b.tokens):
        return False
    return all(_same_word(x, y) for x, y in zip(a.tokens, b.tokens, strict=True))


def _same_word(x: str, y: str) -> bool:
    """Close spellings of one word of a place or organisation; a number in it must be the same
    ("VX12" is not "VX120")."""
    if _DIGITS.findall(x) != _DIGITS.findall(y):
        return False
    return JaroWinkler.similarity(x, y) >= OTHER_SIMILARITY


def _entity_name(mentions: Sequence[Mention]) -> str:
    """The most widely used full form: most articles, then most mentions, then shortest."""
    by_articles: dict[str, set[str]] = defaultdict(set)
    counts: Counter[str] = Counter()
    for mention in mentions:
        if mention.kind == "nationality":
            continue
        by_articles[mention.name].add(mention.article_id)
        counts[mention.name] += 1
    if not counts:
        return mentions[0].name
    return min(counts, key=lambda n: (-len(by_articles[n]), -counts[n], len(n), n))


def _kind(mentions: Sequence[Mention]) -> EntityKind:
    kinds = Counter(m.kind for m in mentions if m.kind != "nationality")
    if not kinds:
        return "place"  # a nationality with no country mention points at its country
    return min(kinds, key=lambda k: (-kinds[k], k))


def _attach_bare_surnames(
    ordered: Sequence[_Group], find: Callable[[int], int], parent: list[int]
) -> None:
    """A bare surname ("Aliyev") joins the one person of that surname, if there is just one."""
    for i, group in enumerate(ordered):
        if group.kind != "person" or len(group.tokens) != 1:
            continue
        roots = {
            find(j)
            for j, other in enumerate(ordered)
            if other.kind == "person"
            and len(other.tokens) > 1
            and JaroWinkler.similarity(other.tokens[-1], group.tokens[0]) >= SURNAME_SIMILARITY
        }
        if len(roots) == 1:
            parent[find(i)] = roots.pop()


def merge_entities(readings: Sequence[ReadArticle]) -> tuple[Entity, ...]:
    """Entities of a story, most mentioned first, each with every mention of it."""
    groups: dict[str, _Group] = {}
    for reading in readings:
        for mention in reading.mentions:
            name = mention.name or mention.text
            kind: EntityKind = mention.kind
            if mention.kind == "nationality":
                country = country_of_demonym(mention.text) or country_of_demonym(name)
                if country is None:
                    continue
                name, kind = country, "place"
            key = fold_name(name)
            if not key:
                continue
            group = groups.setdefault(key, _Group(key, kind, []))
            if kind == "person":
                group.kind = "person"  # one person-like mention decides: a name, not a thing
            group.mentions.append(mention)

    ordered = sorted(groups.values(), key=lambda g: (g.key, g.kind))
    parent = list(range(len(ordered)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    by_surname: dict[str, list[int]] = defaultdict(list)
    for index, group in enumerate(ordered):
        for block in sorted(_blocks(group)):
            by_surname[block].append(index)
    for candidates in by_surname.values():
        for pos, i in enumerate(candidates):
            for j in candidates[pos + 1 :]:
                if find(i) != find(j) and _same_entity(ordered[i], ordered[j]):
                    parent[find(j)] = find(i)

    _attach_bare_surnames(ordered, find, parent)

    clusters: dict[int, list[Mention]] = defaultdict(list)
    for index, group in enumerate(ordered):
        clusters[find(index)].extend(group.mentions)

    built = []
    for mentions in clusters.values():
        mentions.sort(key=lambda m: (m.article_id, m.start))
        name = _entity_name(mentions)
        aliases = sorted({m.text for m in mentions} | {m.name for m in mentions if m.name} - {name})
        roles = sorted({m.role for m in mentions if m.role})
        built.append((name, _kind(mentions), tuple(aliases), tuple(roles), tuple(mentions)))
    built.sort(key=lambda e: (-len({m.article_id for m in e[4]}), -len(e[4]), e[0]))
    return tuple(
        Entity(f"E{n}", name, kind, aliases, roles, mentions)
        for n, (name, kind, aliases, roles, mentions) in enumerate(built, start=1)
    )


def entity_index(entities: Sequence[Entity]) -> dict[tuple[str, int], Entity]:
    """Look up the entity of a mention by (article id, mention start)."""
    return {(m.article_id, m.start): entity for entity in entities for m in entity.mentions}
