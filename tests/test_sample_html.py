"""The built sample site: the plugin's pages and cards are valid HTML5 and carry usable h-cards."""

from __future__ import annotations

import re
from pathlib import Path

import html5lib
import mf2py
import pytest

# A card ends where its body and then the card close.
CARD_RE = re.compile(r'<div class="spotlight-card .*?</div>\n</div>', re.S)


@pytest.fixture(scope="module")
def built(sample_output: Path) -> Path:
    """The sample site's output, built once per session (conftest's ``sample_build``)."""
    return sample_output


def plugin_pages(out: Path) -> list[Path]:
    return sorted((out / "spotlight").rglob("*.html"))


def test_plugin_pages_parse_as_html5_without_errors(built):
    pages = plugin_pages(built)
    assert len(pages) >= 3
    for page in pages:
        parser = html5lib.HTMLParser(strict=True)
        parser.parse(page.read_text(encoding="utf-8"))  # raises ParseError on the first error
        assert parser.errors == [], page


def cards(out: Path) -> list[tuple[Path, str]]:
    found = []
    for page in sorted(out.rglob("*.html")):
        found += [(page, m[0]) for m in CARD_RE.finditer(page.read_text(encoding="utf-8"))]
    return found


def test_cards_parse_as_html5_fragments_without_errors(built):
    all_cards = cards(built)
    assert len(all_cards) >= 5
    for page, card in all_cards:
        parser = html5lib.HTMLParser(strict=True)
        parser.parseFragment(card, container="main")
        assert parser.errors == [], page


def test_every_card_and_mention_is_an_h_card_with_name_and_url(built):
    checked = 0
    for page in sorted(built.rglob("*.html")):
        html = page.read_text(encoding="utf-8")
        if "h-card" not in html:
            continue
        items = mf2py.parse(doc=html, url="https://notes.example/")["items"]
        hcards = [i for i in _walk(items) if "h-card" in i["type"]]
        linked = html.count("spotlight-card h-card") + html.count("spotlight-mention h-card p-name u-url")
        assert all(h["properties"].get("name", [""])[0].strip() for h in hcards), page
        assert sum(1 for h in hcards if h["properties"].get("url")) >= linked, page
        checked += len(hcards)
    assert checked >= 5


def _walk(items):
    for item in items:
        yield item
        yield from _walk(item.get("children", []))
        for values in item.get("properties", {}).values():
            yield from _walk(v for v in values if isinstance(v, dict) and "type" in v)
