"""The theme matrix (``make themes``): the sample site built with Pelican's ``simple`` and ``notmyidea``,
the demo theme, six themes from the package index and four published only as public repositories, as a
user would add them to a site that already has a theme, without editing the theme.

The four that no package index publishes are built from unchanged copies under ``tests/themes/vendor/``
(Flex, Elegant, pelican-alchemy: see the README there), or from a clone of each in a folder you name in
``SPOTLIGHT_MORE_THEMES`` (``flex/``, ``elegant/``, ``pelican-alchemy/``, ``clean-blog/``), which comes
first where it holds one. clean-blog's repository grants no licence, so it has no copy here: without a
clone its tests skip, saying why (docs/themes.md).

Not part of ``make test`` (pyproject.toml ignores this folder): each build and its browser checks take a
while, so CI runs them once, after the main suite. Screenshots go to ``build/theme-screenshots/``, which
git ignores and CI leaves behind.
"""

from __future__ import annotations

import importlib.util
import logging
import os
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
# Copies of the themes that no package index publishes, and a folder of your clones of them, which comes
# first (see the module's docstring).
VENDOR = Path(__file__).resolve().parent / "vendor"
MORE_THEMES = os.environ.get("SPOTLIGHT_MORE_THEMES", "")


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
    nav: str  # the theme's main navigation, where it lists the site's pages or MENUITEMS
    chrome: tuple[str, ...]  # the theme's navigation and sidebar elements (beside nav and aside)
    # the theme's own warnings during a build, as regular expressions; anything else fails the build
    own_warnings: tuple[str, ...] = ()
    # stylesheets the theme loads from a CDN: URL prefix -> npm package@version (and the folder in it)
    # with the same files
    cdn: dict[str, str] = field(default_factory=dict)
    # what else the theme requests off the site (web fonts, scripts), as URL prefixes: left unanswered,
    # as offline; the checks then measure the layout the theme draws without them
    offline: tuple[str, ...] = ()
    # page errors that follow from those requests left offline (a theme's script needing its jQuery)
    offline_errors: tuple[str, ...] = ()
    # files the theme's own stylesheet asks for but does not ship (404 on its About page too)
    own_missing: tuple[str, ...] = ()
    # the theme's folder inside tests/themes/vendor or SPOTLIGHT_MORE_THEMES, for a theme no package
    # index publishes
    clone: str = ""
    # a page that shows the theme's navigation (most themes show it on every page)
    menu_page: str = "pages/about.html"
    article: bool = True  # whether the theme puts a post in an <article>
    # how many px wider than the screen the theme draws its own pages, at a width, and why
    own_overflow: dict[int, tuple[int, str]] = field(default_factory=dict)

    def settings(self) -> dict[str, Any]:
        """What a user adds to the sample site's pelicanconf.py to use this theme."""
        if self.clone:
            return {"THEME": str(self.folder()), **SETUP.get(self.name, dict)()}
        return SETUP[self.name]()

    def folder(self) -> Path:
        """Where the theme of a public repository is: your clone in SPOTLIGHT_MORE_THEMES if there is
        one, else the copy in tests/themes/vendor. Skips the theme's tests when neither holds it."""
        roots = [Path(MORE_THEMES), VENDOR] if MORE_THEMES else [VENDOR]
        for root in roots:
            if (root / self.clone).is_dir():
                return root / self.clone
        pytest.skip(
            f"{self.name} is published only as a public repository and tests/themes/vendor has no copy "
            f"of it: clone it into $SPOTLIGHT_MORE_THEMES/{self.clone.split('/')[0]} (docs/themes.md)"
        )


def _reflex() -> dict[str, Any]:
    # pip install pelican-theme-reflex: the theme lands in Pelican's themes folder and ships its path as
    # a function.
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


def _bulrush() -> dict[str, Any]:
    # pip install bulrush: a package with PATH, its Jinja filters and environment; its base.html uses
    # {% assets %}, which needs the webassets plugin.
    import bulrush

    return {
        "THEME": bulrush.PATH,
        "JINJA_ENVIRONMENT": bulrush.ENVIRONMENT,
        "JINJA_FILTERS": bulrush.FILTERS,
        "PLUGINS": ["pelican_spotlight", "webassets"],
    }


def _engineering() -> dict[str, Any]:
    # pip install pelican-engineering-theme: the package says where the theme is
    import pelican_engineering_theme

    return {"THEME": str(pelican_engineering_theme.get_theme_path())}


def _shiori() -> dict[str, Any]:
    # pip install pelican-shiori: its base.html compiles its SCSS through {% assets %} (the webassets
    # plugin) with the "scss" filter, which runs a `sass` command: Dart Sass from npm here.
    import pelican_shiori

    return {
        "THEME": pelican_shiori.path(),
        "PLUGINS": ["pelican_spotlight", "webassets"],
        # the theme's own asset_config() (its colour scheme) and where the sass command is
        "WEBASSETS_CONFIG": [
            *pelican_shiori.asset_config(),
            ("SASS_BIN", str(_npm_bin("sass@1.80.6", "sass"))),
        ],
        "SHIORI_AVATAR_URL": "",  # the default is a picture from robohash.org: the browser is offline
    }


def _smallweb() -> dict[str, Any]:
    # pip install pelican-theme-smallweb: the theme lands in Pelican's themes folder
    from pelican.themes import smallweb

    return {"THEME": smallweb.path(), "ALLOW_GOOGLE_FONTS": False}


def _themeless() -> dict[str, Any]:
    # pip install pelican-themeless: the theme lands in Pelican's themes folder
    from pelican.themes import themeless

    return {"THEME": str(Path(themeless.__path__[0]))}


SETUP: dict[str, Any] = {
    "simple": lambda: {"THEME": "simple"},
    "notmyidea": lambda: {"THEME": "notmyidea"},
    "demo": lambda: {"THEME": str(ROOT / "theme")},
    "reflex": _reflex,
    "bulrush": _bulrush,
    "engineering": _engineering,
    "shiori": _shiori,
    "smallweb": _smallweb,
    "themeless": _themeless,
    "flex": lambda: {"USE_GOOGLE_FONTS": False, "MAIN_MENU": True},
}

FONT_AWESOME = "font-awesome@4.7.0"
GOOGLE_FONTS = tuple(
    f"{scheme}://fonts.{host}.com/" for scheme in ("http", "https") for host in ("googleapis", "gstatic")
)

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
        nav="body > aside nav",  # the site's pages; MENUITEMS go to the top menu (main > nav)
        chrome=("body > aside",),
    ),
    Theme(
        "engineering",
        post_column="article",
        nav="nav.pet-navigation",
        chrome=("header", "footer"),
    ),
    Theme(
        "smallweb",
        post_column="article",
        nav="body > nav",
        chrome=("body > nav", "header.page-header"),
    ),
    Theme(
        "themeless",
        post_column="article",
        nav="nav",
        chrome=(),
        menu_page="index.html",  # the one page with a navigation
    ),
    Theme(
        "flex",
        post_column="article",
        nav="body > aside nav",
        chrome=("body > aside",),
        clone="flex",
    ),
    Theme(
        "elegant",
        post_column="article",
        nav=".navbar",
        chrome=(".navbar",),
        # jQuery and Bootstrap 2.3.2's scripts (npm has no 2.3.2): the navbar's collapse button needs them
        offline=("http://code.jquery.com/", "http://netdna.bootstrapcdn.com/", *GOOGLE_FONTS),
        offline_errors=("pageerror: $ is not defined",),
        own_missing=("theme/img/glyphicons-halflings.png",),  # Bootstrap 2's icons, at 360 px
        clone="elegant",
    ),
    Theme(
        "alchemy",
        post_column="article",
        nav="header .list-inline",
        chrome=("header",),
        clone="pelican-alchemy/alchemy",
    ),
    Theme(
        "clean-blog",
        post_column="article",
        nav="nav",
        chrome=("nav",),
        cdn={"https://maxcdn.bootstrapcdn.com/font-awesome/4.7.0/": FONT_AWESOME},
        offline=("https://oss.maxcdn.com/", *GOOGLE_FONTS),
        clone="clean-blog",
    ),
    # last, after them the webassets plugin they need stays connected to Pelican's signals
    Theme(
        "shiori",
        post_column=".post-content",
        article=False,
        nav=".navbar",
        chrome=(".navbar",),
        cdn={"http://cdnjs.cloudflare.com/ajax/libs/font-awesome/4.7.0/": FONT_AWESOME},
        offline=(
            "http://cdnjs.cloudflare.com/ajax/libs/jquery/",
            "http://cdnjs.cloudflare.com/ajax/libs/twitter-bootstrap/",
            *GOOGLE_FONTS,
        ),
    ),
    Theme(
        "bulrush",
        post_column="article > .section",
        nav="aside.menu",  # the site's pages; MENUITEMS go to the top bar (#navMenu)
        chrome=("header.hero", ".navbar", "aside.menu"),
        cdn={
            "https://cdnjs.cloudflare.com/ajax/libs/bulma/0.9.4/": "bulma@0.9.4",
            "https://cdnjs.cloudflare.com/ajax/libs/font-awesome/4.7.0/": FONT_AWESOME,
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
    """The files of an npm package (``name@version``, or ``name@version/folder`` for a folder of it),
    unpacked under build/theme-cdn/."""
    spec, _, folder = spec.partition("/")
    target = CDN_COPIES / spec.replace("@", "-")
    if not target.is_dir():
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
    return target / folder


def _npm_bin(spec: str, command: str) -> Path:
    """A command of an npm package (``name@version``), installed with its dependencies under
    build/theme-cdn/ (a theme's build tool, such as Dart Sass)."""
    prefix = CDN_COPIES / "bin" / spec.replace("@", "-")
    path = prefix / "node_modules" / ".bin" / command
    if not path.is_file():
        result = subprocess.run(
            [
                "npm",
                "install",
                "--silent",
                "--no-save",
                "--no-audit",
                "--no-fund",
                "--prefix",
                str(prefix),
                spec,
            ],
            capture_output=True,
            text=True,
            timeout=300,
        )
        assert result.returncode == 0, f"npm install {spec} failed:\n{result.stdout}\n{result.stderr}"
    return path


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

    def __init__(self, browser, base: str, width: int, cdn: dict[str, Path], theme: Theme) -> None:
        super().__init__(browser, base, width)
        self.cdn = cdn
        self.offline = theme.offline
        self.offline_errors = theme.offline_errors
        self.missing = (base + "favicon.ico", *(base + path for path in theme.own_missing))
        self.from_cdn: set[str] = set()
        self.aside: list[str] = []  # console errors of offline requests, the favicon, own missing files
        self.page.on("console", self._console)
        if cdn:
            self.context.route(lambda url: url.startswith(tuple(cdn)), self._fulfil)
        if self.offline:
            self.context.route(lambda url: url.startswith(self.offline), lambda route: route.abort())

    def _console(self, message) -> None:
        url = message.location.get("url", "")
        if message.type == "error" and (url in self.missing or url.startswith(self.offline)):
            self.aside.append(f"console: {message.text}")

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
        """Console errors, page errors and failed requests, less the theme's CDN and offline requests
        (and the page errors they cause), the files it lacks itself and the browser's /favicon.ico."""
        errors = [
            e
            for e in self.errors
            if e not in {f"external request: {u}" for u in self.from_cdn}
            and not any(e.startswith(f"{kind}: {p}") for p in self.offline for kind in self.REQUESTS)
            and e not in self.offline_errors
            and e not in {f"HTTP 404: {url}" for url in self.missing[1:]}
        ]
        for aside in self.aside:
            errors.remove(aside)
        return errors

    REQUESTS = ("external request", "request failed")


@pytest.fixture(scope="session")
def theme_visit(browser, theme_build: Build, theme_server: str, cdn_copies: dict[str, Path]):
    """theme_visit(path, width) -> a ThemeVisit of that page of the theme's build (close it)."""
    theme = theme_build.theme

    def open_page(path: str, width: int) -> ThemeVisit:
        v = ThemeVisit(browser, theme_server, width, cdn_copies, theme)
        v.open(path)
        return v

    return open_page
