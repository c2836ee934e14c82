"""Reading a site's content the way Pelican does, without building it (for ``pelican-spotlight``).

The settings file is read by ``pelican.settings.read_settings``, the files are found like Pelican's
generators find them (``ARTICLE_PATHS``/``ARTICLE_EXCLUDES``, ``PAGE_PATHS``/``PAGE_EXCLUDES``,
``IGNORE_FILES``), read by Pelican's own readers with the plugin's Markdown extension installed, and
then go through ``analysis`` exactly as in a build. Nothing is written and no page is rendered: cards
render to empty strings here, since only whom a post features and what is wrong matter.
"""

from __future__ import annotations

import fnmatch
import os
from dataclasses import dataclass, field
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from jinja2 import DictLoader, Environment
from pelican.contents import Article, Content, Page
from pelican.readers import Readers
from pelican.settings import read_settings
from pelican.utils import process_translations

from pelican_spotlight.analysis import post_records, render_content, site_report
from pelican_spotlight.errors import SettingsError
from pelican_spotlight.generator import load_site_registry
from pelican_spotlight.plugin import on_initialized
from pelican_spotlight.problems import Problem
from pelican_spotlight.registry import Registry
from pelican_spotlight.render import Renderer
from pelican_spotlight.report import Post, Report
from pelican_spotlight.settings import SpotlightSettings

# Only whom a post features matters here: the card templates render to nothing.
_SILENT_TEMPLATES = DictLoader({f"spotlight/{name}.html": "" for name in ("_card", "_mention", "_network")})


def load_settings(path: str | os.PathLike[str]) -> dict[str, Any]:
    """Pelican's settings from a settings file, with the plugin's defaults, checks and Markdown extension.

    Raises SettingsError for a missing file or a bad ``SPOTLIGHT_*`` setting.
    """
    if not os.path.isfile(path):
        raise SettingsError(f"{path}: settings file not found")
    try:
        settings = read_settings(str(path))
    except Exception as exc:  # the file is Python: any error in it is bad input, not a crash
        raise SettingsError(f"{path}: cannot read the settings: {exc}") from exc
    on_initialized(SimpleNamespace(settings=settings))
    return settings


def content_files(settings: dict[str, Any], paths: list[str], excludes: list[str], extensions) -> list[str]:
    """Files under PATH as Pelican's ``Generator.get_files`` finds them, relative to PATH, sorted."""
    base = settings["PATH"]
    ignores = settings.get("IGNORE_FILES", [])
    excluded: dict[str, set[str]] = {}
    for e in excludes:
        parent, name = os.path.split(os.path.join(base, e))
        excluded.setdefault(parent, set()).add(name)

    def wanted(relpath: str) -> bool:
        name = os.path.basename(relpath)
        if any(fnmatch.fnmatch(name, pattern) for pattern in ignores):
            return False
        return os.path.splitext(name)[1][1:] in extensions

    files: set[str] = set()
    for path in paths:
        root = os.path.join(base, path) if path else base
        if os.path.isdir(root):
            for dirpath, dirs, names in os.walk(root, topdown=True, followlinks=True):
                skip = excluded.get(dirpath, ())
                dirs[:] = [
                    d for d in dirs if d not in skip and not any(fnmatch.fnmatch(d, p) for p in ignores)
                ]
                reldir = os.path.relpath(dirpath, base)
                files.update(
                    os.path.normpath(os.path.join(reldir, n))
                    for n in names
                    if wanted(os.path.join(reldir, n))
                )
        elif os.path.exists(root) and wanted(path):
            files.add(path)
    return sorted(files)


@dataclass
class SiteContent:
    """A site as read by the command line: every content object, the published articles, features."""

    settings: dict[str, Any]
    config: SpotlightSettings
    registry: Registry
    contents: list[Content] = field(default_factory=list)
    published: list[Content] = field(default_factory=list)
    features: dict[Content, list[str]] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)

    @property
    def posts(self) -> list[Post]:
        return post_records(self.published, self.features, self.settings["PATH"])

    def report(self, period: str = "") -> Report:
        return site_report(self.posts, self.registry, self.config, period)


def read_site(settings: dict[str, Any], pages: bool = False) -> SiteContent:
    """Read the registry and the articles (and pages, for ``check``), render, and find the features."""
    config = SpotlightSettings.from_pelican(settings)
    registry = load_site_registry(settings)
    site = SiteContent(settings, config, registry, problems=list(registry.problems))
    kinds: list[tuple[type[Content], str, str]] = [(Article, "ARTICLE", "ArticlesGenerator")]
    if pages:
        kinds.append((Page, "PAGE", "PagesGenerator"))
    articles: list[Content] = []
    for content_class, prefix, generator in kinds:
        # The build's reader cache, read-only (never saved here): with Pelican's CACHE_CONTENT on,
        # unchanged files skip Markdown. Safe, since the cache only holds placeholders (shortcodes.py).
        readers = Readers(settings, generator + "-Readers")
        extensions = tuple(readers.extensions)
        files = content_files(
            settings, settings[prefix + "_PATHS"], settings[prefix + "_EXCLUDES"], extensions
        )
        for relpath in files:
            try:
                content = readers.read_file(settings["PATH"], relpath, content_class=content_class)
            except Exception as exc:  # Pelican's generators log and skip such a file too
                site.problems.append(
                    Problem(str(Path(settings["PATH"]) / relpath), 0, f"could not read: {exc}")
                )
                continue
            if not isinstance(content, Content) or not content.is_valid():
                continue
            site.contents.append(content)
            if content_class is Article:
                articles.append(content)

    renderer = Renderer(
        registry,
        Environment(loader=_SILENT_TEMPLATES),
        href_for=lambda cm: cm.url,
        image_for=lambda cm: cm.image,
        autolink_names=config.autolink,
    )
    for content in site.contents:
        features, problems = render_content(content, renderer, registry, settings.get("FORMATTED_FIELDS", ()))
        site.features[content] = features
        site.problems.extend(problems)

    published = [a for a in articles if a.status == "published"]
    site.published, _ = process_translations(published, translation_id=settings["ARTICLE_TRANSLATION_ID"])
    return site
