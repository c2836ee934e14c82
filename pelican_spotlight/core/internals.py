"""Every place the plugin touches a private part of Pelican, Jinja or Pelican's rST reader, in one module.

Each is used because no public way does the job; each has a contract test in
``tests/test_internals.py`` that fails, on the oldest and the newest supported Pelican (``make
compat``), when the part changes under us. Nothing else in the package reaches into these.

- ``Content._content``: the body as read, which ``get_content`` turns into ``content`` (a read-only,
  memoised property). Rendered cards must go there before anything reads ``content``.
- ``Content._summary``: Pelican copies it back over ``metadata["summary"]`` when it resolves links, and
  4.9 reads it without a default.
- ``Content._context``: the context a post resolves ``{filename}`` links against; a post from
  Pelican's generator cache carries an earlier build's.
- ``Content``'s instance attributes: the plugin's names are made known to ``Article`` and ``Page``
  before Pelican makes any post, so each post keeps CPython's shared table of attribute names.
- ``Content.get_content`` / ``get_summary`` are memoised for the whole process (``pelican.utils.memoized``):
  ``PlainPage`` returns its HTML directly so written pages can be freed.
- Jinja's ``Template.blocks``, ``root_render_func`` and ``new_context``: render a template's body and
  one block with one context, as Jinja's own ``render`` does.
- ``RstReader.writer_class``: the docutils writer Pelican's rST reader uses; a subclass adds a transform.
- ``Environment.template_class``: every template a generator loads is made from it.
- ``FileStampDataCacher``'s ``_cache`` and ``_get_file_stamp``: its entries, which the spotlight cache
  loads and saves itself (atomically, never warning), and stamps relative to PATH, as Pelican's
  ``CachingGenerator`` takes them.
- The warnings ``pelican.utils.process_translations`` logs (found by the names of the functions that
  log them, inside it): the
  command runs it again over every record, stored or read, and logs those.
- ``Logger.filters``: a filter that drops a record goes before Pelican's ``LimitFilter``, which would
  otherwise count the dropped message as said and silence the next one like it.
- The ``Could not process %s`` error that Pelican's article and page generators log, inside the
  ``except`` that caught the reason, for a file they cannot read: the command makes it a problem.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Mapping
from typing import Any

from jinja2 import Environment, Template
from jinja2.utils import concat
from pelican.cache import FileStampDataCacher
from pelican.contents import Content, Page


def body_of(content: Content) -> str | None:
    """The body as read, before Pelican memoises it as ``content``."""
    return getattr(content, "_content", None)


def set_body(content: Content, html: str) -> None:
    content._content = html


def set_summary(content: Content, html: str) -> None:
    """``metadata["summary"]`` (what ``get_summary`` returns) and ``_summary``, which Pelican copies
    back over it when it resolves links."""
    content.metadata["summary"] = content._summary = html


def reserve_attributes(classes: tuple[type, ...], names: tuple[str, ...]) -> None:
    """Make ``names`` (and ``_summary``, which ``set_summary`` may add) known to each class's shared
    table of instance attribute names before any instance exists.

    CPython keeps one table of attribute names per class, with room for 30, and each instance only
    its values, in an array sized when the instance is made. A post made before the table knew the
    names the plugin sets later gets a whole dictionary of its own when they are set: 1,584 bytes
    instead of about 290, 26 MiB at 20,000 posts (docs/benchmarks.md). An instance made and dropped
    here puts the names in the table, so every post made afterwards has room for them. Posts made
    earlier in the process (an earlier build) and sites whose posts carry many metadata fields (each
    one an attribute) keep the old cost, and nothing else changes.
    """
    for cls in classes:
        holder = cls.__new__(cls)
        for name in (*names, "_summary"):
            setattr(holder, name, None)


def give_context(content: Content, context: dict[str, Any]) -> None:
    """Resolve ``{filename}`` links against ``context`` (this build's, with the profile pages in it)."""
    if getattr(content, "_context", context) is not context:
        content._context = context


class PlainPage(Page):
    """A page whose content is its HTML as given, with no links left to resolve, returned without
    Pelican's memoising caches, which keep every object they see for the rest of the process."""

    def get_content(self, siteurl: str = "") -> str:
        return self._content

    def get_summary(self, siteurl: str = "") -> str:
        return ""

    @property
    def content(self) -> str:
        return self._content

    @property
    def summary(self) -> str:
        return ""


def has_block(template: Template, name: str) -> bool:
    return name in template.blocks


def render_body_and_block(template: Template, values: Mapping[str, Any], block: str) -> tuple[str, str]:
    """The template's whole output and one of its blocks, from a single Jinja context."""
    context = template.new_context(values)
    return concat(template.root_render_func(context)), concat(template.blocks[block](context))


def use_template_class(env: Environment, template_class: type[Template]) -> None:
    env.template_class = template_class


def rst_writer_class(reader: Any) -> type | None:
    """The docutils writer class Pelican's rST reader will use, or None."""
    writer_class = getattr(reader, "writer_class", None)
    return writer_class if isinstance(writer_class, type) else None


def set_rst_writer_class(reader: Any, writer_class: type) -> None:
    reader.writer_class = writer_class


class StampedCacher(FileStampDataCacher):
    """Pelican's ``FileStampDataCacher`` (``CHECK_MODIFIED_METHOD`` picks the stamp) keyed by paths
    relative to ``base``; it starts empty, and its owner loads and saves ``entries``."""

    def __init__(self, settings: Mapping[str, Any], name: str, base: str) -> None:
        super().__init__(settings, name, caching_policy=True, load_policy=False)
        self.base = base

    @property
    def entries(self) -> dict[str, Any]:
        """Path → (stamp, data), as Pelican keeps them."""
        return self._cache

    @entries.setter
    def entries(self, value: dict[str, Any]) -> None:
        self._cache = value

    @property
    def can_stamp(self) -> bool:
        """False for a ``CHECK_MODIFIED_METHOD`` hashlib lacks (Pelican warned of it already)."""
        return getattr(self, "_filestamp_func", None) is not None

    def _get_file_stamp(self, filename: str) -> Any:
        return super()._get_file_stamp(os.path.join(self.base, filename))


GENERATOR_LOGGER = "pelican.generators"


class FailedReads(logging.Filter):
    """Catches Pelican's generators' ``Could not process <path>`` error with the exception being
    handled when it is logged (the reason, which the message lacks without ``DEBUG``)."""

    def __init__(self) -> None:
        super().__init__()
        self.failures: list[tuple[str, BaseException | None]] = []

    def filter(self, record: logging.LogRecord) -> bool:
        if record.msg != "Could not process %s" and not str(record.msg).startswith("Could not process %s\n"):
            return True
        args = record.args if isinstance(record.args, tuple) else ()
        self.failures.append((os.path.normpath(str(args[0])) if args else "", sys.exc_info()[1]))
        return False  # the command reports it as a problem


UTILS_LOGGER = "pelican.utils"
# What process_translations (its helper get_original_items) warns, by message template: the same in
# Pelican 4.9 and the newest. Not by function name: 4.9 logs through FatalLogger.warning, so every
# record's funcName there is "warning".
TRANSLATION_MESSAGES = (
    'There are %s items "%s" with lang %s',
    'All items ("%s") "%s" are translations',
    "There are %s original (not translated) items %s",
)


class QuietTranslations(logging.Filter):
    """Drops what ``process_translations`` logs while the generators read only some of the files."""

    def filter(self, record: logging.LogRecord) -> bool:
        return not (isinstance(record.msg, str) and record.msg.startswith(TRANSLATION_MESSAGES))


def filter_first(log: logging.Logger, record_filter: logging.Filter) -> None:
    """Add a filter ahead of those the logger has (Pelican's ``LimitFilter`` among them)."""
    log.filters.insert(0, record_filter)
