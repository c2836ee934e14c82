"""The two URL rules (pelican_spotlight/core/urls.py): links in pages follow SITEURL as given; links that
leave the site start at the first absolute of SITEURL and FEED_DOMAIN."""

from __future__ import annotations

import pytest

from pelican_spotlight.core.urls import absolute_root, absolute_url, site_link


@pytest.mark.parametrize(
    ("settings", "root"),
    [
        (
            {"SITEURL": "https://blog.example/", "FEED_DOMAIN": "https://feeds.example"},
            "https://blog.example",
        ),
        ({"SITEURL": "", "FEED_DOMAIN": "https://notes.example/"}, "https://notes.example"),
        ({"SITEURL": "/blog", "FEED_DOMAIN": "https://notes.example"}, "https://notes.example"),
        ({"SITEURL": "/blog"}, ""),
        ({"SITEURL": "", "FEED_DOMAIN": None}, ""),
        ({}, ""),
    ],
)
def test_links_that_leave_the_site_start_at_the_first_absolute_root(settings, root):
    assert absolute_root(settings) == root


def test_absolute_url_joins_once_and_keeps_absolute_urls():
    assert absolute_url("https://blog.example", "/posts/a.html") == "https://blog.example/posts/a.html"
    assert absolute_url("https://blog.example/", "posts/a.html") == "https://blog.example/posts/a.html"
    assert absolute_url("https://blog.example", "https://other.example/a") == "https://other.example/a"
    assert absolute_url("", "posts/a.html") == "posts/a.html"


@pytest.mark.parametrize(
    ("siteurl", "link"),
    [
        ("", "/spotlight/ada/"),
        ("/", "/spotlight/ada/"),
        ("/blog", "/blog/spotlight/ada/"),
        ("https://blog.example/sub/", "https://blog.example/sub/spotlight/ada/"),
    ],
)
def test_links_in_pages_follow_siteurl_as_given(siteurl, link):
    assert site_link(siteurl or "/", "spotlight/ada/") == link
