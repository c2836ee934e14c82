"""What a build keeps until its last page is written, it keeps once (docs/benchmarks.md, memory at
20,000 posts): post records share their post's strings, and the generator forgets what only
``generate_context`` needs."""

from __future__ import annotations

from datetime import datetime
from types import SimpleNamespace

from pelican import signals

from pelican_spotlight.builder.content import post_records


class _Article(SimpleNamespace):
    __hash__ = object.__hash__  # hashable by identity, as Pelican's content objects are


def _article(title: str, source: str) -> _Article:
    return _Article(
        title=title,
        source_path=f"/site/content/{source}",
        relative_source_path=source,
        url="a.html",
        date=datetime(2026, 11, 2),
        metadata={},
        slug="a",
    )


def test_a_record_shares_its_posts_title_and_path_and_strips_a_title_with_markup():
    plain = _article("Plain title", "posts/a.md")
    marked = _article("A <em>marked</em> &amp; title", "posts/b.md")
    records = post_records([plain, marked], {}, "/site/content")
    assert records[0].title is plain.title and records[0].source is plain.relative_source_path
    assert records[1].title == "A marked & title" and records[1].source is marked.relative_source_path
    stale = _article("Plain", "posts/c.md")
    stale.relative_source_path = "elsewhere.md"  # not the record's path: not taken
    assert post_records([stale], {}, "/site/content")[0].source == "posts/c.md"


def test_the_generator_forgets_what_only_generate_context_needs(site, registry_yaml):
    site.write("spotlight.yaml", registry_yaml)
    site.write("hello.md", "Title: Hello\nDate: 2026-01-05\n\nThanks to {% mention adrienne-example %}.\n")
    seen = []

    def grab(generators):
        seen.extend(g for g in generators if type(g).__name__ == "SpotlightGenerator")

    signals.all_generators_finalized.connect(grab)
    try:
        site.build()
    finally:
        signals.all_generators_finalized.disconnect(grab)
    (generator,) = seen
    assert generator.site is not None and [p.slug for p in generator.site if p.count] == ["adrienne-example"]
    assert generator.features == {} and generator.content_problems == {} and generator.networks == set()
    assert 'href="/spotlight/adrienne-example/"' in site.read("hello.html")
