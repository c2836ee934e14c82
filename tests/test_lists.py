"""The network lists (lists.py) and ``pelican-spotlight lists``: Mastodon's import files, OPML per
circle, the summary of whom to look up, never overwriting, and registry text kept as data.

Mastodon's formats, as checked in mastodon/mastodon's source (``app/models/form/import.rb``,
``app/models/export.rb``, ``app/services/bulk_import_service.rb`` and ``bulk_import_row_service.rb``):

- Follows: ``Form::Import::EXPECTED_HEADERS_BY_TYPE[:following]`` is ``Account address, Show boosts,
  Notify on new posts, Languages``, the header ``Export#to_following_accounts_csv`` writes. The import
  strips the address and a leading ``@``, reads the two flags as booleans from ``true``/``false``, and
  splits ``Languages`` on commas (empty: every language). A file whose first cell is a known header is
  read with its header.
- Lists: ``EXPECTED_HEADERS_BY_TYPE[:lists]`` is ``List name, Account address``; ``Export#to_lists_csv``
  writes those rows with no header, and the import, finding no known header in the first row, reads
  every row as data with those two columns. ``BulkImportRowService`` then creates the list by title,
  follows the account and adds it to the list.
"""

from __future__ import annotations

import csv
import io
import xml.etree.ElementTree as ET

import pytest
from registries import LISTS_REGISTRY

from pelican_spotlight.cli.lists import (
    FILES,
    FOLLOWING_HEADER,
    following_csv,
    has_any_handle,
    list_files,
    lists_csv,
    without_handle,
)
from pelican_spotlight.cli.main import main
from pelican_spotlight.core.registry import Changemaker

MAYA = Changemaker(
    "Maya Lindqvist",
    "maya",
    circle="focus",
    feed="https://maya.example/feed.xml",
    url="https://maya.example",
    social=(("mastodon", "@maya@social.example"), ("bluesky", "maya.example")),
)
KOFI = Changemaker("Kofi Mensah", "kofi", social=(("mastodon", "kofi@news.example"), ("twitter", "kofi")))
LAB = Changemaker("Open Lab", "lab", circle="focus", kind="organization", social=(("facebook", "openlab"),))
QUIET = Changemaker("Quiet Person", "quiet", feed="https://quiet.example/rss")
PEOPLE = [MAYA, KOFI, LAB, QUIET]

# Registry text that would break a CSV row, an XML attribute or Markdown if written as text.
HOSTILE = 'Ana, "the <b>Bold</b>" & [co](javascript:x) <script>alert(1)</script>\n# heading'


def rows(text: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text)))


# -- the files -----------------------------------------------------------------------------------------


def test_following_csv_is_mastodons_follows_import():
    text = following_csv(PEOPLE)
    assert text.splitlines()[0] == "Account address,Show boosts,Notify on new posts,Languages"
    assert rows(text) == [
        list(FOLLOWING_HEADER),
        ["maya@social.example", "true", "false", ""],  # no leading @: an address, as Mastodon exports
        ["kofi@news.example", "true", "false", ""],
    ]


def test_lists_csv_is_mastodons_lists_import_focus_first():
    assert rows(lists_csv([KOFI, MAYA, LAB])) == [
        ["Focus", "maya@social.example"],
        ["Extended network", "kofi@news.example"],
    ]
    assert not lists_csv([KOFI]).startswith("List name")  # no header row, as Mastodon's export


def test_an_account_is_written_once():
    twin = Changemaker("Maya again", "maya-2", social=(("mastodon", "MAYA@Social.Example"),))
    assert [r[0] for r in rows(following_csv([MAYA, twin]))[1:]] == ["maya@social.example"]
    assert len(rows(lists_csv([MAYA, twin]))) == 1


def test_each_circles_opml_holds_its_feeds():
    files = list_files(PEOPLE, "My <i>site</i>")
    focus = ET.fromstring(files.files["focus.opml"])
    assert focus.get("version") == "2.0"
    assert focus.findtext("head/title") == "My site — focus list"
    feeds = [
        (o.get("text"), o.get("xmlUrl"), o.get("htmlUrl")) for o in focus.iter("outline") if o.get("xmlUrl")
    ]
    assert feeds == [("Maya Lindqvist", "https://maya.example/feed.xml", "https://maya.example")]
    extended = ET.fromstring(files.files["extended.opml"])
    assert [o.get("xmlUrl") for o in extended.iter("outline") if o.get("xmlUrl")] == [
        "https://quiet.example/rss"
    ]
    assert files.skipped == {}
    assert files.about["mastodon-lists.csv"].startswith("the lists Focus (1), Extended network (1)")


def test_files_with_nothing_to_hold_are_left_out_and_say_why():
    files = list_files([LAB, KOFI])
    assert set(files.files) == {"mastodon-following.csv", "mastodon-lists.csv"}
    assert files.skipped == {
        "focus.opml": "nobody in the focus list has a feed",
        "extended.opml": "nobody in the extended network has a feed",
    }
    files = list_files([LAB, QUIET])
    assert set(files.files) == {"extended.opml"}
    assert files.skipped["mastodon-following.csv"] == "nobody has a Mastodon handle"


def test_who_has_no_handle_on_each_network():
    missing = {name: [cm.slug for cm in people] for name, people in without_handle(PEOPLE)}
    assert missing == {
        "Mastodon": ["lab", "quiet"],  # the focus list first
        "Bluesky": ["lab", "kofi", "quiet"],
        "X": ["maya", "lab", "quiet"],
        "LinkedIn": ["maya", "lab", "kofi", "quiet"],
        "Facebook": ["maya", "kofi", "quiet"],
    }
    # social.x is the same network as social.twitter
    on_x = Changemaker("X person", "x-person", social=(("x", "someone"),))
    assert "x-person" not in [cm.slug for cm in dict(without_handle([on_x]))["X"]]


def test_any_handle_on_the_five_networks_counts_and_others_do_not():
    assert has_any_handle([QUIET, LAB])
    assert not has_any_handle([QUIET])
    assert not has_any_handle([Changemaker("Coder", "coder", social=(("github", "coder"),))])
    assert not has_any_handle([])


# -- registry text is data -----------------------------------------------------------------------------


def test_hostile_names_and_handles_cannot_break_the_csv_or_the_opml():
    hostile = Changemaker(
        HOSTILE,
        "hostile",
        circle="focus",
        feed='https://h.example/feed?a=1&b="2"<x>',
        url="https://h.example/?q=<script>",
        # The registry's schema allows no comma or quote in a handle; the writer must not rely on it.
        social=(("mastodon", '@a,"b"\n@c.example'),),
    )
    files = list_files([hostile, MAYA])
    following = rows(files.files["mastodon-following.csv"])
    assert following[1] == ['a,"b"\n@c.example', "true", "false", ""]
    assert len(following) == 3 and all(len(r) == 4 for r in following)
    assert rows(files.files["mastodon-lists.csv"]) == [
        ["Focus", 'a,"b"\n@c.example'],
        ["Focus", "maya@social.example"],
    ]
    outline = next(o for o in ET.fromstring(files.files["focus.opml"]).iter("outline") if o.get("xmlUrl"))
    assert (outline.get("text"), outline.get("xmlUrl")) == (HOSTILE, hostile.feed)
    assert "<script" not in files.files["focus.opml"] and "<b>" not in files.files["focus.opml"]


def test_a_large_registry():
    people = [
        Changemaker(
            f"Person {i}",
            f"p{i}",
            circle="focus" if i % 10 == 0 else "extended",
            feed=f"https://p{i}.example/feed",
            social=(("mastodon", f"p{i}@s{i % 50}.example"),),
        )
        for i in range(5_000)
    ]
    files = list_files(people)
    assert len(rows(files.files["mastodon-following.csv"])) == 5_001
    lists = rows(files.files["mastodon-lists.csv"])
    assert [r[0] for r in lists].count("Focus") == 500 and len(lists) == 5_000
    assert len(ET.fromstring(files.files["extended.opml"]).findall("body/outline/outline")) == 4_500


# -- the command ---------------------------------------------------------------------------------------


@pytest.fixture
def registry_site(site, monkeypatch):
    site.write("spotlight.yaml", LISTS_REGISTRY)
    site.write_conf(SITENAME="Notes")
    monkeypatch.chdir(site.root)
    return site


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_lists_writes_every_file_in_the_current_folder(registry_site, capsys):
    code, out, err = run(capsys, "lists")
    assert code == 0, err
    root = registry_site.root
    assert out.splitlines() == [f"Wrote {name}" for name in FILES]
    assert rows((root / "mastodon-lists.csv").read_text(encoding="utf-8")) == [
        ["Focus", "maya@social.example"],
        ["Extended network", "kofi@news.example"],
    ]
    summary = (root / "lists.md").read_text(encoding="utf-8")
    assert "- `mastodon-following.csv`: 2 accounts to follow" in summary
    linkedin = summary.split("### LinkedIn")[1].split("###")[0]
    assert "- Maya Lindqvist (focus list)" in linkedin and "- Kofi Mensah (extended network)" in linkedin
    assert "### X\n\n- Maya Lindqvist (focus list)\n- Ana" in summary  # Kofi has an X handle
    # markdown_text (issue #23): '<' and '>' as look-alikes, as a numeric reference would become markup
    # again through a theme's |striptags; a lone '&' as it is; link syntax as references
    assert "Ana & ‹b›Bo‹/b› &#91;x&#93;&#40;javascript:alert&#40;1&#41;&#41; (focus list)" in summary
    for name in FILES:
        text = (root / name).read_text(encoding="utf-8")
        assert "PRIVATE-NOTE-5d1e" not in text
        assert "<b>" not in text and "](javascript" not in text


def test_lists_out_makes_the_folder(registry_site, capsys):
    code, out, _ = run(capsys, "lists", "--out", "exports/network")
    assert code == 0
    folder = registry_site.root / "exports" / "network"
    assert sorted(p.name for p in folder.iterdir()) == sorted(FILES)
    assert f"Wrote {folder.relative_to(registry_site.root) / 'focus.opml'}" in out


def test_lists_never_overwrites_and_writes_nothing_when_one_file_exists(registry_site, capsys):
    (registry_site.root / "focus.opml").write_text("mine\n", encoding="utf-8")
    code, out, err = run(capsys, "lists")
    assert code == 2
    assert out == ""
    assert "focus.opml already exists; nothing written" in err
    assert (registry_site.root / "focus.opml").read_text(encoding="utf-8") == "mine\n"
    assert not any((registry_site.root / name).exists() for name in FILES if name != "focus.opml")


def test_lists_without_any_handle_exits_1_writing_nothing(site, monkeypatch, capsys):
    site.write(
        "spotlight.yaml",
        "changemakers:\n  - name: A\n    feed: https://a.example/feed\n    social: {github: a}\n",
    )
    site.write_conf()
    monkeypatch.chdir(site.root)
    code, out, err = run(capsys, "lists", "--out", "out")
    assert code == 1
    assert out == "" and "no changemaker has a handle" in err
    assert not (site.root / "out").exists()


def test_lists_says_which_files_had_nothing_to_hold(site, monkeypatch, capsys):
    site.write("spotlight.yaml", "changemakers:\n  - name: A\n    social: {bluesky: a.example}\n")
    site.write_conf()
    monkeypatch.chdir(site.root)
    code, out, _ = run(capsys, "lists")
    assert code == 0
    assert out.splitlines() == [
        "Not written: mastodon-following.csv (nobody has a Mastodon handle)",
        "Not written: mastodon-lists.csv (nobody has a Mastodon handle)",
        "Not written: focus.opml (nobody in the focus list has a feed)",
        "Not written: extended.opml (nobody in the extended network has a feed)",
        "Wrote lists.md",
    ]
    summary = (site.root / "lists.md").read_text(encoding="utf-8")
    assert "### Bluesky\n\nEveryone has a handle here." in summary


def test_lists_warns_about_a_bad_registry_entry_and_stops_on_an_unreadable_registry(
    site, monkeypatch, capsys
):
    site.write(
        "spotlight.yaml",
        "changemakers:\n  - name: A\n    social: {mastodon: '@a@x.example'}\n  - name: B\n    url: ftp://b\n",
    )
    site.write_conf()
    monkeypatch.chdir(site.root)
    code, _, err = run(capsys, "lists")
    assert code == 0
    assert "pelican-spotlight: warning: content/spotlight.yaml:5: changemaker 'B'" in err
    for name in FILES:
        (site.root / name).unlink(missing_ok=True)
    site.write("spotlight.yaml", "changemakers: [\n")
    code, _, err = run(capsys, "lists")
    assert code == 2 and "spotlight.yaml" in err
    assert not any((site.root / name).exists() for name in FILES)


def test_lists_out_naming_a_file_is_bad_input(registry_site, capsys):
    (registry_site.root / "taken").write_text("a file\n", encoding="utf-8")
    code, out, err = run(capsys, "lists", "--out", "taken")
    assert code == 2 and out == ""
    assert "pelican-spotlight: error: --out taken: cannot make the folder: File exists" in err
    assert (registry_site.root / "taken").read_text(encoding="utf-8") == "a file\n"


def test_lists_warns_about_a_since_that_cannot_be_right_as_the_build_does(site, monkeypatch, capsys):
    site.write(
        "spotlight.yaml",
        "changemakers:\n  - name: A\n    social: {mastodon: '@a@x.example'}\n    since: 9998-10-02\n",
    )
    site.write_conf()
    monkeypatch.chdir(site.root)
    code, _, err = run(capsys, "lists")
    assert code == 0
    assert "content/spotlight.yaml:4: " in err
    assert "since: date 9998-10-02 is more than a year after the day of the build" in err
