"""Site builds: the report page and JSON, roundups and their feed, blogroll, recommendations, summary."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET

import feedparser
import pytest
from network_site import write_network_site

from pelican_spotlight.core.registry import Changemaker
from pelican_spotlight.practice.report import Post
from pelican_spotlight.practice.roundups import build_roundups

SVG = "{http://www.w3.org/2000/svg}"

DEFAULT_OUTPUTS = [
    "spotlight/report/index.html",
    "spotlight/report.json",
    "spotlight/roundups/index.html",
    "spotlight/roundups/2026-10/index.html",
    "spotlight/roundups/2026-11/index.html",
    "feeds/spotlight-roundups.atom.xml",
    "spotlight/blogroll.opml",
    ".well-known/recommendations.json",
]


@pytest.fixture
def network(site):
    write_network_site(site)
    return site


@pytest.fixture(scope="module")
def default_network(make_site):
    """The network site built once with the default settings, for the tests that only read its output."""
    site = make_site("network")
    write_network_site(site)
    site.build()
    return site


def test_every_output_at_its_default_url(default_network):
    network = default_network
    for path in DEFAULT_OUTPUTS:
        assert network.exists(path), path
    # September has only a self post: nobody spotlighted, no roundup
    assert not network.exists("spotlight/roundups/2026-09/index.html")


def test_report_json_counts_published_default_language_articles_once(default_network):
    network = default_network
    data = json.loads(network.read("spotlight/report.json"))
    assert data["target_ratio"] == 3.0
    assert data["totals"] == {"others": 3, "self": 2, "ratio": 1.5, "meets_target": False}
    assert [(p["key"], p["others"], p["self"]) for p in data["periods"]] == [
        ("2026-09", 0, 1),
        ("2026-10", 2, 0),
        ("2026-11", 1, 1),
    ]
    articles = {a["source"]: a for a in data["articles"]}
    assert sorted(articles) == [
        "posts/2026-09-self.md",
        "posts/2026-10-adrienne.md",
        "posts/2026-10-commons.md",
        "posts/2026-11-about-self.md",
        "posts/2026-11-bo.md",
    ]  # no draft, no hidden post, no translation
    assert articles["posts/2026-10-commons.md"] == {
        "source": "posts/2026-10-commons.md",
        "url": "shared-tools.html",
        "title": "A lab for shared tools",
        "date": "2026-10-20T10:00:00+00:00",
        "about": "others",
        "features": ["commons-lab"],
        "network": False,
    }
    assert articles["posts/2026-11-about-self.md"]["about"] == "self"
    counts = {c["slug"]: (c["count"], c["first"], c["last"]) for c in data["changemakers"]}
    assert counts["adrienne-example"] == (2, "2026-10-05T10:00:00+00:00", "2026-11-15T10:00:00+00:00")
    assert counts["quiet-person"] == (0, None, None)  # featured only in a hidden post
    assert data["due"] == ["quiet-person"]
    assert data["why"] == {"learn": 2, "contribute": 1, "connect": 3}


def test_report_page_has_accessible_scalable_charts_with_data_tables(default_network):
    network = default_network
    page = network.read("spotlight/report/index.html")
    assert "1.5 : 1" in page
    assert "below target" in page
    assert "Quiet Person" in page  # the due list
    assert "3 members on the focus list, of at most 10" in page
    assert "<script" not in page.split("<body", 1)[1]  # readable with JavaScript off
    svgs = [
        ET.fromstring(part.split("</svg>")[0] + "</svg>")
        for part in ("<svg" + p for p in page.split("<svg")[1:])
    ]
    # each chart twice: for a desktop's column, then for a phone's, hidden unless the stylesheet shows it
    assert len(svgs) == 6
    wide, narrow = svgs[::2], svgs[1::2]
    assert [s.get("id") + "-narrow" for s in wide] == [s.get("id") for s in narrow]
    assert {s.get("style") for s in wide} == {None} and {s.get("style") for s in narrow} == {"display: none"}
    assert {s.get("viewBox").split()[2] for s in wide} == {"640"} and {
        s.get("viewBox").split()[2] for s in narrow
    } == {"330"}
    for svg in svgs:
        assert svg.get("role") == "img"
        assert svg.get("width") == "100%"
        assert svg.get("viewBox").startswith("0 0 ")
        title_id, desc_id = svg.get("aria-labelledby").split()
        assert svg.find(f"{SVG}title").get("id") == title_id
        assert svg.find(f"{SVG}desc").get("id") == desc_id
        assert svg.find(f"{SVG}title").text
    assert page.count('<table class="spotlight-table">') == 3
    assert "target 3 : 1" in page  # the target line's label
    assert "spotlight/spotlight.css" in page


def test_registry_text_is_escaped_in_charts_and_pages(site):
    site.write(
        "spotlight.yaml",
        'changemakers:\n  - name: "<script>alert(1)</script> & Co"\n    slug: evil\n    circle: focus\n',
    )
    site.write("a.md", "Title: A\nDate: 2026-01-01\n\n{% mention evil %}\n")
    site.build()
    for path in ("spotlight/report/index.html", "spotlight/roundups/2026-01/index.html"):
        page = site.read(path)
        assert "<script>alert(1)" not in page
        assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; Co" in page
    entry = feedparser.parse(site.read("feeds/spotlight-roundups.atom.xml")).entries[0]
    assert "<script>" not in entry.summary


def test_roundup_pages_link_neighbours_and_list_new_members(default_network):
    network = default_network
    october = network.read("spotlight/roundups/2026-10/index.html")
    november = network.read("spotlight/roundups/2026-11/index.html")
    assert "Spotlight roundup: October 2026" in october
    assert 'rel="next" href="/spotlight/roundups/2026-11/"' in october
    assert 'rel="prev"' not in october
    assert 'rel="prev" href="/spotlight/roundups/2026-10/"' in november
    assert 'href="/shared-tools.html">A lab for shared tools</a>' in october
    # Bo's `since` is 2026-11-01; Commons Lab has no `since` and was first featured in October
    new_in = lambda page: page.split("New to the network", 1)[1]  # noqa: E731
    assert "Bo Connector" in new_in(november)
    assert "Open Commons Lab" in new_in(october)
    assert "Adrienne Example" not in new_in(october)  # in the network since 2024
    assert "1.0 : 1" in november
    archive = network.read("spotlight/roundups/index.html")
    assert archive.index("November 2026") < archive.index("October 2026")


def test_roundups_unit_rules():
    d = lambda s: __import__("datetime").datetime.fromisoformat(s)  # noqa: E731
    ada = Changemaker(name="Ada", slug="ada")
    bo = Changemaker(name="Bo", slug="bo", since=d("2026-03-15").date())
    posts = [Post("a.md", "a.html", d("2026-01-10"), None, ("ada",)), Post("b.md", "b.html", d("2026-02-01"))]
    posts.append(Post("c.md", "c.html", d("2026-03-01"), None, ("ada",)))
    roundups = build_roundups(
        posts, [ada, bo], kind="month", url="r/{period}/", save_as="r/{period}/index.html"
    )
    assert [r.key for r in roundups] == ["2026-01", "2026-03"]  # February featured nobody
    assert roundups[0].new == ["ada"]
    assert roundups[1].new == ["bo"]  # since in March, even though not featured
    assert roundups[0].next is roundups[1] and roundups[1].previous is roundups[0]
    assert roundups[1].url == "r/2026-03/" and roundups[1].save_as == "r/2026-03/index.html"
    assert build_roundups(posts, [ada, bo], kind="year")[0].spotlights == [("ada", [posts[0], posts[2]])]


def test_roundup_feed_is_atom_with_one_entry_per_period_and_absolute_links(network):
    network.build(SITEURL="https://blog.example", FEED_DOMAIN="https://feeds.example")
    feed = feedparser.parse(network.read("feeds/spotlight-roundups.atom.xml"))
    assert not feed.bozo, feed.bozo_exception
    assert feed.version == "atom10"
    assert [e.title for e in feed.entries] == [
        "Spotlight roundup: November 2026",
        "Spotlight roundup: October 2026",
    ]
    # links that leave the site start at SITEURL when it is absolute, as in share texts (urls.py)
    assert feed.entries[0].link == "https://blog.example/spotlight/roundups/2026-11/"
    assert 'href="https://blog.example/meet-bo.html"' in feed.entries[0].summary
    assert len({e.id for e in feed.entries}) == 2


def test_feed_links_start_at_feed_domain_when_siteurl_is_not_absolute(network):
    network.build(SITEURL="", FEED_DOMAIN="https://feeds.example")
    feed = feedparser.parse(network.read("feeds/spotlight-roundups.atom.xml"))
    assert feed.entries[1].link == "https://feeds.example/spotlight/roundups/2026-10/"
    network.build(SITEURL="https://blog.example", FEED_DOMAIN=None)
    feed = feedparser.parse(network.read("feeds/spotlight-roundups.atom.xml"))
    assert feed.entries[1].link == "https://blog.example/spotlight/roundups/2026-10/"


def test_opml_has_one_outline_per_changemaker_with_a_feed_grouped_by_circle(default_network):
    network = default_network
    root = ET.fromstring(network.read("spotlight/blogroll.opml"))
    assert root.tag == "opml" and root.get("version") == "2.0"
    groups = root.find("body").findall("outline")
    assert [g.get("text") for g in groups] == ["Focus list"]  # no extended member has a feed
    feeds = root.findall(".//outline[@type='rss']")
    assert [(o.get("text"), o.get("title"), o.get("xmlUrl"), o.get("htmlUrl")) for o in feeds] == [
        (
            "Adrienne Example",
            "Adrienne Example",
            "https://adrienne.example/feed.xml",
            "https://adrienne.example",
        ),
        (
            "Open Commons Lab",
            "Open Commons Lab",
            "https://commons.example/feed.xml",
            "https://commons.example",
        ),
    ]


def test_recommendations_are_the_json_array_format(default_network):
    network = default_network
    items = json.loads(network.read(".well-known/recommendations.json"))
    assert isinstance(items, list)
    assert all(set(item) == {"url", "created_at", "updated_at"} for item in items)
    by_url = {i["url"]: i for i in items}
    assert sorted(by_url) == [
        "https://adrienne.example",
        "https://bo.example",
        "https://commons.example",
        "https://feedless.example",
    ]  # Quiet Person has no url
    assert by_url["https://adrienne.example"] == {
        "url": "https://adrienne.example",
        "created_at": "2024-03-01T00:00:00+00:00",  # since
        "updated_at": "2026-11-15T10:00:00+00:00",  # last featured
    }
    assert by_url["https://commons.example"]["created_at"] == "2026-10-20T10:00:00+00:00"  # first featured
    assert by_url["https://feedless.example"] == {
        "url": "https://feedless.example",
        "created_at": None,
        "updated_at": None,
    }


def test_custom_urls(network):
    network.build(
        SPOTLIGHT_REPORT_URL="network/ratio.html",
        SPOTLIGHT_REPORT_SAVE_AS="network/ratio.html",
        SPOTLIGHT_ROUNDUP_URL="network/{period}.html",
        SPOTLIGHT_ROUNDUP_SAVE_AS="network/{period}.html",
        SPOTLIGHT_ROUNDUPS_URL="network/roundups/",
        SPOTLIGHT_ROUNDUP_PERIOD="quarter",
        SPOTLIGHT_REPORT_JSON_SAVE_AS="data/ratio.json",
        SPOTLIGHT_OPML_SAVE_AS="blogroll.xml",
        SPOTLIGHT_RECOMMENDATIONS_SAVE_AS="recs.json",
        SPOTLIGHT_ROUNDUP_FEED_ATOM="feeds/roundups.xml",
    )
    for path in (
        "network/ratio.html",
        "network/2026-Q4.html",
        "network/roundups/index.html",
        "data/ratio.json",
        "blogroll.xml",
        "recs.json",
        "feeds/roundups.xml",
    ):
        assert network.exists(path), path
    for path in DEFAULT_OUTPUTS:
        assert not network.exists(path), path
    assert 'href="/network/2026-Q4.html"' in network.read("network/roundups/index.html")
    assert 'href="/network/roundups/"' in network.read("network/ratio.html")


@pytest.mark.parametrize(
    ("setting", "path"),
    [
        ("SPOTLIGHT_REPORT_SAVE_AS", "spotlight/report/index.html"),
        ("SPOTLIGHT_REPORT_JSON_SAVE_AS", "spotlight/report.json"),
        ("SPOTLIGHT_ROUNDUP_SAVE_AS", "spotlight/roundups/2026-10/index.html"),
        ("SPOTLIGHT_ROUNDUPS_SAVE_AS", "spotlight/roundups/index.html"),
        ("SPOTLIGHT_ROUNDUP_FEED_ATOM", "feeds/spotlight-roundups.atom.xml"),
        ("SPOTLIGHT_OPML_SAVE_AS", "spotlight/blogroll.opml"),
        ("SPOTLIGHT_RECOMMENDATIONS_SAVE_AS", ".well-known/recommendations.json"),
    ],
)
def test_an_empty_save_as_turns_that_output_off(network, setting, path):
    network.build(**{setting: ""})
    assert not network.exists(path)
    others = [
        p
        for p in DEFAULT_OUTPUTS
        if p != path and not (setting == "SPOTLIGHT_ROUNDUP_SAVE_AS" and "/20" in p)
    ]
    for other in others:
        assert network.exists(other), other


def test_roundup_pages_off_leaves_archive_without_dead_links(network):
    network.build(SPOTLIGHT_ROUNDUP_SAVE_AS="")
    archive = network.read("spotlight/roundups/index.html")
    assert "/spotlight/roundups/2026-" not in archive
    assert "October 2026" in archive
    feed = feedparser.parse(network.read("feeds/spotlight-roundups.atom.xml"))
    assert feed.entries[0].link.endswith("/spotlight/roundups/#2026-11")


@pytest.mark.parametrize(
    ("relative", "siteurl", "link"),
    [
        (False, "https://blog.example", 'href="https://blog.example/spotlight/roundups/"'),
        # relative links name the file: a folder link opened from disk shows a listing of the folder
        (True, "https://blog.example", 'href="../../spotlight/roundups/index.html"'),
        (False, "", 'href="/spotlight/roundups/"'),
    ],
)
def test_links_honour_siteurl_and_relative_urls(network, relative, siteurl, link):
    network.build(RELATIVE_URLS=relative, SITEURL=siteurl)
    assert link in network.read("spotlight/report/index.html")
    roundup = network.read("spotlight/roundups/2026-11/index.html")
    prefix = "../../../" if relative else f"{siteurl}/"
    assert f'href="{prefix}meet-bo.html"' in roundup
    profile = "spotlight/bo-connector/" + ("index.html" if relative else "")
    assert f'href="{prefix}{profile}"' in roundup


def test_summary_is_always_printed_and_below_target_warns(network, capsys, spotlight_logs):
    network.build()
    out = capsys.readouterr().out
    assert "Spotlight: 3 posts about others, 2 about yourself — 1.5 : 1 (target 3 : 1)" in out
    assert "1 due for a spotlight (not featured in 90 days): quiet-person" in out
    [warning] = [m for m in spotlight_logs() if "below the target" in m]
    assert (
        warning
        == "spotlight ratio 1.5 : 1 is below the target 3 : 1 (3 posts about others, 2 about yourself)"
    )


def test_no_warning_when_target_met_or_warning_off(network, capsys, spotlight_logs):
    network.build(SPOTLIGHT_TARGET_RATIO=1.5)
    assert "1.5 : 1 (target 1.5 : 1) ✓" in capsys.readouterr().out
    network.build(SPOTLIGHT_WARN_BELOW_TARGET=False)
    assert "✗ below target" in capsys.readouterr().out
    assert not [m for m in spotlight_logs() if "below the target" in m]


def test_fatal_warnings_fails_below_target_and_passes_when_turned_off(network):
    result = network.run_pelican_in_process("--fatal", "warnings")
    assert result.returncode != 0
    assert "Spotlight: 3 posts about others" in result.stdout
    network.settings["SPOTLIGHT_WARN_BELOW_TARGET"] = False
    result = network.run_pelican_in_process("--fatal", "warnings")
    assert result.returncode == 0, result.stdout + result.stderr


def test_any_template_can_read_the_report_object(network):
    overrides = network.root / "overrides"
    overrides.mkdir()
    (overrides / "index.html").write_text(
        "RATIO={{ spotlight.report.totals.ratio_text }} DUE={{ spotlight.report.due|join(',') }}"
        " ROUNDUPS={{ spotlight.roundups|length }}",
        encoding="utf-8",
    )
    network.build(THEME_TEMPLATES_OVERRIDES=[str(overrides)])
    assert network.read("index.html") == "RATIO=1.5 : 1 DUE=quiet-person ROUNDUPS=2"


def test_report_with_no_posts_and_no_registry_still_builds(site, spotlight_logs):
    site.write("pages/about.md", "Title: About\n\nHello.\n")
    site.build()
    data = json.loads(site.read("spotlight/report.json"))
    assert data["totals"] == {"others": 0, "self": 0, "ratio": None, "meets_target": True}
    assert "No posts counted yet." in site.read("spotlight/report/index.html")
    assert [m for m in spotlight_logs() if "below" in m] == []  # the missing registry is the one warning


# -- charts (pure) --------------------------------------------------------------------------------


def test_ratio_chart_marks_periods_against_the_target():
    from pelican_spotlight.practice.charts import ratio_chart

    svg = ET.fromstring(str(ratio_chart([("2026-10", 3.0), ("2026-11", 1.0), ("2026-12", None)], 3.0)))
    bars = svg.findall(f".//{SVG}rect")
    assert [b.get("class").split()[-1] for b in bars] == ["is-met", "is-below", "is-met"]
    assert [b.find(f"{SVG}title").text for b in bars] == [
        "2026-10: 3.0 : 1",
        "2026-11: 1.0 : 1",
        "2026-12: all others",
    ]
    heights = [float(b.get("height")) for b in bars]
    assert heights[0] == pytest.approx(3 * heights[1], abs=0.05)  # coordinates have two decimals
    assert "2 of them at or above the target" in svg.find(f"{SVG}desc").text
    assert "target 3 : 1" in [t.text for t in svg.iter(f"{SVG}text")]


def test_bar_chart_escapes_labels_and_handles_no_data():
    from pelican_spotlight.practice.charts import bar_chart

    text = str(bar_chart([("<b>A&B</b>", 2), ("C", 0)], "c", "Counts"))
    assert "<b>" not in text and "&lt;b&gt;A&amp;B&lt;/b&gt;" in text
    svg = ET.fromstring(text)
    assert [float(r.get("width")) for r in svg.iter(f"{SVG}rect")][1] == 0
    empty = ET.fromstring(str(bar_chart([], "e", "Nothing")))
    assert empty.find(f"{SVG}desc").text == "No data yet."
    assert empty.get("viewBox").startswith("0 0 640 ")


def report_with(counts: list[int]):
    """A report stand-in with a changemaker per count, for ``outputs.report_charts``."""
    from types import SimpleNamespace

    featured = [SimpleNamespace(name=f"Person {i:02d}", count=n) for i, n in enumerate(counts)]
    return SimpleNamespace(
        changemakers=featured,
        periods=[],
        target_ratio=3.0,
        why={"learn": 0, "contribute": 0, "connect": 0},
        social_weeks=[],
        weekly_goal=SimpleNamespace(together=None),
    )


@pytest.mark.parametrize("people", [3, 30, 31, 500])
def test_the_changemakers_chart_shows_at_most_the_30_most_featured(people):
    from pelican_spotlight.builder.outputs import report_charts

    counts = [(i * 7) % 11 for i in range(people)]
    chart = str(report_charts(report_with(counts))["changemakers"])
    wide = ET.fromstring(chart[: chart.index("</svg>") + len("</svg>")])  # the desktop's drawing
    rows = [g for g in wide.iter(f"{SVG}g") if g.get("class") == "spotlight-chart__row"]
    drawn = [g.find(f"{SVG}text").text for g in rows]
    most = sorted(range(people), key=lambda i: (-counts[i], f"Person {i:02d}"))[:30]
    assert drawn == [f"Person {i:02d}" for i in most]
    title = wide.find(f"{SVG}title").text
    if people > 30:
        expected = f"Posts featuring the 30 most featured of {people} changemakers (the table lists everyone)"
        assert title == expected
    else:
        assert title == "Posts featuring each changemaker"
