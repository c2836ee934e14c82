"""Writing mistakes in one real site, built once with ``pelican content`` and checked with
``pelican-spotlight``: exact messages (paths relative to the site, ``check`` sorted by file and line),
exit codes, pages without tag syntax, and how network lists count.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

REGISTRY = """\
changemakers:
  - name: Ada Lovelace
    slug: ada
    circle: focus
    why: learn
    summary: Wrote the first program.
  - name: Bo Collective
    slug: bo-collective
    kind: organization
    why: connect
  - name: Ada Again
    slug: ada
"""
FILES = {
    "spotlight.yaml": REGISTRY,
    # Problems on lines 3, 5, 7, 9 and 11: `check` must print :5 before :11.
    "posts/mistakes.md": """\
        Title: Mistakes
        Date: 2026-03-02
        Spotlight: nobody

        Thanks {% mention ada style=compact %}.

        {% spotlight nobody %}

        Thanks to {% mention nobdy "Nob" %} too.

        {% spotlight ada style=big %}
        """,
    "posts/a-first.md": """\
        Title: A first
        Date: 2026-03-01

        With {% mention bo-colective %} and {% mention ada %}.
        """,
    "posts/network.md": """\
        Title: My network
        Date: 2026-03-03

        {% network circle=focus %}
        """,
    "posts/empty-network.md": """\
        Title: Nobody here
        Date: 2026-03-04

        {% network kind=organization circle=focus %}
        """,
    "posts/self.md": """\
        Title: About me
        Date: 2026-03-05

        My own news.
        """,
}
# Every message, as `check` prints it: by file, then by line as a number.
CHECK_LINES = [
    "content/posts/a-first.md:4: unknown changemaker 'bo-colective' (did you mean 'bo-collective'?)",
    "content/posts/mistakes.md:3: unknown changemaker 'nobody'",
    "content/posts/mistakes.md:5: {% mention ada style=compact %}: unknown option 'style'",
    "content/posts/mistakes.md:7: unknown changemaker 'nobody'",
    "content/posts/mistakes.md:9: unknown changemaker 'nobdy'",
    "content/posts/mistakes.md:11: {% spotlight ada style=big %}: style='big' is not one of card, compact",
    "content/spotlight.yaml:11: changemaker 'Ada Again': duplicate slug 'ada' (first used by 'Ada Lovelace' "
    "at content/spotlight.yaml:2); entry skipped",
]


def _run(root: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        list(args),
        cwd=root,
        capture_output=True,
        text=True,
        timeout=180,
        env={**os.environ, "COLUMNS": "500"},  # keep Rich from wrapping log lines
    )


@pytest.fixture(scope="module")
def built(make_site):
    """The site, built once normally and once with --fatal warnings, plus `check` and `report` runs."""
    site = make_site("mistakes")
    for relpath, text in FILES.items():
        site.write(relpath, textwrap.dedent(text))
    site.write_conf(SPOTLIGHT_WARN_BELOW_TARGET=False)
    root = site.root
    pelican = (sys.executable, "-m", "pelican", "content", "-s", "pelicanconf.py")
    spotlight = (sys.executable, "-m", "pelican_spotlight")
    return {
        "root": root,
        "build": _run(root, *pelican, "-o", "output"),
        "fatal": _run(root, *pelican, "-o", "output-fatal", "--fatal", "warnings"),
        "check": _run(root, *spotlight, "check", "--no-cache"),
        "report": _run(root, *spotlight, "report", "--format", "json", "--no-cache"),
    }


def page(built, relpath: str) -> str:
    return (built["root"] / "output" / relpath).read_text(encoding="utf-8")


def test_check_prints_every_problem_sorted_by_file_then_line(built):
    result = built["check"]
    assert result.returncode == 1
    assert result.stdout.splitlines() == CHECK_LINES
    assert result.stderr == f"{len(CHECK_LINES)} problems found\n"


def test_the_build_gives_the_same_messages_with_relative_paths_and_fatal_warnings_fails(built):
    result = built["build"]
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    for line in CHECK_LINES:
        assert output.count(line) == 1, line
    assert str(built["root"]) not in output  # no absolute path anywhere
    assert str(built["root"]) not in built["check"].stdout
    assert built["fatal"].returncode != 0


def test_pages_never_show_tag_syntax(built):
    html = page(built, "mistakes.html")
    assert "{%" not in html and "%}" not in html
    # A mention with a bad option still links; an unknown mention is its text; an unknown card is nothing;
    # a bad style falls back to the default card.
    assert (
        'Thanks <a class="spotlight-mention h-card p-name u-url" href="/spotlight/ada/">Ada Lovelace</a>.'
        in (html)
    )
    assert "Thanks to Nob too." in html
    assert "nobody" not in html.split("<body", 1)[1]
    assert html.count('<div class="spotlight-card spotlight-card--card h-card"') == 1
    assert "big" not in html


def test_a_network_list_counts_as_about_others_but_features_no_one(built):
    data = json.loads(page(built, "spotlight/report.json"))
    about = {a["source"]: (a["about"], a["features"], a["network"]) for a in data["articles"]}
    assert about == {
        "posts/a-first.md": ("others", ["ada"], False),
        "posts/mistakes.md": ("others", ["ada"], False),
        "posts/network.md": ("others", [], True),
        "posts/empty-network.md": ("self", [], False),  # its list shows nobody
        "posts/self.md": ("self", [], False),
    }
    assert data["totals"] == {"others": 3, "self": 2, "ratio": 1.5, "meets_target": False}
    counts = {c["slug"]: c["count"] for c in data["changemakers"]}
    assert counts == {"ada": 2, "bo-collective": 0}  # the network list adds to no one's count
    assert 'href="/network.html"' not in page(built, "spotlight/ada/index.html")


def test_the_command_line_counts_network_lists_the_same(built):
    assert built["report"].returncode == 0
    assert built["report"].stdout == page(built, "spotlight/report.json")


def test_the_report_page_says_how_posts_are_counted(built):
    assert "or shows a network list" in page(built, "spotlight/report/index.html")
