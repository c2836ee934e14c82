"""Which file each output is written to, and which two outputs would need the same one.

Pelican's writer stops with a traceback when a second page is written over a first, after part of the
site is written; a file written where another output needs a folder fails the same way. So the
plugin's outputs are compared with every other output before anything is written: a changemaker
whose profile page would take another output's file is skipped with a message (``registry.py``), an
output setting that does is a settings error (``settings.py`` with what the settings alone say;
the generator with Pelican's content, taxonomies and period archives, once they are read).

Pure functions of paths, Pelican's settings and its context; nothing here knows the ``SPOTLIGHT_*``
settings, so every module that does can use it.
"""

from __future__ import annotations

import posixpath
from collections.abc import Iterable, Mapping
from typing import Any

from pelican.contents import Article, Content

# Output path -> what is written there, as a message names it: "Pelican's feed of all posts
# (FEED_ALL_ATOM)", "posts/a.md".
Claims = dict[str, str]


def normal(path: str) -> str:
    """An output path as the writer resolves it under the output folder: '/' separators, no './'."""
    return posixpath.normpath(path.replace("\\", "/")).lstrip("/")


class Outputs:
    """Output files and what writes each, with the folders they need, to find what a path clashes with.

    ``add`` records a file; ``clash`` says which recorded output a new path would collide with: the
    same file, a file where the new path needs a folder, or a folder the new path would be a file in.
    """

    def __init__(self, claims: Mapping[str, str] = ()) -> None:
        self.files: Claims = {}
        self.folders: Claims = {}  # every folder some file needs -> one file that needs it
        for path, what in dict(claims).items():
            self.add(path, what)

    def add(self, path: str, what: str) -> None:
        path = normal(path)
        self.files.setdefault(path, what)
        folder = posixpath.dirname(path)
        while folder and folder not in self.folders:
            self.folders[folder] = path
            folder = posixpath.dirname(folder)

    def clash(self, path: str) -> str | None:
        """How ``path`` collides with a recorded output, as the end of "'path' is …", or None."""
        path = normal(path)
        if path in self.files:
            return f"the file {self.files[path]} is written to"
        if path in self.folders:
            inside = self.folders[path]
            return f"a folder, where {self.files[inside]} is written to {inside!r}"
        folder = posixpath.dirname(path)
        while folder:
            if folder in self.files:
                return f"inside {folder!r}, the file {self.files[folder]} is written to"
            folder = posixpath.dirname(folder)
        return None


FEEDS = {
    "FEED_ATOM": "Pelican's feed of posts",
    "FEED_RSS": "Pelican's feed of posts",
    "FEED_ALL_ATOM": "Pelican's feed of all posts",
    "FEED_ALL_RSS": "Pelican's feed of all posts",
}


def pelican_fixed_outputs(settings: Mapping[str, Any]) -> Claims:
    """Pelican's outputs that its settings alone name: the direct templates (index, archives, tags,
    categories, authors pages), the site-wide feeds and ``TEMPLATE_PAGES``. (Pagination's further
    index pages and the outputs of other plugins are not known here.)"""
    claims: Claims = {}
    for template in settings.get("DIRECT_TEMPLATES") or ():
        name = f"{template.upper()}_SAVE_AS"
        save_as = settings.get(name, f"{template}.html")
        if save_as:
            claims[normal(save_as)] = f"Pelican's {template} page ({name})"
    for name, what in FEEDS.items():
        if settings.get(name):
            claims[normal(str(settings[name]))] = f"{what} ({name})"
    for source, save_as in (settings.get("TEMPLATE_PAGES") or {}).items():
        if save_as:
            claims[normal(save_as)] = f"the template page {source} (TEMPLATE_PAGES)"
    return claims


def pelican_outputs(settings: Mapping[str, Any], context: Mapping[str, Any]) -> Outputs:
    """Every output Pelican will write for this site, once its generators have read the content:
    the fixed ones, each article and page (any status, translations too), each category, tag and
    author page and feed, the translation feeds and the period archives."""
    outputs = Outputs(pelican_fixed_outputs(settings))
    languages = set()
    for source, content in (context.get("generated_content") or {}).items():
        if not isinstance(content, Content):
            continue
        save_as = content.save_as  # worked out afresh on each access (most of this function's time)
        if save_as:
            outputs.add(save_as, source)
        if isinstance(content, Article) and content.status == "published":
            languages.add(content.lang)
    for kind, singular in (("categories", "category"), ("tags", "tag"), ("authors", "author")):
        prefix = singular.upper()
        for item in _taxonomy(context.get(kind)):
            save_as = item.save_as
            if save_as:
                outputs.add(save_as, f"the {singular} page of {str(item)!r} ({prefix}_SAVE_AS)")
            for feed in (f"{prefix}_FEED_ATOM", f"{prefix}_FEED_RSS"):
                _add_formatted(
                    outputs, settings, feed, f"the feed of the {singular} {str(item)!r}", slug=item.slug
                )
    for lang in languages:
        for feed in ("TRANSLATION_FEED_ATOM", "TRANSLATION_FEED_RSS"):
            _add_formatted(outputs, settings, feed, f"the feed of the language {lang!r}", lang=lang)
    for granularity, archives in dict(context.get("period_archives") or {}).items():
        for archive in archives if isinstance(archives, list) else ():
            if isinstance(archive, dict) and archive.get("save_as"):
                name = f"{str(granularity).upper()}_ARCHIVE_SAVE_AS"
                outputs.add(archive["save_as"], f"a {granularity}'s archive ({name})")
    return outputs


def _add_formatted(
    outputs: Outputs, settings: Mapping[str, Any], name: str, what: str, **values: str
) -> None:
    """A feed whose setting is a pattern (``feeds/{slug}.atom.xml``), filled in as Pelican fills it."""
    pattern = settings.get(name)
    if not pattern:
        return
    try:
        path = str(pattern).format(**values)
    except (KeyError, IndexError, ValueError, AttributeError):
        return  # Pelican's own writer reports a pattern it cannot fill
    outputs.add(path, f"{what} ({name})")


def _taxonomy(value: Any) -> Iterable[Any]:
    """The categories, tags or authors in Pelican's context: a list of (item, articles) pairs."""
    if isinstance(value, Mapping):
        return list(value)
    return [pair[0] if isinstance(pair, tuple) else pair for pair in value or ()]
