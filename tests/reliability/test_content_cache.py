"""Pelican's content cache: every registry or post edit shows at the next build, as in a fresh build.

Pelican keys its cache on file mtimes, so each edit moves the mtime forward explicitly: two writes in
the same second would otherwise look unchanged.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from pelican import Pelican
from pelican.log import LimitFilter
from pelican.readers import MarkdownReader

REGISTRY = """\
- name: Ada Lovelace
  slug: ada
  circle: focus
  summary: Wrote the first program.
- name: Bo Connector
  slug: bo
"""
POSTS = {
    "posts/a.md": "Title: A\nDate: 2026-01-05\n\nThanks {% mention ada %}.\n",
    "posts/b.md": "Title: B\nDate: 2026-01-06\n\n{% spotlight bo %}\n",
    "posts/c.md": "Title: C\nDate: 2026-01-07\nSummary: Soon: {% mention cy %}.\n\nMeet {% mention cy %}.\n",
}
CACHE = {"CACHE_CONTENT": True, "LOAD_CONTENT_CACHE": True}


# id -> what the pages must no longer show after the edit
GONE: dict[str, dict[str, list[str]]] = {
    "registry-remove-an-entry-a-post-uses": {"b.html": ["spotlight-card", 'href="/spotlight/bo/"']},
}


def edit(path: Path, change: Callable[[str], str]) -> None:
    """Rewrite a file and move its mtime forward, as a later save would."""
    before = path.stat().st_mtime
    path.write_text(change(path.read_text(encoding="utf-8")), encoding="utf-8")
    os.utime(path, (before + 10, before + 10))


# id -> (file to edit, the change, what the pages must then show)
EDITS: dict[str, tuple[str, Callable[[str], str], dict[str, list[str]]]] = {
    "registry-rename": (
        "spotlight.yaml",
        lambda t: t.replace("Ada Lovelace", "Ada King"),
        {"a.html": ["Ada King"], "spotlight/ada/index.html": ["Ada King"]},
    ),
    "registry-remove-an-entry-a-post-uses": (
        "spotlight.yaml",
        lambda t: t.split("- name: Bo")[0],
        {"b.html": []},  # an unknown card renders nothing: see GONE
    ),
    "registry-add-an-entry": (
        "spotlight.yaml",
        lambda t: t + "- name: Cy Newcomer\n  slug: cy\n",
        {"c.html": ['href="/spotlight/cy/"'], "index.html": ['href="/spotlight/cy/"']},
    ),
    "post-add-a-tag": (
        "posts/a.md",
        lambda t: t + "\nAnd {% mention bo %}.\n",
        {"a.html": ['href="/spotlight/bo/"'], "spotlight/bo/index.html": ['href="/a.html"']},
    ),
    "post-remove-a-tag": (
        "posts/b.md",
        lambda t: t.replace("{% spotlight bo %}", "Nobody today."),
        {"spotlight/bo/index.html": ["Not featured in a post yet."]},
    ),
}


def output_files(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def assert_same_as_fresh(site) -> None:
    """Every file of a fresh build is in the output, byte for byte. (Like Pelican, the plugin leaves a
    removed changemaker's old page behind unless DELETE_OUTPUT_DIRECTORY is set.)"""
    fresh = fresh_build(site)
    built = output_files(site.output)
    assert {name: built.get(name) for name in fresh} == fresh


def reset_logs() -> None:
    LimitFilter._ignore.clear()
    LimitFilter._raised_messages.clear()


@pytest.fixture
def reads(monkeypatch) -> list[str]:
    """The Markdown files Pelican actually reads (not served from its cache), by name."""
    names: list[str] = []
    read = MarkdownReader.read

    def spy(self, source_path: str):
        names.append(Path(source_path).name)
        return read(self, source_path)

    monkeypatch.setattr(MarkdownReader, "read", spy)
    return names


@pytest.fixture
def cached_site(site):
    site.write("spotlight.yaml", REGISTRY)
    for relpath, text in POSTS.items():
        site.write(relpath, text)
    return site


def fresh_build(site) -> dict[str, bytes]:
    """The same content built from nothing, into another folder, without the cache."""
    out = site.root / "fresh-output"
    shutil.rmtree(out, ignore_errors=True)
    site.build(OUTPUT_PATH=str(out), CACHE_PATH=str(site.root / "fresh-cache"))
    return output_files(out)


@pytest.mark.parametrize("layer", ["reader", "generator"])
@pytest.mark.parametrize("edit_id", list(EDITS))
def test_an_edit_shows_at_the_next_cached_build(cached_site, layer, edit_id, reads):
    relpath, change, expected = EDITS[edit_id]
    settings = {**CACHE, "CONTENT_CACHING_LAYER": layer}
    cached_site.build(**settings)
    assert sorted(reads) == ["a.md", "b.md", "c.md"]
    edit(cached_site.content / relpath, change)
    reads.clear()
    cached_site.build(**settings)
    assert reads == ([Path(relpath).name] if relpath.endswith(".md") else []), "the cache was not used"
    for page, fragments in expected.items():
        html = cached_site.read(page)
        for fragment in fragments:
            assert fragment in html, (page, fragment)
    for page, fragments in GONE.get(edit_id, {}).items():
        html = cached_site.read(page)
        for fragment in fragments:
            assert fragment not in html, (page, fragment)
    assert_same_as_fresh(cached_site)


@pytest.mark.parametrize("layer", ["reader", "generator"])
def test_warnings_are_repeated_by_a_cached_build(cached_site, layer, caplog):
    """A cached post's problems still show: rendering (and checking) happens on every build."""
    settings = {**CACHE, "CONTENT_CACHING_LAYER": layer}
    expected = {"posts/c.md:3: unknown changemaker 'cy'", "posts/c.md:5: unknown changemaker 'cy'"}
    prefix = str(cached_site.content) + "/"
    for _ in range(2):
        caplog.clear()
        cached_site.build(**settings)
        found = {
            r.getMessage().replace(prefix, "")
            for r in caplog.records
            if r.name.startswith("pelican_spotlight") and "unknown changemaker" in r.getMessage()
        }
        assert found == expected


# The edits one after another, each with what shows once the earlier ones are in place too.
AUTORELOAD_STEPS = [
    ("registry-rename", {"a.html": ["Ada King"]}),
    ("registry-add-an-entry", {"c.html": ['href="/spotlight/cy/"']}),
    ("post-remove-a-tag", {"spotlight/bo/index.html": ["Not featured in a post yet."]}),
    ("post-add-a-tag", {"spotlight/bo/index.html": ['href="/a.html"']}),
    ("registry-remove-an-entry-a-post-uses", {"a.html": ["And bo."]}),
]


@pytest.mark.parametrize("layer", ["reader", "generator"])
def test_autoreload_style_rebuilds_match_a_fresh_build(cached_site, layer):
    """One Pelican instance run again after each edit, as ``pelican --autoreload`` does."""
    pelican = Pelican(cached_site.pelican_settings(**CACHE, CONTENT_CACHING_LAYER=layer))
    reset_logs()
    pelican.run()
    for edit_id, expected in AUTORELOAD_STEPS:
        relpath, change, _ = EDITS[edit_id]
        edit(cached_site.content / relpath, change)
        reset_logs()
        pelican.run()
        for page, fragments in expected.items():
            for fragment in fragments:
                assert fragment in cached_site.read(page), (edit_id, page, fragment)
        assert_same_as_fresh(cached_site)
