"""newsprism's exceptions: one root, so the CLI and the web app catch a single type.

NewsprismError
├── IngestError     an input could not be turned into an article (names the input and why)
├── ReadError       an article could not be read
├── StoreError      the store could not be opened or written
└── ConfigError     a bad option or argument
"""

from __future__ import annotations


class NewsprismError(Exception):
    """Root of every error newsprism raises on purpose."""


class IngestError(NewsprismError):
    """An input (file, URL, line, record) could not be ingested.

    ``source`` names the input (a path, URL, ``path:line`` or ``archive#record``); ``reason``
    says what is wrong in a few words. ``str(error)`` is one line: ``source: reason``.
    """

    def __init__(self, source: str, reason: str) -> None:
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason


class ReadError(NewsprismError):
    """An article could not be read."""


class StoreError(NewsprismError):
    """The store could not be opened, migrated or written."""


class ConfigError(NewsprismError):
    """A bad option, argument or setting."""
