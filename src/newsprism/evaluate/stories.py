"""Labelled stories for evaluation: a JSON Lines file whose lines carry a ``cluster`` label, or
the bundled sample stories (one directory per story, the directory name as label)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from newsprism.errors import IngestError
from newsprism.ingest import iter_inputs, iter_jsonl_records
from newsprism.model import Article


@dataclass(frozen=True, slots=True)
class LabelledStory:
    """The articles of one gold story, in input order."""

    label: str
    articles: tuple[Article, ...]


def is_story_label(label: object) -> bool:
    """A real story label: not empty, not a ``singleton-*`` one."""
    return isinstance(label, str) and bool(label) and not label.startswith("singleton")


def jsonl_stories(path: Path) -> tuple[list[LabelledStory], list[IngestError]]:
    """The stories of a labelled JSON Lines file (stories of fewer than two articles and
    ``singleton-*`` labels left out), sorted by label, and the lines that failed."""
    by_label: dict[str, list[Article]] = defaultdict(list)
    errors: list[IngestError] = []
    for item in iter_jsonl_records(path):
        if isinstance(item, IngestError):
            errors.append(item)
            continue
        label = item.record.get("cluster")
        if is_story_label(label):
            assert isinstance(label, str)
            by_label[label].append(item.article)
    stories = [
        LabelledStory(label, tuple(articles))
        for label, articles in sorted(by_label.items())
        if len(articles) >= 2
    ]
    return stories, errors


def directory_stories(directories: list[Path]) -> tuple[list[LabelledStory], list[IngestError]]:
    """One story per directory (label: the directory name), sorted by label."""
    stories: list[LabelledStory] = []
    errors: list[IngestError] = []
    for directory in sorted(directories, key=lambda d: d.name):
        articles = []
        for item in iter_inputs([str(directory)]):
            if isinstance(item, IngestError):
                errors.append(item)
            else:
                articles.append(item)
        if len(articles) >= 2:
            stories.append(LabelledStory(directory.name, tuple(articles)))
    return stories, errors


def sample_stories() -> tuple[list[LabelledStory], list[IngestError]]:
    """The bundled demo stories."""
    from newsprism.samples import story_dirs

    return directory_stories(story_dirs())


def limit(stories: list[LabelledStory], count: int | None) -> Iterator[LabelledStory]:
    """The first ``count`` stories (all when ``count`` is None)."""
    yield from stories if count is None else stories[:count]
