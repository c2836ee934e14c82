"""The share kit (share.py): text per network within its limit, handles never cut, plain share links."""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pelican_spotlight.core.registry import Changemaker
from pelican_spotlight.core.urls import absolute_root, absolute_url
from pelican_spotlight.practice.share import (
    ELLIPSIS,
    KIT,
    LIMITS,
    NETWORKS,
    compose,
    graphemes,
    handle,
    length,
    mailto,
    share_kit,
    share_text,
)

URL = "https://blog.example/2026/11/a-post.html"

ADA = Changemaker(
    "Adrienne Example",
    "adrienne-example",
    social=(("mastodon", "@adrienne@social.example"), ("bluesky", "adrienne.example")),
)
LAB = Changemaker("Open Commons Lab", "commons-lab", kind="organization")
MAYA = Changemaker(
    "Maya", "maya", social=(("mastodon", "maya@art.example"), ("bluesky", "@maya.bsky.social"))
)


def test_handles_per_network_and_names_for_those_without():
    kit = share_kit("Three people who should meet", URL, [ADA, LAB, MAYA])
    assert kit["mastodon"].text == (
        "Three people who should meet\n\n"
        "Featuring @adrienne@social.example, Open Commons Lab and @maya@art.example\n\n" + URL
    )
    assert "Featuring @adrienne.example, Open Commons Lab and @maya.bsky.social" in kit["bluesky"].text
    # Typed @handles do not tag anyone on LinkedIn: names there.
    assert "Featuring Adrienne Example, Open Commons Lab and Maya" in kit["linkedin"].text
    assert list(kit) == [*NETWORKS, "email"] == list(KIT)


def test_share_links_need_no_script_and_carry_the_text():
    kit = share_kit("A title & more", URL, [ADA], mastodon_instance="mastodon.example")
    bluesky = urlsplit(kit["bluesky"].link)
    assert (bluesky.scheme, bluesky.netloc, bluesky.path) == ("https", "bsky.app", "/intent/compose")
    assert parse_qs(bluesky.query)["text"] == [kit["bluesky"].text]
    linkedin = urlsplit(kit["linkedin"].link)
    assert (linkedin.netloc, linkedin.path) == ("www.linkedin.com", "/sharing/share-offsite/")
    assert parse_qs(linkedin.query) == {"url": [URL]}
    mastodon = urlsplit(kit["mastodon"].link)
    assert (mastodon.netloc, mastodon.path) == ("mastodon.example", "/share")
    assert parse_qs(mastodon.query)["text"] == [kit["mastodon"].text]


def test_no_mastodon_link_without_an_instance():
    kit = share_kit("T", URL, [ADA])
    assert kit["mastodon"].link is None
    assert kit["mastodon"].text  # the text is still there to copy


def test_a_long_title_is_shortened_and_handles_and_url_stay_whole():
    title = "A very long title " * 40
    kit = share_kit(title, URL, [ADA, LAB, MAYA])
    for network in NETWORKS:
        item = kit[network]
        assert item.length <= LIMITS[network]
        assert URL in item.text
        if network != "linkedin":
            assert handle(ADA, network) in item.text and handle(MAYA, network) in item.text
    assert kit["bluesky"].text.split("\n\n")[0].endswith(ELLIPSIS)
    assert kit["linkedin"].text.startswith(" ".join(title.split()))  # 3,000 characters: room enough


def test_bluesky_counts_graphemes_not_code_points():
    family = "👩‍👩‍👧‍👦"  # seven code points, one grapheme
    assert len(family) == 7 and len(graphemes(family)) == 1
    assert length(family, "bluesky") == 1
    assert length(family, "linkedin") == 7
    text = share_text(family * 400, URL, ["@a.example"], "bluesky")
    assert length(text, "bluesky") <= 300
    assert len(text) > 300  # code points: it would have been cut far shorter by a naive count
    title = text.split("\n\n")[0]
    assert set(graphemes(title[:-1])) == {family}  # never a cluster cut in half


def test_mastodon_counts_a_short_link_as_23():
    assert length("https://a.eu", "mastodon") == 23
    assert length("x https://a.example/" + "p" * 40, "mastodon") == 2 + len("https://a.example/") + 40


def test_people_are_left_off_only_when_even_a_one_grapheme_title_leaves_no_room():
    people = [f"@person{i:03d}@instance.example" for i in range(40)]
    text = share_text("Title of the post", URL, people, "mastodon")
    assert length(text, "mastodon") <= 500
    assert URL in text
    shown = [p for p in people if p in text]
    assert shown == people[: len(shown)]  # kept in order, none cut
    more = len(people) - len(shown)
    assert f"+{more} more" in text
    # One more person would not fit even with the title down to its first grapheme.
    tighter = compose("T" + ELLIPSIS, URL, people[: len(shown) + 1], more - 1)
    assert length(tighter, "mastodon") > 500


def test_absolute_url_and_absolute_root():
    assert absolute_root({"SITEURL": "https://blog.example/", "FEED_DOMAIN": "https://x.example"}) == (
        "https://blog.example"
    )
    assert absolute_root({"SITEURL": "", "FEED_DOMAIN": "https://notes.example"}) == "https://notes.example"
    assert absolute_root({"SITEURL": ""}) == ""
    assert absolute_url("https://blog.example", "posts/a.html") == "https://blog.example/posts/a.html"
    assert absolute_url("https://blog.example", "https://other.example/a") == "https://other.example/a"


# -- property tests ------------------------------------------------------------------------------

handles = st.one_of(
    st.from_regex(r"@[a-z0-9_]{1,30}@[a-z0-9]{1,20}\.example", fullmatch=True),
    st.from_regex(r"@[a-z0-9-]{1,30}\.bsky\.social", fullmatch=True),
)
names = st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=60).filter(
    lambda s: s.split()
)
titles = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=4000)
urls = st.from_regex(r"https://[a-z]{1,20}\.example/[a-z0-9/-]{0,100}\.html", fullmatch=True)
emoji = st.sampled_from(["👩‍👩‍👧‍👦", "🇫🇷", "e\u0301", "👍🏽", "ñ", "नमस्ते", "漢字"])


@settings(max_examples=100, deadline=None)
@given(
    title=st.one_of(titles, st.lists(emoji, max_size=800).map("".join)),
    url=urls,
    people=st.lists(st.one_of(handles, names.map(lambda s: " ".join(s.split()))), max_size=40),
    network=st.sampled_from(NETWORKS),
)
@pytest.mark.slow
def test_share_text_stays_within_the_limit_and_keeps_url_and_whole_handles(title, url, people, network):
    text = share_text(title, url, people, network)
    assert length(text, network) <= LIMITS[network]
    # The text ends with the first k people, each whole and in order, "+N more" for the rest, and
    # the URL whole: only the title (before it) was shortened.
    endings = [compose("", url, people[:k], len(people) - k) for k in range(len(people) + 1)]
    assert any(text.endswith(ending) for ending in endings)


@settings(max_examples=40, deadline=None)
@given(
    title=titles,
    people=st.lists(
        st.builds(
            lambda name, m, b: Changemaker(
                name, "x", social=tuple(p for p in (("mastodon", m), ("bluesky", b)) if p[1])
            ),
            names,
            st.one_of(st.just(""), st.from_regex(r"@[a-z]{1,20}@[a-z]{1,20}\.example", fullmatch=True)),
            st.one_of(st.just(""), st.from_regex(r"[a-z]{1,20}\.example", fullmatch=True)),
        ),
        max_size=12,
    ),
)
def test_every_network_of_the_kit_is_within_its_limit(title, people):
    kit = share_kit(title, URL, people, "mastodon.example")
    for network in NETWORKS:
        item = kit[network]
        assert item.length == length(item.text, network) <= LIMITS[network]
        assert URL in item.text
    # Email has no limit: the whole title, every person by name, the URL.
    assert kit["email"].text == compose(
        " ".join(title.split()), URL, [" ".join(p.name.split()) for p in people]
    )


@pytest.mark.parametrize("network", NETWORKS)
def test_a_short_text_is_left_as_it_is(network):
    assert share_text("  Short   title ", URL, ["Bo"], network) == f"Short title\n\nFeaturing Bo\n\n{URL}"


# -- email ---------------------------------------------------------------------------------------


def mailto_fields(link: str) -> dict[str, list[str]]:
    parts = urlsplit(link)
    assert (parts.scheme, parts.netloc, parts.path) == ("mailto", "", "")  # no recipient: the reader picks
    return parse_qs(parts.query, keep_blank_values=True)


def test_email_has_the_title_as_subject_and_the_shared_text_with_names():
    item = share_kit("  Three   people who should meet ", URL, [ADA, LAB, MAYA])["email"]
    assert item.label == "Email" and item.limit is None
    assert item.subject == "Three people who should meet"
    assert item.text == (
        "Three people who should meet\n\nFeaturing Adrienne Example, Open Commons Lab and Maya\n\n" + URL
    )
    assert item.length == len(item.text)
    fields = mailto_fields(item.link)
    assert fields["subject"] == [item.subject]
    assert fields["body"] == [item.text.replace("\n", "\r\n")]


def test_email_has_no_length_limit():
    title = "A very long title " * 400
    people = [Changemaker(f"Person number {i}", f"p{i}") for i in range(60)]
    item = share_kit(title, URL, people)["email"]
    assert item.subject == " ".join(title.split())  # never shortened
    assert all(p.name in item.text for p in people) and "more" not in item.text
    assert len(item.text) > 3000


def test_the_mailto_link_is_percent_encoded_as_rfc_6068_asks():
    link = mailto("Ça & ?=#% va", "Line one\nLine two\n\n#3 + https://a.example/?x=1&y=2")
    assert link == (
        "mailto:?subject=%C3%87a%20%26%20%3F%3D%23%25%20va"
        "&body=Line%20one%0D%0ALine%20two%0D%0A%0D%0A%233%20%2B%20https%3A%2F%2Fa.example%2F%3Fx%3D1%26y%3D2"
    )
    assert "+" not in link and " " not in link and "\n" not in link


@settings(max_examples=60, deadline=None)
@given(title=titles, people=st.lists(names, max_size=8))
def test_the_mailto_link_gives_back_subject_and_body_exactly(title, people):
    item = share_kit(title, URL, [Changemaker(n, "x") for n in people], networks=["email"])["email"]
    assert list(share_kit(title, URL, [], networks=["email"])) == ["email"]
    fields = mailto_fields(item.link)
    assert fields["subject"] == [item.subject]
    assert fields["body"] == ["\r\n".join(item.text.splitlines())]
    assert "\r" not in item.subject and "\n" not in item.subject  # one header line, whatever the title
