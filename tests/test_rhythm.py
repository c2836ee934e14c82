"""The weekly rhythm per channel (rhythm.py, SPOTLIGHT_SOCIAL_WEEKLY_OTHERS as an int or a dict)."""

from __future__ import annotations

import datetime as dt

import pytest

from pelican_spotlight.channels.social import SocialPost
from pelican_spotlight.core.errors import SettingsError
from pelican_spotlight.core.settings import SpotlightSettings, WeeklyGoal
from pelican_spotlight.practice.report import build_report, rhythm_lines
from pelican_spotlight.practice.rhythm import recent_rhythm, social_weeks

MONDAY = dt.date(2026, 1, 5)  # 2026-W02


def post(week: int, channel: str, about: str = "others", weekday: int = 0) -> SocialPost:
    """A social post ``week`` weeks after 2026-W02's Monday."""
    return SocialPost(MONDAY + dt.timedelta(weeks=week, days=weekday), channel, about)


def goal(value) -> WeeklyGoal:
    return SpotlightSettings.from_pelican({"SPOTLIGHT_SOCIAL_WEEKLY_OTHERS": value}).social_weekly_others


# -- the setting ---------------------------------------------------------------------------------------


def test_an_int_is_one_goal_for_every_channel_together():
    assert goal(3) == WeeklyGoal(together=3)
    assert goal(3).goal("facebook") is None
    assert goal(3).as_setting() == 3
    assert SpotlightSettings.from_pelican({}).social_weekly_others == WeeklyGoal(together=2)


def test_a_dict_names_channels_as_share_logs_do():
    g = goal({" Facebook ": 2, "Mastodon": 0, "my  newsletter": 1})
    assert g.together is None
    assert g.channels == (("facebook", 2), ("mastodon", 0), ("my newsletter", 1))
    assert g.goal("facebook") == 2 and g.goal("mastodon") == 0
    assert g.goal("twitter") is None  # left out: not judged
    assert g.as_setting() == {"facebook": 2, "mastodon": 0, "my newsletter": 1}


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (-1, "a whole number ≥ 0, or a dict of channel names to whole numbers ≥ 0"),
        ("2", "a whole number ≥ 0, or a dict"),
        (2.5, "a whole number ≥ 0, or a dict"),
        (True, "a whole number ≥ 0, or a dict"),
        ([("facebook", 2)], "a whole number ≥ 0, or a dict"),
        ({}, "a dict naming at least one channel"),
        ({"facebook": -2}, "a whole number ≥ 0 for each channel"),
        ({"facebook": "2"}, "a whole number ≥ 0 for each channel"),
        ({"facebook": False}, "a whole number ≥ 0 for each channel"),
        ({"facebook": None}, "a whole number ≥ 0 for each channel"),
        ({"": 2}, "channel names as non-empty strings"),
        ({" \t": 2}, "channel names as non-empty strings"),
        ({3: 2}, "channel names as non-empty strings"),
        ({"Blog": 2}, "social channels only: 'blog' is the blog"),
        ({"Facebook": 2, "facebook ": 3}, "each channel once"),
    ],
)
def test_a_bad_value_is_one_settings_error_saying_what_was_expected(value, expected):
    with pytest.raises(SettingsError) as info:
        goal(value)
    message = str(info.value)
    assert message.startswith(f"SPOTLIGHT_SOCIAL_WEEKLY_OTHERS: expected {expected}")
    assert message.endswith(f", got {value!r}")


# -- the weeks -----------------------------------------------------------------------------------------


def test_an_int_judges_the_weeks_on_all_channels_together_and_no_channel_alone():
    social = [post(0, "facebook"), post(0, "mastodon"), post(1, "facebook"), post(1, "facebook", "self")]
    weeks = social_weeks(social, WeeklyGoal(together=2))
    assert [(w.period.key, w.others, w.self, w.meets_target) for w in weeks] == [
        ("2026-W02", 2, 0, True),
        ("2026-W03", 1, 1, False),
    ]
    assert all(c.meets_target is None for w in weeks for c in w.channels.values())
    assert weeks[1].channels["facebook"].as_dict() == {"others": 1, "self": 1, "meets_target": None}


def test_a_dict_judges_each_channel_with_a_goal_and_the_week_on_all_of_them():
    social = [
        post(0, "facebook"),
        post(0, "facebook", weekday=6),  # the same ISO week's Sunday
        post(0, "newsletter", "self"),
        post(1, "facebook"),
        post(1, "mastodon"),
        post(1, "mastodon"),
        post(1, "mastodon"),
    ]
    weeks = social_weeks(social, goal({"facebook": 2, "mastodon": 1}))
    first, second = (w.as_dict() for w in weeks)
    assert first["channels"] == {
        "facebook": {"others": 2, "self": 0, "meets_target": True},
        "mastodon": {"others": 0, "self": 0, "meets_target": False},  # a goal and no post: missed
        "newsletter": {"others": 0, "self": 1, "meets_target": None},  # no goal: not judged
    }
    assert first["meets_target"] is False  # mastodon missed its goal
    assert second["channels"]["facebook"]["meets_target"] is False
    assert second["channels"]["mastodon"] == {"others": 3, "self": 0, "meets_target": True}
    assert second["meets_target"] is False
    # The week's own totals stay all channels together.
    assert (first["others"], first["self"], second["others"]) == (2, 1, 4)


def test_a_channel_with_a_goal_but_no_posts_is_in_every_week():
    weeks = social_weeks([post(0, "mastodon"), post(2, "mastodon")], goal({"twitter": 1}))
    assert [list(w.channels) for w in weeks] == [["mastodon", "twitter"]] * 3
    assert [w.channels["twitter"].meets_target for w in weeks] == [False, False, False]
    assert [w.meets_target for w in weeks] == [False, False, False]


def test_a_goal_of_zero_is_met_by_an_empty_week():
    weeks = social_weeks([post(0, "facebook", "self"), post(2, "facebook", "self")], goal({"facebook": 0}))
    assert [w.meets_target for w in weeks] == [True, True, True]


def test_weeks_across_the_new_year_and_in_year_one():
    social = [SocialPost(dt.date(2020, 12, 31), "a", "others"), SocialPost(dt.date(2021, 1, 4), "b", "self")]
    weeks = social_weeks(social, goal({"a": 1}))
    assert [(w.period.key, w.channels["a"].meets_target) for w in weeks] == [
        ("2020-W53", True),
        ("2021-W01", False),
    ]
    early = [SocialPost(dt.date(1, 1, 1), "a", "others"), SocialPost(dt.date(1, 1, 2), "a", "others")]
    assert [(w.period.start, w.others) for w in social_weeks(early, goal(1))] == [(dt.date(1, 1, 1), 2)]


# -- the rhythm in brief -------------------------------------------------------------------------------


def test_the_rhythm_counts_the_eight_weeks_up_to_the_newest_social_post():
    # Facebook: two posts about others in weeks 0-5, one in weeks 6-11. Mastodon: a post in even weeks.
    social = [post(w, "facebook") for w in range(12)] + [post(w, "facebook", weekday=2) for w in range(6)]
    social += [post(w, "mastodon", weekday=3) for w in range(0, 12, 2)]
    g = goal({"facebook": 2, "mastodon": 1})
    weeks = social_weeks(social, g)
    assert len(weeks) == 12
    rhythm = recent_rhythm(weeks, g)
    assert [(r.channel, r.goal, r.met, r.weeks, r.last) for r in rhythm] == [
        ("facebook", 2, 2, 8, "2026-W13"),  # weeks 4 and 5 of the last eight (4-11)
        ("mastodon", 1, 4, 8, "2026-W13"),
    ]
    together = recent_rhythm(social_weeks(social, goal(2)), goal(2))
    # All channels together: weeks 4-5 (2 + 1 or 2 + 0) and even weeks 6-10 (1 + 1).
    assert [(r.channel, r.met, r.weeks) for r in together] == [(None, 5, 8)]


def test_with_fewer_weeks_the_rhythm_says_how_many_and_without_posts_there_is_none():
    g = goal({"facebook": 1})
    rhythm = recent_rhythm(social_weeks([post(0, "facebook"), post(2, "mastodon")], g), g)
    assert [(r.met, r.weeks) for r in rhythm] == [(1, 3)]
    assert recent_rhythm([], g) == []
    report = build_report([], [], weekly_others={"facebook": 1})
    assert report.social_rhythm == [] and rhythm_lines(report) == []


def test_the_report_carries_the_goal_the_weeks_and_the_rhythm():
    social = [post(0, "Facebook".lower()), post(1, "mastodon")]
    data = build_report([], [], social=social, weekly_others=goal({"facebook": 1})).as_dict()
    assert data["social_weekly_others"] == {"facebook": 1}
    assert data["social_rhythm"] == [{"channel": "facebook", "goal": 1, "met": 1, "weeks": 2}]
    assert [w["channels"]["facebook"]["meets_target"] for w in data["social_weeks"]] == [True, False]
    plain = build_report([], [], social=social).as_dict()  # the default, 2, all channels together
    assert plain["social_weekly_others"] == 2
    assert plain["social_rhythm"] == [{"channel": None, "goal": 2, "met": 0, "weeks": 2}]


def test_rhythm_lines_name_each_goal():
    social = [post(w, "facebook") for w in range(3)]
    report = build_report([], [], social=social, weekly_others={"facebook": 1, "twitter": 2})
    assert rhythm_lines(report) == [
        "Weekly rhythm (goals of posts about others a week: facebook 1, twitter 2), "
        "the 3 weeks up to 2026-W04:",
        "  facebook  3 of 3 weeks with at least 1 about others",
        "  twitter   0 of 3 weeks with at least 2 about others",
    ]
    report = build_report([], [], social=social, weekly_others=1)
    assert rhythm_lines(report)[1] == "  all channels  3 of 3 weeks with at least 1 about others"
