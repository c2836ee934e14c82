"""The registry of changemakers: YAML in, validated, frozen objects out.

Modelled on mkdocs-material's blog plugin: the schema is declared once (``registry.schema.json``, which
editors use too, and from which the kinds, circles, reasons and field defaults below are read), the YAML
is read with the safe loader, and every problem names the file, the line and the entry. A bad field is
dropped with an error; an entry without a usable name or slug is dropped.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import os
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache, partial
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

import yaml
from pelican.utils import slugify as pelican_slugify

from pelican_spotlight.core.collisions import Outputs, pelican_fixed_outputs
from pelican_spotlight.core.dates import DateWindow
from pelican_spotlight.core.errors import RegistryError
from pelican_spotlight.core.i18n import MAIN_LANG, language_key, parse_language
from pelican_spotlight.core.problems import Problem, did_you_mean, display_path
from pelican_spotlight.core.settings import given_or_default, plugin_fixed_outputs, with_defaults
from pelican_spotlight.core.text import HIDDEN, hidden_message, hidden_names

if TYPE_CHECKING:
    from jsonschema import Draft202012Validator


@cache
def schema() -> dict[str, Any]:
    """The shipped JSON Schema (the same file editors validate against)."""
    text = resources.files("pelican_spotlight").joinpath("registry.schema.json").read_text("utf-8")
    return json.loads(text)


# A changemaker's fields, their values and defaults, as the shipped schema states them.
_PROPERTIES: dict[str, Any] = schema()["$defs"]["changemaker"]["properties"]
KINDS: tuple[str, ...] = tuple(_PROPERTIES["kind"]["enum"])
CIRCLES: tuple[str, ...] = tuple(_PROPERTIES["circle"]["enum"])
WHYS: tuple[str, ...] = tuple(_PROPERTIES["why"]["anyOf"][0]["enum"])
MAX_SLUG_BYTES = 150  # a slug is a folder name in the output: file systems stop at 255 bytes

# How each social handle becomes a profile URL: one for each network the schema's ``social`` allows.
SOCIAL_URLS: dict[str, Callable[[str], str]] = {
    "mastodon": lambda h: "https://{1}/@{0}".format(*h.lstrip("@").split("@", 1)),
    "bluesky": lambda h: f"https://bsky.app/profile/{h.lstrip('@')}",
    "twitter": lambda h: f"https://twitter.com/{h.lstrip('@')}",
    "x": lambda h: f"https://x.com/{h.lstrip('@')}",
    "facebook": lambda h: f"https://www.facebook.com/{h}",
    "github": lambda h: f"https://github.com/{h}",
    "linkedin": lambda h: f"https://www.linkedin.com/in/{h}",
    "instagram": lambda h: f"https://www.instagram.com/{h.lstrip('@')}",
    "youtube": lambda h: f"https://www.youtube.com/@{h.lstrip('@')}",
}


@cache
def _entry_schema() -> dict[str, Any]:
    entry = dict(schema()["$defs"]["changemaker"])
    # Unknown keys are warnings with a suggestion, not schema errors: see _check_keys.
    entry.pop("additionalProperties")
    return entry


@cache
def _entry_validator() -> Draft202012Validator:
    # Imported on first use: a site without registry entries never needs it (jsonschema with its
    # dependencies is a few MiB of memory and a tenth of a second to import).
    from jsonschema import Draft202012Validator

    return Draft202012Validator(_entry_schema(), format_checker=Draft202012Validator.FORMAT_CHECKER)


@dataclass(frozen=True, slots=True)
class Changemaker:
    """One person or organization in the network, as the registry describes them."""

    name: str
    slug: str
    kind: str = _PROPERTIES["kind"]["default"]
    circle: str = _PROPERTIES["circle"]["default"]
    why: tuple[str, ...] = ()
    url: str | None = None
    summary: str = ""  # in the site's language, when the registry gives one per language
    tags: tuple[str, ...] = ()
    image: str | None = None
    feed: str | None = None
    social: tuple[tuple[str, str], ...] = ()
    aliases: tuple[str, ...] = ()
    # False: SPOTLIGHT_AUTOLINK never links this one (a name that is a common word)
    autolink: bool = _PROPERTIES["autolink"]["default"]
    since: dt.date | None = None
    notes: str = field(default="", repr=False)  # private: never rendered
    source: str = ""
    line: int = 0

    @property
    def is_focus(self) -> bool:
        return self.circle == "focus"

    @property
    def is_organization(self) -> bool:
        return self.kind == "organization"

    @property
    def social_links(self) -> list[tuple[str, str]]:
        """``(network, profile URL)`` pairs, in the registry's order."""
        return [(net, SOCIAL_URLS[net](handle)) for net, handle in self.social]


@dataclass
class Registry:
    """The changemakers of one build, in registry order, and what was wrong with the files.

    ``unreadable`` holds the files that could not be parsed at all (YAML syntax, or no list of
    changemakers at the top): with one of those the build must stop, since every tag would otherwise
    turn into a misleading "unknown changemaker" and the site would publish without its people.
    """

    changemakers: tuple[Changemaker, ...] = ()
    problems: list[Problem] = field(default_factory=list)
    unreadable: list[Problem] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._by_slug = {c.slug: c for c in self.changemakers}

    def __iter__(self):
        return iter(self.changemakers)

    def __len__(self) -> int:
        return len(self.changemakers)

    def get(self, slug: str) -> Changemaker | None:
        return self._by_slug.get(slug)

    def did_you_mean(self, slug: str) -> str:
        """`` (did you mean 'x'?)`` for an unknown slug, from the known slugs and names."""
        return did_you_mean(slug, tuple(self._by_slug))

    def raise_if_unreadable(self) -> None:
        """Stop (``RegistryError``, one message for every unparseable file) when a file could not be read."""
        if self.unreadable:
            raise RegistryError("\n".join(str(p) for p in self.unreadable))


def _timestamp_or_text(loader: yaml.SafeLoader, node: yaml.Node) -> Any:
    try:
        return yaml.constructor.SafeConstructor.construct_yaml_timestamp(loader, node)
    except ValueError:
        return loader.construct_scalar(node)


def _int_or_text(loader: yaml.SafeLoader, node: yaml.Node) -> Any:
    """A number too long for Python to convert (over 4,300 digits) stays text for the schema."""
    try:
        return yaml.constructor.SafeConstructor.construct_yaml_int(loader, node)
    except ValueError:
        return loader.construct_scalar(node)


# How deep the pure-Python composer may nest (it recurses, three frames a level). libyaml, tried first,
# stops at 1,000 levels itself; what it accepts is held to MAX_ENTRY_DEPTH entry by entry (_jsonable).
MAX_YAML_DEPTH = 100
_TOO_DEEP = f"lists or mappings nested more than {MAX_YAML_DEPTH} levels deep"


class _ScalarGuard:
    """A value its explicit tag cannot hold (``!!float abc``, ``!!bool maybe``, ``!!timestamp x``)
    makes PyYAML's constructors raise ValueError, KeyError or AttributeError: here it becomes
    a YAML error at that value's line, reported like any other."""

    def construct_object(self, node: yaml.Node, deep: bool = False) -> Any:
        try:
            return super().construct_object(node, deep)  # type: ignore[misc]
        except yaml.YAMLError:
            raise
        except (ValueError, KeyError, IndexError, AttributeError, TypeError, OverflowError):
            tag = node.tag.rsplit(":", 1)[-1]
            raise yaml.constructor.ConstructorError(
                None, None, f"this value cannot be read as !!{tag}", node.start_mark
            ) from None


class _Loader(_ScalarGuard, yaml.SafeLoader):
    """The safe loader, except that an impossible date stays text for the schema to report, and
    aliases (``*name``) are refused: a recursive alias would never finish validating, and nested
    ones multiply (the "billion laughs"). A registry has no need for them. Nesting is limited
    (``MAX_YAML_DEPTH``): a deeper file is one error at the line where the limit is passed."""

    depth = 0

    def compose_node(self, parent: yaml.Node | None, index: Any) -> yaml.Node | None:
        if self.check_event(yaml.AliasEvent):
            event = self.peek_event()
            raise yaml.composer.ComposerError(
                None,
                None,
                f"aliases (*{event.anchor}) are not supported; write the value out",
                event.start_mark,
            )
        if self.depth >= MAX_YAML_DEPTH:  # the composer recurses: stop long before Python's limit
            raise yaml.composer.ComposerError(None, None, _TOO_DEEP, self.peek_event().start_mark)
        self.depth += 1
        try:
            return super().compose_node(parent, index)
        finally:
            self.depth -= 1


_Loader.add_constructor("tag:yaml.org,2002:timestamp", _timestamp_or_text)
_Loader.add_constructor("tag:yaml.org,2002:int", _int_or_text)


class _FastLoader(_ScalarGuard, getattr(yaml, "CSafeLoader", yaml.SafeLoader)):
    """``_Loader`` on libyaml when PyYAML has it: ten times faster on a large registry. Its error
    messages are worded differently, so a file it rejects is read again by ``_Loader``."""


_FastLoader.add_constructor("tag:yaml.org,2002:timestamp", _timestamp_or_text)
_FastLoader.add_constructor("tag:yaml.org,2002:int", _int_or_text)


def compose_yaml(text: str) -> tuple[yaml.Node | None, Any]:
    """The root node and the data of a YAML text; raises yaml.YAMLError as ``_Loader`` words it.

    Only ``_Loader`` refuses aliases, so a text with an anchor (``&``, needed by any alias) skips
    the fast loader.
    """
    loaders = (_Loader,) if "&" in text else (_FastLoader, _Loader)
    for loader_class in loaders:
        loader = loader_class(text)
        try:
            root = loader.get_single_node()
            return root, loader.construct_document(root) if root is not None else None
        except yaml.YAMLError as exc:
            if loader_class is _Loader:
                raise
            if "maximum nesting depth" in str(getattr(exc, "problem", "")):
                # libyaml's own limit (1,000 levels): said as _Loader says it, at libyaml's mark. The
                # pure-Python scanner would take a second or two to reach its limit in such a file.
                raise yaml.composer.ComposerError(None, None, _TOO_DEEP, exc.problem_mark) from None
        finally:
            loader.dispose()
    raise AssertionError("unreachable")


def registry_files(path: Path) -> list[Path]:
    """The YAML files of a registry: the file itself, or a folder's ``*.yaml``/``*.yml`` by name."""
    if path.is_dir():
        return sorted(p for p in path.iterdir() if p.suffix in (".yaml", ".yml") and p.is_file())
    return [path]


def load_registry(
    path: Path,
    slugify: Callable[[str], str],
    content_path: Path | None = None,
    window: DateWindow | None = None,
    lang: str | None = None,
    default_lang: str | None = None,
) -> Registry:
    """Read, validate and freeze the registry at ``path``.

    ``slugify`` is Pelican's, bound to the site's slug settings. ``content_path`` (Pelican's PATH) is
    where local images must live; ``window`` the build's dates, outside which ``since`` is dropped;
    ``lang`` the site's language, which picks a ``summary`` given per language, else ``default_lang``'s
    (the main site's, in an ``i18n_subsites`` subsite).
    Never raises for bad content: problems are returned on the registry.
    """
    problems: list[Problem] = []
    if not path.exists():
        problems.append(Problem(str(path), 0, "spotlight registry not found; no changemakers"))
        return Registry((), problems)
    files = registry_files(path)
    if path.is_dir() and not files:
        problems.append(Problem(str(path), 0, "spotlight registry folder has no .yaml/.yml files"))
    changemakers: list[Changemaker] = []
    unreadable: list[Problem] = []
    seen: dict[str, Changemaker] = {}
    for file in files:
        for cm in _load_file(file, slugify, content_path, problems, unreadable, window, (lang, default_lang)):
            if cm.slug in seen:
                first = seen[cm.slug]
                problems.append(
                    _error(
                        file,
                        cm.line,
                        f"changemaker {shown(cm.name)}: duplicate slug {cm.slug!r} "
                        f"(first used by {shown(first.name)} at {display_path(first.source)}:{first.line}); "
                        "entry skipped",
                    )
                )
                continue
            seen[cm.slug] = cm
            changemakers.append(cm)
    return Registry(tuple(changemakers), problems, unreadable)


def _error(file: Path, line: int, message: str) -> Problem:
    return Problem(str(file), line, message, logging.ERROR)


def _line(node: yaml.Node | None) -> int:
    return node.start_mark.line + 1 if node is not None else 0


def _load_file(
    file: Path,
    slugify: Callable[[str], str],
    content_path: Path | None,
    problems: list[Problem],
    unreadable: list[Problem],
    window: DateWindow | None = None,
    langs: tuple[str | None, ...] = (),
) -> list[Changemaker]:
    """The changemakers of one file; a file that cannot be parsed goes to ``unreadable`` instead."""
    try:
        data_bytes = file.read_bytes()
    except OSError as exc:
        unreadable.append(_error(file, 0, f"cannot read the registry: {exc.strerror or exc}"))
        return []
    try:
        text = data_bytes.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data_bytes.count(b"\n", 0, exc.start) + 1
        bad = data_bytes[exc.start : exc.start + 1].hex()
        message = f"cannot read the registry: it is not UTF-8 text (byte 0x{bad} on this line)"
        shown = excerpt(data_bytes.decode("utf-8", errors="replace"), line)
        unreadable.append(_error(file, line, message + shown))
        return []
    try:
        root, data = compose_yaml(text)
    except yaml.reader.ReaderError as exc:  # control characters: the reader refuses them
        line = text.count("\n", 0, exc.position) + 1
        column = exc.position - (text.rfind("\n", 0, exc.position) + 1)
        char = f"#x{exc.character:04x}" if isinstance(exc.character, int) else repr(exc.character)
        message = f"invalid YAML: special character {char} is not allowed"
        unreadable.append(_error(file, line, message + excerpt(text, line, column)))
        return []
    except yaml.YAMLError as exc:
        line, column, message = yaml_error(exc)
        unreadable.append(_error(file, line, message + excerpt(text, line, column)))
        return []

    entries = _entry_nodes(file, text, root, data, problems, unreadable)
    # Hidden characters reach a value raw, or through a double-quoted escape ("\u202e"): a file with
    # neither (nearly every one) skips looking for them value by value.
    hidden = "\\" in text or HIDDEN.search(text) is not None
    result = []
    for index, (node, entry) in enumerate(entries, start=1):
        cm = _build_entry(
            file,
            index,
            node,
            entry,
            slugify,
            content_path,
            problems,
            window=window,
            hidden=hidden,
            langs=langs,
        )
        if cm is not None:
            result.append(cm)
    return result


# Errors inside something opened on an earlier line: the line that opened it is the one to fix.
_OPENED = {
    "while parsing a flow sequence": ("the list opened here with '['", "'<stream end>'"),
    "while parsing a flow mapping": ("the mapping opened here with '{'", "'<stream end>'"),
    "while scanning a quoted scalar": ("the quoted text that starts here", "end of stream"),
}


def yaml_error(exc: yaml.YAMLError) -> tuple[int, int | None, str]:
    """(line, column, message) of a YAML error, as PyYAML's pure-Python loader words it.

    PyYAML marks where it noticed the problem, which for an unclosed bracket or quote is the next
    line (or the end of the file); the line that opened it is where the author has to look.
    """
    context = getattr(exc, "context", None) or ""
    problem = getattr(exc, "problem", None) or str(exc)
    problem_mark = getattr(exc, "problem_mark", None)
    context_mark = getattr(exc, "context_mark", None)
    opened = _OPENED.get(context)
    mark = problem_mark or context_mark
    if (opened or context == "while scanning a simple key") and context_mark is not None:
        mark = context_mark
    if mark is None:
        return 0, None, f"invalid YAML: {problem}"
    line = mark.line + 1
    if opened:
        what, at_end = opened
        if at_end in problem:
            return line, mark.column, f"invalid YAML: {what} is never closed"
        message = f"invalid YAML: in {what}: {problem}"
        if problem_mark is not None and problem_mark.line + 1 != line:
            message += f" (on line {problem_mark.line + 1})"
        return line, mark.column, message
    if context and problem.startswith("but "):  # "expected a single document …, but found another"
        problem = f"{context}, {problem}"
    return line, mark.column, f"invalid YAML: {problem}{_hint(problem)}"


def _hint(problem: str) -> str:
    """What usually causes the few YAML errors whose wording does not say."""
    if problem.startswith("mapping values are not allowed"):
        return " (text containing ': ' must be in quotes)"
    if "'\\t'" in problem or "\t" in problem:
        return " (indent with spaces, not tabs)"
    if "<block end>" in problem:
        return " (check the indentation)"
    return ""


_UNPRINTABLE = re.compile(r"[\x00-\x08\x0a-\x1f\x7f-\x9f]")
_EXCERPT_WIDTH = 100


def excerpt(text: str, line: int, column: int | None = None) -> str:
    """The source line (and a caret under ``column``), to print below a message about it.

    Tabs show as '→' and other control characters as '?', one character each, so the caret lines
    up; a long line is cut around the column.
    """
    lines = text.splitlines()
    if not 1 <= line <= len(lines):
        return ""
    source = _UNPRINTABLE.sub("?", lines[line - 1].replace("\t", "→"))
    start = 0
    if column is not None and column > _EXCERPT_WIDTH - 20:
        start = column - (_EXCERPT_WIDTH - 20)
    shown = source[start : start + _EXCERPT_WIDTH]
    if start:
        shown = "…" + shown[1:]
    if start + _EXCERPT_WIDTH < len(source):
        shown = shown[:-1] + "…"
    gutter = f"  {line} | "
    result = f"\n{gutter}{shown}"
    if column is not None and column - start <= len(shown):
        result += "\n" + " " * (len(gutter) - 2) + "| " + " " * (column - start) + "^"
    return result


def _entry_nodes(
    file: Path,
    text: str,
    root: yaml.Node | None,
    data: Any,
    problems: list[Problem],
    unreadable: list[Problem],
) -> list[tuple[yaml.Node, Any]]:
    """The (node, value) of each entry, whichever of the three file shapes is used."""
    if data is None:
        return []  # an empty file is an empty registry
    if isinstance(data, dict) and "changemakers" in data:
        items_node = [v for k, v in root.value if k.value == "changemakers"][
            -1
        ]  # a key given twice: the last, as in data
        items = data["changemakers"]
        extra = sorted(str(k) for k in data if k != "changemakers")
        if extra:
            problems.append(
                Problem(str(file), _line(root), f"unknown top-level key(s) ignored: {', '.join(extra)}")
            )
        if items is None:
            return []
        if not isinstance(items, list):
            line = _line(items_node)
            message = "'changemakers' must be a list (each entry starting with '- ')"
            unreadable.append(_error(file, line, message + excerpt(text, line)))
            return []
        return list(zip(items_node.value, items, strict=True))
    if isinstance(data, list):
        return list(zip(root.value, data, strict=True))
    if isinstance(data, dict) and "name" in data:
        return [(root, data)]
    line = _line(root)
    message = "expected 'changemakers:' with a list of changemakers, a list, or one changemaker"
    unreadable.append(_error(file, line, message + excerpt(text, line)))
    return []


# An entry's deepest value is two levels down (social: network: handle); anything much deeper is not a
# registry, and the schema's validator and the messages that quote a value recurse into it.
MAX_ENTRY_DEPTH = 10


class _TooDeep(Exception):
    """A value nested deeper than ``MAX_ENTRY_DEPTH``."""


def _jsonable(value: Any, depth: int = 0) -> Any:
    """YAML gives dates and numbers where the schema (and editors) speak strings. Raises ``_TooDeep``
    for lists and mappings nested more than ``MAX_ENTRY_DEPTH`` levels."""
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, list | dict) and depth >= MAX_ENTRY_DEPTH:
        raise _TooDeep
    if isinstance(value, list):
        return [_jsonable(v, depth + 1) for v in value]
    if isinstance(value, dict):
        return {str(k): _jsonable(v, depth + 1) for k, v in value.items()}
    return value


def _without_hidden(value: Any, removed: list[str]) -> Any:
    """``value`` (text, or lists and mappings of it) without bidirectional controls and control
    characters; those removed are added to ``removed``."""
    if isinstance(value, str):
        found = HIDDEN.findall(value)
        removed += found
        return HIDDEN.sub("", value) if found else value
    if isinstance(value, list):
        return [_without_hidden(v, removed) for v in value]
    if isinstance(value, dict):
        return {k: _without_hidden(v, removed) for k, v in value.items()}
    return value


_FRIENDLY = {
    "url": "must be an http:// or https:// URL",
    "feed": "must be an http:// or https:// URL",
    "image": "must be a path under the content folder (no '..', no leading '/') or an https:// URL",
    "kind": "must be one of: " + ", ".join(KINDS),
    "circle": "must be one of: " + ", ".join(CIRCLES),
    "why": "must be any of: " + ", ".join(WHYS),
    "since": "must be a date like 2024-03-01",
    "slug": "must be letters, digits, '-', '_' or '.', starting with a letter or digit",
    "name": "must be non-empty text",
    "autolink": "must be true or false",
}


@dataclass
class _Entry:
    """One registry entry being read: where it is, how messages name it, and where problems go."""

    file: Path
    line: int
    label: str
    key_nodes: dict[str, tuple[yaml.Node, yaml.Node]]  # key -> its key node and value node
    problems: list[Problem]

    def line_of(self, key: str) -> int:
        """The line of ``key``'s value, or the entry's line."""
        return _line(self.key_nodes.get(key, (None, None))[1]) or self.line

    def report(self, line: int, message: str, level: int = logging.ERROR) -> None:
        self.problems.append(Problem(str(self.file), line, f"changemaker {self.label}: {message}", level))


# How a registry value becomes a Changemaker field; a key not listed here is taken as it is, and a key
# not given leaves the field's default.
_FIELD_VALUES: dict[str, Callable[[Any], Any]] = {
    "name": str.strip,
    "why": lambda why: (why,) if isinstance(why, str) else tuple(why),
    "summary": lambda summary: summary.strip() if isinstance(summary, str) else summary,
    "tags": tuple,
    "social": lambda social: tuple((network, str(handle)) for network, handle in social.items()),
    "aliases": lambda aliases: tuple(a.strip() for a in aliases),
    "since": dt.date.fromisoformat,
    "notes": str,
}


def _build_entry(
    file: Path,
    index: int,
    node: yaml.Node,
    entry: Any,
    slugify: Callable[[str], str],
    content_path: Path | None,
    problems: list[Problem],
    window: DateWindow | None = None,
    hidden: bool = True,
    langs: tuple[str | None, ...] = (),
) -> Changemaker | None:
    """The changemaker of one entry, or None when it is skipped; every problem goes to ``problems``.
    ``hidden``: whether its file may hold bidirectional controls or control characters; ``langs``
    the languages whose summary it takes, in order."""
    line = _line(node)
    if not isinstance(entry, dict):
        problems.append(_error(file, line, f"entry #{index} must be a mapping with at least 'name'"))
        return None
    key_nodes = {k.value: (k, v) for k, v in node.value} if isinstance(node, yaml.MappingNode) else {}
    found = _Entry(file, line, _label(entry.get("name"), index), key_nodes, problems)
    try:
        values = _jsonable(entry)
    except _TooDeep:
        found.report(line, f"lists or mappings nested more than {MAX_ENTRY_DEPTH} levels deep; entry skipped")
        return None
    if hidden:
        _remove_hidden(found, values)
    _report_unknown_keys(found, values)
    clean = _valid_values(found, values)
    if clean is None:
        return None
    _check_values(found, clean, content_path)
    _check_since(found, clean, window)
    slug = _entry_slug(found, clean, slugify)
    if slug is None:
        return None
    fields = {key: _FIELD_VALUES.get(key, _as_is)(value) for key, value in clean.items()}
    if isinstance(fields.get("summary"), dict):
        fields["summary"] = pick_summary(_summaries(found, fields["summary"]), *langs) or ""
    return Changemaker(**{**fields, "slug": slug}, source=str(file), line=line)


def _summaries(found: _Entry, given: dict[str, str]) -> tuple[tuple[str, str], ...]:
    """``summary: {en: …, fr: …}`` as (code, text) pairs, codes spelt as Babel parses them; a code
    Babel does not know, or one given twice in two spellings, is a warning (the first is kept)."""
    pairs: dict[str, str] = {}
    for code, text in given.items():
        key = language_key(code)
        if key is None:
            found.report(
                found.line_of("summary"),
                f"summary: {shown(code)} is not a language code (such as en, fr or pt-BR); ignored",
                logging.WARNING,
            )
        elif key in pairs:
            found.report(
                found.line_of("summary"),
                f"summary: {shown(code)} is the language {key!r} again; the first one is used",
                logging.WARNING,
            )
        else:
            pairs[key] = text.strip()
    return tuple(pairs.items())


def pick_summary(summaries: Sequence[tuple[str, str]], lang: Any, default_lang: Any = None) -> str | None:
    """The summary for a page in ``lang``: its language's (``pt_BR``, else ``pt``), else
    ``default_lang``'s, else the first; None when there are none."""
    if not summaries:
        return None
    by_code = dict(summaries)
    for code in (lang, default_lang):
        locale = parse_language(code)
        if locale is None:
            continue
        for name in (str(locale), f"{locale.language}_{locale.territory}", locale.language):
            if name in by_code:
                return by_code[name]
        for key, text in summaries:  # a page in pt gets pt_BR's rather than none
            if key.split("_")[0] == locale.language:
                return text
    return summaries[0][1]


def _as_is(value: Any) -> Any:
    return value


def _remove_hidden(found: _Entry, values: dict[str, Any]) -> None:
    """Bidirectional controls and control characters are removed from every value shown anywhere
    (a warning for each field that had some); ``notes`` are never shown, so never checked."""
    for key, value in values.items():
        if key == "notes":
            continue
        removed: list[str] = []
        cleaned = _without_hidden(value, removed)
        if removed:
            values[key] = cleaned
            found.report(found.line_of(key), hidden_message(key, hidden_names(removed)), logging.WARNING)


def _report_unknown_keys(found: _Entry, values: dict[str, Any]) -> None:
    """A key the schema does not know is a warning naming the nearest known one."""
    known = tuple(_entry_schema()["properties"])
    for key in values:
        if key not in known:
            line = _line(found.key_nodes.get(key, (None,))[0]) or found.line
            found.report(line, f"unknown key {shown(key)} ignored{did_you_mean(key, known)}", logging.WARNING)


def _valid_values(found: _Entry, values: dict[str, Any]) -> dict[str, Any] | None:
    """The known keys whose values pass the schema (an error for each other one), or None when the
    entry is skipped: its name is missing or bad."""
    bad: set[str] = set()
    errors = _entry_validator().iter_errors(values)
    for error in sorted(errors, key=lambda e: list(e.absolute_path)):
        path = list(error.absolute_path)
        key = str(path[0]) if path else ""
        if not key:  # a required key is missing
            found.report(found.line, "'name' is required; entry skipped")
            return None
        if key in bad:
            continue
        bad.add(key)
        if key == "social" and len(path) > 1:
            what = f"social.{path[1]} {shown(error.instance)} is not a valid handle"
        elif key in _FRIENDLY:
            what = f"{key} {_FRIENDLY[key]}, got {shown(values[key])}"
        else:
            what = f"{key}: {error.message.replace(repr(error.instance), shown(error.instance))}"
        found.report(found.line_of(key), what + ("; entry skipped" if key == "name" else ""))
    if "name" in bad:
        return None
    known = _entry_schema()["properties"]
    return {k: v for k, v in values.items() if k in known and k not in bad}


def _check_values(found: _Entry, clean: dict[str, Any], content_path: Path | None) -> None:
    """What the schema cannot say: URLs that parse, local images that may be published (a bad one is
    dropped from ``clean``), and markup characters in text that themes show."""
    url_problem = _check_urls(clean)
    if url_problem:
        key, what = url_problem
        clean.pop(key)
        found.report(found.line_of(key), what)
    found_problem = image_problem(clean.get("image"), content_path)
    if found_problem:
        level, what = found_problem
        clean.pop("image")  # never link a file that is missing or must not be published
        found.report(found.line_of("image"), f"image {what}", level)
    for key in MARKUP_CHECKED:
        texts = clean.get(key, ())
        if isinstance(texts, dict):  # a summary per language
            texts = list(texts.values())
        if any("<" in text or ">" in text for text in ([texts] if isinstance(texts, str) else texts)):
            found.report(
                found.line_of(key),
                f"{key} contains markup characters (< or >); they are shown as text, never as markup",
                logging.WARNING,
            )


def _check_since(found: _Entry, clean: dict[str, Any], window: DateWindow | None) -> None:
    """A ``since`` before 1900 or over a year after the build is a typo: warned, and dropped."""
    since = clean.get("since")
    why = window.problem(dt.date.fromisoformat(since)) if window and since else ""
    if why:
        clean.pop("since")
        found.report(found.line_of("since"), f"since: {why}; ignored", logging.WARNING)


def _entry_slug(found: _Entry, clean: dict[str, Any], slugify: Callable[[str], str]) -> str | None:
    """The entry's slug (given, or made from its name), or None when there is no usable one."""
    slug = clean.get("slug") or slugify(clean["name"].strip())
    if not slug:
        found.report(found.line, "cannot make a slug from the name; add 'slug:'")
        return None
    if len(slug.encode("utf-8")) > MAX_SLUG_BYTES:
        found.report(
            found.line_of("slug") if "slug" in clean else found.line,
            f"slug {slug[:40] + '…'!r} is too long for a file name (over {MAX_SLUG_BYTES} bytes); "
            "add a shorter 'slug:'; entry skipped",
        )
        return None
    return slug


# Free text that themes show (titles, summaries, meta descriptions): markup characters there are a
# warning, as they look like a copy-paste from HTML.
MARKUP_CHECKED = ("name", "summary", "aliases")

IMAGE_SUFFIXES = (".apng", ".avif", ".gif", ".jpeg", ".jpg", ".png", ".svg", ".webp")


def image_problem(image: str | None, content_path: Path | None) -> tuple[int, str] | None:
    """What is wrong with a local ``image``: not a picture (a card must never link the registry, with
    its private notes, or a post's source), a symlink out of the content folder, or a missing file."""
    if not image or "://" in image:
        return None
    if not image.lower().endswith(IMAGE_SUFFIXES):
        return logging.ERROR, f"{shown(image)} is not an image file ({', '.join(IMAGE_SUFFIXES)})"
    if content_path is None:
        return None
    path = content_path / image
    if not path.is_file():
        return logging.WARNING, f"{shown(image)} not found under the content folder"
    if not path.resolve().is_relative_to(content_path.resolve()):
        return logging.ERROR, f"{shown(image)} is outside the content folder"
    return None


def _label(name: Any, index: int) -> str:
    """How messages name an entry: its name, shortened when very long, or its number."""
    if not isinstance(name, str):
        return f"#{index}"
    return shown(name)


SHOWN_LENGTH = 60


def shown(value: Any) -> str:
    """A value as a message quotes it: its ``repr``, shortened when long (a value may be megabytes)."""
    if isinstance(value, str):
        return repr(value if len(value) <= SHOWN_LENGTH else value[: SHOWN_LENGTH - 1] + "…")
    text = repr(value)
    return text if len(text) <= SHOWN_LENGTH else text[: SHOWN_LENGTH - 1] + "…"


def _check_urls(values: dict[str, Any]) -> tuple[str, str] | None:
    """What the pattern cannot say: a URL must parse, with a host."""
    for key in ("url", "feed", "image"):
        value = values.get(key)
        if not value or (key == "image" and "://" not in value):
            continue
        try:
            parts = urlsplit(value)
        except ValueError:
            return key, f"{key} {shown(value)} is not a valid URL"
        schemes = ("https",) if key == "image" else ("http", "https")
        if parts.scheme not in schemes or not parts.hostname:
            return key, f"{key} {_FRIENDLY[key]}, got {shown(value)}"
    return None


def iter_names(registry: Iterable[Changemaker]) -> Iterable[tuple[str, Changemaker]]:
    """Every name and alias with its changemaker, for auto-linking."""
    for cm in registry:
        yield cm.name, cm
        for alias in cm.aliases:
            yield alias, cm


def local_images(registry: Iterable[Changemaker]) -> set[str]:
    """The registry's images that are files under PATH (normalised), which the build publishes."""
    return {os.path.normpath(cm.image) for cm in registry if cm.image and "://" not in cm.image}


def site_slugify(settings: Mapping[str, Any]) -> Callable[[str], str]:
    """Pelican's slugify bound to the site's slug settings."""
    return partial(
        pelican_slugify,
        regex_subs=settings.get("SLUG_REGEX_SUBSTITUTIONS", ()),
        preserve_case=settings.get("SLUGIFY_PRESERVE_CASE", False),
        use_unicode=settings.get("SLUGIFY_USE_UNICODE", False),
    )


def registry_path(settings: Mapping[str, Any]) -> Path:
    """The site's registry file or folder: ``SPOTLIGHT_REGISTRY`` under ``PATH``."""
    return Path(settings["PATH"]) / given_or_default(settings, "SPOTLIGHT_REGISTRY")


def load_site_registry(settings: Mapping[str, Any], window: DateWindow | None = None) -> Registry:
    """The registry of a site, as the build and the command line both read it (``window``: the
    build's dates).

    Raises ``RegistryError`` when a registry file cannot be parsed: the build stops there (docs/registry.md).
    """
    registry = load_registry(
        registry_path(settings),
        site_slugify(settings),
        Path(settings["PATH"]),
        window,
        lang=settings.get("DEFAULT_LANG"),
        default_lang=settings.get(MAIN_LANG),
    )
    registry.raise_if_unreadable()
    return without_clashing_pages(registry, settings)


def without_clashing_pages(registry: Registry, settings: Mapping[str, Any]) -> Registry:
    """The registry without the changemakers whose profile page would be written over another output
    the settings name (the report, ``report.json``, the stylesheet, the directory, Pelican's index or
    a feed), each one an error naming both, as for any bad entry. A slug such as ``report`` or
    ``report.json`` would otherwise stop the build halfway with Pelican's overwrite error."""
    values = with_defaults(settings)
    pattern = values["SPOTLIGHT_SAVE_AS"]
    if not pattern:
        return registry
    taken = Outputs({**pelican_fixed_outputs(settings), **plugin_fixed_outputs(values)})
    kept = []
    for cm in registry:
        path = pattern.format(slug=cm.slug)
        found = taken.clash(path)
        if found is None:
            kept.append(cm)
            continue
        message = f"changemaker {shown(cm.name)}: its profile page {path!r} is {found}; entry skipped"
        registry.problems.append(
            _error(Path(cm.source), cm.line, message + " (give it a 'slug:' of its own)")
        )
    if len(kept) == len(registry):
        return registry
    return Registry(tuple(kept), registry.problems, registry.unreadable)
