"""Compiled patterns that recognise the parts of an article that are not body text.

Each pattern is tested against one line ("unit") of normalised article text. Patterns anchored
with ``^`` describe how a unit starts; the others are searched anywhere in the unit. Kept apart
from :mod:`newsprism.ingest.segments` so the rules can be read (and extended) as a table.
"""

from __future__ import annotations

import re

from newsprism.ingest.wire import AGENCY_PATTERN

AG = AGENCY_PATTERN
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|March|Mar|April|Apr|May|June?|July?|Aug(?:ust)?"
    r"|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)
_NAME = r"[A-Z][\w.'’-]*"

# --- boilerplate ---------------------------------------------------------------------------------

BOILERPLATE_START = re.compile(
    r"""^\W{0,3}(?:
        sign\ up\b | subscribe\b | click\ here\b | tap\ here\b | read\ (?:more|also)\b
      | also\ read\b | related\s*(?::|stories|articles|coverage|content) | recommended\s*(?::|$)
      | advertisement\b | sponsored\s*(?::|$|content) | share\ (?:this|on|via)\b | share\s*$
      | follow\ us\b | join\ our\b | (?:download|get)\ (?:the|our)\ (?:[\w'’-]+\ ){0,3}app\b
      | (?:we|this\ (?:site|website))\ uses?\ cookies\b
      | by\ (?:continuing|using)\b[^.]{0,40}\b(?:site|website)
      | (?:accept|manage)\ (?:all\ )?cookies\b | all\ rights\ reserved\b | story\ continues\b
      | continue\ reading\b | skip\ to\b | please\ enable\ javascript\b | loading\W*$
      | \d+\ min(?:ute)?s?\ read\b | watch\s*: | watch\b[^.!?]{0,120}:\s*$ | listen\b[^.!?]{0,60}$
      | find\ out\ what'?s\ happening\b | more\ on\ this\ story\b | most\ (?:read|popular)\s*$
      | you\ may\ also\ like\b | don'?t\ miss\b | comments?\s*$ | gift\ article\b | print\s*$
      | e-?mail\s*$ | published\s*(?:on)?\s*: | this\ (?:story|article)\ is\ from\b
    )""",
    re.IGNORECASE | re.VERBOSE,
)
BOILERPLATE_ANY = re.compile(
    r"\b(?:read\ more|also\ read|read\ also)\s*:|\bnewsletter\b|\bcookie\ (?:policy|settings)\b"
    r"|\buses?\ cookies\b|\bprivacy\ policy\b|\bterms\ of\ (?:use|service)\b",
    re.IGNORECASE | re.VERBOSE,
)
COPYRIGHT = re.compile(r"^\W{0,3}(?:copyright\b|©|\(c\)\s*\d{4})", re.IGNORECASE)

# --- update notes --------------------------------------------------------------------------------

UPDATE_START = re.compile(
    r"""^[\s(|\[*]{0,3}(?:
        (?:last\s+)?updated\b | update\s*\d*\s*[:\-—–] | posted\s*/\s*updated\b
      | editor'?s'?\s+note\b | corrections?\s*: | clarification\s*:
      | (?:corrects|adds|recasts|updates|refiles|changes|fixes)\b[^)\]]{0,200}[)\]]
      | (?:this|the)\s+(?:story|article|report|post|piece)\s+(?:has\s+been|was|is\s+being)\s+
        (?:updated|corrected|amended)
      | an\s+earlier\s+version\s+of\s+this\b | this\s+is\s+a\s+(?:developing|breaking)\b
      | this\s+story\s+is\s+developing\b
    )""",
    re.IGNORECASE | re.VERBOSE,
)
UPDATE_ANY = re.compile(r"updated\s*(?:on)?\s*:", re.IGNORECASE)

# --- credits -------------------------------------------------------------------------------------

CREDIT_START = re.compile(
    r"""^[\s(\[*—–-]{0,3}(?:
        (?:additional\s+|further\s+)?(?:reporting|writing|editing|research|compiled|compilation)
        \s+by\b
      | with\s+(?:additional\s+)?(?:reporting|inputs?|contributions?|files)\s+(?:by|from)\b
      | with\s+(?:agency|agencies|wire)\s+(?:inputs|reports|reporting)\b
      | (?:edited|written|produced)\s+by\b
    )""",
    re.IGNORECASE | re.VERBOSE,
)
CREDIT_SOURCE = re.compile(r"^\W{0,3}(?:source|sources|courtesy)\s*:", re.IGNORECASE)
SIGNOFF_TAIL = re.compile(
    rf"\s[—–-]+\s*\(?(?:The\s+)?(?:{AG})(?:\s*(?:[,/&]|and)\s*(?:{AG}))*\)?\s*\.?$"
)
CREDIT_CONTRIBUTED = re.compile(
    r"\bcontributed\s+(?:to\s+(?:this|the)\s+(?:report|story|article|coverage)|reporting)\b"
    r"|\bcontributed\s*\.?\)?\s*$",
    re.IGNORECASE,
)
BYLINE = re.compile(
    rf"^By\s+(?:The\s+)?{_NAME}(?:,?\s+(?:{_NAME}|and|de|van|von|al-\w+)){{0,8}}\s*$"
    rf"|^(?:The\s+)?{_NAME}(?:\s+{_NAME}){{0,3}}\s+(?:newsroom|news\s+desk|staff|correspondents?)\s*$"
)
AGENCY_SIGNOFF = re.compile(
    rf"^[\s—–-]*\(?(?:The\s+)?(?:{AG}|agencies)(?:\s*(?:[,/&+]|and|with)\s*(?:The\s+)?(?:{AG}|agencies))*"
    r"\)?\s*\.?$",
    re.IGNORECASE,
)

# --- captions ------------------------------------------------------------------------------------

CAPTION_MARK = re.compile(
    rf"""
      \((?:{_NAME}\s+)*(?i:photo|photograph|picture|image|video)s?\b[^()\n]{{0,80}}\)
    | \[(?:[^\[\]\n]{{0,60}}?[\s/:])?(?:{AG}|Getty\ Images|AP\ Photo|(?i:photo|file|handout))
        (?:[\s/:,.][^\[\]\n]{{0,60}})?\]
    | \b(?:REUTERS|AFP|EPA(?:-EFE)?|XINHUA|ANADOLU)\s*/\s*{_NAME}(?:\ {_NAME}){{0,3}}
    | \b{_NAME}\ {_NAME}(?:\ {_NAME}){{0,2}}\s*/\s*(?:{AG}|Bloomberg|Shutterstock|Handout)
        (?:/Getty\ Images)?\b
    | Getty\ Images\b(?:\ for\ {_NAME}(?:\ {_NAME}){{0,3}}\s*$)?
    | \bvia\ (?:REUTERS|Getty\ Images)\b
    | \b(?:Photo|PHOTO|Photograph|PHOTOGRAPH|Picture|PICTURE|Image|IMAGE)s?
        (?:\ (?i:credit))?\s*:\s*[^\n]{{0,80}}$
    | (?:^|\.\s*)(?:REUTERS|AFP|AP|EPA)\s*$
    | \s/\s*(?:{AG}|POOL)\s*$
    | \b{_NAME}\ {_NAME},\s*(?:Reuters|AFP|AP|EPA)\s*$
    """,
    re.VERBOSE,
)
CAPTION_START = re.compile(
    r"""^\W{0,2}(?:
        (?:image|media|photo|picture|video)\s+(?:caption|source|copyright|credit)\b
      | (?:photo|photograph|picture|image|pictured|caption)\s*(?:credit)?\s*:
      | photo\s+(?:by|for|courtesy)\b | file(?:\s+photo)?\s*[-—–:] | file\s+photo\b
    )""",
    re.IGNORECASE | re.VERBOSE,
)
CAPTION_GETTY_START = re.compile(
    rf"^[A-Z][A-Z .'’-]+,\s*[A-Z][A-Z .'’-]+\s*[-—–]\s*{_MONTH.upper()}\s+\d{{1,2}}\s*:",
    re.IGNORECASE,
)
CAPTION_ANY = re.compile(
    r"^(?:in\s+)?this\s+(?:\w+\s+){0,2}(?:photo|image|picture|photograph)\b"
    r"|^(?:an?\s+)?(?:undated\s+|handout\s+|file\s+)+(?:photo|photograph|image|picture)\b"
    r"|\bin\s+(?:an?\s+)?(?:undated\s+|handout\s+|file\s+)+(?:photo|photograph|image|picture)"
    r"\W*$",
    re.IGNORECASE,
)
CAPTION_DATE_END = re.compile(
    rf"(?:[,.]\s*|\bon\s+){_WEEKDAY},?\s+{_MONTH}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}\s*[.)]*\s*$"
)
CAPTION_POSITION = re.compile(
    r",\s*(?:(?:second|third)\s+(?:from\s+)?)?(?:right|left|center|centre|top|bottom|foreground|"
    r"background|front|rear|back)\b(?:\s+(?:row|to\s+right|to\s+left))?,"
)
CAPTION_VERB = re.compile(
    r"""^(?:\S+\s+){0,14}?(?:
        (?:walk|stand|meet|pose|gesture|speak|talk|look|hold|arrive|attend|sit|wait|gather|shake
        |greet|inspect|leave|pray|mourn|react|watch|ride|take|listen|address|deliver|wave|celebrate
        |embrace|smile|guard|patrol|work|clear|remove|search|rest|sleep|flee|block|drive|burn
        |rise|hug|kneel|march|protest|chant|lie|lay|point|queue|sing|dance|play|stare|survey|check
        |fight|light|place|display|show|wear|help|board|cross|enter|exit|return|rally|vote|cast
        |push|pull|sweep|dig|collect|unload|load|prepare|hang|float|cover|sort|fill|pass|wade
        |visit|sign|tour|applaud|salute|kiss|weep|comfort|console|chat|confer|shout|perform|pick
        |receive|hand|clean|repair|evacuate|rescue|drink|eat|read|write|throw|climb|jump|swim
        |kick|catch|hit|score|train|practice|practise|pause|peer|sift)(?:s|es)?
      | carr(?:y|ies) | fl(?:y|ies) | cr(?:y|ies) | tr(?:y|ies)
      | (?:is|are)\s+(?:seen|pictured|shown|photographed|silhouetted|reflected|escorted|carried)
    )\b""",
    re.VERBOSE,
)
SPEECH = re.compile(r"[\"“”]|\b(?:said|says|told)\b")

# --- datelines (wire credit inside body text) ----------------------------------------------------

DATELINE = re.compile(
    rf"\((?:The\s+)?({AG})\)\s*[-—–:]"
    rf"|^[A-Z][A-Z .,'’/-]{{1,50}}\((?:The\s+)?({AG})\)"
    rf"|^\((?:The\s+)?({AG})\)"
)

# --- titles --------------------------------------------------------------------------------------

TERMINAL_END = re.compile(r"[.!?]['\"’”)]*$")
TITLE_BAD_END = re.compile(r"[.!?,;:…]['\"’”)]*$")
SENTENCE_BREAK = re.compile(r"[a-z]{2}[.!?]['\"’”]?\s+[A-Z]")
