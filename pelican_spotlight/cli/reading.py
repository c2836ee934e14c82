"""Reading a site's content the way Pelican does, without building it (for ``pelican-spotlight``).

The settings file is read by ``pelican.settings.read_settings``, the files are found like Pelican's
generators find them (``ARTICLE_PATHS``/``ARTICLE_EXCLUDES``, ``PAGE_PATHS``/``PAGE_EXCLUDES``,
``IGNORE_FILES``), read by Pelican's own readers with the plugin's Markdown extension installed, and
then go through ``builder.content`` exactly as in a build. No page is rendered: cards render to empty
strings here, since only whom a post features and what is wrong matter. Files unchanged since the
last build (or run) come from the spotlight cache (``cache.py``) instead, without Markdown; the cache
is the only thing written.
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field
from functools import cached_property
from types import SimpleNamespace
from typing import Any

from jinja2 import DictLoader, Environment
from pelican import Pelican
from pelican.contents import Article, Content, Page
from pelican.generators import Generator
from pelican.readers import Readers
from pelican.settings import read_settings

from pelican_spotlight.builder.cache import (
    ARTICLE,
    PAGE,
    FileCache,
    FileRecord,
    file_stamp,
    make_record,
    original_records,
)
from pelican_spotlight.builder.content import dated_posts, render_content, site_report, site_social
from pelican_spotlight.builder.plugin import check_liquid_in_rst, prepare_settings
from pelican_spotlight.builder.privacy import static_problems
from pelican_spotlight.channels.social import SocialData
from pelican_spotlight.core.dates import DateWindow, build_day
from pelican_spotlight.core.errors import SettingsError
from pelican_spotlight.core.problems import Problem, display_path
from pelican_spotlight.core.records import Post
from pelican_spotlight.core.registry import Registry, load_site_registry, local_images
from pelican_spotlight.core.settings import SpotlightSettings
from pelican_spotlight.markup.render import Renderer
from pelican_spotlight.practice.report import Report

logger = logging.getLogger(__name__)

# Only whom a post features matters here: the card templates render to nothing.
_SILENT_TEMPLATES = DictLoader({f"spotlight/{name}.html": "" for name in ("_card", "_mention", "_network")})


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


class FileFinder(Generator):
    """Pelican's own file discovery, ``Generator.get_files``, without the rest of a generator.

    ``Generator.__init__`` is skipped on purpose: it builds a Jinja environment and sends
    ``generator_init`` to every plugin, and nothing is rendered here. ``get_files`` (and the
    ``_include_path`` it calls) read only ``path``, ``settings`` and ``readers``.
    """

    def __init__(self, settings: dict[str, Any], readers: Readers) -> None:
        self.path = settings["PATH"]
        self.settings = settings
        self.readers = readers

    def relpaths(self, paths: list[str], excludes: list[str]) -> list[str]:
        """The files under ``paths`` relative to PATH (normalised, as the cache keys them), sorted."""
        return sorted(os.path.normpath(f) for f in self.get_files(paths, exclude=excludes))


def private_problems(settings: dict[str, Any], registry: Registry) -> list[Problem]:
    """What would stop a build because Pelican would publish a private input (``privacy``), found as
    Pelican's static generator finds its files: under STATIC_PATHS, and the registry's images."""
    finder = FileFinder(settings, Readers(settings))
    return static_problems(settings, finder, local_images(registry))


@dataclass
class SiteRecords:
    """A site as read by the command line: one record per article (and page), the published ones.

    ``read`` counts the files read with Pelican's readers this time, ``cached`` those taken from the
    spotlight cache (``cache.py``) unchanged.
    """

    settings: dict[str, Any]
    config: SpotlightSettings
    registry: Registry
    window: DateWindow
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

    Files unchanged since the last build or command are taken from the spotlight cache, unless
    ``use_cache`` is false or ``SPOTLIGHT_CACHE = False``; then nothing is read from it or written.
    The settings are read here, once per command (``SettingsError`` for a bad one).
    """
    config = SpotlightSettings.from_pelican(settings)
    window = DateWindow(build_day())  # the one reading of the clock in a command, as in a build
    registry = load_site_registry(settings, window)
    site = SiteRecords(settings, config, registry, window, problems=list(registry.problems))
    store = FileCache.load(settings) if use_cache and config.cache else None
    kinds = [(Article, ARTICLE, "ARTICLE", "ArticlesGenerator")]
    if pages:
        kinds.append((Page, PAGE, "PAGE", "PagesGenerator"))
    slots = [slot for kind in kinds for slot in _read_kind(settings, kind, store, site.problems)]
    _add_records(site, slots, store)
    for record in site.records:
        site.problems.extend(record.problems)
    published = [r for r in site.records if r.kind == ARTICLE and r.status == "published"]
    site.published = _dated(site, original_records(published, settings["ARTICLE_TRANSLATION_ID"]))

    logger.debug("spotlight: %s files read, %s from the cache", site.read, site.cached)
    if store is not None and store.changed:
        store.save()
    return site


def _dated(site: SiteRecords, published: list[FileRecord]) -> list[FileRecord]:
    """The published records the report counts (``content.dated_posts``, as in the build); the
    problems of those left out join the site's."""
    kept, problems = dated_posts([r.post for r in published if r.post], site.window, site.settings["PATH"])
    site.problems.extend(problems)
    keep = {id(post) for post in kept}
    return [r for r in published if r.post is not None and id(r.post) in keep]


# One per valid file, in reading order: its path, kind and stamp, and a cached record or a content
# object still to render.
Slot = tuple[str, str, tuple[int, int] | None, FileRecord | Content]


def _read_kind(
    settings: dict[str, Any],
    kind: tuple[type[Content], str, str, str],
    store: FileCache | None,
    problems: list[Problem],
) -> list[Slot]:
    """The articles (or pages) as Pelican's generator finds them: from the cache when unchanged."""
    content_class, name, prefix, generator = kind
    # The build's reader cache, read-only (never saved here): with Pelican's CACHE_CONTENT on,
    # unchanged files skip Markdown. Safe, since the cache only holds placeholders (shortcodes.py).
    readers = Readers(settings, generator + "-Readers")
    check_liquid_in_rst(SimpleNamespace(readers=readers))
    files = FileFinder(settings, readers).relpaths(
        settings[prefix + "_PATHS"], settings[prefix + "_EXCLUDES"]
    )
    if store is not None:
        store.keep_only(name, set(files))
    slots: list[Slot] = []
    for relpath in files:
        path = os.path.join(settings["PATH"], relpath)
        stamp = file_stamp(path)  # before reading: an edit while reading is re-read next time
        record = store.get(relpath, name, stamp) if store is not None else None
        if record is not None:
            slots.append((relpath, name, stamp, record))
            continue
        if store is not None:
            store.forget(relpath)
        content = _read_file(readers, settings["PATH"], relpath, content_class, problems)
        if content is not None:
            slots.append((relpath, name, stamp, content))
    return slots


def _read_file(
    readers: Readers, base: str, relpath: str, content_class: type[Content], problems: list[Problem]
) -> Content | None:
    """One file read with Pelican's readers; None (with a problem when it failed) if not valid."""
    try:
        content = readers.read_file(base, relpath, content_class=content_class)
    except Exception as exc:  # Pelican's generators log and skip such a file too
        path = os.path.join(base, relpath)
        # The reader's message may hold the file's absolute path: name it as the prefix does.
        reason = str(exc).replace(os.path.abspath(path), display_path(path))
        problems.append(Problem(path, 0, f"could not read: {reason}"))
        return None
    if not isinstance(content, Content) or not content.is_valid():
        return None
    return content


def _add_records(site: SiteRecords, slots: list[Slot], store: FileCache | None) -> None:
    """One record per slot, in order: a cached one as it is, a content object rendered and recorded."""
    settings, registry = site.settings, site.registry
    renderer = None
    for relpath, kind, stamp, item in slots:
        if isinstance(item, FileRecord):
            site.records.append(item)
            site.cached += 1
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
            item, renderer, registry, settings.get("FORMATTED_FIELDS", ())
        )
        record = make_record(
            item, kind, stamp or (0, 0), features, problems, settings, shows_network=shows_network
        )
        site.records.append(record)
        site.read += 1
        if store is not None and stamp is not None:
            store.put(relpath, record)
