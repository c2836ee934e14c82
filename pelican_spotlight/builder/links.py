"""What a post links to, as templates read it: ``article.spotlights`` and the three names beside it.

``set_links`` gives each content object the build renders four plain attributes: ``spotlights`` (the
profiles it features), ``spotlight_related``, ``spotlight_jsonld`` and ``spotlight_share``. The last
two are small objects that make their text only when a template prints or reads them (``JsonLd``,
``ShareKit``), so no post keeps a copy of its JSON-LD or of its share texts.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any

from markupsafe import Markup

from pelican_spotlight.builder.site import Profile
from pelican_spotlight.core.urls import absolute_url
from pelican_spotlight.practice.share import ShareSite, ShareText, share_kit

# The four names set_links gives every content object it is handed.
LINK_NAMES = ("spotlights", "spotlight_related", "spotlight_jsonld", "spotlight_share")
NO_JSONLD = Markup("")  # one for every post without JSON-LD (a str: immutable, safe to share)


def set_links(
    content: Any,
    profiles: list[Profile],
    related: list[Any],
    jsonld: bool,
    share: ShareSite | None,
) -> None:
    """Set the four template names on one content object. Every content object the build renders
    gets all four, so a template reading them on a page or a draft that features nobody gets an
    empty list, an empty ``Markup`` or an empty dict rather than an undefined name.

    ``share`` is the build's one ``ShareSite`` for a published article, None for anything else."""
    content.spotlights = profiles
    content.spotlight_related = related
    content.spotlight_jsonld = JsonLd(content, profiles) if jsonld and profiles else NO_JSONLD
    content.spotlight_share = ShareKit(content, profiles, share) if profiles and share else {}


class ShareKit(Mapping):
    """``article.spotlight_share``: network -> ``ShareText``, made each time it is read (as a dict's
    methods are called), so no post keeps its texts. Made only for a published article that
    features someone; it is never empty, so its truth costs nothing."""

    __slots__ = ("content", "profiles", "site")

    def __init__(self, content: Any, profiles: Sequence[Profile], site: ShareSite) -> None:
        self.content = content
        self.profiles = profiles
        self.site = site

    def kit(self) -> dict[str, ShareText]:
        """The share texts, from the post's title and URL as they are now."""
        return share_kit(
            Markup(getattr(self.content, "title", "")).striptags(),
            absolute_url(self.site.base, self.content.url),
            [p.changemaker for p in self.profiles],
            self.site.mastodon_instance,
            language=self.site.language,
        )

    def __bool__(self) -> bool:
        return True

    def __getitem__(self, network: str) -> ShareText:
        return self.kit()[network]

    def __iter__(self) -> Iterator[str]:
        return iter(self.kit())

    def __len__(self) -> int:
        return len(self.kit())

    def keys(self) -> Any:
        return self.kit().keys()

    def values(self) -> Any:
        return self.kit().values()

    def items(self) -> Any:
        return self.kit().items()

    def __repr__(self) -> str:
        return repr(self.kit())


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
