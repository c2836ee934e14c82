"""Whether a built site loads anything from another site: ``python tools/docs_offline.py build/docs-site``.

A page may link anywhere, but what a browser fetches by itself when it opens a page (scripts,
stylesheets, fonts, pictures, frames, icons, preconnects) must come from the site's own folder, so the
documentation works offline and tells no one who reads it. Checked: every ``src``, ``srcset``,
``poster`` and ``data`` attribute and every ``<link>`` but plain links (``rel`` of ``alternate``,
``canonical``, ``next``, ``prev``, ``author``, ``license``…) in the HTML, and every ``url(…)`` and
``@import`` in the CSS. Exit 1, with each one found, when there is any.
"""

from __future__ import annotations

import re
import sys
from html.parser import HTMLParser
from pathlib import Path

EXTERNAL = re.compile(r"^\s*(?:https?:)?//", re.I)
# <link rel="…"> values that make the browser fetch (or connect) by itself.
FETCHING_RELS = {"stylesheet", "icon", "shortcut", "apple-touch-icon", "manifest", "preload", "prefetch",
                 "modulepreload", "preconnect", "dns-prefetch", "mask-icon"}  # fmt: skip
LOADING_ATTRIBUTES = {"src", "poster", "data", "srcset", "background"}
CSS_URL = re.compile(r"""url\(\s*['"]?([^'")]+)|@import\s+['"]([^'"]+)""", re.I)


class Loads(HTMLParser):
    """The external addresses an HTML page would load."""

    def __init__(self) -> None:
        super().__init__()
        self.found: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {k: v or "" for k, v in attrs}
        if tag == "link" and FETCHING_RELS & set(values.get("rel", "").lower().split()):
            self._check(tag, values.get("href", ""))
        for name in LOADING_ATTRIBUTES & set(values):
            for part in values[name].split(","):  # srcset: "a.png 1x, b.png 2x"
                self._check(tag, part.strip().split(" ")[0])
        if "style" in values:
            for match in CSS_URL.finditer(values["style"]):
                self._check(tag, match[1] or match[2])

    def handle_data(self, data: str) -> None:
        if self.lasttag == "style":
            for match in CSS_URL.finditer(data):
                self._check("style", match[1] or match[2])

    def _check(self, tag: str, url: str) -> None:
        if EXTERNAL.match(url):
            self.found.append(f"<{tag}> {url}")


def external_loads(site: Path) -> list[str]:
    """``file: what`` for each external address a page or stylesheet of ``site`` would load."""
    found = []
    for path in sorted(site.rglob("*")):
        if path.suffix == ".html":
            parser = Loads()
            parser.feed(path.read_text(encoding="utf-8", errors="replace"))
            found += [f"{path.relative_to(site)}: {what}" for what in parser.found]
        elif path.suffix == ".css":
            text = path.read_text(encoding="utf-8", errors="replace")
            for match in CSS_URL.finditer(text):
                url = match[1] or match[2]
                if EXTERNAL.match(url):
                    found.append(f"{path.relative_to(site)}: {url}")
    return found


def main(argv: list[str]) -> int:
    if len(argv) != 1 or not Path(argv[0]).is_dir():
        print("usage: python tools/docs_offline.py BUILT_SITE_FOLDER", file=sys.stderr)
        return 2
    found = external_loads(Path(argv[0]))
    for item in found:
        print(f"docs_offline: loads from another site: {item}", file=sys.stderr)
    if found:
        return 1
    pages = sum(1 for _ in Path(argv[0]).rglob("*.html"))
    print(f"docs_offline: {pages} pages, nothing loaded from another site")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
