"""reStructuredText posts: the directive, the role and ``network`` do what the Markdown tags do.

One site holds the same post twice, in Markdown and in rST; both must render the same cards, links and
network list, count the same way, and feature the same changemakers.
"""

from __future__ import annotations

import dataclasses
import html
import json
import os
import re
from pathlib import Path

import markdown
import pytest
from docutils.core import publish_parts
from docutils.writers.html4css1 import Writer
from pelican.readers import RstReader

from pelican_spotlight.cli.main import main
from pelican_spotlight.markup import rst
from pelican_spotlight.markup.shortcodes import PLACEHOLDER_RE, SpotlightExtension, Tag

DATA = Path(__file__).parent / "data"

MARKDOWN_POST = """\
Title: Who I learn from
Date: 2026-03-01
Slug: markdown-post

Thanks to {% mention bo-connector %} and {% mention adrienne-example "my friend Adrienne" %}.

{% spotlight commons-lab "A lab we love" style=compact %}

{% spotlight adrienne-example %}

{% network circle=focus why=learn %}
"""

RST_POST = """\
Who I learn from
################

:date: 2026-03-02
:slug: rst-post

Thanks to :mention:`bo-connector` and :mention:`my friend Adrienne <adrienne-example>`.

.. spotlight:: commons-lab
   :blurb: A lab we love
   :style: compact

.. spotlight:: adrienne-example

.. network::
   :circle: focus
   :why: learn
"""

# A post with each kind of mistake, and with tag text in code (which stays as it is, silently).
BAD_RST = """\
Mistakes
########

:date: 2026-03-03
:slug: bad-rst

Old habit: {% mention bo-connector %} here.

Unknown :mention:`bo-conector` there.

.. spotlight:: commons-lab
   :style: huge

.. network::
   :colour: red

.. spotlight:: commons-lab
   :blurb: fine

Literal ``{% spotlight bo-connector %}`` in code.

.. code-block:: text

   {% spotlight bo-connector %}
"""

SPOTLIGHT_HTML = re.compile(
    r'<div class="spotlight-card .*?</div>\n</div>|<a class="spotlight-mention[^>]*>.*?</a>'
    r'|<div class="spotlight-network[^>]*>',
    re.DOTALL,
)


@pytest.fixture(scope="module")
def twins(make_site):
    site = make_site("rst")
    site.write("spotlight.yaml", (DATA / "registry.yaml").read_text(encoding="utf-8"))
    site.write("posts/markdown-post.md", MARKDOWN_POST)
    site.write("posts/rst-post.rst", RST_POST)
    site.build()
    return site


def fragments(html: str) -> list[str]:
    return SPOTLIGHT_HTML.findall(html)


def test_rst_renders_the_same_cards_links_and_network_as_markdown(twins):
    markdown, rst = twins.read("markdown-post.html"), twins.read("rst-post.html")
    assert fragments(rst) == fragments(markdown)
    found = fragments(markdown)
    assert [f.split(" ", 2)[:2] for f in found] == [
        ["<a", 'class="spotlight-mention'],
        ["<a", 'class="spotlight-mention'],
        ["<div", 'class="spotlight-card'],
        ["<div", 'class="spotlight-card'],
        ["<div", 'class="spotlight-network"'],
        ["<div", 'class="spotlight-card'],  # the network's one member (focus, learn)
    ]
    assert ">my friend Adrienne</a>" in found[1]
    assert "spotlight-card--compact" in found[2] and "A lab we love" not in found[2]  # compact: no blurb
    assert "Organizer and writer on emergent strategy." in found[3]
    assert "spotlight-tag" not in rst and ":mention:" not in rst and ".. spotlight" not in rst


def test_rst_counts_and_features_like_markdown(twins):
    report = json.loads(twins.read("spotlight/report.json"))
    by_source = {a["source"]: a for a in report["articles"]}
    md, rst = by_source["posts/markdown-post.md"], by_source["posts/rst-post.rst"]
    assert md["features"] == rst["features"] == ["bo-connector", "adrienne-example", "commons-lab"]
    assert md["about"] == rst["about"] == "others"
    assert report["totals"]["others"] == 2
    counts = {c["slug"]: c["count"] for c in report["changemakers"]}
    assert counts["bo-connector"] == counts["commons-lab"] == counts["adrienne-example"] == 2
    profile = twins.read("spotlight/bo-connector/index.html")
    assert "markdown-post.html" in profile and "rst-post.html" in profile


def test_rst_problems_are_warnings_with_file_and_line(site, spotlight_logs):
    site.write("spotlight.yaml", (DATA / "registry.yaml").read_text(encoding="utf-8"))
    site.write("posts/bad.rst", BAD_RST)
    site.build()
    logged = [m.split(str(site.content) + os.sep, 1)[-1] for m in spotlight_logs()]
    assert sorted(logged, key=lambda m: int(m.split(":")[1])) == [
        "posts/bad.rst:7: {% mention bo-connector %}: Liquid-style tags are for Markdown; "
        "in reStructuredText write :mention:`bo-connector`",
        "posts/bad.rst:9: unknown changemaker 'bo-conector' (did you mean 'bo-connector'?)",
        "posts/bad.rst:11: .. spotlight:: commons-lab :style: huge: style='huge' is not one of card, compact",
        "posts/bad.rst:14: .. network:: :colour: red: unknown filter 'colour' (use circle, tag, why or kind)",
    ]
    html = site.read("bad-rst.html")
    # A bad option warns and falls back to the default (as in Markdown): the card with style huge is an
    # ordinary card, the network without its unknown filter lists everyone; then the good card.
    assert re.findall(r'<div class="spotlight-card [^>]*aria-label="Spotlight: ([^"]*)"', html) == [
        "Open Commons Lab",
        "Adrienne Example",
        "Open Commons Lab",
        "Bo Connector",
        "Open Commons Lab",
    ]
    assert "spotlight-card--card" in html and "huge" not in html
    assert 'literal">{% spotlight <span class="pre">bo-connector</span> %}</' in html  # code: as written
    assert "<pre><span></span>{% spotlight bo-connector %}\n" in html
    assert "Unknown bo-conector there." in html  # an unknown mention is its text, with no link


def test_liquid_warning_names_the_network_directive_and_its_options(site, spotlight_logs):
    site.write("spotlight.yaml", (DATA / "registry.yaml").read_text(encoding="utf-8"))
    site.write("posts/n.rst", "Net\n###\n\n:date: 2026-01-01\n\nSee {% network circle=focus %}.\n")
    site.build(SPOTLIGHT_WARN_BELOW_TARGET=False)
    assert [m.split(str(site.content) + os.sep, 1)[-1] for m in spotlight_logs()] == [
        "posts/n.rst:6: {% network circle=focus %}: Liquid-style tags are for Markdown; "
        "in reStructuredText write .. network:: with :circle: focus"
    ]


def test_check_lists_rst_problems_like_the_build(site, capsys, monkeypatch):
    site.write("spotlight.yaml", (DATA / "registry.yaml").read_text(encoding="utf-8"))
    site.write("posts/bad.rst", BAD_RST)
    site.write_conf()
    monkeypatch.chdir(site.root)
    assert main(["check", "-s", "pelicanconf.py", "--no-cache"]) == 1
    out = capsys.readouterr().out
    bad = os.path.join("content", "posts", "bad.rst")
    for line in (7, 9, 11, 14):
        assert f"{bad}:{line}: " in out
    assert "Liquid-style tags are for Markdown" in out


@pytest.mark.parametrize("layer", ["reader", "generator"])
def test_a_registry_edit_shows_in_a_cached_rst_post(site, monkeypatch, layer):
    site.write("spotlight.yaml", (DATA / "registry.yaml").read_text(encoding="utf-8"))
    site.write("posts/rst-post.rst", RST_POST)
    settings = {"CACHE_CONTENT": True, "LOAD_CONTENT_CACHE": True, "CONTENT_CACHING_LAYER": layer}
    site.build(**settings)
    assert "Organizer and writer on emergent strategy." in site.read("rst-post.html")

    registry = site.content / "spotlight.yaml"
    before = registry.stat().st_mtime
    registry.write_text(
        registry.read_text(encoding="utf-8").replace("Organizer and writer", "Gardener and writer"),
        encoding="utf-8",
    )
    os.utime(registry, (before + 10, before + 10))
    reads: list[str] = []
    read = RstReader.read
    monkeypatch.setattr(
        RstReader, "read", lambda self, path: reads.append(Path(path).name) or read(self, path)
    )
    site.build(**settings)
    assert reads == [], "the post was read again: the content cache was not used"
    assert "Gardener and writer on emergent strategy." in site.read("rst-post.html")


def test_directive_role_and_network_make_the_markdown_tags_placeholders():
    """Without a build: the parsed tags behind both posts' placeholders are the same (but for where
    and how they were written)."""
    rst.register_docutils()
    rst_html = publish_parts(RST_POST, writer=Writer(), settings_overrides={"halt_level": 2})["body"]
    md_html = markdown.Markdown(extensions=["meta", SpotlightExtension()]).convert(MARKDOWN_POST)

    def tags(html: str) -> list:
        return [dataclasses.replace(tag, raw="", line=0) for tag in placeholder_tags(html)]

    assert tags(rst_html) == tags(md_html)
    assert [t.name for t in tags(md_html)] == ["mention", "mention", "spotlight", "spotlight", "network"]
    assert [tag.line for tag in placeholder_tags(rst_html)] == [7, 7, 9, 13, 15]


def placeholder_tags(html_text: str) -> list[Tag]:
    """The tag of every placeholder in an HTML fragment, in document order."""
    return [Tag.from_json(html.unescape(m[2])) for m in PLACEHOLDER_RE.finditer(html_text)]
