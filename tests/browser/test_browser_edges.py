"""The stylesheet's own colours and wrapping in headless Chromium, on a theme that sets none of them.

The sample site's theme sets every ``--spotlight-*`` property; this site (``tests/data/themes/plain``:
Pelican's simple, light or dark by ``prefers-color-scheme``) leaves them to the plugin. Contrast is
measured for light and dark on the report, a roundup, a profile and a post with cards: every text
against the background behind it (WCAG AA 4.5:1), the chart bars (4.5:1 too) and the card borders
(3:1, non-text). At 360 px, a profile with a long URL and a card with a long name must not overflow.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tools"))
from screenshots import serve

THEME = Path(__file__).resolve().parents[1] / "data" / "themes" / "plain"
LONG_NAME = "Southsidecommunitylandtrustandintergenerationalhousingcooperative"
LONG_URL = "https://www.southsideclimatejusticecoalition.org/about"
REGISTRY = f"""
changemakers:
  - name: Southside Climate Justice Coalition
    slug: southside
    kind: organization
    circle: focus
    why: [contribute, connect]
    url: {LONG_URL}
    summary: Neighbours organising for clean air and fair housing.
    tags: [climate]
  - name: {LONG_NAME}
    slug: land-trust
    kind: organization
    why: [learn]
    url: https://land-trust.example
    summary: Permanently affordable homes.
    tags: [housing]
  - name: Ada Lovelace
    circle: focus
    why: [learn]
"""
POSTS = {
    "posts/october.md": """
        Title: Who I learned from in October
        Date: 2026-10-05 09:00
        Slug: october

        {% spotlight land-trust %}
    """,
    "posts/november.md": """
        Title: Clean air, fair housing
        Date: 2026-11-03 09:00
        Slug: november

        A month with {% mention southside %}.

        {% spotlight southside %}

        {% spotlight land-trust style=compact %}
    """,
    "posts/self-1.md": "Title: My news\nDate: 2026-11-10 09:00\nSlug: self-1\n\nAbout me.\n",
    "posts/self-2.md": "Title: More news\nDate: 2026-11-12 09:00\nSlug: self-2\n\nAbout me again.\n",
}
PAGES = {
    "report": "spotlight/report/index.html",
    "roundup (below target)": "spotlight/roundups/2026-11/index.html",
    "roundup (met)": "spotlight/roundups/2026-10/index.html",
    "profile": "spotlight/southside/index.html",
    "post with cards": "november.html",
}

# WCAG 2 contrast of each visible element with its own text (its colour; an SVG text's fill), each
# chart bar (its fill) and each card (its border) against the first opaque background behind it.
MEASURE_JS = """
() => {
  // Computed colours come as rgb()/rgba(), or as color(srgb-linear …) from a color-mix in linear light.
  const numbers = (s) => (s.match(/-?[\\d.]+(?:e-?\\d+)?/g) || []).map(Number);
  const toLinear = (c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  const parse = (s) => {
    const n = numbers(s);
    const alpha = n.length > 3 ? n[3] : 1;
    if (s.startsWith("color(srgb-linear")) return [n.slice(0, 3), alpha];
    if (s.startsWith("color(srgb")) return [n.slice(0, 3).map(toLinear), alpha];
    if (s.startsWith("rgb")) return [n.slice(0, 3).map((c) => toLinear(c / 255)), alpha];
    throw new Error("unknown colour " + s);
  };
  const lum = ([r, g, b]) => 0.2126 * r + 0.7152 * g + 0.0722 * b;
  const background = (el) => {
    for (let n = el; n; n = n.parentElement) {
      const [c, alpha] = parse(getComputedStyle(n).backgroundColor);
      if (alpha === 1) return c;
    }
    return [1, 1, 1];
  };
  const ratio = (fg, el) => {
    const [c, alpha] = parse(fg);
    if (alpha !== 1) throw new Error("a translucent colour: " + fg);
    const [a, b] = [lum(c), lum(background(el))].sort((x, y) => y - x);
    return (a + 0.05) / (b + 0.05);
  };
  const visible = (el) => { const r = el.getBoundingClientRect(); return r.width > 0 && r.height > 0; };
  const ownText = (el) => [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim());
  const out = [];
  for (const el of document.querySelectorAll("main *")) {
    if (!visible(el) || !ownText(el) || el.closest("title, desc")) continue;
    const svg = el instanceof SVGElement;
    const style = getComputedStyle(el);
    if (svg && style.fill === "none") continue;
    out.push(["text", el.textContent.trim().slice(0, 30), ratio(svg ? style.fill : style.color, el)]);
  }
  for (const el of document.querySelectorAll("main .spotlight-chart__bar")) {
    if (visible(el)) out.push(["bar", el.getAttribute("class"), ratio(getComputedStyle(el).fill, el)]);
  }
  for (const el of document.querySelectorAll("main .spotlight-card")) {
    const border = getComputedStyle(el).borderTopColor;
    out.push(["border", el.getAttribute("class"), ratio(border, el.parentElement)]);
  }
  return out;
}
"""


@pytest.fixture(scope="module")
def plain_site(make_site) -> Path:
    """The site built once with ``pelican --fatal warnings`` (conftest's Site and its command line)."""
    site = make_site("plain_theme")
    site.settings = {"THEME": str(THEME), "SPOTLIGHT_WARN_BELOW_TARGET": False}
    for path, text in {"spotlight.yaml": REGISTRY, **POSTS}.items():
        site.write(path, text)
    result = site.run_pelican("--fatal", "warnings")
    assert result.returncode == 0, result.stdout + result.stderr
    return site.output


@pytest.fixture(scope="module")
def plain_server(plain_site: Path) -> Iterator[str]:
    httpd = serve(plain_site)
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}/"
    finally:
        httpd.shutdown()


@pytest.fixture
def open_page(browser, plain_server):
    """open_page(path, width, color_scheme) -> a loaded Playwright page."""
    contexts = []

    def opener(path: str, width: int = 1280, color_scheme: str = "light"):
        context = browser.new_context(viewport={"width": width, "height": 800}, color_scheme=color_scheme)
        contexts.append(context)
        page = context.new_page()
        response = page.goto(plain_server + path, wait_until="load")
        assert response is not None and response.ok, path
        return page

    yield opener
    for context in contexts:
        context.close()


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("page_name", list(PAGES))
def test_the_stylesheets_colours_meet_aa(open_page, scheme, page_name):
    page = open_page(PAGES[page_name], color_scheme=scheme)
    body = page.evaluate("() => getComputedStyle(document.body).backgroundColor")
    assert body == ("rgb(255, 255, 255)" if scheme == "light" else "rgb(18, 18, 18)")
    measured = page.evaluate(MEASURE_JS)
    kinds = {kind for kind, _, _ in measured}
    needed = {"text"} | ({"border"} if page_name == "post with cards" else set())
    needed |= {"bar"} if page_name == "report" else set()
    assert needed <= kinds, f"{page_name}: nothing measured of {needed - kinds}"
    if page_name.startswith(("report", "roundup")):
        colours = page.locator("main .is-met, main .is-below").evaluate_all(
            "els => els.map(e => getComputedStyle(e).color)"
        )
        assert colours, "the met / below colours are on the page"
    low = [
        (kind, what, round(ratio, 2))
        for kind, what, ratio in measured
        if ratio < (3.0 if kind == "border" else 4.5)
    ]
    assert not low, f"{page_name} ({scheme}): below WCAG AA: {low}"


def test_met_and_below_are_coloured_not_just_the_text_colour(open_page):
    page = open_page(PAGES["report"])
    text = page.evaluate("() => getComputedStyle(document.querySelector('main')).color")
    met, below = (
        page.locator(f"main .spotlight-chart .{c}").first.evaluate("e => getComputedStyle(e).fill")
        for c in ("is-met", "is-below")
    )
    assert len({text, met, below}) == 3, (text, met, below)


@pytest.mark.parametrize(
    ("path", "what"),
    [(PAGES["profile"], LONG_URL), ("november.html", LONG_NAME), ("october.html", LONG_NAME)],
    ids=["profile with a long URL", "card with a long name", "another card with a long name"],
)
def test_long_words_wrap_on_a_phone(open_page, path, what):
    page = open_page(path, width=360)
    assert page.locator("main").get_by_text(what, exact=True).first.is_visible()
    scroll, inner = page.evaluate("() => [document.documentElement.scrollWidth, window.innerWidth]")
    assert scroll <= inner, f"{path} at 360 px: {scroll} px wide"
