"""End to end in a real browser: from a story's conflict to the highlighted source sentence.

Runs the app under uvicorn on a free loopback port and drives Debian's chromium with
Playwright. Skipped when /usr/bin/chromium or the playwright package is missing.
"""

from __future__ import annotations

import importlib.util
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from newsprism.web import create_app
from newsprism.web.sources import SampleSource

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
STORY = "corran-star-ferry"

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="/usr/bin/chromium is not installed"),
    pytest.mark.skipif(
        importlib.util.find_spec("playwright") is None, reason="playwright is not installed"
    ),
]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture()
def server(sample_source: SampleSource) -> Iterator[str]:
    import uvicorn

    port = free_port()
    config = uvicorn.Config(
        create_app(source=sample_source), host="127.0.0.1", port=port, log_level="warning"
    )
    app_server = uvicorn.Server(config)
    thread = threading.Thread(target=app_server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not app_server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            pytest.fail("the web app did not start")
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        app_server.should_exit = True
        thread.join(timeout=10)


def test_conflict_evidence_link_shows_the_highlighted_sentence(server: str) -> None:
    from playwright.sync_api import expect, sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            page = browser.new_page()
            page.goto(f"{server}/story/{STORY}")
            link = page.locator("section#conflicts blockquote.ev a").first
            expect(link).to_be_visible()
            cited = link.locator("xpath=ancestor::blockquote").locator("mark").inner_text()
            link.click()
            page.wait_for_url("**/article/**")
            sentence = page.locator("#evidence")
            expect(sentence).to_be_visible()
            expect(sentence).to_be_in_viewport()
            assert "evidence-sentence" in (sentence.get_attribute("class") or "").split()
            highlighted = page.locator("#reading span.evidence").all_inner_texts()
            assert "".join(highlighted) == cited
            assert page.url.endswith("#evidence")
        finally:
            browser.close()
