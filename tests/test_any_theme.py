"""Any theme, no theme edits (docs/themes.md): the plugin's pages inside the theme's own page.html, one
stylesheet link wherever spotlight markup shows, menu entries, summaries made of the author's prose.

Each build is made once per module (one site per theme and layout) and read by several tests.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from pelican_spotlight.practice.charts import FONT, MAX_LABEL, bar_chart, text_width, wrap_label

DEMO_THEME = str(Path(__file__).resolve().parent.parent / "theme")

POSTS = {
    "posts/one.md": """
        Title: One
        Date: 2026-01-10

        {% spotlight adrienne-example %}

        Thanks to {% mention commons-lab %} for the tools.

        {% network circle=focus %}

        The end of the post.
        """,
    "posts/two.md": """
        Title: Two
        Date: 2026-02-10
        Summary: With {% mention bo-connector %} in the summary.

        Thanks {% mention adrienne-example %}.
        """,
    "posts/three.md": """
        Title: Three
        Date: 2026-03-10

        All about me, featuring no one.
        """,
    "pages/about.md": """
        Title: About

        An ordinary page.
        """,
}

# The plugin's pages, each with the title the theme is given.
PAGES = {
    "spotlight/index.html": "Changemakers",
    "spotlight/adrienne-example/index.html": "Adrienne Example",
    "spotlight/report/index.html": "Spotlight report",
    "spotlight/roundups/index.html": "Spotlight roundups",
    "spotlight/roundups/2026-01/index.html": "Spotlight roundup: January 2026",
}
CSS_LINK = re.compile(r'<link rel="stylesheet" href="([^"]*spotlight/spotlight\.css)"')


REGISTRY = (Path(__file__).parent / "data" / "registry.yaml").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def builds(make_site) -> dict:
    """One build per theme and layout, made on first use."""
    variants = {
        "simple": {"THEME": "simple"},
        "notmyidea": {"THEME": "notmyidea"},
        "demo": {"THEME": DEMO_THEME},
        "standalone": {"THEME": "simple", "SPOTLIGHT_PAGE_LAYOUT": "standalone"},
        "relative": {"THEME": "notmyidea", "RELATIVE_URLS": True},
        "no-inject": {"THEME": "simple", "SPOTLIGHT_CSS_INJECT": False},
        "menu": {
            "THEME": "simple",
            "SITEURL": "https://example.org/blog",
            "MENUITEMS": (("Home", "https://example.org/"),),
            "SPOTLIGHT_MENU": ["index", "report", "roundups"],
        },
        "no-menu": {"THEME": "simple", "SPOTLIGHT_MENU": []},
        "relative-menu": {"THEME": "simple", "SITEURL": "https://example.org/blog", "RELATIVE_URLS": True},
    }

    class Lazy(dict):
        def __missing__(self, key: str):
            site = self[key] = make_site(key)
            site.write("spotlight.yaml", REGISTRY)
            for path, text in POSTS.items():
                site.write(path, text)
            site.build(**variants[key])
            return site

    return Lazy()


def _head(html: str) -> str:
    return html[: html.index("</head>")]


@pytest.mark.parametrize("path", PAGES)
def test_plugin_pages_are_drawn_by_the_themes_page_template(builds, path):
    """Each page's heading is where the theme puts an ordinary page's: simple draws ``<h2>`` in the
    article's header, notmyidea ``<h1 class="entry-title">`` (as for the About page)."""
    title = PAGES[path]
    simple = builds["simple"].read(path)
    assert "<h2>About</h2>" in builds["simple"].read("pages/about.html")
    assert re.search(rf"<header>\s*<h2>{re.escape(title)}</h2>\s*</header>", simple), title
    assert f"<title>A Pelican Blog - {title}</title>" in simple
    notmyidea = builds["notmyidea"].read(path)
    assert '<h1 class="entry-title">About</h1>' in builds["notmyidea"].read("pages/about.html")
    assert f'<h1 class="entry-title">{title}</h1>' in notmyidea
    # one heading for the title: the plugin's template adds none of its own
    assert notmyidea.count(f">{title}</h1>") == 1
    assert '<section id="content" class="body">' in notmyidea  # the theme's centred column


def test_standalone_layout_keeps_the_plugins_full_templates(builds):
    html = builds["standalone"].read("spotlight/index.html")
    assert "<h1>Changemakers</h1>" in html
    assert "<title>Changemakers — A Pelican Blog</title>" in html
    assert "<h2>Changemakers</h2>" not in html  # not through page.html
    profile = builds["standalone"].read("spotlight/adrienne-example/index.html")
    assert '<h1 class="p-name">Adrienne Example</h1>' in profile


@pytest.mark.parametrize("variant", ["simple", "notmyidea", "demo", "standalone", "relative"])
def test_every_page_with_spotlight_markup_links_the_stylesheet_exactly_once(builds, variant):
    site = builds[variant]
    with_markup = 0
    for path in site.html_files():
        html = path.read_text(encoding="utf-8")
        links = CSS_LINK.findall(html)
        if 'class="spotlight-' in html:
            with_markup += 1
            assert len(links) == 1, f"{path}: {links}"
            assert html.index(links[0]) < html.index("</head>"), path
        else:
            assert links == [] or variant == "demo", f"{path}: {links}"  # the demo theme links it always
    assert with_markup >= len(PAGES) + 2  # the plugin's pages, the posts with cards or mentions


def test_stylesheet_links_honour_siteurl_and_relative_urls(builds):
    assert CSS_LINK.findall(builds["simple"].read("one.html")) == ["/spotlight/spotlight.css"]
    relative = builds["relative"]
    assert CSS_LINK.findall(relative.read("one.html")) == ["./spotlight/spotlight.css"]
    assert CSS_LINK.findall(relative.read("spotlight/adrienne-example/index.html")) == [
        "../../spotlight/spotlight.css"
    ]
    assert (relative.output / "spotlight" / "spotlight.css").is_file()
    assert CSS_LINK.findall(builds["menu"].read("one.html")) == [
        "https://example.org/blog/spotlight/spotlight.css"
    ]


def test_injection_can_be_turned_off(builds):
    site = builds["no-inject"]
    assert 'class="spotlight-card' in site.read("one.html")
    assert CSS_LINK.findall(site.read("one.html")) == []


def test_relative_links_in_the_page_body_start_from_the_page(builds):
    html = builds["relative"].read("spotlight/adrienne-example/index.html")
    assert 'href="../../one.html"' in html  # a backlink, two folders down
    assert 'href="../../spotlight/index.html"' in html  # "All changemakers", as a file: it opens from disk


def test_menu_entries_follow_the_users_own(builds):
    """simple lists the site's pages after MENUITEMS (DISPLAY_PAGES_ON_MENU, Pelican's default): the
    plugin's pages come as pages, after the user's own entries, each once."""
    nav = builds["menu"].read("one.html")
    found = re.findall(r'<li><a href="([^"]*)"\s*>([^<]*)</a></li>', nav)
    assert found == [
        ("https://example.org/", "Home"),
        ("https://example.org/blog/pages/about.html", "About"),
        ("https://example.org/blog/spotlight/", "Changemakers"),
        ("https://example.org/blog/spotlight/report/", "Spotlight report"),
        ("https://example.org/blog/spotlight/roundups/", "Roundups"),
    ]
    assert re.findall(
        r'<li><a href="([^"]*)"\s*>Changemakers</a></li>', builds["simple"].read("one.html")
    ) == ["/spotlight/"]
    # with RELATIVE_URLS, relative to the page, naming the file: the site works from disk too
    relative = builds["relative-menu"].read("one.html")
    assert re.findall(r'<li><a href="([^"]*)"\s*>Changemakers</a></li>', relative) == [
        "./spotlight/index.html"
    ]
    assert ">Changemakers</a></li>" not in builds["no-menu"].read("one.html")


def test_automatic_summaries_are_the_authors_prose(builds):
    index = builds["simple"].read("index.html")
    summary = index[index.index('href="/one.html"') :]
    summary = summary[: summary.index("</article>")]
    assert "Thanks to Open Commons Lab for the tools." in summary  # the mention, as a plain name
    assert "The end of the post." in summary
    for fragment in ("spotlight-", "Organizer and writer", "Person", "<a class"):
        assert fragment not in summary
    # an author's own Summary: keeps its mention link
    two = index[index.index('href="/two.html"') :]
    assert 'With <a class="spotlight-mention h-card p-name u-url" href="/spotlight/bo-connector/">' in two
    # the post itself still shows its card
    assert 'class="spotlight-card spotlight-card--card h-card"' in builds["simple"].read("one.html")


def test_no_meta_tag_shows_card_text(builds):
    for variant in ("notmyidea", "simple", "demo"):
        for path in builds[variant].html_files():
            for meta in re.findall(r"<meta[^>]*>", path.read_text(encoding="utf-8")):
                for card_text in ("Organizer and writer", "A community lab", "Person", "Organization"):
                    assert card_text not in meta, (variant, path, meta)
    meta = re.search(r'<meta name="description" content="([^"]*)"', builds["notmyidea"].read("one.html"))
    assert meta and meta[1].startswith("Thanks to Open Commons Lab for the tools.")


def test_the_demo_theme_draws_plugin_pages_with_its_own_heading(builds):
    html = builds["demo"].read("spotlight/index.html")
    assert '<h1 class="post__title">Changemakers</h1>' in html
    assert html.count("<h1") == 1


# -- chart labels ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "name",
    [
        "Commons Garden Collective",
        "Bridgeworks Mediation and Conflict Resolution Cooperative of the Northern Valleys",
        "W" * 80,
        "北京 Commons 北京 Commons 北京 Commons 北京",
    ],
)
def test_chart_labels_fit_in_the_chart(name):
    lines = wrap_label(name)
    assert 1 <= len(lines) <= 2
    assert all(text_width(line) <= MAX_LABEL for line in lines)
    svg = str(bar_chart([(name, 3), ("Bo", 1)], "c", "Counts"))
    # every right-aligned label starts right of the chart's left edge
    for x, text in re.findall(r'<(?:text|tspan)[^>]*x="([\d.]+)"[^>]*text-anchor="end"[^>]*>([^<]*)', svg):
        assert float(x) - text_width(text) >= 0, (x, text)
    for x, text in re.findall(r'<tspan x="([\d.]+)"[^>]*>([^<]*)</tspan>', svg):
        assert float(x) - text_width(text) >= 0, (x, text)


def test_a_short_label_is_whole_and_a_long_one_wraps_between_words():
    assert wrap_label("Commons Garden Collective") == ["Commons Garden Collective"]
    first, second = wrap_label("Bridgeworks Mediation and Conflict Resolution Cooperative")
    assert "Bridgeworks Mediation and Conflict Resolution Cooperative".startswith(first)
    assert not first.endswith(" ") and not second.startswith(" ")
    assert text_width("M") == pytest.approx(FONT)
