"""Name the outlet (``Article.source``) of an input: declared name, URL domain or file name."""

from __future__ import annotations

import re
from pathlib import PurePath
from urllib.parse import urlsplit

_ORDER_PREFIX = re.compile(r"^\d+[_\-. ]+(?=\D)")
_SEPARATORS = re.compile(r"[_\-\s]+")
# a word: letters with a vowel, or an acronym ("BBC"); "a223a3e3d57a2d83" or "xkcd" are ids
_WORD = re.compile(r"(?=[^\W\d_]*[aeiouyAEIOUY])[^\W\d_]+|[A-Z]{2,6}")


def domain_of(url: str) -> str | None:
    """The host of ``url``, lowercase, no ``www.`` or a port ("https://www.X.com" -> "x.com")."""
    try:
        host = urlsplit(url.strip()).hostname
    except ValueError:
        return None
    if not host:
        return None
    host = host.lower().rstrip(".")
    if host.startswith("www."):
        host = host[4:]
    return host or None


def outlet_for(declared: str | None, url: str | None, path: str | None) -> str:
    """The outlet: the declared source/outlet name, else the URL's domain, else the file stem."""
    if declared and declared.strip():
        return declared.strip()
    domain = domain_of(url) if url else None
    if domain:
        return domain
    if path:
        stem = PurePath(path).name.split(".")[0]
        if stem:
            return outlet_from_file_name(stem)
    return "stdin"


def outlet_from_file_name(stem: str) -> str:
    """A readable outlet name from a file stem: an ordering number dropped and words
    capitalised ("01_calder-bay-gazette" -> "Calder Bay Gazette"); a stem that is an id
    ("000_a223a3e3d57a2d83") or has no words stays as it is."""
    name = _ORDER_PREFIX.sub("", stem)
    words = [w for w in _SEPARATORS.split(name) if w]
    if not words or not all(_WORD.fullmatch(w) for w in words):
        return stem
    return " ".join(w if any(c.isupper() for c in w) else w.capitalize() for w in words)
