"""Relation conflicts: one subject given the same kind of relation with different objects.

"X backs Y" against "X backs Z" (or "X opposes Y"), "X blamed Y" against "X blamed Z", "Y claimed
responsibility" against "Z was behind the attack", "X beat Y" against "X beat Z": relations are
read with the cue table of :mod:`newsprism.compare.relation_cues`. The subject of a sentence
that names none ("its government said ...") is the first entity of the sentence before; who is
held responsible has one stand-in subject per story. Conflicts are of kind ``claim``.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from newsprism.compare.polarity import SAME_PREFIX
from newsprism.compare.relation_cues import (
    NEGATIVE,
    POSITIVE,
    RELATION_CUES,
    RelationCue,
    RelationKind,
)
from newsprism.compare.terms import content_words
from newsprism.model import Conflict, Entity, Mention, ReadArticle, Sentence, Variant, starting_in

# "did not support": the opposition cue reads it, the support cue must not; "refused to condemn"
# and "denied backing" are neither.
_NEGATED_CUE = re.compile(
    r"(?:\bnot|n['’]t|\bnever|\brefus\w*\s+to|\brefusal\s+to|\bfail\w*\s+to|\bden(?:y|ies|ied|ying))"
    r"\s+$",
    re.I,
)
_PASSIVE = re.compile(
    r"\b(?:backed|supported|endorsed|opposed|rejected|condemned|blamed|accused|defeated|beaten)"
    r"\s+by\b",
    re.I,
)
# Words before a responsibility cue that report a denial, a doubt or a condition rather than
# the fact ("Y denied it was behind the attack", "has not verified that Y is responsible").
_DOUBT = re.compile(
    r"\b(?:den(?:y|ies|ied|ying)|dismiss\w*|disput\w*|refut\w*|rul\w*\s+out|unclear|whether|if|"
    r"unless|no\s+evidence|not\s+(?:yet\s+)?(?:verified|confirmed|known|clear|established))\b",
    re.I,
)
# Between a cue and its object only articles, a few descriptive words and titles may stand
# ("backs Governor Marsh", "sided with the incumbent president, Marsh"), after a deed of the
# object ("condemned the actions of ...").
_LEAD = re.compile(
    r"(?:[\s,]+(?i:the\s+)?(?i:actions?|conduct|behaviou?r|policies|policy|decisions?|role|"
    r"stance)\s+(?i:of|by))?"
    r"[\s,]+(?:(?:(?i:the|a|an|his|her|its|their|fellow|ally|allied|rival|incumbent|embattled|"
    r"neighbouring|neighboring|president|governor|mayor|minister|prime|candidate|challenger|"
    r"leader|government|people|regime|of|former|defending|reigning|champions?|militant|terror|"
    r"terrorist|jihadist|extremist|rebel|armed|group)|[A-Z][\w.’'-]*),?\s+){0,4}"
)
# A preposition right before a name: "a jury *in* New York", not the clause's actor.
_PREPOSED = re.compile(
    r"\b(?i:in|at|on|from|near|of|to|for|with|by|across|outside|inside|into|over|under|against|"
    r"between|among|about|after|before|during|via|per)\s+(?:[a-z][\w’'-]*\s+){0,2}$"
)
_POSSESSIVE = re.compile(r"[’'](?:s\b)?\s*")
_NOUNS = (
    r"(plan|proposal|bill|deal|agreement|accord|ceasefire|truce|resolution|motion|measure|"
    r"reform|budget|amendment|initiative|policy|treaty|referendum|offer|candidacy|nomination|bid)"
)
# After an owner "X's": "(X's) revised peace plan".
_PROPOSAL = re.compile(r"(?:[a-z][\w-]*\s+){0,2}?" + _NOUNS + r"\b", re.I)
# Without a named owner: "the plan", "the governor's plan", "the audit plan".
_OWNED_PROPOSAL = re.compile(
    r"\s+(the\s+(?:[a-z][\w-]*(?:[’']s|s[’'])\s+)?(?:[a-z][\w-]*\s+){0,2}?" + _NOUNS + r")\b",
    re.I,
)
# Where a new clause starts: its first actor is the subject ("Vell said *the Tarn League*
# backs ...", "... — *the court* rejected ...").
_CLAUSE = re.compile(
    r"[:;—–]|\s--?\s|\b(?:said|says|say|added|announced|insisted|argued|warned|told\s+\w+)\b"
    r"(?:\s+that\b)?|\bthat\b",
    re.I,
)
# Where a clause that has its own actor starts ("a house in Manchester *where* police carried
# out ..."): the actor a cue is said of stands after it.
_SUBORDINATE = re.compile(
    r"\b(?:where|when|while|whereas|because|although|though|but|and|as|since|until|if)\b", re.I
)
# Where what a relation is about ends ("blamed Y for the delays*,* and ...").
_ABOUT_END = re.compile(r"[.;:—–]|,\s+(?:and|but|which|who|while)\b|\s-\s")
_PRONOUN_SUBJECT = re.compile(r"\b(?:it|its\s+\w+|they|their\s+\w+|the\s+government)\b", re.I)
CONTEXT_CHARS = 400  # how far before a cue its clause and actors are looked for
MAX_GAP = 80  # characters between a relation's cue and its object
ABOUT_CHARS = 80  # characters after a relation's object that say what it is about
SAME_ABOUT = ("blame", "defeat")  # kinds whose variants disagree only about one thing
ACTOR_KINDS = ("place", "organisation", "person")


@dataclass(frozen=True, slots=True)
class Relation:
    subject: Entity
    stance: str  # see newsprism.compare.relation_cues: "supports", "opposes", "blames", ...
    target: Entity
    reading: ReadArticle
    sentence: Sentence
    cue: tuple[int, int] = (0, 0)  # article offsets of the cue words
    object: tuple[int, int] = (0, 0)  # article offsets of the object as written
    kind: RelationKind = "support"
    about: tuple[str, ...] = ()  # content words after the object: what it is blamed for


#: The subject of every ``responsibility`` relation: who is held responsible for the story's
#: event, whoever says so.
RESPONSIBILITY = Entity(
    id="~responsibility",
    name="the event",
    kind="other",
    aliases=(),
    roles=(),
    mentions=(),
)


def _entities_in(
    reading: ReadArticle,
    lo: int,
    hi: int,
    entity_of: Mapping[tuple[str, int], Entity],
) -> list[tuple[Mention, Entity]]:
    found = []
    for mention in starting_in(reading.mentions, lo, hi):
        entity = entity_of.get((mention.article_id, mention.start))
        if entity is not None and entity.kind in ACTOR_KINDS:
            found.append((mention, entity))
    return sorted(found, key=lambda me: me[0].start)


def _plan(noun: str, owner: Entity | None) -> Entity:
    """The stand-in entity of a proposal ("the plan", "Marsh's plan"): one per noun and owner."""
    name = f"{owner.name}'s {noun}" if owner is not None else f"the {noun}"
    key = f"{owner.id}:{noun}" if owner is not None else noun
    return Entity(id=f"~{key}", name=name, kind="other", aliases=(), roles=(), mentions=())


def _clause_start(text: str, offset: int, cue: int) -> int:
    """Where the cue's clause starts (article offset), looking back at most
    :data:`CONTEXT_CHARS`."""
    lo = max(0, cue - offset - CONTEXT_CHARS)
    clause = offset + lo
    for split in _CLAUSE.finditer(text, lo, cue - offset):
        clause = offset + split.end()
    return clause


def _actors_before(
    text: str, offset: int, cue: int, in_sentence: Sequence[tuple[Mention, Entity]]
) -> list[tuple[Mention, Entity]]:
    """The actors before the cue that may be its clause's actor: not an owner ("X's") and,
    when any other is, not led by a preposition ("a jury in *New York*")."""
    actors = [
        (m, e)
        for m, e in in_sentence
        if m.end <= cue and not _POSSESSIVE.match(text, m.end - offset)
    ]
    free = [(m, e) for m, e in actors if not _PREPOSED.search(text, 0, m.start - offset)]
    return free or actors


def _subject(
    text: str,
    offset: int,
    cue: int,
    in_sentence: Sequence[tuple[Mention, Entity]],
    previous: Entity | None,
) -> Entity | None:
    """The first actor of the cue's clause (an owner "X's" is skipped); for a clause that
    names none but has a pronoun, the first actor of the sentence, else of the sentence before."""
    clause = _clause_start(text, offset, cue)
    actors = _actors_before(text, offset, cue, in_sentence)
    in_clause = [e for m, e in actors if clause <= m.start]
    if in_clause:
        return in_clause[0]
    if not _PRONOUN_SUBJECT.search(text, clause - offset, cue - offset):
        return actors[0][1] if actors else None
    return actors[0][1] if actors else previous


def _agent(
    text: str, offset: int, cue: int, in_sentence: Sequence[tuple[Mention, Entity]]
) -> tuple[Entity, int, int] | None:
    """The actor a cue is said of when it stands before the cue ("*Y* claimed responsibility",
    "*Y*, 34, is accused of ..."): the nearest one in the cue's clause, within
    :data:`MAX_GAP` characters."""
    clause = _clause_start(text, offset, cue)
    for split in _SUBORDINATE.finditer(text, clause - offset, cue - offset):
        clause = offset + split.end()
    actors = [
        (m, e) for m, e in _actors_before(text, offset, cue, in_sentence) if clause <= m.start
    ]
    if not actors or cue - actors[-1][0].end > MAX_GAP:
        return None
    mention, entity = actors[-1]
    return entity, mention.start, mention.end


def _target(
    reading: ReadArticle,
    cue_end: int,
    limit: int,
    in_sentence: Sequence[tuple[Mention, Entity]],
    after: re.Pattern[str] | None = None,
) -> tuple[Entity, int, int] | None:
    """The object right after a cue: an actor led only by articles and titles ("backs
    Governor Marsh"), or a proposal ("the governor's plan", "Marsh's plan", "the plan");
    anything else after the cue ("rejected a challenge to Marsh") is not an object. With
    ``after``, only an actor those words follow ("accused Marsh *of*")."""
    text = reading.article.text
    for mention, entity in in_sentence:
        if mention.start < cue_end:
            continue
        if mention.start > cue_end + MAX_GAP or not _LEAD.fullmatch(text, cue_end, mention.start):
            break
        if after is not None:
            if after.match(text, mention.end, limit) is None:
                return None
            return entity, mention.start, mention.end
        owned = _POSSESSIVE.match(text, mention.end, limit)
        if owned is None:
            return entity, mention.start, mention.end
        plan = _PROPOSAL.match(text, owned.end(), limit)
        if plan is None:
            return None
        return _plan(plan.group(1).lower(), entity), mention.start, plan.end(1)
    if after is not None:
        return None
    plan = _OWNED_PROPOSAL.match(text, cue_end, limit)
    if plan is None:
        return None
    return _plan(plan.group(2).lower(), None), plan.start(1), plan.end(1)


def _read_cue(
    cue: RelationCue,
    match: re.Match[str],
    reading: ReadArticle,
    sentence: Sentence,
    in_sentence: Sequence[tuple[Mention, Entity]],
    previous: Entity | None,
) -> Relation | None:
    """The relation one cue match states, or None when it has no object or subject."""
    text = sentence.text
    if _PASSIVE.match(text, match.start()) or _NEGATED_CUE.search(
        text, max(0, match.start() - 16), match.start()
    ):
        return None
    if cue.kind == "responsibility" and _DOUBT.search(
        text, max(0, match.start() - CONTEXT_CHARS), match.start()
    ):
        return None
    cue_start, cue_end = sentence.start + match.start(), sentence.start + match.end()
    if cue.object_first:
        found = _agent(text, sentence.start, cue_start, in_sentence)
    else:
        found = _target(reading, cue_end, sentence.end, in_sentence, cue.after)
    if found is None:
        return None
    target, start, end = found
    if cue.kind == "responsibility":
        subject: Entity | None = RESPONSIBILITY
    else:
        subject = _subject(text, sentence.start, cue_start, in_sentence, previous)
    if subject is None or target.id == subject.id:
        return None
    rest = reading.article.text[end : min(sentence.end, end + ABOUT_CHARS)]
    about = tuple(content_words(_ABOUT_END.split(rest, maxsplit=1)[0]))
    return Relation(
        subject,
        cue.stance,
        target,
        reading,
        sentence,
        (cue_start, cue_end),
        (start, end),
        cue.kind,
        about,
    )


def find_relations(
    reading: ReadArticle, entity_of: Mapping[tuple[str, int], Entity]
) -> list[Relation]:
    """The relations stated in the article's body sentences, one per cue position (the first
    cue of :data:`~newsprism.compare.relation_cues.RELATION_CUES` that reads one wins)."""
    relations = []
    previous_subject: Entity | None = None
    for sentence in reading.sentences:
        if sentence.role != "body":
            continue
        in_sentence = _entities_in(reading, sentence.start, sentence.end, entity_of)
        starts = [mention.start for mention, _ in in_sentence]
        read: set[int] = set()
        for cue in RELATION_CUES:
            for match in cue.pattern.finditer(sentence.text):
                if match.start() in read:
                    continue
                # the actors a cue may concern stand near it: a bounded slice keeps a very long
                # sentence linear
                at = sentence.start + match.start()
                near = in_sentence[
                    bisect_left(starts, at - CONTEXT_CHARS) : bisect_right(
                        starts, sentence.start + match.end() + MAX_GAP
                    )
                ]
                relation = _read_cue(cue, match, reading, sentence, near, previous_subject)
                if relation is not None:
                    read.add(match.start())
                    relations.append(relation)
        if in_sentence:
            previous_subject = in_sentence[0][1]
    return sorted(relations, key=lambda r: (r.cue, r.object))


_SUBJECT_TEXT = {
    "support": "whom {s} supports",
    "blame": "whom {s} blames",
    "responsibility": "who is held responsible",
    "defeat": "whom {s} defeated",
}
_EXPLAINED = {
    "support": "Opposite claims about {s}",
    "blame": "Different claims about whom {s} blames",
    "responsibility": "Different claims about who is responsible",
    "defeat": "Different claims about whom {s} defeated",
}


def _value(relation: Relation) -> str:
    subject, target = relation.subject.name, relation.target.name
    if relation.kind == "responsibility":
        return f"{target} {'held responsible' if relation.stance == 'responsible' else 'cleared'}"
    return f"{subject} {relation.stance} {target}"


def relation_group(relation: Relation) -> tuple[str, str, str]:
    """The relations that may disagree with each other: one kind, one subject and, for blame
    and responsibility, one kind of object (blaming a gunman and the group that claims him,
    or a person and a country, is no disagreement)."""
    blamed = relation.target.kind if relation.kind in ("blame", "responsibility") else ""
    return (relation.kind, relation.subject.id, blamed)


def _disagree(a: tuple[str, str], b: tuple[str, str]) -> bool:
    """Two (stance, object) variants of one group that cannot both hold: two positive stances
    on different objects, or opposite stances on one object."""
    (stance_a, target_a), (stance_b, target_b) = a, b
    if stance_a in POSITIVE and stance_b in POSITIVE:
        return target_a != target_b
    return target_a == target_b and (stance_a in NEGATIVE) != (stance_b in NEGATIVE)


def relation_conflicts(
    readings: Sequence[ReadArticle], entity_of: Mapping[tuple[str, int], Entity]
) -> list[Conflict]:
    """One subject given the same kind of relation with different objects ("X supports Y"
    against "X supports Z", "Y claimed responsibility" against "Z was behind the attack"), or
    one object with opposite stances ("X supports Y" against "X opposes Y"); see
    :func:`relation_group` and :func:`_clashing` for what may disagree."""
    by_subject: dict[tuple[str, str, str], list[Relation]] = defaultdict(list)
    for reading in readings:
        for relation in find_relations(reading, entity_of):
            by_subject[relation_group(relation)].append(relation)
    conflicts = []
    for key in sorted(by_subject):
        relations = by_subject[key]
        variants: dict[tuple[str, str], list[Relation]] = defaultdict(list)
        for relation in relations:
            variants[(relation.stance, relation.target.id)].append(relation)
        clashing = _clashing(key[0], variants)
        if not clashing:
            continue
        kind, subject = relations[0].kind, relations[0].subject.name
        ordered = sorted(
            ((v, rels) for v, rels in variants.items() if v in clashing),
            key=lambda kv: _variant_order(kv[1]),
        )
        built = tuple(
            Variant(
                value=_value(rels[0]),
                articles=tuple(sorted({r.reading.id for r in rels})),
                evidence=tuple(dict.fromkeys(r.sentence.as_evidence() for r in rels)),
            )
            for _, rels in ordered
        )
        listing = " vs ".join(
            f"{v.value} ({', '.join(sorted({r.reading.source for r in rels}))})"
            for v, (_, rels) in zip(built, ordered, strict=True)
        )
        conflicts.append(
            Conflict(
                id="",
                kind="claim",
                subject=_SUBJECT_TEXT[kind].format(s=subject),
                explanation=f"{_EXPLAINED[kind].format(s=subject)}: {listing}.",
                variants=built,
            )
        )
    return conflicts


def _clashing(
    kind: str, variants: Mapping[tuple[str, str], Sequence[Relation]]
) -> set[tuple[str, str]]:
    """The variants of one group that take part in a disagreement. Support is read over the
    whole story, one article against itself too (an outlet that has X back Y, then Z), and a
    disagreement shows every variant; the other kinds need two articles each stating its
    variant and not the other's, so an article that names both ("X blamed Y and Z") is no
    disagreement."""
    if kind == "support":
        clash = any(_disagree(v, w) for v in variants for w in variants)
        return set(variants) if clash else set()
    stated = {v: {r.reading.id for r in rels} for v, rels in variants.items()}
    return {
        v
        for v in variants
        for w in variants
        if _disagree(v, w)
        and stated[v] - stated[w]
        and stated[w] - stated[v]
        and (kind not in SAME_ABOUT or _same_about(variants[v], variants[w]))
    }


def _same_about(a: Sequence[Relation], b: Sequence[Relation]) -> bool:
    """Whether two blame or defeat variants say what about alike ("blamed Y *for the delays*",
    "beat Y *on penalties*"): a content word in common (by its first letters), so blaming two
    people for two things, or beating two teams in two rounds, is no disagreement."""
    words = {w[:SAME_PREFIX] for r in a for w in r.about}
    return any(w[:SAME_PREFIX] in words for r in b for w in r.about)


def _variant_order(relations: Sequence[Relation]) -> tuple[str, int]:
    first = min(relations, key=lambda r: (r.reading.id, r.sentence.start))
    return (first.reading.id, first.sentence.start)
