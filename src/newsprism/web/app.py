"""The FastAPI application: routes, error pages and security headers.

Routes (docs/WEB.md): ``/`` story listing with search, ``/story/{id}`` comparison page,
``/story/{id}.json`` its JSON report, ``/article/{id}`` one article with its readings,
``/analyze`` (GET form, POST pasted texts/files → comparison), ``/api/stories`` and
``/api/story/{id}``. Ids are checked against a strict pattern before any lookup; errors are
HTML pages (JSON under ``/api/`` and for ``.json``); every response carries a
Content-Security-Policy that allows no script and no remote resource.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse, JSONResponse, Response
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import MutableHeaders, UploadFile
from starlette.exceptions import HTTPException
from starlette.middleware.trustedhost import TrustedHostMiddleware
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from newsprism.errors import IngestError, NewsprismError
from newsprism.web import pages
from newsprism.web.evidence import evidence_href, valid_span
from newsprism.web.ids import valid_id
from newsprism.web.sources import SampleSource, StoreSource, StoryRow, StorySource
from newsprism.web.uploads import (
    MAX_BODY_BYTES,
    MAX_NAME_CHARS,
    BodyLimit,
    BodyTooLarge,
    TooManyParts,
    Upload,
    articles_from_uploads,
    check_counts,
    clean_name,
)

CSP = (
    "default-src 'none'; style-src 'unsafe-inline'; img-src data:; form-action 'self'; "
    "base-uri 'none'; frame-ancestors 'none'"
)
SECURITY_HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",
    "Cross-Origin-Opener-Policy": "same-origin",
}
LOCAL_HOSTS = ("127.0.0.1", "localhost", "::1", "[::1]", "testserver")
MAX_QUERY_CHARS = 200
MAX_LOOSE = 100
_TITLES = {
    400: "Bad request",
    404: "Not found",
    405: "Method not allowed",
    413: "Too large",
    500: "Something went wrong",
}


class SecurityHeaders:
    """Add :data:`SECURITY_HEADERS` to every response that does not set them itself."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                for name, value in SECURITY_HEADERS.items():
                    headers.setdefault(name, value)
            await send(message)

        await self.app(scope, receive, send_with_headers)


def create_app(
    store_path: Path | None = None,
    *,
    samples: bool = False,
    allowed_hosts: Sequence[str] = LOCAL_HOSTS,
    source: StorySource | None = None,
) -> FastAPI:
    """The newsprism web app over the store at ``store_path`` (default: the user's store), or
    over the bundled sample stories with ``samples=True``.

    ``allowed_hosts`` are the Host headers answered (loopback names by default, which stops DNS
    rebinding; ``("*",)`` answers any). ``source`` replaces the story source (for tests).
    """
    if source is None:
        if samples:
            source = SampleSource()
        else:
            from newsprism.store import default_db_path

            source = StoreSource(store_path if store_path is not None else default_db_path())
    app = FastAPI(title="newsprism", docs_url=None, redoc_url=None, openapi_url=None)
    app.state.source = source
    _add_routes(app, source)
    _add_error_handlers(app)

    app.add_middleware(BodyLimit, max_bytes=MAX_BODY_BYTES)
    app.add_middleware(TrustedHostMiddleware, allowed_hosts=list(allowed_hosts))
    app.add_middleware(SecurityHeaders)  # outermost: on every response, refusals included
    return app


# --- routes ------------------------------------------------------------------------------------


def _not_found(what: str, ident: str) -> HTTPException:
    shown = ident if valid_id(ident) else "(an invalid id)"
    return HTTPException(404, f"There is no {what} {shown}.")


def _query(request: Request) -> str:
    return request.query_params.get("q", "").strip()[:MAX_QUERY_CHARS]


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day is not None else None


def _story_json(row: StoryRow) -> dict[str, Any]:
    return {
        "id": row.id,
        "label": row.label,
        "size": row.size,
        "outlets": list(row.outlets),
        "first_date": _iso(row.first_date),
        "last_date": _iso(row.last_date),
        "conflict_count": row.conflict_count,
        "url": f"/story/{row.id}",
        "json_url": f"/story/{row.id}.json",
    }


def _json_report(source: StorySource, story_id: str) -> Response:
    from newsprism.report.json import dumps

    analysis = source.analysis(story_id) if valid_id(story_id) else None
    if analysis is None:
        raise _not_found("story", story_id)
    return Response(dumps(analysis) + "\n", media_type="application/json")


def _int_param(request: Request, name: str) -> int | None:
    value = request.query_params.get(name)
    if value is None:
        return None
    if not value.isdigit() or len(value) > 9:
        raise HTTPException(400, f"The {name} offset must be a whole number, not {value[:20]!r}.")
    return int(value)


def _add_routes(app: FastAPI, source: StorySource) -> None:
    @app.get("/", response_class=HTMLResponse)
    def index(request: Request) -> HTMLResponse:
        query = _query(request)
        rows = source.stories(query or None)
        loose, total = source.loose_articles(MAX_LOOSE)
        page = pages.index_page(
            rows, query=query, source=source.description, loose=loose, loose_total=total
        )
        return HTMLResponse(page)

    @app.get("/story/{name}")
    def story(name: str) -> Response:
        if name.endswith(".json"):
            return _json_report(source, name.removesuffix(".json"))
        analysis = source.analysis(name) if valid_id(name) else None
        if analysis is None:
            raise _not_found("story", name)
        page = pages.story_page(
            analysis, evidence_link=evidence_href, json_href=f"/story/{name}.json"
        )
        return HTMLResponse(page)

    @app.get("/article/{article_id}", response_class=HTMLResponse)
    def article(article_id: str, request: Request) -> HTMLResponse:
        found = source.article(article_id) if valid_id(article_id) else None
        if found is None:
            raise _not_found("article", article_id)
        start, end = _int_param(request, "start"), _int_param(request, "end")
        evidence = None
        if start is not None or end is not None:
            if start is None or end is None or not valid_span(found.reading, start, end):
                raise HTTPException(
                    400,
                    f"start and end must give a span inside article {article_id} "
                    f"(0 ≤ start < end ≤ {len(found.reading.article.text)}).",
                )
            evidence = (start, end)
        label = source.label(found.story_id) if found.story_id is not None else None
        page = pages.article_page(
            found.reading, story_id=found.story_id, story_label=label, evidence=evidence
        )
        return HTMLResponse(page)

    @app.get("/analyze", response_class=HTMLResponse)
    def analyze_form() -> HTMLResponse:
        return HTMLResponse(pages.analyze_form())

    @app.post("/analyze", response_class=HTMLResponse)
    async def analyze(request: Request) -> HTMLResponse:
        uploads = await _read_form(request)
        return await run_in_threadpool(_analyze, uploads)

    @app.get("/api/stories")
    def api_stories(request: Request) -> JSONResponse:
        query = _query(request)
        rows = source.stories(query or None)
        return JSONResponse({"query": query or None, "stories": [_story_json(r) for r in rows]})

    @app.get("/api/story/{story_id}")
    def api_story(story_id: str) -> Response:
        return _json_report(source, story_id)


async def _read_form(request: Request) -> list[Upload]:
    """The pasted texts and files of the analyse form (size and count checked)."""
    async with request.form(max_files=1000, max_fields=1000, max_part_size=MAX_BODY_BYTES) as form:
        texts = [t for t in form.getlist("text") if isinstance(t, str)]
        outlets = [o for o in form.getlist("outlet") if isinstance(o, str)]
        files = [f for f in form.getlist("files") if isinstance(f, UploadFile)]
        check_counts(sum(1 for f in files if f.filename), sum(1 for t in texts if t.strip()))
        uploads = []
        for n, text in enumerate(texts, start=1):
            outlet = outlets[n - 1].strip()[:MAX_NAME_CHARS] if n <= len(outlets) else ""
            uploads.append(Upload(f"pasted text {n}", text.encode("utf-8"), outlet or None))
        for n, file in enumerate(files, start=1):
            if not file.filename:
                continue  # the empty file input of a form sent with no file
            data = await file.read()
            uploads.append(Upload(clean_name(file.filename, f"file {n}"), data, is_file=True))
    return uploads


def _analyze(uploads: list[Upload]) -> HTMLResponse:
    from newsprism.api import build_story, read_inputs
    from newsprism.compare.story import compare_story

    items = list(articles_from_uploads(uploads))
    articles = [i for i in items if not isinstance(i, IngestError)]
    errors = [i for i in items if isinstance(i, IngestError)]
    if not items:
        page = pages.analyze_form(message="Paste at least one article or choose a file.")
        return HTMLResponse(page, status_code=400)
    readings, read_errors = read_inputs(articles)
    errors += read_errors
    if not readings:
        reasons = "; ".join(f"{e.source}: {e.reason}" for e in errors[:10])
        page = pages.analyze_form(message=f"No article could be read ({reasons}).")
        return HTMLResponse(page, status_code=400)
    analysis = compare_story(build_story(readings))
    return HTMLResponse(pages.story_page(analysis, errors=errors))


# --- errors ------------------------------------------------------------------------------------


def _wants_json(request: Request) -> bool:
    path = request.url.path
    return path.startswith("/api/") or path.endswith(".json")


def _error(request: Request, status: int, message: str) -> Response:
    title = _TITLES.get(status, "Error")
    if _wants_json(request):
        body = {"error": {"status": status, "title": title, "message": message}}
        return JSONResponse(body, status_code=status)
    return HTMLResponse(pages.error_page(status, title, message), status_code=status)


def _add_error_handlers(app: FastAPI) -> None:
    async def http_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, HTTPException)
        message = exc.detail if isinstance(exc.detail, str) else _TITLES.get(exc.status_code, "")
        if exc.status_code == 404 and message == "Not Found":
            message = f"There is no page at {request.url.path[:200]}."
        response = _error(request, exc.status_code, message)
        if exc.headers:
            response.headers.update(exc.headers)
        return response

    async def too_large(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, BodyTooLarge)
        megabytes = exc.limit / (1024 * 1024)
        return _error(
            request, 413, f"The upload is larger than the {megabytes:g} MB limit; send less."
        )

    async def too_many(request: Request, exc: Exception) -> Response:
        return _error(request, 413, f"Too much at once: {exc}.")

    async def newsprism_error(request: Request, exc: Exception) -> Response:
        return _error(request, 500, str(exc))

    app.add_exception_handler(HTTPException, http_error)
    app.add_exception_handler(BodyTooLarge, too_large)
    app.add_exception_handler(TooManyParts, too_many)
    app.add_exception_handler(NewsprismError, newsprism_error)
