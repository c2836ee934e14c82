"""The theme matrix (``make themes``): the sample site built with Pelican's ``simple`` and ``notmyidea``,
the demo theme and two themes from the package index, as a user would add them to a site that already
has a theme, without editing the theme.

Not part of ``make test`` (pyproject.toml ignores this folder): each build and its browser checks take a
while, so CI runs them once, after the main suite. Screenshots go to ``build/theme-screenshots/``, which
git ignores and CI leaves behind.
"""

from __future__ import annotations

import importlib.util
import logging
import re
import shutil
import subprocess
import sys
import tarfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from pelican.settings import read_settings

TESTS = Path(__file__).resolve().parent.parent
ROOT = TESTS.parent
CDN_COPIES = ROOT / "build" / "theme-cdn"


def _load(name: str, path: Path) -> ModuleType:
    """A conftest of another folder, under its own module name: pytest imports every conftest as
    ``conftest``, so ``from conftest import ...`` would find this file instead."""
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


_shared = _load("spotlight_tests_conftest", TESTS / "conftest.py")
_browser = _load("spotlight_tests_browser_conftest", TESTS / "browser" / "conftest.py")
Site = _shared.Site
SAMPLE_SITE: Path = _shared.SAMPLE_SITE
Visit = _browser.Visit
serve = _browser.serve
browser = _browser.browser  # the session's headless Chromium (Debian's, through Playwright)


@dataclass(frozen=True)
class Theme:
    """One theme of the matrix and what the checks need to know about its layout."""

    name: str
    post_column: str  # CSS selector of the element that holds a post's text
    nav: str  # the theme's navigation, where it draws MENUITEMS
    chrome: tuple[str, ...]  # the theme's navigation and sidebar elements (beside nav and aside)
    # the theme's own warnings during a build, as regular expressions; anything else fails the build
    own_warnings: tuple[str, ...] = ()
    # stylesheets the theme loads from a CDN: URL prefix -> npm package@version with the same files
    cdn: dict[str, str] = field(default_factory=dict)
    # how many px wider than the screen the theme draws its own pages, at a width, and why
    own_overflow: dict[int, tuple[int, str]] = field(default_factory=dict)

    def settings(self) -> dict[str, Any]:
        """What a user adds to the sample site's pelicanconf.py to use this theme."""
        if self.name == "simple":
            return {"THEME": "simple"}
        if self.name == "notmyidea":
            return {"THEME": "notmyidea"}
        if self.name == "demo":
            return {"THEME": str(ROOT / "theme")}
        if self.name == "reflex":
            # pip install pelican-theme-reflex: the theme lands in Pelican's themes folder and ships
            # its path as a function.
            from pelican.themes import reflex

            return {
                "THEME": reflex.path(),
                "MAIN_MENU": True,  # the top navigation that draws MENUITEMS
                "USE_GOOGLE_FONTS": False,  # no request to Google: the test browser is offline
                "COPYRIGHT_YEAR": 2026,
                "COPYRIGHT_NAME": "Sam Rivera",
                # the footer reads CC_LICENSE['icon'] unguarded: without CC_LICENSE no page renders
                "CC_LICENSE": {
                    "name": "Creative Commons Attribution-ShareAlike",
                    "version": "4.0",
                    "slug": "by-sa",
                    "icon": False,
                },
            }
        if self.name == "bulrush":
            # pip install bulrush: a package with PATH, its Jinja filters and environment; its base.html
            # uses {% assets %}, which needs the webassets plugin.
            import bulrush

            return {
                "THEME": bulrush.PATH,
                "JINJA_ENVIRONMENT": bulrush.ENVIRONMENT,
                "JINJA_FILTERS": bulrush.FILTERS,
                "PLUGINS": ["pelican_spotlight", "webassets"],
            }
        raise AssertionError(self.name)


THEMES = [
    Theme(
        "simple",
        post_column="article",
        nav="body > header nav",
        chrome=("body > header",),
    ),
    Theme(
        "notmyidea",
        post_column="article .entry-content",
        nav="#banner nav",
        chrome=("#banner", "#extras"),
    ),
    Theme(
        "demo",
        post_column="article .post__body",
        nav="nav.site-nav",
        chrome=(".site-header",),
    ),
    Theme(
        "reflex",
        post_column="article .entry-content",
        nav="main > nav",
        chrome=("body > aside",),
    ),
    # last: the webassets plugin it needs stays connected to Pelican's signals for later builds
    Theme(
        "bulrush",
        post_column="article > .section",
        nav="#navMenu",
        chrome=("header.hero", ".navbar", "aside.menu"),
        cdn={
            "https://cdnjs.cloudflare.com/ajax/libs/bulma/0.9.4/": "bulma@0.9.4",
            "https://cdnjs.cloudflare.com/ajax/libs/font-awesome/4.7.0/": "font-awesome@4.7.0",
        },
        # Bulma's .columns (negative side margins) inside bulrush's own .section: every page of the
        # theme, its index and About page included, is 12 px wider than a 360 px phone
        own_overflow={360: (12, "bulrush's div.section.columns")},
    ),
]


# Settings of the sample site's pelicanconf.py that are there for the demo theme alone: with any other
# theme they go, and the plugin's defaults apply, as for any user of that theme.
# SPOTLIGHT_MENU = []: the demo theme links the directory, report and roundups itself.
DEMO_THEME_ONLY = ("SPOTLIGHT_MENU",)


@dataclass
class ThemedSampleSite(Site):
    """The repository's sample site, its own pelicanconf.py plus a theme's settings, built into a
    temporary folder."""

    without: tuple[str, ...] = ()  # settings of the sample site's pelicanconf.py left out

    def pelican_settings(self, **overrides: Any) -> dict[str, Any]:
        settings = read_settings(
            str(SAMPLE_SITE / "pelicanconf.py"),
            override={
                "OUTPUT_PATH": str(self.output),
                "CACHE_PATH": str(self.root / "cache"),
                "LOAD_CONTENT_CACHE": False,
                **self.settings,
                **overrides,
            },
        )
        for name in self.without:
            settings.pop(name, None)
        return settings


class _Records(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(f"{record.levelname} {record.name}: {record.getMessage()}")


@dataclass
class Build:
    theme: Theme
    site: ThemedSampleSite
    settings: dict[str, Any]
    warnings: list[str]  # every warning and error logged during the build
    unexpected: list[str]  # those that are not the theme's own

    @property
    def output(self) -> Path:
        return self.site.output


@pytest.fixture(scope="session", params=THEMES, ids=[t.name for t in THEMES])
def theme_build(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Build:
    """The sample site built once per theme, in-process. Every warning and error logged is recorded:
    the equivalent of ``pelican --fatal warnings``, except that a theme's own warnings (named in its
    Theme) are set aside rather than stopping the build."""
    theme: Theme = request.param
    site = ThemedSampleSite(
        tmp_path_factory.mktemp(f"theme-{theme.name}"),
        theme.settings(),
        without=() if theme.name == "demo" else DEMO_THEME_ONLY,
    )
    settings, messages = build_logged(site)
    unexpected = [m for m in messages if not any(re.search(p, m) for p in theme.own_warnings)]
    return Build(theme, site, settings, messages, unexpected)


def build_logged(site: ThemedSampleSite, **overrides: Any) -> tuple[dict[str, Any], list[str]]:
    """Build the site in-process; its settings, and every warning or error logged meanwhile."""
    records = _Records()
    root = logging.getLogger()
    root.addHandler(records)
    try:
        pelican = site.build(**overrides)
    finally:
        root.removeHandler(records)
    return pelican.settings, records.messages


@pytest.fixture(scope="session")
def logged_build():
    """(build_logged, ThemedSampleSite), for tests: pytest imports this file as ``conftest``, so a
    test module cannot name it in an import."""
    return build_logged, ThemedSampleSite


def _npm_copy(spec: str) -> Path:
    """The files of an npm package (``name@version``), unpacked under build/theme-cdn/."""
    target = CDN_COPIES / spec.replace("@", "-")
    if target.is_dir():
        return target
    CDN_COPIES.mkdir(parents=True, exist_ok=True)
    result = subprocess.run(
        ["npm", "pack", "--silent", spec], cwd=CDN_COPIES, capture_output=True, text=True, timeout=180
    )
    assert result.returncode == 0, f"npm pack {spec} failed:\n{result.stdout}\n{result.stderr}"
    tarball = CDN_COPIES / result.stdout.strip().splitlines()[-1]
    unpacked = CDN_COPIES / f"{target.name}.part"
    shutil.rmtree(unpacked, ignore_errors=True)  # what an interrupted run left
    with tarfile.open(tarball) as tar:
        tar.extractall(unpacked, filter="data")
    (unpacked / "package").rename(target)
    unpacked.rmdir()
    tarball.unlink()
    return target


@pytest.fixture(scope="session")
def theme_server(theme_build: Build) -> Iterator[str]:
    """The theme's build over HTTP on 127.0.0.1; yields its base URL (ending in '/')."""
    httpd = serve(theme_build.output)
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}/"
    finally:
        httpd.shutdown()


@pytest.fixture(scope="session")
def cdn_copies(theme_build: Build) -> dict[str, Path]:
    """The theme's CDN stylesheets, served from the same npm package versions: the test machine is
    offline, and a theme drawn without its framework would make every layout check meaningless."""
    return {prefix: _npm_copy(spec) for prefix, spec in theme_build.theme.cdn.items()}


class ThemeVisit(Visit):
    """A Visit whose requests to the theme's CDN are answered from the local copies of those files.
    Those requests are the theme's own and not errors; any other request off the site still is. So is
    the 404 of the browser's own request for /favicon.ico, in a theme that names no icon: the sample
    site has none, and no theme is asked to provide one."""

    def __init__(self, browser, base: str, width: int, cdn: dict[str, Path]) -> None:
        super().__init__(browser, base, width)
        self.cdn = cdn
        self.from_cdn: set[str] = set()
        self.favicon: list[str] = []
        self.page.on(
            "console",
            lambda m: (
                m.type == "error"
                and m.location.get("url") == base + "favicon.ico"
                and self.favicon.append(f"console: {m.text}")
            ),
        )
        if cdn:
            self.context.route(lambda url: url.startswith(tuple(cdn)), self._fulfil)

    def _fulfil(self, route) -> None:
        url = route.request.url.split("?")[0].split("#")[0]
        for prefix, folder in self.cdn.items():
            if url.startswith(prefix):
                path = folder / url[len(prefix) :]
                if path.is_file():
                    self.from_cdn.add(route.request.url)
                    route.fulfill(path=str(path))
                    return
        route.abort()

    @property
    def page_errors(self) -> list[str]:
        """Console errors, page errors and failed requests, less the theme's CDN requests and the
        browser's own /favicon.ico."""
        errors = [e for e in self.errors if e not in {f"external request: {u}" for u in self.from_cdn}]
        for aside in self.favicon:
            errors.remove(aside)
        return errors


@pytest.fixture(scope="session")
def theme_visit(browser, theme_server: str, cdn_copies: dict[str, Path]):
    """theme_visit(path, width) -> a ThemeVisit of that page of the theme's build (close it)."""

    def open_page(path: str, width: int) -> ThemeVisit:
        v = ThemeVisit(browser, theme_server, width, cdn_copies)
        v.open(path)
        return v

    return open_page
