"""Writing the spotlight pages: each written only when its save-as setting is non-empty.

``write_page`` and ``write_text`` are the two ways the plugin writes anything: HTML through Pelican's
writer (so ``SITEURL`` and ``RELATIVE_URLS`` work as on every other page), data files as text.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from importlib import resources
from typing import TYPE_CHECKING, Any, TextIO

from pelican.utils import sanitised_join

if TYPE_CHECKING:
    from pelican_spotlight.generator import SpotlightGenerator

logger = logging.getLogger(__name__)


def write_all(gen: SpotlightGenerator, writer: Any) -> None:
    """The profile pages, the directory, and the stylesheet all the plugin's pages link."""
    config = gen.config
    if any(p.save_as for p in gen.profiles) or any(
        (config.index_save_as, config.report_save_as, config.roundups_save_as, config.roundup_save_as)
    ):
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
    """One HTML page from a ``spotlight/*`` template, with the site's context and URL settings."""
    writer.write_file(
        save_as,
        gen.get_template(template),
        gen.context,
        relative_urls=gen.settings.get("RELATIVE_URLS", False),
        url=url,
        **kwargs,
    )


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
    """The plugin's small stylesheet, linked from its own pages."""
    if gen.config.css_save_as:
        css = resources.files("pelican_spotlight").joinpath("static/spotlight.css").read_text("utf-8")
        write_text(gen.output_path, gen.config.css_save_as, css)
