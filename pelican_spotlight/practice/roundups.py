"""Roundups: who was spotlighted in each period, in which posts, and who is new to the network.

Rules (pure functions, shared by the roundup pages, the feed and ``pelican-spotlight roundup``):

- There is one roundup per period (``SPOTLIGHT_ROUNDUP_PERIOD``) in which at least one published post
  featured a changemaker; a period where nobody was featured has no roundup.
- A changemaker is *new* in a period when their registry ``since`` date falls in it; without ``since``,
  when they were first featured in it. New members are listed even if no post featured them that period.
- A roundup's ratio counts the period's published posts with the same rules as the report.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from pelican_spotlight.core.periods import Period, period_of
from pelican_spotlight.core.records import OTHERS, SELF, Post
from pelican_spotlight.core.registry import Changemaker
from pelican_spotlight.practice.report import Tally, classify


@dataclass
class Roundup:
    """One period's roundup. ``spotlights`` pairs each featured slug with its posts, oldest first."""

    period: Period
    spotlights: list[tuple[str, list[Post]]]
    new: list[str]
    posts: list[Post]
    tally: Tally
    url: str = ""
    save_as: str = ""
    previous: Roundup | None = field(default=None, repr=False, compare=False)
    next: Roundup | None = field(default=None, repr=False, compare=False)

    @property
    def key(self) -> str:
        return self.period.key

    @property
    def updated(self) -> dt.datetime | None:
        """The newest post of the period: when this roundup last changed."""
        return max((p.date for p in self.posts), default=None)


def first_featured(posts: Iterable[Post]) -> dict[str, dt.datetime]:
    """slug -> the date of the first published post featuring it."""
    first: dict[str, dt.datetime] = {}
    for post in posts:
        for slug in post.features:
            if slug not in first or post.date < first[slug]:
                first[slug] = post.date
    return first


def build_roundups(
    posts: Iterable[Post],
    changemakers: Sequence[Changemaker],
    *,
    kind: str = "month",
    target_ratio: float = 3.0,
    default_about: str = SELF,
    url: str = "",
    save_as: str = "",
) -> list[Roundup]:
    """The roundups, oldest first, linked to their neighbours; ``url``/``save_as`` take ``{period}``."""
    posts = sorted(posts, key=lambda p: (p.date, p.source))
    known = {cm.slug for cm in changemakers}
    first = first_featured(posts)
    by_period: dict[Period, list[Post]] = {}
    for post in posts:
        by_period.setdefault(period_of(post.day, kind), []).append(post)

    # Who is new in which period: ``since`` falls in it, or, without ``since``, first featured in it.
    # Found once per changemaker rather than once per (period, changemaker).
    new_in: dict[Period, list[str]] = {}
    for cm in changemakers:
        day = cm.since if cm.since is not None else first.get(cm.slug)
        if day is not None:
            new_in.setdefault(period_of(day, kind), []).append(cm.slug)

    roundups: list[Roundup] = []
    for period, period_posts in sorted(by_period.items()):
        featured: dict[str, list[Post]] = {}
        for post in period_posts:
            for slug in dict.fromkeys(post.features):
                if slug in known:
                    featured.setdefault(slug, []).append(post)
        if not featured:
            continue
        classes = [classify(p, default_about) for p in period_posts]
        roundups.append(
            Roundup(
                period=period,
                spotlights=list(featured.items()),
                new=new_in.get(period, []),
                posts=period_posts,
                tally=Tally(classes.count(OTHERS), classes.count(SELF), target_ratio),
                url=url.format(period=period.key) if save_as else "",
                save_as=save_as.format(period=period.key) if save_as else "",
            )
        )
    for before, after in itertools.pairwise(roundups):
        before.next, after.previous = after, before
    return roundups


def roundup_for(
    posts: Iterable[Post],
    changemakers: Sequence[Changemaker],
    period: Period,
    *,
    target_ratio: float = 3.0,
    default_about: str = SELF,
) -> Roundup | None:
    """The roundup of one given period (None when nobody was featured in it)."""
    for roundup in build_roundups(
        posts, changemakers, kind=period.kind, target_ratio=target_ratio, default_about=default_about
    ):
        if roundup.period == period:
            return roundup
    return None
