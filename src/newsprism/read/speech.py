"""Word lists for quote attribution: speech verbs, auxiliaries, titles and noun-phrase words.

Kept apart from the attribution rules in :mod:`newsprism.read.quotes` so the vocabulary can grow
without touching the rules. Every entry is lower case.
"""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


def _forms(text: str) -> frozenset[str]:
    """Regular verb forms of each stem: "warn" → warn, warns, warned, warning."""
    out: set[str] = set()
    for stem in text.split():
        if stem.endswith("e"):
            out.update({stem, stem + "s", stem + "d", stem[:-1] + "ing"})
        else:
            out.update({stem, stem + "s", stem + "ed", stem + "ing"})
    return frozenset(out)


SPEECH_VERBS: frozenset[str] = _forms(
    "add state declare note warn insist argue claim vow pledge promise ask respond explain "
    "announce urge describe acknowledge confirm report tweet estimate hope suggest recall "
    "conclude complain accuse condemn demand threaten predict assert repeat reiterate quote cite "
    "call brand term stress emphasise emphasize criticise criticize praise hail blame lament "
    "caution remark observe boast concede contend maintain tell say continue"
) | _words(
    "said says told tells telling saying wrote writes written replied replies denied denies "
    "admitted admits admit dubbed labelled labeled stresses emphasises emphasizes posted"
)
"""Verbs that introduce or attribute speech ("said", "told", "vowed", "called"...)."""

PARTICIPLES: frozenset[str] = _words(
    "saying adding noting stressing warning insisting arguing claiming explaining calling "
    "describing urging vowing telling asking declaring stating promising pledging accusing "
    "demanding"
)
"""Participles whose subject is the subject of the sentence ("..., saying “...”")."""

TOLD_VERBS: frozenset[str] = _words("told tells tell telling")
CITING_VERBS: frozenset[str] = _words("quoted quotes quote quoting cited cites cite citing")
SAYING: frozenset[str] = _words("saying telling stating writing declaring")

AUXILIARIES: frozenset[str] = _words(
    "has have had was were is are been be will would could also later earlier previously again "
    "then reportedly repeatedly once already recently further separately publicly did does do "
    "not never just simply flatly openly firmly bluntly angrily quickly privately first "
    "subsequently initially even"
)
"""Words that may stand between a subject and its speech verb ("has also said")."""

MOODS: frozenset[str] = _words(
    "angry emotional tearful smiling former frustrated defiant somber sombre furious grim"
)
"""Adjectives that may stand between an article and a speaker after a quote ("a tearful X")."""

PASSIVE: frozenset[str] = _words("was were is are been be")

PRONOUNS: frozenset[str] = _words("he she it they")
PERSON_PRONOUNS: frozenset[str] = _words("he she")

DETERMINERS: frozenset[str] = _words("the a an its his her their our")
CONNECTORS: frozenset[str] = _words("of for de al bin von van der la le du da")

TITLE_HEADS: frozenset[str] = _words(
    "president minister secretary spokesman spokeswoman spokesperson leader chancellor premier "
    "governor mayor king queen prince general commander chief head ambassador envoy senator "
    "director chairman chairwoman chair pope emir ombudsman prosecutor speaker mp lawmaker "
    "diplomat adviser advisor aide negotiator official representative sheikh monarch "
    "vice-president secretary-general sheriff constable judge justice coroner inspector "
    "superintendent officer resident witness survivor neighbour neighbor analyst expert doctor "
    "activist lawyer attorney source"
)
"""Words that head a titled noun phrase naming one person ("the Azerbaijani president")."""

TITLE_WORDS: frozenset[str] = TITLE_HEADS | _words(
    "prime foreign defence defense interior deputy vice first state finance health economy "
    "justice former acting interim outgoing incoming top senior executive press"
)
"""Words that may form part of a title ("prime minister", "deputy foreign minister")."""

TIME_WORDS: frozenset[str] = _words("former acting interim outgoing incoming then")
"""Title words that a role recorded elsewhere in the article may lack ("the former president")."""

TITLE_SYNONYMS: dict[str, tuple[str, ...]] = {
    "leader": ("president", "prime minister", "leader", "chancellor", "premier"),
    "premier": ("premier", "prime minister"),
    "chief": ("chief", "head"),
    "head": ("head", "chief"),
    "spokesman": ("spokesman", "spokeswoman", "spokesperson"),
    "spokeswoman": ("spokesman", "spokeswoman", "spokesperson"),
    "spokesperson": ("spokesman", "spokeswoman", "spokesperson"),
}

ORG_HEADS: frozenset[str] = _words(
    "ministry agency government army military office committee council service department "
    "police court parliament embassy company group organisation organization union party "
    "administration command forces authorities commission bureau foundation institute mission "
    "cabinet presidency secretariat assembly senate congress centre center officials sources "
    "newspaper broadcaster television channel radio daily magazine network website airline firm "
    "club team hospital university"
)
"""Words that head a noun phrase naming an organisation or a group ("the Defence Ministry")."""

NP_LOWER: frozenset[str] = (
    TITLE_WORDS
    | ORG_HEADS
    | _words(
        "state-run state-owned state-controlled local regional national federal armed news "
        "reporters journalists media separatist breakaway ethnic pro-government opposition"
    )
)
"""Lower-case words allowed inside a speaker noun phrase."""

STOP_CAPITALS: frozenset[str] = _words(
    "however meanwhile but and also then later earlier on in at last this that these those "
    "yesterday today tonight after before while when as if so still now here there we i you me "
    "us asked speaking separately monday tuesday wednesday thursday friday saturday sunday "
    "january february march april may june july august september october november december "
    "according despite although since with from by for to of it they he she"
)
"""Capitalised words that never belong to a speaker noun phrase (sentence-initial adverbs...)."""

PREPOSITIONS: frozenset[str] = _words(
    "with to by of for from on at in about against met meet meets meeting called urged told "
    "and between than"
)
"""Words after which a name is an object, not a subject ("a meeting with X")."""
