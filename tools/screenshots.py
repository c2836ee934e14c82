"""Screenshots of the sample site for the README: ``make screenshots``.

Serves ``sample_site/output`` (built by ``make site``) on 127.0.0.1 and photographs a few pages with
headless Chromium through Playwright. A page that this build does not have (the report page before
it lands, say) is skipped with a message, not an error.
"""

from __future__ import annotations

import argparse
import functools
import http.server
import shutil
import sys
import threading
from pathlib import Path

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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--site", type=Path, default=ROOT / "sample_site" / "output")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "images")
    parser.add_argument("--dark", action="store_true", help="also shoot each page in dark mode")
    parser.add_argument("--only", nargs="*", help="only these PNG names")
    args = parser.parse_args(argv)

    if not Path(CHROMIUM).exists():
        print(
            f"screenshots: {CHROMIUM} not found; install it with: apt-get install -y chromium",
            file=sys.stderr,
        )
        return 1
    from playwright.sync_api import sync_playwright

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
