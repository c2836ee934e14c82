"""The bodies of the plugin's profile and roundup pages and its directory kept between builds, so a
save renders only the pages whose content changed.

With Pelican's content cache on, a save takes every post's cards from the render cache, but the
plugin used to render the body of each of its hundreds of pages again too: about a third of what
its pages cost on a save (docs/benchmarks.md). This cache keeps each body (and its title) in
``CACHE_PATH/spotlight/pages.pickle``:

- each entry is keyed by a digest of everything the plugin's own template reads for that page: its
  name, where the page is saved, its ``SITEURL``, and what ``outputs.profile_inputs``,
  ``outputs.roundup_inputs`` or ``outputs.index_inputs`` give (the changemaker, the posts listed,
  the neighbours of a roundup, how often each changemaker was featured…);
- the file is kept under the render cache's fingerprint (``render_cache.fingerprint``): the plugin,
  the libraries, every setting, the registry, the day, every template the site can load and the Jinja
  environment's filters, tests and globals;
- only while every ``spotlight/*`` template the site loads is the plugin's own: a theme's replacement
  may read anything in the site's context, so with one the bodies are rendered every time.

The theme's layout around each body (``page.html``, its menus and sidebars) is drawn on every build,
so it never goes stale. Same switches as the other caches (``cache.build_switches``).
"""

from __future__ import annotations

import hashlib
import zlib
from collections.abc import Callable, Mapping
from importlib import resources
from pathlib import Path
from typing import Any

from jinja2 import Environment, Template, TemplateNotFound

from pelican_spotlight.builder import cache


class PageCache(cache.Kept):
    """A body (compressed: thousands of pages are held through the writing) and a title by page key."""

    FORMAT = 2  # bump when an entry or the key changes shape
    CACHE_FILE = Path("spotlight") / "pages.pickle"
    KIND = tuple

    @classmethod
    def open(cls, settings: Mapping[str, Any], env: Environment, fingerprint: str | None) -> PageCache:
        """The cache for this build under the render cache's ``fingerprint``; a disabled one without
        it, or when a ``spotlight/*`` template the site loads is not the plugin's own."""
        load, write = cache.build_switches(settings)
        if not (load or write) or not only_shipped_templates(env):
            return cls()  # (``under`` makes a disabled one without a fingerprint, too)
        return cls.under(settings, fingerprint, load, write)

    def key(
        self, template: Template, save_as: str, siteurl: str, inputs: Callable[[], Any] | None
    ) -> bytes | None:
        """A digest of what rendering ``template`` reads for this page (``inputs()``, asked only here);
        None when there is no cache or the page has no declared inputs."""
        if not self.enabled or inputs is None:
            return None
        # By value: a pickle would differ where two equal strings are one object in one build and two
        # in the next. Every input is plain data whose repr shows all it holds.
        data = repr((template.name, save_as, siteurl, inputs())).encode("utf-8", "surrogatepass")
        return hashlib.blake2b(data, digest_size=20).digest()

    def body(self, key: bytes | None) -> tuple[str, str] | None:
        """The body and title the last build kept for ``key`` (kept again for the next), or None."""
        stored = self.entries.get(key) if key is not None else None
        if stored is None:
            return None
        try:
            data, title = stored
            body = zlib.decompress(data).decode("utf-8", "surrogatepass")
        except (ValueError, TypeError, zlib.error):  # not what ``keep`` stores: rendered again
            return None
        self.hits += 1
        self.put(key, stored)
        return body, title

    def keep(self, key: bytes | None, body: str, title: str) -> None:
        """Keep a body rendered in this build for the next (nothing without a key)."""
        if key is not None:
            # Level 1: a quarter of the size, for 30 ms per 2.5 MB of pages; 12 ms to read them back.
            self.put(key, (zlib.compress(body.encode("utf-8", "surrogatepass"), 1), title))


def only_shipped_templates(env: Environment) -> bool:
    """Whether every ``spotlight/*`` template the site's environment loads is the plugin's own, as
    shipped (by its text: a verbatim copy in a theme reads what the original reads)."""
    folder = resources.files("pelican_spotlight").joinpath("templates", "spotlight")
    if env.loader is None:
        return False
    for entry in folder.iterdir():
        if not entry.name.endswith(".html"):
            continue
        try:
            source = env.loader.get_source(env, f"spotlight/{entry.name}")[0]
        except (TemplateNotFound, OSError):
            return False
        if source != entry.read_text(encoding="utf-8"):
            return False
    return True
