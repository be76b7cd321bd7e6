"""Bytes to text for ingestion: size limit, binary detection and encoding fallback.

Every function names the input in the :class:`~newsprism.errors.IngestError` it raises, so a
batch can report exactly which file (or line) could not be read and why.
"""

from __future__ import annotations

import codecs
import re
from typing import BinaryIO

from charset_normalizer import from_bytes

from newsprism.errors import IngestError

MAX_BYTES = 10 * 1024 * 1024
"""Largest single input (file, stdin or JSON line) accepted, in bytes."""

_SNIFF_BYTES = 8192
_MAX_CONTROL_SHARE = 0.1  # more control characters than this in the head: not text
_MAX_CHAOS = 0.25  # charset-normalizer "mess" above this: not a credible decoding
_MIN_COHERENCE = 0.2  # ...and below this its guess read no language: not credible either
# multi-byte encodings: decoding cleanly is evidence enough (short CJK texts score no coherence)
_MULTIBYTE = frozenset(
    {"cp932", "shift_jis", "euc_jp", "gb2312", "gb18030", "gbk", "big5", "cp949", "euc_kr"}
)
_CONTROL = re.compile(rb"[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f]")
_META_CHARSET = re.compile(
    rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{2,40})""", re.IGNORECASE
)
_UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)


def read_limited(stream: BinaryIO, name: str, limit: int | None = None) -> bytes:
    """Read a whole stream, refusing one over ``limit`` bytes (default: :data:`MAX_BYTES`)."""
    if limit is None:
        limit = MAX_BYTES
    data = stream.read(limit + 1)
    if len(data) > limit:
        raise IngestError(name, f"input larger than the {limit:,}-byte limit")
    return data


def check_text_bytes(raw: bytes, name: str) -> None:
    """Refuse empty and binary inputs (NUL bytes or mostly control characters)."""
    if not raw.strip():
        raise IngestError(name, "empty")
    if raw.startswith(_UTF16_BOMS):
        return
    head = raw[:_SNIFF_BYTES]
    if b"\x00" in head or len(_CONTROL.findall(head)) > _MAX_CONTROL_SHARE * len(head):
        raise IngestError(name, "binary file, not text")


def declared_charset(raw: bytes) -> str | None:
    """The charset an HTML page declares in a ``<meta>`` tag, if Python knows it."""
    match = _META_CHARSET.search(raw[:4096])
    if match is None:
        return None
    label = match.group(1).decode("ascii")
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def decode_text(raw: bytes, name: str, *, declared: str | None = None) -> str:
    """Decode ``raw``: BOM, then UTF-8, then a declared charset, then a detected charset when
    the detector recognises a language in it, then cp1252 when it decodes cleanly.

    Raises :class:`IngestError` when no decoding is credible.
    """
    if raw.startswith(codecs.BOM_UTF8):
        return _strict(raw[3:], "utf-8", name)
    if raw.startswith(_UTF16_BOMS):
        return _strict(raw, "utf-16", name)
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if declared is not None:
        try:
            return raw.decode(declared)
        except (UnicodeDecodeError, LookupError):
            pass
    best = from_bytes(raw[: _SNIFF_BYTES * 8]).best()
    if (
        best is not None
        and best.chaos <= _MAX_CHAOS
        and (best.coherence >= _MIN_COHERENCE or best.encoding in _MULTIBYTE)
    ):
        try:
            return raw.decode(best.encoding)
        except (UnicodeDecodeError, LookupError):
            pass
    try:
        return raw.decode("cp1252")
    except UnicodeDecodeError:
        raise IngestError(name, "undecodable text: not UTF-8 and no credible encoding") from None


def _strict(raw: bytes, encoding: str, name: str) -> str:
    try:
        return raw.decode(encoding)
    except UnicodeDecodeError as exc:
        raise IngestError(name, f"invalid {encoding} at byte {exc.start}") from None
