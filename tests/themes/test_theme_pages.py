"""Every plugin page (the directory, a profile, the report, the roundups archive, a roundup) and two
posts with cards, in every theme of the matrix at 1280 and 360 px, measured in Chromium: nothing of the
plugin's is wider than the theme's column, no table column is out of sight (long names wrap; in a narrow
column each row becomes a block), chart text renders at 11 to 16 CSS px, each card's picture sits round
in its card's corner with the text beside or below it, and each roundup entry reads as one line of text
whatever the theme's text-align. Whole-page screenshots land in build/theme-screenshots/."""

from __future__ import annotations

from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
SCREENSHOTS = HERE.parents[1] / "build" / "theme-screenshots"  # git ignores build/
MEASURE_JS = (HERE / "measure_page.js").read_text(encoding="utf-8")

WIDTHS = (1280, 360)
PAGES = {
    "directory": "spotlight/index.html",
    "profile": "spotlight/maya-lindqvist/index.html",
    "report": "spotlight/report/index.html",
    "roundups": "spotlight/roundups/index.html",
    "roundup": "spotlight/roundups/2026-05/index.html",  # a month with a "new" badge
    "post": "what-maya-lindqvist-taught-me-about-emergence.html",  # a full card
    "network": "why-i-keep-a-focus-list.html",  # a {% network %} list of cards
}
CHART_TEXT = (11.0, 16.0)  # CSS px, as rendered
# photographed whole (a full-page screenshot takes a while; test_theme_browser.py photographs the top of
# the post, the directory and the report)
PHOTOGRAPHED = ("report", "roundup", "network")


def wait_for_images(page) -> None:
    """Every picture loaded, lazy ones too (made eager: their boxes are sized by width and height
    either way), so screenshots and boxes are final."""
    page.evaluate("() => { for (const i of document.images) i.loading = 'eager'; }")
    page.wait_for_function(
        "() => Array.from(document.images).every(i => i.complete || !i.getClientRects().length)",
        timeout=10_000,
    )


@pytest.fixture(scope="session")
def layout(theme_build, theme_visit):
    """layout(page, width) -> the measures of measure_page.js on that page of the theme's build, once
    per theme, page and width; PHOTOGRAPHED pages are photographed whole as they are measured."""
    theme = theme_build.theme
    cache: dict[tuple[str, int], dict] = {}

    def measure(which: str, width: int) -> dict:
        if (which, width) not in cache:
            v = theme_visit(PAGES[which], width)
            try:
                wait_for_images(v.page)
                if which in PHOTOGRAPHED:
                    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
                    shot = SCREENSHOTS / f"{theme.name}-{which}-{width}-full.png"
                    v.page.screenshot(path=str(shot), full_page=True)
                cache[(which, width)] = v.page.evaluate(MEASURE_JS, theme.post_column)
            finally:
                v.close()
        return cache[(which, width)]

    return measure


def _got(theme_build, layout, which: str, width: int) -> dict:
    got = layout(which, width)
    assert "error" not in got, f"{theme_build.theme.name} {width}px {which}: {got.get('error')}"
    return got


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("which", list(PAGES))
def test_nothing_is_wider_than_the_column_and_no_data_is_out_of_sight(theme_build, layout, which, width):
    got = _got(theme_build, layout, which, width)
    where = f"{theme_build.theme.name} {width}px {which}"
    assert got["page"] == (which not in ("post", "network")), f"{where}: the plugin's page body is missing"
    assert got["wide"] == [], f"{where}: wider than the column:\n" + "\n".join(got["wide"])
    assert got["hidden"] == [], f"{where}: out of sight:\n" + "\n".join(got["hidden"])
    if which == "report":
        assert len(got["tables"]) >= 4, f"{where}: the report's tables were not measured: {got['tables']}"
        if width == 360:  # a phone's column is too narrow for five columns: rows become blocks
            assert all(t["rowsAsBlocks"] for t in got["tables"]), f"{where}: {got['tables']}"


@pytest.mark.parametrize("width", WIDTHS)
def test_chart_text_renders_between_11_and_16_px(theme_build, layout, width):
    got = _got(theme_build, layout, "report", width)
    sizes = got["chartText"]
    charts = {t["chart"] for t in sizes}
    assert len(charts) >= 3, f"{theme_build.theme.name} {width}px: charts measured: {charts}"
    low, high = CHART_TEXT
    wrong = [t for t in sizes if not low <= t["px"] <= high]
    assert wrong == [], (
        f"{theme_build.theme.name} {width}px: chart text outside {low}-{high} px "
        f"(of {len(sizes)}): {wrong[:8]}"
    )


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("which", ["directory", "post", "network", "profile"])
def test_cards_keep_their_layout_in_the_theme(theme_build, layout, which, width):
    """Whatever the theme does to img, li, text-align and floats: each card is as wide as what holds it,
    its picture is a circle in its padding corner, and its text sits beside it (or below, on a phone)."""
    got = _got(theme_build, layout, which, width)
    cards = got["cards"]
    if which != "profile":
        assert cards, f"{theme_build.theme.name} {width}px {which}: no card measured"
    wrong = [f"{c['card']}: {p}" for c in cards for p in c["problems"]]
    assert wrong == [], f"{theme_build.theme.name} {width}px {which}:\n" + "\n".join(wrong[:10])


@pytest.mark.parametrize("width", WIDTHS)
def test_roundup_entries_read_as_lines_of_text(theme_build, layout, width):
    got = _got(theme_build, layout, "roundup", width)
    assert got["roundupEntries"] >= 2, f"{theme_build.theme.name}: {got['roundupEntries']} entries measured"
    assert got["entries"] == [], f"{theme_build.theme.name} {width}px:\n" + "\n".join(got["entries"])
