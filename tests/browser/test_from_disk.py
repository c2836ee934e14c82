"""The sample site (RELATIVE_URLS = True) opened from its folder, as a file:// URL, the way a blogger
previews a build without a server: every link the plugin writes (cards, mentions, network lists, the
directory, profiles, the report, roundups, menu entries), on pages at every depth, leads to a file that
exists. A link to a folder would open a listing of it, and a link from the root (/spotlight/) would
leave the site for the disk's root."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest

# pages at every depth: the site's root, a page, a profile, the report, a roundup
PAGES = [
    "index.html",
    "what-maya-lindqvist-taught-me-about-emergence.html",  # a card and mentions
    "why-i-keep-a-focus-list.html",  # a network list
    "pages/about.html",
    "spotlight/index.html",
    "spotlight/maya-lindqvist/index.html",
    "spotlight/report/index.html",
    "spotlight/roundups/index.html",
    "spotlight/roundups/2026-11/index.html",
]

# Links the plugin wrote: inside its markup (every class it writes starts with spotlight-), and any
# other link to one of its pages (a menu entry, the theme's own).
PLUGIN_LINKS_JS = """
() => [...document.querySelectorAll('a[href]')]
  .filter(a => a.closest('[class*="spotlight-"]') || /(^|\\/)spotlight\\//.test(a.getAttribute('href')))
  .map(a => ({href: a.href, raw: a.getAttribute('href'), text: a.textContent.trim().slice(0, 40)}))
"""


def _file(url: str) -> Path:
    return Path(unquote(urlsplit(url).path))


@pytest.fixture(scope="module")
def links_from_disk(browser, sample_output: Path) -> dict[str, list[dict]]:
    """Each page opened as file://, and the plugin's links on it (resolved by the browser)."""
    found = {}
    context = browser.new_context()
    try:
        page = context.new_page()
        for path in PAGES:
            assert (sample_output / path).is_file(), f"{path} is not built"
            page.goto((sample_output / path).as_uri(), wait_until="load")
            found[path] = page.evaluate(PLUGIN_LINKS_JS)
    finally:
        context.close()
    return found


@pytest.mark.parametrize("path", PAGES)
def test_every_plugin_link_names_a_file_that_exists(links_from_disk, sample_output, path):
    links = [link for link in links_from_disk[path] if link["href"].startswith("file:")]
    assert links, f"{path}: no link of the plugin's found"
    root = sample_output.resolve()
    wrong = []
    for link in links:
        target = _file(link["href"])
        if not target.resolve().is_relative_to(root):
            wrong.append(f"{link['raw']} ({link['text']}) leaves the site: {target}")
        elif not target.is_file():
            wrong.append(f"{link['raw']} ({link['text']}) is {'a folder' if target.is_dir() else 'missing'}")
    assert wrong == [], f"{path}:\n" + "\n".join(wrong)


def test_following_each_plugin_link_from_disk_lands_on_a_page(browser, links_from_disk, sample_output):
    """Each distinct link, followed in Chromium: the page it opens is the plugin's or Pelican's HTML, not
    a folder listing, and nothing on the way fails."""
    targets = sorted(
        {
            link["href"].split("#")[0]
            for links in links_from_disk.values()
            for link in links
            if link["href"].startswith("file:")
        }
    )
    assert len(targets) >= 20, targets
    context = browser.new_context()
    failed = []
    try:
        page = context.new_page()
        page.on("requestfailed", lambda r: failed.append((r.url, r.failure)))
        landed = []
        for url in targets:
            page.goto(url, wait_until="load")
            title = page.title()
            if title.startswith("Index of") or not page.locator("body *").count():
                landed.append(f"{url}: {title!r}")
    finally:
        context.close()
    assert landed == [], "\n".join(landed)
    # Chromium fetches a page's icon after "load" and cancels the fetch (net::ERR_ABORTED) when the next
    # goto starts; a cancelled fetch of a file that exists is not a broken link. A missing file fails
    # with its own error (net::ERR_FILE_NOT_FOUND), and an aborted fetch of a missing file still counts.
    broken = [
        f"{url}: {failure}"
        for url, failure in failed
        if not (failure == "net::ERR_ABORTED" and url.startswith("file:") and _file(url).is_file())
    ]
    assert broken == [], "\n".join(broken[:10])
