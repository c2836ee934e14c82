"""The render cache (``builder/render_cache.py``): with Pelican's content cache on, a build renders
again only the posts that changed, and what it writes is byte for byte what a build without any
cache writes, after each kind of change (a post, the registry, a setting, a template, a filter)."""

from __future__ import annotations

import logging
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from cached_builds import CACHED, UNCACHED, build, damaged_cache_is_not_read, damages
from network_site import POSTS, write_network_site

import pelican_spotlight
from pelican_spotlight.builder.render_cache import CACHE_FILE, FORMAT

RENDERED = len(POSTS) + 1  # every article and page is rendered: drafts and translations too; the typo post
TYPOS = """
    Title: Typos
    Date: 2026-11-25 10:00

    Thanks to {% mention adrienne-exampel %} and {% spotlight bo-connector style=huge %}.
    """
CARD = Path(pelican_spotlight.__file__).parent / "templates" / "spotlight" / "_card.html"


def hits(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [r.getMessage() for r in caplog.records if "as rendered before" in r.getMessage()]


@pytest.fixture
def network(site, tmp_path: Path):
    write_network_site(site)
    site.write("posts/2026-11-typos.md", TYPOS)
    overrides = tmp_path / "overrides" / "spotlight"
    overrides.mkdir(parents=True)
    shutil.copy(CARD, overrides / "_card.html")
    site.settings["THEME_TEMPLATES_OVERRIDES"] = [str(tmp_path / "overrides")]
    return site


def shout_filter(suffix: str) -> Callable[[str], str]:
    """A JINJA_FILTERS function called ``shout`` in module ``siteconf``, whose code is new each time."""
    namespace: dict = {"__name__": "siteconf"}
    exec(f"def shout(text):\n    return str(text).upper() + {suffix!r}\n", namespace)
    return namespace["shout"]


def edit_post(site, settings: dict) -> None:
    path = site.content / "posts/2026-11-typos.md"
    path.write_text(path.read_text(encoding="utf-8") + "\nAnd {% mention commons-lab %}.\n", encoding="utf-8")


def edit_registry(site, settings: dict) -> None:
    path = site.content / "spotlight.yaml"
    text = path.read_text(encoding="utf-8")
    assert "name: Bo Connector" in text
    path.write_text(text.replace("name: Bo Connector", "name: Bo Renamed\n    slug: bo-connector"), "utf-8")


def edit_setting(site, settings: dict) -> None:
    settings["SPOTLIGHT_SAVE_AS"] = ""  # no profile pages: cards link to each changemaker's own site


def edit_template(site, settings: dict) -> None:
    card = Path(site.settings["THEME_TEMPLATES_OVERRIDES"][0]) / "spotlight" / "_card.html"
    text = card.read_text(encoding="utf-8")
    card.write_text(text.replace('class="spotlight-card', 'class="spotlight-card edited'), encoding="utf-8")


def edit_filter(site, settings: dict) -> None:
    settings["JINJA_FILTERS"] = {"shout": shout_filter("!!")}


CHANGES = [edit_post, edit_registry, edit_setting, edit_template, edit_filter]


@pytest.mark.parametrize("change", CHANGES, ids=lambda f: f.__name__.removeprefix("edit_"))
def test_after_each_kind_of_change_a_cached_build_writes_what_a_clean_build_writes(network, caplog, change):
    caplog.set_level(logging.DEBUG, logger="pelican_spotlight")
    card = Path(network.settings["THEME_TEMPLATES_OVERRIDES"][0]) / "spotlight" / "_card.html"
    card.write_text(card.read_text(encoding="utf-8").replace("{{ cm.name }}", "{{ cm.name|shout }}"))
    settings = {"JINJA_FILTERS": {"shout": shout_filter("")}}
    before = build(network, "out-before", caplog, **CACHED, **settings)
    assert hits(caplog) == [f"spotlight cache: 0 of {RENDERED} posts as rendered before"]
    assert (network.root / "cache" / CACHE_FILE).is_file()

    change(network, settings)
    cached = build(network, "out-cached", caplog, **CACHED, **settings)
    clean = build(network, "out-clean", caplog, **UNCACHED, **settings)

    changed = [name for name in clean if before.get(name) != clean[name]]
    assert changed, f"{change.__name__} changed no output: the comparison below would prove nothing"
    assert cached.keys() == clean.keys()
    assert [name for name in clean if cached[name] != clean[name]] == []


def test_a_save_renders_again_only_the_post_that_changed(network, caplog):
    caplog.set_level(logging.DEBUG, logger="pelican_spotlight")
    build(network, "out", caplog, **CACHED)
    build(network, "out", caplog, **CACHED)
    assert hits(caplog) == [f"spotlight cache: {RENDERED} of {RENDERED} posts as rendered before"]
    edit_post(network, {})
    build(network, "out", caplog, **CACHED)
    assert hits(caplog) == [f"spotlight cache: {RENDERED - 1} of {RENDERED} posts as rendered before"]


def test_a_post_from_the_cache_warns_again(network, caplog, spotlight_logs):
    build(network, "out", caplog, **CACHED)
    first = spotlight_logs()
    assert any("adrienne-exampel" in m for m in first), first
    build(network, "out", caplog, **CACHED)
    assert spotlight_logs() == first


def test_ignore_cache_or_spotlight_cache_off_renders_every_post(network, caplog):
    caplog.set_level(logging.DEBUG, logger="pelican_spotlight")
    build(network, "out", caplog, **CACHED)
    build(network, "out", caplog, CACHE_CONTENT=True, LOAD_CONTENT_CACHE=False)  # pelican --ignore-cache
    assert hits(caplog) == [f"spotlight cache: 0 of {RENDERED} posts as rendered before"]
    build(network, "out", caplog, **CACHED, SPOTLIGHT_CACHE=False)
    assert hits(caplog) == []


def test_nothing_is_kept_without_pelicans_content_cache(network, caplog):
    build(network, "out", caplog, **UNCACHED)
    assert not (network.root / "cache" / CACHE_FILE).exists()


@damages(FORMAT)
def test_a_damaged_or_foreign_cache_is_not_read(network, caplog, damage):
    caplog.set_level(logging.DEBUG, logger="pelican_spotlight")
    said = damaged_cache_is_not_read(network, caplog, CACHE_FILE, damage, lambda: hits(caplog))
    assert said == [f"spotlight cache: 0 of {RENDERED} posts as rendered before"]
