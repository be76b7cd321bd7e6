"""The development corpus ingests cleanly and keeps its evaluation labels reachable."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsprism.errors import IngestError
from newsprism.ingest import iter_jsonl_records

pytestmark = pytest.mark.corpus


def test_every_corpus_line_becomes_an_article_with_its_cluster(corpus_path: Path) -> None:
    items = list(iter_jsonl_records(corpus_path))
    errors = [i for i in items if isinstance(i, IngestError)]
    assert errors == []
    records = [i for i in items if not isinstance(i, IngestError)]
    assert len(records) >= 200
    ids = [r.article.id for r in records]
    assert len(set(ids)) == len(ids)
    for article, record in records:
        assert article.id == record["id"]
        assert isinstance(record["cluster"], str)
        assert article.source == record["outlet"]
        assert article.segments[0].start == 0 and article.segments[-1].end == len(article.text)
