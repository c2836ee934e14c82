"""Each theme of the matrix in headless Chromium at 1280 and 360 px: a card sits in the post's text
column, styled, and covers none of the theme's navigation; the plugin's pages put their heading where
the theme puts an ordinary page's; nothing overflows sideways and nothing logs an error. Screenshots of
each theme land in build/theme-screenshots/ (not committed)."""

from __future__ import annotations

from pathlib import Path

import pytest

SCREENSHOTS = Path(__file__).resolve().parents[2] / "build" / "theme-screenshots"  # git ignores build/

WIDTHS = (1280, 360)
POST = "what-maya-lindqvist-taught-me-about-emergence.html"  # a post with a full card
ABOUT = ("pages/about.html", "About")  # the sample site's ordinary page
PLUGIN_PAGES = {  # page -> its title, as the theme's page.html draws it
    "directory": ("spotlight/index.html", "Changemakers"),
    "profile": ("spotlight/maya-lindqvist/index.html", "Maya Lindqvist"),
    "report": ("spotlight/report/index.html", "Spotlight report"),
}
DIRECTORY_URLS = ("spotlight/", "spotlight/index.html")
GENERIC_CHROME = ("nav", "aside", "[role=navigation]", "[role=complementary]")

CARD_JS = """
([columnSel, chromeSels]) => {
  const card = document.querySelector('.spotlight-card.spotlight-card--card');
  if (!card) return {error: 'no .spotlight-card--card on the page'};
  const box = (el) => { const r = el.getBoundingClientRect();
    return {left: r.left, right: r.right, top: r.top, bottom: r.bottom, width: r.width, height: r.height}; };
  const name = (el) => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '')
    + [...el.classList].map(c => '.' + c).join('');
  const column = card.closest(columnSel);
  const article = card.closest('article');
  const positioned = [];
  for (let n = card; n && article && n !== article.parentElement; n = n.parentElement) {
    const p = getComputedStyle(n).position;
    if (p === 'fixed' || p === 'absolute') positioned.push(name(n) + ': ' + p);
  }
  const c = box(card);
  const overlaps = [], inside = [];
  for (const sel of chromeSels) {
    for (const el of document.querySelectorAll(sel)) {
      if (el === card || card.contains(el)) continue;
      if (el.contains(card)) { inside.push(sel + ' = ' + name(el)); continue; }
      const r = box(el);
      const style = getComputedStyle(el);
      if (r.width * r.height === 0 || style.visibility === 'hidden') continue;
      const w = Math.min(c.right, r.right) - Math.max(c.left, r.left);
      const h = Math.min(c.bottom, r.bottom) - Math.max(c.top, r.top);
      if (w > 1 && h > 1) overlaps.push(sel + ' = ' + name(el) + ' ' + JSON.stringify(r));
    }
  }
  const sheets = [...document.styleSheets].filter(
    s => s.href && new URL(s.href).pathname.endsWith('/spotlight/spotlight.css'));
  let rules = 0;
  for (const s of sheets) { try { rules += s.cssRules.length; } catch (e) { rules = -1; } }
  const cs = getComputedStyle(card);
  // what themes impose on img and li, which the stylesheet undoes inside a card
  const imposed = [];
  for (const el of card.querySelectorAll('img, li')) {
    const st = getComputedStyle(el);
    const props = el.tagName === 'IMG'
      ? {padding: '0px', borderTopWidth: '0px', float: 'none', marginLeft: '0px'}
      : {paddingLeft: '0px', marginLeft: '0px', listStyleType: 'none', float: 'none'};
    for (const [k, want] of Object.entries(props)) {
      if (st[k] !== want) imposed.push(name(el) + ' ' + k + ': ' + st[k]);
    }
  }
  return {
    imposed,
    card: c,
    column: column ? box(column) : null,
    article: !!article,
    positioned, overlaps, inside,
    sheets: sheets.length, rules,
    display: cs.display, border: [cs.borderTopWidth, cs.borderTopStyle],
  };
}
"""

HEADINGS_JS = """
(title) => {
  const part = (n, withId) => n.tagName.toLowerCase() + (withId && n.id ? '#' + n.id : '')
    + [...n.classList].sort().map(c => '.' + c).join('');
  return [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')]
    .filter(h => h.textContent.replace(/\\s+/g, ' ').trim() === title)
    .map(h => {
      const path = [];
      for (let n = h.parentElement; n && n !== document.body; n = n.parentElement) path.push(part(n, true));
      return part(h, false) + ' in ' + (path.reverse().join(' > ') || 'body');
    });
}
"""

NAV_JS = """
(sel) => {
  const nav = document.querySelector(sel);
  if (!nav) return null;
  const r = nav.getBoundingClientRect();
  return {
    visible: r.width * r.height > 0 && getComputedStyle(nav).visibility !== 'hidden',
    // links to other pages (a link within the page, such as a menu's open button, is left out)
    links: [...nav.querySelectorAll('a[href]:not([href^="#"])')].map(a => a.href.split('#')[0]),
  };
}
"""

OVERFLOW_JS = "() => [document.documentElement.scrollWidth, window.innerWidth]"
SHOTS = {POST: "post", PLUGIN_PAGES["directory"][0]: "directory", PLUGIN_PAGES["report"][0]: "report"}


def wait_for_images(page) -> None:
    """Lazy images in view load after "load": wait for them, so screenshots and boxes are final."""
    page.wait_for_function(
        "() => Array.from(document.images).filter(i => {"
        " const r = i.getBoundingClientRect(); return r.top < innerHeight && r.bottom > 0; })"
        ".every(i => i.complete)",
        timeout=10_000,
    )


@pytest.fixture(scope="session")
def measured(theme_build, theme_visit):
    """measured(path, width) -> what the checks read from that page in Chromium, measured once per
    theme, page and width (and photographed, for the post, the directory and the report)."""
    theme = theme_build.theme
    cache: dict[tuple[str, int], dict] = {}

    def measure(path: str, width: int) -> dict:
        if (path, width) in cache:
            return cache[(path, width)]
        v = theme_visit(path, width)
        try:
            page = v.page
            got: dict = {"base": v.base}
            if path == POST:
                card = page.locator(".spotlight-card.spotlight-card--card").first
                if card.count():
                    card.scroll_into_view_if_needed()
                    page.evaluate("() => window.scrollBy(0, -120)")  # some of the post above it
            wait_for_images(page)
            if path in SHOTS:
                SCREENSHOTS.mkdir(parents=True, exist_ok=True)
                page.screenshot(path=str(SCREENSHOTS / f"{theme.name}-{SHOTS[path]}-{width}.png"))
            if path == POST:
                got["card"] = page.evaluate(CARD_JS, [theme.post_column, [*GENERIC_CHROME, *theme.chrome]])
            title = dict([ABOUT, *PLUGIN_PAGES.values()]).get(path)
            if title:
                got["headings"] = page.evaluate(HEADINGS_JS, title)
            got["nav"] = page.evaluate(NAV_JS, theme.nav)
            got["overflow"] = page.evaluate(OVERFLOW_JS)
            got["errors"] = v.page_errors
        finally:
            v.close()
        cache[(path, width)] = got
        return got

    return measure


@pytest.mark.parametrize("width", WIDTHS)
def test_card_in_a_post_sits_in_the_text_column_styled(theme_build, measured, width):
    theme = theme_build.theme
    got = measured(POST, width)["card"]
    assert "error" not in got, f"{theme.name} {width}px: {got.get('error')}"
    assert got["column"] is not None, (
        f"{theme.name} {width}px: the card is not inside the post's text column ({theme.post_column})"
    )
    card_box, column = got["card"], got["column"]
    assert card_box["left"] >= column["left"] - 0.5 and card_box["right"] <= column["right"] + 0.5, (
        f"{theme.name} {width}px: the card ({card_box['left']:.0f}-{card_box['right']:.0f} px) sticks out "
        f"of the text column ({column['left']:.0f}-{column['right']:.0f} px)"
    )
    assert got["article"] == theme.article, (
        f"{theme.name} {width}px: the card is not inside the post's <article>"
    )
    assert got["positioned"] == [], f"{theme.name} {width}px: positioned out of the flow: {got['positioned']}"
    assert got["inside"] == [], f"{theme.name} {width}px: the card is inside the theme's {got['inside']}"
    assert got["overlaps"] == [], f"{theme.name} {width}px: the card overlaps {got['overlaps']}"
    assert got["sheets"] >= 1 and got["rules"] > 0, (
        f"{theme.name} {width}px: spotlight.css is not loaded "
        f"({got['sheets']} sheet(s), {got['rules']} rules)"
    )
    assert got["display"] == "flex" and got["border"] == ["1px", "solid"], (
        f"{theme.name} {width}px: the stylesheet does not apply to the card: display {got['display']}, "
        f"border {got['border']}"
    )


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("which", list(PLUGIN_PAGES))
def test_plugin_page_heading_sits_where_the_theme_puts_a_page_heading(theme_build, measured, which, width):
    theme = theme_build.theme
    about = measured(ABOUT[0], width)
    assert len(about["headings"]) == 1, f"{theme.name}: the About page's title headings: {about['headings']}"

    path, title = PLUGIN_PAGES[which]
    got = measured(path, width)
    headings, nav = got["headings"], got["nav"]
    assert headings, f"{theme.name} {width}px {path}: no heading reads {title!r}"
    assert headings[0] == about["headings"][0], (
        f"{theme.name} {width}px {path}: the title heading is {headings[0]}, "
        f"the theme's page heading is {about['headings'][0]}"
    )
    assert len(headings) == 1, f"{theme.name} {width}px {path}: the title is drawn twice: {headings}"

    if about["nav"] is None:  # a theme with no navigation on its pages (themeless): none here either
        assert nav is None, f"{theme.name} {width}px {path}: {theme.nav} on the page, not on About"
        return
    assert nav is not None, f"{theme.name} {width}px {path}: the theme's navigation ({theme.nav}) is missing"
    assert nav["visible"] == about["nav"]["visible"], (
        f"{theme.name} {width}px {path}: navigation visible {nav['visible']}, "
        f"on About {about['nav']['visible']}"
    )
    assert nav["links"] == about["nav"]["links"], (
        f"{theme.name} {width}px {path}: the navigation's links differ from the About page's:\n"
        f"{nav['links']}\n{about['nav']['links']}"
    )
    _links_the_directory_once(theme.name, width, path, got)


@pytest.mark.parametrize("width", WIDTHS)
def test_the_main_navigation_links_the_directory_once(theme_build, measured, width):
    """SPOTLIGHT_MENU = ["index"] (the default), with the theme's default settings: the navigation that
    lists the site's pages (or MENUITEMS, in a theme that lists no pages) links the directory, once."""
    theme = theme_build.theme
    got = measured(theme.menu_page, width)
    assert got["nav"] is not None, f"{theme.name}: no {theme.nav} on {theme.menu_page}"
    _links_the_directory_once(theme.name, width, theme.menu_page, got)


def _links_the_directory_once(theme: str, width: int, path: str, got: dict) -> None:
    directory = [got["base"] + u for u in DIRECTORY_URLS]
    links = [link for link in got["nav"]["links"] if link in directory]
    assert links, (
        f"{theme} {width}px {path}: the navigation does not link the directory: {got['nav']['links']}"
    )
    assert len(links) == 1, (
        f"{theme} {width}px {path}: the navigation links the directory {len(links)} times: "
        f"{got['nav']['links']}"
    )


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("path", [POST, *(p for p, _ in PLUGIN_PAGES.values()), ABOUT[0]])
def test_no_horizontal_overflow_and_no_errors(theme_build, measured, path, width):
    theme = theme_build.theme
    got = measured(path, width)
    scroll, inner = got["overflow"]
    allowed, why = theme.own_overflow.get(width, (0, ""))
    if path == ABOUT[0] and allowed:  # the theme's own overflow, named in its Theme, is real
        assert scroll - inner == allowed, (
            f"{theme.name} {width}px: {why} is {scroll - inner} px, not {allowed}"
        )
    assert scroll - inner <= allowed, f"{theme.name} {width}px {path}: {scroll} px wide in {inner} px" + (
        f" (the theme's own {why} accounts for {allowed} px)" if allowed else ""
    )
    assert got["errors"] == [], f"{theme.name} {width}px {path}: {got['errors']}"


@pytest.mark.parametrize("width", WIDTHS)
def test_theme_rules_do_not_reach_inside_a_card(theme_build, measured, width):
    """Padding, borders, floats and bullets that a theme gives every img and li stay out of a card."""
    got = measured(POST, width)["card"]
    assert "error" not in got, f"{theme_build.theme.name} {width}px: {got.get('error')}"
    assert got["imposed"] == [], f"{theme_build.theme.name} {width}px: {got['imposed']}"
