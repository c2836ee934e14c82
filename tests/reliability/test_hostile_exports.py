"""Hostile exports of X, Facebook, Bluesky and LinkedIn in the ``social`` folder, in real guarded
builds: one message each naming the file, quoting none of it; the build goes on; the rest counts.
(Mastodon archives and share logs: ``test_hostile_social.py``.)"""

from __future__ import annotations

import io
import json
import struct
import sys
import zipfile
from dataclasses import dataclass
from pathlib import Path

import pytest
from guard import relative_messages

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "data"))
import make_exports as mx

REGISTRY = f"""\
- name: Ada Lovelace
  slug: ada
  url: https://ada.example
  social: {{twitter: ada, bluesky: "{mx.BO_DID}", facebook: ada.page, linkedin: ada}}
"""
POST = "Title: P\nDate: 2026-11-02\n\n{% mention ada %}\n"
DEEP = 200_000
WHEN = "Tue Nov 03 09:00:00 +0000 2026"
TWEET = mx.tweet(1, WHEN, mx.SECRET, ["ada"])
TWEETS = mx.tweets_js([TWEET]).encode()
FB = mx.fb_post(1793610000, mx.SECRET, "https://ada.example/")
HEADER = ",".join(mx.SHARES_HEADER)
LINK = mx.share_link(1)


def _zip(members: dict[str, bytes], flags: int = 0, size: int | None = None, version: int = 0) -> bytes:
    """A zip of stored entries, the first one's headers patched: encryption flags, a (forged) size, the
    version needed to extract it."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as z:
        for name, data in members.items():
            z.writestr(name, data)
    data = bytearray(buffer.getvalue())
    local, central = data.find(b"PK\x03\x04"), data.find(b"PK\x01\x02")
    data[local + 6] |= flags
    data[central + 8] |= flags
    if version:
        data[central + 6] = version
    if size is not None:
        struct.pack_into("<I", data, local + 22, size)
        struct.pack_into("<I", data, central + 24, size)
    return bytes(data)


def tweets(*items: dict) -> bytes:
    return mx.tweets_js(list(items)).encode()


def tweet_at(when: str, n: int = 1) -> dict:
    return mx.tweet(n, when, mx.SECRET, ["ada"])


def posts(*items) -> bytes:
    return json.dumps(list(items)).encode()


def shares(*rows: str) -> bytes:
    return ("\ufeff" + HEADER + "\r\n" + "".join(r + "\r\n" for r in rows)).encode()


def car(*records: tuple[str, dict]) -> bytes:
    return mx.car(list(records))


def bsky(when: str, n: int = 1) -> tuple[str, dict]:
    return (f"app.bsky.feed.repost/3l{n:03d}", mx.repost(when, mx.BO_DID))


def _cyclic_car() -> bytes:
    """A repository whose tree node names itself as its left subtree (hashes are not checked)."""
    good = mx.car([bsky("2026-11-03T09:00:00Z")])
    header, blocks = __import__("libipld").decode_car(good)
    commit = blocks[header["roots"][0]]
    node_cid = commit["data"]
    node = blocks[node_cid]
    entries = [{**e, "v": mx.Link(e["v"]), "t": None} for e in node["e"]]
    forged = mx._cbor({"l": mx.Link(node_cid), "e": entries})
    return good.replace(mx._cbor({"l": None, "e": entries}), forged)


def _car_rooted_at_a_record() -> bytes:
    """A CAR whose root is a post, not a repository's commit."""
    record = mx._cbor(mx.bsky_post("2026-11-03T09:00:00Z", mx.SECRET))
    header = mx._cbor({"version": 1, "roots": [mx.Link(mx._cid(record))]})
    block = mx._cid(record) + record
    return mx._varint(len(header)) + header + mx._varint(len(block)) + block


def _deep_cbor_car() -> bytes:
    """A repository one of whose records is an array nested 100,000 deep."""
    deep = b"\x81" * 100_000 + b"\x00"
    good = mx.car([bsky("2026-11-03T09:00:00Z")])
    block = mx._cid(deep) + deep
    return good + mx._varint(len(block)) + block


@dataclass(frozen=True)
class Case:
    id: str
    files: dict[str, bytes]  # under content/social/
    expected: tuple[str, ...]  # the plugin's messages, exactly, in order
    channels: tuple[str, ...] = ("blog",)  # report.json's channels afterwards


CASES = [
    # -- X ---------------------------------------------------------------------------------------
    Case(
        "x-without-its-javascript-prefix",
        {"tweets.js": json.dumps([TWEET]).encode()},
        ("social/tweets.js:0: not an X archive (it does not start with window.YTD.tweets.part0 =); skipped",),
    ),
    Case(
        "x-with-another-prefix",
        {"tweets.js": b"var tweets = " + json.dumps([TWEET]).encode()},
        ("social/tweets.js:0: not an X archive (it does not start with window.YTD.tweets.part0 =); skipped",),
    ),
    Case(
        "x-cut-short-counts-nothing",
        {"tweets.js": tweets(TWEET, tweet_at(WHEN, 2))[:-40]},
        ("social/tweets.js:0: not an X archive (not valid JSON); skipped",),
    ),
    Case(
        "x-in-utf-16",
        {"tweets.js": TWEETS.decode().encode("utf-16")},
        ("social/tweets.js:0: not an X archive (it does not start with window.YTD.tweets.part0 =); skipped",),
    ),
    Case(
        "x-with-latin-1-text",
        {"tweets.js": TWEETS.replace(mx.SECRET.encode(), b"caf\xe9")},
        ("social/tweets.js:0: not an X archive (not valid JSON); skipped",),
    ),
    Case(
        "x-nested-200000-deep-in-an-item",
        {
            "tweets.js": b"window.YTD.tweets.part0 = ["
            + b"[" * DEEP
            + b"]" * DEEP
            + b", "
            + json.dumps(TWEET).encode()
            + b"]"
        },
        ("social/tweets.js:0: 1 item nested too deep to be an activity; not counted",),
        ("blog", "twitter"),
    ),
    Case(
        "x-dated-year-1-and-9999",
        {
            "tweets.js": tweets(
                tweet_at("Mon Jan 01 00:00:00 +0000 0001", 1),
                tweet_at("Fri Dec 31 23:59:59 +0000 9999", 2),
                tweet_at("Fri Dec 31 23:59:59 -2359 9999", 3),  # past the calendar's end in UTC
                tweet_at("yesterday", 4),
                tweet_at(WHEN, 5),
            )
        },
        (
            "social/tweets.js:0: 2 public posts without a valid date; not counted",
            "social/tweets.js:0: 2 public posts dated before 1900 or more than a year after the day of the "
            "build (2026-12-01), the first 0001-01-01; not counted",
        ),
        ("blog", "twitter"),
    ),
    Case(
        "x-items-of-every-wrong-type",
        {
            "tweets.js": tweets(
                None,
                7,
                [],
                {"tweet": "x"},
                {"tweet": {"entities": {"user_mentions": "ada", "urls": [3]}}},
                {"tweet": {**TWEET["tweet"], "entities": {"user_mentions": [{"screen_name": ["ada"]}]}}},
                {"tweet": {**TWEET["tweet"], "retweeted": "true", "full_text": 5}},
            )
        },
        (),
        ("blog", "twitter"),
    ),
    # -- Facebook --------------------------------------------------------------------------------
    Case(
        "facebook-cut-short-counts-nothing",
        {"your_posts_1.json": posts(FB, FB)[:-30]},
        ("social/your_posts_1.json:0: not a Facebook archive (not valid JSON); skipped",),
    ),
    Case(
        "facebook-of-the-wrong-shape",
        {"your_posts_1.json": json.dumps({"posts": [FB]}).encode()},
        ("social/your_posts_1.json:0: not a Facebook archive (no status_updates list); skipped",),
    ),
    Case(
        "facebook-dated-year-1-9999-and-beyond",
        {
            "your_posts_1.json": posts(
                {**FB, "timestamp": -62135596800},
                {**FB, "timestamp": 253402300799},
                {**FB, "timestamp": 10**15},
                {**FB, "timestamp": True},
                {**FB, "timestamp": "1793610000"},
                FB,
            )
        },
        (
            "social/your_posts_1.json:0: 3 public posts without a valid date; not counted",
            "social/your_posts_1.json:0: 2 public posts dated before 1900 or more than a year after the day "
            "of the build (2026-12-01), the first 0001-01-01; not counted",
        ),
        ("blog", "facebook"),
    ),
    Case(
        "facebook-nested-200000-deep",
        {
            "your_posts_1.json": b"["
            + b'{"a": [' * 1000
            + b"[" * DEEP
            + b"]" * DEEP
            + b"]}" * 1000
            + b", "
            + posts(FB)[1:]
        },
        ("social/your_posts_1.json:0: 1 item nested too deep to be an activity; not counted",),
        ("blog", "facebook"),
    ),
    Case(
        "facebook-zip-entry-declaring-3840-mib",
        {"facebook.zip": _zip({"posts/your_posts_1.json": posts(FB)}, size=0xF000_0000)},
        (
            "social/facebook.zip:0: Facebook archive not read: 3,840 MiB, over the limit of 2,048 MiB for "
            "this format; skipped",
        ),
    ),
    # -- Bluesky ---------------------------------------------------------------------------------
    Case(
        "bluesky-bytes-that-are-not-a-car",
        {"repo.car": b"\x00\x01not a car at all" + mx.SECRET.encode()},
        ("social/repo.car:0: not a Bluesky archive (not a CAR file); skipped",),
    ),
    Case(
        "bluesky-car-cut-short",
        {"repo.car": car(bsky("2026-11-03T09:00:00Z"))[:-20]},
        ("social/repo.car:0: not a Bluesky archive (not a CAR file); skipped",),
    ),
    Case(
        "bluesky-car-without-a-commit",
        {"repo.car": _car_rooted_at_a_record()},
        ("social/repo.car:0: not a Bluesky archive (no repository commit at its root); skipped",),
    ),
    Case(
        "bluesky-tree-that-points-back-at-itself",
        {"repo.car": _cyclic_car()},
        (),
        ("blog", "bluesky"),
    ),
    Case(
        "bluesky-block-nested-100000-deep",
        {"repo.car": _deep_cbor_car()},
        ("social/repo.car:0: not a Bluesky archive (a block is nested too deep); skipped",),
    ),
    Case(
        "bluesky-dated-year-1-and-9999",
        {
            "repo.car": car(
                bsky("0001-01-01T00:00:00Z", 1),
                bsky("9999-12-31T23:59:59Z", 2),
                bsky("0001-01-01T00:30:00+05:00", 3),
                bsky("2026-11-03T09:00:00Z", 4),
            )
        },
        (
            "social/repo.car:0: 1 public post without a valid date; not counted",
            "social/repo.car:0: 2 public posts dated before 1900 or more than a year after the day of the "
            "build (2026-12-01), the first 0001-01-01; not counted",
        ),
        ("blog", "bluesky"),
    ),
    Case(
        "bluesky-zip-entry-declaring-300-mib",
        {"bluesky.zip": _zip({"repo.car": car(bsky("2026-11-03T09:00:00Z"))}, size=300 * 2**20)},
        (
            "social/bluesky.zip:0: Bluesky archive not read: 300 MiB, over the limit of 256 MiB for this "
            "format; skipped",
        ),
    ),
    # -- LinkedIn --------------------------------------------------------------------------------
    Case(
        "linkedin-not-utf-8",
        {
            "Shares.csv": f"{HEADER}\r\n2026-11-03 09:00:00,{LINK},caf\xe9,https://ada.example,,PUBLIC\r\n".encode(
                "latin-1"
            )
        },
        (
            "social/Shares.csv:0: not a LinkedIn archive (not UTF-8 text (invalid continuation byte at "
            "byte 149)); skipped",
        ),
    ),
    Case(
        "linkedin-without-its-columns",
        {"Shares.csv": b"When,What\r\n2026-11-03,x\r\n"},
        ("social/Shares.csv:0: not a LinkedIn archive (no Date and ShareLink columns); skipped",),
    ),
    Case(
        "linkedin-empty",
        {"Shares.csv": b""},
        ("social/Shares.csv:0: not a LinkedIn archive (no header); skipped",),
    ),
    Case(
        "linkedin-field-larger-than-the-csv-modules-limit",
        {
            "Shares.csv": shares(
                f'2026-11-03 09:00:00,{LINK},"{"a" * 200_000}",https://ada.example,,PUBLIC',
                f"2026-11-04 09:00:00,{mx.share_link(2)},x,https://ada.example,,PUBLIC",
            )
        },
        ("social/Shares.csv:0: 1 row the csv module cannot read; not counted",),
        ("blog", "linkedin"),
    ),
    Case(
        "linkedin-dated-year-1-and-9999-and-rows-cut-short",
        {
            "Shares.csv": shares(
                f"0001-01-01 00:00:00,{LINK},x,https://ada.example,,PUBLIC",
                f"9999-12-31 23:59:59,{mx.share_link(2)},x,https://ada.example,,PUBLIC",
                f"2026-11-0x,{mx.share_link(3)},x,https://ada.example,,PUBLIC",
                f"2026-11-03 09:00:00,{mx.share_link(4)}",
                f"2026-11-03 09:00:00,{mx.share_link(5)},x,https://ada.example,,PUBLIC,extra",
                ",,,,,",
            )
        },
        (
            "social/Shares.csv:0: 1 public post without a valid date; not counted",
            "social/Shares.csv:0: 2 public posts dated before 1900 or more than a year after the day of the "
            "build (2026-12-01), the first 0001-01-01; not counted",
        ),
        ("blog", "linkedin"),
    ),
    # -- any export ------------------------------------------------------------------------------
    Case(
        "zip-of-private-files-only",
        {
            "export.zip": _zip(
                {
                    "messages.csv": b"x",
                    "data/direct-messages.js": b"x",
                    "messages/inbox/a/your_posts_1.json": b"[",
                }
            )
        },
        (
            "social/export.zip:0: no export file this plugin reads in it (outbox.json, data/tweets.js, "
            "your_posts_1.json, a .car repository, Shares.csv); skipped",
        ),
    ),
    Case(
        "zip-encrypted-with-a-password",
        {"x.zip": _zip({"data/tweets.js": TWEETS}, flags=0x1)},
        ("social/x.zip:0: X archive not read: it is encrypted; export it again without a password; skipped",),
    ),
    Case(
        "zip-needing-a-version-zipfile-cannot-read",  # found by the fuzzer: NotImplementedError
        {"x.zip": _zip({"data/tweets.js": TWEETS}, version=64)},
        ("social/x.zip:0: not a zip archive (zip file version 6.4); skipped",),
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_hostile_exports_give_one_message_each_and_the_build_goes_on(guarded, case: Case):
    guarded.write("spotlight.yaml", REGISTRY)
    guarded.write("posts/p.md", POST)
    folder = guarded.content / "social"
    folder.mkdir()
    for name, data in case.files.items():
        (folder / name).write_bytes(data)
    result = guarded.build()
    messages = relative_messages(result.messages, guarded.root)
    assert messages == list(case.expected)
    assert not any(mx.SECRET in m for m in messages)
    report = json.loads((result.output / "spotlight" / "report.json").read_text(encoding="utf-8"))
    assert tuple(report["channels"]) == case.channels
