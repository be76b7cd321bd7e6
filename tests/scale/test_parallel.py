"""Parallel reading gives the single-process results, in order, on a small local cluster."""

from __future__ import annotations

import io
import json
import sys
from collections.abc import Iterable
from pathlib import Path

import pytest

from newsprism.codec import to_data
from newsprism.errors import ConfigError, IngestError
from newsprism.ingest import iter_inputs
from newsprism.model import ReadArticle
from newsprism.read import read_article
from newsprism.scale import read_parallel
from newsprism.scale.parallel import MISSING_EXTRA

pytest.importorskip("distributed")

SAMPLES = Path(__file__).resolve().parents[2] / "src" / "newsprism" / "samples" / "demo"


def _line(n: int) -> str:
    text = (
        f"The Pellow Rowing Club said on Monday that boat {n} had crossed Lake Tiran "
        f"in {40 + n} minutes, a record for the club."
    )
    return json.dumps(
        {
            "id": f"row-{n}",
            "source": "Tiran Post",
            "date": "2031-05-0" + str(n % 9 + 1),
            "text": text,
        }
    )


def _flat(items: Iterable[ReadArticle | IngestError]) -> list[object]:
    return [str(i) if isinstance(i, IngestError) else to_data(i) for i in items]


def _single(inputs: list[str]) -> list[object]:
    return _flat(
        item if isinstance(item, IngestError) else read_article(item)
        for item in iter_inputs(inputs)
    )


def test_same_results_in_same_order_as_single_process(tmp_path: Path) -> None:
    lines = [_line(n) for n in range(7)]
    lines[2] = "{not json"
    lines[5] = ""
    feed = tmp_path / "rows.jsonl"
    feed.write_text("\n".join(lines) + "\n", encoding="utf-8")
    inputs = [str(SAMPLES), str(feed), str(tmp_path / "missing.txt")]
    expected = _single(inputs)
    got = _flat(read_parallel(inputs, workers=2, processes=False, batch_size=2))
    assert got == expected
    errors = [item for item in got if isinstance(item, str)]
    assert errors == [
        f"{feed}:3: invalid JSON (Expecting property name enclosed in double quotes at column 2)",
        f"{tmp_path / 'missing.txt'}: no such file",
    ]
    assert len(got) > 20


def test_standard_input_is_sent_in_batches() -> None:
    data = ("\n".join(_line(n) for n in range(5)) + "\n").encode()
    expected = _flat(
        item if isinstance(item, IngestError) else read_article(item)
        for item in iter_inputs(["-"], stdin=io.BytesIO(data))
    )
    got = _flat(
        read_parallel(["-"], workers=2, processes=False, batch_size=2, stdin=io.BytesIO(data))
    )
    assert got == expected
    assert len(got) == 5


def test_missing_extra_names_the_install_command(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "distributed", None)
    with pytest.raises(ConfigError, match=r"pip install 'newsprism\[scale\]'"):
        next(read_parallel([str(SAMPLES)], workers=1))
    assert "newsprism[scale]" in MISSING_EXTRA


def test_workers_and_scheduler_together_are_refused() -> None:
    with pytest.raises(ConfigError, match="not both"):
        next(read_parallel([str(SAMPLES)], workers=2, scheduler_address="tcp://127.0.0.1:1"))
