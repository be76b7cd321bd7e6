"""The JSON report: versioned, complete, deterministic, valid against docs/analysis.schema.json,
and every key documented in docs/JSON.md."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from newsprism.model import StoryAnalysis
from newsprism.report.json import SCHEMA_VERSION, analysis_to_dict, dumps

DOCS = Path(__file__).resolve().parents[2] / "docs"
SCHEMA = json.loads((DOCS / "analysis.schema.json").read_text(encoding="utf-8"))

_TYPES: dict[str, Any] = {
    "object": dict,
    "array": list,
    "string": str,
    "integer": int,
    "number": (int, float),
    "boolean": bool,
    "null": type(None),
}


def _is(value: Any, name: str) -> bool:
    if name in ("integer", "number") and isinstance(value, bool):
        return False
    return isinstance(value, _TYPES[name])


def validate(value: Any, schema: dict[str, Any], path: str = "$") -> list[str]:
    """The subset of JSON Schema the schema file uses (type, properties, required,
    additionalProperties, items, enum, const, pattern, minimum, $ref)."""
    if "$ref" in schema:
        schema = SCHEMA["$defs"][schema["$ref"].rsplit("/", 1)[1]]
    errors: list[str] = []
    types = schema.get("type")
    if types is not None:
        names = [types] if isinstance(types, str) else types
        if not any(_is(value, n) for n in names):
            return [f"{path}: {value!r} is not {types}"]
    if "const" in schema and value != schema["const"]:
        errors.append(f"{path}: {value!r} != {schema['const']!r}")
    if "enum" in schema and value not in schema["enum"]:
        errors.append(f"{path}: {value!r} not in {schema['enum']}")
    if isinstance(value, str) and "pattern" in schema and not re.search(schema["pattern"], value):
        errors.append(f"{path}: {value!r} does not match {schema['pattern']}")
    if _is(value, "number") and "minimum" in schema and value < schema["minimum"]:
        errors.append(f"{path}: {value} < {schema['minimum']}")
    if isinstance(value, dict):
        props = schema.get("properties", {})
        errors += [f"{path}: missing {k}" for k in schema.get("required", []) if k not in value]
        if schema.get("additionalProperties") is False:
            errors += [f"{path}: unexpected {k}" for k in value if k not in props]
        for key, sub in props.items():
            if key in value:
                errors += validate(value[key], sub, f"{path}.{key}")
    if isinstance(value, list) and "items" in schema:
        for i, item in enumerate(value):
            errors += validate(item, schema["items"], f"{path}[{i}]")
    return errors


def test_output_is_valid_against_the_schema(analysis: StoryAnalysis) -> None:
    assert validate(analysis_to_dict(analysis), SCHEMA) == []


def test_empty_analysis_is_valid_and_has_every_key(empty_analysis: StoryAnalysis) -> None:
    data = analysis_to_dict(empty_analysis)
    assert validate(data, SCHEMA) == []
    assert data["facts"] == [] and data["summary"] == [] and len(data["articles"]) == 3


def test_the_validator_catches_drift(analysis: StoryAnalysis) -> None:
    data = analysis_to_dict(analysis)
    data["facts"][0]["surprise"] = 1
    data["articles"][0]["published"] = "6 March"
    del data["conflicts"][0]["severity"]
    errors = validate(data, SCHEMA)
    assert any("surprise" in e for e in errors)
    assert any("published" in e for e in errors)
    assert any("missing severity" in e for e in errors)


def test_top_level_layout(analysis: StoryAnalysis) -> None:
    data = analysis_to_dict(analysis)
    assert list(data) == [
        "schema_version",
        "generator",
        "story",
        "articles",
        "entities",
        "facts",
        "conflicts",
        "quotes",
        "timeline",
        "framing",
        "voices",
        "summary",
        "only",
    ]
    assert data["schema_version"] == SCHEMA_VERSION == "1.1"
    assert data["generator"]["name"] == "newsprism"


def test_articles_keep_offsets_that_slice_the_text(analysis: StoryAnalysis) -> None:
    data = analysis_to_dict(analysis)
    first = data["articles"][0]
    assert first["published"] == "2031-03-06" and first["published_estimated"] is False
    assert first["url"] == "https://gazette.example/velmora" and first["path"] is None
    assert data["articles"][1]["published_estimated"] is True
    assert [s["role"] for s in first["segments"]] == ["body", "caption"]
    for key in ("segments", "sentences", "mentions", "quantities", "timerefs", "quotes"):
        for item in first[key]:
            assert first["text"][item["start"] : item["end"]] == item["text"], key
    (quantity,) = first["quantities"]
    assert quantity["qualifier"] == "at-least" and quantity["value"] == 40
    assert quantity["counts"] == "families" and quantity["verb"] == "displaced"
    assert data["articles"][1]["timerefs"][0]["weekday_mismatch"].startswith("4 Mar 2031")


def test_evidence_points_into_articles(analysis: StoryAnalysis) -> None:
    data = analysis_to_dict(analysis)
    texts = {a["id"]: a["text"] for a in data["articles"]}
    evidence = [e for f in data["facts"] for e in f["evidence"]]
    evidence += [e for c in data["conflicts"] for v in c["variants"] for e in v["evidence"]]
    evidence += [e for s in data["summary"] for e in s["evidence"]]
    evidence += [e for t in data["timeline"] for e in t["evidence"]]
    assert len(evidence) > 8
    for item in evidence:
        assert list(item) == ["article", "start", "end", "text"]
        assert texts[item["article"]][item["start"] : item["end"]] == item["text"]


def test_comparison_sections(analysis: StoryAnalysis) -> None:
    data = analysis_to_dict(analysis)
    assert data["facts"][0]["independent_sources"] == 2
    assert [f["single_source"] for f in data["facts"]] == [False, True]
    assert data["conflicts"][0]["severity"] == "spread"
    assert [v["value"] for v in data["conflicts"][0]["variants"]][:2] == ["at least 40", "about 55"]
    assert data["quotes"][0]["speaker"] == "Ilse Quorant"
    assert data["timeline"][0]["date"] == "2031-03-04"
    assert data["framing"][0]["terms"][0] == {
        "term": "Floodwater",
        "count": 1,
        "evidence": [{"article": "a1", "start": 0, "end": 10, "text": "Floodwater"}],
    }
    assert data["voices"][0] == {"source": "Harbor Gazette", "speakers": ["Ilse Quorant"]}
    assert data["only"][0]["source"] == "Northwind Post"
    assert data["only"][0]["facts"][0]["id"] == "fact-2"
    assert data["entities"][0]["mentions"][0]["article"] == "a1"
    assert data["story"]["families"][1] == {"id": "f2", "origin": "b2", "members": ["b2", "c3"]}


def test_dumps_is_deterministic_and_round_trips(analysis: StoryAnalysis) -> None:
    from tests.report.sample import build

    text = dumps(analysis)
    assert text == dumps(build())
    assert json.loads(text) == analysis_to_dict(analysis)
    assert "<script>" in text  # JSON carries the text as is; escaping is the viewer's job
    assert "\n" not in dumps(analysis, indent=None)


def _keys(schema: dict[str, Any], seen: set[str]) -> None:
    if "$ref" in schema:
        return
    for key, sub in schema.get("properties", {}).items():
        seen.add(key)
        _keys(sub, seen)
    if "items" in schema:
        _keys(schema["items"], seen)


def test_every_key_is_documented() -> None:
    doc = (DOCS / "JSON.md").read_text(encoding="utf-8")
    keys: set[str] = set()
    _keys(SCHEMA, keys)
    for sub in SCHEMA["$defs"].values():
        _keys(sub, keys)
    missing = sorted(k for k in keys if f"`{k}`" not in doc)
    assert missing == []
    assert SCHEMA_VERSION in doc
