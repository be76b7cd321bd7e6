"""News agencies ("wires") and the names they are credited under.

``find_agencies`` maps every credited name in a piece of text (a credit line, a photo credit, a
dateline) to its canonical agency name, in order of first appearance, without duplicates.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

# canonical name -> the names it is credited under (short acronyms are matched case-sensitively)
AGENCIES: dict[str, tuple[str, ...]] = {
    "AP": ("AP", "Associated Press"),
    "Reuters": ("Reuters", "REUTERS", "Thomson Reuters"),
    "AFP": ("AFP", "Agence France-Presse", "Agence France Presse"),
    "Interfax": ("Interfax", "INTERFAX"),
    "Anadolu": ("Anadolu", "Anadolu Agency", "AA"),
    "dpa": ("dpa", "DPA", "Deutsche Presse-Agentur"),
    "EFE": ("EFE",),
    "ANSA": ("ANSA",),
    "Xinhua": ("Xinhua", "XINHUA"),
    "TASS": ("TASS", "Tass", "ITAR-TASS"),
    "UPI": ("UPI", "United Press International"),
    "PA": ("PA", "PA Media", "Press Association"),
    "Kyodo": ("Kyodo", "KYODO"),
    "Yonhap": ("Yonhap", "YONHAP"),
    "Bloomberg": ("Bloomberg",),
    "PTI": ("PTI", "Press Trust of India"),
    "IANS": ("IANS",),
    "ANI": ("ANI",),
    "EPA": ("EPA",),
    "Bernama": ("Bernama",),
    "Antara": ("Antara",),
    "RIA Novosti": ("RIA Novosti", "RIA"),
    "Sputnik": ("Sputnik",),
    "Jiji": ("Jiji Press", "Jiji"),
}

_CANONICAL = {alias: name for name, aliases in AGENCIES.items() for alias in aliases} | {
    alias.upper(): name  # "ASSOCIATED PRESS", "AGENCE FRANCE-PRESSE" in photo credits
    for name, aliases in AGENCIES.items()
    for alias in aliases
    if len(alias) > 4
}
_ALTERNATION = "|".join(
    re.escape(alias) for alias in sorted(_CANONICAL, key=lambda a: (-len(a), a))
)
AGENCY_PATTERN = rf"(?:{_ALTERNATION})"
"""A regular expression (no groups) matching any credited agency name."""

_AGENCY = re.compile(rf"(?<!\w)(?:The\s+)?({_ALTERNATION})(?![\w-])")


def canonical_agency(name: str) -> str | None:
    """The canonical agency for a credited name ("Associated Press" -> "AP"), if any."""
    return _CANONICAL.get(name.strip())


def iter_agencies(text: str) -> Iterator[tuple[int, str]]:
    """Each credited name in ``text``: its offset and its canonical agency."""
    for match in _AGENCY.finditer(text):
        yield match.start(), _CANONICAL[match.group(1)]


def find_agencies(text: str) -> tuple[str, ...]:
    """Canonical names of the agencies named in ``text``, in order, without duplicates."""
    return tuple(dict.fromkeys(agency for _, agency in iter_agencies(text)))
