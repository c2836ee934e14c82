"""``pelican-spotlight roundup`` writes registry text into a Markdown draft: it must stay text there."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from guard import PAYLOAD, markup_warnings

pytest.importorskip(
    "pelican_spotlight.cli.main", reason="pelican_spotlight.cli.main (branch 'report') is not merged yet"
)


def test_a_roundup_draft_of_hostile_names_builds_to_safe_html(guarded):
    guarded.write(
        "spotlight.yaml",
        f"- name: {json.dumps(PAYLOAD)}\n  slug: ada\n"
        "- name: '{% mention bo %} *Bo* [x](javascript:alert(1))'\n  slug: bo\n",
    )
    guarded.write("posts/p.md", "Title: P\nDate: 2026-01-05\n\n{% spotlight ada %}\n\n{% spotlight bo %}\n")
    guarded.write_conf()
    result = subprocess.run(
        [sys.executable, "-m", "pelican_spotlight", "roundup", "-s", "pelicanconf.py", "--date", "2026-01"],
        cwd=guarded.root,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    [draft] = guarded.content.glob("spotlight-roundup-2026-01.md")
    built = guarded.build(THEME="simple")  # the audit: no injected markup, no javascript: link
    assert markup_warnings(built.messages) == [("spotlight.yaml:1", "name")]  # and nothing else
    [page] = built.output.glob("drafts/*.html")
    text = built.visible_text(str(page.relative_to(built.output)))
    assert PAYLOAD in text
    assert "{% mention bo %} *Bo* [x](javascript:alert(1))" in text
    assert draft.exists()
