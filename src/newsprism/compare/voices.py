"""Count independent voices: syndicated copies of one text, or one outlet twice, count once."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from newsprism.model import Family, ReadArticle


def voice_map(readings: Sequence[ReadArticle], families: Sequence[Family]) -> dict[str, str]:
    """Map each article id to its voice: its syndication family, else its outlet."""
    voices = {r.id: f"source:{r.source}" for r in readings}
    for family in families:
        for member in family.members:
            if member in voices:
                voices[member] = f"family:{family.id}"
    return voices


def independent_count(article_ids: Iterable[str], voices: Mapping[str, str]) -> int:
    """How many independent voices the given articles represent."""
    return len({voices.get(a, a) for a in article_ids})
