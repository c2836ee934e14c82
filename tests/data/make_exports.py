"""Writes the small social-network exports the tests read (``tests/data/exports/``), from the formats'
published field names: an X archive, a Facebook JSON export, a Bluesky repository (``.car``) and a
LinkedIn export, each with a few posts of every kind and its private-message files.

    python tests/data/make_exports.py            # rewrites tests/data/exports/
    python tests/data/make_exports.py --check    # fails when the files differ from what it writes
    python tests/data/make_exports.py --sample sample_site/content/social   # the sample site's

Every post's text and every private file holds ``SECRET`` (``SECRETS`` below), which no output, log
line or cache of a build may contain. ``car`` and ``tweets_js`` are also used by bench/social.py.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import io
import json
import sys
import zipfile
from pathlib import Path

import libipld

HERE = Path(__file__).resolve().parent / "exports"
SECRET = "POST-TEXT-SECRET-5d1e"
PRIVATE = "PRIVATE-MESSAGE-SECRET-b7c4"
SECRETS = (SECRET, PRIVATE)
ME = "did:plc:aaaaaaaaaaaaaaaaaaaaaaaa"
BO_DID = "did:plc:bbbbbbbbbbbbbbbbbbbbbbbb"
ADRIENNE_DID = "did:plc:cccccccccccccccccccccccc"
STRANGER = "did:plc:dddddddddddddddddddddddd"


# -- X ----------------------------------------------------------------------------------------------


def tweet(n: int, when: str, text: str, mentions=(), urls=(), reply=None, retweeted=False) -> dict:
    """One item of ``tweets.js``, with the fields X's archive documents."""
    return {
        "tweet": {
            "id_str": str(1850000000000000000 + n),
            "id": str(1850000000000000000 + n),
            "created_at": when,
            "full_text": text,
            "retweeted": retweeted,
            "favorited": False,
            "lang": "en",
            "source": '<a href="https://mobile.twitter.com" rel="nofollow">Twitter Web App</a>',
            "in_reply_to_status_id_str": reply,
            "in_reply_to_status_id": reply,
            "entities": {
                "hashtags": [],
                "symbols": [],
                "user_mentions": [
                    {"name": m, "screen_name": m, "indices": ["0", "10"], "id_str": "1", "id": "1"}
                    for m in mentions
                ],
                "urls": [
                    {
                        "url": "https://t.co/x",
                        "expanded_url": u,
                        "display_url": u[8:40],
                        "indices": ["1", "2"],
                    }
                    for u in urls
                ],
            },
        }
    }


def tweets_js(items: list[dict], part: int = 0, name: str = "tweets") -> str:
    return f"window.YTD.{name}.part{part} = " + json.dumps(items, indent=2, ensure_ascii=False)


def x_archive() -> dict[str, str]:
    tweets = [
        tweet(1, "Mon Nov 02 09:00:00 +0000 2026", f"RT @adrienne_ex: {SECRET} a thread", ["adrienne_ex"]),
        tweet(2, "Tue Nov 03 09:00:00 +0000 2026", f"Thanks @bo_connects {SECRET}", ["bo_connects"]),
        tweet(
            3,
            "Wed Nov 04 09:00:00 +0000 2026",
            f"{SECRET} https://t.co/x",
            urls=["https://www.commons.example/events/"],
        ),
        tweet(
            4,
            "Thu Nov 05 09:00:00 +0000 2026",
            f"Read this {SECRET}",
            urls=["https://x.com/adrienne_ex/status/1"],
        ),
        tweet(
            5, "Fri Nov 06 09:00:00 +0000 2026", f"My new post {SECRET}", urls=["https://blog.example/a.html"]
        ),
        tweet(6, "Sat Nov 07 09:00:00 +0000 2026", f"@bo_connects yes {SECRET}", ["bo_connects"], reply="99"),
        tweet(7, "Sun Nov 08 09:00:00 +0000 2026", f"Just a thought {SECRET}"),
        tweet(8, "Mon Nov 09 09:00:00 +0000 2026", f"{SECRET} someone else's", retweeted=True),
    ]
    dm = [{"dmConversation": {"conversationId": "1-2", "messages": [{"messageCreate": {"text": PRIVATE}}]}}]
    return {
        "twitter/data/tweets.js": tweets_js(tweets),
        "twitter/data/tweets-part1.js": tweets_js(
            [tweet(9, "Tue Nov 10 09:00:00 +0000 2026", SECRET, urls=["https://blog.example/b.html"])], 1
        ),
        "twitter/data/direct-messages.js": tweets_js(dm, name="direct_messages"),
        "twitter/data/direct-messages-group.js": tweets_js(dm, name="direct_messages_group"),
        "twitter/data/account.js": tweets_js(
            [{"account": {"username": "me", "email": PRIVATE}}], name="account"
        ),
        "twitter/Your archive.html": f"<html><body>{PRIVATE}</body></html>",
    }


# -- Facebook ---------------------------------------------------------------------------------------


def fb_post(
    when: int, text: str | None = None, url: str | None = None, title: str = "Me shared a link."
) -> dict:
    post: dict = {"timestamp": when, "title": title, "data": [{"update_timestamp": when}]}
    if text is not None:
        post["data"].insert(0, {"post": text})
    if url is not None:
        post["attachments"] = [{"data": [{"external_context": {"url": url}}]}]
    return post


def facebook_export() -> dict[str, str]:
    day = 1793610000  # 2026-11-02T09:00Z
    posts = [
        fb_post(day, f"{SECRET} see this", "https://commons.example/events/2026"),
        fb_post(day + 86400, SECRET, "https://www.facebook.com/commonslab/posts/123"),
        fb_post(day + 2 * 86400, f"New post https://blog.example/a.html. {SECRET}"),
        fb_post(day + 3 * 86400, f"{SECRET} a status", title="Me updated their status."),
        fb_post(day + 4 * 86400, title="Me added a new photo."),
    ]
    message = {"participants": [{"name": "Bo"}], "messages": [{"sender_name": "Bo", "content": PRIVATE}]}
    return {
        "facebook/your_facebook_activity/posts/your_posts__check_ins__photos_and_videos_1.json": json.dumps(
            posts, indent=2
        ),
        "facebook/your_facebook_activity/messages/inbox/bo_123/message_1.json": json.dumps(message),
        "facebook/your_facebook_activity/messages/e2ee_cutover/bo_1/your_posts_1.json": json.dumps(
            [fb_post(day, PRIVATE, "https://blog.example/")]
        ),
        "facebook/connections/friends/your_friends.json": json.dumps({"friends_v2": [{"name": PRIVATE}]}),
    }


# -- Bluesky ----------------------------------------------------------------------------------------


def _cid(data: bytes) -> bytes:
    """A CIDv1 (DAG-CBOR, SHA-256) of a block, as Bluesky's repositories name them."""
    return b"\x01\x71\x12\x20" + hashlib.sha256(data).digest()


def _varint(n: int) -> bytes:
    out = bytearray()
    while True:
        byte, n = n & 0x7F, n >> 7
        out.append(byte | (0x80 if n else 0))
        if not n:
            return bytes(out)


def _cbor(value) -> bytes:
    """DAG-CBOR of ``value``, where a ``Link`` becomes a CID (tag 42); libipld encodes the rest."""
    if isinstance(value, Link):
        raw = b"\x00" + value.cid
        return b"\xd8\x2a\x58" + bytes([len(raw)]) + raw
    if isinstance(value, dict):
        keys = sorted(value, key=lambda k: (len(k.encode()), k.encode()))
        out = bytearray(_head(5, len(keys)))  # a map: its header, then its pairs
        for k in keys:
            out += libipld.encode_dag_cbor(k) + _cbor(value[k])
        return bytes(out)
    if isinstance(value, list):
        return _head(4, len(value)) + b"".join(_cbor(v) for v in value)
    return libipld.encode_dag_cbor(value)


def _head(major: int, n: int) -> bytes:
    if n < 24:
        return bytes([major << 5 | n])
    for size, code in ((1, 24), (2, 25), (4, 26), (8, 27)):
        if n < 1 << (8 * size):
            return bytes([major << 5 | code]) + n.to_bytes(size, "big")
    raise ValueError(n)


class Link:
    __slots__ = ("cid",)

    def __init__(self, cid: bytes) -> None:
        self.cid = cid


def car(records: list[tuple[str, dict]], did: str = ME) -> bytes:
    """A repository of ``records`` ((``collection/rkey``, record), sorted): a commit, one Merkle
    search tree node holding every entry (keys prefix-compressed, as the spec writes them), and the
    records. Real trees have many nodes; one is a valid tree of one layer."""
    blocks: list[tuple[bytes, bytes]] = []
    entries, previous = [], b""
    for key, record in sorted(records, key=lambda r: r[0]):
        data = _cbor(record)
        blocks.append((_cid(data), data))
        k = key.encode()
        common = next(
            (i for i, (a, b) in enumerate(zip(previous, k, strict=False)) if a != b),
            min(len(previous), len(k)),
        )
        entries.append({"p": common, "k": k[common:], "v": Link(_cid(data)), "t": None})
        previous = k
    node = _cbor({"l": None, "e": entries})
    commit = _cbor(
        {"did": did, "version": 3, "data": Link(_cid(node)), "rev": "3l", "prev": None, "sig": b"s"}
    )
    header = _cbor({"version": 1, "roots": [Link(_cid(commit))]})
    out = bytearray(_varint(len(header)) + header)
    for cid, data in [(_cid(commit), commit), (_cid(node), node), *blocks]:
        out += _varint(len(cid) + len(data)) + cid + data
    return bytes(out)


def bsky_post(when: str, text: str, **more) -> dict:
    return {"$type": "app.bsky.feed.post", "text": text, "createdAt": when, "langs": ["en"], **more}


def facet(kind: str, **value) -> dict:
    return {
        "$type": "app.bsky.richtext.facet",
        "index": {"byteStart": 0, "byteEnd": 5},
        "features": [{"$type": f"app.bsky.richtext.facet#{kind}", **value}],
    }


def repost(when: str, author: str) -> dict:
    uri = f"at://{author}/app.bsky.feed.post/3kabc"
    return {"$type": "app.bsky.feed.repost", "createdAt": when, "subject": {"uri": uri, "cid": "bafyrei"}}


def bluesky_records() -> list[tuple[str, dict]]:
    quote = {
        "$type": "app.bsky.embed.record",
        "record": {"uri": f"at://{BO_DID}/app.bsky.feed.post/3kq", "cid": "x"},
    }
    card = {
        "$type": "app.bsky.embed.external",
        "external": {"uri": "https://commons.example/", "title": SECRET, "description": ""},
    }
    parent = {"uri": f"at://{BO_DID}/app.bsky.feed.post/3kp", "cid": "x"}
    return [
        ("app.bsky.feed.repost/3la01", repost("2026-11-02T09:00:00.000Z", BO_DID)),
        (
            "app.bsky.feed.post/3la02",
            bsky_post(
                "2026-11-03T09:00:00.000Z",
                f"@adrienne.example {SECRET}",
                facets=[facet("mention", did=ADRIENNE_DID)],
            ),
        ),
        (
            "app.bsky.feed.post/3la03",
            bsky_post(
                "2026-11-04T09:00:00.000Z", f"@bo.example {SECRET}", facets=[facet("mention", did=BO_DID)]
            ),
        ),
        ("app.bsky.feed.post/3la04", bsky_post("2026-11-05T09:00:00.000Z", SECRET, embed=quote)),
        ("app.bsky.feed.post/3la05", bsky_post("2026-11-06T09:00:00.000Z", SECRET, embed=card)),
        (
            "app.bsky.feed.post/3la06",
            bsky_post(
                "2026-11-07T09:00:00.000Z",
                f"blog.example/a {SECRET}",
                facets=[facet("link", uri="https://blog.example/a.html")],
            ),
        ),
        (
            "app.bsky.feed.post/3la07",
            bsky_post(
                "2026-11-08T09:00:00.000Z",
                f"@bo.example {SECRET}",
                facets=[facet("mention", did=BO_DID)],
                reply={"root": parent, "parent": parent},
            ),
        ),
        ("app.bsky.feed.post/3la08", bsky_post("2026-11-09T09:00:00.000Z", SECRET)),
        ("app.bsky.feed.repost/3la09", repost("2026-11-10T09:00:00.000Z", STRANGER)),
        (
            "app.bsky.feed.like/3la10",
            {
                "$type": "app.bsky.feed.like",
                "createdAt": "2026-11-10T09:00:00.000Z",
                "subject": {"uri": "at://x/y/z", "cid": "x"},
            },
        ),
        (
            "app.bsky.actor.profile/self",
            {"$type": "app.bsky.actor.profile", "displayName": "Me", "description": SECRET},
        ),
    ]


# -- LinkedIn ---------------------------------------------------------------------------------------


def linkedin_csv(rows: list[list[str]], header: list[str]) -> str:
    text = io.StringIO()
    writer = csv.writer(text, lineterminator="\r\n")  # LinkedIn writes CRLF, quoting where needed
    writer.writerow(header)
    writer.writerows(rows)
    return "\ufeff" + text.getvalue()


SHARES_HEADER = ["Date", "ShareLink", "ShareCommentary", "SharedUrl", "MediaUrl", "Visibility"]


def share_link(n: int) -> str:
    return f"https://www.linkedin.com/feed/update/urn%3Ali%3Ashare%3A71{n:05d}"


def linkedin_export() -> dict[str, str]:
    shares = [
        [
            "2026-11-02 09:00:00",
            share_link(1),
            f"{SECRET} their work",
            "https://commons.example/report",
            "",
            "PUBLIC",
        ],
        [
            "2026-11-03 09:00:00",
            share_link(2),
            f'"Quoted" {SECRET}\nline two\nhttps://www.linkedin.com/company/commons-lab/',
            "",
            "",
            "PUBLIC",
        ],
        [
            "2026-11-04 09:00:00",
            share_link(3),
            f"{SECRET} my post: https://blog.example/a.html.",
            "",
            "",
            "PUBLIC",
        ],
        [
            "2026-11-05 09:00:00",
            share_link(4),
            f"{SECRET} for friends https://adrienne.example",
            "https://adrienne.example",
            "",
            "CONNECTIONS",
        ],
        [
            "2026-11-06 09:00:00",
            share_link(5),
            f"{SECRET} a thought",
            "",
            "https://media.licdn.com/x.jpg",
            "PUBLIC",
        ],
    ]
    messages = [["1", "Bo", "Me", "2026-11-02 09:00:00 UTC", "Hi", PRIVATE]]
    return {
        "linkedin/Shares.csv": linkedin_csv(shares, SHARES_HEADER),
        "linkedin/messages.csv": linkedin_csv(
            messages, ["CONVERSATION ID", "FROM", "TO", "DATE", "SUBJECT", "CONTENT"]
        ),
        "linkedin/Connections.csv": "Notes:\r\n"
        + linkedin_csv([["Bo", "C", PRIVATE]], ["First Name", "Last Name", "Email Address"])[1:],
        "linkedin/Jobs/Job Applications.csv": linkedin_csv([[PRIVATE]], ["Application Date"]),
    }


# -- the sample site's social folder ------------------------------------------------------------------


FB_POSTS = "your_facebook_activity/posts/your_posts__check_ins__photos_and_videos_1.json"
SAMPLE_SITE = "https://notes.example"
SAMPLE_PRIVATE = "A private message: the plugin never opens this file."


def sample_exports() -> dict[str, bytes]:
    """One small export of each network for ``sample_site/content/social/``, naming the sample
    registry's people: X as the downloaded ``.zip``, Facebook and LinkedIn unpacked in sub-folders,
    Bluesky as the single ``.car``. Private files hold a line that says what they are."""
    day = 1793610000  # 2026-11-02T09:00Z
    fb = [
        fb_post(day + 86400, "Our neighbours did it", "https://www.facebook.com/riverbendtenants/posts/1"),
        fb_post(day + 9 * 86400, "Soup night", "https://commonskitchen.example/soup"),
        fb_post(day + 10 * 86400, f"On the blog: {SAMPLE_SITE}/pages/about.html"),
        fb_post(day + 11 * 86400, "A quiet Sunday", title="Me updated their status."),
    ]
    message = {"participants": [{"name": "A friend"}], "messages": [{"content": SAMPLE_PRIVATE}]}
    return {
        "twitter-archive.zip": _sample_x(),
        f"facebook-export/{FB_POSTS}": json.dumps(fb, indent=2).encode(),
        "facebook-export/your_facebook_activity/messages/inbox/a_friend_1/message_1.json": json.dumps(
            message
        ).encode(),
        "bluesky-repo.car": car(_sample_bluesky()),
        "linkedin-export/Shares.csv": linkedin_csv(_sample_shares(), SHARES_HEADER).encode(),
        "linkedin-export/messages.csv": linkedin_csv(
            [["1", "A friend", "Me", SAMPLE_PRIVATE]], ["CONVERSATION ID", "FROM", "TO", "CONTENT"]
        ).encode(),
    }


def _sample_x() -> bytes:
    """The sample's X archive, as the downloaded zip."""
    site = SAMPLE_SITE
    tweets = [
        tweet(
            1,
            "Tue Nov 03 17:00:00 +0000 2026",
            "RT @anasouza_example: Students are leading.",
            ["anasouza_example"],
        ),
        tweet(
            2,
            "Thu Nov 05 12:00:00 +0000 2026",
            "Rent strike update",
            urls=["https://riverbend-tenants.example/news"],
        ),
        tweet(
            3, "Tue Nov 10 09:30:00 +0000 2026", "New post", urls=[f"{site}/posts/2026/11/field-notes.html"]
        ),
        tweet(4, "Wed Nov 11 18:00:00 +0000 2026", "Thank you @anasouza_example", ["anasouza_example"]),
        tweet(5, "Thu Nov 12 08:00:00 +0000 2026", "@someone agreed", ["someone"], reply="1"),
    ]
    message = {"messageCreate": {"text": SAMPLE_PRIVATE}}
    dm = [{"dmConversation": {"conversationId": "1-2", "messages": [message]}}]
    x_zip = io.BytesIO()
    with zipfile.ZipFile(x_zip, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in {
            "data/tweets.js": tweets_js(tweets),
            "data/direct-messages.js": tweets_js(dm, name="direct_messages"),
            "Your archive.html": "<html><body>Your archive</body></html>",
        }.items():
            z.writestr(zipfile.ZipInfo(name, (2026, 11, 20, 0, 0, 0)), text)
    return x_zip.getvalue()


def _sample_bluesky() -> list[tuple[str, dict]]:
    """The sample's Bluesky records."""
    site = SAMPLE_SITE
    return [
        (
            "app.bsky.feed.post/3lb01",
            bsky_post(
                "2026-11-04T10:00:00.000Z",
                "Learning from @devramaswamy.example",
                facets=[facet("mention", did=BO_DID)],
            ),
        ),
        (
            "app.bsky.feed.post/3lb02",
            bsky_post(
                "2026-11-12T10:00:00.000Z",
                "Read Maya",
                embed={
                    "$type": "app.bsky.embed.external",
                    "external": {
                        "uri": "https://maya-lindqvist.example/essays/emergence",
                        "title": "Emergence",
                        "description": "",
                    },
                },
            ),
        ),
        ("app.bsky.feed.repost/3lb03", repost("2026-11-13T10:00:00.000Z", STRANGER)),
        (
            "app.bsky.feed.post/3lb04",
            bsky_post(
                "2026-11-16T10:00:00.000Z",
                "New post",
                facets=[facet("link", uri=f"{site}/posts/2026/11/field-notes.html")],
            ),
        ),
    ]


def _sample_shares() -> list[list[str]]:
    """The sample's LinkedIn shares: two public, one for connections only."""
    site = SAMPLE_SITE
    return [
        [
            "2026-11-06 16:00:00",
            share_link(11),
            "Budgets are moral documents",
            "https://gracemwangi.example/budgets",
            "",
            "PUBLIC",
        ],
        [
            "2026-11-17 16:00:00",
            share_link(12),
            f"What I wrote this week:\n{site}/posts/2026/11/field-notes.html",
            "",
            "",
            "PUBLIC",
        ],
        [
            "2026-11-18 16:00:00",
            share_link(13),
            "For my connections only",
            "https://gracemwangi.example/",
            "",
            "CONNECTIONS",
        ],
    ]


def exports() -> dict[str, bytes]:
    """Every file, by its path under ``tests/data/exports/``."""
    files = {**x_archive(), **facebook_export(), **linkedin_export()}
    found = {name: text.encode("utf-8") for name, text in files.items()}
    found["bluesky/repo.car"] = car(bluesky_records())
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="compare instead of writing")
    parser.add_argument(
        "--sample", type=Path, help="write the sample site's exports into this folder instead"
    )
    args = parser.parse_args(argv)
    folder, files = (args.sample, sample_exports()) if args.sample else (HERE, exports())
    for name, data in sorted(files.items()):
        path = folder / name
        if args.check:
            if not path.is_file() or path.read_bytes() != data:
                print(f"{path} differs from what make_exports.py writes", file=sys.stderr)
                return 1
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    return 0


if __name__ == "__main__":
    sys.exit(main())
