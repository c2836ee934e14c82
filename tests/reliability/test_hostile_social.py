"""Hostile files in the ``social`` folder, in real builds: one message each naming the file (and the
line, for logs), the build goes on, nothing reaches the network, the pages stay safe."""

from __future__ import annotations

import io
import json
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
        ("social/archive.zip:0: not a Mastodon archive (File is not a zip file); skipped",),
    ),
    Case(
        "zip-without-an-outbox",
        {"archive.zip": _zip({"actor.json": b"{}", "media_attachments/x.jpg": b"\xff\xd8"})},
        ("social/archive.zip:0: not a Mastodon archive (no outbox.json in it); skipped",),
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
