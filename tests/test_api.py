"""The public API: ``newsprism.__all__`` is complete, importable and documented, and
``analyze``/``read_inputs``/``build_story`` behave as the docs say."""

from __future__ import annotations

import inspect
import json
from datetime import date
from pathlib import Path

import pytest

import newsprism
from newsprism import api, errors, model
from newsprism.ingest.article import build_article

SOURCES = {
    "a.txt": "date 2031-02-03\nThe Brisk Bridge in Oldmere reopened on Friday after repairs.\n",
    "b.txt": "date 2031-02-03\nOldmere's Brisk Bridge opened again on Friday, the council said.\n",
}


@pytest.fixture()
def inputs(tmp_path: Path) -> list[str]:
    paths = []
    for name, text in SOURCES.items():
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        paths.append(str(path))
    return paths


def test_all_names_resolve() -> None:
    assert len(set(newsprism.__all__)) == len(newsprism.__all__)
    for name in newsprism.__all__:
        assert getattr(newsprism, name) is not None, name
    assert set(dir(newsprism)) >= set(newsprism.__all__)
    with pytest.raises(AttributeError):
        _ = newsprism.no_such_thing  # type: ignore[attr-defined]


def test_all_exports_every_model_class_and_error() -> None:
    classes = {
        name
        for name, obj in vars(model).items()
        if inspect.isclass(obj) and obj.__module__ == model.__name__
    }
    exceptions = {
        name
        for name, obj in vars(errors).items()
        if inspect.isclass(obj) and issubclass(obj, Exception) and obj.__module__ == errors.__name__
    }
    assert classes | exceptions <= set(newsprism.__all__)
    assert newsprism.StoryAnalysis is model.StoryAnalysis


def test_api_functions_are_exported() -> None:
    for name in ("analyze", "read_inputs", "build_story", "read_article", "compare_story"):
        assert name in newsprism.__all__
        assert getattr(newsprism, name).__doc__
    assert newsprism.analyze is api.analyze
    assert newsprism.render is newsprism.report.render  # type: ignore[attr-defined]


def test_analyze_paths(inputs: list[str]) -> None:
    analysis = newsprism.analyze(inputs)
    assert [r.article.path for r in analysis.story.articles] == inputs
    assert analysis.story.articles[0].published == date(2031, 2, 3)
    assert analysis.story.id == api.story_id_for(analysis.story.articles)
    assert newsprism.analyze(list(reversed(inputs))).story.id == analysis.story.id
    assert newsprism.analyze(inputs, story_id="bridge").story.id == "bridge"
    assert newsprism.analyze(Path(inputs[0])).story.articles[0].article.path == inputs[0]


def test_analyze_articles_and_mixed(inputs: list[str]) -> None:
    text = "The bridge in Oldmere reopened on Friday."
    article = build_article(text.encode(), text, source="Quay Weekly", published=date(2031, 2, 3))
    analysis = newsprism.analyze([article, inputs[0]])
    assert analysis.story.articles[0].source == "Quay Weekly"
    assert len(analysis.story.articles) == 2


def test_read_inputs_reports_failures(inputs: list[str], tmp_path: Path) -> None:
    missing = str(tmp_path / "missing.txt")
    readings, failures = newsprism.read_inputs([inputs[0], missing, inputs[1]])
    assert len(readings) == 2
    assert [(e.source, e.reason) for e in failures] == [(missing, "no such file")]
    assert isinstance(failures[0], newsprism.IngestError)
    assert len(newsprism.analyze([inputs[0], missing]).story.articles) == 1
    with pytest.raises(newsprism.IngestError, match="no such file"):
        newsprism.analyze([inputs[0], missing], strict=True)


def test_build_story_keeps_each_article_once(inputs: list[str]) -> None:
    readings, _ = newsprism.read_inputs(inputs)
    story = newsprism.build_story([readings[1], readings[0], readings[1]])
    assert [r.id for r in story.articles] == [readings[1].id, readings[0].id]
    assert story.families == ()


def test_render_round_trip(inputs: list[str]) -> None:
    analysis = newsprism.analyze(inputs)
    data = json.loads(newsprism.render(analysis, "json"))
    assert data == newsprism.analysis_to_dict(analysis)
