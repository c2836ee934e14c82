"""The four names ``links.set_links`` gives a content object, without a site build."""

from __future__ import annotations

import json
from types import SimpleNamespace

from markupsafe import Markup

from pelican_spotlight.builder.links import JsonLd, ShareKit, set_links
from pelican_spotlight.builder.site import Profile
from pelican_spotlight.core.registry import Changemaker
from pelican_spotlight.practice.share import ShareSite, share_kit

ADA = Profile(Changemaker("Adrienne Example", "adrienne-example", social=(("bluesky", "adrienne.example"),)))
SITE = ShareSite("https://blog.example", "social.example")


def post(title: str = "A <em>post</em>") -> SimpleNamespace:
    return SimpleNamespace(title=title, url="2026/a-post.html")


def test_a_published_post_gets_its_profiles_related_jsonld_and_share_kit():
    content, other = post(), post("Other")
    set_links(content, [ADA], [other], jsonld=True, share=SITE)
    assert content.spotlights == [ADA] and content.spotlight_related == [other]
    assert isinstance(content.spotlight_jsonld, JsonLd) and content.spotlight_jsonld
    script = str(content.spotlight_jsonld)
    data = json.loads(script.removeprefix('<script type="application/ld+json">').removesuffix("</script>"))
    assert data["headline"] == "A post" and data["mentions"][0]["name"] == "Adrienne Example"
    kit = content.spotlight_share
    assert isinstance(kit, ShareKit) and kit
    url = "https://blog.example/2026/a-post.html"
    expected = share_kit("A post", url, [ADA.changemaker], "social.example")
    assert dict(kit) == expected and list(kit.values()) == list(expected.values())
    assert kit["bluesky"].text.startswith("A post\n\nFeaturing @adrienne.example") and len(kit) == 4
    assert list(kit) == ["mastodon", "bluesky", "linkedin", "email"]


def test_the_share_kit_follows_the_post_as_it_is_when_read():
    content = post()
    set_links(content, [ADA], [], jsonld=False, share=SITE)
    content.title = "Renamed"
    assert content.spotlight_share["linkedin"].text.startswith("Renamed\n\n")


def test_content_that_features_nobody_or_is_not_published_gets_empty_values():
    nobody, draft, off = post(), post(), post()
    set_links(nobody, [], [], jsonld=True, share=SITE)
    set_links(draft, [ADA], [], jsonld=True, share=None)  # a draft or a page: no share kit
    set_links(off, [ADA], [], jsonld=False, share=SITE)  # SPOTLIGHT_JSONLD = False
    assert nobody.spotlights == [] and nobody.spotlight_related == []
    assert nobody.spotlight_jsonld == Markup("") and not nobody.spotlight_jsonld
    assert nobody.spotlight_share == {} and draft.spotlight_share == {}
    assert draft.spotlight_jsonld and not off.spotlight_jsonld and off.spotlight_share
