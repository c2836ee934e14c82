"""The registry as the last build loaded it, kept while nothing it was made from changed.

A writer who saves a post and looks has the registry read, validated and checked again on every
build: 0.1 s at 300 changemakers, 2.5 s at 5,000 (docs/benchmarks.md). With Pelican's content cache
on, the loaded registry is kept in ``CACHE_PATH/spotlight/registry.pickle`` under a fingerprint of
everything loading reads besides the disk: the plugin's code and schemas, the versions of Python
and of the libraries that parse and check, every setting, the registry's bytes and the day of the
build (the dates a build counts). The disk is checked again on every use: each local image a
changemaker shows must still pass the check that let it in.

Only a registry loaded without a single problem is kept. A problem is logged on every build until
it is fixed (so ``--fatal warnings`` fails every time), and an image dropped as missing must be
looked for again on the next build; those registries are read afresh each time.

Pelican's switches decide, as for the other spotlight caches (``cache.build_switches``).

A build shows no changemaker's private ``notes`` on any page, so the registry it gets has none,
cached or not, and the cache file holds none: it can never publish them, wherever it lies.
"""

from __future__ import annotations

import datetime as dt
import logging
import pickle
from collections.abc import Mapping
from dataclasses import replace
from pathlib import Path
from typing import Any

from pelican_spotlight.builder import cache
from pelican_spotlight.core.dates import DateWindow
from pelican_spotlight.core.registry import Registry, image_problem, load_site_registry

logger = logging.getLogger(__name__)

FORMAT = 1  # bump when Registry or Changemaker change shape
CACHE_FILE = Path("spotlight") / "registry.pickle"
PACKAGE_FILES = (".py", ".json")  # the loader's code and the schemas it validates against
LIBRARIES = ("pyyaml", "jsonschema", "babel", "pelican")  # parsing, checking, languages, slugify


def load(settings: Mapping[str, Any], window: DateWindow) -> Registry:
    """The site's registry: the last build's when it still holds, else read (and kept when clean)."""
    read, write = cache.build_switches(settings)
    key = fingerprint(settings, window.today) if read or write else None
    path = cache.cache_root(settings) / CACHE_FILE
    if read and key is not None:
        kept = _read(path, key, settings)
        if kept is not None:
            return kept
    registry = without_notes(load_site_registry(settings, window))
    # Made again through pickle once loading's YAML nodes and validation state are freed: what the
    # build keeps then sits in memory of its own, not scattered among what loading freed, which
    # reading the posts could only partly reuse. At 20,000 posts × 5,000 changemakers, every output
    # on, the build's peak is 11 MiB lower (docs/benchmarks.md).
    data = pickle.dumps(registry, protocol=pickle.HIGHEST_PROTOCOL)
    del registry  # freed before its copy is made
    registry = pickle.loads(data)
    if write and key is not None and not registry.problems and not registry.unreadable:
        cache.write_pickle(path, FORMAT, key, "registry", registry)
    return registry


def without_notes(registry: Registry) -> Registry:
    """The registry with every changemaker's private notes left out (no page shows them)."""
    if not any(cm.notes for cm in registry):
        return registry
    kept = tuple(replace(cm, notes="") if cm.notes else cm for cm in registry)
    return Registry(kept, registry.problems, registry.unreadable)


def _read(path: Path, key: str, settings: Mapping[str, Any]) -> Registry | None:
    registry = cache.read_pickle(path, FORMAT, key, "registry", Registry)
    if registry is None:
        return None
    content_path = Path(settings["PATH"])
    if any(image_problem(cm.image, content_path) for cm in registry):
        logger.debug("spotlight cache: an image of the registry changed on disk; reading the registry")
        return None
    return registry


def fingerprint(settings: Mapping[str, Any], day: dt.date) -> str | None:
    """A digest of everything besides the disk's images that loading the registry reads."""
    try:
        return cache.inputs_digest(FORMAT, settings, day, PACKAGE_FILES, LIBRARIES)
    except (OSError, TypeError, ValueError, RuntimeError) as exc:
        logger.debug("spotlight cache: no fingerprint for the registry (%s); reading it", exc)
        return None
