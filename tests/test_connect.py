"""People who should meet (docs/practice.md#people-who-should-meet): the rules as pure functions, then
one site where the report page, ``report.json`` and ``pelican-spotlight suggest`` must agree, then the
draft command."""

from __future__ import annotations

import datetime as dt
import json
import re
from itertools import combinations
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pelican_spotlight.cli.main import main
from pelican_spotlight.core.errors import SettingsError
from pelican_spotlight.core.registry import Changemaker
from pelican_spotlight.core.settings import SpotlightSettings
from pelican_spotlight.practice.connect import Suggestion, featured_together, suggest
from pelican_spotlight.practice.report import Post, build_report, summary_lines

UTC = dt.UTC
SAMPLE_SITE = Path(__file__).resolve().parent.parent / "sample_site"


def cm(slug: str, *tags: str, why: tuple[str, ...] = ("connect",), focus: bool = False) -> Changemaker:
    return Changemaker(
        name=slug.title(), slug=slug, why=why, tags=tags, circle="focus" if focus else "extended"
    )


def post(day: str, *features: str) -> Post:
    date = dt.datetime.fromisoformat(day).replace(tzinfo=UTC)
    return Post(f"{day}-{'-'.join(features)}.md", f"{day}.html", date, None, features)


def pairs(suggestions: list[Suggestion]) -> list[str]:
    return [s.label for s in suggestions]


def reference(changemakers: list[Changemaker], posts: list[Post], limit: int) -> list[tuple]:
    """The rules of docs/practice.md read literally: every pair compared with every other (quadratic),
    then sorted by each rule in turn, least important first (Python's sort is stable)."""
    together = {(x, y) for p in posts for x in p.features for y in p.features}
    last: dict[str, dt.datetime] = {}
    for p in posts:
        for slug in p.features:
            last[slug] = max(last.get(slug, p.date), p.date)
    found = []
    for a, b in combinations(changemakers, 2):
        a, b = sorted((a, b), key=lambda c: c.slug)
        shared = set(a.tags) & set(b.tags)
        if shared and ("connect" in a.why or "connect" in b.why) and (a.slug, b.slug) not in together:
            dates = [last[s] for s in (a.slug, b.slug) if s in last]
            found.append(
                (a.slug, b.slug, sorted(shared), a.is_focus and b.is_focus, max(dates, default=None))
            )
    found.sort(key=lambda f: (f[0], f[1]))
    found.sort(key=lambda f: (f[4] is not None, f[4]), reverse=True)  # newest first, never featured last
    found.sort(key=lambda f: (len(f[2]), f[3]), reverse=True)  # more shared tags, then both on focus
    return [f[:4] for f in found[:limit]]


def as_tuples(suggestions: list[Suggestion]) -> list[tuple]:
    return [(s.a.slug, s.b.slug, sorted(s.shared_tags), s.both_focus) for s in suggestions]


# -- the rules -------------------------------------------------------------------------------------------


def test_at_least_one_of_the_pair_must_have_connect():
    learners = [cm("ada", "art", why=("learn",)), cm("bo", "art", why=("contribute",))]
    assert suggest(learners, [], 5) == []
    one = [cm("ada", "art", why=("learn",)), cm("bo", "art", why=("learn", "connect"))]
    assert pairs(suggest(one, [], 5)) == ["ada + bo"]
    both = [cm("ada", "art"), cm("bo", "art")]
    assert pairs(suggest(both, [], 5)) == ["ada + bo"]


def test_the_pair_must_share_a_tag_compared_exactly():
    assert suggest([cm("ada", "art"), cm("bo", "tools")], [], 5) == []
    assert suggest([cm("ada", "art"), cm("bo", "Art")], [], 5) == []
    assert suggest([cm("ada", "art"), cm("bo")], [], 5) == []  # no tags at all
    [s] = suggest([cm("ada", "art", "tools", "media"), cm("bo", "tools", "art", "food")], [], 5)
    assert s.shared_tags == ("art", "tools")
    assert s.as_dict() == {"a": "ada", "b": "bo", "shared_tags": ["art", "tools"], "both_focus": False}


def test_a_post_featuring_both_retires_the_pair_whatever_else_it_features():
    people = [cm("ada", "art"), cm("bo", "art"), cm("cy", "art")]
    assert pairs(suggest(people, [], 5)) == ["ada + bo", "ada + cy", "bo + cy"]
    # features in any order, with someone else and an unknown slug beside them
    joint = post("2026-01-01", "cy", "ghost", "ada", "cy")
    assert pairs(suggest(people, [joint], 5)) == ["ada + bo", "bo + cy"]
    # featured apart, they are still to meet (bo's newer feature puts bo + cy before ada + cy)
    apart = [post("2026-01-01", "ada"), post("2026-01-02", "bo")]
    assert pairs(suggest(people, apart, 5)) == ["ada + bo", "bo + cy", "ada + cy"]
    assert featured_together([joint]) == {("ada", "cy"), ("ada", "ghost"), ("cy", "ghost")}


def test_order_more_shared_tags_then_both_focus_then_newest_feature_then_slugs():
    people = [
        cm("zed", "art", "tools"),  # shares two tags with yan: first, whatever else
        cm("yan", "art", "tools", why=("learn",)),
        cm("fa", "media", focus=True),  # fa + fo: both on the focus list
        cm("fo", "media", why=("learn",), focus=True),
        cm("new", "food"),  # featured most recently
        cm("old", "food", why=("learn",)),
        cm("ab", "land"),  # never featured: after every pair with a date, then by slug
        cm("ac", "land", why=("learn",)),
        cm("aa", "water"),
        cm("ad", "water", why=("learn",)),
    ]
    posts = [post("2026-03-01", "new"), post("2026-01-01", "old"), post("2025-01-01", "fa")]
    got = suggest(people, posts, 10)
    assert pairs(got) == ["yan + zed", "fa + fo", "new + old", "aa + ad", "ab + ac"]
    assert [s.both_focus for s in got] == [False, True, False, False, False]
    assert got[2].latest == dt.datetime(2026, 3, 1, tzinfo=UTC)
    assert got[3].latest is None


def test_ties_on_the_newest_feature_fall_to_the_slugs():
    people = [cm("d", "art"), cm("c", "art", why=("learn",)), cm("b", "food"), cm("a", "food")]
    # b + a and d + c: each pair's newest feature is the same day
    posts = [post("2026-05-01", "c"), post("2026-05-01", "a"), post("2026-01-01", "d")]
    assert pairs(suggest(people, posts, 5)) == ["a + b", "c + d"]


def test_the_cap():
    people = [cm(f"p{i:02d}", "art") for i in range(8)]
    assert len(suggest(people, [], 28 + 5)) == 28  # every pair of 8
    assert pairs(suggest(people, [], 3)) == ["p00 + p01", "p00 + p02", "p00 + p03"]
    assert suggest(people, [], 0) == []


def test_the_cap_takes_the_best_across_levels():
    # Two tags in common outrank one, even when the one-tag pair is newer and on the focus list.
    people = [cm("a", "x", focus=True), cm("b", "x", focus=True), cm("c", "x", "y"), cm("d", "x", "y")]
    posts = [post("2026-06-01", "a", "c"), post("2026-06-02", "a", "d")]
    assert pairs(suggest(people, posts, 1)) == ["c + d"]
    assert pairs(suggest(people, posts, 2)) == ["c + d", "a + b"]


_slugs = [f"s{i}" for i in range(9)]
_people = st.lists(
    st.tuples(
        st.lists(st.sampled_from(["art", "food", "land", "tools", "x"]), max_size=4, unique=True),
        st.lists(st.sampled_from(["learn", "contribute", "connect"]), max_size=2, unique=True),
        st.booleans(),
    ),
    min_size=9,
    max_size=9,
).map(lambda rows: [cm(s, *t, why=tuple(w), focus=f) for s, (t, w, f) in zip(_slugs, rows, strict=True)])
_posts = st.lists(
    st.tuples(st.integers(1, 4), st.lists(st.sampled_from(_slugs), max_size=4)).map(
        lambda p: post(f"2026-01-0{p[0]}", *p[1])
    ),
    max_size=8,
)


@settings(deadline=None, max_examples=150)
@given(_people, _posts, st.integers(0, 40), st.randoms())
@pytest.mark.slow
def test_the_tag_index_finds_what_comparing_every_pair_finds(people, posts, limit, rng):
    rng.shuffle(people)  # registry order must not matter
    assert as_tuples(suggest(people, posts, limit)) == reference(people, posts, limit)


def test_report_json_and_summary_line():
    people = [cm("ada", "art", focus=True), cm("bridge", "art", why=("learn",), focus=True), cm("cy", "art")]
    report = build_report([post("2026-01-01", "ada", "cy")], people, suggest_max=5)
    assert report.as_dict()["suggestions"] == [
        {"a": "ada", "b": "bridge", "shared_tags": ["art"], "both_focus": True},
        {"a": "bridge", "b": "cy", "shared_tags": ["art"], "both_focus": False},
    ]
    assert summary_lines(report)[2] == "2 introductions suggested: ada + bridge, bridge + cy"
    one = build_report([], people, suggest_max=1)
    assert summary_lines(one)[2] == "1 introduction suggested: ada + bridge"
    assert len(summary_lines(build_report([], people, suggest_max=0))) == 2  # nothing to say, no line
    assert build_report([], people, suggest_max=0).as_dict()["suggestions"] == []


@pytest.mark.parametrize("value", [-1, "5", 2.5, True, None])
def test_suggest_max_is_validated_like_the_other_counts(value):
    with pytest.raises(SettingsError, match=r"^SPOTLIGHT_SUGGEST_MAX: expected a whole number ≥ 0"):
        SpotlightSettings.from_pelican({"SPOTLIGHT_SUGGEST_MAX": value})
    assert SpotlightSettings.from_pelican({}).suggest_max == 5
    assert SpotlightSettings.from_pelican({"SPOTLIGHT_SUGGEST_MAX": 0}).suggest_max == 0


# -- one site: the page, report.json and the command agree -----------------------------------------------

REGISTRY = """
changemakers:
  - {name: Ada Example, slug: ada, circle: focus, why: [connect], tags: [art, tools]}
  - {name: Bridge Collective, slug: bridge, kind: organization, circle: focus, why: [learn],
     tags: [tools, art]}
  - {name: Cleo Example, slug: cleo, why: [learn, connect], tags: [art]}
  - {name: Dara Example, slug: dara, why: [learn], tags: [tools]}
  - {name: Eli Example, slug: eli, why: [contribute], tags: [art]}
  - {name: Fynn Example, slug: fynn, why: [connect], tags: [media]}
  - {name: Gus Example, slug: gus, why: [learn], tags: [media]}
  - {name: Hal Example, slug: hal, why: [connect], tags: [food]}
"""
POSTS = {
    # a mention and an autolinked name: retires cleo + eli
    "posts/one.md": "Title: One\nDate: 2026-01-10 10:00\n\n"
    "Thanks to {% mention cleo %} and to Eli Example.\n",
    # Spotlight: metadata only: retires ada + dara
    "posts/two.md": "Title: Two\nDate: 2026-02-10 10:00\nSpotlight: ada, dara\n\nNo tags here.\n",
    # a draft featuring both does not retire ada + bridge
    "posts/three.md": "Title: Three\nDate: 2026-03-10 10:00\nStatus: draft\n\n"
    "{% spotlight ada %}\n\n{% spotlight bridge %}\n",
}
EXPECTED = ["ada + bridge", "ada + cleo", "ada + eli", "bridge + cleo", "fynn + gus"]


def write_meet_site(site) -> None:
    site.write("spotlight.yaml", REGISTRY)
    for path, text in POSTS.items():
        site.write(path, text)
    site.settings.update(SPOTLIGHT_AUTOLINK=True, ARTICLE_PATHS=["posts"])
    site.write_conf()


@pytest.fixture(scope="module")
def meet(make_site):
    built = make_site("meet")
    write_meet_site(built)
    built.build()
    return built


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def page_pairs(html: str) -> list[str]:
    """The pairs on the report page, as 'a + b' of the profile links' slugs, in order."""
    section = html.split('id="spotlight-report-meet"')[1].split("</section>")[0]
    items = section.split('<li class="spotlight-meet__pair">')[1:]
    return [" + ".join(re.findall(r'href="[^"]*spotlight/([^/"]+)/"', item)) for item in items]


def test_report_page_json_and_command_agree(meet, capsys, monkeypatch):
    built = json.loads(meet.read("spotlight/report.json"))["suggestions"]
    assert [f"{s['a']} + {s['b']}" for s in built] == EXPECTED
    assert built[0] == {"a": "ada", "b": "bridge", "shared_tags": ["art", "tools"], "both_focus": True}
    assert page_pairs(meet.read("spotlight/report/index.html")) == EXPECTED

    monkeypatch.chdir(meet.root)
    code, out, _ = run(capsys, "report", "--format", "json")
    assert code == 0 and json.loads(out)["suggestions"] == built
    code, out, _ = run(capsys, "suggest", "--format", "json")
    assert code == 0 and json.loads(out) == built
    code, out, _ = run(capsys, "suggest", "--max", "2", "--format", "json")
    assert code == 0 and json.loads(out) == built[:2]


def test_report_page_names_the_shared_tags_and_each_ones_why(meet):
    html = meet.read("spotlight/report/index.html")
    section = html.split('id="spotlight-report-meet"')[1].split("</section>")[0]
    first = section.split('<li class="spotlight-meet__pair">')[1]
    assert (
        '<a href="/spotlight/ada/">Ada Example</a> and <a href="/spotlight/bridge/">Bridge Collective</a>'
        in first
    )
    assert "(both on the focus list)" in first
    assert "Shared tags: " in first and ">art</span>, <span" in first and ">tools</span>" in first
    assert "<dt>Ada Example</dt><dd>why: connect</dd>" in first
    assert "<dt>Bridge Collective</dt><dd>why: learn</dd>" in first


def test_build_summary_has_one_line_of_introductions(site, capsys):
    write_meet_site(site)
    site.build()
    out = capsys.readouterr().out
    lines = [line for line in out.splitlines() if "introduction" in line]
    assert lines == ["5 introductions suggested: " + ", ".join(EXPECTED)]


def test_suggest_text(meet, capsys, monkeypatch):
    monkeypatch.chdir(meet.root)
    code, out, _ = run(capsys, "suggest", "--max", "1")
    assert code == 0
    assert out == (
        "1. Ada Example (ada) + Bridge Collective (bridge)\n"
        "   shared tags: art, tools; both on the focus list\n"
        "   Ada Example: why connect\n"
        "   Bridge Collective: why learn\n"
        "   draft it: pelican-spotlight suggest --draft ada bridge\n"
    )


def test_suggest_exits_1_when_there_are_none(meet, capsys, monkeypatch):
    monkeypatch.chdir(meet.root)
    code, out, err = run(capsys, "suggest", "--max", "0")
    assert (code, out) == (1, "")
    assert "no introductions to suggest" in err
    code, out, _ = run(capsys, "suggest", "--max", "0", "--format", "json")
    assert (code, json.loads(out)) == (1, [])


@pytest.mark.parametrize(
    "argv", [["--max", "-1"], ["--max", "two"], ["--format", "xml"], ["--draft", "ada"], ["-s", "nope.py"]]
)
def test_suggest_bad_input_exits_2(meet, capsys, monkeypatch, argv):
    monkeypatch.chdir(meet.root)
    code, _, err = run(capsys, "suggest", *argv)
    assert code == 2 and err


# -- suggest --draft -------------------------------------------------------------------------------------


@pytest.fixture
def draftable(site, monkeypatch):
    write_meet_site(site)
    monkeypatch.chdir(site.root)
    return site


def test_draft_writes_an_introduction_into_the_first_article_path(draftable, capsys):
    code, out, _ = run(capsys, "suggest", "--draft", "ada", "bridge")
    assert code == 0
    path = draftable.content / "posts" / "spotlight-meet-ada-bridge.md"
    assert out == f"Wrote {path}\n"
    text = path.read_text(encoding="utf-8")
    head, body = text.split("\n\n", 1)
    meta = dict(line.split(": ", 1) for line in head.splitlines())
    assert meta["Status"] == "draft" and meta["About"] == "others"
    assert meta["Title"] == "People who should meet: Ada Example and Bridge Collective"
    assert meta["Slug"] == "spotlight-meet-ada-bridge"
    dt.date.fromisoformat(meta["Date"])
    assert "{% spotlight ada %}" in body and "{% spotlight bridge %}" in body
    assert "They share: art, tools." in body
    assert "{% mention ada %}, meet {% mention bridge %}." in body


def test_draft_is_valid_content_a_draft_and_not_counted(draftable, capsys):
    _, before, _ = run(capsys, "report", "--format", "json")
    assert run(capsys, "suggest", "--draft", "fynn", "gus")[0] == 0
    code, out, _ = run(capsys, "check")
    assert code == 0, out
    draftable.build()
    assert json.loads(draftable.read("spotlight/report.json")) == json.loads(before)
    assert draftable.exists("drafts/spotlight-meet-fynn-gus.html")


def test_draft_never_overwrites(draftable, capsys):
    path = draftable.content / "posts" / "spotlight-meet-ada-cleo.md"
    path.write_text("mine\n", encoding="utf-8")
    code, _, err = run(capsys, "suggest", "--draft", "ada", "cleo")
    assert code == 2
    assert "already exists; not overwritten" in err
    assert path.read_text(encoding="utf-8") == "mine\n"


@pytest.mark.parametrize(
    ("pair", "message"),
    [
        (["ada", "brige"], "unknown changemaker 'brige' (did you mean 'bridge'?)"),
        (["adaa", "bridge"], "unknown changemaker 'adaa' (did you mean 'ada' or 'dara'?)"),
        (["ada", "ada"], "two different changemakers"),
    ],
)
def test_draft_refuses_a_pair_not_in_the_registry(draftable, capsys, pair, message):
    code, _, err = run(capsys, "suggest", "--draft", *pair)
    assert code == 2
    assert message in err
    assert not list((draftable.content / "posts").glob("spotlight-meet-*"))


# -- the sample site -------------------------------------------------------------------------------------


def test_sample_site_suggests_and_a_post_retires_a_pair(sample_output):
    from pelican_spotlight.cli.reading import load_settings, read_site

    suggested = json.loads((sample_output / "spotlight" / "report.json").read_text())["suggestions"]
    shown = [(s["a"], s["b"]) for s in suggested]
    assert len(shown) >= 2
    site = read_site(load_settings(SAMPLE_SITE / "pelicanconf.py"), use_cache=False)
    [meet_post] = [p for p in site.posts if p.title == "Three people who should meet"]
    others = [p for p in site.posts if p is not meet_post]
    without = [(s.a.slug, s.b.slug) for s in suggest(list(site.registry), others, len(shown))]
    retired = [pair for pair in without if pair not in shown]
    assert retired, "the post should retire a pair that would otherwise be suggested"
    assert all(set(pair) <= set(meet_post.features) for pair in retired)
