"""The sample site's languages in Chromium (docs/translations.md): the French subsite that
i18n_subsites builds under ``fr/``, and the whole site built with ``DEFAULT_LANG = "ar"``, right to
left, whose cards, lists and tables must mirror the English pages at 1280 and 360 px."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from screenshots import serve

SAMPLE = Path(__file__).resolve().parents[2] / "sample_site"
CARD_POST = "what-maya-lindqvist-taught-me-about-emergence.html"
PROFILE = "spotlight/maya-lindqvist/index.html"
REPORT = "spotlight/report/index.html"
WIDTHS = [1280, 360]

# Where things sit, in CSS px: the first card's picture against its card, a backlink against its list,
# and a report table's first row header text against its cell (a phone's table hides its column
# headers); the first and last column header of that table.
MEASURE_JS = """
() => {
  const box = (el) => el.getBoundingClientRect();
  const textBox = (el) => {
    const r = document.createRange(); r.selectNodeContents(el); return r.getBoundingClientRect(); };
  const card = document.querySelector("main .spotlight-card:has(img)");
  const list = document.querySelector("main .spotlight-backlinks");
  const table = document.querySelector("main .spotlight-table");
  const out = {dir: getComputedStyle(document.documentElement).direction,
               scroll: document.documentElement.scrollWidth, inner: window.innerWidth};
  if (card) { const c = box(card), i = box(card.querySelector("img"));
    out.card = {start: i.left - c.left, end: c.right - i.right}; }
  if (list) { const l = box(list), i = box(list.querySelector("li"));
    out.list = {left: i.left - l.left, right: l.right - i.right}; }
  if (table) { const th = table.querySelector("tbody th"), c = box(th), t = textBox(th);
    const heads = [...table.querySelectorAll("thead th")].map(box);
    out.table = {left: t.left - c.left, right: c.right - t.right,
                 firstX: heads[0].left, lastX: heads[heads.length - 1].left,
                 caption: getComputedStyle(table.querySelector("caption")).textAlign}; }
  return out;
}
"""


@pytest.fixture(scope="module")
def arabic_output(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sample site with ``DEFAULT_LANG = "ar"`` (no catalog: the words stay English, the layout
    turns right to left), built by Pelican's command line with ``--fatal warnings``; without the
    French subsite and its posts, which would be a second original of each post there, and without
    the folders' languages, so every post is in the site's language (at its usual URL)."""
    blog = tmp_path_factory.mktemp("arabic") / "blog"
    shutil.copytree(SAMPLE, blog, ignore=shutil.ignore_patterns("output", "cache", "__pycache__"))
    result = subprocess.run(
        [sys.executable, "-m", "pelican", "content", "-s", "pelicanconf.py", "-o", "output",
         "--fatal", "warnings", "-e", 'DEFAULT_LANG="ar"', 'PLUGINS=["pelican_spotlight"]',
         'ARTICLE_EXCLUDES=["posts/fr"]', "EXTRA_PATH_METADATA={}"],
        cwd=blog, capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr
    return blog / "output"


class Opened:
    """A page of the Arabic build, with the errors it logged or the requests that failed."""

    def __init__(self, browser, url: str, width: int) -> None:
        self.context = browser.new_context(viewport={"width": width, "height": 800})
        self.page = self.context.new_page()
        self.errors: list[str] = []
        self.page.on("console", lambda m: m.type == "error" and self.errors.append(m.text))
        self.page.on(
            "response", lambda r: r.status >= 400 and self.errors.append(f"HTTP {r.status}: {r.url}")
        )
        response = self.page.goto(url, wait_until="load")
        assert response is not None and response.ok, url


@pytest.fixture(scope="module")
def arabic(browser, arabic_output: Path) -> Iterator:
    """arabic(path, width) -> an ``Opened`` page of the Arabic build."""
    httpd = serve(arabic_output)
    base = f"http://127.0.0.1:{httpd.server_address[1]}/"
    opened: list[Opened] = []

    def open_page(path: str, width: int = 1280) -> Opened:
        opened.append(Opened(browser, base + path, width))
        return opened[-1]

    try:
        yield open_page
    finally:
        for o in opened:
            o.context.close()
        httpd.shutdown()


@pytest.mark.parametrize("width", WIDTHS)
def test_right_to_left_pages_mirror_cards_lists_and_tables(visit, arabic, width):
    for path in (CARD_POST, PROFILE, REPORT):
        ltr_page, rtl_page = visit(path, width=width), arabic(path, width=width)
        ltr, rtl = ltr_page.page.evaluate(MEASURE_JS), rtl_page.page.evaluate(MEASURE_JS)
        assert (ltr["dir"], rtl["dir"]) == ("ltr", "rtl")
        assert rtl["scroll"] <= rtl["inner"], f"{path} at {width} px: {rtl['scroll']} px wide"
        if "card" in ltr:  # the picture at the start of the card: left in English, right in Arabic
            assert ltr["card"]["start"] < ltr["card"]["end"] and rtl["card"]["start"] > rtl["card"]["end"]
        if "list" in ltr:  # the list's indent on the side its lines start
            assert ltr["list"]["left"] > ltr["list"]["right"] and rtl["list"]["right"] > rtl["list"]["left"]
        if "table" in ltr:  # header text at the cell's start; the first column at the start of the row
            assert (
                ltr["table"]["left"] < ltr["table"]["right"] and rtl["table"]["right"] < rtl["table"]["left"]
            )
            assert rtl["table"]["caption"] == ltr["table"]["caption"] == "start"
            if width == 1280:
                assert ltr["table"]["firstX"] < ltr["table"]["lastX"]
                assert rtl["table"]["firstX"] > rtl["table"]["lastX"]
        assert not rtl_page.errors, rtl_page.errors


def test_each_measurement_found_its_element(visit):
    """The mirror test above measures each of the three on the pages it opens."""
    found = {key for path in (CARD_POST, PROFILE, REPORT) for key in visit(path).page.evaluate(MEASURE_JS)}
    assert {"card", "list", "table"} <= found


# -- the French subsite --------------------------------------------------------------------------


@pytest.mark.parametrize("width", WIDTHS)
def test_the_french_subsite_pages_are_french_and_fit(visit, sample_output, width):
    pages = sorted(p.relative_to(sample_output).as_posix() for p in (sample_output / "fr").rglob("*.html"))
    assert "fr/spotlight/index.html" in pages and "fr/spotlight/report/index.html" in pages
    v = visit("fr/spotlight/index.html", width=width)
    page = v.page
    assert page.evaluate("() => document.documentElement.lang") == "fr"
    assert page.locator("main h1, main h2").first.is_visible()
    assert page.locator("main").get_by_text("Liste prioritaire", exact=False).first.is_visible()
    assert "apprendre" in page.locator("main .spotlight-why").all_inner_texts()
    for path in ("fr/spotlight/report/index.html", "fr/spotlight/roundups/2026-11/index.html",
                 "fr/commons-kitchens-winter-drive.html"):  # fmt: skip
        v.open(path)
        scroll, inner = page.evaluate("() => [document.documentElement.scrollWidth, window.innerWidth]")
        assert scroll <= inner, f"{path} at {width} px: {scroll} px wide"
    share = page.locator("main .share-list__text").first.inner_text()  # the last page: a French post
    assert "\n\nAvec @kitchen@social.example et Juniper Library Project\n\n" in share
    assert not v.errors, v.errors


def test_the_french_report_counts_the_french_posts_and_the_same_social_posts(visit, sample_output):
    main = json.loads((sample_output / "spotlight" / "report.json").read_text(encoding="utf-8"))
    french = json.loads((sample_output / "fr" / "spotlight" / "report.json").read_text(encoding="utf-8"))
    translated = sorted(p.name for p in (SAMPLE / "content" / "posts" / "fr").glob("*.md"))
    assert len(french["articles"]) == len(translated) == 4
    assert len(main["articles"]) == 27
    social = {name: tally for name, tally in main["channels"].items() if name != "blog"}
    assert {name: t for name, t in french["channels"].items() if name != "blog"} == social
    page = visit("fr/spotlight/report/index.html").page
    totals = page.locator("main .spotlight-report__totals").inner_text()
    blog = french["channels"]["blog"]
    assert f"{blog['others']} articles sur les autres, {blog['self']} sur vous-même" in " ".join(
        totals.split()
    )


def test_a_french_profile_shows_the_french_summary_and_the_english_one_stays_english(visit):
    french = visit("fr/spotlight/ana-souza/index.html").page.locator("main .spotlight-profile__summary")
    english = visit("spotlight/ana-souza/index.html").page.locator("main .spotlight-profile__summary")
    assert french.inner_text().startswith("Organisatrice climat")
    assert english.inner_text().startswith("Youth climate organizer")
