"""The one check every date the plugin reads goes through: posts, share logs, archives, ``since``.

A date outside the window is a typo or a placeholder, never a post to count: year 1 (what some
exports write for "no date"), ``9998-10-02`` for ``2026-10-02``, a post dated 2099. Counted, such a
date would stretch the report over thousands of empty weeks, mark every focus member due, or
overflow Python's calendar (which ends on 9999-12-31) one day later. The window is fixed for a build:

- the earliest date is ``EARLIEST`` (1900-01-01: nothing the plugin reads was published before the
  web, and the bound stays far from year 1);
- the latest is one year after the day of the build, so posts scheduled within the year count as
  Pelican publishes them (``WITH_FUTURE_DATES``).

The day of the build is the one value here that depends on the clock: ``build_day`` reads it once per
build or command, and tests pass their own.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cached_property

from pelican_spotlight.core.errors import SettingsError

EARLIEST = dt.date(1900, 1, 1)
# Reproducible builds set this to fix "now" (reproducible-builds.org's SOURCE_DATE_EPOCH): the
# build's day is then that moment's day in UTC.
EPOCH_VARIABLE = "SOURCE_DATE_EPOCH"


def build_day(environ: Mapping[str, str] | None = None) -> dt.date:
    """The day of the build: ``SOURCE_DATE_EPOCH``'s day (UTC) when it is set, else today.

    Raises ``SettingsError`` for a value that is not a whole number of seconds, as a bad setting would.
    """
    environ = os.environ if environ is None else environ
    value = environ.get(EPOCH_VARIABLE, "").strip()
    if not value:
        return dt.date.today()
    try:
        return dt.datetime.fromtimestamp(int(value), dt.UTC).date()
    except (ValueError, OverflowError, OSError):
        raise SettingsError(
            f"{EPOCH_VARIABLE}: expected a whole number of seconds since 1970-01-01, got {value!r}"
        ) from None


def _a_year_after(day: dt.date) -> dt.date:
    try:
        return day.replace(year=day.year + 1)
    except ValueError:  # 29 February, or the calendar's last year
        return day + dt.timedelta(days=365) if day.year < dt.MAXYEAR else dt.date.max


@dataclass(frozen=True)
class DateWindow:
    """The dates a build counts: from ``EARLIEST`` to a year after ``today`` (the day of the build)."""

    today: dt.date

    @cached_property
    def latest(self) -> dt.date:
        return _a_year_after(self.today)

    def problem(self, day: dt.date) -> str:
        """Why ``day`` (a date, or a datetime's own calendar day) is not counted; '' when it is."""
        if isinstance(day, dt.datetime):
            day = day.date()
        if day < EARLIEST:
            return f"date {day.isoformat()} is before {EARLIEST.year}: a placeholder or a typo"
        if day > self.latest:
            return (
                f"date {day.isoformat()} is more than a year after the day of the build "
                f"({self.today.isoformat()}): a typo, or a post scheduled too far ahead"
            )
        return ""


def instant_day(value: object) -> dt.date | None:
    """The UTC day of an ISO 8601 timestamp (``2026-11-03T10:00:00Z``, ``…+02:00``, or a bare date),
    or None for anything else: not text, not a timestamp, or one whose offset carries it past the
    calendar's ends (``0001-01-01T00:30+05:00``)."""
    if not isinstance(value, str):
        return None
    try:
        moment = dt.datetime.fromisoformat(value)
        if moment.tzinfo is not None:
            moment = moment.astimezone(dt.UTC)
    except (ValueError, OverflowError):
        return None
    return moment.date()
