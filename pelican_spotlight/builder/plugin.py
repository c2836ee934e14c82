"""The Pelican signal wiring, all of it, kept thin: the work happens in the generator.

Handlers are module functions, so registering twice (tests, ``--autoreload``) connects once; they hold
no state: each build gets a new ``SpotlightGenerator``.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from jinja2 import ChoiceLoader, FileSystemLoader
from pelican import signals

from pelican_spotlight.builder import privacy
from pelican_spotlight.builder.stylesheet import LinkingTemplate
from pelican_spotlight.core import i18n, internals
from pelican_spotlight.core.errors import SpotlightError
from pelican_spotlight.core.i18n import MAIN_LANG
from pelican_spotlight.core.settings import unknown_settings
from pelican_spotlight.markup import jinja, rst
from pelican_spotlight.markup.shortcodes import EXTENSION, SpotlightExtension

TEMPLATES = Path(__file__).parent.parent / "templates"
logger = logging.getLogger(__name__)


def prepare_settings(settings: dict[str, Any]) -> None:
    """Add the Markdown extension once, and the rST and Jinja hooks. Shared with the command line.
    The settings are validated where they are read, once per build (the generator) or command."""
    markdown = dict(settings.get("MARKDOWN") or {})  # new dicts and lists: Pelican's defaults are shared
    extensions = list(markdown.get("extensions") or [])
    if not any(e == EXTENSION or isinstance(e, SpotlightExtension) for e in extensions):
        extensions.append(EXTENSION)  # by name: Python-Markdown makes one per Markdown instance
    settings["MARKDOWN"] = {**markdown, "extensions": extensions}
    settings.setdefault(MAIN_LANG, settings.get("DEFAULT_LANG"))
    rst.register_docutils()
    add_jinja_pass_through(settings)
    privacy.keep_from_readers(settings)


def add_jinja_pass_through(settings: dict[str, Any]) -> None:
    """Let the tags through plugins that render content with Jinja first (jinja2content), which
    build their environment from ``JINJA_ENVIRONMENT``. A new dict: the default one is shared."""
    environment = dict(settings.get("JINJA_ENVIRONMENT") or {})
    extensions = list(environment.get("extensions") or [])
    if jinja.NAME not in extensions and jinja.PassThrough not in extensions:
        extensions.append(jinja.NAME)
    environment["extensions"] = extensions
    settings["JINJA_ENVIRONMENT"] = environment


def check_liquid_in_rst(generator: Any) -> None:
    """Before a generator reads: its rST reader, whichever plugin chose it, warns of Liquid-style text."""
    rst.add_liquid_check(generator.readers)


def on_initialized(pelican: Any) -> None:
    """``prepare_settings``, then a warning for each misspelt ``SPOTLIGHT_*`` setting."""
    prepare_settings(pelican.settings)
    for _, message in unknown_settings(pelican.settings):
        logger.warning("settings: %s", message)


def add_template_loader(generator: Any) -> None:
    """Make the shipped templates the last resort: overrides, then theme, then simple, then ours;
    render every page with ``LinkingTemplate``, which links the stylesheet where a page needs it; and
    give every template the plugin's words in the site's language (``spotlight_gettext``: a theme's
    own ``gettext`` stays the theme's), the catalog read once per build."""
    internals.use_template_class(generator.env, LinkingTemplate)
    i18n.install(generator.env, i18n.for_build(generator.context, generator.settings))
    loader = generator.env.loader
    if isinstance(loader, ChoiceLoader) and not any(
        isinstance(x, FileSystemLoader) and str(TEMPLATES) in x.searchpath for x in loader.loaders
    ):
        loader.loaders.append(FileSystemLoader(str(TEMPLATES)))


def refuse_private_static(generator: Any) -> None:
    """Once Pelican's static generator has collected what it will copy, and before anything is
    written: stop the build if a private input is among it (``privacy.check_static``)."""
    privacy.check_static(generator)


def get_generators(pelican: Any) -> type:
    from pelican_spotlight.builder.generator import SpotlightGenerator

    return SpotlightGenerator


class OneLineSettingsErrors(logging.Filter):
    """Drop the traceback from Pelican's report of a bad ``SPOTLIGHT_*`` setting or registry file.

    Pelican's command line logs any exception that stops it with ``exc_info=True``, so the user would
    see a traceback under the message that already names the setting, or the file and line.
    ``--debug`` still prints it.
    """

    def filter(self, record: logging.LogRecord) -> bool:
        if record.exc_info and isinstance(record.exc_info[1], SpotlightError):
            record.exc_info = None
            record.exc_text = None
        return True


def quiet_settings_errors(log: logging.Logger | None = None) -> None:
    """Install ``OneLineSettingsErrors`` on Pelican's logger, once."""
    log = log or logging.getLogger("pelican")
    if not any(isinstance(f, OneLineSettingsErrors) for f in log.filters):
        log.addFilter(OneLineSettingsErrors())


def register() -> None:
    quiet_settings_errors()
    signals.initialized.connect(on_initialized)
    signals.generator_init.connect(add_template_loader)
    signals.get_generators.connect(get_generators)
    signals.article_generator_preread.connect(check_liquid_in_rst)
    signals.page_generator_preread.connect(check_liquid_in_rst)
    signals.static_generator_finalized.connect(refuse_private_static)
