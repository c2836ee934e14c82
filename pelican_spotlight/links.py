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
