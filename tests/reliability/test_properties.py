"""Property-based tests: any text through the tag parser, the Markdown stage and the renderer.

Text is drawn from fragments of tag, Markdown and HTML syntax mixed with arbitrary characters, so the
examples reach the interesting corners (tags in code, in links, unbalanced quotes) quickly.
"""

from __future__ import annotations

from html import unescape

import markdown
import pytest
import yaml
from guard import html_problems, parse_html
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from jinja2 import Environment, FileSystemLoader
from pelican.settings import DEFAULT_CONFIG

from pelican_spotlight.builder.plugin import TEMPLATES
from pelican_spotlight.core.registry import Changemaker, Registry, load_registry, schema, site_slugify
from pelican_spotlight.core.text import HIDDEN
from pelican_spotlight.markup.render import Renderer
from pelican_spotlight.markup.shortcodes import PLACEHOLDER_RE, TAG_NAMES, SpotlightExtension, Tag, parse_tag

pytestmark = pytest.mark.slow  # many examples each: make test runs them, make test-fast does not

FRAGMENTS = [
    "{% mention ada %}",
    "{% mention bo %}",
    "{% spotlight ada %}",
    "{% spotlight bo style=compact %}",
    '{% mention ada "text" %}',
    "{% network %}",
    "{% network circle=focus %}",
    "{% mention nobody %}",
    "{% mention ",
    "{% spotlight",
    "{%",
    "%}",
    '"',
    "'",
    "=",
    "`",
    "```\n",
    "~~~\n",
    "    ",
    "\t",
    "\n",
    "\n\n",
    "[",
    "](https://example.org/)",
    "![",
    "*",
    "_",
    "# ",
    "- ",
    "> ",
    "| a |\n| --- |\n| ",
    "[^1]",
    "\n[^1]: ",
    "<div>",
    "</div>",
    "<span>",
    "<!-- ",
    " -->",
    "&amp;",
    "&",
    "\\",
    "Ada Lovelace",
    "Title: x\n",
    "Summary: {% mention ada %}\n",
    "{: .x #y }",
    "\n:   ",
    "*[Ada]: ",
]
TEXT = st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=5)), max_size=30).map("".join)
ARGS = st.lists(
    st.one_of(st.sampled_from(['"', "'", "=", " ", "ada", "style", "compact", "\\"]), st.text(max_size=4))
)
EVIL = st.sampled_from(
    [
        "<script>xss()</script>",
        "<xss-probe data-xss-probe=1>",
        '" onmouseover="xss()',
        "' onmouseover='xss()",
        "&amp;",
        "&",
        "</span>",
        "{% mention ada %}",
    ]
)
EVIL_TEXT = st.lists(st.one_of(EVIL, st.text(max_size=4)), min_size=1, max_size=4).map("".join)

FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def convert(text: str) -> str:
    md = markdown.Markdown(extensions=["extra", "codehilite", "meta", SpotlightExtension()])
    return md.convert(text)


@FAST
@given(name=st.sampled_from(TAG_NAMES), args=ARGS.map("".join), line=st.integers(0, 10**6))
def test_parse_tag_never_raises_and_a_valid_tag_is_complete(name, args, line):
    tag = parse_tag(name, args, line, "{% " + name + args + " %}")
    assert isinstance(tag, Tag)
    assert tag.line == line
    assert Tag.from_json(tag.to_json()) == tag
    if not tag.error and name != "network":
        assert tag.slug.strip()


@FAST
@given(text=TEXT)
def test_the_markdown_stage_never_raises_and_leaves_no_marker(text):
    html = convert(text)
    assert "\x02" not in html and "\x03" not in html
    for m in PLACEHOLDER_RE.finditer(html):
        tag = Tag.from_json(unescape(m[2]))
        assert tag.name in TAG_NAMES or tag.error
        assert tag.line >= 1


@st.composite
def registries(draw) -> Registry:
    def cm(slug: str, circle: str) -> Changemaker:
        return Changemaker(
            name=draw(EVIL_TEXT).strip() or "x",
            slug=slug,
            circle=circle,
            why=("learn",),
            url="https://example.org/?a=1&b=" + draw(st.sampled_from(["x", '"><script>xss()</script>'])),
            summary=draw(EVIL_TEXT),
            tags=(draw(EVIL_TEXT),),
            aliases=(draw(EVIL_TEXT).strip() or "y",),
            notes="PRIVATE-NOTE",
        )

    return Registry((cm("ada", "focus"), cm("bo", "extended")))


ENV = Environment(loader=FileSystemLoader(str(TEMPLATES)))


@FAST
@given(text=TEXT, registry=registries(), autolink=st.booleans())
def test_rendering_never_writes_registry_text_unescaped(text, registry, autolink):
    html = convert(text.replace("<", "").replace(">", ""))  # the author's own markup is not the question
    renderer = Renderer(
        registry,
        ENV,
        href_for=lambda cm: f"/spotlight/{cm.slug}/",
        image_for=lambda cm: cm.image,
        autolink_names=autolink,
    )
    result = renderer.render(html, "post.md")
    assert html_problems(result.html) == []
    assert "data-spotlight" not in result.html and 'class="spotlight-tag' not in result.html
    assert "PRIVATE-NOTE" not in result.html
    assert set(result.features) <= {"ada", "bo"}
    if "spotlight-card" in result.html:  # a card shows the name as text, whatever it holds
        shown = "".join(parse_html(result.html).texts)
        assert any(cm.name in shown for cm in registry)


YAML_FRAGMENTS = [
    "changemakers:\n",
    "- ",
    "  ",
    "\n",
    "name: ",
    "slug: ",
    "url: ",
    "image: ",
    "why: ",
    "since: ",
    "social: {twitter: ",
    "tags: [",
    "]",
    "}",
    "&a ",
    "*a",
    "<<: ",
    "!!python/object:os.system ",
    "!!binary ",
    "? ",
    ": ",
    "'",
    '"',
    "#",
    "|\n",
    ">\n",
    "2024-13-45",
    "2024-03-01",
    "https://x.example",
    "javascript:x",
    "../",
    "null",
    "~",
    "1e999",
    "Ada",
    "🌱",
]
YAML_TEXT = st.lists(st.one_of(st.sampled_from(YAML_FRAGMENTS), st.text(max_size=3)), max_size=25).map(
    "".join
)


@FAST
@given(text=YAML_TEXT)
def test_loading_any_registry_text_never_raises(tmp_path_factory, text):
    folder = tmp_path_factory.mktemp("registry")
    path = folder / "spotlight.yaml"
    path.write_text(text, encoding="utf-8", errors="surrogatepass")
    registry = load_registry(path, site_slugify(DEFAULT_CONFIG), folder)
    slugs = [cm.slug for cm in registry]
    assert len(slugs) == len(set(slugs))
    for cm in registry:
        assert cm.name.strip() and cm.slug
        assert cm.url is None or cm.url.startswith(("http://", "https://"))
    for problem in registry.problems:
        assert problem.path == str(path) and problem.line >= 0


# Any YAML structure as a registry (issue #23): odd types at any key, nesting past every limit, huge
# values. Whatever the file holds, loading it returns a registry and problems, never an exception, and
# what it keeps is usable: text names and slugs, http(s) URLs, no hidden characters.
FIELDS = sorted(schema()["$defs"]["changemaker"]["properties"])
KEYS = st.one_of(st.sampled_from([*FIELDS, "changemakers"]), st.text(max_size=6))
LEAVES = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(),
    st.text(max_size=12),
    st.sampled_from(["<script>xss()</script>", "Ada\u202e", "a\x07b", "https://x.example", "2024-02-30"]),
    st.dates(),
    st.datetimes(),
    st.binary(max_size=6),
)
VALUES = st.recursive(
    LEAVES,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(KEYS, inner, max_size=4),
    max_leaves=25,
)
ENTRIES = st.dictionaries(KEYS, VALUES, max_size=8)
DOCUMENTS = st.one_of(
    VALUES,
    st.lists(st.one_of(ENTRIES, VALUES), max_size=4),
    st.fixed_dictionaries({"changemakers": st.lists(st.one_of(ENTRIES, VALUES), max_size=4)}),
)
# Text spliced into an entry: nesting deeper than each limit (10 in an entry, 100 for the pure-Python
# reader, 1,000 for libyaml), very long values, numbers too long for Python to read.
SPLICED = st.one_of(
    st.sampled_from([0, 9, 10, 11, 99, 100, 101, 999, 1000, 1001, 20_000]).flatmap(
        lambda n: st.sampled_from(["[" * n + "]" * n, "{a: " * n + "1" + "}" * n])
    ),
    st.integers(0, 300_000).map(lambda n: "x" * n),
    st.integers(4000, 6000).map(lambda n: "9" * n),
)


def _keeps_only_usable_changemakers(registry: Registry, path) -> None:
    slugs = [cm.slug for cm in registry]
    assert len(slugs) == len(set(slugs))
    for cm in registry:
        assert isinstance(cm.name, str) and cm.name.strip() and isinstance(cm.slug, str) and cm.slug
        assert cm.url is None or cm.url.startswith(("http://", "https://"))
        for text in (cm.name, cm.summary, *cm.tags, *cm.aliases, *(h for _, h in cm.social)):
            assert not HIDDEN.search(text)
    for problem in [*registry.problems, *registry.unreadable]:
        assert problem.path == str(path) and problem.line >= 0 and len(problem.message) < 2000


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(document=DOCUMENTS, flow=st.booleans())
def test_loading_any_registry_structure_never_raises(tmp_path_factory, document, flow):
    path = tmp_path_factory.mktemp("registry") / "spotlight.yaml"
    path.write_text(yaml.safe_dump(document, default_flow_style=flow, allow_unicode=True), encoding="utf-8")
    _keeps_only_usable_changemakers(load_registry(path, site_slugify(DEFAULT_CONFIG), path.parent), path)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(key=st.sampled_from(["name", "summary", "tags", "social", "kind", "since"]), value=SPLICED)
def test_deep_and_huge_registry_values_never_raise(tmp_path_factory, key, value):
    path = tmp_path_factory.mktemp("registry") / "spotlight.yaml"
    path.write_text(f"- name: Ada\n- name: Bo\n  {key}: {value}\n", encoding="utf-8")
    registry = load_registry(path, site_slugify(DEFAULT_CONFIG), path.parent)
    _keeps_only_usable_changemakers(registry, path)
    assert "ada" in [cm.slug for cm in registry] or registry.unreadable  # the rest still counts
