"""menu.py: which list of a theme's navigation the plugin's pages join, and MENUITEMS links made
relative to the page being rendered."""

from __future__ import annotations

import pytest
from jinja2 import DictLoader, Environment

from pelican_spotlight.builder.menu import MenuLink, Placement, localise, theme_reads
from pelican_spotlight.builder.stylesheet import LinkingTemplate
from pelican_spotlight.core.settings import SpotlightSettings, file_url

PAGES_NAV = "{% for p in pages %}<a href='{{ SITEURL }}/{{ p.url }}'>{{ p.title }}</a>{% endfor %}"
ITEMS_NAV = "{% for title, link in MENUITEMS %}<a href='{{ link }}'>{{ title }}</a>{% endfor %}"


def env(**templates: str) -> Environment:
    return Environment(loader=DictLoader(templates))


@pytest.mark.parametrize(
    ("templates", "pages", "items"),
    [
        # simple and notmyidea: both lists, in base.html
        ({"base.html": PAGES_NAV + ITEMS_NAV}, True, True),
        # Flex, reflex: MENUITEMS in one include, pages in another
        (
            {
                "base.html": "{% include 'partial/nav.html' %}{% include 'partial/sidebar.html' %}",
                "partial/nav.html": ITEMS_NAV,
                "partial/sidebar.html": PAGES_NAV,
            },
            True,
            True,
        ),
        # pelican-engineering-theme: MENUITEMS only, in an include of base.html
        (
            {"base.html": "{% include 'includes/navigation.html' %}", "includes/navigation.html": ITEMS_NAV},
            False,
            True,
        ),
        # a page template extending a base that lists pages; a macro file imported with context
        (
            {
                "page.html": "{% extends 'base.html' %}",
                "base.html": "{% import 'macros.html' as m with context %}{{ m.nav() }}",
                "macros.html": "{% macro nav() %}" + PAGES_NAV + "{% endmacro %}",
            },
            True,
            False,
        ),
        # a template that does not parse, or an include chosen at render time, is left out
        ({"base.html": "{% for p in pages %}", "index.html": "{% include theme_nav %}"}, False, False),
    ],
)
def test_theme_reads_follows_includes_extends_and_imports(templates, pages, items):
    reads = theme_reads(env(**templates))
    assert ("pages" in reads, "MENUITEMS" in reads) == (pages, items)


def test_the_menu_goes_where_the_theme_lists_pages_unless_pages_are_off_the_menu():
    assert Placement.choose({"pages", "MENUITEMS"}, pages_on_menu=True).as_pages
    assert not Placement.choose({"pages", "MENUITEMS"}, pages_on_menu=False).as_pages
    assert not Placement.choose({"MENUITEMS"}, pages_on_menu=True).as_pages
    assert not Placement.choose(set(), pages_on_menu=True).as_pages


def test_menu_links_are_made_relative_to_the_page_being_rendered():
    link = MenuLink("/blog/spotlight/index.html", "spotlight/index.html")
    assert link == "/blog/spotlight/index.html"  # as a string: the path from the site's root
    context = {"SITEURL": "../..", "MENUITEMS": (("Home", "https://example.org/"), ("Changemakers", link))}
    assert localise(context)["MENUITEMS"] == (
        ("Home", "https://example.org/"),
        ("Changemakers", "../../spotlight/index.html"),
    )
    assert context["MENUITEMS"][1][1] is link  # the site's context is left as it was
    plain = {"SITEURL": "..", "MENUITEMS": (("Home", "/"),)}
    assert localise(plain) is plain
    assert localise({"MENUITEMS": None}) == {"MENUITEMS": None}


def test_every_page_rendered_through_the_plugins_template_class_gets_local_menu_links():
    environment = env(**{"base.html": ITEMS_NAV})
    environment.template_class = LinkingTemplate
    items = (("Changemakers", MenuLink("/spotlight/index.html", "spotlight/index.html")),)
    html = environment.get_template("base.html").render({"SITEURL": "..", "MENUITEMS": items})
    assert html == "<a href='../spotlight/index.html'>Changemakers</a>"


@pytest.mark.parametrize(
    ("url", "file"),
    [
        ("spotlight/", "spotlight/index.html"),
        ("spotlight/{slug}/", "spotlight/{slug}/index.html"),
        ("people/{slug}.html", "people/{slug}.html"),
        ("roundups", "roundups"),
    ],
)
def test_file_urls_name_the_file_a_folder_url_is_saved_as(url, file):
    assert file_url(url) == file


def test_relative_urls_make_every_page_url_setting_name_its_file():
    relative = SpotlightSettings.from_pelican({"RELATIVE_URLS": True, "SPOTLIGHT_URL": "people/{slug}.html"})
    assert (relative.url, relative.index_url, relative.report_url) == (
        "people/{slug}.html",
        "spotlight/index.html",
        "spotlight/report/index.html",
    )
    assert (relative.roundup_url, relative.roundups_url) == (
        "spotlight/roundups/{period}/index.html",
        "spotlight/roundups/index.html",
    )
    # where pages are saved is the same either way
    absolute = SpotlightSettings.from_pelican({"RELATIVE_URLS": False})
    assert absolute.index_url == "spotlight/"
    assert (relative.index_save_as, relative.roundup_save_as) == (
        absolute.index_save_as,
        absolute.roundup_save_as,
    )
