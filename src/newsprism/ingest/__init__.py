"""Ingestion: turn files, HTML pages, JSON Lines and stdin into :class:`~newsprism.model.Article`.

``iter_inputs`` is the entry point; each format has a small module, and ``segment`` marks the
parts of a text that are not body (title, captions, credits, update notes, boilerplate).
"""

from __future__ import annotations

from newsprism.ingest.article import build_article, content_hash, normalise_text
from newsprism.ingest.decode import MAX_BYTES, decode_text
from newsprism.ingest.dispatch import FORMATS, Format, iter_directory, iter_inputs, sniff_format
from newsprism.ingest.html import Page, article_from_html, extract_page, parse_html, read_html
from newsprism.ingest.jsonl import JsonlRecord, iter_jsonl_records, parse_date, read_jsonl
from newsprism.ingest.outlet import domain_of, outlet_for
from newsprism.ingest.segments import segment
from newsprism.ingest.textfile import parse_text, read_text
from newsprism.ingest.wire import AGENCIES, find_agencies

__all__ = [
    "AGENCIES",
    "FORMATS",
    "MAX_BYTES",
    "Format",
    "JsonlRecord",
    "Page",
    "article_from_html",
    "build_article",
    "content_hash",
    "decode_text",
    "domain_of",
    "extract_page",
    "find_agencies",
    "iter_directory",
    "iter_inputs",
    "iter_jsonl_records",
    "normalise_text",
    "outlet_for",
    "parse_date",
    "parse_html",
    "parse_text",
    "read_html",
    "read_jsonl",
    "read_text",
    "segment",
    "sniff_format",
]
