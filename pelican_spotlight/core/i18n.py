"""The plugin's words in the site's language (docs/translations.md): its gettext catalogs, and Babel's
locale data for dates, month names, numbers and lists.

A ``Language`` is made once per build (and per ``i18n_subsites`` subsite, each a build of its own) from
``DEFAULT_LANG``, and once per command: the catalog is read then, never per page. Templates reach it
through ``spotlight_gettext`` and ``spotlight_ngettext``, names of the plugin's own, so a theme's
``jinja2.ext.i18n`` (its ``gettext``, ``_`` and ``{% trans %}``, with the theme's catalogs) and the
plugin's catalog never see each other's words. Only what readers and posts show is translated:
warnings and command-line diagnostics stay in English, as Pelican's own do.
"""

from __future__ import annotations

import datetime as dt
import gettext
import logging
from collections.abc import Callable, Mapping, Sequence
from functools import cached_property
from pathlib import Path
from typing import Any

from babel import Locale, UnknownLocaleError
from babel.dates import format_date, format_skeleton
from babel.numbers import format_decimal
from jinja2 import Environment, pass_eval_context
from jinja2.nodes import EvalContext
from markupsafe import Markup

logger = logging.getLogger(__name__)

DOMAIN = "pelican_spotlight"
LOCALE_DIR = Path(__file__).resolve().parent.parent / "locale"
SOURCE = "en"  # the language the messages are written in: no catalog needed
# Where a build keeps its Language, in the context every generator shares (one per build).
CONTEXT_KEY = "spotlight_language"
# The main site's DEFAULT_LANG, kept in its settings when the plugin starts: i18n_subsites makes each
# subsite's settings from a copy of them with its own DEFAULT_LANG, so there this is the main site's.
MAIN_LANG = "PELICAN_SPOTLIGHT_MAIN_LANG"


def parse_language(code: Any) -> Locale | None:
    """The locale a language code names, as Babel parses it (``pt_BR``, ``pt-BR`` and ``pt-br`` are
    one); None for anything Babel does not know."""
    if not isinstance(code, str) or not code.strip() or len(code) > 64:
        return None
    try:
        return Locale.parse(code.strip().replace("-", "_"))
    except (ValueError, TypeError, UnknownLocaleError):
        return None


def language_key(code: Any) -> str | None:
    """A language code in one spelling (``pt_BR``), for comparing codes; None when Babel cannot
    parse it."""
    locale = parse_language(code)
    return None if locale is None else str(locale)


def catalog_names(locale: Locale) -> list[str]:
    """The catalog folders that could serve ``locale``, most specific first: ``pt_BR``, then ``pt``."""
    names = [str(locale)]
    if locale.territory:
        names.append(f"{locale.language}_{locale.territory}")
    names.append(locale.language)
    return list(dict.fromkeys(names))


def shipped() -> list[str]:
    """The languages the package has a compiled catalog for."""
    return sorted(p.parent.parent.name for p in LOCALE_DIR.glob(f"*/LC_MESSAGES/{DOMAIN}.mo"))


def find_catalog(locale: Locale) -> Path | None:
    """The compiled catalog for ``locale`` (its own, else its language's), or None."""
    for name in catalog_names(locale):
        path = LOCALE_DIR / name / "LC_MESSAGES" / f"{DOMAIN}.mo"
        if path.is_file():
            return path
    return None


class Language:
    """One language of a build: its catalog and Babel locale, loaded once.

    A code Babel does not know, or a language without a catalog, gives English words (and, for an
    unknown code, English dates), said in one info line when ``announce`` is set: never a warning,
    so ``pelican --fatal warnings`` builds pass.
    """

    def __init__(self, code: Any = SOURCE, announce: bool = False) -> None:
        self.code = code if isinstance(code, str) else SOURCE
        parsed = parse_language(code)
        self.locale = parsed or Locale(SOURCE)
        catalog = find_catalog(self.locale)
        self.translations: gettext.NullTranslations
        if catalog is None:
            self.translations = gettext.NullTranslations()
        else:
            with open(catalog, "rb") as f:
                self.translations = gettext.GNUTranslations(f)
        self.translated = catalog is not None
        self._dates: dict[dt.date, str] = {}
        if announce and (parsed is None or (catalog is None and parsed.language != SOURCE)):
            logger.info(
                "settings: DEFAULT_LANG %r has no catalog of pelican-spotlight's words (shipped: %s); "
                "its pages and texts are in English (docs/translations.md)",
                self.code[:64],
                ", ".join(shipped()),
            )

    def __reduce__(self) -> tuple[Any, tuple[str]]:
        """Pickled as its code (Pelican's content cache may pickle the context that holds it)."""
        return (Language, (self.code,))

    # -- words ---------------------------------------------------------------------------------

    def gettext(self, message: str, /, **variables: Any) -> str:
        """``message`` translated, with ``%(name)s`` placeholders filled from ``variables``."""
        text = self.translations.gettext(message)
        return text % variables if variables else text

    def ngettext(self, singular: str, plural: str, n: int, /, **variables: Any) -> str:
        """The plural form for ``n`` (the catalog's plural rule), ``%(num)s`` being ``n``."""
        text = self.translations.ngettext(singular, plural, n)
        return text % {"num": self.number(n), **variables}

    # -- locale data ---------------------------------------------------------------------------

    @property
    def direction(self) -> str:
        """``rtl`` for a language written right to left, else ``ltr``."""
        return "rtl" if self.locale.character_order == "right-to-left" else "ltr"

    def date(self, value: dt.date | None) -> str:
        """A day as the language writes it, month names from Babel's data (``3 nov. 2026``).

        Each day is formatted once per language: a site's pages print the same post dates again and
        again (every backlink on a profile, every roundup entry), at about 10 µs a call in Babel."""
        if value is None:
            return "—"
        if isinstance(value, dt.datetime):
            value = value.date()
        text = self._dates.get(value)
        if text is None:
            text = self._dates[value] = format_date(value, "medium", locale=self.locale)
        return text

    def month_year(self, day: dt.date) -> str:
        """``November 2026``, ``novembre 2026``, ``November 2026``, ``noviembre de 2026``."""
        return format_skeleton("yMMMM", day, locale=self.locale)

    def quarter_year(self, day: dt.date) -> str:
        """``Q4 2026``, ``T4 2026``."""
        return format_skeleton("yQQQ", day, locale=self.locale)

    def number(self, value: float, pattern: str = "#,##0.###") -> str:
        """A number with the language's decimal sign (``2.5``, ``2,5``)."""
        if isinstance(value, int) and pattern == "#,##0.###":
            return str(value) if -1000 < value < 1000 else format_decimal(value, locale=self.locale)
        return format_decimal(value, pattern, locale=self.locale)

    def name_of(self, code: Any) -> str:
        """A language named in its own words ("français", "Deutsch"), for a link to a translation;
        the code itself when Babel does not know it."""
        locale = parse_language(code)
        name = locale.get_display_name(locale) if locale is not None else None
        return name or str(code)

    @cached_property
    def why_labels(self) -> dict[str, str]:
        """The reasons for networking as the plugin's pages and reports name them (made once: a
        report's tables ask for them row by row)."""
        return {
            "learn": self.gettext("learn"),
            "contribute": self.gettext("contribute"),
            "connect": self.gettext("connect"),
        }

    @cached_property
    def circle_labels(self) -> dict[str, str]:
        """The circles as the report's tables name them."""
        return {"focus": self.gettext("focus"), "extended": self.gettext("extended")}

    def why(self, why: str) -> str:
        """A reason for networking by its label (``learn``…); any other value as it is."""
        return self.why_labels.get(why, why)

    def circle(self, circle: str) -> str:
        """A circle by its label (``focus``, ``extended``); any other value as it is."""
        return self.circle_labels.get(circle, circle)

    def join(self, items: Sequence[str]) -> str:
        """``a``, ``a and b``, ``a, b and c`` in the language's words."""
        items = list(items)
        if len(items) < 2:
            return "".join(items)
        return self.gettext("%(names)s and %(last)s", names=", ".join(items[:-1]), last=items[-1])


def install(env: Environment, language: Language) -> None:
    """The plugin's translation functions and filters in a Jinja environment (its own names, beside
    any theme's ``jinja2.ext.i18n``)."""

    @pass_eval_context
    def spotlight_gettext(eval_ctx: EvalContext, message: str, /, **variables: Any) -> str:
        text = language.translations.gettext(message)
        if eval_ctx.autoescape:
            text = Markup(text)  # the catalog is the package's; the variables get escaped by %
        return text % variables if variables else text

    @pass_eval_context
    def spotlight_ngettext(
        eval_ctx: EvalContext, singular: str, plural: str, n: int, **variables: Any
    ) -> str:
        text = language.translations.ngettext(singular, plural, n)
        if eval_ctx.autoescape:
            text = Markup(text)
        return text % {"num": language.number(n), **variables}

    def label(labels: dict[str, str]) -> Callable[[EvalContext, Any], Any]:
        @pass_eval_context
        def filter_(eval_ctx: EvalContext, value: Any) -> Any:
            if value not in labels:
                return value  # data, escaped as any other
            # The catalog's words are the package's, trusted as spotlight_gettext's.
            return Markup(labels[value]) if eval_ctx.autoescape else labels[value]

        return filter_

    env.globals.update(
        spotlight_gettext=spotlight_gettext,
        spotlight_ngettext=spotlight_ngettext,
        spotlight_lang=language,
    )
    env.filters.update(
        spotlight_date=language.date,
        spotlight_number=language.number,
        spotlight_why=label(language.why_labels),
        spotlight_circle=label(language.circle_labels),
    )


def for_build(context: dict[str, Any], settings: Mapping[str, Any]) -> Language:
    """The build's ``Language``, made by the first generator that asks and kept in the context all
    its generators share (a new one every build, ``--autoreload`` included; each subsite has its own)."""
    language = context.get(CONTEXT_KEY)
    code = settings.get("DEFAULT_LANG", SOURCE)
    if not isinstance(language, Language) or language.code != code:
        language = Language(code, announce=True)
        context[CONTEXT_KEY] = language
    return language
