"""The compiled templates kept between builds (``builder/template_cache.py``): with Pelican's content
cache on, the plugin generator's templates are compiled once, and a build after a change to a
template or to how Jinja compiles writes what a build without any cache writes."""

from __future__ import annotations

import logging
import shutil
from pathlib import Path

import jinja2
import pytest
from cached_builds import CACHED, UNCACHED, build
from network_site import write_network_site

import pelican_spotlight
from pelican_spotlight.builder.generator import SpotlightGenerator
from pelican_spotlight.builder.template_cache import FOLDER

# Pelican's own default: no bytecode cache of the site's (the tests' shared one would hide ours).
PLAIN_JINJA = {"extensions": [], "trim_blocks": True, "lstrip_blocks": True}
CARD = Path(pelican_spotlight.__file__).parent / "templates" / "spotlight" / "_card.html"


@pytest.fixture
def network(site, tmp_path: Path):
    write_network_site(site)
    overrides = tmp_path / "overrides" / "spotlight"
    overrides.mkdir(parents=True)
    shutil.copy(CARD, overrides / "_card.html")
    site.settings["THEME_TEMPLATES_OVERRIDES"] = [str(tmp_path / "overrides")]
    site.settings["JINJA_ENVIRONMENT"] = PLAIN_JINJA
    return site


@pytest.fixture
def compiled(monkeypatch) -> list[str]:
    """The names of the templates the plugin generator's environment compiles, build after build."""
    names: list[str] = []
    original = SpotlightGenerator.__init__

    def init(self, *args, **kwargs):
        original(self, *args, **kwargs)
        compile_ = self.env.compile

        def counted(source, name=None, filename=None, raw=False, defer_init=False):
            names.append(name)
            return compile_(source, name, filename, raw, defer_init)

        self.env.compile = counted

    monkeypatch.setattr(SpotlightGenerator, "__init__", init)
    return names


def test_a_second_build_compiles_none_of_the_plugins_templates(network, compiled):
    build(network, "out", **CACHED)
    assert "spotlight/changemaker.html" in compiled and "spotlight/_card.html" in compiled
    assert any((network.root / "cache" / FOLDER).rglob("*.cache"))
    compiled.clear()
    build(network, "out", **CACHED)
    assert compiled == []


def test_without_pelicans_cache_or_with_spotlight_cache_off_every_build_compiles(network, compiled):
    build(network, "out", **UNCACHED)
    assert not (network.root / "cache" / FOLDER).exists()
    build(network, "out", **CACHED)
    compiled.clear()
    build(network, "out", CACHE_CONTENT=True, LOAD_CONTENT_CACHE=False)  # pelican --ignore-cache
    assert "spotlight/changemaker.html" in compiled
    build(network, "out", **CACHED, SPOTLIGHT_CACHE=False)
    compiled.clear()
    build(network, "out", **CACHED, SPOTLIGHT_CACHE=False)
    assert "spotlight/changemaker.html" in compiled


def test_a_sites_own_bytecode_cache_is_kept(network, tmp_path, compiled):
    own = jinja2.FileSystemBytecodeCache(str(tmp_path / "own"))
    (tmp_path / "own").mkdir()
    build(network, "out", **CACHED, JINJA_ENVIRONMENT={**PLAIN_JINJA, "bytecode_cache": own})
    assert any((tmp_path / "own").iterdir())
    assert not (network.root / "cache" / FOLDER).exists()


def edit_card(site, jinja: dict) -> None:
    card = Path(site.settings["THEME_TEMPLATES_OVERRIDES"][0]) / "spotlight" / "_card.html"
    text = card.read_text(encoding="utf-8")
    card.write_text(text.replace('class="spotlight-card', 'class="spotlight-card edited'), encoding="utf-8")


def whitespace(site, jinja: dict) -> None:
    jinja["trim_blocks"] = jinja["lstrip_blocks"] = False


def delimiters(site, jinja: dict) -> None:
    jinja["comment_start_string"], jinja["comment_end_string"] = "<#", "#>"
    card = Path(site.settings["THEME_TEMPLATES_OVERRIDES"][0]) / "spotlight" / "_card.html"
    card.write_text(card.read_text(encoding="utf-8") + "<# a comment #>\n", encoding="utf-8")


@pytest.mark.parametrize("change", [edit_card, whitespace, delimiters], ids=lambda f: f.__name__)
def test_after_a_change_to_a_template_or_to_compiling_a_build_writes_what_a_clean_build_writes(
    network, caplog, change
):
    caplog.set_level(logging.DEBUG)
    jinja = dict(PLAIN_JINJA)
    before = build(network, "out-before", **CACHED, JINJA_ENVIRONMENT=jinja)
    change(network, jinja)
    cached = build(network, "out-cached", **CACHED, JINJA_ENVIRONMENT=jinja)
    clean = build(network, "out-clean", **UNCACHED, JINJA_ENVIRONMENT=jinja)
    assert [name for name in clean if before.get(name) != clean[name]], "the change changed no output"
    assert cached.keys() == clean.keys()
    assert [name for name in clean if cached[name] != clean[name]] == []


def test_a_cache_folder_that_cannot_be_written_is_skipped(network, compiled):
    (network.root / "cache").mkdir()
    (network.root / "cache" / "spotlight").write_text("a file where the folder would be", encoding="utf-8")
    clean = build(network, "out-clean", **UNCACHED)
    assert build(network, "out", **CACHED) == clean
