"""Cross-links between posts and changemakers: pure functions over (post, featured slugs) pairs.

``backlinks`` lists the posts featuring each changemaker (their profile pages); ``RelatedIndex``
finds each post's related posts (``article.spotlight_related``) without comparing every pair.
"""

from __future__ import annotations

import heapq
from collections import defaultdict
from collections.abc import Hashable, Iterable, Sequence
from itertools import combinations
from typing import Any


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
