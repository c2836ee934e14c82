"""Calendar periods for the report and the roundups: ISO weeks, months, quarters and years.

A period is named by a key that sorts in time order within one kind and reads well in a URL:
``2026-W47`` (ISO week: Monday to Sunday, the year is the ISO year, so 2021-01-01 is in 2020-W53),
``2026-11``, ``2026-Q4``, ``2026``. Pure functions over ``datetime.date``; no clock, no Pelican.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from pelican_spotlight.core.settings import PERIODS

if TYPE_CHECKING:
    from pelican_spotlight.core.i18n import Language

_PATTERNS = {
    "week": re.compile(r"^(\d{4})-W(\d{2})$"),
    "month": re.compile(r"^(\d{4})-(\d{2})$"),
    "quarter": re.compile(r"^(\d{4})-Q([1-4])$"),
    "year": re.compile(r"^(\d{4})$"),
}
_EXAMPLES = {"week": "2026-W47", "month": "2026-11", "quarter": "2026-Q4", "year": "2026"}


@dataclass(frozen=True, order=True)
class Period:
    """One calendar period: ``start`` and ``end`` are both inclusive days."""

    start: dt.date
    end: dt.date
    kind: str
    key: str

    @property
    def label(self) -> str:
        """A human name: 'Week 47 of 2026', 'November 2026', 'Q4 2026', '2026'."""
        if self.kind == "week":
            year, week = self.key.split("-W")
            return f"Week {int(week)} of {year}"
        if self.kind == "month":
            return self.start.strftime("%B %Y")
        if self.kind == "quarter":
            year, quarter = self.key.split("-")
            return f"{quarter} {year}"
        return self.key

    def label_in(self, language: Language) -> str:
        """The label in ``language``, month and quarter names from Babel's locale data ('Semaine 47
        de 2026', 'novembre 2026', 'T4 2026'); the key (in URLs and ``datetime``) stays as it is."""
        if self.kind == "week":
            year, week = self.key.split("-W")
            return language.gettext("Week %(week)s of %(year)s", week=int(week), year=year)
        if self.kind == "month":
            return language.month_year(self.start)
        if self.kind == "quarter":
            return language.quarter_year(self.start)
        return self.key

    def next(self) -> Period:
        return period_of(self.end + dt.timedelta(days=1), self.kind)


def calendar_day(value: dt.date) -> dt.date:
    """A datetime's calendar day (in its own time zone); a date as it is."""
    return value.date() if isinstance(value, dt.datetime) else value


def _check_kind(kind: str) -> None:
    if kind not in PERIODS:
        raise ValueError(f"unknown period {kind!r}: expected one of {', '.join(PERIODS)}")


def period_of(day: dt.date, kind: str) -> Period:
    """The period of the given kind that contains ``day`` (a date or a datetime)."""
    _check_kind(kind)
    day = calendar_day(day)
    if kind == "week":
        year, week, weekday = day.isocalendar()
        start = day - dt.timedelta(days=weekday - 1)
        return Period(start, start + dt.timedelta(days=6), kind, f"{year}-W{week:02d}")
    if kind == "month":
        start = day.replace(day=1)
        return Period(start, _month_end(day.year, day.month), kind, f"{day.year}-{day.month:02d}")
    if kind == "quarter":
        quarter = (day.month - 1) // 3 + 1
        start = dt.date(day.year, 3 * quarter - 2, 1)
        return Period(start, _month_end(day.year, 3 * quarter), kind, f"{day.year}-Q{quarter}")
    return Period(dt.date(day.year, 1, 1), dt.date(day.year, 12, 31), kind, str(day.year))


def parse_period(key: str, kind: str) -> Period:
    """The period a key names (``2026-W47``, ``2026-11``, ``2026-Q4``, ``2026``).

    Raises ValueError with the expected form, for the command line to show.
    """
    _check_kind(kind)
    match = _PATTERNS[kind].match(key.strip())
    if not match:
        raise ValueError(f"{key!r} is not a {kind}: expected a key like {_EXAMPLES[kind]}")
    year = int(match[1])
    try:
        if kind == "week":
            day = dt.date.fromisocalendar(year, int(match[2]), 1)
        elif kind == "month":
            day = dt.date(year, int(match[2]), 1)
        elif kind == "quarter":
            day = dt.date(year, 3 * int(match[2]) - 2, 1)
        else:
            day = dt.date(year, 1, 1)
    except ValueError as exc:
        raise ValueError(f"{key!r} is not a {kind}: {exc}") from exc
    return period_of(day, kind)


def _month_end(year: int, month: int) -> dt.date:
    if month == 12:
        return dt.date(year, 12, 31)
    return dt.date(year, month + 1, 1) - dt.timedelta(days=1)
