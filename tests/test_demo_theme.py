"""The demo theme (``theme/``) on two real sites, one meeting the 3 : 1 target and one below it:
the plugin's stylesheet linked once per page, the footer's claim following the real ratio, and the
roundup's "new" badge set apart from the name."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

THEME = str(Path(__file__).resolve().parent.parent / "theme")
REGISTRY = "- name: Ada Lovelace\n  slug: ada\n  circle: focus\n  why: learn\n  since: 2026-03-01\n"
CLAIM = "spotlights others at least three times as often as its author."
CSS_LINK = re.compile(r'<link rel="stylesheet" href="[^"]*spotlight/spotlight\.css">')


def _site(site, others: int):
    site.write("spotlight.yaml", REGISTRY)
    for i in range(others):
        site.write(
            f"posts/o{i}.md", f"Title: Others {i}\nDate: 2026-03-0{i + 2}\n\nThanks {{% mention ada %}}.\n"
        )
    site.write("posts/self.md", "Title: Me\nDate: 2026-03-09\n\nMy news.\n")
    site.build(THEME=THEME, SITENAME="Test Notes", SPOTLIGHT_WARN_BELOW_TARGET=False)
    return site


@pytest.fixture(scope="module")
def met(make_site):
    return _site(make_site("met"), others=3)  # 3 : 1


@pytest.fixture(scope="module")
def below(make_site):
    return _site(make_site("below"), others=1)  # 1 : 1


PLUGIN_PAGES = [
    "spotlight/ada/index.html",
    "spotlight/index.html",
    "spotlight/report/index.html",
    "spotlight/roundups/index.html",
    "spotlight/roundups/2026-03/index.html",
]


@pytest.mark.parametrize("page", [*PLUGIN_PAGES, "others-0.html", "index.html", "archives.html"])
def test_the_stylesheet_is_linked_once_on_every_page(met, page):
    html = met.read(page)
    assert len(CSS_LINK.findall(html)) == 1
    head = html.split("</head>", 1)[0]
    assert CSS_LINK.search(head)


def test_the_footer_claims_the_target_only_when_it_is_met(met, below):
    for page in ("index.html", "others-0.html", *PLUGIN_PAGES):
        assert met.read(page).count("Test Notes " + CLAIM) == 1, page
        assert CLAIM not in below.read(page), page
        assert "spotlights others" not in below.read(page), page
    # The rest of the footer stays.
    assert 'Meet <a href="/spotlight/">the changemakers</a>.' in below.read("index.html")


def test_the_roundup_new_badge_is_a_word_of_its_own(met):
    html = met.read("spotlight/roundups/2026-03/index.html")
    assert 'Ada Lovelace</a> <span class="spotlight-badge">new</span>' in html
    text = re.sub(r"<[^>]+>", "", html)
    assert re.search(r"Ada Lovelace new\s+in", text)


def _nav(html: str) -> list[str]:
    return re.findall(r'<a href="([^"]*)"', html.split('<nav class="site-nav"', 1)[1].split("</nav>", 1)[0])


@pytest.fixture(scope="module")
def menu_items(make_site):
    """Every plugin page in SPOTLIGHT_MENU, and a menu of MENUITEMS only (no pages listed)."""
    site = make_site("menu-items")
    site.write("spotlight.yaml", REGISTRY)
    site.write("posts/o.md", "Title: Others\nDate: 2026-03-02\n\nThanks {% mention ada %}.\n")
    site.build(
        THEME=THEME,
        SPOTLIGHT_MENU=["index", "report", "roundups"],
        DISPLAY_PAGES_ON_MENU=False,
        SPOTLIGHT_WARN_BELOW_TARGET=False,
    )
    return site


def test_each_plugin_page_is_in_the_menu_once(met, menu_items):
    # met: the default SPOTLIGHT_MENU, ["index"], offered as a page; the theme links the other two
    for site in (met, menu_items):
        for page in ("index.html", *PLUGIN_PAGES):
            links = _nav(site.read(page))
            for url in ("/spotlight/", "/spotlight/report/", "/spotlight/roundups/"):
                assert links.count(url) == 1, (site, page, url, links)
