"""A :class:`Perturbation` (one controlled edit of one article's text) and helpers shared by
the perturbation finders: body sentences, name folding, case matching."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from newsprism.model import ReadArticle, Sentence

PerturbationKind = Literal[
    "figure", "date", "weekday", "attribution", "relation", "negation", "title"
]
KINDS: tuple[PerturbationKind, ...] = (
    "figure",
    "date",
    "weekday",
    "attribution",
    "relation",
    "negation",
    "title",
)


@dataclass(frozen=True, slots=True)
class Perturbation:
    """Replace ``original`` at ``[start, end)`` of article ``article_id`` by ``replacement``."""

    kind: PerturbationKind
    article_id: str
    start: int
    end: int
    original: str
    replacement: str
    detail: str = ""

    def __post_init__(self) -> None:
        if self.end - self.start != len(self.original):
            raise ValueError(f"perturbation span [{self.start}, {self.end}) != {self.original!r}")

    @property
    def delta(self) -> int:
        """How much longer the perturbed text is."""
        return len(self.replacement) - len(self.original)

    @property
    def new_end(self) -> int:
        """End of the replacement in the perturbed text."""
        return self.start + len(self.replacement)

    def apply(self, text: str) -> str:
        """The perturbed text; ``ValueError`` when ``text`` does not hold ``original``."""
        if text[self.start : self.end] != self.original:
            raise ValueError(f"article {self.article_id} has no {self.original!r} at {self.start}")
        return text[: self.start] + self.replacement + text[self.end :]

    def to_original(self, offset: int) -> int:
        """Map an offset of the perturbed text back to the original text."""
        if offset <= self.start:
            return offset
        if offset >= self.new_end:
            return offset - self.delta
        return min(offset, self.end)

    def touches(self, start: int, end: int) -> bool:
        """Whether the span ``[start, end)`` of the perturbed text covers the changed words (a
        removal counts as the character after the removed words)."""
        return start < max(self.new_end, self.start + 1) and self.start < end


# --- shared helpers ---------------------------------------------------------------------------

NEGATION = re.compile(r"\b(?:not|no|never|none|nor|without)\b|n['’]t\b", re.I)
WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
_FOLD = re.compile(r"[^a-z ]+")
PRONOUNS = frozenset("he she they it we i you his her their its".split())


def fold(name: str) -> str:
    """Lower case letters and single spaces: a loose key for names."""
    return " ".join(_FOLD.sub(" ", name.lower()).split())


def body_sentences(reading: ReadArticle) -> list[Sentence]:
    return [
        s
        for s in reading.sentences
        if s.role == "body" and reading.article.role_at(s.start) == "body"
    ]


def sentence_at(reading: ReadArticle, offset: int) -> Sentence | None:
    for sentence in reading.sentences:
        if sentence.start <= offset < sentence.end:
            return sentence
    return None


def in_body(reading: ReadArticle, offset: int) -> bool:
    sentence = sentence_at(reading, offset)
    return (
        sentence is not None
        and sentence.role == "body"
        and reading.article.role_at(offset) == "body"
    )


def others(story: Sequence[ReadArticle], reading: ReadArticle) -> list[ReadArticle]:
    return [r for r in story if r.id != reading.id]


def match_case(word: str, model: str) -> str:
    if model.isupper() and len(model) > 1:
        return word.upper()
    if model[:1].isupper():
        return word[:1].upper() + word[1:]
    return word.lower()
