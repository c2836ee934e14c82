"""Registry and title text never becomes markup (issue #23): the drafts the plugin writes, the demo
theme's titles, and the Markdown report.

Themes print a post's title in one of four ways, ``{{ title }}`` (Pelican's environment does not
autoescape), ``{{ title|e }}``, ``{{ title|striptags }}`` and ``{{ title|striptags|e }}``, in text and
in attributes. ``|striptags`` also turns character references back into characters, so a title that
holds ``&lt;script&gt;`` prints a live ``<script>``: the control test below shows it, and that the
audit sees it. Each draft is built in a real site whose article template prints its title all four
ways, and the result is parsed: no element and no attribute may come from a name.
"""

from __future__ import annotations

import json
from html import escape, unescape
from html.parser import HTMLParser
from pathlib import Path

import pytest
from guard import PAYLOAD, html_problems, markup_warnings
from markupsafe import Markup

from pelican_spotlight import THEME_PATH
from pelican_spotlight.cli.main import main
from pelican_spotlight.core.text import plain_text

# Names as an attacker or a careless copy-paste would write them, and names that must read well.
ZED = "Zed </title><script>alert('xss')</script><xss-probe data-xss-probe=1>"
REFERENCES = "Quin &lt;/title&gt;&lt;xss-probe data-xss-probe=1&gt; &#60;xss-probe&#62; &ltxss-probe"
QUOTES = 'Dwayne "The Rock" O\'Brien" onmouseover=xss() data-xss-q="'
ORDINARY = "AT&T Research & Co"
NAMES = {"zed": ZED, "quin": REFERENCES, "rock": QUOTES, "att": ORDINARY, "payload": PAYLOAD}
# The registry's own warning, for each name with '<' or '>' (registry(): three lines an entry).
MARKUP_IN_NAMES = [
    (f"spotlight.yaml:{1 + 3 * i}", "name") for i, name in enumerate(NAMES.values()) if {"<", ">"} & set(name)
]

IDIOMS = {
    "raw": "{{ article.title }}",
    "e": "{{ article.title|e }}",
    "striptags": "{{ article.title|striptags }}",
    "striptags-e": "{{ article.title|striptags|e }}",
}
# A draft's page prints its title each way, in text and in a double- and a single-quoted attribute,
# its summary as a theme's <meta name="description"> does, and its content; other posts (whose
# titles are their author's own HTML) print nothing of theirs.
ARTICLE = (
    '{% if article.status == "draft" %}'
    "<!DOCTYPE html><html><head><title>{{ article.title|striptags }}</title>"
    '<meta name="description" content="{{ article.summary|striptags }}"></head><body>'
    + "".join(
        f'<p class="{name}" title="{idiom}" data-single=\'{idiom}\'>{idiom}</p>'
        for name, idiom in IDIOMS.items()
    )
    + '<div class="content">{{ article.content }}</div></body></html>'
    "{% else %}<!DOCTYPE html><html><head><title>post</title></head><body>post</body></html>{% endif %}"
)


class _ByClass(HTMLParser):
    """The elements of a page, and the text of each ``<p class=…>``, as a browser would parse them."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: dict[str, str] = {}
        self._open: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        if tag == "p":
            self._open = dict(attrs).get("class") or ""

    def handle_endtag(self, tag: str) -> None:
        if tag == "p":
            self._open = None

    def handle_data(self, data: str) -> None:
        if self._open:
            self.text[self._open] = self.text.get(self._open, "") + data


def parsed(html: str) -> _ByClass:
    parser = _ByClass()
    parser.feed(html)
    parser.close()
    return parser


def title_idioms(html: str, title: str) -> dict[str, str]:
    """The title as each idiom shows it, after checking that none made an element or an attribute:
    the four paragraphs hold text only, with the template's attributes, and the audit finds nothing."""
    page = parsed(html)
    assert html_problems(html) == []
    head = page.tags[: page.tags.index(("body", {}))]
    assert [tag for tag, _ in head if tag != "link"] == ["html", "head", "title", "meta"], (
        head
    )  # link: the CSS
    assert set(head[3][1]) == {"name", "content"}
    body = page.tags[page.tags.index(("body", {})) + 1 :]
    paragraphs = body[: body.index(("div", {"class": "content"}))]  # then the draft's own content
    assert [attrs["class"] for _, attrs in paragraphs] == list(IDIOMS)
    for _, attrs in paragraphs:
        assert set(attrs) == {"class", "title", "data-single"}, attrs
        assert attrs["data-single"] == attrs["title"]  # the name closed neither quote
    return {name: page.text[name] for name in IDIOMS}


@pytest.fixture
def idioms(tmp_path: Path) -> Path:
    """A template override printing a draft's title each way."""
    folder = tmp_path / "idioms"
    folder.mkdir()
    (folder / "article.html").write_text(ARTICLE, encoding="utf-8")
    return folder


def registry() -> str:
    return "".join(
        f"- name: {json.dumps(name)}\n  slug: {slug}\n  tags: [{json.dumps(name)}, shared]\n"
        for slug, name in NAMES.items()
    )


def shown(text: str) -> str:
    """How a browser shows ``plain_text(text)`` printed raw: the text, with look-alikes."""
    return unescape(plain_text(text))


def test_the_striptags_idiom_turns_references_into_live_markup(guarded, idioms):
    """The control: a title holding character references (the form drafts used to write) gives a
    live element through ``|striptags``, so the checks below can fail."""
    guarded.write(
        "posts/p.md",
        "Title: Zed &lt;xss-probe data-xss-probe=1&gt;\nDate: 2026-01-05\nStatus: draft\nSlug: p\n\nHi.\n",
    )
    guarded.site.build(THEME_TEMPLATES_OVERRIDES=[str(idioms)])  # unguarded: this page is unsafe
    html = guarded.read("drafts/p.html")
    assert ("xss-probe", {"data-xss-probe": "1"}) in parsed(html).tags
    assert "injected element <xss-probe>" in html_problems(html)


@pytest.mark.parametrize("other", [slug for slug in NAMES if slug != "zed"])
def test_an_introduction_draft_keeps_names_text_through_every_idiom(
    guarded, idioms, other, monkeypatch, capsys
):
    guarded.write("spotlight.yaml", registry())
    guarded.write("posts/p.md", "Title: P\nDate: 2026-01-05\n\n{% spotlight zed %}\n")
    monkeypatch.chdir(guarded.root)
    guarded.write_conf()
    assert main(["suggest", "-s", "pelicanconf.py", "--draft", "zed", other]) == 0, capsys.readouterr().err
    draft = (guarded.content / f"spotlight-meet-zed-{other}.md").read_text(encoding="utf-8")
    title = f"People who should meet: {plain_text(ZED)} and {plain_text(NAMES[other])}"
    assert draft.splitlines()[0] == f"Title: {title}"

    result = guarded.build(THEME=THEME_PATH, THEME_TEMPLATES_OVERRIDES=[str(idioms)])  # audits every page
    assert markup_warnings(result.messages) == MARKUP_IN_NAMES  # and nothing else is said
    text = title_idioms(result.page(f"drafts/spotlight-meet-zed-{other}.html"), title)
    readable = f"People who should meet: {shown(ZED)} and {shown(NAMES[other])}"
    assert text["raw"] == text["striptags-e"] == readable  # as a reader sees it: the name, look-alikes aside
    assert all(
        shown_as.startswith(f"People who should meet: {shown(ZED)} and ") for shown_as in text.values()
    ), text
    if other == "att":  # an ordinary '&' reads well in every idiom
        assert text["e"] == text["striptags"] == readable
        assert readable.endswith(" and AT&T Research & Co")
    content = result.visible_text(f"drafts/spotlight-meet-zed-{other}.html")
    assert shown(ZED) in content and shown(NAMES[other]) in content


def test_a_roundup_draft_keeps_names_and_titles_text(guarded, idioms, monkeypatch, capsys):
    guarded.write("spotlight.yaml", registry())
    cards = "\n\n".join(f"{{% spotlight {slug} %}}" for slug in NAMES)
    guarded.write("posts/p.md", f"Title: {REFERENCES}\nDate: 2026-01-05\n\n{cards}\n")
    guarded.write("posts/q.md", f"Title: {ZED}\nDate: 2026-01-06\n\n{{% mention zed %}}\n")
    monkeypatch.chdir(guarded.root)
    guarded.write_conf()
    assert main(["roundup", "-s", "pelicanconf.py", "--date", "2026-01"]) == 0, capsys.readouterr().err
    draft = (guarded.content / "spotlight-roundup-2026-01.md").read_text(encoding="utf-8")
    assert not {"<", ">", '"', "'"} & set(draft.replace("{% spotlight", "").replace("{% mention", ""))

    result = guarded.build(THEME=THEME_PATH, THEME_TEMPLATES_OVERRIDES=[str(idioms)])  # audits every page
    html = result.page("drafts/spotlight-roundup-2026-01.html")
    title_idioms(html, "Spotlight roundup: January 2026")
    content = result.visible_text("drafts/spotlight-roundup-2026-01.html")
    for name in NAMES.values():
        assert f"{shown(name)}" in content  # each heading
    # the posts' own titles, as their links' text (a title is HTML to Pelican: shown as its text)
    assert unescape(plain_text(unescape(REFERENCES))) in content
    assert shown(Markup(ZED).striptags()) in content


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_report_markdown_pasted_into_a_post_shows_names_and_channels_as_text(
    guarded, monkeypatch, capsys, lang
):
    """In English and in French (the Markdown report is in the site's language): the same escaping."""
    language = {} if lang == "en" else {"DEFAULT_LANG": lang}
    guarded.write("spotlight.yaml", registry())
    cards = "\n\n".join(f"{{% spotlight {s} %}}" for s in NAMES)
    guarded.write("posts/p.md", f"Title: P\nDate: 2026-01-05\n\n{cards}\n")
    channel = "<xss-probe data-xss-probe=1> | *x* [y](javascript:xss())"
    guarded.write(
        "social/log.yaml", f"- {{date: 2026-01-06, channel: {json.dumps(channel)}, about: [zed]}}\n"
    )
    monkeypatch.chdir(guarded.root)
    guarded.write_conf(**language)
    assert main(["report", "-s", "pelicanconf.py", "--format", "markdown"]) == 0
    markdown = capsys.readouterr().out
    assert markdown.startswith("# Rapport Spotlight\n" if lang == "fr" else "# Spotlight report\n")
    assert main(["report", "-s", "pelicanconf.py", "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)  # JSON stays data: names and channels as written
    assert {c["name"] for c in data["changemakers"]} == set(NAMES.values())
    assert channel.lower() in data["channels"]

    guarded.write("posts/report.md", "Title: My report\nDate: 2026-01-07\n\n" + markdown)
    result = guarded.build(
        THEME=THEME_PATH, **language
    )  # the audit: no element, no attribute, no javascript: link
    text = result.visible_text("my-report.html")
    for name in NAMES.values():
        assert shown(name) in text
    assert shown(channel.lower()) in text
    tables = result.page("my-report.html").split("<tbody>")[1:]
    for table in tables:  # a '|' in a name or a channel makes no cell of its own
        rows = table.split("</tbody>")[0].split("</tr>")[:-1]
        assert len({row.count("<td") for row in rows}) == 1, rows


def test_titles_written_by_hand_show_as_text_in_the_demo_theme(guarded):
    guarded.write("spotlight.yaml", "- name: Ada\n")
    hostile = "&lt;script&gt;xss()&lt;/script&gt;&lt;xss-probe data-xss-probe=1&gt;"
    guarded.write("posts/a.md", f"Title: {hostile}\nDate: 2026-01-05\nSlug: a\n\n{{% mention ada %}}\n")
    guarded.write(
        "posts/b.md",
        "Title: B <xss-probe data-xss-probe=1>\nDate: 2026-01-06\nSlug: b\n\n{% mention ada %}\n",
    )
    guarded.write("pages/about.md", f"Title: {hostile}\nSlug: about\n\nAbout.\n")
    # every page of the demo theme (<title>, headings, the index, the archives, related posts, the menu)
    # is audited; the title shows as the text it stands for
    result = guarded.build(THEME=THEME_PATH, DISPLAY_PAGES_ON_MENU=True)
    text = unescape(hostile)
    for page in ("a.html", "b.html", "index.html", "archives.html", "pages/about.html"):
        assert result.visible_text(page).count(text) >= 1, page
    assert result.visible_text("b.html").count(text) >= 2  # its related posts list a.html
    for page in ("a.html", "pages/about.html"):
        assert result.page(page).split("<title>")[1].split("</title>")[0].endswith(escape(text))


@pytest.mark.parametrize("theme", ["simple", "notmyidea", THEME_PATH])
def test_the_plugins_standalone_pages_keep_names_text_in_their_title(guarded, theme):
    """``SPOTLIGHT_PAGE_LAYOUT = "standalone"``: the plugin's own ``<title>`` strips tags from the
    escaped name, so it must escape what is left."""
    guarded.write("spotlight.yaml", registry())
    guarded.write("posts/p.md", "Title: P\nDate: 2026-01-05\n\n{% spotlight zed %}\n")
    result = guarded.build(SPOTLIGHT_PAGE_LAYOUT="standalone", THEME=theme)  # the audit, on every page
    title = result.page("spotlight/zed/index.html").split("<title>")[1].split("</title>")[0]
    assert unescape(title).startswith(ZED)  # the name as written, shown as text
