"""The README's five-minute example, as it stands: its registry and post build with Pelican's defaults
and `--fatal warnings`, the build prints the lines the README shows, and the pages it says to open
exist. The files and lines are read from the README (tools/readme_example.py), never copied here."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

TOOL = Path(__file__).resolve().parent.parent / "tools" / "readme_example.py"


def _tool():
    spec = importlib.util.spec_from_file_location("readme_example", TOOL)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


readme_example = _tool()


@pytest.fixture(scope="module")
def built(make_site):
    site = make_site("readme")
    for path, text in readme_example.files().items():
        site.write(path.removeprefix("content/"), text)
    result = site.run_pelican_in_process("--fatal", "warnings")
    return site, result


def test_the_readme_shows_a_registry_of_two_and_a_post_with_a_card():
    files = readme_example.files()
    assert list(files) == ["content/spotlight.yaml", "content/thanks.md"]
    assert files["content/spotlight.yaml"].count("- name:") == 2
    assert "{% spotlight " in files["content/thanks.md"]
    assert len(readme_example.printed()) == 2
    assert len(readme_example.pages_to_open()) == 3


def test_the_example_builds_cleanly_and_prints_the_readmes_lines(built):
    _, result = built
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    expected = readme_example.printed()
    start = lines.index(expected[0])  # ValueError (a failure) when the first line is not printed
    assert lines[start : start + len(expected)] == expected


def test_the_pages_the_readme_says_to_open_exist(built):
    site, _ = built
    for page in readme_example.pages_to_open():
        path = site.output / page
        assert (path / "index.html" if page.endswith("/") else path).is_file(), page


def test_the_post_shows_the_card_and_mentions_and_no_tag_syntax(built):
    site, _ = built
    assert [p.name for p in (site.output / "category").iterdir()] == ["misc.html"]  # Pelican's default
    html = site.read("who-taught-me-about-emergence.html")
    assert 'href="/spotlight/adrienne-example/"' in html
    assert 'href="/spotlight/commons-lab/">the Commons Lab</a>' in html
    assert '<div class="spotlight-card spotlight-card--card h-card"' in html
    assert "{%" not in html
    for page in (p for p in site.output.rglob("*") if p.is_file()):
        assert "private, never published" not in page.read_text(encoding="utf-8", errors="replace")
