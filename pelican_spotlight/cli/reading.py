"""Reading a site's content the way a build does, without building it (for ``pelican-spotlight``).

The settings file is read by ``pelican.settings.read_settings`` and the site's plugins are started as
``pelican`` starts them. Then Pelican's own article (and page) generators run to the end of
``generate_context``, so every other plugin's signals fire as in a build, and nothing is written;
each content object then goes through ``builder.content`` exactly as in a build. No page is rendered: cards
render to empty strings here, since only whom a post features and what is wrong matter.

What the last build (or command) stored (``cache.RecordStore``, keyed by each file's stamp as
Pelican's generators key theirs) is taken as it is; only new and changed files go through the
generators, which are then given just those files.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from jinja2 import DictLoader, Environment
from pelican import Pelican
from pelican.contents import Content
from pelican.generators import ArticlesGenerator, Generator, PagesGenerator
from pelican.settings import read_settings

from pelican_spotlight.builder.cache import (
    ARTICLE,
    PAGE,
    FileRecord,
    RecordStore,
    content_kind,
    make_record,
    original_records,
)
from pelican_spotlight.builder.content import render_content
from pelican_spotlight.builder.plugin import prepare_settings
from pelican_spotlight.builder.privacy import static_problems
from pelican_spotlight.channels.social import SocialData, site_social
from pelican_spotlight.core import internals
from pelican_spotlight.core.dates import DateWindow, build_day
from pelican_spotlight.core.errors import SettingsError
from pelican_spotlight.core.problems import Problem, display_path
from pelican_spotlight.core.records import Post
from pelican_spotlight.core.registry import Registry, load_site_registry, local_images
from pelican_spotlight.core.settings import SpotlightSettings
from pelican_spotlight.markup.render import Renderer
from pelican_spotlight.practice.report import Report, dated_posts, site_report

logger = logging.getLogger(__name__)

# Only whom a post features matters here: the card templates render to nothing.
_SILENT_TEMPLATES = DictLoader({f"spotlight/{name}.html": "" for name in ("_card", "_mention", "_network")})

# Per kind: the record kind, the settings prefix (ARTICLE_PATHS, ARTICLE_EXCLUDES) and Pelican's generator.
KINDS = {ARTICLE: ("ARTICLE", ArticlesGenerator), PAGE: ("PAGE", PagesGenerator)}


def load_settings(path: str | os.PathLike[str], overrides: dict[str, Any] | None = None) -> dict[str, Any]:
    """Pelican's settings from a settings file, with the plugin's Markdown extension.

    ``overrides`` are what ``pelican -e KEY=VALUE`` gives, applied as Pelican applies them. Raises
    SettingsError for a missing file or one that fails to load; ``read_site`` checks the
    ``SPOTLIGHT_*`` settings.
    """
    if not os.path.isfile(path):
        raise SettingsError(f"{path}: settings file not found")
    try:
        settings = read_settings(str(path), override=overrides or None)
    except Exception as exc:  # the file is Python: any error in it is bad input, not a crash
        raise SettingsError(f"{path}: cannot read the settings: {exc}") from exc
    init_plugins(settings, path)
    prepare_settings(settings)
    return settings


def init_plugins(settings: dict[str, Any], path: str | os.PathLike[str]) -> None:
    """Load and register the site's plugins, and send ``initialized``, exactly as ``pelican`` does
    (by making the ``Pelican`` object, which builds nothing until ``run()``): plugins that swap readers
    (jinja2content) or add Markdown extensions (render-math) then read the content here as in a build.
    """
    try:
        Pelican(settings)
    except SettingsError:
        raise
    except Exception as exc:  # a plugin that fails to start is bad input for the command too
        raise SettingsError(f"{path}: cannot start the site's plugins: {exc}") from exc


class SiteReading:
    """Pelican's article (and page) generators made as ``Pelican.run`` makes them, on a copy of the
    settings whose ``*_PATHS`` can be narrowed to the files to read; ``generator_init`` fires."""

    def __init__(self, settings: dict[str, Any], kinds: Iterable[str]) -> None:
        self.settings = dict(settings)  # the generators' own: narrowing the paths changes nothing else
        # Pelican's content cache is read as in a build (unchanged files skip Markdown) but never
        # written: a command writes nothing of Pelican's.
        self.settings["CACHE_CONTENT"] = False
        self.context: dict[str, Any] = self.settings.copy()
        self.context.update(generated_content={}, static_links=set(), static_content={})
        self.context["localsiteurl"] = self.settings["SITEURL"]
        self.generators: dict[str, Generator] = {
            kind: KINDS[kind][1](
                context=self.context,
                settings=self.settings,
                path=self.settings["PATH"],
                theme=self.settings["THEME"],
                output_path=self.settings["OUTPUT_PATH"],
            )
            for kind in kinds
        }

    def files(self, kind: str) -> list[str]:
        """The files the generator will find (``get_files``), relative to PATH, normalised, sorted."""
        prefix = KINDS[kind][0]
        found = self.generators[kind].get_files(
            self.settings[prefix + "_PATHS"], exclude=self.settings[prefix + "_EXCLUDES"]
        )
        return sorted(os.path.normpath(f) for f in found)

    def run(
        self, wanted: dict[str, list[str]], everything: dict[str, bool]
    ) -> tuple[list[Content], list[Problem]]:
        """Run each generator that has files to read to the end of ``generate_context``, given only
        ``wanted`` (unless it is ``everything``): its content objects, and a problem per file that
        could not be read (Pelican's error, caught, not logged)."""
        failed, quiet = internals.FailedReads(), internals.QuietTranslations()
        # Translations are grouped once more over every record, stored or read (cache.original_records),
        # which logs Pelican's warnings once, whichever files were read.
        internals.filter_first(logging.getLogger(internals.UTILS_LOGGER), quiet)
        internals.filter_first(logging.getLogger(internals.GENERATOR_LOGGER), failed)
        try:
            for kind, generator in self.generators.items():  # in Pelican's order: articles, then pages
                if not wanted.get(kind):
                    continue
                if not everything.get(kind):
                    self.settings[KINDS[kind][0] + "_PATHS"] = wanted[kind]  # get_files takes files too
                generator.generate_context()
        finally:
            logging.getLogger(internals.GENERATOR_LOGGER).removeFilter(failed)
            logging.getLogger(internals.UTILS_LOGGER).removeFilter(quiet)
        base = self.settings["PATH"]
        contents = [c for c in self.context["generated_content"].values() if isinstance(c, Content)]
        return contents, [_unreadable(base, relpath, exc) for relpath, exc in failed.failures]


def _unreadable(base: str, relpath: str, exc: BaseException | None) -> Problem:
    path = os.path.join(base, relpath)
    # The reader's message may hold the file's absolute path: name it as the prefix does.
    reason = "" if exc is None else str(exc).replace(os.path.abspath(path), display_path(path))
    return Problem(path, 0, f"could not read: {reason}")


def private_problems(site: SiteRecords) -> list[Problem]:
    """What would stop a build because Pelican would publish a private input (``privacy``), found as
    Pelican's static generator finds its files (a generator's ``get_files``): under STATIC_PATHS, and
    the registry's images."""
    return static_problems(site.settings, site.finder, local_images(site.registry))


@dataclass
class SiteRecords:
    """A site as read by the command line: one record per article (and page), the published ones.

    ``read`` counts the files read through Pelican's generators this time, ``cached`` those taken
    from what the last build or command stored (``cache.py``) unchanged.
    """

    settings: dict[str, Any]
    config: SpotlightSettings
    registry: Registry
    window: DateWindow
    finder: Generator | None = None
    records: list[FileRecord] = field(default_factory=list)
    published: list[FileRecord] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    read: int = 0
    cached: int = 0

    @property
    def posts(self) -> list[Post]:
        return [r.post for r in self.published if r.post is not None]

    @cached_property
    def social(self) -> SocialData:
        """The posts elsewhere (``SPOTLIGHT_SOCIAL``), read once, as the build reads them."""
        return site_social(self.settings, self.registry, self.window)

    def report(self, period: str = "") -> Report:
        return site_report(self.posts, self.registry, self.config, period, social=self.social.posts)


def read_site(settings: dict[str, Any], pages: bool = False, use_cache: bool = True) -> SiteRecords:
    """Read the registry and the articles (and pages, for ``check``), render, and find the features.

    Files unchanged since the last build or command come from the spotlight cache, unless
    ``use_cache`` is false or ``SPOTLIGHT_CACHE = False``; then nothing is read from it or written.
    The settings are read here, once per command (``SettingsError`` for a bad one).
    """
    config = SpotlightSettings.from_pelican(settings)
    window = DateWindow(build_day())  # the one reading of the clock in a command, as in a build
    registry = load_site_registry(settings, window)
    site = SiteRecords(settings, config, registry, window, problems=list(registry.problems))
    store = RecordStore.load(settings) if use_cache and config.cache else None
    reading = SiteReading(settings, [ARTICLE, PAGE] if pages else [ARTICLE])
    site.finder = reading.generators[ARTICLE]
    files = {kind: reading.files(kind) for kind in reading.generators}
    stored: dict[str, FileRecord] = {}
    if store is not None:
        for kind, relpaths in files.items():
            store.keep_only(kind, set(relpaths))
            stored.update((f, r) for f in relpaths if (r := store.get(f, kind)) is not None)
    wanted = {kind: [f for f in relpaths if f not in stored] for kind, relpaths in files.items()}
    everything = {kind: len(wanted[kind]) == len(relpaths) for kind, relpaths in files.items()}
    contents, problems = reading.run(wanted, everything)
    site.problems += problems
    fresh = _records(site, contents, store)
    for relpath in sorted(set(fresh) | set(stored)):  # files in PATH order, as the generators find them
        site.records.append(fresh.get(relpath) or stored[relpath])
    site.read, site.cached = len(fresh), len(stored)
    for record in site.records:
        site.problems.extend(record.problems)
    published = [r for r in site.records if r.kind == ARTICLE and r.status == "published"]
    site.published = _dated(site, original_records(published, settings["ARTICLE_TRANSLATION_ID"]))

    logger.debug("spotlight: %s files read, %s from the cache", site.read, site.cached)
    if store is not None and store.changed:
        store.save()
    return site


def _dated(site: SiteRecords, published: list[FileRecord]) -> list[FileRecord]:
    """The published records the report counts (``report.dated_posts``, as in the build); the
    problems of those left out join the site's."""
    kept, problems = dated_posts([r.post for r in published if r.post], site.window, site.settings["PATH"])
    site.problems.extend(problems)
    keep = {id(post) for post in kept}
    return [r for r in published if r.post is not None and id(r.post) in keep]


def _records(site: SiteRecords, contents: list[Content], store: RecordStore | None) -> dict[str, FileRecord]:
    """A record per content object the generators made, rendered as the build renders it, by path."""
    settings, registry = site.settings, site.registry
    renderer = None
    records: dict[str, FileRecord] = {}
    for content in contents:
        kind = content_kind(content)
        if kind is None or not content.source_path:
            continue
        if renderer is None:  # only when something was read: the autolink index is not free
            renderer = Renderer(
                registry,
                Environment(loader=_SILENT_TEMPLATES),
                href_for=lambda cm: cm.url,
                image_for=lambda cm: cm.image,
                autolink_names=site.config.autolink,
            )
        features, problems, shows_network = render_content(
            content, renderer, registry, settings.get("FORMATTED_FIELDS", ())
        )
        record = make_record(content, kind, features, problems, settings, shows_network=shows_network)
        relpath = os.path.normpath(os.path.relpath(content.source_path, settings["PATH"]))
        records[relpath] = record
        if store is not None:
            store.put(relpath, record)
    return records
