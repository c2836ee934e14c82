"""Each post's rendering kept between builds, so a save re-renders only the posts that changed.

With Pelican's content cache on, a post nobody touched comes back from Pelican's cache as it was
read, placeholders and all, and the plugin renders its cards again on every build: on a save, that
was most of what the plugin's ``generate_context`` cost. This cache keeps each post's
``content.Outcome`` in ``CACHE_PATH/spotlight/rendered.pickle``:

- each entry is keyed by a digest of everything ``content.rendered`` reads of its post: the source
  file's stamp (size and modification time), the body as read, and the metadata it looks at;
- the whole file is kept under a fingerprint of everything else rendering reads: the plugin's own
  files, the versions of Python and the libraries that render, every setting, the registry's bytes,
  the day of the build, the source of every template the site's Jinja environment can load, and its
  filters, tests and globals (a function by its code). A file made under another fingerprint is
  never read from.

Pelican's own switches decide, as for its content cache: loaded with ``LOAD_CONTENT_CACHE`` (which
``pelican --ignore-cache`` turns off), written with ``CACHE_CONTENT``; ``SPOTLIGHT_CACHE = False``
turns it off too. Unreadable or unwritable, it is skipped with a debug or info line, never a warning.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
import os
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from jinja2 import Environment

from pelican_spotlight.builder import cache
from pelican_spotlight.builder.content import Outcome
from pelican_spotlight.builder.template_cache import compile_digest
from pelican_spotlight.core import internals

logger = logging.getLogger(__name__)

FORMAT = 1  # bump when Outcome or the key changes shape
CACHE_FILE = Path("spotlight") / "rendered.pickle"
LIBRARIES = ("pelican", "markdown", "jinja2", "markupsafe", "babel")
PACKAGE_FILES = (".py", ".html", ".mo")  # its code, its templates, its translations


class RenderCache(cache.Kept):
    """The outcomes of the last build by post key."""

    FORMAT = FORMAT
    CACHE_FILE = CACHE_FILE
    KIND = Outcome

    @classmethod
    def open(cls, settings: Mapping[str, Any], env: Environment, day: dt.date) -> RenderCache:
        """The cache for this build, loaded when Pelican loads its own; a disabled one when neither
        Pelican's switches nor ``SPOTLIGHT_CACHE`` ask for it, or its fingerprint cannot be made."""
        load, write = cache.build_switches(settings)
        key = fingerprint(settings, env, day) if load or write else None
        return cls.under(settings, key, load, write)

    def key(self, content: Any, formatted_fields: Iterable[str]) -> bytes | None:
        """A digest of what rendering reads of ``content``."""
        if not self.enabled:
            return None
        source = content.source_path or ""
        try:
            stat = os.stat(source)
            stamp = [stat.st_size, stat.st_mtime_ns]
        except (OSError, ValueError):
            stamp = None  # a plugin's content with no file: its text and metadata still key it
        metadata = content.metadata
        fields = [[name, metadata.get(name)] for name in formatted_fields]
        settings = content.settings
        parts = [
            source,
            stamp,
            "summary" in metadata,
            cache.canonical(fields),
            cache.canonical(metadata.get("spotlight")),
            cache.canonical(metadata.get("about")),
            [settings.get(n) for n in ("SUMMARY_MAX_PARAGRAPHS", "SUMMARY_MAX_LENGTH", "SUMMARY_END_SUFFIX")],
        ]
        h = hashlib.blake2b(json.dumps(parts, default=str).encode(), digest_size=20)
        h.update((internals.body_of(content) or "").encode("utf-8", "surrogatepass"))
        return h.digest()


def fingerprint(settings: Mapping[str, Any], env: Environment, day: dt.date) -> str | None:
    """A digest of everything besides a post itself that shapes its rendering; None if unknowable."""
    try:
        return cache.inputs_digest(
            FORMAT,
            settings,
            day,
            PACKAGE_FILES,
            LIBRARIES,
            templates=_templates(env),
            environment=[_callables(env.filters), _callables(env.tests), _callables(env.globals)],
            compiling=compile_digest(env),
        )
    except (OSError, TypeError, ValueError, RuntimeError) as exc:
        logger.debug("spotlight cache: no fingerprint for rendering (%s); every post is rendered", exc)
        return None


def _templates(env: Environment) -> str:
    """The source of every template the environment can load, by name (the theme's, the plugin's,
    Pelican's ``!simple/`` ones): a theme may override a card or anything a card includes."""
    if env.loader is None:
        return "no loader"
    h = hashlib.sha256()
    for name in sorted(env.list_templates()):  # TypeError from a loader that cannot list: no cache
        source, _, _ = env.loader.get_source(env, name)
        h.update(name.encode() + b"\0" + source.encode("utf-8", "surrogatepass") + b"\0")
    return h.hexdigest()


def _callables(table: Mapping[str, Any]) -> list:
    """A filter, test or global as its name and, for a function, its code: an edited filter in
    ``pelicanconf.py`` renders differently under the same name."""
    return [[name, cache.code_form(value)] for name, value in sorted(table.items())]
