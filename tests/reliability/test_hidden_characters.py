"""Bidirectional controls and control characters (issue #23): in registry text, share-log channels and
archive handles they are one warning each, with the file and line, and never reach HTML, a feed, JSON,
a share text or the command line's output. The marks right-to-left names need (U+200E, U+200F) stay.
"""

from __future__ import annotations

import json

import pytest
from guard import relative_messages
from hypothesis import given, settings
from hypothesis import strategies as st

from pelican_spotlight import THEME_PATH
from pelican_spotlight.cli.main import main
from pelican_spotlight.core.text import HIDDEN, without_hidden

BIDI = [chr(c) for c in (*range(0x202A, 0x202F), *range(0x2066, 0x206A))]
CONTROLS = [chr(c) for c in (*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20))]
HIDDEN_CHARACTERS = BIDI + CONTROLS
MARKS = "\u200e\u200f"  # left-to-right and right-to-left marks: kept

# Written with YAML escapes: a raw control character is not valid YAML (that is its own error).
REGISTRY = r"""
- name: "Bob\u202etxt.exe"
  slug: bob
  circle: focus
  why: learn
  summary: "Sum\x07mary\u2066 ok"
  tags: ["ta\u202ag", "plain"]
  aliases: ["Bo\x1bbby"]
  url: "https://bob.example/\u202e"
  feed: "https://bob.example/feed"
  notes: "private\x07"
- name: "أحمد\u200f الخطيب\u200e"
  slug: ahmed
  social: {mastodon: "@ahmed@social.example"}
"""
REGISTRY_MESSAGES = [
    "spotlight.yaml:1: changemaker 'Bob\\u202etxt.exe': name has invisible bidirectional or control "
    "characters (U+202E); removed",
    "spotlight.yaml:5: changemaker 'Bob\\u202etxt.exe': summary has invisible bidirectional or control "
    "characters (U+0007, U+2066); removed",
    "spotlight.yaml:6: changemaker 'Bob\\u202etxt.exe': tags has invisible bidirectional or control "
    "characters (U+202A); removed",
    "spotlight.yaml:7: changemaker 'Bob\\u202etxt.exe': aliases has invisible bidirectional or control "
    "characters (U+001B); removed",
    "spotlight.yaml:8: changemaker 'Bob\\u202etxt.exe': url has invisible bidirectional or control "
    "characters (U+202E); removed",
]
LOG = (
    '- {date: 2026-01-06, channel: "news\\u202eletter", about: [bob]}\n'
    "- {date: 2026-01-07, channel: ok, about: self}\n"
)
CSV = 'date,channel,about\n2026-01-08,"pod\u2067cast",bob\n'
PUBLIC = "https://www.w3.org/ns/activitystreams#Public"


def outbox() -> str:
    """A public post mentioning Ahmed by a handle with an override in it, and one without."""
    items = [
        {
            "id": f"https://social.example/users/me/statuses/{n}/activity",
            "type": "Create",
            "published": "2026-01-09T10:00:00Z",
            "to": [PUBLIC],
            "object": {
                "type": "Note",
                "to": [PUBLIC],
                "content": "<p>hello</p>",
                "tag": [{"type": "Mention", "name": handle, "href": "https://social.example/@ahmed"}],
            },
        }
        for n, handle in enumerate(["@ah\u202emed@social.example", "@ahmed@social.example"])
    ]
    return json.dumps({"orderedItems": items})


POST = (
    "Title: Thanks Bob\nDate: 2026-01-05\n\n"
    "Thanks {% mention bob %} and {% mention ahmed %}.\n\n{% spotlight bob %}\n"
)


@pytest.fixture
def hidden_site(guarded):
    guarded.write("spotlight.yaml", REGISTRY)
    guarded.write("posts/thanks.md", POST)
    guarded.write("posts/more.md", "Title: More\nDate: 2026-01-10\n\n{% network %}\n")
    guarded.write("social/log.yaml", LOG)
    guarded.write("social/log.csv", CSV)
    guarded.write("social/outbox.json", outbox())
    return guarded


EXPECTED = [
    *REGISTRY_MESSAGES,
    "social/log.csv:2: channel has invisible bidirectional or control characters (U+2067); removed",
    "social/log.yaml:1: channel has invisible bidirectional or control characters (U+202E); removed",
    "social/outbox.json:0: 1 mentioned handle has invisible bidirectional or control characters "
    "(U+202E); removed",
]


def test_hidden_characters_are_warned_and_never_published(hidden_site, monkeypatch, capsys):
    result = hidden_site.build(
        THEME=THEME_PATH,
        SITEURL="https://blog.example",  # share texts are made only with an absolute SITEURL
        FEED_ALL_ATOM="feeds/all.atom.xml",
        SPOTLIGHT_MASTODON_INSTANCE="mastodon.example",
    )
    assert relative_messages(result.messages, hidden_site.root) == EXPECTED
    files = [p for p in result.output.rglob("*") if p.is_file()]
    assert {"thanks-bob.html", "report.json", "all.atom.xml", "blogroll.opml"} <= {p.name for p in files}
    assert "share-list__text" in result.page("thanks-bob.html")  # the share texts are there to be checked
    for path in files:
        text = path.read_bytes().decode("utf-8", errors="replace")
        found = sorted({f"U+{ord(c):04X}" for c in text if c in HIDDEN_CHARACTERS})
        assert found == [], f"{path.relative_to(result.output)}: {found}"
    # what was around the removed characters is all there, and the marks stay
    thanks = result.visible_text("thanks-bob.html")
    assert "Bobtxt.exe" in thanks and "Summary ok" in result.visible_text("spotlight/bob/index.html")
    assert MARKS[1] in result.visible_text("spotlight/ahmed/index.html")
    report = json.loads(result.page("spotlight/report.json"))
    assert {"newsletter", "podcast", "ok", "mastodon"} <= set(report["channels"])
    assert report["channels"]["mastodon"]["others"] == 2  # both posts count Ahmed: the handle is cleaned

    # the command line says the same, and prints none of them
    monkeypatch.chdir(hidden_site.root)
    hidden_site.write_conf(SITEURL="https://blog.example")
    capsys.readouterr()
    assert main(["check", "-s", "pelicanconf.py"]) == 1
    out, _ = capsys.readouterr()
    checked = [line for line in out.splitlines() if "invisible" in line]
    assert sorted(line.replace("content/", "", 1) for line in checked) == sorted(EXPECTED)
    for command in (
        ["report"],
        ["report", "--format", "json"],
        ["report", "--format", "markdown"],
        ["share", "--latest"],
    ):
        main([*command, "-s", "pelicanconf.py"])
        out, err = capsys.readouterr()
        assert not HIDDEN.search(out), command
        assert not set(BIDI) & set(err), command


def test_a_raw_control_character_is_invalid_yaml_and_a_raw_override_is_removed(guarded):
    """YAML forbids raw control characters (the registry cannot be read: its own error, in
    test_hostile_registry.py); a raw override is allowed by YAML, so it is removed here."""
    guarded.write("spotlight.yaml", "- name: Ev\u202eil\n  slug: eve\n")
    guarded.write("posts/p.md", "Title: P\nDate: 2026-01-05\n\n{% mention eve %}\n")
    result = guarded.build()
    assert relative_messages(result.messages, guarded.root) == [
        "spotlight.yaml:1: changemaker 'Ev\\u202eil': name has invisible bidirectional or control "
        "characters (U+202E); removed"
    ]
    assert ">Evil</a>" in result.page("p.html")


@settings(max_examples=200, deadline=None)
@given(text=st.text(alphabet=st.sampled_from([*HIDDEN_CHARACTERS, *MARKS, "a", " ", "\t", "\n", "\r", "<"])))
def test_without_hidden_removes_exactly_the_hidden_characters(text):
    cleaned, found = without_hidden(text)
    assert cleaned == "".join(c for c in text if c not in HIDDEN_CHARACTERS)
    assert found == [c for c in text if c in HIDDEN_CHARACTERS]
