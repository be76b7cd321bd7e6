"""Name the outlet (``Article.source``) of an input: declared name, URL domain or file name."""

from __future__ import annotations

from pathlib import PurePath
from urllib.parse import urlsplit


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
            return stem
    return "stdin"
