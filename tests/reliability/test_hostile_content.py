"""Hostile content in real builds: bad tags, tags where they are text, odd files; exact file:line messages.

Every build goes through ``guarded`` (see conftest): no traceback, inputs untouched, safe HTML, no notes.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

import pytest
from guard import NOTES, parse_html, relative_messages

REGISTRY = f"""\
- name: Ada Lovelace
  slug: ada
  circle: focus
  summary: Wrote the first program.
  notes: {NOTES}
- name: Bo Connector
  circle: focus
"""
HEAD = "Title: P\nDate: 2026-01-05\n\n"  # the body starts on line 4
ADA_LINK = 'href="/spotlight/ada/"'
# HTML an author might put in a tag's text (no double quotes: they end the text).
AUTHOR_PAYLOAD = "<script>xss()</script><xss-probe data-xss-probe=1> & ' onmouseover=xss() x='"


@dataclass(frozen=True)
class Case:
    id: str
    text: str  # the whole file posts/p.md
    expected: tuple[str, ...] = ()  # the plugin's messages, exactly, in order
    html_has: tuple[str, ...] = ()  # substrings of the page's HTML
    text_has: tuple[str, ...] = ()  # substrings of the page's visible text
    html_lacks: tuple[str, ...] = ()
    page: str = "p.html"
    theme: str = "notmyidea"  # Pelican's default; its index shows the newest post whole, "simple" a summary


CASES = [
    Case(
        "unknown-slug",
        HEAD + "Thanks {% mention nobody %}.\n",
        ("posts/p.md:4: unknown changemaker 'nobody'",),
        text_has=("Thanks nobody.",),
    ),
    Case(
        "unknown-slug-suggests-the-nearest",
        HEAD + "Thanks {% mention adaa %} and {% mention bo-conector %}.\n",
        (
            "posts/p.md:4: unknown changemaker 'adaa' (did you mean 'ada'?)",
            "posts/p.md:4: unknown changemaker 'bo-conector' (did you mean 'bo-connector'?)",
        ),
    ),
    Case(
        "unknown-slug-in-a-card",
        HEAD + "\n\n{% spotlight nobody %}\n",
        ("posts/p.md:6: unknown changemaker 'nobody'",),
        html_lacks=("nobody", "{%", "<p></p>"),  # an unknown card renders nothing
    ),
    Case(
        "missing-closing-quote",
        HEAD + 'Thanks {% mention ada "Ada L %}.\n',
        ('posts/p.md:4: {% mention ada "Ada L %}: unbalanced quotes',),
        text_has=("Thanks Ada L.",),
        html_lacks=(ADA_LINK, "{%"),
    ),
    Case(
        "missing-opening-quote",
        HEAD + 'Thanks {% mention ada Ada L" %}.\n',
        ('posts/p.md:4: {% mention ada Ada L" %}: unbalanced quotes',),
        text_has=("Thanks Ada L.",),
        html_lacks=("{%",),
    ),
    Case(
        "doubled-quotes",
        HEAD + 'Thanks {% mention ada ""Ada"" %}.\n',
        html_has=(ADA_LINK + ">Ada</a>",),
    ),
    Case(
        "single-quotes",
        HEAD + "Thanks {% mention ada 'the Countess' %}.\n",
        html_has=(ADA_LINK + ">the Countess</a>",),
    ),
    Case(
        "equals-sign-in-quoted-text",
        HEAD + 'Thanks {% mention ada "E=mc²" %} and {% spotlight ada "a=b" style=compact %}\n',
        (
            'posts/p.md:4: {% spotlight ada "a=b" style=compact %}: a spotlight card must stand on its own '
            "line; shown as a mention",
        ),
        html_has=(ADA_LINK + ">E=mc²</a>", ADA_LINK + ">a=b</a>"),
    ),
    Case(
        "too-many-words",
        HEAD + "Thanks {% mention ada the Countess %}.\n",
        ("posts/p.md:4: {% mention ada the Countess %}: too many words; put the text in double quotes",),
        text_has=("Thanks the Countess.",),
        html_lacks=("{%",),
    ),
    Case(
        "no-slug",
        HEAD + "Thanks {% mention %}.\n",
        ("posts/p.md:4: {% mention %}: mention needs a changemaker slug",),
        text_has=("Thanks .",),
        html_lacks=("{%",),
    ),
    Case(
        "empty-quoted-slug",
        HEAD + 'Thanks {% mention "" %}.\n',
        ('posts/p.md:4: {% mention "" %}: mention needs a changemaker slug',),
        html_lacks=("{%",),
    ),
    Case(
        "unknown-option",
        HEAD + "{% spotlight ada size=big %}\n",
        ("posts/p.md:4: {% spotlight ada size=big %}: unknown option 'size'",),
        html_has=('<div class="spotlight-card spotlight-card--card h-card"', ADA_LINK),
        html_lacks=("{%",),
    ),
    Case(
        "bad-style-falls-back-to-a-card",
        HEAD + "{% spotlight ada style=big %}\n",
        ("posts/p.md:4: {% spotlight ada style=big %}: style='big' is not one of card, compact",),
        html_has=('<div class="spotlight-card spotlight-card--card h-card"', ADA_LINK),
        html_lacks=("{%", "big"),
    ),
    Case(
        "bad-option-on-a-mention-is-ignored",
        HEAD + "Thanks {% mention ada style=compact %}.\n",
        ("posts/p.md:4: {% mention ada style=compact %}: unknown option 'style'",),
        html_has=(ADA_LINK + ">Ada Lovelace</a>",),
        html_lacks=("{%",),
    ),
    Case(
        "malformed-card-renders-nothing",
        HEAD + "Before.\n\n{% spotlight ada Ada the Countess %}\n\nAfter.\n",
        (
            "posts/p.md:6: {% spotlight ada Ada the Countess %}: too many words; put the text in double "
            "quotes",
        ),
        text_has=("Before.", "After."),
        html_lacks=("{%", "Countess", "<p></p>"),
    ),
    Case(
        "unknown-network-filter",
        HEAD + "{% network colour=focus %}\n",
        ("posts/p.md:4: {% network colour=focus %}: unknown filter 'colour' (use circle, tag, why or kind)",),
        html_has=('<div class="spotlight-network">', 'href="/spotlight/bo-connector/"', ADA_LINK),
        html_lacks=("{%", "colour"),
    ),
    Case(
        "unterminated-at-end-of-line",
        HEAD + "Thanks {% mention ada\n",
        ("posts/p.md:4: {% mention: unterminated tag (missing '%}')",),
        text_has=("Thanks  ada",),
        html_lacks=("{%",),
    ),
    Case(
        "tag-split-over-two-lines",
        HEAD + "Thanks {% mention\nada %}.\n",
        ("posts/p.md:4: {% mention: unterminated tag (missing '%}')",),
        html_lacks=("{% mention",),
    ),
    Case(
        "nested-tags",
        HEAD + "{% mention {% mention ada %} %}\n",
        ("posts/p.md:4: {% mention {% mention ada %}: too many words; put the text in double quotes",),
        html_lacks=("{% mention",),
    ),
    Case(
        "spotlight-inside-a-sentence",
        HEAD + "Meet {% spotlight ada %} today.\n",
        (
            "posts/p.md:4: {% spotlight ada %}: a spotlight card must stand on its own line; "
            "shown as a mention",
        ),
        html_has=(ADA_LINK,),
    ),
    Case(
        "tight-and-loose-whitespace",
        HEAD + "A {%mention ada%} B {%\tmention   bo-connector\t%}.\n",
        html_has=(ADA_LINK, 'href="/spotlight/bo-connector/"'),
    ),
    Case("uppercase-tag-name-is-not-ours", HEAD + "{% MENTION ada %}\n", text_has=("{% MENTION ada %}",)),
    Case(
        "in-code-span",
        HEAD + "Write `{% mention nobody %}` to mention.\n",
        html_has=("<code>{% mention nobody %}</code>",),
    ),
    Case(
        "in-code-span-with-quotes",
        HEAD + 'Write `{% mention ada "A & B" %}`.\n',
        html_has=("<code>{% mention ada &quot;A &amp; B&quot; %}</code>",),
    ),
    Case(
        "in-backtick-fence",
        HEAD + "```\n{% spotlight nobody %}\n```\n",
        text_has=("{% spotlight nobody %}",),
    ),
    Case(
        "in-tilde-fence-with-language",
        HEAD + "~~~python\nx = '{% mention nobody %}'\n~~~\n",
        text_has=("{% mention nobody %}",),
    ),
    Case(
        "in-indented-code",
        HEAD + "Code:\n\n    {% spotlight nobody %}\n    {% mention nobody %}\n",
        text_has=("{% spotlight nobody %}\n{% mention nobody %}",),
    ),
    Case(
        "in-html-block",
        HEAD + "<div class=x>\n{% spotlight nobody %}\n</div>\n",
        text_has=("{% spotlight nobody %}",),
    ),
    Case(
        "in-html-comment",
        HEAD + "<!-- {% mention nobody %} -->\n\nText.\n",
        html_has=("<!-- {% mention nobody %} -->",),
    ),
    Case(
        "in-link-text",
        HEAD + "[Read {% mention ada %} here](https://example.org/)\n",
        html_has=('<span class="spotlight-mention h-card p-name">Ada Lovelace</span>',),
        html_lacks=(ADA_LINK,),
    ),
    Case(
        "as-a-link-target",
        HEAD + "[x]({% mention ada %})\n",
    ),
    Case(
        "in-image-alt-text",
        HEAD + "![{% mention ada %}](https://example.org/a.png)\n",
        html_has=('alt="{% mention ada %}"',),
    ),
    Case(
        "attr-list-after-a-tag",
        HEAD + "Thanks {% mention ada %}{: .x #y } and [{% mention ada %}{: .z }](https://example.org/).\n",
        html_has=(ADA_LINK + ">Ada Lovelace</a>", '<span class="spotlight-mention h-card p-name">Ada'),
        html_lacks=("spotlight-tag", "data-spotlight"),
    ),
    Case(
        # attr_list's attributes sort before `class` when serialised (`aria-label`, and `_` for a key
        # it cannot use, as in `{%}`): the placeholder is still found, and the attributes dropped
        "attr-list-sorting-before-the-class",
        HEAD + 'Thanks {% mention ada %}{: aria-label="x" } and {% mention ada %}{%} too.\n',
        html_has=(ADA_LINK + ">Ada Lovelace</a> and ",),
        html_lacks=("spotlight-tag", "data-spotlight", "aria-label", "<span _"),
    ),
    Case(
        "in-a-heading-list-quote-and-table",
        HEAD
        + "# By {% mention ada %}\n\n- {% mention ada %}\n\n> {% mention ada %}\n\n"
        + "| who |\n| --- |\n| {% mention ada %} |\n",
        html_has=(ADA_LINK,),
    ),
    Case(
        "html-in-the-custom-text",
        HEAD + f'{{% mention ada "{AUTHOR_PAYLOAD}" %}}\n\n{{% spotlight ada "{AUTHOR_PAYLOAD}" %}}\n',
        text_has=(AUTHOR_PAYLOAD,),
    ),
    Case(
        "crlf-line-endings",
        HEAD.replace("\n", "\r\n") + "Hi.\r\n\r\n{% mention nobody %}\r\n",
        ("posts/p.md:6: unknown changemaker 'nobody'",),
    ),
    Case(
        "byte-order-mark",
        "\ufeff" + HEAD + "{% mention nobody %}\n",
        ("posts/p.md:4: unknown changemaker 'nobody'",),
    ),
    Case(
        "long-header-and-a-fence-before-the-tag",
        "Title: P\nDate: 2026-01-05\nTags: a, b\nCategory: c\nAuthor: Me\n\n```\n{% mention x %}\n```\n\n"
        "{% mention nobody %}\n",
        ("posts/p.md:11: unknown changemaker 'nobody'",),
    ),
    Case("empty-body", HEAD, ()),
    Case(
        "post-that-is-only-a-tag",
        HEAD + "{% spotlight ada %}\n",
        # the index shows the post's automatic summary: the author's prose, never a card
        html_lacks=("spotlight-tag", "data-spotlight", "spotlight-card", ADA_LINK),
        page="index.html",
        theme="simple",
    ),
    Case(
        "tag-in-summary-metadata",
        "Title: P\nDate: 2026-01-05\nSummary: Thanks to {% mention ada %}.\n\nBody.\n",
        html_has=(ADA_LINK,),
        html_lacks=("spotlight-tag", "data-spotlight"),
        page="index.html",
        theme="simple",
    ),
    Case(
        "unknown-slug-in-summary-metadata",
        "Title: P\nDate: 2026-01-05\nSummary: Thanks to {% mention nobody %}.\n\nBody.\n",
        ("posts/p.md:3: unknown changemaker 'nobody'",),
        text_has=("Thanks to nobody.",),
        page="index.html",
        theme="simple",
    ),
    Case(
        "unknown-slug-in-spotlight-metadata",
        "Title: P\nDate: 2026-01-05\nSpotlight: ada, nobody\n\nBody.\n",
        ("posts/p.md:3: unknown changemaker 'nobody'",),
    ),
    Case(
        "about-with-an-unknown-value",
        "Title: P\nDate: 2026-01-05\nAbout: everyone\n\nBody.\n",
        ("posts/p.md:3: About: 'everyone' is not 'others' or 'self'; ignored",),
    ),
    Case("about-in-capitals", "Title: P\nDate: 2026-01-05\nAbout: Others\n\nBody.\n"),
]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_hostile_content_gives_exact_messages_and_safe_pages(guarded, case: Case):
    guarded.write("spotlight.yaml", REGISTRY)
    path = guarded.content / "posts" / "p.md"
    path.parent.mkdir(parents=True)
    path.write_bytes(case.text.encode("utf-8"))
    result = guarded.build(THEME=case.theme)
    assert relative_messages(result.messages, guarded.root) == list(case.expected)
    html = result.page(case.page)
    text = result.visible_text(case.page)
    for fragment in case.html_has:
        assert fragment in html
    for fragment in case.text_has:
        assert fragment in text
    for fragment in case.html_lacks:
        assert fragment not in html
    assert not _nested_links(html)


def _nested_links(html: str) -> bool:
    depth = 0

    class Parser(type(parse_html(""))):
        def handle_starttag(self, tag, attrs):
            nonlocal depth
            if tag == "a":
                depth += 1
                if depth > 1:
                    raise AssertionError("a link inside a link")

        def handle_endtag(self, tag):
            nonlocal depth
            if tag == "a":
                depth -= 1

    Parser().feed(html)
    return False


def test_tags_in_pages_drafts_and_hidden_posts_render(guarded):
    guarded.write("spotlight.yaml", REGISTRY)
    guarded.write("pages/about.md", "Title: About\n\n{% network circle=focus %}\n\n{% mention nobody %}\n")
    guarded.write("posts/d.md", "Title: D\nDate: 2026-01-05\nStatus: draft\n\n{% mention ada %}\n")
    guarded.write("posts/h.md", "Title: H\nDate: 2026-01-05\nStatus: hidden\n\n{% mention ada %}\n")
    result = guarded.build()
    assert relative_messages(result.messages, guarded.root) == [
        "pages/about.md:5: unknown changemaker 'nobody'"
    ]
    about = result.page("pages/about.html")
    assert about.count('<div class="spotlight-card ') == 2
    assert ADA_LINK in result.page("drafts/d.html")
    assert ADA_LINK in result.page("h.html")


def test_empty_file_is_skipped_by_pelican_without_a_traceback(guarded):
    guarded.write("spotlight.yaml", REGISTRY)
    (guarded.content / "empty.md").write_text("")
    guarded.write("posts/p.md", HEAD + "{% mention ada %}\n")
    result = guarded.build()
    assert result.messages == []
    assert ADA_LINK in result.page("p.html")


def test_a_tag_repeated_a_thousand_times(guarded):
    guarded.write("spotlight.yaml", REGISTRY)
    guarded.write(
        "posts/p.md",
        HEAD
        + "{% mention ada %} " * 1000
        + "\n\n"
        + "{% spotlight ada %}\n\n" * 1000
        + "{% mention nobody %}\n",
    )
    started = time.process_time()  # CPU time: another process's load cannot fail it
    result = guarded.build()
    assert time.process_time() - started < 30  # generous: it catches a hang, not a slow machine
    assert relative_messages(result.messages, guarded.root) == [
        "posts/p.md:2006: unknown changemaker 'nobody'"
    ]
    html = result.page("p.html")
    assert html.count(ADA_LINK) == 2000
    profile = result.page("spotlight/ada/index.html")
    assert profile.count('href="/p.html"') == 1  # featured once, however often it is tagged
