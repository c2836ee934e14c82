"""Cross-links between posts and changemakers: pure functions over (post, featured slugs) pairs."""

from __future__ import annotations

import heapq
import json
from collections import defaultdict
from collections.abc import Hashable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from itertools import combinations
from typing import Any

from markupsafe import Markup

from pelican_spotlight.registry import Changemaker
from pelican_spotlight.share import ShareSite, ShareText, absolute_url, share_kit


@dataclass(eq=False, slots=True)
class Profile:
    """A changemaker in this build: the registry entry plus its page and the posts featuring it.

    ``articles`` are Pelican's article objects, newest first; ``posts`` the same as report records.

    Attribute access falls through to the changemaker, so templates write ``cm.name`` and ``cm.url``
    alike. ``url`` is the profile page's URL relative to ``SITEURL`` ('' when profile pages are off).
    """

    changemaker: Changemaker
    url: str = ""
    save_as: str = ""
    articles: list[Any] = field(default_factory=list)
    # The same posts as ``report.Post`` records (URL, plain title, date computed once per post), for
    # pages that list many of them: Pelican recomputes ``article.url`` on every access.
    posts: list[Any] = field(default_factory=list)
    _schema_org: dict[str, Any] | None = field(default=None, init=False, repr=False)

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__") or name == "changemaker":
            raise AttributeError(name)
        return getattr(self.changemaker, name)

    @property
    def website(self) -> str | None:
        """Their own site (``url`` is their profile page here)."""
        return self.changemaker.url

    def schema_org(self) -> dict[str, Any]:
        """The schema.org Person or Organization naming them in a post's JSON-LD: made once per build,
        as thousands of posts may mention the same changemaker."""
        if self._schema_org is None:
            cm = self.changemaker
            item: dict[str, Any] = {
                "@type": "Organization" if cm.is_organization else "Person",
                "name": cm.name,
            }
            if cm.url:
                item["url"] = cm.url
            if cm.social_links:
                item["sameAs"] = [url for _, url in cm.social_links]
            self._schema_org = item
        return self._schema_org

    @property
    def count(self) -> int:
        return len(self.articles)

    @property
    def first_featured(self) -> datetime | None:
        return self.articles[-1].date if self.articles else None

    @property
    def last_featured(self) -> datetime | None:
        return self.articles[0].date if self.articles else None


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


def backlinks(posts: Iterable[Any], features: dict[Any, Sequence[str]]) -> dict[str, list[Any]]:
    """slug -> the posts featuring it, newest first (posts need a ``date``)."""
    by_slug: dict[str, list[Any]] = defaultdict(list)
    for post in sorted(posts, key=lambda p: p.date, reverse=True):
        for slug in features.get(post, ()):
            by_slug[slug].append(post)
    return by_slug


def related(
    post: Hashable,
    slugs: Sequence[str],
    by_slug: dict[str, list[Any]],
    limit: int,
) -> list[Any]:
    """Up to ``limit`` other posts sharing changemakers with ``post``: most shared first, then newest.

    ``by_slug`` is the output of ``backlinks``; the work grows with the posts that share a
    changemaker, never with the size of the archive times the registry.
    """
    if limit <= 0 or not slugs:
        return []
    shared: dict[Any, int] = defaultdict(int)
    for slug in dict.fromkeys(slugs):
        for other in by_slug.get(slug, ()):
            if other is not post:
                shared[other] += 1
    return heapq.nsmallest(limit, shared, key=lambda p: (-shared[p], -p.date.timestamp(), str(p)))


class RelatedIndex:
    """``related()`` for every post of a build, without walking long backlink lists.

    ``related`` counts every post that shares a changemaker, so a post featuring someone who appears
    in thousands of posts costs thousands of steps: the build grows with the square of their
    popularity. This index gives the same answer from the top down. A post sharing three or more
    changemakers is found in an index of changemaker triples (rare); one sharing exactly two at the
    head of a list ranked per pair, one sharing one at the head of each backlink list; a level is
    only read when the levels above it leave room in the top ``limit``. Posts with more than ``WIDE``
    changemakers are kept apart and always counted, and a query for such a post uses ``related``.
    """

    WIDE = 8

    def __init__(self, by_slug: dict[str, list[Any]]) -> None:
        self.by_slug = by_slug
        self._key: dict[Any, tuple[float, str]] = {}
        counts: dict[Any, dict[str, int]] = defaultdict(dict)
        for slug, posts in by_slug.items():
            for post in posts:
                mine = counts[post]
                mine[slug] = mine.get(slug, 0) + 1
                if post not in self._key:
                    self._key[post] = (-post.date.timestamp(), str(post))
        self._counts = counts
        rank = self._key.__getitem__
        # Newest first, then by str(post): the order ``related`` uses to break ties.
        self._ranked = {slug: sorted(dict.fromkeys(posts), key=rank) for slug, posts in by_slug.items()}
        pairs: dict[tuple[str, ...], list[Any]] = defaultdict(list)
        self._triples: dict[tuple[str, ...], list[Any]] = defaultdict(list)
        self._wide: dict[str, list[Any]] = defaultdict(list)  # listed twice, or too many to index
        for post, mine in counts.items():
            if len(mine) > self.WIDE or any(n > 1 for n in mine.values()):
                for slug in mine:
                    self._wide[slug].append(post)
                continue
            slugs = sorted(mine)
            for pair in combinations(slugs, 2):
                pairs[pair].append(post)
            for triple in combinations(slugs, 3):
                self._triples[triple].append(post)
        self._pairs = {pair: sorted(posts, key=rank) for pair, posts in pairs.items()}

    def related(self, post: Hashable, slugs: Sequence[str], limit: int) -> list[Any]:
        if limit <= 0 or not slugs:
            return []
        mine = sorted(s for s in dict.fromkeys(slugs) if s in self._ranked)
        if len(mine) > self.WIDE:
            return related(post, slugs, self.by_slug, limit)
        counts = self._counts
        shared: dict[Any, int] = {}
        for slug in mine:
            for other in self._wide.get(slug, ()):
                if other is not post and other not in shared:
                    shared[other] = sum(counts[other].get(s, 0) for s in mine)
        for triple in combinations(mine, 3):
            for other in self._triples.get(triple, ()):
                if other is not post and other not in shared:
                    shared[other] = sum(counts[other].get(s, 0) for s in mine)
        # Each level is read only while the levels above leave room.
        for level, heads in ((2, combinations(mine, 2)), (1, ((s,) for s in mine))):
            if sum(1 for n in shared.values() if n > level) >= limit:
                break
            lists = self._pairs if level == 2 else {(s,): self._ranked[s] for s in mine}
            for head in heads:
                taken = 0
                for other in lists.get(head, ()):
                    if taken == limit:
                        break
                    if other is post or other in shared:
                        continue
                    shared[other] = level
                    taken += 1
        key = self._key
        return heapq.nsmallest(limit, shared, key=lambda p: (-shared[p], *key[p]))
