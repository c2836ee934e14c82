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

from pelican_spotlight.builder.plugin import TEMPLATES, prepare_settings
from pelican_spotlight.core.registry import load_registry, site_slugify
from pelican_spotlight.markup.render import Renderer
from pelican_spotlight.markup.shortcodes import EXTENSION, SpotlightExtension, parse_tag

DATA = Path(__file__).parent / "data"
BO_CARD = (
    '<div class="spotlight-card spotlight-card--card h-card" role="group" '
    'aria-label="Spotlight: Bo Connector">'
    '<div class="spotlight-card__body">\n'
    '<p class="spotlight-card__title"><a class="spotlight-card__name p-name u-url" href="/p/bo-connector/">'
    'Bo Connector</a> <span class="spotlight-card__kind">Person</span> <span class="spotlight-card__why">'
    '<span class="spotlight-why spotlight-why--connect">connect</span></span></p>'
    '<p class="spotlight-card__summary p-note">{summary}</p></div>\n'
    "</div>\n"
)
BO_COMPACT = (
    '<div class="spotlight-card spotlight-card--compact h-card" role="group" '
    'aria-label="Spotlight: Bo Connector">'
    '<div class="spotlight-card__body">\n'
    '<p class="spotlight-card__title"><a class="spotlight-card__name p-name u-url" href="/p/bo-connector/">'
    'Bo Connector</a> <span class="spotlight-card__kind">Person</span> <span class="spotlight-card__why">'
    '<span class="spotlight-why spotlight-why--connect">connect</span></span></p></div>\n'
    "</div>\n"
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
    md = markdown.Markdown(extensions=["extra", "codehilite", "meta", EXTENSION])
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
    # An unknown mention is its text (or slug) as plain text; an unknown card is nothing at all.
    assert result.html == "<p>Thanks to adrien.</p>\n"
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
    ("source", "message", "html"),
    [
        pytest.param(
            'Ask {% mention bo-connector "unclosed %} now.',
            'post.md:1: {% mention bo-connector "unclosed %}: unbalanced quotes',
            "<p>Ask unclosed now.</p>",
            id="mention-unbalanced-quotes",
        ),
        pytest.param(
            "Ask {% mention %} now.",
            "post.md:1: {% mention %}: mention needs a changemaker slug",
            "<p>Ask  now.</p>",
            id="mention-without-slug",
        ),
        pytest.param(
            "Ask {% mention bo-connector my friend %} now.",
            "post.md:1: {% mention bo-connector my friend %}: too many words; put the text in double quotes",
            "<p>Ask my friend now.</p>",
            id="mention-too-many-words",
        ),
        pytest.param(
            "{% spotlight bo-connector too many words %}",
            "post.md:1: {% spotlight bo-connector too many words %}: too many words; put the text in double "
            "quotes",
            "",
            id="card-too-many-words",
        ),
        pytest.param(
            "{% network focus %}",
            "post.md:1: {% network focus %}: network takes only filters, not 'focus'",
            "",
            id="network-with-a-word",
        ),
        pytest.param(
            "Ask {% mention bo-connector now.",
            "post.md:1: {% mention: unterminated tag (missing '%}')",
            "<p>Ask  bo-connector now.</p>",
            id="unterminated",
        ),
    ],
)
def test_malformed_tags_warn_and_never_show_tag_syntax(source, message, html):
    result = convert(source)
    assert [str(p) for p in result.problems] == [message]
    assert result.html == html
    assert "{%" not in result.html and "%}" not in result.html


@pytest.mark.parametrize(
    ("source", "message", "expected"),
    [
        pytest.param(
            "{% spotlight bo-connector style=big %}",
            "post.md:1: {% spotlight bo-connector style=big %}: style='big' is not one of card, compact",
            BO_CARD.format(summary="Introduces people who should meet."),
            id="bad-style-is-a-card",
        ),
        pytest.param(
            "{% spotlight bo-connector size=big %}",
            "post.md:1: {% spotlight bo-connector size=big %}: unknown option 'size'",
            BO_CARD.format(summary="Introduces people who should meet."),
            id="unknown-option-is-ignored",
        ),
        pytest.param(
            'Ask {% mention bo-connector "Bo" style=compact %} now.',
            "post.md:1: {% mention bo-connector \"Bo\" style=compact %}: unknown option 'style'",
            "<p>Ask " + BO_MENTION.format(text="Bo") + " now.</p>",
            id="mention-option-is-ignored",
        ),
        pytest.param(
            "{% network colour=red why=connect kind=individual tag=art circle=extended %}",
            "post.md:1: {% network colour=red why=connect kind=individual tag=art circle=extended %}: "
            "unknown filter 'colour' (use circle, tag, why or kind)",
            '<div class="spotlight-network" data-circle="extended" data-kind="individual" data-tag="art" '
            'data-why="connect">\n'
            + BO_CARD.format(summary="Introduces people who should meet.")
            + "\n</div>\n",
            id="unknown-filter-is-ignored",
        ),
        pytest.param(
            "{% network why=maybe circle=extended kind=individual tag=art %}",
            "post.md:1: {% network why=maybe circle=extended kind=individual tag=art %}: why='maybe' is not "
            "one of learn, contribute, connect",
            '<div class="spotlight-network" data-circle="extended" data-kind="individual" data-tag="art">\n'
            + BO_CARD.format(summary="Introduces people who should meet.")
            + "\n</div>\n",
            id="bad-filter-value-is-ignored",
        ),
    ],
)
def test_a_bad_option_warns_and_falls_back_to_the_default(source, message, expected):
    result = convert(source)
    assert [str(p) for p in result.problems] == [message]
    assert result.html == expected
    assert "{%" not in result.html


def test_network_lists_are_counted_but_feature_no_one():
    shown = convert("{% network why=connect %}\n\n{% network circle=focus %}")
    assert (shown.networks, shown.features) == (2, [])
    empty = convert("{% network kind=organization why=learn %}")  # matches no one: shows nobody
    assert (empty.networks, empty.features) == (0, [])


def test_spotlight_inside_running_text_becomes_a_mention_with_a_warning():
    result = convert("See {% spotlight bo-connector %} for more.")
    assert result.html == "<p>See " + BO_MENTION.format(text="Bo Connector") + " for more.</p>"
    assert "must stand on its own line" in str(result.problems[0])
    assert "spotlight-card" not in result.html  # never a block card inside a <p>


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


def test_a_tag_written_again_is_read_again_with_its_own_line_and_options():
    # The words of a tag's arguments are kept for the next tag with the same text: what one tag
    # was given must never reach another (its line, its raw text, its options dictionary).
    first = parse_tag("spotlight", " ada style=compact", 3, "{% spotlight ada style=compact %}")
    first.options["style"] = "changed by a caller"
    second = parse_tag("spotlight", " ada style=compact", 9, "{%spotlight ada style=compact%}")
    assert (second.line, second.raw, second.options) == (
        9,
        "{%spotlight ada style=compact%}",
        {"style": "compact"},
    )
    for line in (1, 2):  # an error is found each time, never kept as an answer
        assert parse_tag("mention", ' ada "open', line).error == "unbalanced quotes"


def test_each_markdown_instance_gets_its_own_extension_and_reset_forgets_the_document():
    settings = {"MARKDOWN": {"extensions": ["extra"]}}
    prepare_settings(settings)
    prepare_settings(settings)  # once only
    assert settings["MARKDOWN"]["extensions"] == ["extra", EXTENSION]
    first, second = (markdown.Markdown(**settings["MARKDOWN"]) for _ in range(2))
    ours = [
        next(e for e in md.registeredExtensions if isinstance(e, SpotlightExtension))
        for md in (first, second)
    ]
    assert ours[0] is not ours[1]

    fresh = vars(SpotlightExtension()).copy()
    first.convert("Title: A\n\nThanks to {% mention ada %}.\n")
    assert ours[0].tags and not ours[1].tags
    first.reset()
    assert vars(ours[0]) == fresh
