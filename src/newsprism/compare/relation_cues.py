"""The table of words that state a relation between two actors, with what each relation means.

A :class:`RelationCue` is one way of writing a relation: its words (a compiled pattern), the
relation it states (its *kind*), its *stance* within that kind, where the object stands, and
words that must follow the object. Four kinds are read:

- ``support``: "X backs Y", "sided with Y", "ruled in favour of Y" (stance ``supports``) against
  "X opposes Y", "rejected Y's plan", "voted against Y" (``opposes``);
- ``blame``: whom X blames: "X blamed Y", "X accused Y of ...", "pointed the finger at Y";
- ``responsibility``: who is held responsible for the story's event, whoever says so: "Y claimed
  responsibility", "Y was behind the attack", "blamed the bombing on Y", "found Y liable",
  "Y is accused of killing ...", "identified Y as the gunman" (``responsible``) against "Y was
  cleared of ...", "acquitted Y" (``cleared``). Its subject is one stand-in for the story;
- ``defeat``: "X beat Y", "X defeated Y".

Two outlets giving one subject the same kind of relation with different objects (two
``supports``, ``blames``, ``responsible`` or ``defeated`` objects), or the same object with
opposite stances, disagree (:func:`newsprism.compare.relations.relation_conflicts`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

RelationKind = Literal["support", "blame", "responsibility", "defeat"]

#: Stances that assert a relation; two of them with different objects disagree.
POSITIVE = frozenset({"supports", "blames", "responsible", "defeated"})
#: Stances that deny one; against a positive stance on the same object they disagree.
NEGATIVE = frozenset({"opposes", "cleared"})


@dataclass(frozen=True, slots=True)
class RelationCue:
    """One way of stating a relation. The object is the actor right after the cue, or, when
    ``object_first``, the actor of the cue's clause right before it ("*Y* claimed
    responsibility"). ``after``: words that must follow an object after the cue ("accused Y
    *of*")."""

    kind: RelationKind
    stance: str
    pattern: re.Pattern[str]
    object_first: bool = False
    after: re.Pattern[str] | None = None


# What the story's event may be called: "the attack", "Monday's suicide bombing".
_EVENT = (
    r"(?:attacks?|bombings?|blasts?|explosions?|shootings?|killings?|assassinations?|murders?|"
    r"massacres?|(?:air|drone|missile)\s*strikes?|coup|crash|hijacking|kidnappings?|abductions?|"
    r"fire|outage|hack|cyberattack|incident|collapse|derailment|sinking|violence|disaster|"
    r"tragedy|deaths?|plot|ambush|shelling|invasion|leak|breach|poisoning|stabbing|rampage)"
)
_EVENT_PHRASE = (
    r"(?:(?:the|this|that|these|those|a|an|its|their|his|her|last)\s+)?(?:[\w’'-]+\s+){0,3}?"
    + _EVENT
    + r"\b"
)
# What someone is accused or suspected of when it is the event: "accused of *killing* ...".
_DEED = (
    r"(?:killing|murdering|shooting|stabbing|bombing|attacking|assassinating|kidnapping|"
    r"carrying\s+out|opening\s+fire|orchestrating|masterminding|causing|plotting|"
    + _EVENT_PHRASE
    + r")"
)
_BE = (
    r"\b(?:is|was|were|are|(?:has|have|had)\s+(?:[a-z]+ly\s+|already\s+|also\s+)?been|being|be)\s+"
)
_HEDGE = (
    r"(?:(?:[a-z]+ly|also|already|now|still|(?:believed|thought|said|suspected)\s+to\s+be)\s+)?"
)
_CULPRIT = (
    r"(?:culprits?|perpetrators?|attackers?|gunm[ae]n|bombers?|shooters?|killers?|assailants?|"
    r"suspects?|masterminds?|assassins?)"
)
_LIABLE = r"(?:(?:jointly|partly|partially|fully|solely)\s+)?(?:liable|guilty|responsible|culpable)"

# The support and opposition words read before the other kinds were added.
_SUPPORT = re.compile(
    r"\b(?:(?:vow|pledg|promis|offer|agre|prepar|ready|commit)\w*\s+(?:to\s+)?"
    r"(?:support|back|help|arm|defend|aid)|supports?|supported|supporting|backs|backed|backing|"
    r"endors(?:e|es|ed|ing)|sid(?:e|es|ed|ing)\s+with|stands?\s+(?:by|with)|stood\s+(?:by|with)|"
    r"arms|arming|sen(?:d|ds|t|ding)\s+(?:\w+\s+){0,2}"
    r"(?:assets|weapons|troops|arms|aid|forces|equipment|ammunition|missiles|drones)\s+to)\b",
    re.I,
)
_OPPOSE = re.compile(
    r"\b(?:oppos(?:e|es|ing)|opposed(?:\s+to)?|reject(?:s|ed|ing)?|condemn(?:s|ed|ing)?|"
    r"refus(?:e|es|ed)\s+to\s+(?:support|back|endorse)|"
    r"(?:does|did|do|will|would)\s+not\s+(?:support|back|endorse))\b",
    re.I,
)
# Verbs of deciding or speaking that take "in favour of" / "against" ("ruled against Y").
_DECIDE = (
    r"(?:rul(?:e|es|ed|ing)|decid(?:e|es|ed|ing)|f(?:i|ou)nd(?:s|ing)?|vot(?:e|es|ed|ing)|"
    r"c[oa]m(?:e|es|ing)\s+(?:down|out)|spoke|speaks?|argu(?:e|es|ed|ing)|"
    r"testif(?:y|ies|ied|ying)|campaign(?:s|ed|ing)?)"
)

RELATION_CUES: tuple[RelationCue, ...] = (
    # --- responsibility: the first cues win where two read the same words ---
    RelationCue(
        "responsibility",
        "responsible",
        re.compile(r"\bclaim(?:s|ed|ing)?\s+(?:full\s+|sole\s+)?responsibility\b", re.I),
        object_first=True,
    ),
    RelationCue(
        "responsibility",
        "responsible",
        re.compile(
            _BE + _HEDGE + r"(?:behind|responsible\s+for|to\s+blame\s+for)\s+" + _EVENT_PHRASE,
            re.I,
        ),
        object_first=True,
    ),
    RelationCue(
        "responsibility",
        "responsible",
        re.compile(
            r"\b(?:carr(?:y|ies|ied|ying)\s+out|perpetrat(?:e|es|ed|ing)|"
            r"orchestrat(?:e|es|ed|ing)|mastermind(?:s|ed|ing)?|stag(?:e|es|ed|ing))\s+"
            + _EVENT_PHRASE,
            re.I,
        ),
        object_first=True,
    ),
    RelationCue(
        "responsibility",
        "responsible",
        re.compile(_BE + _HEDGE + r"(?:found|held|deemed)\s+" + _LIABLE + r"\b", re.I),
        object_first=True,
    ),
    RelationCue(
        "responsibility",
        "responsible",
        re.compile(_BE + _HEDGE + r"(?:accused|suspected)\s+of\s+" + _DEED, re.I),
        object_first=True,
    ),
    RelationCue(
        "responsibility",
        "cleared",
        re.compile(
            _BE + _HEDGE + r"(?:(?:cleared|exonerated|absolved)\s+of\b|acquitted\b|"
            r"found\s+(?:not\s+(?:guilty|liable|responsible)|innocent)\b)",
            re.I,
        ),
        object_first=True,
    ),
    RelationCue(
        "responsibility",
        "responsible",
        re.compile(
            r"\b(?:blam(?:e|es|ed|ing)|pin(?:s|ned|ning)?)\s+" + _EVENT_PHRASE + r"\s+on\b|"
            r"\battribut(?:e|es|ed|ing)\s+" + _EVENT_PHRASE + r"\s+to\b|"
            r"\b"
            + _EVENT
            + r"\s+(?:(?:was|were|is|has\s+been|had\s+been)\s+)?"
            + _HEDGE
            + r"(?:blamed\s+on|attributed\s+to|claimed\s+by|carried\s+out\s+by|"
            r"perpetrated\s+by|orchestrated\s+by|masterminded\s+by)\b",
            re.I,
        ),
    ),
    RelationCue(
        "responsibility",
        "responsible",
        re.compile(
            r"\b(?:identif(?:y|ies|ied|ying)|nam(?:e|es|ed|ing)|brand(?:s|ed|ing)?)\b", re.I
        ),
        after=re.compile(r"\s+as\s+(?:(?:the|a|an)\s+)?(?:[a-z]+\s+){0,2}?" + _CULPRIT + r"\b"),
    ),
    RelationCue(
        "responsibility",
        "responsible",
        re.compile(r"\b(?:h[oe]ld(?:s|ing)?|f(?:i|ou)nd(?:s|ing)?|deem(?:s|ed|ing)?)\b", re.I),
        after=re.compile(r"\s+" + _LIABLE + r"\b"),
    ),
    RelationCue(
        "responsibility",
        "responsible",
        re.compile(r"\b(?:blam(?:e|es|ed|ing)|accus(?:e|es|ed|ing)|suspect(?:s|ed|ing)?)\b", re.I),
        after=re.compile(r"\s+(?:for|of|over)\s+" + _DEED, re.I),
    ),
    RelationCue(
        "responsibility",
        "responsible",
        re.compile(
            r"\b(?:point(?:s|ed|ing)?\s+to|cit(?:e|es|ed|ing)|alleg(?:e|es|ed|ing)|"
            r"suspect(?:s|ed|ing)?)\b",
            re.I,
        ),
        after=re.compile(r"(?:[’']s?)?\s+(?:involvement|complicity|responsibility)\b"),
    ),
    RelationCue(
        "responsibility",
        "cleared",
        re.compile(
            r"\b(?:clear(?:s|ed|ing)?|exonerat(?:e|es|ed|ing)|absolv(?:e|es|ed|ing))\b", re.I
        ),
        after=re.compile(r"\s+of\b"),
    ),
    RelationCue("responsibility", "cleared", re.compile(r"\bacquit(?:s|ted|ting)?\b", re.I)),
    RelationCue(
        "responsibility",
        "cleared",
        re.compile(r"\bf(?:i|ou)nd(?:s|ing)?\b", re.I),
        after=re.compile(r"\s+(?:not\s+(?:guilty|liable|responsible)|innocent)\b"),
    ),
    # --- blame: whom the subject blames ---
    RelationCue("blame", "blames", re.compile(r"\bblam(?:e|es|ed|ing)\b", re.I)),
    RelationCue(
        "blame",
        "blames",
        re.compile(r"\baccus(?:e|es|ed|ing)\b", re.I),
        after=re.compile(r"\s+of\b"),
    ),
    RelationCue(
        "blame",
        "blames",
        re.compile(
            r"\b(?:point(?:s|ed|ing)?\s+(?:the|a)\s+finger\s+at|"
            r"(?:put|puts|putting|laid|lays|laying|plac(?:e|es|ed|ing))\s+(?:the\s+)?blame\s+on)\b",
            re.I,
        ),
    ),
    # --- support and opposition ---
    RelationCue("support", "supports", _SUPPORT),
    RelationCue(
        "support",
        "supports",
        re.compile(
            r"\b" + _DECIDE + r"\s+in\s+favou?r\s+of\b|"
            r"\b(?:rul(?:e|es|ed|ing)|decid(?:e|es|ed|ing)|vot(?:e|es|ed|ing))\s+for\b",
            re.I,
        ),
    ),
    RelationCue("support", "opposes", _OPPOSE),
    RelationCue(
        "support",
        "opposes",
        re.compile(
            r"\b(?:" + _DECIDE + r"|sid(?:e|es|ed|ing)|turn(?:s|ed|ing)?)\s+(?:out\s+)?against\b",
            re.I,
        ),
    ),
    # --- defeat ---
    RelationCue(
        "defeat",
        "defeated",
        re.compile(
            r"\b(?:beat|beats|beating|defeat(?:s|ed|ing)|overcame|thrash(?:es|ed|ing)?|"
            r"trounc(?:e|es|ed|ing)|routed|edg(?:e|es|ed|ing)\s+(?:past|out)|"
            r"outclass(?:es|ed|ing)?|outplay(?:s|ed|ing)?|knock(?:s|ed|ing)?\s+out)\b",
            re.I,
        ),
    ),
)
