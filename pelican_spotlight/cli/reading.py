"""Reading a site's content the way a build does, without building it (for ``pelican-spotlight``).

The settings file is read by ``pelican.settings.read_settings`` and the site's plugins are started as
``pelican`` starts them. Then Pelican's own article (and page) generators run to the end of
``generate_context``, so every other plugin's signals fire as in a build, and nothing is written;
each content object then goes through ``builder.content`` exactly as in a build. No page is
rendered: cards render to empty strings here, since only whom a post features and what is wrong
matter.

What the last build (or command) stored (``cache.RecordStore``, keyed by each file's stamp as
Pelican's generators key theirs) is taken as it is; only new and changed files go through the
generators, which are then given just those files, with the unchanged members of any translation
group one of them joins or leaves (``TranslationGroups``), so that Pelican's ``process_translations``
decides originals on real content objects. Pelican's own warnings about an unchanged file (its
reader's, its translations') were the build's: the command repeats only those of files it reads.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from functools import cached_property
from typing import Any

from jinja2 import DictLoader, Environment
from pelican import Pelican
from pelican.contents import Content
from pelican.generators import ArticlesGenerator, Generator, PagesGenerator
from pelican.settings import read_settings
from pelican.utils import process_translations

from pelican_spotlight.builder.cache import (
    ARTICLE,
    PAGE,
    FileRecord,
    RecordStore,
    content_kind,
    make_record,
    translation_ids,
    translation_key,
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
        utils_log, generator_log = (
            logging.getLogger(internals.UTILS_LOGGER),
            logging.getLogger(internals.GENERATOR_LOGGER),
        )
        internals.filter_first(generator_log, failed)
        try:
            for kind, generator in self.generators.items():  # in Pelican's order: articles, then pages
                if not wanted.get(kind):
                    continue
                if not everything.get(kind):
                    self.settings[KINDS[kind][0] + "_PATHS"] = wanted[kind]  # get_files takes files too
                    # Grouped over some files only: TranslationGroups.originals groups them again,
                    # with the unchanged files' answers, and logs Pelican's warnings then.
                    internals.filter_first(utils_log, quiet)
                generator.generate_context()
                utils_log.removeFilter(quiet)
        finally:
            generator_log.removeFilter(failed)
            utils_log.removeFilter(quiet)
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
    groups = TranslationGroups(translation_ids(settings))
    stored: dict[str, FileRecord] = {}
    if store is not None:
        before = {relpath: record for relpath, (_, record) in store.entries.items()}
        for kind, relpaths in files.items():
            store.keep_only(kind, set(relpaths))
            stored.update((f, r) for f in relpaths if (r := store.get(f, kind)) is not None)
        groups.changed(r for f, r in before.items() if f not in stored)
    again = groups.to_regroup(stored)
    wanted = {
        kind: [f for f in relpaths if f not in stored or f in again] for kind, relpaths in files.items()
    }
    everything = {kind: len(wanted[kind]) == len(relpaths) for kind, relpaths in files.items()}
    contents, problems = reading.run(wanted, everything)
    site.problems += problems
    fresh = _records(site, contents)
    joined = groups.joined(stored, fresh.values(), exclude=again)
    if joined:  # a new or changed post joined a group whose files were unchanged: read them too
        more, problems = SiteReading(settings, [ARTICLE]).run({ARTICLE: joined}, {})
        contents += more
        fresh.update(_records(site, more))
        site.problems += problems
    if everything[ARTICLE]:  # one generator grouped every article: its index is Pelican's answer
        originals = {c.source_path for c in reading.generators[ARTICLE].articles}
    else:
        originals = groups.originals(contents, settings["ARTICLE_TRANSLATION_ID"])
    fresh = {f: replace(r, original=r.source_path in originals) for f, r in fresh.items()}
    for relpath in sorted(set(fresh) | set(stored)):  # files in PATH order, as the generators find them
        record = fresh.get(relpath) or stored[relpath]
        site.records.append(record)
        if store is not None and relpath in fresh:
            store.put(relpath, record)
    site.read, site.cached = len(fresh), len(set(stored) - set(fresh))
    for record in site.records:
        site.problems.extend(record.problems)
    published = [r for r in site.records if r.kind == ARTICLE and r.status == "published" and r.original]
    site.published = _dated(site, published)

    logger.debug("spotlight: %s files read, %s from the cache", site.read, site.cached)
    if store is not None and store.changed:
        store.save()
    return site


class TranslationGroups:
    """Which unchanged files must go through Pelican's generators again so that
    ``process_translations`` sees every member of a group together: a stored record keeps the
    original-or-translation answer of its last reading only while no member of its group changed."""

    def __init__(self, names: tuple[str, ...]) -> None:
        self.names = names
        self.affected: set[Any] = set()  # translation ids of groups with a changed, new or gone member

    def _key(self, record: FileRecord) -> Any:
        return translation_key(record, self.names)

    def _grouped(self, record: FileRecord) -> bool:
        return bool(self.names) and record.kind == ARTICLE and record.status == "published"

    def changed(self, records: Iterable[FileRecord]) -> None:
        """Records the store held for files that changed or are gone."""
        self.affected.update(self._key(r) for r in records if self._grouped(r))

    def to_regroup(self, stored: dict[str, FileRecord]) -> set[str]:
        """Unchanged files in a group that lost or changed a member, or whose id cannot be compared."""
        return {
            f
            for f, r in stored.items()
            if self._grouped(r) and (self._key(r) in self.affected or self._key(r) is None)
        }

    def joined(
        self, stored: dict[str, FileRecord], read: Iterable[FileRecord], exclude: set[str]
    ) -> list[str]:
        """Unchanged, unread files that share an id with a post just read."""
        ids = {self._key(r) for r in read if self._grouped(r)} - {None}
        return sorted(
            f for f, r in stored.items() if f not in exclude and self._grouped(r) and self._key(r) in ids
        )

    @staticmethod
    def originals(contents: list[Content], translation_id: Any) -> set[str]:
        """The source paths of the published articles read that Pelican's ``process_translations``
        keeps as originals, grouped over everything read; it logs Pelican's warnings on those groups."""
        published = [c for c in contents if content_kind(c) == ARTICLE and c.status == "published"]
        index, _ = process_translations(published, translation_id=translation_id)
        return {c.source_path for c in index}


def _dated(site: SiteRecords, published: list[FileRecord]) -> list[FileRecord]:
    """The published records the report counts (``report.dated_posts``, as in the build); the
    problems of those left out join the site's."""
    kept, problems = dated_posts([r.post for r in published if r.post], site.window, site.settings["PATH"])
    site.problems.extend(problems)
    keep = {id(post) for post in kept}
    return [r for r in published if r.post is not None and id(r.post) in keep]


def _records(site: SiteRecords, contents: list[Content]) -> dict[str, FileRecord]:
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
    return records
