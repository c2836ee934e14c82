"""Cross-links between posts and changemakers: pure functions over (post, featured slugs) pairs."""

from __future__ import annotations

import heapq
from collections import defaultdict
from collections.abc import Hashable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from pelican_spotlight.registry import Changemaker


@dataclass(eq=False)
class Profile:
    """A changemaker in this build: the registry entry plus its page and the posts featuring it.

    Attribute access falls through to the changemaker, so templates write ``cm.name`` and ``cm.url``
    alike. ``url`` is the profile page's URL relative to ``SITEURL`` ('' when profile pages are off).
    """

    changemaker: Changemaker
    url: str = ""
    save_as: str = ""
    articles: list[Any] = field(default_factory=list)

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__") or name == "changemaker":
            raise AttributeError(name)
        return getattr(self.changemaker, name)

    @property
    def website(self) -> str | None:
        """Their own site (``url`` is their profile page here)."""
        return self.changemaker.url

    @property
    def count(self) -> int:
        return len(self.articles)

    @property
    def first_featured(self) -> datetime | None:
        return self.articles[-1].date if self.articles else None

    @property
    def last_featured(self) -> datetime | None:
        return self.articles[0].date if self.articles else None


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
    in thousands of posts costs thousands of steps, and the whole build grows with the square of
    their popularity. Here, posts sharing two or more changemakers come from an index of changemaker
    pairs (small lists), and posts sharing exactly one come from the head of each backlink list,
    ranked once. The result is the same as ``related(post, slugs, by_slug, limit)``.
    """

    def __init__(self, by_slug: dict[str, list[Any]]) -> None:
        self._key: dict[Any, tuple[float, str]] = {}
        counts: dict[Any, dict[str, int]] = defaultdict(dict)
        for slug, posts in by_slug.items():
            for post in posts:
                mine = counts[post]
                mine[slug] = mine.get(slug, 0) + 1
                if post not in self._key:
                    self._key[post] = (-post.date.timestamp(), str(post))
        self._counts = counts
        # Each backlink list ranked as ``related`` ranks ties: newest first, then by name.
        self._ranked = {
            slug: sorted(dict.fromkeys(posts), key=self._key.__getitem__) for slug, posts in by_slug.items()
        }
        # (a, b) -> posts featuring both; (a, a) -> posts listed twice under a.
        self._pairs: dict[tuple[str, str], list[Any]] = defaultdict(list)
        for post, mine in counts.items():
            slugs = sorted(mine)
            for i, a in enumerate(slugs):
                if mine[a] > 1:
                    self._pairs[a, a].append(post)
                for b in slugs[i + 1 :]:
                    self._pairs[a, b].append(post)

    def related(self, post: Hashable, slugs: Sequence[str], limit: int) -> list[Any]:
        if limit <= 0 or not slugs:
            return []
        mine = sorted(s for s in dict.fromkeys(slugs) if s in self._ranked)
        several: dict[Any, None] = {}  # posts sharing two or more, in no particular order
        for i, a in enumerate(mine):
            for b in mine[i:]:
                several.update(dict.fromkeys(self._pairs.get((a, b), ())))
        several.pop(post, None)
        shared = {other: sum(self._counts[other].get(s, 0) for s in mine) for other in several}
        for slug in mine:
            taken = 0
            for other in self._ranked[slug]:
                if taken == limit:
                    break
                if other is post or other in several:
                    continue
                shared[other] = 1
                taken += 1
        key = self._key
        return heapq.nsmallest(limit, shared, key=lambda p: (-shared[p], *key[p]))
