"""Date conflicts between sentences that report one event but were not aligned into one fact.

Alignment weighs a sentence's dates among its terms, so two articles dating one event
differently may well end up in different facts; and a sentence may be aligned with one
article's version while another article's version of the event sits elsewhere. Here every
dated body sentence is compared with the dated body sentences of the other articles on what it
says, dates left out: TF-IDF over content words, entity ids and figures (weighted over the
whole story, so words every article uses weigh little). Two sentences are taken for one event
when their cosine reaches :data:`SAME_EVENT` and they share :data:`MIN_SHARED_WORDS` content
words (not just names); or when the cosine reaches the lower :data:`SAME_EVENT_NEAR`, they share
:data:`MIN_SHARED_NEAR` content words or names (two words at least) and one of them stands next
to both dates ("killed Sunday" / "killed at 41 on Monday"); or when the cosine reaches
:data:`SAME_HAPPENING`, they share a word or a name, and one kind of happening (harm, quake,
wreck) is named near both dates ("after a shooting in Vienna late Monday" / "four were killed
in Vienna on Monday night"). When a group holds two or more sentences with a happening right
next to their date, the others leave it: "40 remained missing on Sunday after the ferry
capsized" dates a state, not the capsizing. Sentences are grouped greedily, one per article,
most similar pairs first, and a group takes a sentence only when it reports one event with
every member (so "the Saturday quake" and "another quake on Wednesday" are not chained together
through a sentence naming both); differing days in a group are a conflict, by the rules of
:mod:`~newsprism.compare.dates` (adjacent days may straddle midnight; a coarse date covering
both reconciles them).

Left out: sentences giving several days. A sentence that tells one of several like events
apart or speaks of a plan (``dates.OTHER_EVENT``: "another quake", "since Saturday's", "was due
to") next to its date is compared only with sentences using the same such words there:
"another quake struck on Wednesday" and "another strong quake hit on Friday" date one event,
"a quake struck on Saturday" another. A weekday in an article whose publication date is only
estimated is compared by its weekday: it is moved to its occurrence nearest the day the
group's other articles give, so a guessed week does not make a conflict. A group whose
outlying sentences are all in a conflict already made is not reported again.

A time right after a speech cue ("told reporters Tuesday") dates the statement: such a
sentence is grouped only with sentences dating a statement too (two statement dates a day
apart are no conflict: "told the paper on Wednesday" and "in an interview published on
Thursday" date the words and their publication), and against an event it is a
conflict only when the statement comes before the day the other article gives the event (the
day before counts, unless the event is given at the start of its day or the statement at the
end of its own: then time zones may explain it).

Dates that match no sentence are checked by the words next to them in
:mod:`~newsprism.compare.date_signatures`.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Mapping, Sequence
from dataclasses import replace
from datetime import timedelta

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer

from newsprism.compare.date_signatures import signature_conflicts
from newsprism.compare.dated_sentences import (
    DatedSentence,
    dated_sentence,
    dates_a_happening,
    day_of,
    nearest_weekday,
    undated_terms,
)
from newsprism.compare.dates import (
    Dated,
    Variants,
    date_conflict,
    date_evidence,
    date_variants,
    day_edge,
    reconciled,
    straddle,
)
from newsprism.compare.event_names import event_name_conflicts
from newsprism.model import Conflict, Entity, ReadArticle

SAME_EVENT = 0.4  # cosine of two sentences' terms (dates left out) taken for one event
MIN_SHARED_WORDS = 2  # content words (not entities, figures) the two sentences share
# ... or a lower cosine when both sentences name one event word right next to their dates
SAME_EVENT_NEAR = 0.15
MIN_SHARED_NEAR = 3
# the cosine two such sentences need; 0.1 missed the sample ferry's two dates (0.091), and dev
# gives the same results at 0.1 and 0.08 (no new conflict on the unperturbed stories)
SAME_HAPPENING = 0.08
MAX_SENTENCES = 600  # bound on the dated sentences compared pairwise


def event_date_conflicts(
    readings: Sequence[ReadArticle],
    entity_of: Mapping[tuple[str, int], Entity],
    known: Collection[Conflict] = (),
) -> list[Conflict]:
    """Sentences of different articles reporting one event on different days (groups whose
    sentences all appear in a ``known`` conflict's evidence are left to it)."""
    docs: list[list[str]] = []
    items: list[tuple[int, DatedSentence]] = []
    for reading in readings:
        for sentence in reading.sentences:
            if sentence.role != "body" or reading.article.role_at(sentence.start) != "body":
                continue
            terms = undated_terms(reading, sentence, entity_of)
            item = dated_sentence(reading, sentence, terms)
            if item is not None and len(items) < MAX_SENTENCES:
                items.append((len(docs), item))
            docs.append(terms)
    if len(items) < 2 or len({item.reading.id for _, item in items}) < 2:
        return []
    try:
        matrix = TfidfVectorizer(analyzer=_identity, sublinear_tf=True).fit_transform(docs)
    except ValueError:  # no terms at all
        return []
    rows = matrix[[index for index, _ in items]]
    similarity = (rows @ rows.T).toarray()
    dated = [item for _, item in items]
    groups = _group(dated, similarity)
    covered = date_evidence(known)
    conflicts = []
    for group in [*groups, *_cliques_of_strays(dated, similarity, groups)]:
        conflict = _group_conflict([dated[i] for i in group], covered)
        if conflict is not None:
            conflicts.append(conflict)
            covered |= date_evidence([conflict])
    conflicts += _premature_statements(dated, similarity)
    conflicts += event_name_conflicts(readings, [*known, *conflicts])
    conflicts += signature_conflicts(readings, [*known, *conflicts])
    return conflicts


def _group_conflict(
    members: list[DatedSentence], covered: Collection[tuple[str, int]]
) -> Conflict | None:
    """The conflict of one group of sentences reporting one event, if their days differ (see
    the module docstring for the days that do not)."""
    if all((m.reading.id, m.sentence.start) in covered for m in members):
        return None
    happening = [m for m in members if m.happenings or dates_a_happening(m)]
    if len(happening) >= 2:
        members = happening  # "remained missing on Sunday after it capsized" dates a state
    entries = _anchored(members)
    variants = date_variants(entries, "day")
    if len(variants) < 2 or straddle(variants) or reconciled(entries, variants):
        return None
    if members[0].statement and max(variants) - min(variants) <= timedelta(days=1):
        return None  # "told the paper on Wednesday" / "an interview published on Thursday"
    if _outliers_known(variants, covered):
        return None
    first = min(members, key=lambda m: (m.reading.id, m.sentence.start))
    return date_conflict(first.sentence.text, variants)


def _cliques_of_strays(
    items: Sequence[DatedSentence], similarity: np.ndarray, groups: Sequence[Sequence[int]]
) -> list[list[int]]:
    """A sentence left out of every group with the members of a group it reports one event
    with, when they are two or more and give one day: greedy grouping may have filled that
    group with a sentence the stray does not match ("died Friday evening" matches three reports
    of the death, not a fourth article's announcement of it), yet the stray and those members
    report one event with each other all the same."""
    grouped = {i for group in groups for i in group}
    cliques = []
    for i, stray in enumerate(items):
        if i in grouped:
            continue
        for group in groups:
            if any(items[k].reading.id == stray.reading.id for k in group):
                continue
            linked = [
                k
                for k in group
                if items[k].statement == stray.statement
                and same_event(stray, items[k], float(similarity[i, k]))
            ]
            if len(linked) >= 2 and len({day_of(items[k]) for k in linked}) == 1:
                cliques.append(sorted([i, *linked]))
    return cliques


def _outliers_known(variants: Variants, covered: Collection[tuple[str, int]]) -> bool:
    """Whether the sentences giving a day other than the most given one are all in the evidence
    of a conflict already made (the same discrepancy, seen from another group)."""
    ranked = sorted(variants, key=lambda day: (-len(variants[day]), day))
    return all(
        (reading.id, sentence.start) in covered
        for day in ranked[1:]
        for reading, sentence, _ in variants[day]
    )


def _anchored(members: Sequence[DatedSentence]) -> list[Dated]:
    """The members' dated references, a weekday resolved against a guessed publication date
    moved to its occurrence nearest the day the other members give most (left out when no
    member's day is trusted)."""
    days = Counter(day for m in members if not m.guessed and (day := day_of(m)) is not None)
    if not days:
        return [m.refs[0] for m in members if not m.guessed]
    anchor = min(days, key=lambda day: (-days[day], day))
    entries = []
    for member in members:
        reading, sentence, refs = member.refs[0]
        if member.guessed:
            refs = [
                replace(r, resolved=nearest_weekday(r.resolved, anchor))
                if r.method == "weekday" and r.resolved is not None
                else r
                for r in refs
            ]
        entries.append((reading, sentence, refs))
    return entries


def _premature_statements(items: Sequence[DatedSentence], similarity: np.ndarray) -> list[Conflict]:
    """A statement about an event dated before the day another article gives the event ("told
    reporters Sunday that two died" against "two died in the attack Monday evening")."""
    conflicts = []
    for i, said in enumerate(items):
        if not said.statement or said.guessed:
            continue
        said_day = day_of(said)
        for j, event in enumerate(items):
            if event.statement or event.guessed or event.reading.id == said.reading.id:
                continue
            if not dates_a_happening(event):
                continue  # "38 remained missing on Sunday": a state, true before Sunday too
            event_day = day_of(event)
            if said_day is None or event_day is None or said_day >= event_day:
                continue
            if not same_event(said, event, float(similarity[i, j])):
                continue
            variants = date_variants([said.refs[0], event.refs[0]], "day")
            if len(variants) == 2 and not _may_cross_midnight(said, event, event_day - said_day):
                conflicts.append(date_conflict(event.sentence.text, variants))
                break
    return conflicts


def _may_cross_midnight(said: DatedSentence, event: DatedSentence, gap: timedelta) -> bool:
    """Whether a statement dated the day before its event may still follow it: only when the
    event is given at the start of its day ("early Monday", "at 1 am") or the statement at the
    end of its own ("late Sunday"), seen from time zones apart."""
    return gap.days == 1 and ("early" in _edges(event) or "late" in _edges(said))


def _edges(item: DatedSentence) -> set[str | None]:
    reading, sentence, refs = item.refs[0]
    return {day_edge(reading, sentence, r) for r in refs if r.granularity == "day"}


def _identity(terms: list[str]) -> list[str]:
    return terms


def same_event(a: DatedSentence, b: DatedSentence, similarity: float) -> bool:
    """Whether two dated sentences report one event (see the module docstring)."""
    if a.cues != b.cues or similarity < min(SAME_EVENT, SAME_EVENT_NEAR, SAME_HAPPENING):
        return False
    shared = len(a.words & b.words)
    if similarity >= SAME_EVENT and shared >= MIN_SHARED_WORDS:
        return True
    entities = len({t for t in a.terms if t[:1] == "@"} & {t for t in b.terms if t[:1] == "@"})
    if (
        similarity >= SAME_EVENT_NEAR
        and shared >= MIN_SHARED_WORDS
        and shared + entities >= MIN_SHARED_NEAR
        and a.near & b.near
    ):
        return True
    return (
        similarity >= SAME_HAPPENING
        and bool(a.happenings & b.happenings)
        and bool({t for t in a.terms if t[:1] != "#"} & set(b.terms))
    )


def _group(items: Sequence[DatedSentence], similarity: np.ndarray) -> list[list[int]]:
    """Greedy groups of one sentence per article, most similar pairs first; two groups join only
    when every pair of their members reports one event (complete linkage)."""
    n = len(items)
    edges = []
    for i in range(n):
        for j in range(i + 1, n):
            a, b = items[i], items[j]
            if a.reading.id == b.reading.id or a.statement != b.statement:
                continue
            value = float(similarity[i, j])
            if same_event(a, b, value):
                edges.append((-value, i, j))
    edges.sort()
    linked = {(i, j) for _, i, j in edges}
    group_of = list(range(n))
    members: dict[int, list[int]] = {i: [i] for i in range(n)}
    for _, i, j in edges:
        left, right = group_of[i], group_of[j]
        if left == right:
            continue
        articles = {items[k].reading.id for k in members[left]}
        if any(items[k].reading.id in articles for k in members[right]):
            continue
        if not all((min(x, y), max(x, y)) in linked for x in members[left] for y in members[right]):
            continue
        members[left].extend(members.pop(right))
        for k in members[left]:
            group_of[k] = left
    return [sorted(g) for g in members.values() if len(g) > 1]
