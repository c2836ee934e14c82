"""Headless Chromium against the sample site, served from 127.0.0.1 on a free port.

Needs Debian's chromium (/usr/bin/chromium, `apt-get install -y chromium`; .ci/run installs it) and the
playwright Python package (the ``test`` extra), which drives that browser: Playwright's own browser
download is never used. Without Chromium these tests skip, saying why.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tools"))
from screenshots import CHROMIUM, CHROMIUM_ARGS, serve


@pytest.fixture(scope="session")
def server(sample_output: Path) -> Iterator[str]:
    """The built sample site over HTTP; yields its base URL (ending in '/')."""
    httpd = serve(sample_output)
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}/"
    finally:
        httpd.shutdown()


@pytest.fixture(scope="session")
def browser(tmp_path_factory: pytest.TempPathFactory):
    if not Path(CHROMIUM).exists():
        pytest.skip(
            f"no Chromium at {CHROMIUM}: install it with `apt-get install -y chromium` (.ci/run does)"
        )
    sync_api = pytest.importorskip(
        "playwright.sync_api", reason="playwright is not installed: pip install -e '.[test]'"
    )
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path=CHROMIUM,
            args=CHROMIUM_ARGS,
        )
        yield browser
        browser.close()


class Visit:
    """A page opened in a fresh context, recording console errors, page errors and failed requests."""

    def __init__(self, browser, base: str, width: int = 1280, color_scheme: str = "light") -> None:
        self.base = base
        self.context = browser.new_context(
            viewport={"width": width, "height": 800}, color_scheme=color_scheme, java_script_enabled=True
        )
        self.page = self.context.new_page()
        self.errors: list[str] = []
        self.page.on("console", lambda m: m.type == "error" and self.errors.append(f"console: {m.text}"))
        self.page.on("pageerror", lambda e: self.errors.append(f"pageerror: {e}"))
        # no external fonts, scripts, stylesheets or images: every request stays on the local server
        self.page.on(
            "request",
            lambda r: r.url.startswith((base, "data:")) or self.errors.append(f"external request: {r.url}"),
        )
        # a request cut short by leaving the page (net::ERR_ABORTED) is not an error of the page
        self.page.on(
            "requestfailed",
            lambda r: (
                "ERR_ABORTED" not in (r.failure or "") and self.errors.append(f"request failed: {r.url}")
            ),
        )
        self.page.on(
            "response", lambda r: r.status >= 400 and self.errors.append(f"HTTP {r.status}: {r.url}")
        )

    def open(self, path: str):
        response = self.page.goto(self.base + path, wait_until="load")
        assert response is not None and response.ok, f"{path}: {response and response.status}"
        return self.page

    def follow(self, locator) -> None:
        """Click a link and wait for the page it leads to."""
        with self.page.expect_navigation(wait_until="load"):
            locator.click()

    def close(self) -> None:
        self.context.close()


@pytest.fixture
def visit(browser, server) -> Iterator:
    """visit(path, width=1280, color_scheme="light") -> a Visit (``.page``, ``.errors``)."""
    opened: list[Visit] = []

    def open_page(path: str, width: int = 1280, color_scheme: str = "light") -> Visit:
        v = Visit(browser, server, width, color_scheme)
        opened.append(v)
        v.open(path)
        return v

    yield open_page
    for v in opened:
        v.close()


@pytest.fixture
def built(sample_output: Path):
    """built(path) -> whether the sample site has that page; skips naming the branch that builds it."""

    def exists(path: str, why: str) -> None:
        if not (sample_output / path).is_file():
            pytest.skip(f"{path} is not built yet: {why}")

    return exists
