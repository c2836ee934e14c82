"""The plugin's pages in the theme's own navigation, drawn the way that theme draws a menu.

Themes draw one of two lists, or both: the site's pages (``pages``, when ``DISPLAY_PAGES_ON_MENU`` is
on, Pelican's default) and ``MENUITEMS``. ``SPOTLIGHT_MENU``'s pages are offered as pages to a theme
whose templates list pages, and as ``MENUITEMS`` entries to one that does not (or when
``DISPLAY_PAGES_ON_MENU`` is off), so a theme drawing both (Pelican's ``simple`` and ``notmyidea``) shows
each once. ``MENUITEMS`` entries are printed as they are on pages at every depth: under
``RELATIVE_URLS`` each is a ``MenuLink``, which ``localise`` turns into a link relative to the page
being rendered.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from jinja2 import Environment, TemplateError, meta

# The templates a theme draws its navigation from, and every template they extend, include or import.
NAVIGATION_TEMPLATES = ("base.html", "page.html", "article.html", "index.html")


@dataclass(frozen=True)
class Placement:
    """Where the menu's entries go: the ``pages`` themes list, or ``MENUITEMS``."""

    as_pages: bool

    @classmethod
    def choose(cls, theme_reads: set[str], pages_on_menu: bool) -> Placement:
        """Pages when the theme lists the site's pages in a menu it shows, else ``MENUITEMS``."""
        return cls(as_pages=pages_on_menu and "pages" in theme_reads)


def theme_reads(env: Environment, names: Iterable[str] = NAVIGATION_TEMPLATES) -> set[str]:
    """The context names the theme's page templates read, following ``extends``, ``include`` and
    ``import`` (a name chosen at render time cannot be followed). A template that is missing or does
    not parse is left out: the theme's own build reports it."""
    seen: set[str] = set()
    reads: set[str] = set()
    todo = list(names)
    while todo:
        name = todo.pop()
        if name in seen or env.loader is None:
            continue
        seen.add(name)
        try:
            source = env.loader.get_source(env, name)[0]
            ast = env.parse(source)
        except (TemplateError, OSError):
            continue
        reads |= meta.find_undeclared_variables(ast)
        todo.extend(n for n in meta.find_referenced_templates(ast) if n)
    return reads


class MenuLink(str):
    """A ``MENUITEMS`` link under ``RELATIVE_URLS``: as a string, the page's path from the site's root
    (``/spotlight/index.html``); ``localise`` makes it relative to each rendered page."""

    url: str  # the page's URL, relative to the site's root

    def __new__(cls, root_path: str, url: str) -> MenuLink:
        link = super().__new__(cls, root_path)
        link.url = url
        return link


def _linked(item: Any) -> bool:
    return isinstance(item, tuple | list) and len(item) > 1 and isinstance(item[1], MenuLink)


def localise(context: Mapping[str, Any]) -> Mapping[str, Any]:
    """``context`` with its ``MenuLink``s relative to the page being rendered (its ``SITEURL``, which
    Pelican's writer makes relative under ``RELATIVE_URLS``); the same mapping when it has none."""
    items = context.get("MENUITEMS") or ()
    if not any(_linked(item) for item in items):
        return context
    siteurl = context.get("SITEURL", "")
    local = tuple(
        (item[0], f"{siteurl}/{item[1].url}", *item[2:]) if _linked(item) else item for item in items
    )
    return {**context, "MENUITEMS": local}
