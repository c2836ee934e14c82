"""The plugin generator's templates compiled once, not at every build (with Pelican's content cache on).

Pelican makes new Jinja environments for every build, so every build compiles every template again:
for the plugin's generator, its page templates, the cards and the theme's page layout, about a
tenth of what the plugin costs on a save. With Pelican's content cache on, that generator's
environment gets Jinja's own ``FileSystemBytecodeCache``, in ``CACHE_PATH/spotlight/jinja/<digest>``.
Jinja checks each template's source against what it compiled, and its own and Python's versions; the
folder's digest covers what Jinja does not check: the environment's options that change how a
template compiles (delimiters, whitespace control, ``autoescape``, ``finalize``, policies) and its
extensions, each by its code.

As for Pelican's content cache: read with ``LOAD_CONTENT_CACHE``, written with ``CACHE_CONTENT``;
``SPOTLIGHT_CACHE = False`` turns it off, and a site whose ``JINJA_ENVIRONMENT`` names a
``bytecode_cache`` of its own keeps it. A folder that cannot be made or written is skipped.
"""

from __future__ import annotations

import hashlib
import json
import logging
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import jinja2
from jinja2 import Environment
from jinja2.bccache import Bucket, FileSystemBytecodeCache

from pelican_spotlight.builder import cache

logger = logging.getLogger(__name__)

FOLDER = Path("spotlight") / "jinja"
# The options Environment.__init__ takes that change the code a template compiles to.
COMPILE_OPTIONS = (
    "block_start_string",
    "block_end_string",
    "variable_start_string",
    "variable_end_string",
    "comment_start_string",
    "comment_end_string",
    "line_statement_prefix",
    "line_comment_prefix",
    "trim_blocks",
    "lstrip_blocks",
    "newline_sequence",
    "keep_trailing_newline",
    "optimized",
    "autoescape",
    "finalize",
    "is_async",
)


class SwitchedBytecodeCache(FileSystemBytecodeCache):
    """Jinja's cache of compiled templates in a folder, read and written as Pelican's switches say;
    a failure to write is a debug line, never a failed build."""

    def __init__(self, directory: str, load: bool, write: bool) -> None:
        super().__init__(directory)
        self.load = load
        self.write = write

    def load_bytecode(self, bucket: Bucket) -> None:
        if self.load:
            super().load_bytecode(bucket)

    def dump_bytecode(self, bucket: Bucket) -> None:
        if not self.write:
            return
        try:
            super().dump_bytecode(bucket)
        except OSError as exc:
            logger.debug("spotlight cache: cannot write a compiled template to %s (%s)", self.directory, exc)


def use_bytecode_cache(env: Environment, settings: Mapping[str, Any]) -> None:
    """Give ``env`` a cache of compiled templates, when Pelican keeps its content cache."""
    load, write = cache.build_switches(settings)
    if env.bytecode_cache is not None or not (load or write):
        return
    try:
        digest = compile_digest(env)
        directory = cache.cache_root(settings) / FOLDER / digest[:20]
        directory.mkdir(parents=True, exist_ok=True)
    except (OSError, TypeError, ValueError, RuntimeError) as exc:
        logger.debug("spotlight cache: templates compiled afresh (%s)", exc)
        return
    env.bytecode_cache = SwitchedBytecodeCache(str(directory), load, write)


def compile_digest(env: Environment) -> str:
    """A digest of what, besides a template's source, shapes the code Jinja compiles it to."""
    extensions = [
        [name, [[cls.__qualname__, _class_code(cls)] for cls in type(ext).__mro__ if cls is not object]]
        for name, ext in sorted(env.extensions.items())
    ]
    parts = {
        "jinja": cache.version("jinja2"),
        "jinja_module": jinja2.__version__,
        "python": list(sys.version_info[:3]),
        "options": [[name, cache.code_form(getattr(env, name, None))] for name in COMPILE_OPTIONS],
        "policies": cache.canonical(env.policies),
        "classes": [cache.code_form(env.code_generator_class), cache.code_form(env.context_class)],
        "extensions": extensions,
    }
    return hashlib.sha256(json.dumps(parts, sort_keys=True, ensure_ascii=True).encode()).hexdigest()


def _class_code(cls: type) -> list:
    """Every function a class defines, by its code."""
    return [[name, cache.code_form(value)] for name, value in sorted(vars(cls).items()) if callable(value)]
