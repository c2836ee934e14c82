"""The optimised hot paths give exactly what the plain versions they replaced gave.

Each reference below is the straightforward version the plugin used to run; the fast versions must
agree with it on any input (see docs/benchmarks.md for why they were changed).
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from html.parser import HTMLParser

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pelican_spotlight.core.registry import Changemaker
from pelican_spotlight.markup.autolink import _WORD_RE, SKIP_ELEMENTS, NameIndex, autolink
from pelican_spotlight.markup.shortcodes import Tag
from pelican_spotlight.practice.related import RelatedIndex, backlinks, related
from pelican_spotlight.practice.report import Post as ReportPost
from pelican_spotlight.practice.roundups import build_roundups, first_featured

# -- autolink -----------------------------------------------------------------------------------------


def reference_link_text(text: str, index: NameIndex, linked: set[str], placeholder) -> str:
    words = list(_WORD_RE.finditer(text))
    if not words:
        return text
    pieces: list[str] = []
    last = 0
    i = 0
    while i < len(words):
        match = None
        for size in range(min(index.longest, len(words) - i), 0, -1):
            key = tuple(w[0] for w in words[i : i + size])
            if key in index.names:
                match = (*index.names[key], size)
                break
        if match is None or match[0].slug in linked:
            i += match[2] if match else 1
            continue
        cm, trailing, size = match
        start, end = words[i].start(), words[i + size - 1].end()
        if trailing and text.startswith(trailing, end):
            end += len(trailing)
        linked.add(cm.slug)
        pieces.append(text[last:start])
        shown = text[start:end]
        pieces.append(placeholder(Tag(name="mention", slug=cm.slug, text=shown, raw=shown)))
        last = end
        i += size
    pieces.append(text[last:])
    return "".join(pieces)


VOCAB = ["Ada", "Lovelace", "ada", "Open", "Commons", "Lab", "the", "lab", "Bo", "B.", "x", "É", "ß"]
# Letters whose str.lower() is longer ("İ") or depends on what follows ("Σ"), other spellings of the
# names ("LAB", "bo"), and a name made of them: matching respects the registry's capitalisation.
VOCAB += ["İ", "Iİ", "i̇", "ΑΣ", "Σ", "ς", "ας", ".\u0308", "LAB", "bo", "Hope", "hope"]
NAMES = [
    ("Ada Lovelace", ()),
    ("Open Commons Lab", ("Commons",)),
    ("Open Commons", ()),
    ("Bo", ("Bo B.",)),
    ("Lab", ()),
    ("ΑΣ Iİ", ()),
    ("Hope", ()),
]


def _index() -> NameIndex:
    people = [
        Changemaker(name=name, slug=f"cm-{i}", aliases=aliases) for i, (name, aliases) in enumerate(NAMES)
    ]
    return NameIndex(people)


def _placeholder(tag: Tag) -> str:
    return f"[{tag.slug}:{tag.text}]"


class Events(HTMLParser):
    """The reference's reading of HTML: the standard library's events, text merged as a browser
    would show it, with the elements autolink never writes into counted."""

    def __init__(self, html: str) -> None:
        super().__init__(convert_charrefs=True)
        self.events: list[tuple[str, str, bool]] = []  # (kind, what, inside a skipped element)
        self.depth = 0
        self.closing = self.unfinished = False
        self.feed(html)
        self.closing = True
        self.close()

    def handle_data(self, data: str) -> None:
        self.unfinished |= self.closing and data.startswith("<")
        if self.unfinished:  # unfinished markup at the end, handed over as data
            self.events.append(("markup", data, bool(self.depth)))
            return
        if self.events and self.events[-1][0] == "text" and self.events[-1][2] == bool(self.depth):
            data = self.events.pop()[1] + data
        self.events.append(("text", data, bool(self.depth)))

    def handle_starttag(self, tag: str, attrs: list) -> None:
        self.events.append(("start", self.get_starttag_text(), bool(self.depth)))
        self.depth += tag in SKIP_ELEMENTS

    def handle_endtag(self, tag: str) -> None:
        if tag in SKIP_ELEMENTS and self.depth:
            self.depth -= 1
        self.events.append(("end", tag, bool(self.depth)))

    def handle_startendtag(self, tag: str, attrs: list) -> None:
        self.events.append(("start", self.get_starttag_text(), bool(self.depth)))

    def handle_comment(self, data: str) -> None:
        self.events.append(("comment", data, bool(self.depth)))

    def unknown_decl(self, data: str) -> None:
        self.events.append(("decl", data, bool(self.depth)))

    handle_decl = handle_pi = unknown_decl


def reference_autolink_events(html: str, index: NameIndex) -> list[tuple[str, str, bool]]:
    """What autolink must give, as ``Events``: each text outside skipped elements linked in turn."""
    linked: set[str] = set()
    return [
        (
            kind,
            reference_link_text(what, index, linked, _placeholder) if kind == "text" and not skip else what,
            skip,
        )
        for kind, what, skip in Events(html).events
    ]


# Markup that a regular expression over "<...>" reads wrongly, beside plain elements and text.
MARKUP = [
    "<p>",
    "</p>",
    "<a href='x'>",
    "</a>",
    "<code>",
    "</code>",
    "<br/>",
    '<img alt="a > Hope">',
    "<img alt='Ada > Lovelace' src=x>",
    '<span title="</a>">',
    "</span>",
    "<script>if (a<b) { Hope }</script>",
    "<style>p>a { content: 'Hope' }</style>",
    "<!-- Hope -->",
    "<!-- a > b -->",
    "<![CDATA[ Hope > ]]>",
    "<h2>",
    "</h2>",
    " < ",
]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.lists(st.sampled_from([*VOCAB, *MARKUP, " ", ", ", ". ", "-", "'"]), max_size=30).map("".join),
        max_size=4,
    )
)
@pytest.mark.slow
def test_autolink_links_what_html_parser_reads_as_text(paragraphs: list[str]) -> None:
    index = _index()
    html = "".join(f"<p>{p}</p>" for p in paragraphs)
    linked = autolink(html, index, _placeholder)
    assert Events(linked).events == reference_autolink_events(html, index)
    # Only text changed: with the placeholders taken out again, the HTML is what went in.
    assert re.sub(r"\[cm-\d+:([^\]]*)\]", r"\1", linked) == html


@settings(max_examples=500, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.sampled_from(
                [*VOCAB, *MARKUP, "<a", "<p ", "</", "=", '"', "'", ">", "/>", "<!", "<?", "code"]
            ),
            st.text(alphabet="<>/!?-=\"' abpHope", max_size=6),
        ),
        max_size=40,
    ).map("".join)
)
@pytest.mark.slow
def test_autolink_agrees_with_html_parser_on_broken_markup(html: str) -> None:
    """Half-written tags, stray quotes and brackets: the fast split and html.parser agree, or the
    fast split gives way to html.parser."""
    index = _index()
    linked = autolink(html, index, _placeholder)
    try:
        expected = reference_autolink_events(html, index)
    except AssertionError:  # html.parser refuses it ("<![x["): nothing is linked
        assert linked == html
    else:
        if "</>" in html:  # dropped by html.parser without an event: nothing is linked
            assert linked == html
        else:
            assert Events(linked).events == expected


def test_markdown_output_takes_the_fast_split(monkeypatch) -> None:
    """Plain Markdown output never needs html.parser (which would cost twice the time)."""
    import markdown

    monkeypatch.setattr("pelican_spotlight.markup.autolink._TextSpans", None)  # calling it would fail
    html = markdown.markdown(
        '# Hope\n\nAda Lovelace met *Hope* at [the Lab](https://x.org/?a=1&b=2 "A > B").\n\n'
        "| a | b |\n|---|---|\n| Bo | `Lab` |\n\n![Hope's picture](p.png){: .right }\n",
        extensions=["extra"],
    )
    assert autolink(html, _index(), _placeholder).count("[cm-") == 3


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        ('<p><img alt="a > Hope"> Hope</p>', '<p><img alt="a > Hope"> [cm-6:Hope]</p>'),
        ("<script>if (a<b) {}</script><p>Hope</p>", "<script>if (a<b) {}</script><p>[cm-6:Hope]</p>"),
        ("<!-- a > Hope --> Hope", "<!-- a > Hope --> [cm-6:Hope]"),
        ("<![CDATA[ Hope ]]> Hope", "<![CDATA[ Hope ]]> [cm-6:Hope]"),
        (
            "<textarea>Hope</textarea><title>Hope</title> Hope",
            "<textarea>Hope</textarea><title>Hope</title> [cm-6:Hope]",
        ),
    ],
    ids=["quoted-gt-in-attribute", "lt-in-a-script", "gt-in-a-comment", "cdata", "textarea-and-title"],
)
def test_autolink_reads_html_as_a_browser_does(html: str, expected: str) -> None:
    assert autolink(html, _index(), _placeholder) == expected


# -- related posts ------------------------------------------------------------------------------------


@dataclass(eq=False)
class Post:
    name: str
    date: datetime

    def __str__(self) -> str:
        return self.name


SLUGS = ["a", "b", "c", "d", "e", "f", "g", "h", "i", "j"]


@settings(max_examples=500, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.integers(0, 6),  # day: many ties
            st.lists(st.sampled_from(SLUGS), max_size=11),  # features, repeats allowed, some wide
            st.booleans(),  # published
        ),
        min_size=1,
        max_size=40,
    ),
    st.integers(0, 6),
)
@pytest.mark.slow
def test_related_index_agrees_with_related(rows, limit) -> None:
    start = datetime(2026, 1, 1, tzinfo=UTC)
    # Names are unique, as Pelican's str(content) (the source path) is; dates tie often.
    posts = [Post(f"p{i:02d}", start + timedelta(days=day)) for i, (day, _, _) in enumerate(rows)]
    features = {post: slugs for post, (_, slugs, _) in zip(posts, rows, strict=True)}
    published = [post for post, (_, _, pub) in zip(posts, rows, strict=True) if pub]
    by_slug = backlinks(published, features)
    index = RelatedIndex(by_slug)
    for post in posts:
        expected = related(post, features[post], by_slug, limit)
        assert index.related(post, features[post], limit) == expected


def test_related_index_on_a_popular_changemaker() -> None:
    start = datetime(2020, 1, 1, tzinfo=UTC)
    posts = [Post(f"p{i:04d}", start + timedelta(hours=i)) for i in range(1500)]
    features = {p: ["focus", SLUGS[i % 5]] + (["x"] if i % 7 == 0 else []) for i, p in enumerate(posts)}
    by_slug = backlinks(posts, features)
    index = RelatedIndex(by_slug)
    for post in posts[::37]:
        assert index.related(post, features[post], 5) == related(post, features[post], by_slug, 5)


@pytest.mark.slow
def test_related_index_on_random_archives() -> None:
    rng = random.Random(7)
    for _ in range(20):
        start = datetime(2020, 1, 1, tzinfo=UTC)
        posts = [Post(f"p{i:04d}", start + timedelta(days=rng.randrange(40))) for i in range(300)]
        features = {p: rng.sample(SLUGS[:6], rng.choice((0, 1, 2, 3, 3, 4, 5))) for p in posts}
        features[posts[0]] = SLUGS  # a wide post
        by_slug = backlinks(posts[: rng.randrange(200, 300)], features)
        index = RelatedIndex(by_slug)
        for post in posts:
            for limit in (1, 3, 5):
                expected = related(post, features[post], by_slug, limit)
                assert index.related(post, features[post], limit) == expected


# -- registry YAML ------------------------------------------------------------------------------------


def test_yaml_is_read_alike_by_both_loaders_and_errors_keep_their_words() -> None:
    from pelican_spotlight.core.registry import _Loader, compose_yaml

    good = "changemakers:\n- name: x\n  since: 2024-02-30\n- name: y\n  since: 2024-01-01\n  why: [a]\n"
    root, data = compose_yaml(good)
    assert data == _Loader(good).get_data()
    assert [n.start_mark.line for n in root.value[0][1].value] == [1, 3]
    for bad in ("a: [1, 2\nb: 3\n", "a: b: c\n", "\tname: x\n"):
        try:
            _Loader(bad).get_single_node()
        except Exception as exc:
            expected = exc
        try:
            compose_yaml(bad)
        except Exception as exc:
            assert (exc.problem, exc.problem_mark.line) == (expected.problem, expected.problem_mark.line)
        else:
            raise AssertionError(bad)


# -- roundups -----------------------------------------------------------------------------------------


def reference_is_new(cm: Changemaker, period, first: dict) -> bool:
    """The rule as docs/settings.md states it, asked per period."""
    if cm.since is not None:
        return period.start <= cm.since <= period.end
    return cm.slug in first and period.start <= first[cm.slug].date() <= period.end


@settings(max_examples=100, deadline=None)
@given(
    st.lists(st.one_of(st.none(), st.integers(0, 800)), min_size=1, max_size=8),
    st.lists(st.tuples(st.integers(0, 800), st.lists(st.integers(0, 7), max_size=3)), max_size=25),
    st.sampled_from(["week", "month", "quarter", "year"]),
)
def test_roundup_newcomers_are_who_is_new_in_each_period(sinces, rows, kind) -> None:
    """``build_roundups`` finds each changemaker's period once; the reference asks per period."""
    start = datetime(2025, 1, 1, 12, tzinfo=UTC)
    people = [
        Changemaker(
            name=f"P{i}", slug=f"p{i}", since=None if d is None else (start + timedelta(days=d)).date()
        )
        for i, d in enumerate(sinces)
    ]
    posts = [
        ReportPost(f"{n}.md", f"{n}.html", start + timedelta(days=day), features=tuple(f"p{i}" for i in who))
        for n, (day, who) in enumerate(rows)
    ]
    first = first_featured(posts)
    for roundup in build_roundups(posts, people, kind=kind):
        assert roundup.new == [cm.slug for cm in people if reference_is_new(cm, roundup.period, first)]
