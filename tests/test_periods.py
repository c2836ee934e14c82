"""Periods: ISO weeks (week 53 and year boundaries), months, quarters, years, and their keys."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pelican_spotlight.core.periods import parse_period, period_of

D = dt.date


@pytest.mark.parametrize(
    ("day", "kind", "key", "start", "end"),
    [
        (D(2026, 11, 18), "week", "2026-W47", D(2026, 11, 16), D(2026, 11, 22)),
        (D(2020, 12, 31), "week", "2020-W53", D(2020, 12, 28), D(2021, 1, 3)),
        (D(2021, 1, 1), "week", "2020-W53", D(2020, 12, 28), D(2021, 1, 3)),
        (D(2021, 1, 3), "week", "2020-W53", D(2020, 12, 28), D(2021, 1, 3)),
        (D(2021, 1, 4), "week", "2021-W01", D(2021, 1, 4), D(2021, 1, 10)),
        (D(2024, 12, 30), "week", "2025-W01", D(2024, 12, 30), D(2025, 1, 5)),
        (D(2026, 11, 30), "month", "2026-11", D(2026, 11, 1), D(2026, 11, 30)),
        (D(2024, 2, 29), "month", "2024-02", D(2024, 2, 1), D(2024, 2, 29)),
        (D(2026, 12, 31), "month", "2026-12", D(2026, 12, 1), D(2026, 12, 31)),
        (D(2026, 10, 1), "quarter", "2026-Q4", D(2026, 10, 1), D(2026, 12, 31)),
        (D(2026, 3, 31), "quarter", "2026-Q1", D(2026, 1, 1), D(2026, 3, 31)),
        (D(2026, 4, 1), "quarter", "2026-Q2", D(2026, 4, 1), D(2026, 6, 30)),
        (D(2026, 1, 1), "year", "2026", D(2026, 1, 1), D(2026, 12, 31)),
        (D(2025, 12, 31), "year", "2025", D(2025, 1, 1), D(2025, 12, 31)),
    ],
)
def test_period_of_gives_key_and_inclusive_bounds(day, kind, key, start, end):
    period = period_of(day, kind)
    assert (period.key, period.start, period.end) == (key, start, end)


def test_a_datetime_counts_by_its_own_calendar_day():
    tz = dt.timezone(dt.timedelta(hours=-5))
    late = dt.datetime(2026, 12, 31, 23, 30, tzinfo=tz)  # already 2027 in UTC
    assert period_of(late, "year").key == "2026"
    assert period_of(late, "month").key == "2026-12"


@pytest.mark.parametrize(
    ("key", "kind", "start"),
    [
        ("2020-W53", "week", D(2020, 12, 28)),
        ("2026-W01", "week", D(2025, 12, 29)),
        ("2026-11", "month", D(2026, 11, 1)),
        ("2026-Q4", "quarter", D(2026, 10, 1)),
        ("2026", "year", D(2026, 1, 1)),
    ],
)
def test_parse_period_reads_every_key_form(key, kind, start):
    period = parse_period(key, kind)
    assert period.start == start
    assert period.key == key


@pytest.mark.parametrize(
    ("key", "kind"),
    [
        ("2021-W53", "week"),  # 2021 has 52 ISO weeks
        ("2026-13", "month"),
        ("2026-11", "week"),
        ("2026-Q5", "quarter"),
        ("26", "year"),
        ("November", "month"),
    ],
)
def test_parse_period_rejects_bad_keys_with_the_expected_form(key, kind):
    with pytest.raises(ValueError, match=repr(key)):
        parse_period(key, kind)


def test_unknown_kind_is_an_error():
    with pytest.raises(ValueError, match="fortnight"):
        period_of(D(2026, 1, 1), "fortnight")


@pytest.mark.parametrize(
    ("key", "kind", "previous", "following"),
    [
        ("2021-W01", "week", "2020-W53", "2021-W02"),
        ("2026-01", "month", "2025-12", "2026-02"),
        ("2026-Q1", "quarter", "2025-Q4", "2026-Q2"),
        ("2026", "year", "2025", "2027"),
    ],
)
def test_neighbours_cross_year_boundaries(key, kind, previous, following):
    period = parse_period(key, kind)
    assert period_of(period.start - dt.timedelta(days=1), kind).key == previous
    assert period.next().key == following


def test_labels_read_well():
    assert parse_period("2026-W47", "week").label == "Week 47 of 2026"
    assert parse_period("2026-11", "month").label == "November 2026"
    assert parse_period("2026-Q4", "quarter").label == "Q4 2026"
    assert parse_period("2026", "year").label == "2026"


@settings(deadline=None)
@given(
    st.dates(min_value=D(1900, 1, 1), max_value=D(2999, 12, 31)),
    st.sampled_from(["week", "month", "quarter", "year"]),
)
def test_every_day_lies_in_its_period_and_the_key_round_trips(day, kind):
    period = period_of(day, kind)
    assert period.start <= day <= period.end
    assert parse_period(period.key, kind) == period
    assert period.next().start == period.end + dt.timedelta(days=1)
