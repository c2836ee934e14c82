"""The README's first registry and post, built as written with Pelican's default settings."""

from __future__ import annotations

import re
from pathlib import Path

README = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")


def example(path: str) -> str:
    """The fenced block right after the README line naming ``path`` (e.g. `content/thanks.md`:)."""
    match = re.search(rf"^`{re.escape(path)}`:\n\n```\w*\n(.*?)^```", README, re.M | re.S)
    assert match, f"no example for {path} in the README"
    return match[1]


def test_the_first_example_builds_cleanly_and_makes_no_surprise_category(site):
    files = re.findall(r"^`(content/[^`]+)`:$", README, re.M)
    assert files[:2] == ["content/spotlight.yaml", "content/thanks.md"]
    for path in files[:2]:
        site.write(path.removeprefix("content/"), example(path))
    site.settings = {"SPOTLIGHT_WARN_BELOW_TARGET": False}
    result = site.run_pelican_in_process("--fatal", "warnings")
    assert result.returncode == 0, result.stdout + result.stderr
    assert [p.name for p in (site.output / "category").iterdir()] == ["misc.html"]  # Pelican's default
    html = site.read("who-taught-me-about-emergence.html")
    assert 'href="/spotlight/adrienne-example/"' in html
    assert '<div class="spotlight-card spotlight-card--card h-card"' in html
    assert "{%" not in html
