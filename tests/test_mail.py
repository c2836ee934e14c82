"""The roundup as a plain-text email (mail.py): one paragraph per changemaker, registry text on one line."""

from __future__ import annotations

import datetime as dt

from pelican_spotlight.core.periods import parse_period
from pelican_spotlight.core.records import Post
from pelican_spotlight.core.registry import Changemaker
from pelican_spotlight.practice.mail import roundup_email
from pelican_spotlight.practice.roundups import roundup_for

# A name that tries to start a header and a paragraph of its own, with markup that must stay text.
HOSTILE = Changemaker(
    "Ana\r\nBcc: everyone@example.org\n\n<b>Bold</b>  &amp;", "ana", url="https://ana.example"
)
BO = Changemaker("Bo", "bo")


def posts() -> list[Post]:
    day = dt.datetime(2026, 11, 3, 12)
    return [
        Post("a.md", "a.html", day, features=("ana", "bo"), title="First\nSubject: injected"),
        Post("b.md", "posts/b/", day + dt.timedelta(days=1), features=("ana",), title="Second"),
        Post("c.md", "c.html", day + dt.timedelta(days=2), title="Mine"),
    ]


def test_one_paragraph_per_changemaker_each_name_and_title_on_one_line():
    roundup = roundup_for(posts(), [HOSTILE, BO], parse_period("2026-11", "month"))
    people = {cm.slug: cm for cm in (HOSTILE, BO)}
    text = roundup_email(roundup, people.get, "https://blog.example", lambda slug: f"people/{slug}/")
    assert text == (
        "Subject: Spotlight roundup: November 2026\n"
        "\n"
        "Who I spotlighted in November 2026: 2 posts about others, 1 about myself (2.0 : 1).\n"
        "\n"
        "Ana Bcc: everyone@example.org <b>Bold</b> &amp;: https://ana.example\n"
        "Featured in “First Subject: injected”: https://blog.example/a.html\n"
        "Featured in “Second”: https://blog.example/posts/b/\n"
        "\n"
        "Bo: https://blog.example/people/bo/\n"
        "Featured in “First Subject: injected”: https://blog.example/a.html\n"
        "\n"
        "New to my network: Ana Bcc: everyone@example.org <b>Bold</b> &amp;, Bo.\n"
    )
    assert text.count("\n\n") == 4 and "\r" not in text  # the header ends at the first blank line


def test_someone_no_longer_in_the_registry_is_named_by_slug():
    roundup = roundup_for(posts(), [HOSTILE, BO], parse_period("2026-11", "month"))
    text = roundup_email(roundup, lambda slug: None, "https://blog.example")
    assert "\n\nana\nFeatured in" in text and "\n\nbo\nFeatured in" in text
