"""The ratio (docs/practice.md#the-ratio): pure functions over post records and the registry, no
Pelican objects.

Rules, decided here once for the build, the report page, ``report.json`` and the command line:

- Each published article is counted once. ``About: others|self`` (any case) decides; otherwise a post
  featuring at least one changemaker, or showing a ``{% network %}`` list, is about others; otherwise
  it is about self, or left out when ``SPOTLIGHT_DEFAULT_ABOUT = "ignore"``. An ``About:`` value that
  is neither counts as absent. A network list adds nothing to its members' counts.
- ratio = others / self, or None ("all others") when there are no self posts. The target is met when
  ratio ≥ target, or when there are no self posts (nothing to outweigh; this includes no posts at all).
- Periods list only the periods that have at least one counted post.
- A changemaker's count, first and last dates cover every published post featuring them, whatever
  the post is counted as.
- Due: focus members not featured in the ``due_days`` days up to and including the newest published
  post's day (the content's own clock, never the machine's). With no posts nobody is due: there is
  nothing yet to measure the days from, and every summary says so.
- Other channels (docs/practice.md#the-social-ratio, ``social.py``): each channel's others and self,
  ``blog`` being the totals; ``all_channels`` their sum; per ISO week, social posts about others
  against the weekly goals (``rhythm.py``). A changemaker's
  ``social_count`` counts social posts featuring them; due looks at their newest feature on any
  channel, up to the newest post on any channel. ``totals`` and ``count`` stay the blog's.
- Why balance: each featuring of a changemaker in a published post adds 1 to each of its whys
  (so a post featuring a learn+connect member adds 1 to learn and 1 to connect).
- Suggestions (docs/practice.md#people-who-should-meet): ``connect.suggest`` over the same posts.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import math
import os
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, TextIO

from pelican_spotlight.core.dates import DateWindow
from pelican_spotlight.core.i18n import Language
from pelican_spotlight.core.periods import Period, calendar_day, period_of
from pelican_spotlight.core.problems import Problem, meta_line
from pelican_spotlight.core.records import OTHERS, SELF, Post
from pelican_spotlight.core.registry import WHYS, Changemaker, Registry
from pelican_spotlight.core.settings import SpotlightSettings, WeeklyGoal
from pelican_spotlight.practice.connect import Suggestion, suggest
from pelican_spotlight.practice.rhythm import Rhythm, WeekTally, recent_rhythm, social_weeks

if TYPE_CHECKING:
    from pelican_spotlight.channels.social import SocialPost


def classify(post: Post, default_about: str = SELF) -> str | None:
    """'others', 'self', or None when the post is left out (no features and default 'ignore')."""
    about = (post.about or "").strip().lower()
    if about in (OTHERS, SELF):
        return about
    if post.features or post.shows_network:
        return OTHERS
    return SELF if default_about == SELF else None


def ratio(others: int, self_: int) -> float | None:
    """others / self; None stands for "all others" and is never a division error."""
    return others / self_ if self_ else None


def meets(others: int, self_: int, target: float) -> bool:
    """Whether others : self reaches the target (with no self posts there is nothing to outweigh)."""
    if not self_:
        return True
    value = others / self_
    return value >= target or math.isclose(value, target)


@dataclass(frozen=True)
class Tally:
    """Counts of one span of time (the whole site, or one period)."""

    others: int
    self: int
    target: float

    @property
    def ratio(self) -> float | None:
        return ratio(self.others, self.self)

    @property
    def meets_target(self) -> bool:
        return meets(self.others, self.self, self.target)

    @property
    def ratio_text(self) -> str:
        """'3.0 : 1', or 'all others' with no self posts."""
        value = self.ratio
        return "all others" if value is None else f"{value:.1f} : 1"

    def ratio_in(self, language: Language) -> str:
        """``ratio_text`` in ``language``: '3,0 : 1', 'que des autres'."""
        value = self.ratio
        if value is None:
            return language.gettext("all others")
        return language.gettext("%(ratio)s : 1", ratio=language.number(value, "0.0"))

    def as_dict(self) -> dict[str, Any]:
        return {
            "others": self.others,
            "self": self.self,
            "ratio": None if self.ratio is None else round(self.ratio, 4),
            "meets_target": self.meets_target,
        }


@dataclass(frozen=True)
class PeriodTally:
    period: Period
    tally: Tally

    def as_dict(self) -> dict[str, Any]:
        return {
            "key": self.period.key,
            "start": self.period.start.isoformat(),
            "end": self.period.end.isoformat(),
            **self.tally.as_dict(),
        }


@dataclass(frozen=True)
class Featured:
    """One changemaker's record in the report."""

    changemaker: Changemaker
    count: int = 0
    first: dt.datetime | None = None
    last: dt.datetime | None = None
    social_count: int = 0
    social_last: dt.date | None = None

    @property
    def latest(self) -> dt.date | None:
        """The day of their newest feature on any channel."""
        days = [calendar_day(d) for d in (self.last, self.social_last) if d is not None]
        return max(days, default=None)

    @property
    def slug(self) -> str:
        return self.changemaker.slug

    @property
    def name(self) -> str:
        return self.changemaker.name

    def as_dict(self) -> dict[str, Any]:
        cm = self.changemaker
        return {
            "slug": cm.slug,
            "name": cm.name,
            "circle": cm.circle,
            "kind": cm.kind,
            "why": list(cm.why),
            "count": self.count,
            "first": self.first.isoformat() if self.first else None,
            "last": self.last.isoformat() if self.last else None,
            "social_count": self.social_count,
        }


@dataclass
class Report:
    """Everything the report holds (docs/themes.md#reportjson), computed once per build (or per
    command-line run)."""

    target_ratio: float
    period_kind: str
    totals: Tally
    periods: list[PeriodTally]
    changemakers: list[Featured]
    due: list[str]
    due_days: int
    why: dict[str, int]
    focus_size: int
    focus_max: int
    posts: list[Post] = field(default_factory=list)
    abouts: list[str | None] = field(default_factory=list)  # per post: others, self or None
    newest: dt.datetime | None = None
    suggestions: list[Suggestion] = field(default_factory=list)
    channels: dict[str, Tally] = field(default_factory=dict)  # "blog" first, then by name
    social_weeks: list[WeekTally] = field(default_factory=list)
    weekly_goal: WeeklyGoal = field(default_factory=WeeklyGoal)

    @property
    def weekly_others(self) -> int | dict[str, int]:
        """``SPOTLIGHT_SOCIAL_WEEKLY_OTHERS`` as given: one goal, or a goal per channel."""
        return self.weekly_goal.as_setting()

    @property
    def social_rhythm(self) -> list[Rhythm]:
        """Per weekly goal, how many of the recent weeks up to the newest social post met it."""
        return recent_rhythm(self.social_weeks, self.weekly_goal)

    @property
    def all_channels(self) -> Tally:
        return Tally(
            sum(t.others for t in self.channels.values()),
            sum(t.self for t in self.channels.values()),
            self.target_ratio,
        )

    @property
    def has_social(self) -> bool:
        """Whether any channel besides the blog has posts."""
        return len(self.channels) > 1

    @property
    def focus_over(self) -> bool:
        return self.focus_size > self.focus_max

    @property
    def due_names(self) -> list[str]:
        names = {f.slug: f.name for f in self.changemakers}
        return [names[slug] for slug in self.due]

    def as_dict(self) -> dict[str, Any]:
        """The ``report.json`` structure (dates ISO 8601, ratio a number or null)."""
        return {
            "target_ratio": self.target_ratio,
            "period": self.period_kind,
            "totals": self.totals.as_dict(),
            "periods": [p.as_dict() for p in self.periods],
            "changemakers": [f.as_dict() for f in self.changemakers],
            "focus": {"size": self.focus_size, "max": self.focus_max},
            "due_days": self.due_days,
            "due": list(self.due),
            "why": dict(self.why),
            "suggestions": [s.as_dict() for s in self.suggestions],
            "newest": self.newest.isoformat() if self.newest else None,
            "channels": {name: t.as_dict() for name, t in self.channels.items()},
            "all_channels": self.all_channels.as_dict(),
            "social_weekly_others": self.weekly_others,
            "social_weeks": [w.as_dict() for w in self.social_weeks],
            "social_rhythm": [r.as_dict() for r in self.social_rhythm],
            "articles": [
                {
                    "source": p.source,
                    "url": p.url,
                    "title": p.title,
                    "date": p.date.isoformat(),
                    "about": about,
                    "features": list(p.features),
                    "network": p.shows_network,
                }
                for p, about in zip(self.posts, self.abouts, strict=True)
            ],
        }


def build_report(
    posts: Iterable[Post],
    changemakers: Sequence[Changemaker],
    *,
    target_ratio: float = 3.0,
    period: str = "month",
    default_about: str = SELF,
    focus_max: int = 10,
    due_days: int = 90,
    suggest_max: int = 5,
    social: Iterable[SocialPost] = (),
    weekly_others: int | WeeklyGoal = 2,
) -> Report:
    """The report of the given published posts (and posts elsewhere) against the registry;
    ``weekly_others`` is ``SPOTLIGHT_SOCIAL_WEEKLY_OTHERS``, as given or as the settings make it."""
    goal = weekly_others if isinstance(weekly_others, WeeklyGoal) else WeeklyGoal.from_setting(weekly_others)
    posts = sorted(posts, key=lambda p: (p.date, p.source))
    abouts = [classify(p, default_about) for p in posts]
    counted = Counter(c for c in abouts if c)
    totals = Tally(counted[OTHERS], counted[SELF], target_ratio)
    social = sorted(social, key=lambda p: (p.day, p.channel))
    featured = featured_counts(posts, social, changemakers)
    newest = posts[-1].date if posts else None
    # Due is measured up to the newest post on any channel (still the content's clock).
    ends = ([calendar_day(newest)] if newest else []) + ([social[-1].day] if social else [])
    return Report(
        target_ratio=target_ratio,
        period_kind=period,
        totals=totals,
        periods=period_tallies(posts, abouts, period, target_ratio),
        changemakers=featured,
        due=due_members(featured, max(ends, default=None), due_days),
        due_days=due_days,
        why=why_balance(posts, changemakers),
        focus_size=sum(1 for cm in changemakers if cm.is_focus),
        focus_max=focus_max,
        posts=posts,
        abouts=abouts,
        newest=newest,
        suggestions=suggest(changemakers, posts, suggest_max),
        channels={"blog": totals, **channel_tallies(social, target_ratio)},
        social_weeks=social_weeks(social, goal),
        weekly_goal=goal,
    )


def period_tallies(
    posts: Sequence[Post], abouts: Sequence[str | None], period: str, target: float
) -> list[PeriodTally]:
    """Each period with at least one counted post, oldest first, with its others and self."""
    by_period: dict[Period, Counter] = {}
    for post, kind in zip(posts, abouts, strict=True):
        if kind:
            by_period.setdefault(period_of(post.day, period), Counter())[kind] += 1
    return [PeriodTally(p, Tally(c[OTHERS], c[SELF], target)) for p, c in sorted(by_period.items())]


def featured_counts(
    posts: Sequence[Post], social: Sequence[SocialPost], changemakers: Sequence[Changemaker]
) -> list[Featured]:
    """Each changemaker's count and first and last dates, on the blog and on other channels."""
    dates: dict[str, list[dt.datetime]] = {cm.slug: [] for cm in changemakers}
    for post in posts:
        for slug in dict.fromkeys(post.features):
            if slug in dates:
                dates[slug].append(post.date)
    social_days: dict[str, list[dt.date]] = {cm.slug: [] for cm in changemakers}
    for item in social:
        for slug in item.features:
            if slug in social_days:
                social_days[slug].append(item.day)
    return [
        Featured(
            cm,
            len(dates[cm.slug]),
            min(dates[cm.slug], default=None),
            max(dates[cm.slug], default=None),
            len(social_days[cm.slug]),
            max(social_days[cm.slug], default=None),
        )
        for cm in changemakers
    ]


def why_balance(posts: Iterable[Post], changemakers: Sequence[Changemaker]) -> dict[str, int]:
    """Featurings by reason for networking: each featuring adds 1 to each of the member's whys."""
    known = {cm.slug: cm for cm in changemakers}
    why = dict.fromkeys(WHYS, 0)
    for post in posts:
        for slug in dict.fromkeys(post.features):
            if slug in known:
                for w in known[slug].why:
                    why[w] += 1
    return why


def channel_tallies(social: Sequence[SocialPost], target: float) -> dict[str, Tally]:
    """Each channel's others and self, by channel name."""
    counts: dict[str, Counter] = {}
    for item in social:
        counts.setdefault(item.channel, Counter())[item.about] += 1
    return {name: Tally(c[OTHERS], c[SELF], target) for name, c in sorted(counts.items())}


def due_members(featured: Sequence[Featured], newest: dt.datetime | None, due_days: int) -> list[str]:
    """Focus members not featured in the ``due_days`` days up to the newest post's day, registry order.

    Measured in calendar days from the content, so the answer never depends on when it is asked.
    """
    if newest is None:  # no post yet: "not featured in 90 days before the newest post" means nothing
        return []
    since = calendar_day(newest) - dt.timedelta(days=due_days)
    return [f.slug for f in featured if f.changemaker.is_focus and (f.latest is None or f.latest < since)]


def counting_rule(language: Language | None = None) -> str:
    """How a post is counted, in the words the report's page, text and Markdown all use (one message:
    the page fills in the metadata names as code, the command as plain text)."""
    tr = language or Language()
    return tr.gettext(
        "A post is about others when it features someone (a card, a mention, an autolink or %(spotlight)s) "
        "or shows a network list; %(others)s or %(self)s in its metadata decides over both.",
        spotlight="Spotlight:",
        others="About: others",
        self="About: self",
    )


def summary_lines(report: Report, language: Language | None = None) -> list[str]:
    """The two or three lines printed at the end of ``pelican content`` and by ``report``, in the
    site's language."""
    tr = language or Language()
    t = report.totals
    mark = "✓" if t.meets_target else "✗ " + tr.gettext("below target")
    lines = [
        tr.ngettext(
            "Spotlight: %(num)s post about others, %(self)s about yourself — %(ratio)s "
            "(target %(target)s : 1)",
            "Spotlight: %(num)s posts about others, %(self)s about yourself — %(ratio)s "
            "(target %(target)s : 1)",
            t.others,
            self=tr.number(t.self),
            ratio=t.ratio_in(tr),
            target=tr.number(report.target_ratio),
        )
        + " "
        + mark
    ]
    focus = tr.gettext(
        "Focus list: %(size)s of at most %(max)s", size=report.focus_size, max=report.focus_max
    )
    if report.focus_over:
        focus += tr.gettext(" (over the limit)")
    if report.due:
        focus += tr.ngettext(
            "; %(due)s due for a spotlight (not featured in %(num)s day): %(names)s",
            "; %(due)s due for a spotlight (not featured in %(num)s days): %(names)s",
            report.due_days,
            due=len(report.due),
            names=", ".join(report.due),
        )
    elif report.newest is None:
        focus += tr.gettext("; none due for a spotlight (no published posts yet to measure from)")
    else:
        focus += tr.gettext("; none due for a spotlight")
    lines.append(focus)
    if report.suggestions:
        pairs = ", ".join(s.label for s in report.suggestions)
        n = len(report.suggestions)
        lines.append(
            tr.ngettext(
                "%(num)s introduction suggested: %(pairs)s",
                "%(num)s introductions suggested: %(pairs)s",
                n,
                pairs=pairs,
            )
        )
    if report.has_social:
        lines += channel_lines(report, tr)
    return lines


def channel_lines(report: Report, language: Language | None = None) -> list[str]:
    """One line per channel (the blog first), then all channels together."""
    tr = language or Language()
    rows = [*report.channels.items(), (tr.gettext("all channels"), report.all_channels)]
    width = max(len(name) for name, _row in rows)
    return [
        f"  {name:<{width}}  "
        + tr.gettext(
            "%(others)s about others, %(self)s about yourself — %(ratio)s",
            others=str(t.others).rjust(4),
            self=str(t.self).rjust(4),
            ratio=t.ratio_in(tr),
        )
        + (" ✓" if t.meets_target else " ✗")
        for name, t in rows
    ]


def goal_text(goal: WeeklyGoal, language: Language | None = None) -> str:
    """The weekly goals in words, for all social channels together or per channel."""
    tr = language or Language()
    if goal.together is not None:
        return tr.ngettext(
            "goal: %(num)s about others a week, all social channels together",
            "goal: %(num)s about others a week, all social channels together",
            goal.together,
        )
    goals = ", ".join(f"{name} {tr.number(n)}" for name, n in goal.channels)
    return tr.gettext("goals of posts about others a week: %(goals)s", goals=goals)


def rhythm_lines(report: Report, language: Language | None = None) -> list[str]:
    """The weekly rhythm in brief: per goal, the recent weeks that met it (none without social posts)."""
    tr = language or Language()
    rhythm = report.social_rhythm
    if not rhythm:
        return []
    weeks, last = rhythm[0].weeks, rhythm[0].last
    lines = [
        tr.ngettext(
            "Weekly rhythm (%(goals)s), the %(num)s week up to %(week)s:",
            "Weekly rhythm (%(goals)s), the %(num)s weeks up to %(week)s:",
            weeks,
            goals=goal_text(report.weekly_goal, tr),
            week=last,
        )
    ]
    names = [tr.gettext("all channels") if r.channel is None else r.channel for r in rhythm]
    width = max(map(len, names))
    for name, r in zip(names, rhythm, strict=True):
        met = tr.ngettext(
            "%(met)s of %(num)s week with at least %(goal)s about others",
            "%(met)s of %(num)s weeks with at least %(goal)s about others",
            r.weeks,
            met=tr.number(r.met),
            goal=tr.number(r.goal),
        )
        lines.append(f"  {name:<{width}}  {met}")
    return lines


def write_report_json(report: Report, stream: TextIO) -> None:
    """``report.json``, written piece by piece: on a large archive the text is megabytes, and building
    it whole first (with ``json.dumps``' list of pieces) would add to the build's peak memory."""
    json.dump(report.as_dict(), stream, indent=2, ensure_ascii=False)
    stream.write("\n")


def report_json(report: Report) -> str:
    """``report.json``'s text; the command line's ``--format json`` prints the very same."""
    text = io.StringIO()
    write_report_json(report, text)
    return text.getvalue()


def _s(n: int) -> str:
    return "" if n == 1 else "s"


def dated_posts(
    posts: Iterable[Post], window: DateWindow, content_path: str
) -> tuple[list[Post], list[Problem]]:
    """The posts the report counts, and a warning for each left out: dated before 1900 or more than a
    year after the day of the build (Pelican may still publish it; it is not counted). The build and
    the command line both filter here, after the cache: the answer changes with the day, the file not."""
    kept: list[Post] = []
    problems: list[Problem] = []
    for post in posts:
        why = window.problem(post.day)
        if not why:
            kept.append(post)
            continue
        source = os.path.join(content_path, post.source)
        problems.append(Problem(source, meta_line(source, "date"), f"{why}; not counted in the report"))
    return kept, problems


def site_report(
    posts: Iterable[Post],
    registry: Registry,
    config: SpotlightSettings,
    period: str = "",
    social: Iterable[SocialPost] = (),
) -> Report:
    """The report with the site's settings (``period`` overrides SPOTLIGHT_REPORT_PERIOD)."""
    return build_report(
        posts,
        list(registry),
        target_ratio=config.target_ratio,
        period=period or config.report_period,
        default_about=config.default_about,
        focus_max=config.focus_max,
        due_days=config.due_days,
        suggest_max=config.suggest_max,
        social=social,
        weekly_others=config.social_weekly_others,
    )
