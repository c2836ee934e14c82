"""Markdown source → HTML pairs for every tag form, rendered from the test registry.

Each case runs both stages the way a build does: the Markdown extension turns tags into placeholders,
then the Renderer fills them from the registry (profile links here are ``/p/<slug>/``).
"""

from __future__ import annotations

import html
import re
import textwrap
from pathlib import Path

import markdown
import pytest
from jinja2 import Environment, FileSystemLoader
from pelican.settings import DEFAULT_CONFIG

from pelican_spotlight.generator import site_slugify
from pelican_spotlight.plugin import TEMPLATES
from pelican_spotlight.registry import load_registry
from pelican_spotlight.render import Renderer
from pelican_spotlight.shortcodes import SpotlightExtension, parse_tag

DATA = Path(__file__).parent / "data"
BO_CARD = (
    '<aside class="spotlight-card spotlight-card--card h-card" aria-label="Spotlight: Bo Connector">'
    '<div class="spotlight-card__body">\n'
    '<p class="spotlight-card__title"><a class="spotlight-card__name p-name u-url" href="/p/bo-connector/">'
    'Bo Connector</a> <span class="spotlight-card__kind">Person</span> <span class="spotlight-card__why">'
    '<span class="spotlight-why spotlight-why--connect">connect</span></span></p>'
    '<p class="spotlight-card__summary p-note">{summary}</p></div>\n'
    "</aside>\n"
)
BO_COMPACT = (
    '<aside class="spotlight-card spotlight-card--compact h-card" aria-label="Spotlight: Bo Connector">'
    '<div class="spotlight-card__body">\n'
    '<p class="spotlight-card__title"><a class="spotlight-card__name p-name u-url" href="/p/bo-connector/">'
    'Bo Connector</a> <span class="spotlight-card__kind">Person</span> <span class="spotlight-card__why">'
    '<span class="spotlight-why spotlight-why--connect">connect</span></span></p></div>\n'
    "</aside>\n"
)
BO_MENTION = '<a class="spotlight-mention h-card p-name u-url" href="/p/bo-connector/">{text}</a>'


def convert(source: str, autolink: bool = False):
    registry = load_registry(DATA / "registry.yaml", site_slugify(DEFAULT_CONFIG))
    env = Environment(loader=FileSystemLoader(str(TEMPLATES)), trim_blocks=True, lstrip_blocks=True)
    renderer = Renderer(
        registry,
        env,
        href_for=lambda c: f"/p/{c.slug}/",
        image_for=lambda c: c.image,
        autolink_names=autolink,
    )
    md = markdown.Markdown(extensions=["extra", "codehilite", "meta", SpotlightExtension()])
    return renderer.render(md.convert(textwrap.dedent(source).lstrip("\n")), "post.md")


PAIRS = {
    "mention": (
        "Thanks to {% mention bo-connector %}.",
        "<p>Thanks to " + BO_MENTION.format(text="Bo Connector") + ".</p>",
    ),
    "mention with text": (
        'Ask {% mention bo-connector "my friend Bo" %} first.',
        "<p>Ask " + BO_MENTION.format(text="my friend Bo") + " first.</p>",
    ),
    "spotlight card": (
        "{% spotlight bo-connector %}",
        BO_CARD.format(summary="Introduces people who should meet."),
    ),
    "spotlight with a custom blurb": (
        '{% spotlight bo-connector "He <b>really</b> knows everyone." %}',
        BO_CARD.format(summary="He &lt;b&gt;really&lt;/b&gt; knows everyone."),
    ),
    "spotlight compact": ("{% spotlight bo-connector style=compact %}", BO_COMPACT),
    "network with filters": (
        "{% network why=connect kind=individual tag=art circle=extended %}",
        '<div class="spotlight-network" data-circle="extended" data-kind="individual" data-tag="art" '
        'data-why="connect">\n' + BO_CARD.format(summary="Introduces people who should meet.") + "\n</div>\n",
    ),
    "network matching no one": (
        "{% network kind=organization why=learn %}",
        '<div class="spotlight-network" data-kind="organization" data-why="learn">\n</div>\n',
    ),
    "inline code stays literal": (
        "Write `{% mention bo-connector %}` to link.",
        "<p>Write <code>{% mention bo-connector %}</code> to link.</p>",
    ),
    "a block tag in a paragraph splits it": (
        "Before.\n{% spotlight bo-connector style=compact %}\nAfter.",
        "<p>Before.</p>\n" + BO_COMPACT + "\n<p>After.</p>",
    ),
    "a mention inside link text is not a second link": (
        "[{% mention bo-connector %}](https://elsewhere.example)",
        '<p><a href="https://elsewhere.example"><span class="spotlight-mention h-card p-name">Bo Connector'
        "</span></a></p>",
    ),
    "mention in a heading": (
        "## With {% mention bo-connector %}",
        "<h2>With " + BO_MENTION.format(text="Bo Connector") + "</h2>",
    ),
    "other liquid tags are left alone": ("{% img pic.png %}", "<p>{% img pic.png %}</p>"),
}


@pytest.mark.parametrize(("source", "expected"), PAIRS.values(), ids=PAIRS.keys())
def test_source_to_html(source, expected):
    result = convert(source)
    assert result.html == expected
    assert result.problems == []


# Code blocks go through Pygments, whose markup and escaping change between its versions (2.21 writes
# quotes differently), so these compare the code's text, not its HTML.
CODE_BLOCKS = {
    "fenced code stays literal": (
        '```\n{% spotlight bo-connector "x" %}\n```',
        '{% spotlight bo-connector "x" %}\n',
    ),
    "indented code stays literal": (
        "An example.\n\n    {% spotlight bo-connector %}\n",
        "{% spotlight bo-connector %}\n",
    ),
}


@pytest.mark.parametrize(("source", "code"), CODE_BLOCKS.values(), ids=CODE_BLOCKS.keys())
def test_tags_in_code_blocks_stay_literal(source, code):
    result = convert(source)
    blocks = re.findall(r"<pre\b[^>]*>(.*?)</pre>", result.html, flags=re.S)
    assert len(blocks) == 1
    assert html.unescape(re.sub(r"<[^>]+>", "", blocks[0])) == code
    assert "spotlight-card" not in result.html and "spotlight-tag" not in result.html
    assert result.problems == [] and result.features == []


def test_features_are_in_order_of_first_appearance():
    result = convert("""
        {% mention bo-connector %} and {% mention adrienne-example %}.

        {% spotlight bo-connector %}

        {% network circle=focus %}
        """)
    assert result.features == ["bo-connector", "adrienne-example"]


def test_unknown_slug_warns_with_line_and_suggestion_and_stays_readable():
    result = convert("""
        Title: A post
        Date: 2026-01-01

        Thanks to {% mention adrien %}.

        {% spotlight comons-lab "Great lab" %}
        """)
    assert result.html == "<p>Thanks to adrien.</p>\n<p>Great lab</p>"
    assert [str(p) for p in result.problems] == [
        "post.md:4: unknown changemaker 'adrien' (did you mean 'adrienne-example'?)",
        "post.md:6: unknown changemaker 'comons-lab' (did you mean 'commons-lab'?)",
    ]
    assert result.features == []


def test_line_numbers_count_the_metadata_header_and_fenced_code():
    result = convert("""
        Title: Lines
        Date: 2026-01-01
        Summary: short

        ```
        {% mention nobody %}
        ```

        Line nine: {% mention nobody-else %}
        """)
    assert [str(p) for p in result.problems] == ["post.md:9: unknown changemaker 'nobody-else'"]


@pytest.mark.parametrize(
    ("source", "message"),
    [
        (
            '{% mention bo-connector "unclosed %}',
            'post.md:1: {% mention bo-connector "unclosed %}: unbalanced quotes',
        ),
        ("{% mention %}", "post.md:1: {% mention %}: mention needs a changemaker slug"),
        ("{% mention bo-connector my friend %}", "too many words; put the text in double quotes"),
        ("{% spotlight bo-connector style=huge %}", "style='huge' is not one of card, compact"),
        ("{% network colour=red %}", "unknown filter 'colour' (use circle, tag, why or kind)"),
        ("{% network circle=inner %}", "circle='inner' is not one of focus, extended"),
        ("{% mention bo-connector", "unterminated tag (missing '%}')"),
    ],
)
def test_malformed_tags_warn_and_show_as_written(source, message):
    result = convert(source)
    assert len(result.problems) == 1
    assert message in str(result.problems[0])
    assert "spotlight-card" not in result.html and "spotlight-mention" not in result.html
    assert "{% " in result.html


def test_spotlight_inside_running_text_becomes_a_mention_with_a_warning():
    result = convert("See {% spotlight bo-connector %} for more.")
    assert result.html == "<p>See " + BO_MENTION.format(text="Bo Connector") + " for more.</p>"
    assert "must stand on its own line" in str(result.problems[0])
    assert "<aside" not in result.html  # never block HTML inside a <p>


def test_autolink_links_the_first_plain_mention_only():
    result = convert(
        """
        # Bo Connector in a heading

        Met Bo Connector today. Bo Connector again. Also `Bo Connector` in code,
        [Adrienne E.](https://x.example) in a link, and later Adrienne E. in text.
        """,
        autolink=True,
    )
    assert result.html.count('href="/p/bo-connector/"') == 1
    assert "<h1>Bo Connector in a heading</h1>" in result.html
    assert "Met " + BO_MENTION.format(text="Bo Connector") + " today. Bo Connector again." in result.html
    assert "<code>Bo Connector</code>" in result.html
    assert "later " + BO_MENTION.format(text="Adrienne E.").replace("bo-connector", "adrienne-example") in (
        result.html
    )
    assert result.features == ["bo-connector", "adrienne-example"]


def test_parse_tag_round_trips_options():
    tag = parse_tag("spotlight", ' ada "A blurb with \\"quotes\\"" style=compact', 3, "raw")
    assert (tag.slug, tag.text, tag.options, tag.line, tag.error) == (
        "ada",
        'A blurb with "quotes"',
        {"style": "compact"},
        3,
        "",
    )
