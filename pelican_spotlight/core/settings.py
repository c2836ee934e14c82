"""The ``SPOTLIGHT_*`` settings: each declared once, as a field of ``SpotlightSettings``.

A field's row (``_row``) holds what it accepts, its default and a one-line description: validation,
defaults, the typed object and the settings page of the documentation (``tools/docs_reference.py``)
are all made from these rows. Pelican's convention is followed: every page has a
``*_URL``/``*_SAVE_AS`` pair, the save-as defaults to the URL plus ``index.html``, and an empty
save-as turns that output off.
"""

from __future__ import annotations

import math
import posixpath
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, fields, replace
from string import Formatter
from typing import Any

from pelican_spotlight.core.collisions import Claims, Outputs, normal, pelican_fixed_outputs
from pelican_spotlight.core.errors import SettingsError
from pelican_spotlight.core.problems import nearest

PERIODS = ("week", "month", "quarter", "year")
ABOUT_DEFAULTS = ("self", "ignore")
PAGE_LAYOUTS = ("theme", "standalone")
# SPOTLIGHT_MENU names -> the title of the page each adds to MENUITEMS (SpotlightSettings.page_url)
MENU_PAGES = {"index": "Changemakers", "report": "Spotlight report", "roundups": "Roundups"}

# What a placeholder stands for when an output path is checked: slugs and period keys are single
# folder names (the registry's schema allows no '/' in a slug), so any example will do.
_EXAMPLES = {"slug": "example", "period": "2026-11"}
_DRIVE_RE = re.compile(r"^[A-Za-z]:")
# A host name (and port): the Mastodon instance share links open, "mastodon.social".
_HOST = re.compile(
    r"[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+(?::\d{1,5})?"
)


# -- what a setting accepts ------------------------------------------------------------------------


@dataclass(frozen=True)
class Kind:
    """What a setting accepts: ``rules`` are checked in order, each ``(expected, accepts)``, and the
    first that fails words the error (``expected …``); ``shown`` is how the settings page says it."""

    shown: str
    rules: tuple[tuple[str, Callable[[Any], bool]], ...]
    convert: Callable[[Any], Any] = lambda value: value

    def problem(self, value: Any) -> str | None:
        """What ``value`` should have been, or None when it is accepted."""
        return next((expected for expected, accepts in self.rules if not accepts(value)), None)


def _is_text(value: Any) -> bool:
    return isinstance(value, str)


def _quoted(choices: tuple[str, ...]) -> str:
    return ", ".join(repr(c) for c in choices)


def _code(choices: tuple[str, ...]) -> str:
    return ", ".join(f"`{c}`" for c in choices)


# An output path, checked with the others; written as given, so it has no {…} placeholders to fill.
FILE = Kind(
    'a file path, or `""`',
    (("a string", _is_text), ("a path without {…}", lambda v: _only_placeholder(v, None))),
)
FOLDER = Kind('a folder path, or `""`', (("a string", _is_text),))
PATH = Kind("a path", (("a string", _is_text), ("a non-empty path", lambda v: bool(v.strip()))))
FLAG = Kind("`True` or `False`", (("True or False", lambda v: isinstance(v, bool)),))


def _whole(value: Any) -> bool:
    """A whole number ≥ 0 (``True`` is not one, though Python counts it as an int)."""
    return isinstance(value, int) and not isinstance(value, bool) and value >= 0


COUNT = Kind("a whole number ≥ 0", (("a whole number ≥ 0", _whole),))
RATIO = Kind(
    "a number > 0",
    (
        ("a number > 0", lambda v: isinstance(v, int | float) and not isinstance(v, bool) and v > 0),
        ("a finite number", lambda v: not math.isinf(v)),
    ),
    convert=float,
)
HOST = Kind(
    'a host name, or `""`',
    (
        ("a string", _is_text),
        ("a host name such as 'mastodon.social', or ''", lambda v: not v or bool(_HOST.fullmatch(v))),
    ),
)


def channel_name(text: str) -> str:
    """A channel as share logs name it: compared in lower case, runs of blanks as one space."""
    return " ".join(text.split()).lower()


@dataclass(frozen=True)
class WeeklyGoal:
    """``SPOTLIGHT_SOCIAL_WEEKLY_OTHERS``: one goal for all social channels together (an int, as the
    setting always meant), or a goal per channel (a dict), where a channel left out is not judged."""

    together: int | None = 2
    channels: tuple[tuple[str, int], ...] = ()  # (channel, goal), by channel name

    @classmethod
    def from_setting(cls, value: int | Mapping[str, int]) -> WeeklyGoal:
        if isinstance(value, Mapping):
            return cls(None, tuple(sorted((channel_name(k), n) for k, n in value.items())))
        return cls(value)

    def goal(self, channel: str) -> int | None:
        """The weekly goal of one channel of its own, or None when it is not judged on its own."""
        return dict(self.channels).get(channel)

    def as_setting(self) -> int | dict[str, int]:
        """As the setting gives it (channel names as compared): ``report.json`` says it so."""
        return dict(self.channels) if self.together is None else self.together


def _goal_rule(accepts: Callable[[Mapping[str, Any]], bool]) -> Callable[[Any], bool]:
    """A rule for the dict form of ``SPOTLIGHT_SOCIAL_WEEKLY_OTHERS`` (an int passes it)."""
    return lambda value: not isinstance(value, Mapping) or accepts(value)


def _names(goals: Mapping[str, Any]) -> list[str]:
    return [channel_name(k) for k in goals]


WEEKLY = Kind(
    "a whole number ≥ 0, or `{channel: whole number ≥ 0}`",
    (
        (
            "a whole number ≥ 0, or a dict of channel names to whole numbers ≥ 0",
            lambda v: _whole(v) or isinstance(v, Mapping),
        ),
        ("a dict naming at least one channel", _goal_rule(bool)),
        (
            "channel names as non-empty strings",
            _goal_rule(lambda g: all(isinstance(k, str) and k.strip() for k in g)),
        ),
        ("a whole number ≥ 0 for each channel", _goal_rule(lambda g: all(map(_whole, g.values())))),
        (
            "social channels only: 'blog' is the blog, whose goal is SPOTLIGHT_TARGET_RATIO",
            _goal_rule(lambda g: "blog" not in _names(g)),
        ),
        (
            "each channel once (names are compared in lower case)",
            _goal_rule(lambda g: len(set(_names(g))) == len(g)),
        ),
    ),
    convert=WeeklyGoal.from_setting,
)


def choice(choices: tuple[str, ...]) -> Kind:
    return Kind(f"one of {_code(choices)}", ((f"one of {_quoted(choices)}", lambda v: v in choices),))


def choices_list(choices: tuple[str, ...]) -> Kind:
    """A list (or tuple) of some of ``choices``; kept in order, without repeats."""

    def accepts(value: Any) -> bool:
        return isinstance(value, list | tuple) and all(isinstance(v, str) and v in choices for v in value)

    return Kind(
        f"a list of {_code(choices)}",
        ((f"a list of {_quoted(choices)}", accepts),),
        convert=lambda value: tuple(dict.fromkeys(value)),
    )


def url_pattern(placeholder: str | None, save_as: bool = False) -> Kind:
    """A page's URL or SAVE_AS: a path using only ``placeholder`` (an empty SAVE_AS turns it off)."""

    def may_skip(value: Any) -> bool:
        return save_as and not value

    rules: list[tuple[str, Callable[[Any], bool]]] = [("a string", _is_text)]
    if placeholder:
        rules.append((f"a pattern containing {placeholder}", lambda v: may_skip(v) or placeholder in v))
    only = f"a pattern using only {placeholder}" if placeholder else "a path without {…}"
    rules.append((only, lambda v: may_skip(v) or _only_placeholder(v, placeholder)))
    return Kind(f"a path with `{placeholder}`" if placeholder else "a path", tuple(rules))


def _only_placeholder(pattern: str, placeholder: str | None) -> bool:
    """Whether ``pattern`` formats with nothing but the bare ``placeholder`` (``{slug}``, no ``.attr``)."""
    allowed = placeholder[1:-1] if placeholder else None
    try:
        fields_ = [(f, spec, conv) for _, f, spec, conv in Formatter().parse(pattern) if f is not None]
    except ValueError:  # a lone '{' or '}'
        return False
    return all(f == allowed and not spec and not conv for f, spec, conv in fields_)


def default_save_as(url: str) -> str:
    """Pelican's rule: a URL ending in '/' is saved as its ``index.html``."""
    if not url or url.endswith("/"):
        return url + "index.html"
    return url


def _row(kind: Kind, default: Any, doc: str, *, follows: str = "", output: bool = False) -> Any:
    """A settings field: ``follows`` names the URL field whose value a SAVE_AS defaults from (then
    ``default`` is None); ``output`` marks a file the plugin writes, relative to OUTPUT_PATH."""
    return field(metadata={"row": (kind, default, doc, follows, output)})


# -- the settings, one row each -------------------------------------------------------------------


@dataclass(frozen=True)
class SpotlightSettings:
    """The validated settings, typed, so the rest of the code never reads the raw dict."""

    registry: str = _row(PATH, "spotlight.yaml", "registry file or folder, relative to `PATH`")
    autolink: bool = _row(FLAG, False, "link the first plain-text mention of each name or alias in a post")
    url: str = _row(url_pattern("{slug}"), "spotlight/{slug}/", "profile pages")
    save_as: str = _row(url_pattern("{slug}", True), None, "", follows="url", output=True)
    index_url: str = _row(url_pattern(None), "spotlight/", "the directory")
    index_save_as: str = _row(url_pattern(None, True), None, "", follows="index_url", output=True)
    roundup_url: str = _row(url_pattern("{period}"), "spotlight/roundups/{period}/", "one roundup per period")
    roundup_save_as: str = _row(url_pattern("{period}", True), None, "", follows="roundup_url", output=True)
    roundups_url: str = _row(url_pattern(None), "spotlight/roundups/", "the roundup archive")
    roundups_save_as: str = _row(url_pattern(None, True), None, "", follows="roundups_url", output=True)
    report_url: str = _row(url_pattern(None), "spotlight/report/", "the ratio report page")
    report_save_as: str = _row(url_pattern(None, True), None, "", follows="report_url", output=True)
    roundup_period: str = _row(choice(PERIODS), "month", "the period of a roundup")
    roundup_feed_atom: str = _row(
        FILE, "feeds/spotlight-roundups.atom.xml", "Atom feed of roundups", output=True
    )
    report_json_save_as: str = _row(FILE, "spotlight/report.json", "the report as JSON", output=True)
    opml_save_as: str = _row(
        FILE, "spotlight/blogroll.opml", "blogroll of changemakers with a feed", output=True
    )
    recommendations_save_as: str = _row(
        FILE, ".well-known/recommendations.json", "recommendations (Ghost's format)", output=True
    )
    css_save_as: str = _row(
        FILE, "spotlight/spotlight.css", "the small stylesheet for cards and the plugin's pages", output=True
    )
    related_max: int = _row(COUNT, 5, "related posts per post")
    jsonld: bool = _row(
        FLAG, True, "`article.spotlight_jsonld`: schema.org `mentions` for the theme's `<head>`"
    )
    default_about: str = _row(
        choice(ABOUT_DEFAULTS), "self", "how a post featuring no one counts: as about yourself, or not at all"
    )
    target_ratio: float = _row(RATIO, 3.0, "others : self target")
    report_period: str = _row(choice(PERIODS), "month", "the report's periods")
    focus_max: int = _row(COUNT, 10, "the focus list's intended size")
    due_days: int = _row(
        COUNT, 90, "a focus member not featured this many days before the newest post is due"
    )
    suggest_max: int = _row(
        COUNT,
        5,
        "at most this many [people who should meet](practice.md#people-who-should-meet) are suggested "
        "(`0`: none)",
    )
    warn_below_target: bool = _row(FLAG, True, "warn at the end of the build when below target")
    cache: bool = _row(
        FLAG,
        True,
        "keep `CACHE_PATH/spotlight/files.pickle`, so `pelican-spotlight` re-reads only changed files, "
        "and with Pelican's content cache on, `registry.pickle`, `rendered.pickle`, `pages.pickle` and "
        "`jinja/`, so a build reads the registry again only when it changed, renders the cards of "
        "changed posts and the pages that show them only, and compiles templates once "
        "(see [the spotlight cache](cli.md#the-spotlight-cache))",
    )
    page_layout: str = _row(
        choice(PAGE_LAYOUTS),
        "theme",
        "`theme`: the plugin's pages are drawn by your theme's `page.html`; "
        "`standalone`: by the plugin's own full templates",
    )
    css_inject: bool = _row(
        FLAG, True, "link `SPOTLIGHT_CSS_SAVE_AS` in the `<head>` of every page that shows spotlight markup"
    )
    menu: tuple[str, ...] = _row(
        choices_list(tuple(MENU_PAGES)),
        ("index",),
        "which of the plugin's pages to add to `MENUITEMS`, after your own",
    )
    social: str = _row(
        FOLDER,
        "social",
        "folder under `PATH` with share logs and the archives of Mastodon, X, Facebook, Bluesky and "
        "LinkedIn (see [the social ratio](practice.md#the-social-ratio)); missing is fine; "
        '`""` turns it off',
    )
    social_weekly_others: WeeklyGoal = _row(  # noqa: RUF009 (a row: field() with metadata)
        WEEKLY,
        2,
        "the weekly goal of posts about others on social channels: all of them together, or per channel "
        '(`{"facebook": 2, "mastodon": 3}`; a channel left out has no goal)',
    )
    mastodon_instance: str = _row(
        HOST, "", 'the Mastodon instance share links open (`"mastodon.social"`); empty: no Mastodon link'
    )

    @classmethod
    def from_pelican(cls, settings: Mapping[str, Any]) -> SpotlightSettings:
        """Validate Pelican's settings (defaults for those not given) and return the typed view.
        The dict is left as it is: templates get the defaults through the generator's context."""
        values = with_defaults(settings)
        validate(values)
        _validate_against_pelican(values, settings)
        config = cls(**{s.field: s.kind.convert(values[s.name]) for s in SETTINGS})
        if settings.get("RELATIVE_URLS"):
            # A site with relative URLs opens from its folder too (file://), where a link to a folder
            # shows a listing of it: the plugin's links then name each page's file.
            config = replace(config, **{f: file_url(getattr(config, f)) for f in URL_FIELDS})
        return config

    def profile_url(self, slug: str) -> str:
        """A changemaker's profile page URL, or '' when profile pages are off (an empty SAVE_AS)."""
        return self.url.format(slug=slug) if self.save_as else ""

    def page_url(self, page: str) -> str | None:
        """The URL of one of ``MENU_PAGES`` (``index``, ``report``, ``roundups``), or None when it is
        turned off (an empty SAVE_AS)."""
        url, save_as = getattr(self, page + "_url"), getattr(self, page + "_save_as")
        return url if save_as else None


@dataclass(frozen=True)
class Setting:
    """One row of the settings table, as read from its ``SpotlightSettings`` field."""

    name: str
    field: str
    kind: Kind
    default: Any
    doc: str
    follows: str  # a SAVE_AS: the setting its default follows (SPOTLIGHT_URL), else ''
    output: bool


def _settings() -> tuple[Setting, ...]:
    rows = []
    for f in fields(SpotlightSettings):
        kind, default, doc, follows, output = f.metadata["row"]
        name = "SPOTLIGHT_" + f.name.upper()
        follows = "SPOTLIGHT_" + follows.upper() if follows else ""
        rows.append(Setting(name, f.name, kind, default, doc, follows, output))
    by_name = {s.name: s for s in rows}
    # A SAVE_AS's default is its URL's, saved as Pelican saves it.
    return tuple(
        replace(s, default=default_save_as(by_name[s.follows].default)) if s.follows else s for s in rows
    )


SETTINGS: tuple[Setting, ...] = _settings()
_BY_NAME = {s.name: s for s in SETTINGS}
# Every setting naming a file the plugin writes, relative to OUTPUT_PATH (an empty one turns it off).
OUTPUT_PATHS: tuple[str, ...] = tuple(s.name for s in SETTINGS if s.output)
# The page URL settings (each has a SAVE_AS following it), as SpotlightSettings fields.
URL_FIELDS: tuple[str, ...] = tuple(_BY_NAME[s.follows].field for s in SETTINGS if s.follows)


def file_url(url: str) -> str:
    """A page URL as a link that works from disk as well as from a server: a folder URL names the
    ``index.html`` Pelican saves it as."""
    return url + "index.html" if url.endswith("/") else url


# -- reading and checking ------------------------------------------------------------------------


def with_defaults(settings: Mapping[str, Any]) -> dict[str, Any]:
    """Every ``SPOTLIGHT_*`` setting's value: as given, or its default (a SAVE_AS follows its URL).
    A new dict: the caller's is never changed."""
    values = {s.name: settings.get(s.name, s.default) for s in SETTINGS if not s.follows}
    for s in SETTINGS:
        if s.follows:
            url = values[s.follows]
            values[s.name] = settings.get(s.name, default_save_as(url) if isinstance(url, str) else url)
    return values


def defaults_missing(settings: Mapping[str, Any]) -> dict[str, Any]:
    """The defaults of the settings ``settings`` does not give (for the templates' context)."""
    return {name: value for name, value in with_defaults(settings).items() if name not in settings}


def given_or_default(settings: Mapping[str, Any], name: str) -> Any:
    """One setting as given, or its default: for the few places that hold only Pelican's dict."""
    return with_defaults(settings)[name]


def _fail(name: str, expected: str, value: Any) -> SettingsError:
    return SettingsError(f"{name}: expected {expected}, got {value!r}")


def validate(values: Mapping[str, Any]) -> None:
    """Raise one SettingsError naming the first setting with a wrong type or value (``values`` holds
    every setting, as ``with_defaults`` gives them)."""
    for s in SETTINGS:
        expected = s.kind.problem(values[s.name])
        if expected:
            raise _fail(s.name, expected, values[s.name])
    _validate_output_paths(values)


def output_path_problem(path: str) -> str | None:
    """Why ``path`` (placeholders filled in) cannot be written under the output folder, or None.

    Pelican's writer refuses a path out of the output folder only when it gets to it, after other
    pages are written, and a path ending in '/' fails as a folder: both are caught here, up front.
    """
    if path.startswith(("/", "\\")) or _DRIVE_RE.match(path):
        return "a path relative to the output folder, not an absolute one"
    normal = posixpath.normpath(path.replace("\\", "/"))
    if normal == ".." or normal.startswith("../"):
        return "a path inside the output folder (no '..' out of it)"
    if path.endswith(("/", "\\")) or normal == "." or posixpath.basename(path) in (".", ".."):
        return "a file name, not a folder (add e.g. 'index.html')"
    return None


def _validate_output_paths(settings: Mapping[str, Any]) -> None:
    """Each output path names a file inside the output folder, and no output is another's folder."""
    paths: dict[str, list[str | None]] = {}  # setting -> its folders and file name; None: a placeholder
    for name in OUTPUT_PATHS:
        pattern = settings[name]
        if not pattern:
            continue  # turned off
        problem = output_path_problem(pattern.format(**_EXAMPLES))
        if problem:
            raise _fail(name, problem, pattern)
        normal = posixpath.normpath(pattern.replace("\\", "/"))
        paths[name] = [None if "{" in part else part for part in normal.split("/")]
    for name, parts in paths.items():
        if None in parts:
            continue
        for other, other_parts in paths.items():
            if other == name:
                continue
            same = other_parts == parts
            if not same and not (len(other_parts) > len(parts) and other_parts[: len(parts)] == parts):
                continue
            # Name the setting the user changed: of the two, the one that is not its default.
            if settings[name] == _BY_NAME[name].default and settings[other] != _BY_NAME[other].default:
                if same:
                    what = f"a file of its own, not the file {name} writes"
                else:
                    what = f"a path outside {settings[name]!r}, the file {name} writes"
                raise _fail(other, what, settings[other])
            if same:
                raise _fail(name, f"a file of its own, not the file {other} writes", settings[name])
            raise _fail(name, f"a file, not the folder {other} writes into", settings[name])


def output_label(name: str) -> str:
    """How messages name the file an output setting writes: ``the ratio report page
    (SPOTLIGHT_REPORT_SAVE_AS)``."""
    setting = _BY_NAME[name]
    doc = setting.doc or _BY_NAME[setting.follows].doc
    return f"{doc} ({name})"


def plugin_fixed_outputs(values: Mapping[str, Any]) -> Claims:
    """The files the plugin writes whose paths the settings alone give (no ``{slug}`` or
    ``{period}`` to fill in), each with its label; ``values`` as ``with_defaults`` gives them."""
    return {
        normal(values[name]): output_label(name)
        for name in OUTPUT_PATHS
        if values[name] and "{" not in values[name]
    }


def _validate_against_pelican(values: Mapping[str, Any], settings: Mapping[str, Any]) -> None:
    """No output setting names a file (or a folder of one) that Pelican's own settings give another
    output: its index or archives page, a site-wide feed, a template page. Those with ``{slug}`` or
    ``{period}`` are checked against everything once the content is read (the generator)."""
    pelican = Outputs(pelican_fixed_outputs(settings))
    for name in OUTPUT_PATHS:
        pattern = values[name]
        if pattern and "{" not in pattern:
            found = pelican.clash(pattern)
            if found:
                raise SettingsError(f"{name}: {pattern!r} is {found}; give it a path of its own")


def known_settings() -> tuple[str, ...]:
    """Every ``SPOTLIGHT_*`` setting the plugin reads (those with a default of their own first)."""
    return (*(s.name for s in SETTINGS if not s.follows), *(s.name for s in SETTINGS if s.follows))


def unknown_settings(settings: Mapping[str, Any]) -> list[tuple[str, str]]:
    """``(setting, message)`` for each ``SPOTLIGHT_*`` setting the plugin does not know (a misspelling
    would otherwise be ignored without a word), naming the nearest known one."""
    # Compared without the common prefix, which would make every name look alike.
    known = known_settings()
    bare = tuple(k.removeprefix("SPOTLIGHT_") for k in known)

    def suggestion(name: str) -> str:
        close = nearest(name.removeprefix("SPOTLIGHT_"), bare)
        return " (did you mean " + " or ".join(f"SPOTLIGHT_{c}" for c in close) + "?)" if close else ""

    return [
        (name, f"unknown setting {name} ignored{suggestion(name)}")
        for name in sorted(settings)
        if name.startswith("SPOTLIGHT_") and name not in known
    ]
