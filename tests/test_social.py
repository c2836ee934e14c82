"""The social ratio (social.py, report.py): share logs, Mastodon archives, channels, weeks, privacy."""

from __future__ import annotations

import datetime as dt
import json
import zipfile
from pathlib import Path

import pytest

from pelican_spotlight.channels.social import (
    Matcher,
    SocialPost,
    classify_activity,
    read_archive,
    read_log,
    read_social,
)
from pelican_spotlight.core.dates import DateWindow
from pelican_spotlight.core.registry import Changemaker
from pelican_spotlight.practice.report import Post, build_report

DATA = Path(__file__).parent / "data"
OUTBOX = DATA / "social" / "outbox.json"
SITE = "https://blog.example"
PUBLIC = "https://www.w3.org/ns/activitystreams#Public"
SECRETS = ("DIRECT-MESSAGE-SECRET-7f3a", "FOLLOWERS-ONLY-SECRET-91c2")

CHANGEMAKERS = [
    Changemaker(
        "Adrienne Example",
        "adrienne-example",
        circle="focus",
        url="https://adrienne.example",
        social=(("mastodon", "@adrienne@social.example"),),
    ),
    Changemaker("Open Commons Lab", "commons-lab", circle="focus", url="https://commons.example"),
    Changemaker("Bo Connector", "bo-connector", social=(("mastodon", "@bo@river.example"),)),
]
SLUGS = {cm.slug for cm in CHANGEMAKERS}
WINDOW = DateWindow(dt.date(2026, 12, 1))  # the day of the build these tests pretend it is


def day(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def matcher() -> Matcher:
    return Matcher(CHANGEMAKERS, SITE)


def note(content: str = "", tags=(), to=(PUBLIC,), cc=(), reply=None, kind="Note") -> dict:
    obj = {"type": kind, "content": content, "tag": list(tags), "to": list(to), "cc": list(cc)}
    obj["inReplyTo"] = reply
    return {
        "type": "Create",
        "published": "2026-11-03T10:00:00Z",
        "to": list(to),
        "cc": list(cc),
        "object": obj,
    }


# -- the hand-made archive: one test per counting rule ----------------------------------------------


@pytest.fixture(scope="module")
def archive_posts() -> list[SocialPost]:
    posts, problems = read_archive(OUTBOX, matcher(), set(), WINDOW)
    assert problems == []
    return posts


def test_the_archive_counts_exactly_the_public_boosts_mentions_links_and_self_links(archive_posts):
    assert [(p.day.isoformat(), p.about, p.features) for p in archive_posts] == [
        ("2026-11-02", "others", ()),  # a boost
        ("2026-11-03", "others", ("adrienne-example",)),  # a local mention, no domain
        ("2026-11-04", "others", ("bo-connector",)),  # a remote mention, with media attached
        ("2026-11-05", "others", ("commons-lab",)),  # a link to their url (www. and a sub-page)
        ("2026-11-06", "self", ()),  # a link to the site and nobody else
        ("2026-11-16", "others", ("adrienne-example",)),  # unlisted; a changemaker outweighs the site
    ]
    assert {p.channel for p in archive_posts} == {"mastodon"}


def test_a_boost_is_others():
    boost = {"type": "Announce", "to": [PUBLIC], "object": "https://x.example/users/a/statuses/1"}
    assert classify_activity(boost, matcher()) == ("others", ())


def test_a_mention_with_a_domain_features_them():
    tag = {"type": "Mention", "href": "https://river.example/users/bo", "name": "@bo@river.example"}
    assert classify_activity(note(tags=[tag]), matcher()) == ("others", ("bo-connector",))


def test_a_mention_without_a_domain_takes_it_from_the_href():
    tag = {"type": "Mention", "href": "https://social.example/users/adrienne", "name": "@adrienne"}
    assert classify_activity(note(tags=[tag]), matcher()) == ("others", ("adrienne-example",))
    other = {"type": "Mention", "href": "https://elsewhere.example/users/adrienne", "name": "@adrienne"}
    assert classify_activity(note(tags=[other]), matcher()) is None


def test_a_link_to_their_site_or_their_profile_features_them():
    link = note('<p>See <a href="https://commons.example/events/">this</a></p>')
    assert classify_activity(link, matcher()) == ("others", ("commons-lab",))
    profile = note('<p><a href="https://social.example/@adrienne">her</a></p>')
    assert classify_activity(profile, matcher()) == ("others", ("adrienne-example",))
    # A host that merely starts like theirs is not theirs.
    assert classify_activity(note('<a href="https://commons.example.evil/">x</a>'), matcher()) is None
    assert classify_activity(note('<a href="https://adrienne.examples/">x</a>'), matcher()) is None


def test_a_link_to_the_site_alone_is_self():
    assert classify_activity(note('<a href="https://blog.example/a.html">mine</a>'), matcher()) == (
        "self",
        (),
    )
    both = note('<a href="https://blog.example/a.html">mine</a> <a href="https://adrienne.example">hers</a>')
    assert classify_activity(both, matcher()) == ("others", ("adrienne-example",))


def test_replies_and_other_posts_are_not_counted():
    tag = {"type": "Mention", "href": "https://river.example/users/bo", "name": "@bo@river.example"}
    assert (
        classify_activity(note(tags=[tag], reply="https://river.example/users/bo/statuses/1"), matcher())
        is None
    )
    assert classify_activity(note("<p>Just a thought.</p>"), matcher()) is None
    assert (
        classify_activity(note('<a href="https://blog.example/">x</a>', kind="Question"), matcher()) is None
    )
    assert classify_activity({"type": "Like", "to": [PUBLIC], "object": "x"}, matcher()) is None


@pytest.mark.parametrize(
    ("to", "cc"),
    [
        (["https://river.example/users/bo"], []),  # direct
        (
            ["https://social.example/users/sam/followers"],
            ["https://river.example/users/bo"],
        ),  # followers-only
    ],
    ids=["direct", "followers-only"],
)
def test_posts_that_are_not_public_are_never_counted(to, cc):
    tag = {"type": "Mention", "href": "https://river.example/users/bo", "name": "@bo@river.example"}
    assert classify_activity(note('<a href="https://blog.example/">x</a>', [tag], to, cc), matcher()) is None
    boost = {"type": "Announce", "to": to, "cc": cc, "object": "https://x.example/s/1"}
    assert classify_activity(boost, matcher()) is None


def test_a_private_activity_is_never_read_past_its_audience():
    class Trap(dict):
        """Fails the test if anything but the audience is looked at."""

        def get(self, key, default=None):
            assert key in ("to", "cc"), f"read {key!r} of a private post"
            return super().get(key, default)

    private = Trap(type="Create", to=["https://social.example/users/sam/followers"], cc=[], object={})
    assert classify_activity(private, matcher()) is None


def test_the_zip_export_is_read_and_an_activity_in_two_archives_counts_once(tmp_path, archive_posts):
    folder = tmp_path / "social"
    (folder / "unpacked").mkdir(parents=True)
    with zipfile.ZipFile(folder / "archive-20261120.zip", "w") as z:
        z.write(OUTBOX, "outbox.json")
        z.writestr("actor.json", "{}")
    (folder / "unpacked" / "outbox.json").write_bytes(OUTBOX.read_bytes())
    data = read_social(folder, CHANGEMAKERS, SITE, WINDOW)
    assert data.problems == []
    assert data.posts == archive_posts


@pytest.mark.parametrize(
    ("name", "payload", "reason"),
    [
        ("outbox.json", b'{"orderedItems": [', "not valid JSON"),
        ("outbox.json", b'{"type": "OrderedCollection"}', "no orderedItems"),
        ("outbox.json", b"[]", "no orderedItems"),
        ("export.zip", b"PK not really a zip", "not a zip archive"),
    ],
)
def test_a_malformed_archive_is_one_problem_naming_the_file(tmp_path, name, payload, reason):
    (tmp_path / name).write_bytes(payload)
    data = read_social(tmp_path, CHANGEMAKERS, SITE, WINDOW)
    assert data.posts == []
    assert len(data.problems) == 1
    assert data.problems[0].path == str(tmp_path / name)
    assert reason in data.problems[0].message


def test_a_zip_without_an_outbox_is_one_problem(tmp_path):
    with zipfile.ZipFile(tmp_path / "export.zip", "w") as z:
        z.writestr("actor.json", "{}")
    data = read_social(tmp_path, CHANGEMAKERS, SITE, WINDOW)
    assert [p.message for p in data.problems] == [
        "no export file this plugin reads in it (outbox.json, data/tweets.js, your_posts_1.json, "
        "a .car repository, Shares.csv); skipped"
    ]
    # Read as a Mastodon archive alone, it says what it lacks.
    assert read_archive(tmp_path / "export.zip", matcher(), set(), WINDOW)[1][0].message == (
        "not a Mastodon archive (no outbox.json in it); skipped"
    )


def test_public_posts_without_a_date_are_one_problem_that_quotes_nothing(tmp_path):
    items = [
        {
            **note("<p>SECRET-PUBLIC-TEXT</p>", [{"type": "Mention", "name": "@bo@river.example"}]),
            "published": "x",
        },
        {"type": "Announce", "to": [PUBLIC], "object": "y"},
        "not even an object",
    ]
    (tmp_path / "outbox.json").write_text(json.dumps({"orderedItems": items}))
    data = read_social(tmp_path, CHANGEMAKERS, SITE, WINDOW)
    assert data.posts == []
    assert [p.message for p in data.problems] == ["2 public posts without a valid date; not counted"]


@pytest.mark.slow
def test_a_large_archive_reads_every_item(tmp_path):
    """50,000 items, all counted; how long it takes is bench/social.py's to measure."""
    template = json.loads(OUTBOX.read_text())["orderedItems"]
    items = []
    for i in range(50_000):
        item = dict(template[i % len(template)])  # a shallow copy is enough: it is only written out
        item["id"] = f"https://social.example/users/sam/statuses/{i}/activity"
        items.append(item)
    path = tmp_path / "outbox.json"
    path.write_text(json.dumps({"type": "OrderedCollection", "orderedItems": items}))
    posts, problems = read_archive(path, matcher(), set(), WINDOW)
    assert problems == []
    assert len(posts) == 50_000 // len(template) * 6 + sum(
        1 for n in range(50_000 % 12) if n in (0, 1, 2, 3, 4, 9)
    )


# -- share logs -------------------------------------------------------------------------------------


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_a_yaml_log(tmp_path):
    path = write(
        tmp_path,
        "log.yaml",
        "- {date: 2026-11-02, channel: Newsletter, about: others, url: https://n.example/1}\n"
        "- {date: 2026-11-03, channel: facebook, about: self}\n"
        "- date: 2026-11-04 18:30\n  channel: facebook\n  about: [adrienne-example, bo-connector]\n",
    )
    posts, problems = read_log(path, SLUGS, WINDOW)
    assert problems == []
    assert posts == [
        SocialPost(day("2026-11-02"), "newsletter", "others"),
        SocialPost(day("2026-11-03"), "facebook", "self"),
        SocialPost(day("2026-11-04"), "facebook", "others", ("adrienne-example", "bo-connector")),
    ]


def test_a_yaml_log_may_be_a_mapping_of_posts(tmp_path):
    path = write(tmp_path, "log.yml", "posts:\n  - {date: 2026-11-02, channel: x, about: self}\n")
    assert read_log(path, SLUGS, WINDOW) == ([SocialPost(day("2026-11-02"), "x", "self")], [])


def test_a_csv_log(tmp_path):
    path = write(
        tmp_path,
        "log.csv",
        "date,channel,about,url\n"
        "2026-11-02,newsletter,others,https://n.example/1\n"
        "\n"
        '2026-11-03,linkedin,"adrienne-example, commons-lab",\n'
        "2026-11-04T09:00:00+02:00,linkedin,SELF,\n",
    )
    posts, problems = read_log(path, SLUGS, WINDOW)
    assert problems == []
    assert posts == [
        SocialPost(day("2026-11-02"), "newsletter", "others"),
        SocialPost(day("2026-11-03"), "linkedin", "others", ("adrienne-example", "commons-lab")),
        SocialPost(day("2026-11-04"), "linkedin", "self"),
    ]


@pytest.mark.parametrize(
    ("text", "line", "fragment"),
    [
        (
            "- {date: 2026-11-02, channel: x, about: self}\n- {date: nope, channel: x, about: self}\n",
            2,
            "date",
        ),
        ("- {date: 2026-11-02, channel: x}\n", 1, "'about' is a required property"),
        ("- {date: 2026-11-02, channel: x, about: maybe}\n", 1, "about must be self, others or a list"),
        ("- {date: 2026-11-02, channel: x, about: self, text: hi}\n", 1, "known keys"),
        ("- {date: 2026-11-02, channel: x, about: self, url: 'javascript:alert(1)'}\n", 1, "url"),
        ("- {date: 2026-02-30, channel: x, about: self}\n", 1, "not a real date"),
        ("- {date: 2026-11-02, channel: Blog, about: self}\n", 1, "channel 'blog' is the blog itself"),
        ("- {date: 2026-11-02, channel: x, about: self\n", 2, "invalid YAML"),
        ("just: a mapping\n", 1, "a list of entries"),
    ],
)
def test_a_bad_yaml_entry_is_one_problem_with_its_line_and_the_rest_count(tmp_path, text, line, fragment):
    path = write(tmp_path, "log.yaml", text)
    posts, problems = read_log(path, SLUGS, WINDOW)
    assert len(problems) == 1
    assert (problems[0].path, problems[0].line) == (str(path), line)
    assert fragment in problems[0].message
    assert len(posts) == (1 if text.count("\n- ") else 0)


def test_an_unknown_slug_is_a_problem_and_still_counts_as_others(tmp_path):
    path = write(tmp_path, "log.yaml", "- {date: 2026-11-02, channel: x, about: [adrienne-exampel]}\n")
    posts, problems = read_log(path, SLUGS, WINDOW)
    assert posts == [SocialPost(day("2026-11-02"), "x", "others", ())]
    assert [(p.line, p.message) for p in problems] == [
        (1, "unknown changemaker 'adrienne-exampel'; counted as others")
    ]


@pytest.mark.parametrize(
    ("text", "line", "fragment"),
    [
        ("date,channel\n2026-11-02,x\n", 1, "missing about"),
        ("date,channel,about\n2026-11-02,x,self\n2026-11-03,,self\n", 3, "channel"),
        ("date,channel,about\n2026-11-02,x,self,extra\n", 2, "4 fields"),
    ],
)
def test_a_bad_csv_row_names_its_line(tmp_path, text, line, fragment):
    path = write(tmp_path, "log.csv", text)
    _, problems = read_log(path, SLUGS, WINDOW)
    assert [p.line for p in problems] == [line]
    assert fragment in problems[0].message


def test_a_missing_folder_is_silent(tmp_path):
    data = read_social(tmp_path / "social", CHANGEMAKERS, SITE, WINDOW)
    assert (data.posts, data.problems) == ([], [])


def test_other_files_in_the_folder_are_ignored(tmp_path):
    write(tmp_path, "notes.txt", "x")
    write(tmp_path, "likes.json", "not json")
    assert read_social(tmp_path, CHANGEMAKERS, SITE, WINDOW).problems == []


def test_the_share_log_schema_is_valid_and_agrees_with_the_reader():
    from jsonschema import Draft202012Validator

    from pelican_spotlight.channels.social import log_schema

    schema = log_schema()
    Draft202012Validator.check_schema(schema)
    validator = Draft202012Validator(schema)
    assert validator.is_valid(
        [{"date": "2026-11-02", "channel": "x", "about": ["a-b"], "url": "https://x.example"}]
    )
    assert validator.is_valid({"posts": [{"date": "2026-11-02T10:00Z", "channel": "x", "about": "self"}]})
    assert not validator.is_valid([{"date": "2026-11-02", "channel": "x", "about": "maybe"}])


# -- the report -------------------------------------------------------------------------------------


def blog(date: str, *features: str, about: str | None = None) -> Post:
    return Post(f"{date}.md", f"{date}.html", dt.datetime.fromisoformat(date + "T12:00:00"), about, features)


def test_channels_all_channels_and_the_blog_is_the_totals():
    posts = [blog("2026-11-02", "adrienne-example"), blog("2026-11-03"), blog("2026-11-09", "commons-lab")]
    social = [
        SocialPost(day("2026-11-02"), "mastodon", "others", ("bo-connector",)),
        SocialPost(day("2026-11-03"), "mastodon", "self"),
        SocialPost(day("2026-11-04"), "newsletter", "others", ("adrienne-example",)),
    ]
    report = build_report(posts, CHANGEMAKERS, social=social)
    data = report.as_dict()
    assert (
        data["channels"]["blog"]
        == data["totals"]
        == {"others": 2, "self": 1, "ratio": 2.0, "meets_target": False}
    )
    assert data["channels"]["mastodon"] == {"others": 1, "self": 1, "ratio": 1.0, "meets_target": False}
    assert data["channels"]["newsletter"] == {"others": 1, "self": 0, "ratio": None, "meets_target": True}
    assert list(data["channels"]) == ["blog", "mastodon", "newsletter"]
    assert data["all_channels"] == {"others": 4, "self": 2, "ratio": 2.0, "meets_target": False}
    counts = {c["slug"]: (c["count"], c["social_count"]) for c in data["changemakers"]}
    assert counts == {"adrienne-example": (1, 1), "commons-lab": (1, 0), "bo-connector": (0, 1)}


def test_without_social_posts_the_report_is_the_blogs_alone():
    report = build_report([blog("2026-11-02", "adrienne-example")], CHANGEMAKERS)
    data = report.as_dict()
    assert data["channels"] == {"blog": data["totals"]}
    assert data["all_channels"] == data["totals"]
    assert data["social_weeks"] == []
    assert not report.has_social


def test_social_weeks_cover_every_iso_week_against_the_weekly_goal():
    social = [
        SocialPost(day("2026-11-02"), "mastodon", "others"),  # Monday of 2026-W45
        SocialPost(day("2026-11-08"), "facebook", "others"),  # its Sunday
        SocialPost(day("2026-11-08"), "facebook", "self"),
        SocialPost(day("2026-11-23"), "mastodon", "others"),  # 2026-W48; W46 and W47 are empty
    ]
    weeks = build_report([], CHANGEMAKERS, social=social, weekly_others=2).as_dict()["social_weeks"]

    def week(key: str, others: int, self_: int, met: bool, facebook: tuple, mastodon: tuple) -> dict:
        # An int goal is for all channels together: no channel is judged on its own.
        channels = {
            "facebook": {"others": facebook[0], "self": facebook[1], "meets_target": None},
            "mastodon": {"others": mastodon[0], "self": mastodon[1], "meets_target": None},
        }
        return {"key": key, "others": others, "self": self_, "meets_target": met, "channels": channels}

    assert weeks == [
        week("2026-W45", 2, 1, True, (1, 1), (1, 0)),
        week("2026-W46", 0, 0, False, (0, 0), (0, 0)),
        week("2026-W47", 0, 0, False, (0, 0), (0, 0)),
        week("2026-W48", 1, 0, False, (0, 0), (1, 0)),
    ]


def test_iso_weeks_across_the_new_year():
    social = [SocialPost(day("2020-12-31"), "x", "others"), SocialPost(day("2021-01-04"), "x", "others")]
    keys = [w["key"] for w in build_report([], CHANGEMAKERS, social=social).as_dict()["social_weeks"]]
    assert keys == ["2020-W53", "2021-W01"]


def test_due_looks_at_the_newest_feature_on_any_channel():
    posts = [blog("2026-01-05", "adrienne-example", "commons-lab"), blog("2026-11-20")]
    # Adrienne was boosted on Mastodon in October: not due. The lab was featured only in January.
    social = [SocialPost(day("2026-10-01"), "mastodon", "others", ("adrienne-example",))]
    assert build_report(posts, CHANGEMAKERS).due == ["adrienne-example", "commons-lab"]
    assert build_report(posts, CHANGEMAKERS, social=social).due == ["commons-lab"]


def test_due_is_measured_up_to_the_newest_post_on_any_channel():
    posts = [blog("2026-01-05", "adrienne-example", "commons-lab")]
    social = [SocialPost(day("2026-11-01"), "newsletter", "self")]
    assert build_report(posts, CHANGEMAKERS).due == []
    assert build_report(posts, CHANGEMAKERS, social=social).due == ["adrienne-example", "commons-lab"]
