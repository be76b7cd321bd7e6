"""Articles from the ``/analyze`` form: pasted texts and uploaded files, within fixed limits.

The whole request body is capped (:data:`MAX_BODY_BYTES`) by :class:`BodyLimit`, an ASGI
middleware that counts bytes as the body is received and stops at the limit, so an oversized
upload is refused (413) without being read whole. The number of files is capped too
(:data:`MAX_FILES`). Each piece goes through the ordinary ingest readers (chosen by file suffix,
else by sniffing the content); what cannot be read comes back as an :class:`IngestError`.
"""

from __future__ import annotations

import dataclasses
import io
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import PurePath

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from newsprism.errors import IngestError
from newsprism.ingest.dispatch import format_for_name, sniff_format
from newsprism.model import Article

MAX_BODY_BYTES = 5 * 1024 * 1024
MAX_FILES = 50
MAX_PASTED = 50
MAX_NAME_CHARS = 120


class BodyTooLarge(Exception):
    """A request body over the limit (answered with 413)."""

    def __init__(self, limit: int) -> None:
        super().__init__(f"the request is larger than the {limit:,}-byte limit")
        self.limit = limit


class TooManyParts(Exception):
    """More files or pasted texts than allowed (answered with 413)."""


class BodyLimit:
    """Refuse request bodies over ``max_bytes``: by their Content-Length when they declare
    one, else as soon as the bytes received pass the limit. The error is raised where the
    body is read (inside the route), so the app's error handler answers it."""

    def __init__(self, app: ASGIApp, max_bytes: int = MAX_BODY_BYTES) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = _content_length(scope)
        limit = self.max_bytes
        seen = 0

        async def limited() -> Message:
            nonlocal seen
            if declared is not None and declared > limit:
                raise BodyTooLarge(limit)
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > limit:
                    raise BodyTooLarge(limit)
            return message

        await self.app(scope, limited, send)


def _content_length(scope: Scope) -> int | None:
    for key, value in scope.get("headers", ()):
        if key == b"content-length":
            try:
                return int(value)
            except ValueError:
                return None
    return None


@dataclass(frozen=True, slots=True)
class Upload:
    """One piece of the form: a pasted text (with an optional outlet name) or a file."""

    name: str  # the file name, or "pasted text N"
    data: bytes
    outlet: str | None = None
    is_file: bool = False


def clean_name(filename: str | None, fallback: str) -> str:
    """A display name for an uploaded file: its last path part, printable, bounded."""
    base = PurePath((filename or "").replace("\\", "/")).name
    base = "".join(ch for ch in base if ch.isprintable()).strip()
    return base[:MAX_NAME_CHARS] or fallback


def check_counts(files: int, pasted: int) -> None:
    """Raise :class:`TooManyParts` when the form has too many files or pasted texts."""
    if files > MAX_FILES:
        raise TooManyParts(f"{files} files were sent; at most {MAX_FILES} are accepted")
    if pasted > MAX_PASTED:
        raise TooManyParts(f"{pasted} pasted texts were sent; at most {MAX_PASTED} are accepted")


def articles_from_uploads(uploads: Sequence[Upload]) -> Iterator[Article | IngestError]:
    """Articles read from each upload in order, or an error for each one that fails."""
    for upload in uploads:
        if not upload.data.strip():
            if upload.is_file:
                yield IngestError(upload.name, "empty")
            continue
        fmt = format_for_name(upload.name) if upload.is_file else None
        if fmt is None:
            fmt = sniff_format(upload.data[:4096])
        path = upload.name if upload.is_file else None
        for item in fmt.read(io.BytesIO(upload.data), upload.name, path):
            if isinstance(item, Article) and upload.outlet:
                item = dataclasses.replace(item, source=upload.outlet)
            elif isinstance(item, Article) and not upload.is_file and item.source == "stdin":
                item = dataclasses.replace(item, source=upload.name)
            yield item
