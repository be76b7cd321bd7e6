"""The codec round-trips model objects through JSON-able data."""

from __future__ import annotations

import json
from datetime import date

from newsprism.codec import from_data, to_data
from newsprism.model import Article, Quantity, ReadArticle, Segment, Sentence, TimeRef

TEXT = "Officials in Varnholt said 12 boats sank on Monday."


def make_reading() -> ReadArticle:
    article = Article(
        id="a1",
        source="harbour.example",
        text=TEXT,
        raw=TEXT.encode(),
        content_hash="h",
        published=date(2025, 3, 4),
        segments=(Segment(0, len(TEXT), "body"),),
        wire=("AP",),
    )
    return ReadArticle(
        article=article,
        sentences=(Sentence("a1", 0, len(TEXT), TEXT, index=0),),
        quantities=(Quantity("a1", 27, 29, "12", value=12.0, counts="boats", verb="sank"),),
        timerefs=(TimeRef("a1", 41, 50, "on Monday", resolved=date(2025, 3, 3), method="weekday"),),
        published=date(2025, 3, 4),
    )


def test_round_trip_through_json() -> None:
    reading = make_reading()
    data = json.loads(json.dumps(to_data(reading)))
    assert "raw" not in data["article"]
    assert data["timerefs"][0]["resolved"] == "2025-03-03"
    back = from_data(ReadArticle, data)
    assert back.article.raw == b""  # raw is stored apart from the reading
    rebuilt = from_data(ReadArticle, {**data, "article": {**data["article"], "raw": TEXT.encode()}})
    assert rebuilt == reading


def test_span_surface_is_checked_on_rebuild() -> None:
    data = to_data(make_reading())
    data["quantities"][0]["text"] = "123"
    try:
        from_data(ReadArticle, data)
    except ValueError as error:
        assert "surface" in str(error)
    else:
        raise AssertionError("a span whose surface does not fit must be refused")
