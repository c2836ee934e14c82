"""``pelican-spotlight check`` reports exactly what the build warns about, with the same ``file:line``."""

from __future__ import annotations

import logging
import re
import subprocess
import sys

import pytest

pytest.importorskip(
    "pelican_spotlight.cli.main", reason="pelican_spotlight.cli.main (branch 'report') is not merged yet"
)

REGISTRY = """\
changemakers:
  - name: Ada Lovelace
    slug: ada
    circle: focus
    sumary: typo'd key
  - name: Bo Connector
    kind: robot
    url: javascript:alert(1)
  - name: ADA
  - name: 🌱🌍
  - name: Cy Image
    image: images/missing.jpg
  - just a string
"""

# relative path -> text: every kind of content problem, in every kind of content object.
FILES = {
    "posts/typos.md": """\
Title: Typos
Date: 2026-01-05

Thanks to {% mention adaa %} and {% mention bo-connectr "Bo" %}.

{% spotlight ada "unbalanced %}

{% spotlight ada style=huge %}

{% network colour=focus %}

{% network why=gossip %}

{% mention ada three words here %}

Inline {% spotlight ada %} card, and an unterminated {% mention ada
""",
    "posts/meta.md": """\
Title: Metadata
Date: 2026-01-06
Spotlight: ada, nobody-here
About: everyone
Summary: A summary thanking {% mention ghost %}.

Body {% mention ada %}.
""",
    "posts/draft.md": """\
Title: Draft
Date: 2026-01-07
Status: draft

{% mention draft-ghost %}
""",
    "posts/hidden.md": """\
Title: Hidden
Date: 2026-01-08
Status: hidden

{% spotlight hidden-ghost %}
""",
    "posts/typos-fr.md": """\
Title: Fautes
Date: 2026-01-05
Slug: typos
Lang: fr

Merci {% mention traduction %}.
""",
    "pages/about.md": """\
Title: About

{% network kind=robot %}

{% mention page-ghost %}
""",
    "posts/clean.md": """\
Title: Clean
Date: 2026-01-09

`{% mention in-code %}` and

    {% mention in-indented-code %}

```
{% spotlight in-fence %}
```
""",
}

PROBLEM = re.compile(r"^\S+:\d+: ")


@pytest.fixture
def problem_site(site, monkeypatch):
    site.write("spotlight.yaml", REGISTRY)
    for relpath, text in FILES.items():
        site.write(relpath, text)
    site.settings["SPOTLIGHT_WARN_BELOW_TARGET"] = False
    monkeypatch.chdir(site.root)  # both print paths relative to the working folder
    return site


def build_messages(site, caplog) -> set[str]:
    caplog.set_level(logging.WARNING)
    site.build()
    return {
        r.getMessage()
        for r in caplog.records
        if r.name.startswith("pelican_spotlight") and r.levelno >= logging.WARNING
    }


def check_lines(site) -> tuple[int, list[str], str]:
    site.write_conf()
    result = subprocess.run(
        [sys.executable, "-m", "pelican_spotlight", "check", "-s", "pelicanconf.py"],
        cwd=site.root,
        capture_output=True,
        text=True,
        timeout=60,
    )
    return result.returncode, result.stdout.splitlines(), result.stderr


def test_check_reports_exactly_the_builds_warnings(problem_site, caplog):
    built = build_messages(problem_site, caplog)
    code, lines, stderr = check_lines(problem_site)
    assert code == 1, stderr
    assert "Traceback" not in stderr
    assert all(PROBLEM.match(line) for line in lines), lines
    assert all(PROBLEM.match(message) for message in built), built
    assert len(built) == 24  # the site really has many kinds of problems
    assert set(lines) == built


def test_check_and_build_both_stay_quiet_on_a_clean_site(site, caplog, monkeypatch):
    site.write("spotlight.yaml", "- name: Ada\n")
    site.write("posts/a.md", "Title: A\nDate: 2026-01-05\n\n{% mention ada %}\n")
    site.settings["SPOTLIGHT_WARN_BELOW_TARGET"] = False
    monkeypatch.chdir(site.root)
    assert build_messages(site, caplog) == set()
    code, lines, stderr = check_lines(site)
    assert code == 0, [*lines, stderr]
    assert not [line for line in lines if PROBLEM.match(line)]
