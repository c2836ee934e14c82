"""The ratio (docs/practice.md#the-ratio) as pure functions: classification, totals, periods,
changemakers, due, why."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from pelican_spotlight.core.registry import Changemaker
from pelican_spotlight.practice.report import (
    Post,
    build_report,
    classify,
    due_members,
    meets,
    ratio,
    report_json,
    summary_lines,
)

UTC = dt.UTC

ADA = Changemaker(name="Ada", slug="ada", circle="focus", why=("learn", "connect"))
LAB = Changemaker(name="Lab", slug="lab", kind="organization", circle="focus", why=("contribute",))
BO = Changemaker(name="Bo", slug="bo", why=("connect",))
NEVER = Changemaker(name="Never", slug="never", circle="focus")
REGISTRY = [ADA, LAB, BO, NEVER]


def post(day: str, *features: str, about: str | None = None, source: str = "") -> Post:
    date = dt.datetime.fromisoformat(day).replace(tzinfo=UTC)
    return Post(source or f"{day}-{'-'.join(features) or 'self'}.md", f"{day}.html", date, about, features)


# -- classification ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("about", "features", "default", "expected"),
    [
        (None, ("ada",), "self", "others"),
        (None, (), "self", "self"),
        (None, (), "ignore", None),
        (None, ("ada",), "ignore", "others"),
        ("self", ("ada",), "self", "self"),  # About: decides over features
        ("Others", (), "self", "others"),  # case-insensitive
        (" SELF ", (), "ignore", "self"),  # About: decides over the default too
        ("others", (), "ignore", "others"),
        ("nonsense", ("ada",), "self", "others"),  # an unknown value counts as absent
        ("nonsense", (), "self", "self"),
        ("", (), "ignore", None),
    ],
)
def test_classify(about, features, default, expected):
    assert classify(post("2026-11-01", *features, about=about), default) == expected


def test_ratio_and_target_never_divide_by_zero():
    assert ratio(6, 2) == 3.0
    assert ratio(5, 0) is None
    assert ratio(0, 0) is None
    assert meets(6, 2, 3.0)
    assert not meets(5, 2, 3.0)
    assert meets(11, 5, 2.2)  # 2.2 exactly, despite binary floating point
    assert meets(0, 0, 3.0)
    assert meets(1, 0, 3.0)
    assert not meets(0, 1, 3.0)


# -- totals and periods ---------------------------------------------------------------------------


POSTS = [
    post("2026-09-10"),  # self
    post("2026-10-05", "ada"),
    post("2026-10-20", "lab"),
    post("2026-10-21", "lab", "ada"),
    post("2026-10-30"),  # self
    post("2026-11-02", "bo"),
    post("2026-11-15", "ada", about="self"),
]


def test_totals_periods_and_target():
    report = build_report(POSTS, REGISTRY, target_ratio=3.0, period="month")
    assert (report.totals.others, report.totals.self) == (4, 3)
    assert report.totals.ratio == pytest.approx(4 / 3)
    assert not report.totals.meets_target
    rows = [
        (p.period.key, p.tally.others, p.tally.self, p.tally.ratio, p.tally.meets_target)
        for p in report.periods
    ]
    assert rows == [
        ("2026-09", 0, 1, 0.0, False),
        ("2026-10", 3, 1, 3.0, True),
        ("2026-11", 1, 1, 1.0, False),
    ]


def test_periods_of_every_kind():
    posts = [post("2020-12-31", "ada"), post("2021-01-01"), post("2021-01-04", "bo")]
    weeks = build_report(posts, REGISTRY, period="week")
    assert [(p.period.key, p.tally.others, p.tally.self) for p in weeks.periods] == [
        ("2020-W53", 1, 1),
        ("2021-W01", 1, 0),
    ]
    quarters = build_report(posts, REGISTRY, period="quarter")
    assert [p.period.key for p in quarters.periods] == ["2020-Q4", "2021-Q1"]
    years = build_report(posts, REGISTRY, period="year")
    assert [(p.period.key, p.tally.others, p.tally.self) for p in years.periods] == [
        ("2020", 1, 0),
        ("2021", 1, 1),
    ]


def test_no_self_posts_is_all_others_and_meets_the_target():
    report = build_report([post("2026-01-01", "ada"), post("2026-02-01", "bo")], REGISTRY)
    assert report.totals.ratio is None
    assert report.totals.meets_target
    assert report.totals.ratio_text == "all others"
    data = report.as_dict()
    assert data["totals"] == {"others": 2, "self": 0, "ratio": None, "meets_target": True}
    assert json.loads(report_json(report))["periods"][0]["ratio"] is None


def test_no_posts_at_all():
    report = build_report([], REGISTRY)
    assert (report.totals.others, report.totals.self, report.totals.ratio) == (0, 0, None)
    assert report.periods == []
    assert report.newest is None
    assert all(f.count == 0 and f.first is None for f in report.changemakers)
    assert report.due == []  # no post yet: no "90 days before the newest post" to be due in (issue #18)
    assert summary_lines(report)[1].endswith(
        "none due for a spotlight (no published posts yet to measure from)"
    )
    assert report.why == {"learn": 0, "contribute": 0, "connect": 0}
    assert summary_lines(report)[0].startswith("Spotlight: 0 posts about others, 0 about yourself")


def test_default_about_ignore_leaves_featureless_posts_out():
    report = build_report(POSTS, REGISTRY, default_about="ignore", target_ratio=3.0)
    # the two featureless posts are gone; About: self still counts
    assert (report.totals.others, report.totals.self) == (4, 1)
    assert report.totals.meets_target
    assert [p.period.key for p in report.periods] == ["2026-10", "2026-11"]
    assert report.abouts[0] is None
    assert report.as_dict()["articles"][0]["about"] is None


def test_about_overrides_in_both_directions():
    posts = [post("2026-01-01", "ada", about="self"), post("2026-01-02", about="others")]
    report = build_report(posts, REGISTRY)
    assert (report.totals.others, report.totals.self) == (1, 1)


# -- changemakers, due, why --------------------------------------------------------------------------


def test_changemaker_counts_first_and_last_in_registry_order():
    report = build_report(POSTS, REGISTRY)
    rows = {f.slug: (f.count, f.first, f.last) for f in report.changemakers}
    assert [f.slug for f in report.changemakers] == ["ada", "lab", "bo", "never"]
    assert rows["ada"] == (3, POSTS[1].date, POSTS[6].date)  # the About: self post counts for Ada
    assert rows["lab"] == (2, POSTS[2].date, POSTS[3].date)
    assert rows["never"] == (0, None, None)


def test_a_slug_featured_twice_in_a_post_counts_once_and_unknown_slugs_are_ignored():
    report = build_report([post("2026-01-01", "ada", "ada", "ghost")], REGISTRY)
    assert report.changemakers[0].count == 1
    assert report.why == {"learn": 1, "contribute": 0, "connect": 1}


def test_why_balance_adds_one_per_why_per_featuring():
    report = build_report(POSTS, REGISTRY)
    # Ada (learn, connect) ×3, Lab (contribute) ×2, Bo (connect) ×1
    assert report.why == {"learn": 3, "contribute": 2, "connect": 4}


def test_due_is_measured_from_the_newest_post_not_the_clock():
    posts = [
        post("2026-01-01", "ada"),
        post("2026-03-01", "lab"),
        post("2026-05-30"),  # the newest post: 90 days back is 2026-03-01
    ]
    report = build_report(posts, REGISTRY, due_days=90)
    assert report.due == ["ada", "never"]  # Lab on the boundary day is not due; Bo is not on the focus list
    assert build_report(posts, REGISTRY, due_days=89).due == ["ada", "lab", "never"]
    assert build_report(posts, REGISTRY, due_days=200).due == ["never"]
    assert report.as_dict()["due"] == ["ada", "never"]


def test_due_members_counts_calendar_days():
    featured = build_report([post("2026-01-01T23:00:00", "ada")], [ADA]).changemakers
    newest = dt.datetime(2026, 1, 31, 1, 0, tzinfo=UTC)
    assert due_members(featured, newest, 30) == []
    assert due_members(featured, newest, 29) == ["ada"]
    assert due_members(featured, None, 30) == []  # no newest post: nobody is due


def test_focus_size_against_the_maximum():
    report = build_report([], REGISTRY, focus_max=2)
    assert (report.focus_size, report.focus_max, report.focus_over) == (3, 2, True)
    assert "over the limit" in summary_lines(report)[1]
    assert not build_report([], REGISTRY, focus_max=3).focus_over


# -- JSON and the summary ------------------------------------------------------------------------------


def test_report_json_has_the_contract_keys():
    data = json.loads(report_json(build_report(POSTS, REGISTRY)))
    assert {"target_ratio", "totals", "periods", "changemakers", "due", "why", "articles"} <= set(data)
    assert set(data["totals"]) == {"others", "self", "ratio", "meets_target"}
    assert {"start", "end", "others", "self", "ratio", "meets_target"} <= set(data["periods"][0])
    assert {"slug", "name", "circle", "count", "first", "last"} <= set(data["changemakers"][0])
    assert {"source", "url", "date", "about", "features"} <= set(data["articles"][0])
    assert data["periods"][1] == {
        "key": "2026-10",
        "start": "2026-10-01",
        "end": "2026-10-31",
        "others": 3,
        "self": 1,
        "ratio": 3.0,
        "meets_target": True,
    }
    assert data["changemakers"][0]["first"] == "2026-10-05T00:00:00+00:00"
    assert data["articles"][-1]["about"] == "self"
    assert data["articles"][-1]["features"] == ["ada"]


def test_summary_lines():
    lines = summary_lines(build_report(POSTS, REGISTRY, due_days=10))
    assert lines[0] == (
        "Spotlight: 4 posts about others, 3 about yourself — 1.3 : 1 (target 3 : 1) ✗ below target"
    )
    assert lines[1] == (
        "Focus list: 3 of at most 10; 2 due for a spotlight (not featured in 10 days): lab, never"
    )
    good = summary_lines(build_report([post("2026-01-01", "ada")] * 3 + [post("2026-01-02")], REGISTRY))
    assert good[0].endswith("3.0 : 1 (target 3 : 1) ✓")


# -- properties ------------------------------------------------------------------------------------------

from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

_posts = st.lists(
    st.builds(
        lambda day, feats, about, i: post(day.isoformat(), *feats, about=about, source=f"p{i}.md"),
        st.dates(min_value=dt.date(2019, 1, 1), max_value=dt.date(2027, 12, 31)),
        st.lists(st.sampled_from(["ada", "lab", "bo", "ghost"]), max_size=3),
        st.sampled_from([None, "self", "others", "OTHERS", "maybe"]),
        st.integers(0, 10**6),
    ),
    max_size=30,
)


@settings(deadline=None)  # timing under a loaded test run is not what this checks
@given(_posts, st.sampled_from(["week", "month", "quarter", "year"]), st.sampled_from(["self", "ignore"]))
def test_periods_add_up_to_the_totals_and_never_divide_by_zero(posts, period, default):
    report = build_report(posts, REGISTRY, period=period, default_about=default)
    assert sum(p.tally.others for p in report.periods) == report.totals.others
    assert sum(p.tally.self for p in report.periods) == report.totals.self
    assert report.totals.others + report.totals.self == sum(1 for a in report.abouts if a)
    assert all(p.tally.others + p.tally.self > 0 for p in report.periods)
    assert [p.period for p in report.periods] == sorted(p.period for p in report.periods)
    json.loads(report_json(report))  # always serialisable
