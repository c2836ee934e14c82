"""Builds with and without the plugin's caches, compared file by file: what the tests of the render,
page, registry and template caches share."""

from __future__ import annotations

import pickle
from collections.abc import Callable
from pathlib import Path

import pytest

CACHED = {"CACHE_CONTENT": True, "LOAD_CONTENT_CACHE": True}
UNCACHED = {"CACHE_CONTENT": False, "LOAD_CONTENT_CACHE": False}


def files(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def build(site, output: str, caplog: pytest.LogCaptureFixture | None = None, **settings) -> dict[str, bytes]:
    """Build ``site`` into ``output`` with ``settings`` (the log of this build alone in ``caplog``);
    every file it wrote, by path."""
    if caplog is not None:
        caplog.clear()
    site.build(OUTPUT_PATH=str(site.root / output), **settings)
    return files(site.root / output)


def damages(form: int) -> pytest.MarkDecorator:
    """A cache file that is empty, not a pickle, or made under another fingerprint."""
    other = pickle.dumps({"format": form, "fingerprint": "other", "entries": {}})
    return pytest.mark.parametrize(
        "damage", [b"", b"not a pickle", other], ids=["empty", "garbage", "other-fingerprint"]
    )


def damaged_cache_is_not_read(
    site, caplog: pytest.LogCaptureFixture, cache_file: Path, damage: bytes, hits: Callable[[], list[str]]
) -> list[str]:
    """Build once with the cache, damage its file, build again: the second build must write what a
    build without any cache writes. Returns what ``hits`` said of the second build."""
    clean = build(site, "out-clean", caplog, **UNCACHED)
    build(site, "out", caplog, **CACHED)
    (site.root / "cache" / cache_file).write_bytes(damage)
    cached = build(site, "out", caplog, **CACHED)
    said = hits()
    assert cached == clean
    return said
