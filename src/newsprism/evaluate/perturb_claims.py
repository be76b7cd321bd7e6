"""Perturbations of claims: who said a quote, whom a relation concerns, whether a statement is
negated, and a person's title."""

from __future__ import annotations

import random
import re
from collections.abc import Sequence

from rapidfuzz import fuzz
from rapidfuzz.distance import JaroWinkler

from newsprism.compare.entities import entity_index, fold_name, merge_entities
from newsprism.compare.quotes import normalise_quote
from newsprism.compare.relations import Relation, find_relations, relation_group
from newsprism.compare.terms import content_words
from newsprism.evaluate.edit import (
    NEGATION,
    PRONOUNS,
    Perturbation,
    body_sentences,
    fold,
    in_body,
    match_case,
    others,
    sentence_at,
)
from newsprism.model import Mention, ReadArticle

SAME_QUOTE = 90.0
MIN_QUOTE_CHARS = 12
SAME_STATEMENT = 0.6  # shared content words / the smaller sentence's content words
MIN_SHARED_WORDS = 4
SAME_NAME = 0.85  # Jaro-Winkler of folded name words taken for one name (Moise/Moïse)


# --- attribution ------------------------------------------------------------------------------


def _persons(story: Sequence[ReadArticle]) -> dict[str, str]:
    """Full names (two words or more) of the people of the story, by folded surname: those
    quoted or given a title somewhere (the surest persons), else every person named."""
    every: dict[str, str] = {}
    sure: dict[str, str] = {}
    for reading in story:
        speakers = {fold(q.speaker) for q in reading.quotes if q.speaker}
        for m in reading.mentions:
            if m.kind == "person" and len(m.name.split()) >= 2:
                key = fold_name(m.name.split()[-1])
                every.setdefault(key, m.name)
                if m.role or fold(m.name) in speakers:
                    sure.setdefault(key, m.name)
    return dict(sorted((sure or every).items()))


def _shared_quote(text: str, readings: Sequence[ReadArticle]) -> bool:
    key = normalise_quote(text)
    if len(key) < MIN_QUOTE_CHARS:
        return False
    for reading in readings:
        for quote in reading.quotes:
            other = normalise_quote(quote.text)
            short, long = sorted((key, other), key=len)
            if len(short) >= MIN_QUOTE_CHARS and fuzz.partial_ratio(short, long) >= SAME_QUOTE:
                return True
    return False


def _like_any(word: str, words: Sequence[str]) -> bool:
    return any(JaroWinkler.similarity(word, other) >= SAME_NAME for other in words)


def _person_at(reading: ReadArticle, start: int, end: int) -> Mention | None:
    for m in reading.mentions:
        if m.kind == "person" and m.start < end and start < m.end:
            return m
    return None


def attribution_perturbations(
    story: Sequence[ReadArticle], rng: random.Random
) -> list[Perturbation]:
    people = _persons(story)
    found = []
    for reading in story:
        here = {
            fold_name(m.name.split()[-1]) for m in reading.mentions if m.kind == "person" and m.name
        }
        for quote in reading.quotes:
            if quote.speaker_start is None or quote.speaker_end is None or not quote.speaker:
                continue
            surface = reading.article.text[quote.speaker_start : quote.speaker_end]
            if not surface[:1].isupper() or surface.lower() in PRONOUNS:
                continue
            mention = _person_at(reading, quote.speaker_start, quote.speaker_end)
            if mention is None or not _shared_quote(quote.text, others(story, reading)):
                continue
            words = fold_name(f"{quote.speaker} {surface}").split()
            choices = [key for key in people if not _like_any(key, words)]
            if not choices:
                continue
            key = rng.choice(choices)
            full = people[key]
            one_word = len(surface.split()) == 1 and key in here
            new = full.split()[-1] if one_word else full
            found.append(
                Perturbation(
                    "attribution",
                    reading.id,
                    quote.speaker_start,
                    quote.speaker_end,
                    surface,
                    new,
                    f"quote given to {new} instead of {surface}",
                )
            )
    return found


# --- relations --------------------------------------------------------------------------------


def _relations(story: Sequence[ReadArticle]) -> dict[str, list[Relation]]:
    """The relations the detector reads in each article (actor objects only), by article id."""
    entity_of = entity_index(merge_entities(story))
    return {
        r.id: [x for x in find_relations(r, entity_of) if not x.target.id.startswith("~")]
        for r in story
    }


def _names(story: Sequence[ReadArticle], entity_of_kind: str) -> dict[str, str]:
    """Names of one kind as some article writes them in full, by folded name: places and
    organisations as written, people by a mention of two words or more."""
    names: dict[str, str] = {}
    for reading in story:
        for m in reading.mentions:
            if m.kind != entity_of_kind or not m.text[:1].isupper():
                continue
            if m.kind == "person" and len(m.text.split()) < 2:
                continue
            names.setdefault(fold(m.name or m.text), m.text)
    return dict(sorted(names.items()))


def _said_twice(relation: Relation, relations: Sequence[Relation]) -> bool:
    """Whether the article gives the relation's subject the same object elsewhere too: changing
    one of them would make the article disagree with itself, not with another outlet."""
    return any(
        x.kind == relation.kind
        and x.subject.id == relation.subject.id
        and x.target.id == relation.target.id
        and x.object != relation.object
        for x in relations
    )


def relation_perturbations(story: Sequence[ReadArticle], rng: random.Random) -> list[Perturbation]:
    """The object of a relation the detector reads ("X backs *Y*", "*Y* claimed
    responsibility") whose subject another article gives the same kind of relation (with an
    object of the same kind, for blame and responsibility: see
    :func:`~newsprism.compare.relations.relation_group`), replaced by another name of the
    object's kind."""
    relations = _relations(story)
    found = []
    for reading in story:
        text = reading.article.text
        elsewhere = {
            relation_group(x) for other in others(story, reading) for x in relations[other.id]
        }
        done: set[int] = set()
        for relation in relations[reading.id]:
            start, end = relation.object
            if relation_group(relation) not in elsewhere or start in done:
                continue
            if _said_twice(relation, relations[reading.id]):
                continue
            done.add(start)
            kind = next(
                (m.kind for m in reading.mentions if m.start == start), relation.target.kind
            )
            names = _names(story, kind)
            taken = {fold(n) for n in (relation.subject.name, relation.target.name)}
            taken |= {fold(a) for a in (*relation.subject.aliases, *relation.target.aliases)}
            taken |= {
                fold(m.name or m.text)
                for m in reading.mentions
                if relation.sentence.start <= m.start < relation.sentence.end
            }
            choices = [k for k in names if k not in taken and not _like_any(k, sorted(taken))]
            if not choices:
                continue
            new = names[rng.choice(choices)]
            found.append(
                Perturbation(
                    "relation",
                    reading.id,
                    start,
                    end,
                    text[start:end],
                    new,
                    f"object {text[start:end]} → {new}",
                )
            )
    return found


# --- negation ---------------------------------------------------------------------------------

_AUXILIARY = (
    r"\b(?:has|have|had|is|are|was|were|will|would|can|could|should|must|did|does|do|may|might)"
)
# "not" before only/just/merely/simply would make "is not only ...", which negates nothing
_INSERT = re.compile(
    _AUXILIARY + r"(?=\s+(?!not\b|no\b|never\b|only\b|just\b|merely\b|simply\b)[a-z]{2,}\b)"
)
_REMOVE = re.compile(_AUXILIARY + r"(\s+not)\b")


def _states_too(words: set[str], negated: bool, readings: Sequence[ReadArticle]) -> bool:
    """Whether another article has a body sentence saying (most of) the same, same polarity."""
    for reading in readings:
        for sentence in body_sentences(reading):
            if bool(NEGATION.search(sentence.text)) != negated:
                continue
            other = set(content_words(sentence.text))
            shared = len(words & other)
            if (
                shared >= MIN_SHARED_WORDS
                and shared / min(len(words), len(other)) >= SAME_STATEMENT
            ):
                return True
    return False


def negation_perturbations(story: Sequence[ReadArticle], rng: random.Random) -> list[Perturbation]:
    found = []
    for reading in story:
        for sentence in body_sentences(reading):
            negated = bool(NEGATION.search(sentence.text))
            words = set(content_words(sentence.text))
            if len(words) < MIN_SHARED_WORDS:
                continue
            if negated:
                removable = list(_REMOVE.finditer(sentence.text))
                if len(removable) != 1 or len(NEGATION.findall(sentence.text)) != 1:
                    continue
                match = removable[0]
                start = sentence.start + match.start(1)
                original, new = match.group(1), ""
                detail = f"'{match.group()}' → '{match.group()[: -len(original)]}'"
            else:
                insertable = list(_INSERT.finditer(sentence.text))
                if not insertable:
                    continue
                match = rng.choice(insertable)
                start = sentence.start + match.end()
                original, new = "", " not"
                detail = f"'{match.group()}' → '{match.group()} not'"
            if not _states_too(words, negated, others(story, reading)):
                continue
            found.append(
                Perturbation(
                    "negation", reading.id, start, start + len(original), original, new, detail
                )
            )
    return found


# --- titles -----------------------------------------------------------------------------------

TITLE_SWAPS = {
    "foreign": "defence",
    "defence": "foreign",
    "defense": "foreign",
    "interior": "finance",
    "finance": "interior",
    "health": "education",
    "education": "health",
    "justice": "energy",
    "energy": "justice",
    "transport": "trade",
    "trade": "transport",
    "prime": "foreign",
    "president": "governor",
    "governor": "mayor",
    "mayor": "governor",
    "spokesman": "adviser",
    "spokeswoman": "adviser",
    "spokesperson": "adviser",
    "chief": "deputy",
    "director": "spokesperson",
    "commander": "spokesperson",
    "ambassador": "minister",
    "senator": "governor",
    "judge": "prosecutor",
    "prosecutor": "judge",
    "captain": "engineer",
    "chairman": "treasurer",
    "secretary": "minister",
}
_TITLE_WORD = re.compile(r"\b(?:" + "|".join(TITLE_SWAPS) + r")\b", re.I)
ROLE_WINDOW = 80
_FORMER = re.compile(r"\b(?:former|ex|then|late)\b[\s-]*$|^(?:former|ex|then)\b", re.I)


def _titled(reading: ReadArticle) -> set[str]:
    return {fold(m.name.split()[-1]) for m in reading.mentions if m.kind == "person" and m.role}


def _role_span(reading: ReadArticle, mention: Mention) -> tuple[int, int] | None:
    """Where the mention's role is written, nearest the mention, within its sentence."""
    if not mention.role:
        return None
    sentence = sentence_at(reading, mention.start)
    if sentence is None:
        return None
    text = reading.article.text
    lo = max(sentence.start, mention.start - ROLE_WINDOW)
    hi = min(sentence.end, mention.end + ROLE_WINDOW)
    pattern = re.compile(r"(?<!\w)" + re.escape(mention.role) + r"(?!\w)", re.I)
    spans = [(lo + m.start(), lo + m.end()) for m in pattern.finditer(text[lo:hi])]
    spans = [s for s in spans if s[1] <= mention.start or s[0] >= mention.end]
    if not spans:
        return None
    return min(spans, key=lambda s: min(abs(s[1] - mention.start), abs(s[0] - mention.end)))


def title_perturbations(story: Sequence[ReadArticle], rng: random.Random) -> list[Perturbation]:
    del rng  # the swap table decides
    found = []
    done: set[tuple[str, int]] = set()
    for reading in story:
        elsewhere = set().union(*(_titled(r) for r in others(story, reading)))
        for mention in reading.mentions:
            if mention.kind != "person" or not mention.name or not in_body(reading, mention.start):
                continue
            if fold(mention.name.split()[-1]) not in elsewhere:
                continue
            span = _role_span(reading, mention)
            if span is None or (reading.id, span[0]) in done:
                continue
            if _FORMER.search(reading.article.text, max(0, span[0] - 12), span[0]) or (
                _FORMER.match(mention.role or "")
            ):
                continue  # a former title may be one of several: changing it makes no conflict
            word = _TITLE_WORD.search(reading.article.text, span[0], span[1])
            if word is None:
                continue
            done.add((reading.id, span[0]))
            new = match_case(TITLE_SWAPS[word.group().lower()], word.group())
            found.append(
                Perturbation(
                    "title",
                    reading.id,
                    word.start(),
                    word.end(),
                    word.group(),
                    new,
                    f"{word.group()} → {new} in title {mention.role!r} of {mention.name}",
                )
            )
    return found
