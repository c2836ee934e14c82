"""The weekly rhythm on social channels: posts about others per ISO week, against a weekly goal.

Pure functions over ``SocialPost`` records (``social.py``) and the ``WeeklyGoal`` of
``SPOTLIGHT_SOCIAL_WEEKLY_OTHERS``:

- The weeks run from the first social post's ISO week to the last's, empty weeks included, so a
  quiet week shows as one that missed the goal rather than not at all.
- Each week counts its posts about others and about self, all social channels together, and per
  channel: every channel that has a post, or a goal of its own, is in every week (zeros included).
- An int goal is for all social channels together: a week meets it when its posts about others reach
  it, and no channel is judged on its own (its ``meets_target`` is None).
- A dict gives channels goals of their own: each such channel meets its goal or not, a channel left
  out is not judged, and a week meets the rhythm when every channel with a goal met its own.
- The rhythm in brief (the report page, ``report``): for each goal, how many of the last
  ``RECENT_WEEKS`` weeks up to the newest social post met it (fewer weeks when the posts span fewer).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from pelican_spotlight.core.periods import Period, period_of
from pelican_spotlight.core.records import OTHERS, SELF
from pelican_spotlight.core.settings import WeeklyGoal

if TYPE_CHECKING:
    from pelican_spotlight.channels.social import SocialPost

RECENT_WEEKS = 8


@dataclass(frozen=True, slots=True)
class ChannelWeek:
    """One channel's posts in one week, and its own goal (None: not judged on its own)."""

    others: int
    self: int
    goal: int | None

    @property
    def meets_target(self) -> bool | None:
        return None if self.goal is None else self.others >= self.goal

    def as_dict(self) -> dict[str, Any]:
        return {"others": self.others, "self": self.self, "meets_target": self.meets_target}


@dataclass(frozen=True)
class WeekTally:
    """One ISO week of social posts: all channels together and each channel."""

    period: Period
    others: int
    self: int
    goal: WeeklyGoal
    channels: dict[str, ChannelWeek]

    @property
    def meets_target(self) -> bool:
        """All channels together reach the goal (an int); or each channel with a goal, its own."""
        if self.goal.together is not None:
            return self.others >= self.goal.together
        return all(c.meets_target for c in self.channels.values() if c.meets_target is not None)

    def as_dict(self) -> dict[str, Any]:
        return {
            "key": self.period.key,
            "others": self.others,
            "self": self.self,
            "meets_target": self.meets_target,
            "channels": {name: c.as_dict() for name, c in self.channels.items()},
        }


@dataclass(frozen=True)
class Rhythm:
    """How many of the recent weeks met one goal: a channel's own, or (``channel`` None) the goal of
    all channels together."""

    channel: str | None
    goal: int
    met: int
    weeks: int
    last: str  # the newest week's key

    def as_dict(self) -> dict[str, Any]:
        return {"channel": self.channel, "goal": self.goal, "met": self.met, "weeks": self.weeks}


def social_weeks(social: Sequence[SocialPost], goal: WeeklyGoal) -> list[WeekTally]:
    """Every ISO week from the first social post's to the last's, with its counts, oldest first."""
    if not social:
        return []
    together: dict[str, Counter] = {}
    per_channel: dict[tuple[str, str], Counter] = {}
    keys: dict[dt.date, str] = {}  # a day's week, found once: a long archive has many posts a day
    for item in social:
        key = keys.get(item.day)
        if key is None:
            key = keys[item.day] = period_of(item.day, "week").key
        together.setdefault(key, Counter())[item.about] += 1
        per_channel.setdefault((key, item.channel), Counter())[item.about] += 1
    names = sorted({item.channel for item in social} | {name for name, _ in goal.channels})
    goals = {name: goal.goal(name) for name in names}
    week = period_of(min(p.day for p in social), "week")
    last = period_of(max(p.day for p in social), "week")
    weeks = []
    empty: Counter = Counter()
    while week.start <= last.start:
        c = together.get(week.key, empty)
        channels = {}
        for name in names:
            n = per_channel.get((week.key, name), empty)
            channels[name] = ChannelWeek(n[OTHERS], n[SELF], goals[name])
        weeks.append(WeekTally(week, c[OTHERS], c[SELF], goal, channels))
        week = week.next()
    return weeks


def recent_rhythm(weeks: Sequence[WeekTally], goal: WeeklyGoal, count: int = RECENT_WEEKS) -> list[Rhythm]:
    """For each goal (all channels together, or each channel with one), how many of the last
    ``count`` weeks met it."""
    recent = list(weeks[-count:])
    if not recent:
        return []
    last = recent[-1].period.key
    if goal.together is not None:
        met = sum(1 for w in recent if w.others >= goal.together)
        return [Rhythm(None, goal.together, met, len(recent), last)]
    return [
        Rhythm(name, n, sum(1 for w in recent if w.channels[name].others >= n), len(recent), last)
        for name, n in goal.channels
    ]
