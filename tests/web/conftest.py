"""Fixtures for the web app: the sample stories (read once), a store built from them, clients.

The store holds every sample story (labels and, for all but one story, the stored analysis), the
sample article in no story, and a fictional story whose articles carry hostile markup.
"""

from __future__ import annotations

import warnings
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from newsprism.ingest import build_article
from newsprism.model import ReadArticle, StoryAnalysis
from newsprism.read import read_article
from newsprism.store import Store
from newsprism.web import create_app
from newsprism.web.sources import SampleSource, load_samples

with warnings.catch_warnings():  # starlette suggests httpx2; httpx is what the extra pins
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

HOSTILE = '<script>alert(1)</script> "><img src=x onerror=alert(2)>'
HOSTILE_STORY = "hostile-story"
UNANALYSED_STORY = "ostrelle-quake-sept19"  # stored without its analysis


def hostile_readings() -> list[ReadArticle]:
    """Two fictional reports of one invented event; titles and text carry hostile markup."""
    first = (
        f"Lantern barge sinks in Quillmere harbour {HOSTILE}\n\n"
        "The lantern barge Odalie sank in Quillmere harbour on Tuesday, officials said. "
        f"{HOSTILE}\n\n"
        "Harbour master Tamsin Orrell said 12 crew members were rescued.\n"
    )
    second = (
        "Quillmere barge lost\n\n"
        "The lantern barge Odalie went down in Quillmere harbour on Tuesday.\n\n"
        f"Harbour master Tamsin Orrell said 14 crew members were rescued. {HOSTILE}\n"
    )
    articles = [
        build_article(
            text.encode(),
            text,
            source=source,
            url=url,
            published=date(2031, 5, 7),
        )
        for text, source, url in (
            (first, "Quillmere Courier", "javascript:alert(3)"),
            (second, f"Harbour {HOSTILE} Post", "https://harbourpost.example/barge"),
        )
    ]
    return [read_article(a) for a in articles]


@pytest.fixture(scope="session")
def samples_data() -> tuple[list[StoryAnalysis], list[ReadArticle]]:
    """The sample analyses and loose readings, computed once for the whole session."""
    return load_samples()


@pytest.fixture(scope="session")
def sample_source(samples_data: tuple[list[StoryAnalysis], list[ReadArticle]]) -> SampleSource:
    return SampleSource(lambda: samples_data)


@pytest.fixture(scope="session")
def store_path(
    tmp_path_factory: pytest.TempPathFactory,
    samples_data: tuple[list[StoryAnalysis], list[ReadArticle]],
) -> Path:
    """A store holding the sample stories, the loose sample article and the hostile story."""
    analyses, loose = samples_data
    path = tmp_path_factory.mktemp("web") / "stories.db"
    hostile = hostile_readings()
    with Store.open(path) as store:
        for analysis in analyses:
            store.add_articles(analysis.story.articles)
            store.set_stories([(r.id, analysis.story.id) for r in analysis.story.articles])
            keep = analysis if analysis.story.id != UNANALYSED_STORY else None
            store.save_story(analysis.story.id, label=analysis.story.label, analysis=keep)
        store.add_articles(loose)
        store.add_articles(hostile)
        store.set_stories([(r.id, HOSTILE_STORY) for r in hostile])
        store.save_story(HOSTILE_STORY, label=f"Barge story {HOSTILE}")
    return path


@pytest.fixture(scope="session")
def samples_client(sample_source: SampleSource) -> Iterator[TestClient]:
    with TestClient(create_app(source=sample_source)) as client:
        yield client


@pytest.fixture(scope="session")
def store_client(store_path: Path) -> Iterator[TestClient]:
    with TestClient(create_app(store_path)) as client:
        yield client
