"""Writing the spotlight pages: each written only when its save-as setting is non-empty."""

from __future__ import annotations

import logging
import os
from importlib import resources
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from pelican_spotlight.generator import SpotlightGenerator

logger = logging.getLogger(__name__)


def write_all(gen: SpotlightGenerator, writer: Any) -> None:
    """Every page and file of SPEC §4, in one place so the list is easy to read."""
    config = gen.config
    relative = gen.settings.get("RELATIVE_URLS", False)
    if any(p.save_as for p in gen.profiles) or config.index_save_as:
        write_css(gen)
    template = gen.get_template("spotlight/changemaker")
    for profile in gen.profiles:
        if profile.save_as:
            writer.write_file(
                profile.save_as,
                template,
                gen.context,
                relative_urls=relative,
                url=profile.url,
                changemaker=profile,
            )
    if config.index_save_as:
        writer.write_file(
            config.index_save_as,
            gen.get_template("spotlight/index"),
            gen.context,
            relative_urls=relative,
            url=config.index_url,
        )


def write_css(gen: SpotlightGenerator) -> None:
    """The plugin's small stylesheet, linked from its own pages."""
    if not gen.config.css_save_as:
        return
    css = resources.files("pelican_spotlight").joinpath("static/spotlight.css").read_text("utf-8")
    path = os.path.join(gen.output_path, gen.config.css_save_as)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write(css)
