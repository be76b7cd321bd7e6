"""``newsprism web``: serve the local web app, or send it one request with ``--get PATH``.

FastAPI and uvicorn come with the ``web`` extra and are imported only when the command runs, so
the rest of the CLI works without them; without them the command says what to install. With
``--get`` the request goes through the app in-process (no server, no port), and only the
response body goes to stdout; a status of 400 or more makes the exit status 1.
"""

from __future__ import annotations

import asyncio
import ipaddress
from pathlib import Path
from typing import TYPE_CHECKING

import click

from newsprism.cli.app import main

if TYPE_CHECKING:
    from fastapi import FastAPI

INSTALL_HINT = "pip install 'newsprism[web]'"
LOOPBACK_NAMES = ("localhost", "127.0.0.1", "::1")


def is_loopback(host: str) -> bool:
    """Whether ``host`` only listens on this machine (127.0.0.0/8, ::1 or "localhost")."""
    if host in LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def _build_app(db: Path | None, samples: bool, host: str) -> FastAPI:
    try:
        from newsprism.web import create_app
        from newsprism.web.app import LOCAL_HOSTS
    except ImportError as exc:
        raise click.ClickException(
            f"the web app needs FastAPI and uvicorn ({exc.name or exc} is missing): "
            f"run {INSTALL_HINT}"
        ) from exc
    hosts = LOCAL_HOSTS if is_loopback(host) else ("*",)
    return create_app(db, samples=samples, allowed_hosts=hosts)


async def _fetch(app: FastAPI, path: str) -> tuple[int, str]:
    import httpx

    transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
    async with httpx.AsyncClient(transport=transport, base_url="http://127.0.0.1") as client:
        response = await client.get(path)
    return response.status_code, response.text


def _get(app: FastAPI, path: str) -> None:
    if not path.startswith("/"):
        raise click.ClickException(f"--get takes a path starting with /, not {path!r}")
    try:
        status, text = asyncio.run(_fetch(app, path))
    except ImportError as exc:  # httpx is part of the web extra
        raise click.ClickException(f"--get needs httpx: run {INSTALL_HINT}") from exc
    click.echo(text, nl=not text.endswith("\n"))
    if status >= 400:
        click.echo(f"error: GET {path} answered {status}", err=True)
        raise SystemExit(1)


@main.command()
@click.option(
    "--db",
    type=click.Path(dir_okay=False, path_type=Path),
    help="The store to browse (default: the user's store, see `newsprism ingest`).",
)
@click.option("--samples", is_flag=True, help="Browse the bundled sample stories instead.")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=8765, show_default=True, type=click.IntRange(1, 65535))
@click.option(
    "--get",
    "get_path",
    metavar="PATH",
    help="Send one GET request for PATH through the app (no server) and print the response.",
)
def web(db: Path | None, samples: bool, host: str, port: int, get_path: str | None) -> None:
    """Browse stories and their comparisons in a web browser (a local web app).

    Serves http://HOST:PORT/ until interrupted. Pages: / (stories, with search),
    /story/ID, /story/ID.json, /article/ID, /analyze (paste or upload articles),
    /api/stories, /api/story/ID.
    """
    if db is not None and samples:
        raise click.UsageError("use either --db or --samples, not both")
    if db is not None and not db.is_file():
        raise click.ClickException(
            f"no store at {db}: ingest articles into it with `newsprism ingest --db {db}`, "
            "or browse the bundled samples with --samples"
        )
    app = _build_app(db, samples, host)
    if get_path is not None:
        _get(app, get_path)
        return
    try:
        import uvicorn
    except ImportError as exc:
        raise click.ClickException(f"the web app needs uvicorn: run {INSTALL_HINT}") from exc
    if not is_loopback(host):
        click.echo(
            f"warning: listening on {host}: anyone who can reach this address can read the "
            "store; the app has no login",
            err=True,
        )
    shown = f"[{host}]" if ":" in host else host
    click.echo(f"newsprism web: http://{shown}:{port}/ (Ctrl-C to stop)", err=True)
    uvicorn.run(app, host=host, port=port, log_level="warning")
