"""Dates that crashed the build or silently stretched the report (issue #23), in real builds.

The suite's day of the build is 2026-12-01 (``SOURCE_DATE_EPOCH``, set in ``tests/conftest.py``).
Year 1, year 9999, an offset that carries a time past the calendar's end, a typo such as
``9998-10-02``, a post dated 2099: each is one warning naming the file (and line where there is
one), that entry is not counted, the rest is, and ``check`` prints exactly the build's warnings.
A post scheduled within the year counts as Pelican publishes it, and "due" is measured from it.
"""

from __future__ import annotations

import json
import logging
import re
from dataclasses import dataclass, field

import pytest

from pelican_spotlight.cli import main as cli

PUBLIC = "https://www.w3.org/ns/activitystreams#Public"
REGISTRY = """\
- name: Ada Lovelace
  slug: ada
  circle: focus
  social: {mastodon: "@ada@social.example"}
- name: Bo Connector
  slug: bo
"""
POST = "Title: P\nDate: 2026-11-02\n\n{% mention ada %}\n"
LATER = "a typo, or a post scheduled too far ahead"
PROBLEM = re.compile(r"^\S+:\d+: ")


def _boosts(*dates: str) -> str:
    items = [{"type": "Announce", "to": [PUBLIC], "published": d, "object": "x"} for d in dates]
    return json.dumps({"orderedItems": items})


@dataclass(frozen=True)
class Case:
    id: str
    files: dict[str, str]  # under content/, besides the registry and posts/p.md
    expected: tuple[str, ...]  # the plugin's warnings, exactly, in order
    channels: dict[str, int] = field(default_factory=lambda: {"blog": 1})  # report.json: others per channel
    due: tuple[str, ...] = ()
    registry: str = REGISTRY


CASES = [
    Case(
        "share-log-9999-12-31",
        {
            "social/log.yaml": "- {date: 9999-12-31, channel: x, about: self}\n"
            "- {date: 2026-11-03, channel: x, about: [ada]}\n"
        },
        (
            f"content/social/log.yaml:1: date 9999-12-31 is more than a year after the day of the build "
            f"(2026-12-01): {LATER}; entry skipped",
        ),
        {"blog": 1, "x": 1},
    ),
    Case(
        "share-log-year-1",
        {
            "social/log.yaml": "- {date: 2026-11-03, channel: x, about: [ada]}\n"
            "- {date: 0001-01-01, channel: x, about: [ada]}\n"
        },
        (
            "content/social/log.yaml:2: date 0001-01-01 is before 1900: a placeholder or a typo; "
            "entry skipped",
        ),
        {"blog": 1, "x": 1},
    ),
    Case(
        "share-log-typo-9998",
        {"social/log.csv": "date,channel,about\n9998-10-02,x,ada\n2026-10-02,x,ada\n"},
        (
            f"content/social/log.csv:2: date 9998-10-02 is more than a year after the day of the build "
            f"(2026-12-01): {LATER}; entry skipped",
        ),
        {"blog": 1, "x": 1},
    ),
    Case(
        "share-log-time-at-the-calendars-end",
        {"social/log.yaml": "- {date: '9999-12-31T23:30:00-05:00', channel: x, about: self}\n"},
        (
            f"content/social/log.yaml:1: date 9999-12-31 is more than a year after the day of the build "
            f"(2026-12-01): {LATER}; entry skipped",
        ),
    ),
    Case(
        "archive-dates-of-every-edge",
        {
            "social/outbox.json": _boosts(
                "2026-11-03T10:00:00Z",
                "0001-01-01T00:00:00Z",
                "9999-12-31T23:59:59Z",
                "9999-12-31T23:00:00-05:00",  # past the calendar's end in UTC
                "0001-01-01T00:30:00+05:00",  # before its start in UTC
                "9998-10-02T10:00:00Z",
            )
        },
        (
            "content/social/outbox.json:0: 2 public posts without a valid date; not counted",
            "content/social/outbox.json:0: 3 public posts dated before 1900 or more than a year after the "
            "day of the build (2026-12-01), the first 0001-01-01; not counted",
        ),
        {"blog": 1, "mastodon": 1},
    ),
    Case(
        "post-dated-2099",
        {"posts/late.md": "Title: Late\nDate: 2099-01-01\n\n{% mention bo %}\n"},
        (
            f"content/posts/late.md:2: date 2099-01-01 is more than a year after the day of the build "
            f"(2026-12-01): {LATER}; not counted in the report",
        ),
    ),
    Case(
        "post-dated-year-1",
        {"posts/old.md": "Title: Old\nDate: 0001-01-01\n\nAbout me.\n"},
        (
            "content/posts/old.md:2: date 0001-01-01 is before 1900: a placeholder or a typo; "
            "not counted in the report",
        ),
    ),
    Case(
        "post-scheduled-within-the-year-counts-and-due-follows-it",
        {"posts/soon.md": "Title: Soon\nDate: 2027-06-01\n\n{% mention bo %}\n"},
        (),
        {"blog": 2},
        due=("ada",),
    ),
    Case(
        "registry-since-year-1-9999-and-2099",
        {},
        (
            "content/spotlight.yaml:4: changemaker 'Ada Lovelace': since: date 0001-01-01 is before 1900: "
            "a placeholder or a typo; ignored",
            "content/spotlight.yaml:7: changemaker 'Bo Connector': since: date 9999-12-31 is more than a "
            f"year after the day of the build (2026-12-01): {LATER}; ignored",
            "content/spotlight.yaml:10: changemaker 'Cy': since: date 2099-01-01 is more than a year after "
            f"the day of the build (2026-12-01): {LATER}; ignored",
        ),
        registry=(
            "- name: Ada Lovelace\n  slug: ada\n  circle: focus\n  since: 0001-01-01\n"
            "- name: Bo Connector\n  slug: bo\n  since: 9999-12-31\n"
            "- name: Cy\n  slug: cy\n  since: 2099-01-01\n"
        ),
    ),
]


def check_lines(site, capsys) -> tuple[int, list[str]]:
    site.write_conf()
    capsys.readouterr()
    code = cli.main(["check", "-s", "pelicanconf.py", "--no-cache"])
    return code, [line for line in capsys.readouterr().out.splitlines() if PROBLEM.match(line)]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_a_date_out_of_bounds_is_one_warning_and_the_rest_counts(guarded, capsys, monkeypatch, case: Case):
    monkeypatch.chdir(guarded.root)
    guarded.write("spotlight.yaml", case.registry)
    guarded.write("posts/p.md", POST)
    for relpath, text in case.files.items():
        guarded.write(relpath, text)
    result = guarded.build()
    assert result.messages == list(case.expected)
    report = json.loads((result.output / "spotlight" / "report.json").read_text(encoding="utf-8"))
    assert {name: tally["others"] for name, tally in report["channels"].items()} == case.channels
    assert tuple(report["due"]) == case.due
    assert all(a["date"] < "2028" and a["date"] > "1900" for a in report["articles"])
    code, lines = check_lines(guarded, capsys)
    assert (code, sorted(lines)) == (1 if case.expected else 0, sorted(case.expected))
    capsys.readouterr()
    assert cli.main(["report", "-s", "pelicanconf.py", "--format", "json", "--no-cache"]) == 0
    assert json.loads(capsys.readouterr().out)["channels"] == report["channels"]


@pytest.mark.parametrize(
    "files",
    [
        {"social/log.yaml": "- {date: 9999-12-31, channel: x, about: self}\n"},
        {"posts/late.md": "Title: Late\nDate: 2099-01-01\n\nHello.\n"},
    ],
    ids=["share-log", "post"],
)
def test_pelican_fatal_warnings_fails_on_a_date_out_of_bounds(site, files):
    site.write("spotlight.yaml", REGISTRY)
    site.write("posts/p.md", POST)
    for relpath, text in files.items():
        site.write(relpath, text)
    site.settings["SPOTLIGHT_WARN_BELOW_TARGET"] = False
    result = site.run_pelican_in_process()
    assert result.returncode == 0
    assert "more than a year after the day of the build (2026-12-01)" in result.stdout
    assert "Traceback" not in result.stdout
    result = site.run_pelican_in_process("--fatal", "warnings")
    assert result.returncode == 1  # Pelican stops on the warning (with a traceback of its own making)
    assert "more than a year after the day of the build (2026-12-01)" in result.stdout


def test_the_day_of_the_build_comes_from_source_date_epoch(site, monkeypatch, caplog):
    """The window moves with the day of the build, never with a test's own clock."""
    site.write("spotlight.yaml", REGISTRY)
    site.write("posts/p.md", "Title: P\nDate: 2031-03-01\n\n{% mention ada %}\n")
    caplog.set_level(logging.WARNING)
    site.build(SPOTLIGHT_WARN_BELOW_TARGET=False)
    assert [r.getMessage() for r in caplog.records if r.name.startswith("pelican_spotlight")] == [
        f"{site.content}/posts/p.md:2: date 2031-03-01 is more than a year after the day of the build "
        f"(2026-12-01): {LATER}; not counted in the report"
    ]
    caplog.clear()
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1930000000")  # 2031-02-27
    site.build(SPOTLIGHT_WARN_BELOW_TARGET=False)
    assert [r.getMessage() for r in caplog.records if r.name.startswith("pelican_spotlight")] == []
