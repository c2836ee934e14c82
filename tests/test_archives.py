"""Archives of X, Facebook, Bluesky and LinkedIn (archives_*.py, exports.py, social_rules.py): the
small exports of ``tests/data/exports/`` (written by ``make_exports.py`` from each format's field
names), one test per rule and network, and the whole-archive rules (the ``.zip``, an unpacked folder
or the single file; a post in two copies counts once; a share-log entry naming an archive post counts
once; private files never opened)."""

from __future__ import annotations

import builtins
import datetime as dt
import io
import shutil
import sys
import zipfile
from pathlib import Path

import pytest

from pelican_spotlight.channels.exports import is_private
from pelican_spotlight.channels.rules import Matcher, post_identity
from pelican_spotlight.channels.social import SocialPost, read_social, social_files
from pelican_spotlight.core.dates import DateWindow
from pelican_spotlight.core.registry import Changemaker

DATA = Path(__file__).parent / "data"
EXPORTS = DATA / "exports"
sys.path.insert(0, str(DATA))
import make_exports  # noqa: E402

SITE = "https://blog.example"
WINDOW = DateWindow(dt.date(2026, 12, 1))
CHANGEMAKERS = [
    Changemaker(
        "Adrienne Example",
        "adrienne-example",
        url="https://adrienne.example",
        social=(
            ("mastodon", "@adrienne@social.example"),
            ("twitter", "adrienne_ex"),
            ("bluesky", "adrienne.example"),
        ),
    ),
    Changemaker(
        "Open Commons Lab",
        "commons-lab",
        url="https://commons.example",
        social=(("facebook", "commonslab"), ("linkedin", "commons-lab")),
    ),
    Changemaker(
        "Bo Connector",
        "bo-connector",
        social=(("mastodon", "@bo@river.example"), ("x", "@Bo_Connects"), ("bluesky", make_exports.BO_DID)),
    ),
]
A, C, B = "adrienne-example", "commons-lab", "bo-connector"


def read(folder: Path) -> list[tuple[str, str, str, tuple[str, ...]]]:
    """The posts of the exports under ``folder`` by channel and day (the order files and a tree are
    read in is no rule)."""
    data = read_social(folder, CHANGEMAKERS, SITE, WINDOW)
    assert data.problems == []
    return sorted((p.channel, p.day.isoformat(), p.about, p.features) for p in data.posts)


def only(network: str, tmp_path: Path) -> Path:
    shutil.copytree(EXPORTS / network, tmp_path / network)
    return tmp_path


def test_the_exports_are_what_make_exports_writes():
    assert make_exports.main(["--check"]) == 0
    sample = Path(__file__).parent.parent / "sample_site" / "content" / "social"
    assert make_exports.main(["--check", "--sample", str(sample)]) == 0


def test_x_counts_retweets_mentions_links_quotes_and_self_links(tmp_path):
    assert read(only("twitter", tmp_path)) == [
        ("twitter", "2026-11-02", "others", (A,)),  # "RT @adrienne_ex:": a retweet features its author
        ("twitter", "2026-11-03", "others", (B,)),  # a mention, matched through social.x ("@Bo_Connects")
        ("twitter", "2026-11-04", "others", (C,)),  # a link to their url (www. and a sub-page)
        ("twitter", "2026-11-05", "others", (A,)),  # a quoted tweet: a link to x.com/adrienne_ex/status/1
        ("twitter", "2026-11-06", "self", ()),  # a link to the site alone
        # 07: a reply mentioning Bo, 08: a plain tweet: not counted
        ("twitter", "2026-11-09", "others", ()),  # retweeted: true, of someone not in the registry
        ("twitter", "2026-11-10", "self", ()),  # tweets-part1.js
    ]


def test_facebook_counts_links_to_their_url_or_page_and_self_links(tmp_path):
    assert read(only("facebook", tmp_path)) == [
        ("facebook", "2026-11-02", "others", (C,)),  # external_context.url: their url
        ("facebook", "2026-11-03", "others", (C,)),  # a share of a post on their page (social.facebook)
        ("facebook", "2026-11-04", "self", ()),  # the site, written in the post's text
        # a status and a photo without links: not counted; messages/ never opened
    ]


def test_bluesky_counts_reposts_mentions_quotes_links_and_self_links(tmp_path):
    assert read(only("bluesky", tmp_path)) == [
        ("bluesky", "2026-11-02", "others", (B,)),  # a repost of Bo's post: the subject's DID
        ("bluesky", "2026-11-03", "others", (A,)),  # a mention of a handle the registry holds
        ("bluesky", "2026-11-04", "others", (B,)),  # a mention facet with the DID the registry holds
        ("bluesky", "2026-11-05", "others", (B,)),  # a quote of Bo's post (embed.record)
        ("bluesky", "2026-11-06", "others", (C,)),  # a link card to their url
        ("bluesky", "2026-11-07", "self", ()),  # a link facet to the site
        # a reply, a plain post, a like and the profile: not counted
        ("bluesky", "2026-11-10", "others", ()),  # a repost of someone not in the registry
    ]


def test_linkedin_counts_public_shares_only(tmp_path):
    assert read(only("linkedin", tmp_path)) == [
        ("linkedin", "2026-11-02", "others", (C,)),  # SharedUrl: their url
        ("linkedin", "2026-11-03", "others", (C,)),  # multi-line quoted commentary linking their page
        ("linkedin", "2026-11-04", "self", ()),  # the site in the commentary ("….html." ends a sentence)
        # CONNECTIONS linking Adrienne: never counted; a public thought with a picture: not counted
    ]


def test_a_linkedin_export_without_a_visibility_column_counts_every_share(tmp_path):
    rows = [["2026-11-02 09:00:00", make_exports.share_link(1), "x", "https://commons.example", ""]]
    (tmp_path / "Shares.csv").write_text(make_exports.linkedin_csv(rows, make_exports.SHARES_HEADER[:-1]))
    assert read(tmp_path) == [("linkedin", "2026-11-02", "others", (C,))]


def test_the_oldest_formats_x_without_the_tweet_wrapper_facebook_status_updates(tmp_path):
    item = make_exports.tweet(1, "Mon Nov 02 09:00:00 +0000 2026", "x", ["adrienne_ex"])["tweet"]
    (tmp_path / "tweet.js").write_text(make_exports.tweets_js([item], name="tweet"))
    post = make_exports.fb_post(1793610000, "x", "https://commons.example")
    (tmp_path / "your_posts_1.json").write_text(f'{{"status_updates": [{__import__("json").dumps(post)}]}}')
    assert read(tmp_path) == [
        ("facebook", "2026-11-02", "others", (C,)),
        ("twitter", "2026-11-02", "others", (A,)),
    ]


# -- the whole archive ------------------------------------------------------------------------------


def zipped(folder: Path, target: Path) -> Path:
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as z:
        for path in sorted(folder.rglob("*")):
            if path.is_file():
                z.write(path, path.relative_to(folder).as_posix())
    return target


@pytest.fixture(scope="module")
def unpacked() -> list:
    return read(EXPORTS)


def test_every_export_as_downloaded_counts_as_unpacked(tmp_path, unpacked):
    for network in ("twitter", "facebook", "bluesky", "linkedin"):
        zipped(EXPORTS / network, tmp_path / f"{network}-export.zip")
    assert read(tmp_path) == unpacked


def test_each_export_in_two_copies_counts_once(tmp_path, unpacked):
    shutil.copytree(EXPORTS, tmp_path / "unpacked")
    for network in ("twitter", "facebook", "bluesky", "linkedin"):
        zipped(EXPORTS / network, tmp_path / f"{network}.zip")
    shutil.copy(EXPORTS / "bluesky" / "repo.car", tmp_path / "repo-again.car")
    shutil.copy(EXPORTS / "linkedin" / "Shares.csv", tmp_path / "Shares.csv")  # the single file
    assert read(tmp_path) == unpacked


def test_a_share_log_entry_naming_an_archive_post_counts_once(tmp_path):
    only("twitter", tmp_path)
    only("linkedin", tmp_path)
    only("bluesky", tmp_path)
    tweet = f"https://twitter.com/me/status/{1850000000000000000 + 3}"
    (tmp_path / "log.yaml").write_text(
        f"- {{date: 2026-11-04, channel: X, about: others, url: '{tweet.replace('twitter.com', 'x.com')}'}}\n"
        f"- {{date: 2026-11-02, channel: linkedin, about: others, url: '{make_exports.share_link(1)}/'}}\n"
        "- {date: 2026-11-06, channel: bluesky, about: others, url: 'https://bsky.app/profile/me.example/post/3la05'}\n"
        "- {date: 2026-11-20, channel: newsletter, about: self, url: 'https://news.example/1'}\n"
        "- {date: 2026-11-21, channel: x, about: self, url: 'https://x.com/me/status/7'}\n"
    )
    posts = read(tmp_path)
    assert [p for p in posts if p[0] in ("x", "newsletter")] == [
        ("newsletter", "2026-11-20", "self", ()),
        ("x", "2026-11-21", "self", ()),  # a post the archive does not hold
    ]
    assert len(posts) == 7 + 3 + 7 + 2


def test_a_share_log_entry_naming_a_mastodon_post_counts_once(tmp_path):
    shutil.copy(DATA / "social" / "outbox.json", tmp_path / "outbox.json")
    before = read(tmp_path)
    import json

    items = json.loads((tmp_path / "outbox.json").read_text())["orderedItems"]
    url = next(
        i["object"]["url"] for i in items if isinstance(i.get("object"), dict) and i["object"].get("url")
    )
    (tmp_path / "log.yaml").write_text(
        f"- {{date: 2026-11-03, channel: mastodon, about: self, url: '{url}'}}\n"
    )
    assert read(tmp_path) == before


def test_other_files_of_an_export_are_skipped_without_a_word(tmp_path):
    only("linkedin", tmp_path)
    (tmp_path / "linkedin" / "Invitations.csv").write_text("From,To\nA,B\n")
    (tmp_path / "twitter").mkdir()
    (tmp_path / "twitter" / "like.js").write_text("window.YTD.like.part0 = [")
    (tmp_path / "twitter" / "deleted-tweets.js").write_text("not even javascript")
    (tmp_path / "posts").mkdir()
    (tmp_path / "posts" / "album_1.json").write_text("[")
    data = read_social(tmp_path, CHANGEMAKERS, SITE, WINDOW)
    assert data.problems == [] and len(data.posts) == 3
    names = {p.name for p, _ in social_files(tmp_path)}
    assert names == {"Shares.csv"}


def test_shares_csv_alone_beside_share_logs_leaves_them_share_logs(tmp_path):
    shutil.copy(EXPORTS / "linkedin" / "Shares.csv", tmp_path / "Shares.csv")
    (tmp_path / "log.csv").write_text("date,channel,about\n2026-11-20,newsletter,self\n")
    assert read(tmp_path)[-1] == ("newsletter", "2026-11-20", "self", ())
    assert len(read(tmp_path)) == 4


@pytest.mark.parametrize(
    ("name", "private"),
    [
        ("data/direct-messages.js", True),
        ("data/direct-messages-group.js", True),
        ("data/direct-message-headers.js", True),
        ("data/direct_messages_media/1.jpg", True),
        ("your_facebook_activity/messages/inbox/bo/message_1.json", True),
        ("messages/", True),
        ("messages.csv", True),
        ("linkedin/guide_messages.csv", True),
        ("data/tweets.js", False),
        ("your_facebook_activity/posts/your_posts_1.json", False),
        ("shares.csv", False),
    ],
)
def test_private_files_are_known_by_name(name, private):
    assert is_private(name) is private


def test_private_files_are_never_opened(tmp_path, monkeypatch):
    shutil.copytree(EXPORTS, tmp_path / "unpacked")
    for network in ("twitter", "facebook", "linkedin"):
        zipped(EXPORTS / network, tmp_path / f"{network}.zip")
    opened: list[str] = []
    real_open, real_zip_open = builtins.open, zipfile.ZipFile.open

    def spy_open(file, *args, **kwargs):
        opened.append(str(file))
        return real_open(file, *args, **kwargs)

    def spy_zip_open(self, name, *args, **kwargs):
        opened.append(getattr(name, "filename", name))
        return real_zip_open(self, name, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", spy_open)
    monkeypatch.setattr(io, "open", spy_open)
    monkeypatch.setattr(zipfile.ZipFile, "open", spy_zip_open)
    posts = read(tmp_path)
    monkeypatch.undo()
    assert len(posts) == 7 + 3 + 7 + 3
    assert opened, "the spy saw nothing"
    private = [
        name for name in opened if is_private(name.lower()) or "Connections" in name or "account" in name
    ]
    assert private == []


def test_handles_and_profiles_of_every_network():
    matcher = Matcher(CHANGEMAKERS, SITE)
    assert matcher.link("https://x.com/bo_connects") == B
    assert matcher.link("https://mobile.twitter.com/Adrienne_Ex/status/9") == A
    assert matcher.link("https://bsky.app/profile/adrienne.example/post/3k") == A
    assert matcher.link(f"https://bsky.app/profile/{make_exports.BO_DID}") == B
    assert matcher.link("https://m.facebook.com/commonslab/") == C
    assert matcher.link("https://www.linkedin.com/in/commons-lab") == C
    assert matcher.link("https://www.linkedin.com/company/commons-lab/posts") == C
    assert matcher.link("https://www.linkedin.com/feed/commons-lab") is None
    assert matcher.link("https://bsky.app/search/adrienne.example") is None
    assert matcher.link("https://x.com.evil/bo_connects") is None
    assert matcher.account("twitter", "BO_CONNECTS") == B


@pytest.mark.parametrize(
    ("url", "identity"),
    [
        ("https://x.com/me/status/123", "twitter:123"),
        ("https://www.twitter.com/someone/status/123?s=20", "twitter:123"),
        ("https://bsky.app/profile/me.example/post/3la05", "bluesky:3la05"),
        (
            "https://www.linkedin.com/feed/update/urn%3Ali%3Ashare%3A1/",
            "linkedin.com/feed/update/urn:li:share:1",
        ),
        ("javascript:alert(1)", ""),
    ],
)
def test_a_post_is_known_by_its_address_however_spelt(url, identity):
    assert post_identity(url) == identity


def test_no_post_text_is_in_any_record(unpacked):
    data = read_social(EXPORTS, CHANGEMAKERS, SITE, WINDOW)
    assert all(isinstance(p, SocialPost) for p in data.posts)
    assert not any(secret in repr(data) for secret in make_exports.SECRETS)


def test_the_registry_takes_x_and_a_bluesky_did_and_the_share_kit_names_a_did_by_name(tmp_path):
    from pelican_spotlight.core.registry import load_registry
    from pelican_spotlight.practice.share import handle

    (tmp_path / "spotlight.yaml").write_text(
        "- name: Bo Connector\n"
        f"  social: {{x: '@bo_connects', bluesky: '{make_exports.BO_DID}'}}\n"
        "- name: Ada\n"
        "  social: {bluesky: 'did:plc:NOT-BASE32'}\n"
    )
    registry = load_registry(tmp_path / "spotlight.yaml", lambda s: s.lower().replace(" ", "-"))
    bo = registry.get("bo-connector")
    assert bo.social_links == [
        ("x", "https://x.com/bo_connects"),
        ("bluesky", f"https://bsky.app/profile/{make_exports.BO_DID}"),
    ]
    assert handle(bo, "bluesky") == "Bo Connector"  # a DID cannot be typed as a mention
    assert [p.message for p in registry.problems] == [
        "changemaker 'Ada': social.bluesky 'did:plc:NOT-BASE32' is not a valid handle"
    ]
