"""The ``SPOTLIGHT_*`` settings: defaults, validation, and one typed object for the rest of the code.

Pelican's convention is followed: every page has a ``*_URL``/``*_SAVE_AS`` pair, the save-as defaults to
the URL plus ``index.html``, and an empty save-as turns that output off.
"""

from __future__ import annotations

import posixpath
import re
from collections.abc import Mapping
from dataclasses import dataclass
from string import Formatter
from typing import Any

from pelican_spotlight.errors import SettingsError
from pelican_spotlight.problems import nearest

PERIODS = ("week", "month", "quarter", "year")
ABOUT_DEFAULTS = ("self", "ignore")
PAGE_LAYOUTS = ("theme", "standalone")
# SPOTLIGHT_MENU names -> the URL setting of the page each adds to MENUITEMS, and its title there
MENU_PAGES = {
    "index": ("SPOTLIGHT_INDEX", "Changemakers"),
    "report": ("SPOTLIGHT_REPORT", "Spotlight report"),
    "roundups": ("SPOTLIGHT_ROUNDUPS", "Roundups"),
}

# name -> default. URL settings whose SAVE_AS is derived are listed in URL_PAIRS.
DEFAULTS: dict[str, Any] = {
    "SPOTLIGHT_REGISTRY": "spotlight.yaml",
    "SPOTLIGHT_AUTOLINK": False,
    "SPOTLIGHT_URL": "spotlight/{slug}/",
    "SPOTLIGHT_INDEX_URL": "spotlight/",
    "SPOTLIGHT_ROUNDUP_URL": "spotlight/roundups/{period}/",
    "SPOTLIGHT_ROUNDUPS_URL": "spotlight/roundups/",
    "SPOTLIGHT_REPORT_URL": "spotlight/report/",
    "SPOTLIGHT_ROUNDUP_PERIOD": "month",
    "SPOTLIGHT_ROUNDUP_FEED_ATOM": "feeds/spotlight-roundups.atom.xml",
    "SPOTLIGHT_REPORT_JSON_SAVE_AS": "spotlight/report.json",
    "SPOTLIGHT_OPML_SAVE_AS": "spotlight/blogroll.opml",
    "SPOTLIGHT_RECOMMENDATIONS_SAVE_AS": ".well-known/recommendations.json",
    "SPOTLIGHT_CSS_SAVE_AS": "spotlight/spotlight.css",
    "SPOTLIGHT_RELATED_MAX": 5,
    "SPOTLIGHT_JSONLD": True,
    "SPOTLIGHT_DEFAULT_ABOUT": "self",
    "SPOTLIGHT_TARGET_RATIO": 3.0,
    "SPOTLIGHT_REPORT_PERIOD": "month",
    "SPOTLIGHT_FOCUS_MAX": 10,
    "SPOTLIGHT_DUE_DAYS": 90,
    "SPOTLIGHT_SUGGEST_MAX": 5,
    "SPOTLIGHT_WARN_BELOW_TARGET": True,
    "SPOTLIGHT_CACHE": True,
    "SPOTLIGHT_PAGE_LAYOUT": "theme",
    "SPOTLIGHT_CSS_INJECT": True,
    "SPOTLIGHT_MENU": ("index",),
    "SPOTLIGHT_SOCIAL": "social",
    "SPOTLIGHT_SOCIAL_WEEKLY_OTHERS": 2,
    "SPOTLIGHT_MASTODON_INSTANCE": "",
}

# URL setting -> (its SAVE_AS setting, the placeholder the URL must contain or None)
URL_PAIRS: dict[str, tuple[str, str | None]] = {
    "SPOTLIGHT_URL": ("SPOTLIGHT_SAVE_AS", "{slug}"),
    "SPOTLIGHT_INDEX_URL": ("SPOTLIGHT_INDEX_SAVE_AS", None),
    "SPOTLIGHT_ROUNDUP_URL": ("SPOTLIGHT_ROUNDUP_SAVE_AS", "{period}"),
    "SPOTLIGHT_ROUNDUPS_URL": ("SPOTLIGHT_ROUNDUPS_SAVE_AS", None),
    "SPOTLIGHT_REPORT_URL": ("SPOTLIGHT_REPORT_SAVE_AS", None),
}

# Every setting naming a file the plugin writes, relative to OUTPUT_PATH (an empty one turns it off).
OUTPUT_PATHS: tuple[str, ...] = (
    *(save_as for save_as, _ in URL_PAIRS.values()),
    "SPOTLIGHT_ROUNDUP_FEED_ATOM",
    "SPOTLIGHT_REPORT_JSON_SAVE_AS",
    "SPOTLIGHT_OPML_SAVE_AS",
    "SPOTLIGHT_RECOMMENDATIONS_SAVE_AS",
    "SPOTLIGHT_CSS_SAVE_AS",
)
# What a placeholder stands for when an output path is checked: slugs and period keys are single
# folder names (the registry's schema allows no '/' in a slug), so any example will do.
_EXAMPLES = {"slug": "example", "period": "2026-11"}
_DRIVE_RE = re.compile(r"^[A-Za-z]:")

_STRINGS = (
    "SPOTLIGHT_REGISTRY",
    "SPOTLIGHT_ROUNDUP_FEED_ATOM",
    "SPOTLIGHT_REPORT_JSON_SAVE_AS",
    "SPOTLIGHT_OPML_SAVE_AS",
    "SPOTLIGHT_RECOMMENDATIONS_SAVE_AS",
    "SPOTLIGHT_CSS_SAVE_AS",
    "SPOTLIGHT_SOCIAL",
    "SPOTLIGHT_MASTODON_INSTANCE",
)
_BOOLS = (
    "SPOTLIGHT_AUTOLINK",
    "SPOTLIGHT_JSONLD",
    "SPOTLIGHT_WARN_BELOW_TARGET",
    "SPOTLIGHT_CACHE",
    "SPOTLIGHT_CSS_INJECT",
)
_CHOICES = {
    "SPOTLIGHT_ROUNDUP_PERIOD": PERIODS,
    "SPOTLIGHT_REPORT_PERIOD": PERIODS,
    "SPOTLIGHT_DEFAULT_ABOUT": ABOUT_DEFAULTS,
    "SPOTLIGHT_PAGE_LAYOUT": PAGE_LAYOUTS,
}
_NON_NEGATIVE_INTS = (
    "SPOTLIGHT_RELATED_MAX",
    "SPOTLIGHT_FOCUS_MAX",
    "SPOTLIGHT_DUE_DAYS",
    "SPOTLIGHT_SUGGEST_MAX",
    "SPOTLIGHT_SOCIAL_WEEKLY_OTHERS",
)
# A host name (and port): the Mastodon instance share links open, "mastodon.social".
_HOST = re.compile(
    r"[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+(?::\d{1,5})?"
)


def default_save_as(url: str) -> str:
    """Pelican's rule: a URL ending in '/' is saved as its ``index.html``."""
    if not url or url.endswith("/"):
        return url + "index.html"
    return url


def apply_defaults(settings: dict[str, Any]) -> None:
    """Fill in missing ``SPOTLIGHT_*`` settings in place (tag-cloud's ``setdefault`` pattern)."""
    for name, value in DEFAULTS.items():
        settings.setdefault(name, value)
    for url_name, (save_as_name, _) in URL_PAIRS.items():
        url = settings[url_name]
        settings.setdefault(save_as_name, default_save_as(url) if isinstance(url, str) else url)


def _fail(name: str, expected: str, value: Any) -> SettingsError:
    return SettingsError(f"{name}: expected {expected}, got {value!r}")


def validate(settings: Mapping[str, Any]) -> None:
    """Raise one SettingsError naming the first setting with a wrong type or value."""
    for name in _STRINGS + tuple(URL_PAIRS) + tuple(s for s, _ in URL_PAIRS.values()):
        if not isinstance(settings[name], str):
            raise _fail(name, "a string", settings[name])
    if not settings["SPOTLIGHT_REGISTRY"].strip():
        raise _fail("SPOTLIGHT_REGISTRY", "a non-empty path", settings["SPOTLIGHT_REGISTRY"])
    for name in _BOOLS:
        if not isinstance(settings[name], bool):
            raise _fail(name, "True or False", settings[name])
    for name, choices in _CHOICES.items():
        if settings[name] not in choices:
            raise _fail(name, "one of " + ", ".join(repr(c) for c in choices), settings[name])
    for name in _NON_NEGATIVE_INTS:
        value = settings[name]
        if isinstance(value, bool) or not isinstance(value, int) or value < 0:
            raise _fail(name, "a whole number ≥ 0", value)
    menu = settings["SPOTLIGHT_MENU"]
    if (
        isinstance(menu, str)
        or not isinstance(menu, list | tuple)
        or any(not isinstance(m, str) or m not in MENU_PAGES for m in menu)
    ):
        raise _fail("SPOTLIGHT_MENU", "a list of " + ", ".join(repr(m) for m in MENU_PAGES), menu)
    instance = settings["SPOTLIGHT_MASTODON_INSTANCE"]
    if instance and not _HOST.fullmatch(instance):
        raise _fail("SPOTLIGHT_MASTODON_INSTANCE", "a host name such as 'mastodon.social', or ''", instance)
    ratio = settings["SPOTLIGHT_TARGET_RATIO"]
    if isinstance(ratio, bool) or not isinstance(ratio, int | float) or not ratio > 0:
        raise _fail("SPOTLIGHT_TARGET_RATIO", "a number > 0", ratio)
    if ratio == float("inf"):
        raise _fail("SPOTLIGHT_TARGET_RATIO", "a finite number", ratio)
    for url_name, (save_as_name, placeholder) in URL_PAIRS.items():
        for name in (url_name, save_as_name):
            value = settings[name]
            if name == save_as_name and not value:
                continue  # an empty SAVE_AS turns the page off
            if placeholder and placeholder not in value:
                raise _fail(name, f"a pattern containing {placeholder}", value)
            if not _only_placeholder(value, placeholder):
                what = f"a pattern using only {placeholder}" if placeholder else "a path without {…}"
                raise _fail(name, what, value)
    _validate_output_paths(settings)


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
            if settings[name] == _default(name) and settings[other] != _default(other):
                if same:
                    what = f"a file of its own, not the file {name} writes"
                else:
                    what = f"a path outside {settings[name]!r}, the file {name} writes"
                raise _fail(other, what, settings[other])
            if same:
                raise _fail(name, f"a file of its own, not the file {other} writes", settings[name])
            raise _fail(name, f"a file, not the folder {other} writes into", settings[name])


def _default(name: str) -> str | None:
    """A setting's default value (a URL pair's SAVE_AS follows its URL's default)."""
    for url_name, (save_as_name, _) in URL_PAIRS.items():
        if name == save_as_name:
            return default_save_as(DEFAULTS[url_name])
    return DEFAULTS.get(name)


def known_settings() -> tuple[str, ...]:
    """Every ``SPOTLIGHT_*`` setting the plugin reads."""
    return (*DEFAULTS, *(save_as for save_as, _ in URL_PAIRS.values()))


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


def _only_placeholder(pattern: str, placeholder: str | None) -> bool:
    """Whether ``pattern`` formats with nothing but the bare ``placeholder`` (``{slug}``, no ``.attr``)."""
    allowed = placeholder[1:-1] if placeholder else None
    try:
        fields = [(f, spec, conv) for _, f, spec, conv in Formatter().parse(pattern) if f is not None]
    except ValueError:  # a lone '{' or '}'
        return False
    return all(f == allowed and not spec and not conv for f, spec, conv in fields)


@dataclass(frozen=True)
class SpotlightSettings:
    """The validated settings, typed, so the rest of the code never reads the raw dict."""

    registry: str
    autolink: bool
    url: str
    save_as: str
    index_url: str
    index_save_as: str
    roundup_url: str
    roundup_save_as: str
    roundups_url: str
    roundups_save_as: str
    report_url: str
    report_save_as: str
    roundup_period: str
    roundup_feed_atom: str
    report_json_save_as: str
    opml_save_as: str
    recommendations_save_as: str
    css_save_as: str
    related_max: int
    jsonld: bool
    default_about: str
    target_ratio: float
    report_period: str
    focus_max: int
    due_days: int
    suggest_max: int
    warn_below_target: bool
    cache: bool
    page_layout: str
    css_inject: bool
    menu: tuple[str, ...]
    social: str
    social_weekly_others: int
    mastodon_instance: str

    @classmethod
    def from_pelican(cls, settings: dict[str, Any]) -> SpotlightSettings:
        """Apply defaults to Pelican's settings dict, validate, and return the typed view."""
        apply_defaults(settings)
        validate(settings)
        values = {
            name.removeprefix("SPOTLIGHT_").lower(): settings[name]
            for name in settings
            if name.startswith("SPOTLIGHT_") and name.removeprefix("SPOTLIGHT_").lower() in _FIELDS
        }
        values["target_ratio"] = float(values["target_ratio"])
        values["menu"] = tuple(dict.fromkeys(values["menu"]))
        return cls(**values)


_FIELDS = set(SpotlightSettings.__dataclass_fields__)
