"""Real site builds: profile and directory pages, cross-links, URLs, overrides and the content cache."""

from __future__ import annotations

import json
import os
import re
import time
from pathlib import Path

import pytest

POSTS = {
    "posts/one.md": """
        Title: One
        Date: 2026-01-10

        {% spotlight adrienne-example %}

        And {% mention commons-lab %}.
        """,
    "posts/two.md": """
        Title: Two
        Date: 2026-02-10
        Summary: With {% mention bo-connector %} in the summary.

        Thanks {% mention adrienne-example %} and {% mention commons-lab "the lab" %}.
        """,
    "posts/three.md": """
        Title: Three
        Date: 2026-03-10
        Spotlight: adrienne-example

        A post that features Adrienne through metadata only.
        """,
    "posts/four.md": """
        Title: Four
        Date: 2026-04-10

        All about me, featuring no one.
        """,
    "posts/draft.md": """
        Title: Draft
        Date: 2026-04-11
        Status: draft

        {% mention adrienne-example %} in a draft.
        """,
    "pages/about.md": """
        Title: About
        Date: 2026-01-01

        I learn from {% mention adrienne-example %}.
        """,
}


def write_blog(site):
    """The registry of tests/data and the posts above, written into ``site``."""
    site.write(
        "spotlight.yaml", (Path(__file__).parent / "data" / "registry.yaml").read_text(encoding="utf-8")
    )
    for path, text in POSTS.items():
        site.write(path, text)
    return site


@pytest.fixture
def blog(site):
    return write_blog(site)


@pytest.fixture(scope="module")
def default_blog(make_site):
    """The blog built once with the default settings, for the tests that only read its output."""
    site = write_blog(make_site("blog"))
    site.build()
    return site


def hrefs(html: str) -> list[str]:
    return re.findall(r'href="([^"]*)"', html)


def test_profile_page_lists_backlinks_newest_first_with_first_and_last(default_blog):
    blog = default_blog
    html = blog.read("spotlight/adrienne-example/index.html")
    # drawn by the theme's page.html (notmyidea), its h-card named without a second heading
    assert '<h1 class="entry-title">Adrienne Example</h1>' in html
    assert '<data class="p-name" value="Adrienne Example"></data>' in html
    section = html[html.index('<ol class="spotlight-backlinks">') :]
    backlinks = re.findall(r'<li><a href="/([^"]+)">([^<]+)</a>', section[: section.index("</ol>")])
    assert backlinks == [("three.html", "Three"), ("two.html", "Two"), ("one.html", "One")]
    assert "Featured in 3 posts" in html
    assert 'First featured <time datetime="2026-01-10' in html
    assert 'last featured <time datetime="2026-03-10' in html
    assert "https://adrienne.example" in html
    assert "To learn from them" in html and "To connect them with people who should meet" in html
    assert "Draft" not in html  # drafts are not backlinks


def test_directory_lists_focus_then_extended_with_counts(default_blog):
    blog = default_blog
    html = blog.read("spotlight/index.html")
    focus = html.index('id="focus"')
    extended = html.index('id="extended"')
    assert focus < html.index("Adrienne Example") < extended
    assert focus < html.index("Open Commons Lab") < extended
    assert extended < html.index("Bo Connector", extended)
    assert "2 on the focus list, 1 in the extended network" in html
    assert "Featured in 3 posts" in html  # Adrienne
    assert 'id="kind-organization"' in html and 'id="why-contribute"' in html and 'id="tag-art"' in html


def test_content_links_point_at_profiles(default_blog):
    blog = default_blog
    one = blog.read("one.html")
    assert 'href="/spotlight/adrienne-example/"' in one and 'href="/spotlight/commons-lab/"' in one
    two = blog.read("two.html")
    assert ">the lab</a>" in two
    # Summary metadata is rendered too (the index shows summaries)
    assert 'href="/spotlight/bo-connector/">Bo Connector</a> in the summary' in blog.read("index.html")
    assert 'href="/spotlight/adrienne-example/"' in blog.read("pages/about.html")


def test_related_posts_and_spotlights_reach_templates(blog, tmp_path):
    overrides = tmp_path / "overrides"
    overrides.mkdir()
    (overrides / "article.html").write_text(
        "{{ article.title }}|{% for p in article.spotlights %}{{ p.slug }}:{{ p.url }};{% endfor %}"
        "|{% for a in article.spotlight_related %}{{ a.title }}@{{ a.url }}@{{ a.date.year }};{% endfor %}"
        "|{% if article.spotlight_jsonld %}{{ article.spotlight_jsonld }}{% else %}none{% endif %}"
        "|{{ article.spotlight_share|length }}"
    )
    # A page and a draft are given the four names too: a template reading them never meets an
    # undefined name (``is defined`` tells a set attribute from Jinja's Undefined).
    (overrides / "page.html").write_text(
        "{{ page.title }}|{% for p in page.spotlights %}{{ p.slug }};{% endfor %}"
        "|{{ page.spotlight_related is defined }}|{{ page.spotlight_jsonld is defined }}"
        "|{{ page.spotlight_share is defined }}:{{ page.spotlight_share|length }}"
    )
    # An absolute SITEURL: without one a share text would carry a relative link, and the kit is left
    # out (tests/reliability/test_share_without_siteurl.py).
    blog.build(
        THEME_TEMPLATES_OVERRIDES=[str(overrides)],
        ARTICLE_URL="posts/{slug}/",
        SITEURL="https://blog.example",
    )
    one = blog.read("one.html").split("|")
    assert one[:3] == [
        "One",
        "adrienne-example:spotlight/adrienne-example/;commons-lab:spotlight/commons-lab/;",
        "Two@posts/two/@2026;Three@posts/three/@2026;",  # Two shares two changemakers, Three one
    ]
    jsonld = json.loads(re.search(r"<script type=\"application/ld\+json\">(.*)</script>", one[3])[1])
    assert jsonld["mentions"] == [
        {
            "@type": "Person",
            "name": "Adrienne Example",
            "url": "https://adrienne.example",
            "sameAs": ["https://social.example/@adrienne", "https://bsky.app/profile/adrienne.example"],
        },
        {"@type": "Organization", "name": "Open Commons Lab", "url": "https://commons.example"},
    ]
    assert one[4] == "4"  # Mastodon, Bluesky, LinkedIn, email
    assert blog.read("four.html").split("|")[1:] == ["", "", "none", "0"]
    assert blog.read("pages/about.html") == "About|adrienne-example;|True|True|True:0"  # a page: no share kit
    draft = blog.read("drafts/draft.html").split("|")
    assert draft[1] == "adrienne-example:spotlight/adrienne-example/;"
    assert draft[3].startswith('<script type="application/ld+json">') and draft[4] == "0"  # not published


def test_related_posts_honour_the_maximum(blog, tmp_path):
    overrides = tmp_path / "overrides"
    overrides.mkdir()
    (overrides / "article.html").write_text("{{ article.spotlight_related|length }}")
    blog.build(THEME_TEMPLATES_OVERRIDES=[str(overrides)], SPOTLIGHT_RELATED_MAX=1)
    assert blog.read("one.html") == "1"


def test_custom_urls(blog):
    blog.build(SPOTLIGHT_URL="people/{slug}.html", SPOTLIGHT_INDEX_URL="people/")
    assert blog.exists("people/adrienne-example.html")
    assert blog.exists("people/index.html")
    assert not blog.exists("spotlight/adrienne-example/index.html")
    assert 'href="/people/adrienne-example.html"' in blog.read("one.html")
    assert 'href="/people/adrienne-example.html"' in blog.read("people/index.html")


def test_custom_save_as_separately(blog):
    blog.build(SPOTLIGHT_URL="who/{slug}", SPOTLIGHT_SAVE_AS="who/{slug}.html")
    assert blog.exists("who/commons-lab.html")
    assert 'href="/who/commons-lab"' in blog.read("one.html")


def test_empty_save_as_turns_pages_off_and_mentions_link_to_their_site(blog):
    blog.build(SPOTLIGHT_SAVE_AS="", SPOTLIGHT_INDEX_SAVE_AS="")
    assert not blog.exists("spotlight/index.html")
    for slug in ("adrienne-example", "commons-lab", "bo-connector"):
        assert not blog.exists(f"spotlight/{slug}/index.html")
    assert blog.exists("spotlight/report/index.html")  # other outputs keep their own switches
    one = blog.read("one.html")
    assert 'href="https://adrienne.example"' in one
    # the cards' stylesheet is still linked; no link leads to a profile or the directory
    assert re.findall(r'"(/spotlight/[^"]*)"', one) == ["/spotlight/spotlight.css"]


@pytest.mark.parametrize("relative", [True, False])
def test_relative_and_absolute_urls(blog, relative):
    blog.build(
        RELATIVE_URLS=relative,
        SITEURL="https://blog.example",
        ARTICLE_URL="posts/{slug}/",
        ARTICLE_SAVE_AS="posts/{slug}/index.html",
    )
    article = blog.read("posts/one/index.html")
    profile = blog.read("spotlight/adrienne-example/index.html")
    if relative:
        # the plugin's links name the file, which opens from disk too (Pelican's own links stay as set)
        assert 'href="../../spotlight/adrienne-example/index.html"' in article
        assert 'href="../../posts/three/"' in profile
        assert 'href="../../spotlight/index.html"' in profile
    else:
        assert 'href="https://blog.example/spotlight/adrienne-example/"' in article
        assert 'href="https://blog.example/posts/three/"' in profile


@pytest.mark.parametrize("siteurl", ["", "https://blog.example", "https://blog.example/sub/", "/sub"])
def test_profile_links_are_what_pelicans_own_filename_links_resolve_to(blog, siteurl):
    """Without RELATIVE_URLS the plugin writes profile links itself; they must equal Pelican's."""
    blog.write(
        "both.md",
        """
        Title: Both
        Date: 2026-04-01

        {% mention adrienne-example %} and [by hand]({filename}/.spotlight/adrienne-example).
        """,
    )
    blog.build(SITEURL=siteurl)
    links = re.findall(r'<a [^>]*href="([^"]*)"[^>]*>([^<]*)</a>', blog.read("both.html"))
    by_text = {text: href for href, text in links}
    assert by_text["Adrienne Example"] == by_text["by hand"]
    assert by_text["by hand"].endswith("spotlight/adrienne-example/")
    assert "{filename}" not in blog.read("both.html")


def test_roundup_feed_keeps_to_feed_max_items_newest_first(blog):
    blog.build(FEED_MAX_ITEMS=1)
    entries = re.findall(r"<title>([^<]*)</title>", blog.read("feeds/spotlight-roundups.atom.xml"))
    assert entries[1:] == ["Spotlight roundup: March 2026"]
    blog.build(FEED_MAX_ITEMS=None)
    entries = re.findall(r"<title>([^<]*)</title>", blog.read("feeds/spotlight-roundups.atom.xml"))
    assert entries[1:] == [
        "Spotlight roundup: March 2026",
        "Spotlight roundup: February 2026",
        "Spotlight roundup: January 2026",
    ]


def test_theme_can_override_a_plugin_template(blog, tmp_path):
    theme = tmp_path / "theme"
    (theme / "templates" / "spotlight").mkdir(parents=True)
    (theme / "templates" / "base.html").write_text("<main>{% block content %}{% endblock %}</main>")
    (theme / "templates" / "spotlight" / "changemaker.html").write_text(
        '{% extends "base.html" %}{% block content %}THEMED {{ changemaker.name }}{% endblock %}'
    )
    for name in (
        "index",
        "article",
        "page",
        "archives",
        "tags",
        "categories",
        "authors",
        "category",
        "tag",
        "author",
        "period_archives",
    ):
        (theme / "templates" / f"{name}.html").write_text('{% extends "base.html" %}')
    blog.build(THEME=str(theme))
    assert blog.read("spotlight/bo-connector/index.html") == "<main>THEMED Bo Connector</main>"
    # the plugin's directory template still extends the theme's base.html
    assert blog.read("spotlight/index.html").startswith("<main>")


def test_override_through_theme_templates_overrides(blog, tmp_path):
    overrides = tmp_path / "overrides" / "spotlight"
    overrides.mkdir(parents=True)
    (overrides / "index.html").write_text("DIRECTORY {{ spotlight|length }}")
    blog.build(THEME_TEMPLATES_OVERRIDES=[str(tmp_path / "overrides")])
    assert blog.read("spotlight/index.html") == "DIRECTORY 3"


def _touch_later(path):
    """Pelican's cache compares modification times: make the edit unmistakably newer."""
    later = time.time() + 5
    os.utime(path, (later, later))


@pytest.mark.parametrize("layer", ["reader", "generator"])
def test_registry_edit_shows_at_next_build_with_the_content_cache(blog, registry_yaml, layer):
    settings = {"CACHE_CONTENT": True, "LOAD_CONTENT_CACHE": True, "CONTENT_CACHING_LAYER": layer}
    blog.build(**settings)
    assert "Adrienne Example" in blog.read("one.html")
    assert list((blog.root / "cache").iterdir()), "the content cache was not written"

    edited = (
        registry_yaml.replace("name: Adrienne Example", "name: Adrienne Renamed\n    slug: adrienne-example")
        .replace("Organizer and writer on emergent strategy.", "Now writes about gardens.")
        .replace("https://adrienne.example", "https://renamed.example")
    )
    _touch_later(blog.write("spotlight.yaml", edited))
    blog.build(**settings)
    for page in ("one.html", "two.html", "pages/about.html", "spotlight/adrienne-example/index.html"):
        html = blog.read(page)
        assert "Adrienne Example" not in html, page
        assert "Adrienne Renamed" in html, page
    assert "Now writes about gardens." in blog.read("one.html")
    assert "https://renamed.example" in blog.read("one.html")


def test_repeated_builds_in_one_process_match_a_fresh_build(blog, tmp_path):
    """What ``pelican --autoreload`` does: many builds, one process."""
    from pelican import Pelican

    settings = blog.pelican_settings()
    pelican = Pelican(settings)
    for _ in range(3):
        pelican.run()
    repeated = {p.relative_to(blog.output): p.read_bytes() for p in blog.output.rglob("*") if p.is_file()}
    for path in blog.output.rglob("*"):
        if path.is_file():
            path.unlink()
    blog.build()
    fresh = {p.relative_to(blog.output): p.read_bytes() for p in blog.output.rglob("*") if p.is_file()}
    assert repeated.keys() == fresh.keys()
    assert repeated == fresh
