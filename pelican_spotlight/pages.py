"""Writing the spotlight pages: each written only when its save-as setting is non-empty.

``write_page`` and ``write_text`` are the two ways the plugin writes anything: HTML through Pelican's
writer (so ``SITEURL`` and ``RELATIVE_URLS`` work as on every other page), data files as text.
"""

from __future__ import annotations

import logging
import os
from collections import ChainMap
from collections.abc import Callable
from importlib import resources
from typing import TYPE_CHECKING, Any, TextIO

from jinja2.utils import concat
from pelican.contents import Page
from pelican.utils import get_relative_path, path_to_url, sanitised_join

from pelican_spotlight.render import theme_text

if TYPE_CHECKING:
    from pelican_spotlight.generator import SpotlightGenerator

logger = logging.getLogger(__name__)


def write_all(gen: SpotlightGenerator, writer: Any) -> None:
    """The profile pages, the directory, and the stylesheet all the plugin's pages link."""
    config = gen.config
    write_css(gen)
    for profile in gen.profiles:
        if profile.save_as:
            write_page(
                gen, writer, profile.save_as, "spotlight/changemaker", profile.url, changemaker=profile
            )
    if config.index_save_as:
        write_page(gen, writer, config.index_save_as, "spotlight/index", config.index_url)


def write_page(
    gen: SpotlightGenerator, writer: Any, save_as: str, template: str, url: str, **kwargs: Any
) -> None:
    """One HTML page from a ``spotlight/*`` template, with the site's context and URL settings.

    With ``SPOTLIGHT_PAGE_LAYOUT = "theme"`` the template renders only the page's body, which becomes
    the content of a Pelican ``Page`` drawn by the theme's own ``page.html``: every theme already knows
    how to lay out a page (title, column, navigation, sidebar, footer). ``"standalone"`` renders the
    template whole, extending the theme's ``base.html``.
    """
    relative_urls = gen.settings.get("RELATIVE_URLS", False)
    spotlight_template = gen.get_template(template)
    # A theme's own full-page template (no spotlight_title block) is drawn as it is.
    if gen.config.page_layout == "standalone" or "spotlight_title" not in spotlight_template.blocks:
        writer.write_file(
            save_as, spotlight_template, gen.context, relative_urls=relative_urls, url=url, **kwargs
        )
        return
    page = theme_page(gen, spotlight_template, save_as, url, kwargs)
    writer.write_file(
        save_as, gen.get_template(page.template), gen.context, relative_urls=relative_urls, url=url, page=page
    )


def theme_page(gen: SpotlightGenerator, template: Any, save_as: str, url: str, kwargs: dict) -> Page:
    """A ``Page`` whose content is the spotlight template's body, rendered for where it is saved.

    The body is rendered here rather than by the writer, so its links get the ``SITEURL`` the writer
    will give this page (the relative path to the site's root under ``RELATIVE_URLS``).
    """
    siteurl = gen.settings["SITEURL"]
    if gen.settings.get("RELATIVE_URLS", False):
        siteurl = path_to_url(get_relative_path(save_as))
    # One Jinja context (a copy of the site's) renders both the body and the title.
    context = template.new_context(
        ChainMap(
            {"SITEURL": siteurl, "output_file": save_as, "spotlight_body_only": True}, kwargs, gen.context
        )
    )
    body = concat(template.root_render_func(context))
    title = theme_text(concat(template.blocks["spotlight_title"](context)).strip())
    slug = url.strip("/").replace("/", "-") or "spotlight"
    metadata = {"title": title, "url": url, "save_as": save_as, "slug": slug}
    return SpotlightPage(body, metadata=metadata, settings=gen.settings, context=gen.context)


class SpotlightPage(Page):
    """A page whose content is the spotlight HTML as rendered, with no links left to resolve.

    Pelican's ``get_content`` and ``get_summary`` are memoised in caches that keep every object they
    see for the rest of the process: through them, each of the plugin's pages (hundreds, the directory
    among them) would stay in memory after it is written. These two return the HTML directly.
    """

    def get_content(self, siteurl: str = "") -> str:
        return self._content

    def get_summary(self, siteurl: str = "") -> str:
        return ""

    @property
    def content(self) -> str:
        return self._content

    @property
    def summary(self) -> str:
        return ""


def write_text(output_path: str, save_as: str, text: str | Callable[[TextIO], None]) -> None:
    """A data file (JSON, XML, CSS) under the output folder: its text, or a function writing it."""
    path = sanitised_join(output_path, save_as)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        if callable(text):
            text(f)
        else:
            f.write(text)
    logger.info("Writing %s", path)


def write_css(gen: SpotlightGenerator) -> None:
    """The plugin's small stylesheet, linked from every page that shows a card or a spotlight page."""
    if gen.config.css_save_as:
        css = resources.files("pelican_spotlight").joinpath("static/spotlight.css").read_text("utf-8")
        write_text(gen.output_path, gen.config.css_save_as, css)
