"""Screenshots for the README and the documentation: ``make screenshots``.

Serves ``sample_site/output`` (built by ``make site``) on 127.0.0.1 and photographs a few pages with
headless Chromium through Playwright. A page that this build does not have (the report page before
it lands, say) is skipped with a message, not an error.

``--start DIR`` photographs the getting-started guide instead: a new blog in Pelican's default theme,
before the plugin and after the README's five minutes (its registry and post, read from the README),
with what ``pelican content`` printed shown as a terminal.
"""

from __future__ import annotations

import argparse
import functools
import html
import http.server
import os
import shutil
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

import readme_example  # beside this file

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]

# (output PNG, page in the built site, viewport width)
SHOTS = [
    ("article.png", "what-maya-lindqvist-taught-me-about-emergence.html", 1100),
    ("profile.png", "spotlight/maya-lindqvist/index.html", 1100),
    ("report.png", "spotlight/report/index.html", 1100),
    ("directory.png", "spotlight/index.html", 1100),
    ("directory-fr.png", "fr/spotlight/index.html", 1100),  # the French subsite (docs/translations.md)
    ("article-phone.png", "a-kitchen-that-feeds-a-neighborhood.html", 360),
    # (…, CSS selector): only that part of the page
    ("report-channels.png", "spotlight/report/index.html", 1100, ".spotlight-report__channels"),
    ("article-share.png", "storytellers-in-my-network.html", 1100, ".post__share"),
]
# (output PNG, page, viewport width, CSS selector): one section of a page, photographed on its own.
SECTIONS = [
    ("report-meet.png", "spotlight/report/index.html", 1100, "section.spotlight-meet"),
]


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format, *args):
        pass


def serve(directory: Path) -> http.server.ThreadingHTTPServer:
    """A quiet HTTP server for a built site on a free port of 127.0.0.1 (the browser tests use it too)."""
    handler = functools.partial(QuietHandler, directory=str(directory))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


# The getting-started guide's blog: what pelican-quickstart writes, less its example links.
START_SETTINGS = """\
AUTHOR = "Sam Rivera"
SITENAME = "Organizing Notes"
SITEURL = ""
PATH = "content"
TIMEZONE = "UTC"
DEFAULT_LANG = "en"
FEED_ALL_ATOM = None
CATEGORY_FEED_ATOM = None
TRANSLATION_FEED_ATOM = None
AUTHOR_FEED_ATOM = None
AUTHOR_FEED_RSS = None
LINKS = ()
SOCIAL = ()
DEFAULT_PAGINATION = 10
"""
START_POST = """\
Title: A year of organizing notes
Date: 2026-10-01

What I learned this year about running meetings that people want to come back to, and what I
want to try next.
"""
# (output PNG, page of the blog after the five minutes); the first is taken before them.
START_SHOTS = [
    ("start-2-directory.png", "spotlight/index.html"),
    ("start-3-post.png", "who-taught-me-about-emergence.html"),
    ("start-5-profile.png", "spotlight/adrienne-example/index.html"),
    ("start-5-report.png", "spotlight/report/index.html"),
]
TERMINAL = """<!doctype html><meta charset="utf-8"><title>pelican content</title>
<body style="margin:0;background:#1e1e1e"><pre style="margin:0;padding:16px 20px;color:#e8e8e8;
font:14px/1.45 'DejaVu Sans Mono',monospace;white-space:pre-wrap">{}</pre></body>"""


def build_blog(blog: Path, plugins: list[str]) -> str:
    """Build ``blog`` with ``pelican content`` as its author would; return what it printed."""
    conf = START_SETTINGS + f"PLUGINS = {plugins!r}\n"
    (blog / "pelicanconf.py").write_text(conf, encoding="utf-8")
    env = {**os.environ, "COLUMNS": "96", "TERM": "dumb"}
    result = subprocess.run(
        [sys.executable, "-m", "pelican", "content"], cwd=blog, env=env, capture_output=True, text=True
    )
    if result.returncode:
        raise SystemExit(
            f"screenshots: the getting-started blog did not build:\n{result.stdout}{result.stderr}"
        )
    return result.stdout + result.stderr


def start_guide(out: Path, browser) -> None:
    """The getting-started guide's pictures, one or two per step, from a blog made on the spot."""
    with tempfile.TemporaryDirectory(prefix="spotlight-start-") as folder:
        blog = Path(folder)
        (blog / "content").mkdir()
        (blog / "content" / "hello.md").write_text(START_POST, encoding="utf-8")
        build_blog(blog, [])
        shots = [("start-1-blog.png", "index.html")]
        shoot(browser, blog / "output", out, shots)
        for path, text in readme_example.files().items():
            (blog / path).write_text(text, encoding="utf-8")
        printed = build_blog(blog, ["pelican_spotlight"])
        (blog / "output" / "terminal.html").write_text(
            TERMINAL.format(html.escape("$ pelican content\n" + printed.rstrip())), encoding="utf-8"
        )
        shoot(browser, blog / "output", out, [*START_SHOTS, ("start-4-build.png", "terminal.html", "pre")])


def shoot(browser, site: Path, out: Path, shots: list[tuple], width: int = 1000) -> None:
    """Photograph pages of ``site``: (PNG, page) or (PNG, page, CSS selector of the part to take)."""
    server = serve(site)
    base = f"http://127.0.0.1:{server.server_address[1]}/"
    try:
        for name, page_path, *part in shots:
            page = browser.new_page(viewport={"width": width, "height": 760}, device_scale_factor=1)
            page.goto(base + page_path, wait_until="networkidle")
            target = out / name
            if part:
                page.locator(part[0]).screenshot(path=str(target))
            else:
                page.screenshot(path=str(target))
            page.close()
            print(f"screenshots: wrote {target}")
    finally:
        server.shutdown()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--site", type=Path, default=ROOT / "sample_site" / "output")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "images")
    parser.add_argument("--dark", action="store_true", help="also shoot each page in dark mode")
    parser.add_argument("--only", nargs="*", help="only these PNG names")
    parser.add_argument(
        "--start", type=Path, metavar="DIR", help="the getting-started guide's pictures, into DIR"
    )
    args = parser.parse_args(argv)

    if not Path(CHROMIUM).exists():
        print(
            f"screenshots: {CHROMIUM} not found; install it with: apt-get install -y chromium",
            file=sys.stderr,
        )
        return 1
    from playwright.sync_api import sync_playwright

    if args.start:
        args.start.mkdir(parents=True, exist_ok=True)
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            start_guide(args.start, browser)
            browser.close()
        return 0
    args.out.mkdir(parents=True, exist_ok=True)
    server = serve(args.site)
    base = f"http://127.0.0.1:{server.server_address[1]}/"
    schemes = ["light", "dark"] if args.dark else ["light"]
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            for name, page_path, width, *part in [*SHOTS, *SECTIONS]:
                if args.only and name not in args.only:
                    continue
                if not (args.site / page_path).exists():
                    print(f"screenshots: skipped {name}: {page_path} is not in this build")
                    continue
                for scheme in schemes:
                    page = browser.new_page(
                        viewport={"width": width, "height": 900},
                        device_scale_factor=1,
                        color_scheme=scheme,
                    )
                    page.goto(base + page_path, wait_until="networkidle")
                    # lazy images in view load after "load": wait for every one on screen
                    page.wait_for_function(
                        "() => Array.from(document.images)"
                        ".filter(i => i.getBoundingClientRect().top < innerHeight)"
                        ".every(i => i.complete && i.naturalWidth > 0)"
                    )
                    target = args.out / (name if scheme == "light" else name.replace(".png", "-dark.png"))
                    if part:
                        page.locator(part[0]).screenshot(path=str(target))
                    else:
                        page.screenshot(path=str(target), full_page=False)
                    page.close()
                    print(f"screenshots: wrote {target}")
            browser.close()
    finally:
        server.shutdown()
    return 0


if __name__ == "__main__":
    sys.exit(main())
