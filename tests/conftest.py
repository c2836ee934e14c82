"""Shared fixtures: real Pelican builds into ``tmp_path``."""

from __future__ import annotations

import datetime as dt
import logging
import os
import shutil
import subprocess
import sys
import tempfile
import textwrap
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from jinja2 import FileSystemBytecodeCache
from pelican import Pelican, signals
from pelican.log import LimitFilter
from pelican.settings import DEFAULT_CONFIG, read_settings
from pelican_main import fatal_warnings, run_pelican_main

DATA = Path(__file__).parent / "data"

BASE_SETTINGS: dict[str, Any] = {
    "PLUGINS": ["pelican_spotlight"],
    "TIMEZONE": "UTC",
    "SITEURL": "",
    "FEED_ALL_ATOM": None,
    "CATEGORY_FEED_ATOM": None,
    "TRANSLATION_FEED_ATOM": None,
    "AUTHOR_FEED_ATOM": None,
    "AUTHOR_FEED_RSS": None,
    "CACHE_CONTENT": False,
    "LOAD_CONTENT_CACHE": False,
}

# `make test-fast` runs the tests that build no site (`-m "not builds"`). A test builds a site when it
# uses one of these fixtures, lives under tests/browser, or is marked `builds` itself; with
# SPOTLIGHT_TEST_FAST set, a build from any other test fails it, so the mark cannot fall behind.
BUILDING_FIXTURES = frozenset({"site", "make_site", "sample_build", "sample_output", "guarded"})


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if BUILDING_FIXTURES.intersection(getattr(item, "fixturenames", ())) or "browser" in item.path.parts:
            item.add_marker(pytest.mark.builds)


@pytest.fixture(autouse=True)
def _no_unmarked_builds(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    if os.environ.get("SPOTLIGHT_TEST_FAST") and not request.node.get_closest_marker("builds"):

        def refuse(*args: Any, **kwargs: Any) -> None:
            raise AssertionError("this test builds a site: mark it @pytest.mark.builds")

        monkeypatch.setattr(Pelican, "run", refuse)
        monkeypatch.setattr(subprocess, "Popen", refuse)


# Pelican makes new Jinja environments for every build, so every build compiles every template again:
# on the small sites of these tests, compiling is about three quarters of a build. The builds of one
# test process (and the `pelican` commands it starts) share Jinja's own bytecode cache instead, keyed
# on each template's path and source, so a changed template compiles again. Tests that set their own
# JINJA_ENVIRONMENT go without it, and so does the sample site's build (`sample_build`).
TEMPLATE_BYTECODE = Path(tempfile.mkdtemp(prefix="pelican-spotlight-tests-jinja-"))


def jinja_environment() -> dict[str, Any]:
    """Pelican's default JINJA_ENVIRONMENT, with the test process's template bytecode cache."""
    return {
        **DEFAULT_CONFIG["JINJA_ENVIRONMENT"],
        "extensions": list(DEFAULT_CONFIG["JINJA_ENVIRONMENT"]["extensions"]),
        "bytecode_cache": FileSystemBytecodeCache(str(TEMPLATE_BYTECODE)),
    }


def python_source(value: Any) -> str:
    """A setting's value as Python for a pelicanconf.py (``repr``, but for the bytecode cache)."""
    if isinstance(value, FileSystemBytecodeCache):
        return f"__import__('jinja2').FileSystemBytecodeCache({value.directory!r})"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{k!r}: {python_source(v)}" for k, v in value.items()) + "}"
    return repr(value)


# The day of the build, for every build and command of the suite (and the `pelican` processes it
# starts): dates more than a year after it are not counted, so no test may depend on today's date.
BUILD_DAY = dt.date(2026, 12, 1)


@pytest.fixture(scope="session", autouse=True)
def _build_day_fixed() -> Any:
    """``SOURCE_DATE_EPOCH`` at noon UTC on ``BUILD_DAY``, as reproducible builds set it."""
    noon = int(dt.datetime(BUILD_DAY.year, BUILD_DAY.month, BUILD_DAY.day, 12, tzinfo=dt.UTC).timestamp())
    before = os.environ.get("SOURCE_DATE_EPOCH")
    os.environ["SOURCE_DATE_EPOCH"] = str(noon)
    yield
    if before is None:
        os.environ.pop("SOURCE_DATE_EPOCH", None)
    else:
        os.environ["SOURCE_DATE_EPOCH"] = before


@pytest.fixture(scope="session", autouse=True)
def _template_bytecode_removed_at_the_end() -> Any:
    yield
    shutil.rmtree(TEMPLATE_BYTECODE, ignore_errors=True)


@dataclass
class Site:
    """A throw-away Pelican site: write files into ``content``, build, read ``output``."""

    root: Path
    settings: dict[str, Any] = field(default_factory=dict)

    @property
    def content(self) -> Path:
        return self.root / "content"

    @property
    def output(self) -> Path:
        return self.root / "output"

    def write(self, relpath: str, text: str) -> Path:
        path = self.content / relpath
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text).lstrip("\n"), encoding="utf-8")
        return path

    def pelican_settings(self, **overrides: Any) -> dict[str, Any]:
        override = {
            **BASE_SETTINGS,
            "JINJA_ENVIRONMENT": jinja_environment(),
            "PATH": str(self.content),
            "OUTPUT_PATH": str(self.output),
            "CACHE_PATH": str(self.root / "cache"),
            **self.settings,
            **overrides,
        }
        return read_settings(path=None, override=override)

    def build(self, **overrides: Any) -> Pelican:
        LimitFilter._ignore.clear()
        LimitFilter._raised_messages.clear()
        LimitFilter._threshold = 5
        pelican = Pelican(self.pelican_settings(**overrides))
        pelican.run()
        return pelican

    def read(self, relpath: str) -> str:
        return (self.output / relpath).read_text(encoding="utf-8")

    def exists(self, relpath: str) -> bool:
        return (self.output / relpath).exists()

    def html_files(self) -> list[Path]:
        return sorted(self.output.rglob("*.html"))

    def write_conf(self, **settings: Any) -> Path:
        """A pelicanconf.py for command-line builds (``pelican content -s``)."""
        lines = [
            f"{k} = {python_source(v)}"
            for k, v in {
                **BASE_SETTINGS,
                "JINJA_ENVIRONMENT": jinja_environment(),
                "PATH": "content",
                **self.settings,
                **settings,
            }.items()
        ]
        conf = self.root / "pelicanconf.py"
        conf.write_text("\n".join(lines) + "\n", encoding="utf-8")
        return conf

    def run_pelican(self, *args: str) -> subprocess.CompletedProcess[str]:
        """Pelican's own command line, in a subprocess, from the site's folder."""
        self.write_conf()
        return subprocess.run(
            [
                sys.executable,
                "-m",
                "pelican",
                "content",
                "-s",
                "pelicanconf.py",
                "-o",
                "output",
                *args,
            ],
            cwd=self.root,
            capture_output=True,
            text=True,
            timeout=120,
            env={**os.environ, "COLUMNS": "500"},  # keep Rich from wrapping log lines
        )

    def run_pelican_in_process(self, *args: str) -> subprocess.CompletedProcess[str]:
        """``run_pelican``'s command through ``pelican.main`` in this process (see pelican_main.py):
        the same exit code and messages, without a new interpreter; the log is in ``stdout``."""
        self.write_conf()
        return run_pelican_main(self.root, "content", "-s", "pelicanconf.py", "-o", "output", *args)


@pytest.fixture
def site(tmp_path: Path) -> Site:
    """An empty site with the plugin enabled."""
    (tmp_path / "content").mkdir()
    return Site(tmp_path)


@pytest.fixture(scope="session")
def make_site(tmp_path_factory: pytest.TempPathFactory):
    """Makes an empty site in a folder of its own, for a build shared by a module's tests."""

    def make(name: str = "site") -> Site:
        root = tmp_path_factory.mktemp(name)
        (root / "content").mkdir()
        return Site(root)

    return make


@pytest.fixture
def registry_yaml() -> str:
    return (DATA / "registry.yaml").read_text(encoding="utf-8")


@pytest.fixture
def spotlight_logs(caplog: pytest.LogCaptureFixture):
    """Warnings and errors logged by the plugin, as 'path:line: message' strings."""
    caplog.set_level(logging.WARNING)

    def messages(level: int = logging.WARNING) -> list[str]:
        return [
            r.getMessage()
            for r in caplog.records
            if r.name.startswith("pelican_spotlight") and r.levelno >= level
        ]

    return messages


SAMPLE_SITE = Path(__file__).resolve().parent.parent / "sample_site"


@dataclass
class SampleBuild:
    """The sample site, built once per test session: the copied site folder, its output, and its
    published articles as Pelican holds them after the plugin has run."""

    root: Path
    output: Path
    articles: list[Any]


@pytest.fixture(scope="session")
def sample_build(tmp_path_factory: pytest.TempPathFactory) -> SampleBuild:
    """The sample site built once per test session as ``make site`` does (``--fatal warnings``, the
    content cache ignored), from a copy of ``sample_site/`` in a temporary folder away from the
    repository (as a user who copies it to start a blog would: the theme must come with the package).
    The build runs in this process, through Pelican's API; its cache is left in ``root / "cache"``,
    where the command line finds it. Nothing is written into the repository."""
    blog = tmp_path_factory.mktemp("copied") / "my-blog"
    shutil.copytree(SAMPLE_SITE, blog, ignore=shutil.ignore_patterns("output", "cache", "__pycache__"))
    articles: list[Any] = []

    def grab(generators: list[Any]) -> None:
        """The main site's articles (i18n_subsites builds the French subsite inside the same run)."""
        articles.extend(
            a
            for g in generators
            if type(g).__name__ == "ArticlesGenerator"
            and g.settings["DEFAULT_LANG"] == settings["DEFAULT_LANG"]
            for a in g.articles
        )

    settings = read_settings(
        str(blog / "pelicanconf.py"),
        override={
            "OUTPUT_PATH": str(blog / "output"),
            "CACHE_PATH": str(blog / "cache"),  # relative paths would be the working folder's
            "LOAD_CONTENT_CACHE": False,  # --ignore-cache
        },
    )
    LimitFilter._ignore.clear()
    LimitFilter._raised_messages.clear()
    signals.all_generators_finalized.connect(grab)
    try:
        with fatal_warnings():
            Pelican(settings).run()
    finally:
        signals.all_generators_finalized.disconnect(grab)
        disconnect_i18n_subsites()
    assert articles
    return SampleBuild(blog, blog / "output", articles)


def disconnect_i18n_subsites() -> None:
    """Take i18n_subsites (which the sample site uses) off Pelican's signals once a build or a command
    that loaded it is done: a plugin stays connected for the life of a process, and it would act on
    every later build of the test process, with its module-level state."""
    module = sys.modules.get("pelican.plugins.i18n_subsites.i18n_subsites")
    for name, handler in getattr(module, "_SIGNAL_HANDLERS_DB", {}).items():
        getattr(signals, name).disconnect(handler)


@pytest.fixture(autouse=True)
def _i18n_subsites_disconnected() -> Any:
    """After each test: the sample site's commands (``pelican-spotlight report -s …``) load its plugins."""
    yield
    disconnect_i18n_subsites()


@pytest.fixture(scope="session")
def sample_output(sample_build: SampleBuild) -> Path:
    """The sample site's output folder (see ``sample_build``)."""
    return sample_build.output
