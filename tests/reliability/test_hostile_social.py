"""Hostile files in the ``social`` folder, in real builds: one message each naming the file (and the
line, for logs), the build goes on, nothing reaches the network, the pages stay safe."""

from __future__ import annotations

import io
import json
import struct
import zipfile
from dataclasses import dataclass

import pytest
from guard import relative_messages

REGISTRY = """\
- name: Ada Lovelace
  slug: ada
  circle: focus
  social: {mastodon: "@ada@social.example"}
"""
POST = "Title: P\nDate: 2026-11-02\n\n{% mention ada %}\n"
MARKUP = "<script>xss()</script><xss-probe data-xss-probe=1>"


def _zip(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as z:
        for name, data in members.items():
            z.writestr(name, data)
    return buffer.getvalue()


PUBLIC = "https://www.w3.org/ns/activitystreams#Public"
BOOST = {"type": "Announce", "to": [PUBLIC], "published": "2026-11-03T10:00:00Z", "object": "x"}
OUTBOX = json.dumps({"orderedItems": [BOOST]}).encode()
DEEP = 200_000


def _patched_zip(data: bytes, flags: int = 0, method: int | None = None, size: int | None = None) -> bytes:
    """A zip of one stored ``outbox.json`` whose headers say what Python's zipfile would refuse or
    trip over: encryption flags, a compression method it cannot read, a (forged) size."""
    z = bytearray(_zip({"outbox.json": data}))
    local, central = z.find(b"PK\x03\x04"), z.find(b"PK\x01\x02")
    z[local + 6] |= flags
    z[central + 8] |= flags
    if method is not None:
        struct.pack_into("<H", z, local + 8, method)
        struct.pack_into("<H", z, central + 10, method)
    if size is not None:
        struct.pack_into("<I", z, local + 22, size)
        struct.pack_into("<I", z, central + 24, size)
    return bytes(z)


def _damaged_zip() -> bytes:
    """An outbox whose stored bytes changed after it was zipped (still JSON: only the CRC tells)."""
    data = _zip({"outbox.json": OUTBOX})
    return data.replace(b"Announce", b"Bnnounce", 1)


@dataclass(frozen=True)
class Case:
    id: str
    files: dict[str, bytes]  # under content/social/
    expected: tuple[str, ...]  # the plugin's messages, exactly, in order
    channels: tuple[str, ...] = ("blog",)  # report.json's channels afterwards


CASES = [
    Case(
        "yaml-syntax-error",
        {"log.yaml": b"- {date: 2026-11-02, channel: x, about: self}\n- {date: 2026-11-03, channel: x\n"},
        ("social/log.yaml:3: invalid YAML in share log: expected ',' or '}', but got '<stream end>'",),
    ),
    Case(
        "yaml-alias-bomb",
        {"log.yaml": b"a: &a [x, x]\nb: &b [*a, *a]\nc: [*b, *b]\n"},
        (
            "social/log.yaml:2: invalid YAML in share log: "
            "aliases (*a) are not supported; write the value out",
        ),
    ),
    Case(
        "yaml-explicit-tag-the-value-cannot-hold",
        {"log.yaml": b"- {date: !!timestamp , channel: x, about: self}\n- {date: !!bool maybe}\n"},
        ("social/log.yaml:1: invalid YAML in share log: this value cannot be read as !!timestamp",),
    ),
    Case(
        "posts-key-given-twice",  # YAML keeps the last: one entry counted, nothing said
        {"log.yaml": b"posts:\nposts:\n- {date: 2026-11-02, channel: x, about: self}\n"},
        (),
        channels=("blog", "x"),
    ),
    Case(
        "yaml-not-a-list",
        {"log.yaml": b"date: 2026-11-02\nchannel: x\nabout: self\n"},
        ("social/log.yaml:1: a share log is a list of entries (or posts: [...])",),
    ),
    Case(
        "not-utf-8",
        {"log.csv": b"date,channel,about\n2026-11-02,\xff\xfe,self\n"},
        (
            "social/log.csv:0: cannot read the share log: 'utf-8' codec can't decode byte 0xff in "
            "position 30: invalid start byte",
        ),
    ),
    Case(
        "csv-without-a-header",
        {"log.csv": b"2026-11-02,x,self\n"},
        ("social/log.csv:1: the header needs date, channel, about (and url): missing date, channel, about",),
    ),
    Case(
        "markup-in-a-channel-name-is-text",
        {"log.yaml": f"- {{date: 2026-11-02, channel: '{MARKUP}', about: [ada]}}\n".encode()},
        (),
        ("blog", MARKUP.lower()),
    ),
    Case(
        "archive-that-is-not-json",
        {"outbox.json": b"\x00\x01 not json"},
        ("social/outbox.json:0: not a Mastodon archive (not valid JSON); skipped",),
    ),
    Case(
        "archive-of-the-wrong-shape",
        {"outbox.json": json.dumps({"orderedItems": {"0": "x"}}).encode()},
        ("social/outbox.json:0: not a Mastodon archive (no orderedItems list); skipped",),
    ),
    Case(
        "zip-that-is-not-a-zip",
        {"archive.zip": b"PK\x03\x04 truncated"},
        ("social/archive.zip:0: not a zip archive (File is not a zip file); skipped",),
    ),
    Case(
        "zip-without-an-outbox",
        {"archive.zip": _zip({"actor.json": b"{}", "media_attachments/x.jpg": b"\xff\xd8"})},
        (
            "social/archive.zip:0: no export file this plugin reads in it (outbox.json, data/tweets.js, "
            "your_posts_1.json, a .car repository, Shares.csv); skipped",
        ),
    ),
    Case(
        "archive-items-of-every-wrong-type",
        {
            "outbox.json": json.dumps(
                {
                    "orderedItems": [
                        None,
                        7,
                        [],
                        {"type": "Create", "to": "https://www.w3.org/ns/activitystreams#Public", "object": 3},
                        {"type": "Announce", "to": [{"id": 1}], "object": "x"},
                        {"type": "Announce", "to": ["as:Public"], "published": 12, "object": "x"},
                        {"type": "Announce", "to": ["as:Public"], "published": "2026-11-03T10:00:00Z"},
                    ]
                }
            ).encode()
        },
        ("social/outbox.json:0: 1 public post without a valid date; not counted",),
        ("blog", "mastodon"),
    ),
    Case(
        "json-nested-200000-deep-in-an-item",
        {
            "outbox.json": b'{"orderedItems": ['
            + b"[" * DEEP
            + b"]" * DEEP
            + b", "
            + json.dumps(BOOST).encode()
            + b"]}"
        },
        ("social/outbox.json:0: 1 item nested too deep to be an activity; not counted",),
        ("blog", "mastodon"),
    ),
    Case(
        "json-nested-200000-deep-beside-the-items",
        {
            "outbox.json": b'{"x": '
            + b"[" * DEEP
            + b"]" * DEEP
            + b', "orderedItems": ['
            + json.dumps(BOOST).encode()
            + b"]}"
        },
        (),
        ("blog", "mastodon"),
    ),
    Case(
        "json-nested-200000-deep-at-the-top",
        {"outbox.json": b"[" * DEEP + b"]" * DEEP},
        ("social/outbox.json:0: not a Mastodon archive (no orderedItems list); skipped",),
    ),
    Case(
        "outbox-cut-short-counts-nothing",
        {"outbox.json": OUTBOX[:-2] + b', {"type": "Ann'},
        ("social/outbox.json:0: not a Mastodon archive (not valid JSON); skipped",),
    ),
    Case(
        "number-longer-than-python-converts",
        {"outbox.json": b'{"orderedItems": [{"n": ' + b"7" * 5000 + b"}]}"},
        ("social/outbox.json:0: not a Mastodon archive (not valid JSON); skipped",),
    ),
    Case(
        "outbox-with-a-byte-order-mark", {"outbox.json": b"\xef\xbb\xbf" + OUTBOX}, (), ("blog", "mastodon")
    ),
    Case(
        "zip-encrypted-with-a-password",
        {"archive.zip": _patched_zip(OUTBOX, flags=0x1)},
        (
            "social/archive.zip:0: Mastodon archive not read: it is encrypted; export it again without a "
            "password; skipped",
        ),
    ),
    Case(
        "zip-aes-encrypted",
        {"archive.zip": _patched_zip(OUTBOX, flags=0x1, method=99)},
        (
            "social/archive.zip:0: Mastodon archive not read: it is encrypted; export it again without a "
            "password; skipped",
        ),
    ),
    Case(
        "zip-compressed-with-deflate64",
        {"archive.zip": _patched_zip(OUTBOX, method=9)},
        (
            "social/archive.zip:0: Mastodon archive not read: it is compressed with a method Python cannot "
            "read (method 9); skipped",
        ),
    ),
    Case(
        "zip-entry-declaring-3840-mib",
        {"archive.zip": _patched_zip(OUTBOX, size=0xF000_0000)},
        (
            "social/archive.zip:0: Mastodon archive not read: 3,840 MiB, over the limit of 2,048 MiB for "
            "this format; skipped",
        ),
    ),
    Case(
        "zip-damaged-inside",
        {"archive.zip": _damaged_zip()},
        (
            "social/archive.zip:0: Mastodon archive not read: damaged (Bad CRC-32 for file 'outbox.json'); "
            "skipped",
        ),
    ),
    Case(
        "csv-field-larger-than-the-csv-modules-limit",
        {"log.csv": b"date,channel,about\n2026-11-02,x," + b"a" * 200_000 + b"\n2026-11-03,x,self\n"},
        ("social/log.csv:2: invalid CSV: field larger than field limit (131072); line skipped",),
        ("blog", "x"),
    ),
    Case(
        "share-log-over-the-size-limit",
        {"log.yaml": b"- {date: 2026-11-03, channel: x, about: self}\n" * 240_000},
        (
            "social/log.yaml:0: share log not read: 11 MiB, over the limit of 10 MiB for this format; "
            "split it into smaller files",
        ),
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_hostile_social_files_give_one_message_each_and_the_build_goes_on(guarded, case: Case):
    guarded.write("spotlight.yaml", REGISTRY)
    guarded.write("posts/p.md", POST)
    folder = guarded.content / "social"
    folder.mkdir()
    for name, data in case.files.items():
        (folder / name).write_bytes(data)
    result = guarded.build()
    assert relative_messages(result.messages, guarded.root) == list(case.expected)
    report = json.loads((result.output / "spotlight" / "report.json").read_text(encoding="utf-8"))
    assert tuple(report["channels"]) == case.channels
