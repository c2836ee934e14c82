"""People who should meet: pure functions over the registry and the post records (the rules are
those of docs/practice.md#people-who-should-meet).

Rules, decided here once for the report page, ``report.json``, the build's summary and
``pelican-spotlight suggest``:

- A suggestion is a pair of changemakers, at least one with ``connect`` in ``why``, who share at least
  one tag (compared exactly, as ``{% network tag=… %}`` does), and whom no published post features
  together (cards, mentions, autolinks and ``Spotlight:`` metadata all count, as in the report). Once a
  post features both, the pair is retired.
- Order: more shared tags first; then pairs where both are on the focus list; then the pair whose most
  recent feature is newest (the newer of the two members' last featured dates; a pair of whom neither
  was ever featured comes after every pair with a date); then by slugs. Each pair is written with the
  smaller slug as ``a``.
- At most ``limit`` pairs (``SPOTLIGHT_SUGGEST_MAX``).

Why it is not quadratic in the network: comparing every pair is 12.5 million pairs at 5,000
changemakers. Pairs are found through an index by tag instead, level by level, from the most tags a
pair could share down to one, stopping at the first level that fills the list. For "share at least
``s`` tags" each changemaker is indexed only under its ``len(tags) - s + 1`` rarest tags (the prefix
filter of set-similarity joins: two tag sets with ``s`` tags in common always have a common tag among
those), so the high levels, where the best pairs are, look at a few small buckets; the one-tag level,
whose buckets are the largest, is reached only when the levels above found fewer pairs than asked for.
"""

from __future__ import annotations

import datetime as dt
import heapq
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from itertools import combinations
from typing import Any

from pelican_spotlight.core.records import Post
from pelican_spotlight.core.registry import Changemaker

CONNECT = "connect"


@dataclass(frozen=True, slots=True)
class Suggestion:
    """Two changemakers who should meet: ``a`` has the smaller slug."""

    a: Changemaker
    b: Changemaker
    shared_tags: tuple[str, ...]
    latest: dt.datetime | None = None  # the newer of the two members' last featured dates

    @property
    def both_focus(self) -> bool:
        return self.a.is_focus and self.b.is_focus

    @property
    def label(self) -> str:
        """``ada + bridge``, as the build's summary lists them."""
        return f"{self.a.slug} + {self.b.slug}"

    def as_dict(self) -> dict[str, Any]:
        """One entry of ``report.json``'s ``suggestions``."""
        return {
            "a": self.a.slug,
            "b": self.b.slug,
            "shared_tags": list(self.shared_tags),
            "both_focus": self.both_focus,
        }


def is_connector(cm: Changemaker) -> bool:
    return CONNECT in cm.why


def pair_key(x: str, y: str) -> tuple[str, str]:
    """The pair of two slugs, smaller first: the same pair whichever way round it is met."""
    return (x, y) if x < y else (y, x)


def featured_together(posts: Iterable[Post]) -> set[tuple[str, str]]:
    """Every pair of slugs that some post features together (these are retired)."""
    pairs: set[tuple[str, str]] = set()
    for post in posts:
        slugs = sorted(set(post.features))
        if len(slugs) > 1:
            pairs.update(combinations(slugs, 2))
    return pairs


def last_featured(posts: Iterable[Post]) -> dict[str, dt.datetime]:
    """slug -> the date of the newest post featuring it."""
    last: dict[str, dt.datetime] = {}
    for post in posts:
        for slug in post.features:
            if slug not in last or post.date > last[slug]:
                last[slug] = post.date
    return last


def shared_tags(a: Changemaker, b: Changemaker) -> tuple[str, ...]:
    """The tags both have, sorted (case-insensitively, then exactly) so the pair reads the same either way."""
    return tuple(sorted(set(a.tags) & set(b.tags), key=lambda t: (t.lower(), t)))


def suggest(changemakers: Sequence[Changemaker], posts: Iterable[Post], limit: int) -> list[Suggestion]:
    """At most ``limit`` pairs who should meet, best first (see the module's rules)."""
    posts = list(posts)
    people = [cm for cm in changemakers if cm.tags]
    if limit <= 0 or not any(is_connector(cm) for cm in people):
        return []
    retired = featured_together(posts)
    last = last_featured(posts)
    # Recency as a number, so one tuple orders the pairs: 0 = never featured, higher = newer, equal
    # dates equal.
    position = {date: n for n, date in enumerate(sorted(set(last.values())), start=1)}
    recency = {slug: position[date] for slug, date in last.items()}

    # Tags ordered rarest first (then by name): the prefix filter indexes each member's rarest tags.
    counts = Counter(t for cm in people for t in set(cm.tags))
    rank = {t: i for i, t in enumerate(sorted(counts, key=lambda t: (counts[t], t)))}
    ordered = [sorted(set(cm.tags), key=rank.__getitem__) for cm in people]
    tagsets = [frozenset(tags) for tags in ordered]
    connector = [is_connector(cm) for cm in people]

    sizes = sorted((len(tags) for tags in ordered), reverse=True)
    found: list[Suggestion] = []
    for level in range(sizes[1] if len(sizes) > 1 else 0, 0, -1):
        # A generator: a large level is never held in memory at once, only the best so far.
        keys = _ranked(_pairs_sharing(level, ordered, tagsets, connector), people, recency, retired)
        for *_, i, j in heapq.nsmallest(limit - len(found), keys):
            a, b = people[i], people[j]
            dates = [last[s] for s in (a.slug, b.slug) if s in last]
            found.append(Suggestion(a, b, shared_tags(a, b), max(dates) if dates else None))
        if len(found) >= limit:
            break
    return found


def _ranked(
    pairs: Iterable[tuple[int, int]],
    people: list[Changemaker],
    recency: dict[str, int],
    retired: set[tuple[str, str]],
) -> Iterator[tuple[bool, int, str, str, int, int]]:
    """``(not both on the focus list, -recency, slug a, slug b, i, j)`` of each pair not retired: the
    smallest tuples are the best pairs of a level (where all share the same number of tags)."""
    for x, y in pairs:
        i, j = (x, y) if people[x].slug < people[y].slug else (y, x)
        a, b = people[i].slug, people[j].slug
        if (a, b) in retired:
            continue
        both = people[i].is_focus and people[j].is_focus
        yield not both, -max(recency.get(a, 0), recency.get(b, 0)), a, b, i, j


def _pairs_sharing(
    level: int, ordered: list[list[str]], tagsets: list[frozenset[str]], connector: list[bool]
) -> Iterator[tuple[int, int]]:
    """Index pairs (at least one a connector) sharing exactly ``level`` tags, each once.

    Each member is looked up, then added, under its ``len(tags) - level + 1`` rarest tags: a pair with
    ``level`` tags in common always shares one of those, so no such pair is missed. A connector is
    looked up among everyone, anyone else among the connectors only.
    """
    everyone: dict[str, list[int]] = {}
    connectors: dict[str, list[int]] = {}
    for i, tags in enumerate(ordered):
        if len(tags) < level:
            continue
        prefix = tags[: len(tags) - level + 1]
        index = everyone if connector[i] else connectors
        candidates: set[int] = set()
        for tag in prefix:
            candidates.update(index.get(tag, ()))
        mine = tagsets[i]
        for j in candidates:
            if len(mine & tagsets[j]) == level:
                yield j, i
        for tag in prefix:
            everyone.setdefault(tag, []).append(i)
            if connector[i]:
                connectors.setdefault(tag, []).append(i)
