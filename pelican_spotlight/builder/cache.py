"""A per-file cache of what ``pelican-spotlight`` needs, so the command converts only changed files.

Reading a post with Pelican's readers means converting its Markdown, which is nearly all of what
``pelican-spotlight report`` costs. What the command needs of a post is small: its ``records.Post``
(source, URL, date, about, features, title), its status, the attributes ``process_translations``
groups by and whether it kept the post as an original, and its problems. The build writes one such
record per article and page at the end of ``SpotlightGenerator.generate_context``; the command loads
them, gives Pelican's generators only files whose stamp (``CHECK_MODIFIED_METHOD``, as Pelican's own
``FileStampDataCacher`` takes it) changed or that are new, and saves the result.

The whole cache is dropped when anything else that shapes a record changes: the plugin's code and
version, Pelican's and Markdown's versions, the registry's bytes, or a setting that can change what
is read (``fingerprint``). It lives beside Pelican's own content cache, as
``CACHE_PATH/spotlight/files.pickle``, and is a pickle like Pelican's (the same trust: both are
written by your own builds). A cache that cannot be read is ignored, one that cannot be written is
skipped: neither is ever a warning, so ``pelican --fatal warnings`` is unaffected.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import enum
import functools
import hashlib
import json
import logging
import os
import pickle
import secrets
import sys
import types
from collections.abc import Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from importlib import metadata
from operator import attrgetter
from pathlib import Path
from typing import Any

from pelican.contents import Article, Page

from pelican_spotlight import __version__
from pelican_spotlight.builder.content import post_records
from pelican_spotlight.core import internals
from pelican_spotlight.core.problems import Problem
from pelican_spotlight.core.records import Post
from pelican_spotlight.core.registry import registry_files, registry_path

logger = logging.getLogger(__name__)

FORMAT = 4  # bump when FileRecord changes shape
CACHE_FILE = Path("spotlight") / "files.pickle"
ARTICLE, PAGE = "article", "page"

# Settings that cannot change what is read from a file: where things are written, how the site is
# served, Pelican's own caching, logging. Set by `pelican`'s -o, -t, -d, -w, -c, --ignore-cache,
# --relative-urls, -p, -b, -D, so a build run with any of them leaves a cache the command can use.
# PLUGINS too: Pelican rewrites the list into module names once it has loaded them.
IGNORED_SETTINGS = frozenset(
    {
        "OUTPUT_PATH",
        "OUTPUT_RETENTION",
        "DELETE_OUTPUT_DIRECTORY",
        "WRITE_SELECTED",
        "THEME",
        "CSS_FILE",  # emptied by Pelican when the theme lacks it
        "CACHE_CONTENT",
        "LOAD_CONTENT_CACHE",
        "CACHE_PATH",
        "CONTENT_CACHING_LAYER",
        "CHECK_MODIFIED_METHOD",
        "GZIP_CACHE",
        "RELATIVE_URLS",
        "SITEURL",
        "FEED_DOMAIN",
        "PORT",
        "BIND",
        "DEBUG",
        "LOG_FILTER",
        "PLUGINS",
        "PLUGIN_PATHS",
        "SPOTLIGHT_CACHE",
        # i18n_subsites' settings of the other languages' builds, which it fills in (each subsite's
        # SITEURL, OUTPUT_PATH…) once the build has started: the command never starts one.
        "I18N_SUBSITES",
    }
)
IGNORED_PREFIXES = ("THEME_",)


@dataclass(frozen=True, slots=True)
class FileRecord:
    """What the command line needs of one article or page (its file's stamp is kept beside it).

    ``post`` is set for published articles only (the report's input); ``ids`` holds the values of
    the ``ARTICLE_TRANSLATION_ID`` attributes the content had, ``original`` whether Pelican's
    ``process_translations`` kept it as an original when it was read; ``volatile`` marks a post whose status
    depends on today's date (a future date with ``WITH_FUTURE_DATES = False``), never cached.
    """

    kind: str
    source_path: str
    status: str
    ids: tuple[tuple[str, Any], ...]
    post: Post | None
    problems: tuple[Problem, ...]
    original: bool = False
    volatile: bool = False


def translation_ids(settings: Mapping[str, Any]) -> tuple[str, ...]:
    """The attribute names of ``ARTICLE_TRANSLATION_ID`` (a malformed value is left to
    ``process_translations``, which raises for it whether given records or articles)."""
    value = settings.get("ARTICLE_TRANSLATION_ID")
    if not value:
        return ()
    if isinstance(value, str):
        return (value,)
    try:
        return tuple(n for n in value if isinstance(n, str))
    except TypeError:
        return ()


def translation_key(record: FileRecord, names: Sequence[str]) -> Hashable | None:
    """The record's translation id (its values of ``ARTICLE_TRANSLATION_ID``'s attributes), or None
    when it lacks one or the value cannot be hashed: the command then reads its file again."""
    if len(record.ids) != len(names):
        return None
    key = tuple(value for _, value in record.ids)
    try:
        hash(key)
    except TypeError:
        return None
    return key


def make_record(
    content: Any,
    kind: str,
    features: Sequence[str],
    problems: Iterable[Problem],
    settings: Mapping[str, Any],
    post: Post | None = None,
    shows_network: bool = False,
    original: bool = False,
) -> FileRecord:
    """The record of a content object after ``content.render_content``; the same for build and CLI.

    ``post`` is its ``records.Post`` when the caller already made it with ``content.post_records``
    (Pelican computes a URL afresh on every access, and the build has them all). ``original``: a
    published article ``process_translations`` kept in its index (not a translation).
    """
    ids = []
    for name in translation_ids(settings):
        # One the content lacks is left out, so process_translations fails on it as on the article.
        with contextlib.suppress(AttributeError):
            ids.append((name, attrgetter(name)(content)))
    if kind != ARTICLE or content.status != "published":
        post = None
    elif post is None:
        (post,) = post_records(
            [content], {content: features}, settings["PATH"], (content,) if shows_network else ()
        )
    return FileRecord(
        kind=kind,
        source_path=content.source_path,
        status=content.status,
        ids=tuple(ids),
        post=post,
        problems=tuple(problems),
        original=original,
        volatile=_volatile(content, kind, settings),
    )


def _volatile(content: Any, kind: str, settings: Mapping[str, Any]) -> bool:
    """Whether Pelican made (or will make) this post a draft only because its date is in the future."""
    if kind != ARTICLE or settings.get("WITH_FUTURE_DATES", True):
        return False
    date = getattr(content, "date", None)
    if not isinstance(date, dt.datetime) or date.replace(tzinfo=None) == dt.datetime.max:
        return False  # no date, or the far future Pelican gives an undated draft
    now = dt.datetime.now() if date.tzinfo is None else dt.datetime.now(dt.UTC)
    return date > now


def content_kind(content: Any) -> str | None:
    if isinstance(content, Article):
        return ARTICLE
    if isinstance(content, Page):
        return PAGE
    return None


# -- fingerprint ------------------------------------------------------------------------------------


def canonical(value: Any) -> Any:
    """A JSON-able form of a setting's value that is the same in every process.

    Plain data is kept; dicts become sorted key/value pairs, sets sorted lists; functions and
    classes become their qualified names; dates their ISO form; any other object its type's
    qualified name (an object's ``repr`` may hold a memory address).
    """
    if value is None or isinstance(value, bool | int | float | str):
        return value
    if isinstance(value, list | tuple):
        return [canonical(v) for v in value]
    if isinstance(value, dict):
        pairs = [[canonical(k), canonical(v)] for k, v in value.items()]
        return ["dict", sorted(pairs, key=lambda kv: json.dumps(kv[0], sort_keys=True))]
    if isinstance(value, set | frozenset):
        return ["set", sorted((canonical(v) for v in value), key=json.dumps)]
    if isinstance(value, dt.date | dt.time):
        return [type(value).__name__, value.isoformat()]
    if isinstance(value, os.PathLike):
        return os.fspath(value)
    if isinstance(value, enum.Enum):
        return _qualname(type(value)) + "." + value.name
    if isinstance(value, type) or (callable(value) and hasattr(value, "__qualname__")):
        return _qualname(value)
    return _qualname(type(value))


def code_form(value: Any) -> Any:
    """A function as its name, its code, its defaults and what it closes over; a ``partial`` as its
    function and arguments; anything else as ``canonical`` gives it."""
    if isinstance(value, functools.partial):
        return ["partial", code_form(value.func), _const_form(value.args), _const_form(value.keywords)]
    function = getattr(value, "__func__", value)
    code = getattr(function, "__code__", None)
    if not isinstance(code, types.CodeType):
        return canonical(value)
    cells = [_const_form(cell.cell_contents) for cell in getattr(function, "__closure__", None) or ()]
    defaults = _const_form(getattr(function, "__defaults__", None))
    return [canonical(value), _code_digest(code), defaults, cells]


def _code_digest(code: types.CodeType) -> str:
    """A code object's instructions, names and constants (nested functions' too)."""
    h = hashlib.sha256(code.co_code)
    h.update(repr((code.co_names, code.co_varnames, code.co_freevars)).encode())
    for const in code.co_consts:
        h.update(_const_form(const).encode())
    return h.hexdigest()


def _const_form(const: Any) -> str:
    """A constant as text that is the same in every process: a set's order follows string hashing,
    which changes from one process to the next."""
    if isinstance(const, types.CodeType):
        return _code_digest(const)
    if isinstance(const, frozenset | set):
        return "{" + ",".join(sorted(_const_form(c) for c in const)) + "}"
    if isinstance(const, tuple | list):
        return "(" + ",".join(_const_form(c) for c in const) + ")"
    if isinstance(const, dict):
        return "{" + ",".join(sorted(f"{_const_form(k)}:{_const_form(v)}" for k, v in const.items())) + "}"
    if isinstance(const, types.FunctionType | functools.partial):
        return json.dumps(code_form(const))
    if const is None or isinstance(const, str | bytes | int | float | complex | bool | type(...)):
        return repr(const)
    return json.dumps(canonical(const))  # an object's repr may hold its memory address


def _qualname(obj: Any) -> str:
    return f"{getattr(obj, '__module__', '')}.{getattr(obj, '__qualname__', type(obj).__qualname__)}"


def settings_form(settings: Mapping[str, Any]) -> list:
    """The settings that can change what is read, canonical and sorted by name."""
    return [
        [name, canonical(_markdown(value) if name == "MARKDOWN" else value)]
        for name, value in sorted(settings.items())
        if name not in IGNORED_SETTINGS and not name.startswith(IGNORED_PREFIXES)
    ]


def _markdown(value: Any) -> Any:
    """``MARKDOWN`` as Pelican's MarkdownReader leaves it (it adds every configured extension and
    ``meta`` to the list, in the settings dict, when first created): the same before and after."""
    if not isinstance(value, dict):
        return value
    configs = value.get("extension_configs", {})
    extensions = list(value.get("extensions", []))
    for extension in [*(configs if isinstance(configs, dict) else ()), "markdown.extensions.meta"]:
        if extension not in extensions:
            extensions.append(extension)
    return {**value, "extension_configs": configs, "extensions": extensions}


def version(dist: str) -> str:
    try:
        return metadata.version(dist)
    except metadata.PackageNotFoundError:
        return "unknown"


def package_digest(suffixes: tuple[str, ...] = (".py",)) -> str:
    """The plugin's version and its own files with these suffixes (its code, by default), so a
    changed checkout without a version bump still invalidates. The demo theme a wheel carries in
    ``theme/`` is left out: a site that uses it has it among its templates."""
    h = hashlib.sha256(__version__.encode() + b"\0")
    package = Path(__file__).parent.parent
    for path in sorted(package.rglob("*")):
        parts = path.relative_to(package).parts
        if path.suffix in suffixes and parts[0] != "theme" and "__pycache__" not in parts:
            h.update("/".join(parts).encode() + b"\0" + path.read_bytes() + b"\0")
    return h.hexdigest()


def registry_digest(settings: Mapping[str, Any]) -> str:
    path = registry_path(settings)
    if not path.exists():
        return "missing"
    h = hashlib.sha256(b"dir" if path.is_dir() else b"file")
    for file in registry_files(path):
        h.update(file.name.encode() + b"\0" + file.read_bytes() + b"\0")
    return h.hexdigest()


def fingerprint(settings: Mapping[str, Any]) -> str | None:
    """A digest of everything besides a file itself that shapes its record; None if unknowable."""
    try:
        parts = {
            "format": FORMAT,
            "plugin": package_digest(),
            "pelican": version("pelican"),
            "markdown": version("markdown"),
            "python": list(sys.version_info[:2]),
            "registry": registry_digest(settings),
            "settings": settings_form(settings),
        }
        text = json.dumps(parts, sort_keys=True, ensure_ascii=True)
    except (OSError, TypeError, ValueError) as exc:
        logger.debug("spotlight cache: no fingerprint (%s); not used", exc)
        return None
    return hashlib.sha256(text.encode()).hexdigest()


# -- the file -------------------------------------------------------------------------------------


def cache_root(settings: Mapping[str, Any]) -> Path:
    """``CACHE_PATH`` as Pelican takes it (``cache`` when unset): the spotlight caches live under it."""
    return Path(settings.get("CACHE_PATH") or "cache")


def cache_file(settings: Mapping[str, Any]) -> Path:
    return cache_root(settings) / CACHE_FILE


# Where and whether things are written, and how the build logs: nothing a rendering or the registry
# reads (the render cache and the registry cache key on every other setting).
UNREAD_SETTINGS = frozenset(
    {
        "OUTPUT_PATH",
        "OUTPUT_RETENTION",
        "DELETE_OUTPUT_DIRECTORY",
        "WRITE_SELECTED",
        "CACHE_CONTENT",
        "LOAD_CONTENT_CACHE",
        "CACHE_PATH",
        "GZIP_CACHE",
        "CHECK_MODIFIED_METHOD",
        "CONTENT_CACHING_LAYER",
        "PORT",
        "BIND",
        "DEBUG",
        "LOG_FILTER",
    }
)


def read_settings_form(settings: Mapping[str, Any]) -> list:
    """Every setting but ``UNREAD_SETTINGS``, canonical and sorted by name."""
    return [
        [name, canonical(value)] for name, value in sorted(settings.items()) if name not in UNREAD_SETTINGS
    ]


def inputs_digest(
    form: int,
    settings: Mapping[str, Any],
    day: dt.date,
    package_files: tuple[str, ...],
    libraries: tuple[str, ...],
    **more: Any,
) -> str:
    """The fingerprint of a cache kept beside Pelican's: its format, the plugin's files with these
    suffixes, the versions of Python and these libraries, every read setting, the registry's bytes,
    the day of the build, and ``more`` (JSON-able). Raises what reading the files raises, and
    TypeError or ValueError for a value JSON cannot hold."""
    parts = {
        "format": form,
        "plugin": package_digest(package_files),
        "versions": [list(sys.version_info[:3]), *(version(name) for name in libraries)],
        "settings": read_settings_form(settings),
        "registry": registry_digest(settings),
        "day": day.isoformat(),
        **more,
    }
    return hashlib.sha256(json.dumps(parts, sort_keys=True, ensure_ascii=True).encode()).hexdigest()


def read_pickle(path: Path, form: int, key: str, field: str, kind: type) -> Any:
    """The ``field`` of a cache file ``write_pickle`` wrote as ``{"format": form,
    "fingerprint": key, field: …}``, when it is of ``kind``; None when the file is missing,
    unreadable, or made for another format or fingerprint (said at debug level)."""
    try:
        with open(path, "rb") as f:
            data = pickle.load(f)
    except FileNotFoundError:
        return None
    except Exception as exc:  # a truncated or foreign pickle can raise almost anything
        logger.debug("spotlight cache: cannot read %s (%s); not used", path, exc)
        return None
    if not (
        isinstance(data, dict)
        and data.get("format") == form
        and data.get("fingerprint") == key
        and isinstance(data.get(field), kind)
    ):
        logger.debug("spotlight cache: %s is for other code, settings, inputs or a day before", path)
        return None
    return data[field]


def write_pickle(path: Path, form: int, key: str, field: str, value: Any) -> bool:
    """Write ``value`` as ``read_pickle`` reads it back (``{"format": form, "fingerprint": key, field:
    value}``) with ``write_atomically``; False, said at info level, when it cannot be written."""
    try:
        write_atomically(path, {"format": form, "fingerprint": key, field: value})
    except (OSError, pickle.PicklingError, TypeError, AttributeError) as exc:
        logger.info("spotlight cache: cannot write %s (%s); going on without it", path, exc)
        return False
    return True


def build_switches(settings: Mapping[str, Any]) -> tuple[bool, bool]:
    """Whether a build reads and whether it writes the caches kept beside Pelican's content cache
    (``render_cache``, ``registry_cache``, ``page_cache``, ``template_cache``): as Pelican does,
    ``LOAD_CONTENT_CACHE`` and ``CACHE_CONTENT``; neither when ``SPOTLIGHT_CACHE`` is off."""
    if not settings.get("SPOTLIGHT_CACHE", True):
        return False, False
    return bool(settings.get("LOAD_CONTENT_CACHE")), bool(settings.get("CACHE_CONTENT"))


class Kept:
    """Values a build keeps for the next one by a digest key, in one file under one fingerprint (the
    render cache's outcomes, the page cache's bodies); ``enabled`` False makes every call a no-op.

    Loaded and written as ``build_switches`` says. ``save`` writes what this build ``put`` (the last
    build's other entries are dropped), and nothing when that is what was loaded."""

    FORMAT = 0  # each kind's own, bumped when its entries or keys change shape
    CACHE_FILE = Path("spotlight") / "kept.pickle"
    KIND: type = object  # the type of every value

    def __init__(self, path: Path | None = None, fingerprint: str | None = None, write: bool = False) -> None:
        self.path = path
        self.fingerprint = fingerprint
        self.write = write
        self.enabled = path is not None and fingerprint is not None
        self.entries: dict[bytes, Any] = {}  # what the last build kept
        self.kept: dict[bytes, Any] = {}  # what this build will keep
        self.hits = 0

    @classmethod
    def under(cls, settings: Mapping[str, Any], fingerprint: str | None, load: bool, write: bool) -> Any:
        """The cache of this build under ``fingerprint`` (None: a disabled one), loaded if ``load``."""
        if fingerprint is None or not (load or write):
            return cls()
        path = cache_root(settings) / cls.CACHE_FILE
        found = cls(path, fingerprint, write)
        if load:
            entries = read_pickle(path, cls.FORMAT, fingerprint, "entries", dict) or {}
            kind = cls.KIND
            found.entries = {k: v for k, v in entries.items() if isinstance(k, bytes) and isinstance(v, kind)}
        return found

    def get(self, key: bytes | None) -> Any:
        value = self.entries.get(key) if key is not None else None
        if value is not None:
            self.hits += 1
        return value

    def put(self, key: bytes | None, value: Any) -> None:
        if key is not None:
            self.kept[key] = value

    def save(self) -> None:
        """Write this build's entries (``write_pickle``: a failure is logged, never raised)."""
        if not (self.enabled and self.write) or self.kept == self.entries:
            return
        assert self.path is not None and self.fingerprint is not None  # what ``enabled`` says
        write_pickle(self.path, self.FORMAT, self.fingerprint, "entries", self.kept)


class RecordStore(internals.StampedCacher):
    """The records of one site by source path relative to PATH, each beside its file's stamp, taken
    as Pelican's generators take theirs (``FileStampDataCacher``, ``CHECK_MODIFIED_METHOD``)."""

    def __init__(self, settings: Mapping[str, Any], key: str | None) -> None:
        super().__init__(settings, str(CACHE_FILE), settings["PATH"])
        self.path = cache_file(settings)
        self.fingerprint = key if self.can_stamp else None
        self.changed = False

    @classmethod
    def load(cls, settings: Mapping[str, Any]) -> RecordStore:
        """The store on disk when it matches this site's fingerprint, else an empty one."""
        store = cls(settings, fingerprint(settings))
        if store.fingerprint is None:
            return store
        files = read_pickle(store.path, FORMAT, store.fingerprint, "files", dict)
        if files is None:  # missing, or to be written again: unreadable or another site's
            store.changed = store.path.exists()
            return store
        store.entries = {
            k: v
            for k, v in files.items()
            if isinstance(k, str) and isinstance(v, tuple) and len(v) == 2 and isinstance(v[1], FileRecord)
        }
        store.changed = len(store.entries) != len(files)
        return store

    def get(self, relpath: str, kind: str) -> FileRecord | None:
        """The record of an unchanged file, or None when it must be read."""
        record = self.get_cached_data(relpath, None) if relpath in self.entries else None
        if not isinstance(record, FileRecord) or record.kind != kind or record.volatile:
            return None
        return record

    def put(self, relpath: str, record: FileRecord) -> None:
        if record.volatile:
            self.forget(relpath)
        else:
            self.cache_data(relpath, record)
            self.changed = True

    def forget(self, relpath: str) -> None:
        if self.entries.pop(relpath, None) is not None:
            self.changed = True

    def keep_only(self, kind: str, relpaths: set[str]) -> None:
        """Drop the records of this kind whose files are gone (or no longer of this kind)."""
        for relpath, (_, record) in list(self.entries.items()):
            if record.kind == kind and relpath not in relpaths:
                self.forget(relpath)

    def save(self) -> None:
        """Write atomically (``write_pickle``: a failure is logged, never raised)."""
        if self.fingerprint is None:
            return
        if write_pickle(self.path, FORMAT, self.fingerprint, "files", self.entries):
            self.changed = False


def write_atomically(path: Path, data: Any) -> None:
    """Pickle ``data`` to ``path`` through a temporary file and ``os.replace``, so a build stopped
    halfway leaves the old file or the new one, never half of one; raises what writing raises."""
    tmp = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        # Not tempfile's 0600: the umask decides, as for Pelican's own cache files.
        tmp = path.with_name(f".{path.name}.{os.getpid()}.{secrets.token_hex(4)}.tmp")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
        with os.fdopen(fd, "wb") as f:
            pickle.dump(data, f, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
        tmp = None
    finally:
        if tmp is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp)


def save_from_build(
    settings: Mapping[str, Any],
    features: Mapping[Any, Sequence[str]],
    problems: Mapping[Any, Sequence[Problem]],
    posts: Mapping[Any, Post],
) -> None:
    """Replace the cache with a record of every article and page the build read and rendered.

    ``features`` has every rendered content object (in the build's order), ``problems`` what was
    logged for each, ``posts`` the report's record of each published article. Called once per build,
    at the end of ``SpotlightGenerator.generate_context``, when ``SPOTLIGHT_CACHE`` is on.
    """
    store = RecordStore(settings, fingerprint(settings))
    base = settings["PATH"]
    for content, slugs in features.items():
        kind = content_kind(content)
        # A plugin's content object may name no file: there is nothing to stamp, or to re-read.
        if kind is None or not os.path.isfile(content.source_path or ""):
            continue
        post = posts.get(content)  # the build's posts are Pelican's index: its originals
        found = problems.get(content, ())
        record = make_record(content, kind, slugs, found, settings, post, original=post is not None)
        store.put(os.path.relpath(content.source_path, base), record)
    store.save()
    logger.debug("spotlight cache: %s records written to %s", len(store.entries), store.path)
