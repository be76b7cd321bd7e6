"""Which story and article ids the web app accepts in a URL: a strict pattern, checked first.

Ids are only ever used as lookup keys (SQL parameters, dictionary keys), never as file paths; the
pattern is a second line of defence that also keeps odd ids out of links and logs. Story ids end
up in URLs such as ``/story/{id}.json``, so an id may not itself end in ``.json``.
"""

from __future__ import annotations

import re

MAX_ID_CHARS = 128
_ID = re.compile(r"[A-Za-z0-9](?:[A-Za-z0-9_.:-]{0,126}[A-Za-z0-9_-])?")


def valid_id(value: str) -> bool:
    """Whether ``value`` may name a story or an article: ASCII letters, digits and ``_ . : -``,
    starting with a letter or digit, not ending in ``.`` or ``:``, no ``..``, at most 128
    characters."""
    return _ID.fullmatch(value) is not None and ".." not in value
