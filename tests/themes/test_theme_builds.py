"""Every theme of the matrix builds the sample site without warnings, and its written HTML keeps the
stylesheet promise (one link wherever there is spotlight markup) and keeps cards out of <meta> tags."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

from pelican.settings import read_settings
from pelican.utils import slugify

from pelican_spotlight.core.registry import load_registry

SAMPLE_SITE = Path(__file__).resolve().parents[2] / "sample_site"
STYLESHEET = "spotlight/spotlight.css"
KIND_LABELS = ("Person", "Organization")  # as a card prints a changemaker's kind


class PageScan(HTMLParser):
    """What the checks need from one page: spotlight markup, stylesheet links, <meta> tags."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.in_head = False
        self.spotlight_markup: list[str] = []  # the first few spotlight-* classes seen
        self.head_links: list[str] = []
        self.other_links: list[str] = []  # spotlight stylesheet links outside <head>
        self.metas: list[dict[str, str]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        if tag == "head":
            self.in_head = True
        elif tag == "body":
            self.in_head = False
        classes = [c for c in a.get("class", "").split() if c.startswith("spotlight-")]
        if classes and len(self.spotlight_markup) < 3:
            self.spotlight_markup.append(f"<{tag} class={a['class']!r}>")
        if (
            tag == "link"
            and "stylesheet" in a.get("rel", "").lower().split()
            and a.get("href", "").split("?")[0].split("#")[0].endswith(STYLESHEET)
        ):
            (self.head_links if self.in_head else self.other_links).append(a["href"])
        if tag == "meta":
            self.metas.append(a)

    handle_startendtag = handle_starttag

    def handle_endtag(self, tag: str) -> None:
        if tag == "head":
            self.in_head = False


def scan(path: Path) -> PageScan:
    parser = PageScan()
    parser.feed(path.read_text(encoding="utf-8"))
    parser.close()
    return parser


def test_the_sample_site_builds_without_warnings(theme_build):
    assert theme_build.unexpected == [], (
        f"{theme_build.theme.name}: the build logged warnings or errors (pelican --fatal warnings "
        "would stop):\n" + "\n".join(theme_build.unexpected)
    )
    # the build is the whole site: the plugin's pages and a post with a card are there
    for page in (
        "spotlight/index.html",
        "spotlight/maya-lindqvist/index.html",
        "spotlight/report/index.html",
        "pages/about.html",
        "what-maya-lindqvist-taught-me-about-emergence.html",
    ):
        assert (theme_build.output / page).is_file(), f"{theme_build.theme.name}: {page} not written"


def test_a_warning_during_a_build_is_caught(logged_build, tmp_path):
    """The recorder behind the no-warnings check hears the plugin's warnings, as --fatal would."""
    build_logged, site_class = logged_build
    _, messages = build_logged(site_class(tmp_path, {"THEME": "simple"}), SPOTLIGHT_REGISTRY="missing.yaml")
    assert any("missing.yaml" in m for m in messages), messages


def test_every_page_with_spotlight_markup_links_the_stylesheet_exactly_once(theme_build):
    pages = sorted(theme_build.output.rglob("*.html"))
    with_markup = 0
    wrong = []
    for path in pages:
        page = scan(path)
        if not page.spotlight_markup:
            continue
        with_markup += 1
        if len(page.head_links) != 1 or page.other_links:
            wrong.append(
                f"{path.relative_to(theme_build.output)}: {len(page.head_links)} link(s) to {STYLESHEET} "
                f"in <head>, {len(page.other_links)} elsewhere; markup: {', '.join(page.spotlight_markup)}"
            )
    # the check saw the pages it is about: the post with a card and the plugin's own pages
    assert with_markup >= 5, f"only {with_markup} of {len(pages)} pages have spotlight markup"
    assert wrong == [], f"{theme_build.theme.name}: {len(wrong)} page(s) of {with_markup}:\n" + "\n".join(
        wrong
    )


def _card_texts(settings: dict) -> list[tuple[str, re.Pattern[str], str | None]]:
    """(what, pattern, the page where it may appear) for text that only a card prints: a name with
    its kind label ("Maya Lindqvist Person"), and each summary (fine on that changemaker's profile,
    whose description it is)."""
    registry = load_registry(
        Path(settings["PATH"]) / settings["SPOTLIGHT_REGISTRY"],
        lambda text: slugify(text, regex_subs=settings["SLUG_REGEX_SUBSTITUTIONS"]),
        Path(settings["PATH"]),
    )
    assert len(registry) >= 5 and not registry.problems, registry.problems
    texts = []
    for cm in registry:
        labels = "|".join(KIND_LABELS)
        texts.append((f"{cm.name} + kind label", re.compile(rf"{re.escape(cm.name)}\s*(?:{labels})\b"), None))
        if cm.summary:
            profile = f"spotlight/{cm.slug}/index.html"
            summary = r"\s+".join(map(re.escape, cm.summary.split()))
            texts.append((f"summary of {cm.slug}", re.compile(summary), profile))
    return texts


def test_no_meta_tag_contains_card_text(theme_build):
    texts = _card_texts(theme_build.settings)
    found = []
    metas = 0
    for path in sorted(theme_build.output.rglob("*.html")):
        rel = path.relative_to(theme_build.output).as_posix()
        for meta in scan(path).metas:
            metas += 1
            value = " ".join(meta.values())
            for what, pattern, allowed_on in texts:
                if rel != allowed_on and pattern.search(value):
                    found.append(f"{rel}: <meta {meta}> contains the {what}")
    assert metas > 0
    assert found == [], f"{theme_build.theme.name}:\n" + "\n".join(found[:20])


def test_card_text_check_can_fail(tmp_path):
    """The meta check catches what the issue saw: a description made of a post's automatic summary
    that held a card."""
    texts = _card_texts(read_settings(str(SAMPLE_SITE / "pelicanconf.py")))
    fake = tmp_path / "post.html"
    fake.write_text(
        '<html><head><meta name="description" content="Maya Lindqvist Person learn connect '
        'Organizer and essayist writing about emergent strategy"></head><body></body></html>',
        encoding="utf-8",
    )
    value = " ".join(scan(fake).metas[0].values())
    assert [what for what, pattern, _ in texts if pattern.search(value)] == ["Maya Lindqvist + kind label"]


class LinkScan(HTMLParser):
    """Every link on a page that the plugin wrote or that leads to one of its pages: inside an element
    with a spotlight-* class (cards, mentions, the plugin's pages), or to a path with a spotlight/
    folder (a menu entry, drawn by the theme)."""

    VOID = frozenset(
        ["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"]
    )

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.open: list[bool] = []  # per open element: inside spotlight markup
        self.links: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        classes = a.get("class", "").split()
        inside = (self.open[-1] if self.open else False) or any(c.startswith("spotlight-") for c in classes)
        href = a.get("href", "")
        if tag == "a" and href and (inside or re.search(r"(^|/)spotlight/", href)):
            self.links.append(href)
        if tag not in self.VOID:
            self.open.append(inside)

    def handle_endtag(self, tag: str) -> None:
        if tag not in self.VOID and self.open:
            self.open.pop()


def test_every_plugin_link_opens_from_disk(theme_build):
    """RELATIVE_URLS = True (the sample site's): each link the plugin writes, and each menu entry for its
    pages, names a file of the build relative to the page, at every depth, so the site opened from its
    folder (file://) follows them; not a folder, which would open a listing, nor a path from the root."""
    out = theme_build.output
    wrong, checked = [], 0
    for path in sorted(out.rglob("*.html")):
        scan = LinkScan()
        scan.feed(path.read_text(encoding="utf-8"))
        for href in scan.links:
            url = href.split("#")[0].split("?")[0]
            if not url or re.match(r"[a-z][a-z0-9+.-]*:", url):  # within the page, or another site
                continue
            checked += 1
            target = (path.parent / url).resolve()
            if url.startswith("/") or not target.is_relative_to(out.resolve()) or not target.is_file():
                wrong.append(f"{path.relative_to(out)}: {href}")
    assert checked > 300, f"{theme_build.theme.name}: only {checked} links checked"
    assert wrong == [], f"{theme_build.theme.name}: {len(wrong)} links do not open from disk:\n" + "\n".join(
        sorted(set(wrong))[:20]
    )
