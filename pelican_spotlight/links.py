"""What a post links to, as templates read it: ``article.spotlights`` and the properties beside it.

Each content object gets one attribute, a ``Spotlights`` list of the profiles it features, which also
carries its related posts, whether to print JSON-LD and the site's sharing settings.
``install_properties`` adds ``spotlight_related``, ``spotlight_jsonld`` and ``spotlight_share`` to
Pelican's ``Content`` class (once, from ``plugin.register``); they read that attribute, and the
JSON-LD and the share texts are made only when a template prints them.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from typing import Any

from markupsafe import Markup

from pelican_spotlight.share import ShareSite, ShareText, absolute_url, share_kit
from pelican_spotlight.site import Profile


class Spotlights(list):
    """``article.spotlights``: the profiles a post features, in order; also carries its related posts.

    One attribute per content object rather than three: CPython shares a single key table among a
    class's instances only up to a few attributes, and Pelican's articles are at that limit, so a second
    new attribute turns every article's ``__dict__`` into a full table (~1.3 KB more per post). The
    other two names are properties on Pelican's ``Content`` reading this (``install_properties``).
    """

    __slots__ = ("jsonld", "related", "share")

    def __init__(
        self,
        profiles: Iterable[Profile] = (),
        related: Sequence[Any] = (),
        jsonld: bool = False,
        share: ShareSite | None = None,
    ):
        super().__init__(profiles)
        self.related = related
        self.jsonld = jsonld
        self.share = share  # the build's one ShareSite, on published articles; None elsewhere


def _spotlights(content: Any) -> Spotlights | None:
    found = getattr(content, "__dict__", {}).get("spotlights")
    return found if isinstance(found, Spotlights) else None


def spotlight_related(content: Any) -> Sequence[Any]:
    """``article.spotlight_related``: up to SPOTLIGHT_RELATED_MAX posts sharing changemakers."""
    found = _spotlights(content)
    return found.related if found is not None else []


def spotlight_jsonld(content: Any) -> JsonLd | Markup:
    """``article.spotlight_jsonld``: written out when a template prints it, so no post keeps a copy."""
    found = _spotlights(content)
    if not found or not found.jsonld:
        return Markup("")
    return JsonLd(content, found)


def spotlight_share(content: Any) -> dict[str, ShareText]:
    """``article.spotlight_share``: network -> text and link, made when read (no post keeps a copy);
    empty for anything but a published article that features someone."""
    found = _spotlights(content)
    if not found or found.share is None:
        return {}
    site = found.share
    return share_kit(
        Markup(getattr(content, "title", "")).striptags(),
        absolute_url(site.base, content.url),
        [p.changemaker for p in found],
        site.mastodon_instance,
    )


class JsonLd:
    """The JSON-LD ``<script>`` of one post, made when printed. Truth is cheap, so a theme's usual
    ``{% if article.spotlight_jsonld %}{{ article.spotlight_jsonld }}{% endif %}`` makes it once."""

    __slots__ = ("content", "profiles")

    def __init__(self, content: Any, profiles: Sequence[Profile]) -> None:
        self.content = content
        self.profiles = profiles

    def __bool__(self) -> bool:
        return bool(self.profiles)

    def __html__(self) -> Markup:
        return jsonld(Markup(getattr(self.content, "title", "")).striptags(), self.profiles)

    def __str__(self) -> str:
        return str(self.__html__())


class RelatedPost:
    """A post in ``article.spotlight_related``: the article itself to templates (every other attribute
    is the article's), with its URL worked out once. Pelican recomputes ``article.url`` from the URL
    settings on each access, and every post lists up to ``SPOTLIGHT_RELATED_MAX`` others."""

    __slots__ = ("article", "url")

    def __init__(self, article: Any, url: str) -> None:
        self.article = article
        self.url = url

    def __getattr__(self, name: str) -> Any:
        return getattr(self.article, name)

    def __str__(self) -> str:
        return str(self.article)


def install_properties(content_class: type) -> None:
    """Give Pelican's content class the read-only names that come from ``Spotlights``."""
    content_class.spotlight_related = property(spotlight_related)
    content_class.spotlight_jsonld = property(spotlight_jsonld)
    content_class.spotlight_share = property(spotlight_share)


def jsonld(headline: str, profiles: Iterable[Profile]) -> Markup:
    """schema.org JSON-LD naming whom a post mentions, for the theme's ``<head>``."""
    data = {
        "@context": "https://schema.org",
        "@type": "BlogPosting",
        "headline": headline,
        "mentions": [p.schema_org() for p in profiles],
    }
    text = json.dumps(data, ensure_ascii=False).replace("<", "\\u003c").replace(">", "\\u003e")
    return Markup('<script type="application/ld+json">') + Markup(text) + Markup("</script>")
