"""The optimised hot paths give exactly what the plain versions they replaced gave.

Each reference below is the straightforward version the plugin used to run; the fast versions must
agree with it on any input (see docs/benchmarks.md for why they were changed).
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from pelican_spotlight.autolink import _WORD_RE, NameIndex, autolink
from pelican_spotlight.registry import Changemaker
from pelican_spotlight.related import RelatedIndex, backlinks, related
from pelican_spotlight.report import Post as ReportPost
from pelican_spotlight.roundups import build_roundups, first_featured
from pelican_spotlight.shortcodes import Tag

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


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.lists(st.sampled_from([*VOCAB, " ", ", ", ". ", "-", "'"]), max_size=30).map("".join),
        max_size=4,
    )
)
def test_autolink_matches_the_plain_word_by_word_scan(paragraphs: list[str]) -> None:
    index = _index()
    html = "".join(f"<p>{p}</p>" for p in paragraphs)
    fast = autolink(html, index, _placeholder)

    linked: set[str] = set()
    expected = "".join(
        part if not part or part.startswith("<") else reference_link_text(part, index, linked, _placeholder)
        for part in re.split(r"(<!--.*?-->|<[^>]*>)", html)
    )
    assert fast == expected


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(st.sampled_from([*VOCAB, " "]), st.text(max_size=3)), max_size=30).map("".join))
def test_autolink_matches_the_plain_scan_on_any_text(text: str) -> None:
    index = _index()
    html = "<p>" + text.replace("<", " ").replace(">", " ") + "</p>"
    linked: set[str] = set()
    expected = "<p>" + reference_link_text(html[3:-4], index, linked, _placeholder) + "</p>"
    assert autolink(html, index, _placeholder) == expected


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
    from pelican_spotlight.registry import _compose, _Loader

    good = "changemakers:\n- name: x\n  since: 2024-02-30\n- name: y\n  since: 2024-01-01\n  why: [a]\n"
    root, data = _compose(good)
    assert data == _Loader(good).get_data()
    assert [n.start_mark.line for n in root.value[0][1].value] == [1, 3]
    for bad in ("a: [1, 2\nb: 3\n", "a: b: c\n", "\tname: x\n"):
        try:
            _Loader(bad).get_single_node()
        except Exception as exc:
            expected = exc
        try:
            _compose(bad)
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
