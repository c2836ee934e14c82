"""The registry cache (``builder/registry_cache.py``): with Pelican's content cache on, a build uses
the registry the last one loaded while nothing it was read from changed, and writes byte for byte
what a build without any cache writes, after each kind of change (the registry, a setting, an image
on disk, the day); a registry with a problem is read, and its problems logged, on every build."""

from __future__ import annotations

import datetime as dt
import logging
import pickle
import zlib

import pytest
from cached_builds import CACHED, UNCACHED, build
from network_site import write_network_site

from pelican_spotlight.builder import generator, registry_cache
from pelican_spotlight.builder.page_cache import PageCache
from pelican_spotlight.builder.registry_cache import CACHE_FILE

PICTURE = "images/ada.png"


@pytest.fixture
def loads(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """One entry per build that read the registry from its files."""
    done: list[str] = []
    read = registry_cache.load_site_registry

    def counted(settings, window):
        done.append(settings["OUTPUT_PATH"])
        return read(settings, window)

    monkeypatch.setattr(registry_cache, "load_site_registry", counted)
    return done


@pytest.fixture
def network(site):
    write_network_site(site)
    registry = site.content / "spotlight.yaml"
    text = registry.read_text(encoding="utf-8")
    registry.write_text(text.replace("    circle: focus\n    why: [learn]\n", f"    image: {PICTURE}\n", 1))
    (site.content / "images").mkdir()
    (site.content / PICTURE).write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(16))
    site.settings["STATIC_PATHS"] = ["images"]
    return site


def edit_registry(site, settings: dict) -> None:
    path = site.content / "spotlight.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("name: Bo Connector", "name: Bo Renamed\n    slug: bo-connector"), "utf-8")


def edit_setting(site, settings: dict) -> None:
    settings["SLUGIFY_PRESERVE_CASE"] = True  # names become slugs with their capitals


def remove_image(site, settings: dict) -> None:
    (site.content / PICTURE).unlink()


CHANGES = [edit_registry, edit_setting, remove_image]


@pytest.mark.parametrize("change", CHANGES, ids=lambda f: f.__name__)
def test_after_each_kind_of_change_the_registry_is_read_again_and_the_site_is_a_clean_builds(
    network, loads, change
):
    before = build(network, "out-before", **CACHED)
    assert (network.root / "cache" / CACHE_FILE).is_file()
    assert PICTURE in before  # the image is shown, so removing it must change the output
    kept = build(network, "out-kept", **CACHED)
    assert kept == before
    assert len(loads) == 1  # the second build used the first one's registry

    settings: dict = {}
    change(network, settings)
    cached = build(network, "out-cached", **CACHED, **settings)
    clean = build(network, "out-clean", **UNCACHED, **settings)
    assert len(loads) == 3  # read again by the cached build (and by the clean one)
    changed = [name for name in clean if before.get(name) != clean[name]]
    assert changed, f"{change.__name__} changed no output: the comparison below would prove nothing"
    assert cached.keys() == clean.keys()
    assert [name for name in clean if cached[name] != clean[name]] == []


def test_the_registry_is_read_again_on_the_next_day(network, loads, monkeypatch):
    # The day decides which "since" dates count (a year after it at most): it is in the fingerprint.
    for day in (dt.date(2026, 11, 2), dt.date(2026, 11, 2), dt.date(2026, 11, 3)):
        monkeypatch.setattr(generator, "build_day", lambda day=day: day)
        build(network, "out", **CACHED)
    assert len(loads) == 2


def test_a_registry_with_a_problem_is_read_and_its_problem_logged_on_every_build(site, loads, caplog):
    write_network_site(site)
    path = site.content / "spotlight.yaml"
    path.write_text(path.read_text(encoding="utf-8") + "  - name: Nameless Slugless\n    wat: 1\n", "utf-8")
    caplog.set_level(logging.WARNING)
    for output in ("out-1", "out-2"):
        caplog.clear()
        build(site, output, **CACHED)
        assert any("unknown key 'wat' ignored" in r.getMessage() for r in caplog.records)
    assert len(loads) == 2
    assert not (site.root / "cache" / CACHE_FILE).exists()


@pytest.mark.parametrize(
    "damage", [b"", b"not a pickle", None], ids=["empty", "garbage", "other-fingerprint"]
)
def test_a_damaged_or_foreign_cache_file_is_not_used(network, loads, damage):
    clean = build(network, "out-clean", **UNCACHED)
    build(network, "out-first", **CACHED)
    cache_file = network.root / "cache" / CACHE_FILE
    if damage is None:
        data = cache_file.read_bytes()
        cache_file.write_bytes(data.replace(b"fingerprint", b"fingerprinT"))
    else:
        cache_file.write_bytes(damage)
    assert build(network, "out-again", **CACHED) == clean
    assert len(loads) == 3


def test_nothing_is_kept_unless_pelican_keeps_its_content_cache(network, loads):
    for output, switches in (
        ("out-1", UNCACHED),
        ("out-2", {**CACHED, "SPOTLIGHT_CACHE": False}),
        ("out-3", {"CACHE_CONTENT": False, "LOAD_CONTENT_CACHE": True}),
    ):
        build(network, output, **switches)
    assert not (network.root / "cache" / CACHE_FILE).exists()
    assert len(loads) == 3


@pytest.mark.parametrize("switches", [CACHED, UNCACHED], ids=["cached", "uncached"])
def test_no_private_note_is_kept_in_the_cache_or_given_to_the_build(site, monkeypatch, switches):
    write_network_site(site)
    path = site.content / "spotlight.yaml"
    note = "met at the clinic, private 7f3a"
    path.write_text(
        path.read_text(encoding="utf-8") + f"  - name: Noted Person\n    notes: {note}\n", "utf-8"
    )
    given = []
    load = registry_cache.load
    monkeypatch.setattr(registry_cache, "load", lambda *args: given.append(load(*args)) or given[-1])
    for output in ("out-1", "out-2"):  # with the cache on, the second build takes it from the cache
        site.build(OUTPUT_PATH=str(site.root / output), **switches)
    assert len(given) == 2
    for registry in given:
        assert registry.get("noted-person") is not None
        assert [cm.notes for cm in registry] == [""] * len(registry)
    kept = (
        [p for p in (site.root / "cache").rglob("*") if p.is_file()] if (site.root / "cache").exists() else []
    )
    assert (switches is CACHED) == (site.root / "cache" / CACHE_FILE in kept)
    for file in kept:
        assert note.encode() not in file.read_bytes(), file
    # The page cache keeps its bodies compressed: searched as they are written.
    pages = site.root / "cache" / PageCache.CACHE_FILE
    assert (switches is CACHED) == (pages in kept)
    if pages in kept:
        entries = pickle.loads(pages.read_bytes())["entries"]
        bodies = [zlib.decompress(body).decode() + title for body, title in entries.values()]
        assert any("Noted Person" in b for b in bodies)  # their profile page's body is there
        assert not any(note in b for b in bodies)
