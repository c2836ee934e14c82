"""How the plugin writes a file: HTML pages through Pelican's writer, data files as text.

``Output`` knows how, never what: ``outputs.py`` decides which pages and files a build writes.
HTML goes through Pelican's writer (so ``SITEURL`` and ``RELATIVE_URLS`` work as on every other page),
laid out by the theme's own ``page.html`` or standalone (``SPOTLIGHT_PAGE_LAYOUT``).
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, TextIO

from jinja2 import Template
from pelican.contents import Page
from pelican.utils import get_relative_path, path_to_url, sanitised_join

from pelican_spotlight.builder.page_cache import PageCache
from pelican_spotlight.core import internals
from pelican_spotlight.markup.render import theme_text

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Output:
    """Where and how one build writes: Pelican's writer, the site's settings and context, and the
    generator's template lookup (so a theme's ``spotlight/*`` templates override the plugin's)."""

    writer: Any
    settings: dict[str, Any]
    context: dict[str, Any]
    get_template: Callable[[str], Template]
    output_path: str
    layout: str  # SPOTLIGHT_PAGE_LAYOUT
    pages: PageCache = field(default_factory=PageCache)  # bodies kept from the last build

    def page(
        self,
        save_as: str,
        template: str,
        url: str,
        cache_inputs: Callable[[], Any] | None = None,
        **kwargs: Any,
    ) -> None:
        """One HTML page from a ``spotlight/*`` template, with the site's context and URL settings.

        With ``SPOTLIGHT_PAGE_LAYOUT = "theme"`` the template renders only the page's body, which
        becomes the content of a Pelican ``Page`` drawn by the theme's own ``page.html``: every theme
        already knows how to lay out a page (title, column, navigation, sidebar, footer).
        ``"standalone"`` renders the template whole, extending the theme's ``base.html``.
        ``cache_inputs`` gives everything the plugin's own template reads for this page besides the
        site's settings (``page_cache``, only asked when the cache is on); the body is then kept.
        """
        relative_urls = self.settings.get("RELATIVE_URLS", False)
        spotlight_template = self.get_template(template)
        # A theme's own full-page template (no spotlight_title block) is drawn as it is.
        if self.layout == "standalone" or not internals.has_block(spotlight_template, "spotlight_title"):
            self.writer.write_file(
                save_as, spotlight_template, self.context, relative_urls=relative_urls, url=url, **kwargs
            )
            return
        page = self.theme_page(spotlight_template, save_as, url, kwargs, cache_inputs)
        self.writer.write_file(
            save_as,
            self.get_template(page.template),
            self.context,
            relative_urls=relative_urls,
            url=url,
            page=page,
        )

    def theme_page(
        self,
        template: Template,
        save_as: str,
        url: str,
        kwargs: dict[str, Any],
        cache_inputs: Callable[[], Any] | None = None,
    ) -> Page:
        """A ``Page`` whose content is the spotlight template's body, rendered for where it is saved.

        The body is rendered here rather than by the writer, so its links get the ``SITEURL`` the
        writer will give this page (the relative path to the site's root under ``RELATIVE_URLS``).
        """
        siteurl = self.settings["SITEURL"]
        if self.settings.get("RELATIVE_URLS", False):
            siteurl = path_to_url(get_relative_path(save_as))
        # One Jinja context (a copy of the site's) renders both the body and the title. A dict, not a
        # ChainMap: Jinja copies it key by key, and a ChainMap looks up each of the site's hundreds of
        # keys through every map, on each of the plugin's pages.
        key = self.pages.key(template, save_as, siteurl, cache_inputs)
        kept = self.pages.body(key)
        if kept is None:
            here = {"SITEURL": siteurl, "output_file": save_as, "spotlight_body_only": True}
            values = {**self.context, **kwargs, **here}
            body, title = internals.render_body_and_block(template, values, "spotlight_title")
            kept = (body, theme_text(title.strip()))
            self.pages.keep(key, *kept)
        body, title = kept
        metadata = {"title": title, "url": url, "save_as": save_as, "slug": page_slug(url)}
        return SpotlightPage(body, metadata=metadata, settings=self.settings, context=self.context)

    def text(self, save_as: str, text: str | Callable[[TextIO], None]) -> None:
        """A data file (JSON, XML, CSS) under the output folder: its text, or a function writing it."""
        path = sanitised_join(self.output_path, save_as)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", encoding="utf-8") as f:
            if callable(text):
                text(f)
            else:
                f.write(text)
        logger.info("Writing %s", path)


def page_slug(url: str) -> str:
    """The slug a theme sees for one of the plugin's pages (some use it as a class or an anchor):
    its URL's folders, joined with hyphens."""
    return url.removesuffix("index.html").strip("/").replace("/", "-") or "spotlight"


class SpotlightPage(internals.PlainPage):
    """One of the plugin's pages, drawn by the theme's ``page.html``: its HTML as rendered, held by no
    memoising cache (``internals.PlainPage``), so the hundreds the plugin writes can be freed."""
