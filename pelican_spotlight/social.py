"""The social ratio's input: share logs and Mastodon archives in ``SPOTLIGHT_SOCIAL``
(docs/practice.md#the-social-ratio).

Pure reading, no network: files in, ``SocialPost`` records and ``Problem``s out. A record holds only
a day, a channel, what it counts as and whom it features: no post's text ever leaves this module.

- Share logs (``*.yaml``/``*.yml``, ``*.csv``): one entry per post elsewhere, checked against the
  shipped ``share-log.schema.json``. A bad entry is one problem naming the file and line; the other
  entries still count. Channels are compared in lower case; ``blog`` is the blog's own and is refused.
- Mastodon archives (``outbox.json``, or the export's ``.zip``), channel ``mastodon``. Visibility is
  decided first, from the activity's ``to``/``cc`` alone: an activity not addressed to the public
  collection (direct, followers-only) is skipped before anything else of it is read, so its text
  can reach no output and no log line. Then: a boost (``Announce``) is others; a post (``Create`` of
  a ``Note``) that is not a reply and mentions a changemaker (their ``social.mastodon``, with or
  without a domain, or a link to their profile) or links their ``url`` is others and features them;
  one that links the site and no changemaker is self; anything else is not counted. An activity seen
  in two archives (the ``.zip`` and its unpacked ``outbox.json``) counts once. The outbox is read as
  a stream through ``archives.py`` (one activity in memory at a time, encrypted zips refused).
- Every date goes through the build's ``dates.DateWindow``: an entry or activity dated before 1900
  or more than a year after the day of the build is reported and not counted.
"""

from __future__ import annotations

import csv
import datetime as dt
import html
import json
import os
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import yaml

from pelican_spotlight.archives import (
    STREAM_LIMIT,
    TOO_DEEP,
    WHOLE_LIMIT,
    ArchiveError,
    MissingEntry,
    NotThisFormat,
    json_items,
    open_entry,
    read_whole,
)
from pelican_spotlight.dates import EARLIEST, DateWindow, instant_day
from pelican_spotlight.problems import Problem
from pelican_spotlight.registry import Changemaker, _compose
from pelican_spotlight.settings import given_or_default
from pelican_spotlight.text import hidden_message, hidden_names, without_hidden

OTHERS, SELF = "others", "self"
BLOG = "blog"
MASTODON = "mastodon"
PUBLIC = frozenset({"https://www.w3.org/ns/activitystreams#Public", "as:Public", "Public"})
_PUBLIC_URL = "https://www.w3.org/ns/activitystreams#Public"
LOG_SUFFIXES = (".yaml", ".yml", ".csv")
ARCHIVE_NAME = "outbox.json"

_HREF = re.compile(r"""href\s*=\s*(?:"([^"]*)"|'([^']*)')""", re.IGNORECASE)
_SLUG_SPLIT = re.compile(r"[\s,;]+")
_HOST_RE = re.compile(r"\s*https?://(?:[^/@?#]*@)?([^/:?#]+)", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class SocialPost:
    """One counted post elsewhere: its day, channel, ``others`` or ``self``, and featured slugs."""

    day: dt.date
    channel: str
    about: str
    features: tuple[str, ...] = ()


@dataclass
class SocialData:
    posts: list[SocialPost] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)


# -- the folder ----------------------------------------------------------------------------------


def social_folder(settings: dict[str, Any]) -> Path | None:
    """``PATH/SPOTLIGHT_SOCIAL``, or None when the setting is empty."""
    name = given_or_default(settings, "SPOTLIGHT_SOCIAL") or ""
    return Path(settings["PATH"]) / name if name else None


def read_site_social(
    settings: dict[str, Any], changemakers: Iterable[Changemaker], site_url: str, window: DateWindow
) -> SocialData:
    """The social posts of a site; a missing folder is no posts and no problem (one ``stat``)."""
    folder = social_folder(settings)
    if folder is None or not folder.is_dir():
        return SocialData()
    return read_social(folder, changemakers, site_url, window)


def social_files(folder: Path) -> list[Path]:
    """The logs and archives under ``folder``, in path order (sub-folders too: an unpacked export)."""
    found = []
    for dirpath, dirs, names in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(names):
            lower = name.lower()
            if lower.endswith(LOG_SUFFIXES) or lower == ARCHIVE_NAME or lower.endswith(".zip"):
                found.append(Path(dirpath) / name)
    return found


def read_social(
    folder: Path, changemakers: Iterable[Changemaker], site_url: str, window: DateWindow
) -> SocialData:
    """Every log and archive under ``folder``, against the registry, the site's own URL and the
    build's window of dates."""
    changemakers = list(changemakers)
    data = SocialData()
    slugs = {cm.slug for cm in changemakers}
    matcher = None
    seen: set[str] = set()
    for path in social_files(folder):
        lower = path.name.lower()
        if lower.endswith(LOG_SUFFIXES):
            posts, problems = read_log(path, slugs, window)
        else:
            matcher = matcher or Matcher(changemakers, site_url)
            posts, problems = read_archive(path, matcher, seen, window)
        data.posts += posts
        data.problems += problems
    return data


# -- share logs ----------------------------------------------------------------------------------


@cache
def log_schema() -> dict[str, Any]:
    """The shipped JSON Schema of a share log (editors validate against the same file)."""
    text = resources.files("pelican_spotlight").joinpath("share-log.schema.json").read_text("utf-8")
    return json.loads(text)


def read_log(path: Path, slugs: set[str], window: DateWindow) -> tuple[list[SocialPost], list[Problem]]:
    """A YAML or CSV share log; each bad entry is a problem with its line, and is left out. A log
    is decoded whole, so one over ``WHOLE_LIMIT`` bytes is refused."""
    try:
        text = read_whole(path, WHOLE_LIMIT).decode("utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        return [], [Problem(str(path), 0, f"cannot read the share log: {exc}")]
    except ArchiveError as exc:
        return [], [Problem(str(path), 0, f"share log not read: {exc}; split it into smaller files")]
    if path.suffix.lower() == ".csv":
        entries, problems = _csv_entries(path, text)
    else:
        entries, problems = _yaml_entries(path, text)
    posts = []
    for line, entry in entries:
        entry, hidden = _channel_without_hidden(entry)
        if hidden:
            problems.append(Problem(str(path), line, hidden))
        post, message = log_entry(entry, slugs, window)
        if message:
            problems.append(Problem(str(path), line, message))
        if post is not None:
            posts.append(post)
    return posts, problems


def _channel_without_hidden(entry: Any) -> tuple[Any, str]:
    """The entry with bidirectional controls and control characters removed from its channel, and
    the message saying so ('' when there were none)."""
    if isinstance(entry, dict) and isinstance(entry.get("channel"), str):
        channel, found = without_hidden(entry["channel"])
        if found:
            return {**entry, "channel": channel}, hidden_message("channel", hidden_names(found))
    return entry, ""


def _yaml_entries(path: Path, text: str) -> tuple[list[tuple[int, Any]], list[Problem]]:
    try:
        root, data = _compose(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
        problem = getattr(exc, "problem", None) or "cannot be parsed"
        return [], [Problem(str(path), mark.line + 1 if mark else 0, f"invalid YAML in share log: {problem}")]
    if data is None:
        return [], []
    node = root
    if isinstance(data, dict) and set(data) == {"posts"} and isinstance(data["posts"], list):
        node = [v for k, v in root.value if k.value == "posts"][-1]  # a key given twice: the last, as in data
        data = data["posts"]
    if not isinstance(data, list):
        return [], [Problem(str(path), 1, "a share log is a list of entries (or posts: [...])")]
    return [(item.start_mark.line + 1, entry) for item, entry in zip(node.value, data, strict=True)], []


def _csv_entries(path: Path, text: str) -> tuple[list[tuple[int, Any]], list[Problem]]:
    reader = csv.reader(text.splitlines())
    try:
        header = [h.strip().lower() for h in next(reader)]
    except StopIteration:
        return [], []
    except csv.Error as exc:
        return [], [Problem(str(path), 1, f"invalid CSV: {exc}")]
    missing = [h for h in ("date", "channel", "about") if h not in header]
    if missing:
        return [], [
            Problem(
                str(path), 1, "the header needs date, channel, about (and url): missing " + ", ".join(missing)
            )
        ]
    entries: list[tuple[int, Any]] = []
    problems: list[Problem] = []
    while True:
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:  # the reader starts afresh on the next line: only this one is lost
            problems.append(Problem(str(path), reader.line_num, f"invalid CSV: {exc}; line skipped"))
            continue
        if not any(cell.strip() for cell in row):
            continue
        if len(row) > len(header):
            problems.append(
                Problem(str(path), reader.line_num, f"{len(row)} fields, the header has {len(header)}")
            )
            continue
        entry: dict[str, Any] = {k: v.strip() for k, v in zip(header, row, strict=False) if k}
        if not entry.get("url"):
            entry.pop("url", None)
        about = entry.get("about", "")
        if about.lower() not in (OTHERS, SELF) and about:
            entry["about"] = [s for s in _SLUG_SPLIT.split(about) if s]
        entries.append((reader.line_num, entry))
    return entries, problems


def log_entry(entry: Any, slugs: set[str], window: DateWindow) -> tuple[SocialPost | None, str]:
    """One entry as a post, or None; and a message ('' when all is well)."""
    if isinstance(entry, dict):
        entry = dict(entry)
        if isinstance(entry.get("date"), dt.date):  # YAML reads 2026-11-03 as a date
            entry["date"] = entry["date"].isoformat()
        if isinstance(entry.get("about"), str):
            entry["about"] = entry["about"].strip().lower()
    message = _schema_message(entry)
    if message:
        return None, message
    try:
        day = dt.date.fromisoformat(entry["date"][:10])
    except ValueError:
        return None, f"date {entry['date']!r} is not a real date; entry skipped"
    outside = window.problem(day)
    if outside:
        return None, f"{outside}; entry skipped"
    channel = " ".join(entry["channel"].split()).lower()
    if channel == BLOG:
        return None, "channel 'blog' is the blog itself, counted from its posts; entry skipped"
    about = entry["about"]
    if isinstance(about, list):
        known = tuple(dict.fromkeys(s for s in about if s in slugs))
        unknown = [s for s in about if s not in slugs]
        post = SocialPost(day, channel, OTHERS, known)
        if unknown:
            return post, "unknown changemaker " + ", ".join(repr(s) for s in unknown) + "; counted as others"
        return post, ""
    return SocialPost(day, channel, about), ""


@cache
def _log_validator() -> Any:
    """jsonschema's validator of one share log entry, made once; imported only for a share log."""
    from jsonschema import Draft202012Validator

    return Draft202012Validator(log_schema()["$defs"]["entry"])


def _schema_message(entry: Any) -> str:
    """jsonschema's first error, said for a share log entry ('' when there is none)."""
    errors = sorted(_log_validator().iter_errors(entry), key=lambda e: [str(p) for p in e.path])
    if not errors:
        return ""
    error = errors[0]
    where = ".".join(str(p) for p in error.path)
    if error.validator == "additionalProperties":
        return f"{error.message}; entry skipped (known keys: date, channel, about, url)"
    if where.startswith("about"):
        return "about must be self, others or a list of changemaker slugs; entry skipped"
    return f"{where + ': ' if where else ''}{error.message}; entry skipped"


# -- Mastodon archives ---------------------------------------------------------------------------


def _host(netloc: str) -> str:
    host = netloc.lower().rsplit("@", 1)[-1].split(":", 1)[0]
    return host.removeprefix("www.")


def _url_key(url: str) -> tuple[str, str] | None:
    """(host without www., path without trailing slash) of an http(s) URL, for prefix matching."""
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return None
    if parts.scheme not in ("http", "https") or not parts.netloc:
        return None
    return _host(parts.netloc), parts.path.rstrip("/")


def _under(key: tuple[str, str], base: tuple[str, str]) -> bool:
    host, path = key
    return host == base[0] and (path == base[1] or path.startswith(base[1] + "/") or not base[1])


class Matcher:
    """Who a Mastodon post features, and whether it links the site: indexes made once per build."""

    def __init__(self, changemakers: Iterable[Changemaker], site_url: str) -> None:
        self.hidden: list[list[str]] = []  # what was removed from each handle that had hidden characters
        self.handles: dict[str, str] = {}  # "user@host" -> slug
        self.sites: dict[str, list[tuple[tuple[str, str], str]]] = {}  # host -> [(url key, slug)]
        for cm in changemakers:
            social = dict(cm.social)
            if social.get("mastodon"):
                self.handles.setdefault(social["mastodon"].lstrip("@").lower(), cm.slug)
            key = _url_key(cm.url) if cm.url else None
            if key:
                self.sites.setdefault(key[0], []).append((key, cm.slug))
        self.site = _url_key(site_url) if site_url else None
        # Hosts worth parsing a link for: most links in an archive point elsewhere.
        self.hosts = frozenset(
            {h.rsplit("@", 1)[-1] for h in self.handles}
            | set(self.sites)
            | ({self.site[0]} if self.site else set())
        )

    def wanted(self, url: str) -> bool:
        """Whether ``url``'s host is one of the hosts any rule looks at (a cheap first test)."""
        match = _HOST_RE.match(url)
        return bool(match) and match.group(1).lower().removeprefix("www.") in self.hosts

    def mention(self, name: Any, href: Any) -> str | None:
        """The slug a Mention tag names: ``@user@host``, or ``@user`` on the host of its ``href``."""
        user, found = without_hidden(str(name or ""))
        if found:
            self.hidden.append(found)
        user = user.lstrip("@").lower()
        if user and "@" not in user:
            key = _url_key(str(href or ""))
            user = f"{user}@{key[0]}" if key else user
        return self.handles.get(user) or self.profile(str(href or ""))

    def hidden_problems(self, path: Path, since: int) -> list[Problem]:
        """One problem for the handles met since the ``since``-th that had bidirectional controls or
        control characters (removed before matching), or none."""
        found = self.hidden[since:]
        if not found:
            return []
        names = hidden_names([c for removed in found for c in removed])
        return [
            Problem(str(path), 0, hidden_message(_items(len(found), "mentioned handle"), names, len(found)))
        ]

    def profile(self, url: str) -> str | None:
        """The slug whose Mastodon profile ``url`` is (``https://host/@user``, ``/users/user``)."""
        key = _url_key(url)
        if key is None:
            return None
        parts = [p for p in key[1].split("/") if p]
        if len(parts) == 1 and parts[0].startswith("@"):
            return self.handles.get(f"{parts[0][1:].lower()}@{key[0]}")
        if len(parts) == 2 and parts[0] == "users":
            return self.handles.get(f"{parts[1].lower()}@{key[0]}")
        return None

    def link(self, url: str) -> str | None:
        """The slug whose site (or Mastodon profile) ``url`` points into."""
        slug = self.profile(url)
        if slug:
            return slug
        key = _url_key(url)
        if key is None:
            return None
        for base, slug in self.sites.get(key[0], ()):
            if _under(key, base):
                return slug
        return None

    def links_site(self, url: str) -> bool:
        key = _url_key(url)
        return bool(self.site and key and _under(key, self.site))


def is_public(activity: dict[str, Any]) -> bool:
    """Addressed to the public collection (public or unlisted); direct and followers-only are not."""
    to = activity.get("to")
    if type(to) is list and _PUBLIC_URL in to:  # the usual public post: no loop
        return True
    for name in ("to", "cc"):
        value = activity.get(name)
        values = [value] if isinstance(value, str) else value if isinstance(value, list) else []
        if any(isinstance(v, str) and v in PUBLIC for v in values):
            return True
    return False


def classify_activity(activity: Any, matcher: Matcher) -> tuple[str, tuple[str, ...]] | None:
    """('others'|'self', featured slugs) for a counted activity, None for one that is not counted.

    Never looks past ``to``/``cc`` of an activity that is not public.
    """
    if not isinstance(activity, dict) or not is_public(activity):
        return None
    kind = activity.get("type")
    if kind == "Announce":
        return OTHERS, ()
    if kind != "Create":
        return None
    note = activity.get("object")
    if not isinstance(note, dict) or note.get("type") != "Note":
        return None
    if ("to" in note or "cc" in note) and not is_public(note):
        return None
    if note.get("inReplyTo"):
        return None
    features: list[str] = []
    tags = note.get("tag")
    for tag in tags if isinstance(tags, list) else []:
        if isinstance(tag, dict) and tag.get("type") == "Mention":
            slug = matcher.mention(tag.get("name"), tag.get("href"))
            if slug:
                features.append(slug)
    content = note.get("content")
    links_site = False
    if isinstance(content, str):
        for match in _HREF.finditer(content):
            url = html.unescape(match.group(1) or match.group(2) or "")
            if not matcher.wanted(url):
                continue
            slug = matcher.link(url)
            if slug:
                features.append(slug)
            elif matcher.links_site(url):
                links_site = True
    if features:
        return OTHERS, tuple(dict.fromkeys(features))
    return (SELF, ()) if links_site else None


@dataclass
class _Skipped:
    """Why public activities of one archive were not counted: how many, and the first odd date."""

    deep: int = 0
    undated: int = 0
    outside: int = 0
    first_outside: str = ""

    def problems(self, path: Path, window: DateWindow) -> list[Problem]:
        found = []
        if self.deep:
            found.append(f"{_items(self.deep, 'item')} nested too deep to be an activity; not counted")
        if self.undated:
            found.append(f"{_items(self.undated)} without a valid date; not counted")
        if self.outside:
            found.append(
                f"{_items(self.outside)} dated before {EARLIEST.year} or more than a year after the day "
                f"of the build ({window.today.isoformat()}), the first {self.first_outside}; not counted"
            )
        return [Problem(str(path), 0, message) for message in found]


def _items(n: int, noun: str = "public post") -> str:
    return f"{n} {noun}{'s' if n != 1 else ''}"


def read_archive(
    path: Path, matcher: Matcher, seen: set[str], window: DateWindow
) -> tuple[list[SocialPost], list[Problem]]:
    """The counted posts of one Mastodon archive, read as a stream. A file that is not an archive
    (or is broken part-way) is one problem and counts nothing; public activities without a usable
    date, dated outside the build's window, or nested too deep are one problem per kind (counted,
    never quoted). An activity already in ``seen`` (from another copy of the archive) counts once."""
    posts: list[SocialPost] = []
    skipped = _Skipped()
    ids: set[str] = set()
    hidden = len(matcher.hidden)
    try:
        with open_entry(path, is_outbox, STREAM_LIMIT) as stream:
            for activity in json_items(stream, "orderedItems"):
                post = _archive_post(activity, matcher, seen, ids, window, skipped)
                if post is not None:
                    posts.append(post)
    except NotThisFormat as exc:
        reason = "no outbox.json in it" if isinstance(exc, MissingEntry) else str(exc)
        return [], [Problem(str(path), 0, f"not a Mastodon archive ({reason}); skipped")]
    except (OSError, ArchiveError) as exc:
        return [], [Problem(str(path), 0, f"Mastodon archive not read: {exc}; skipped")]
    seen |= ids
    return posts, skipped.problems(path, window) + matcher.hidden_problems(path, hidden)


def _archive_post(
    activity: Any, matcher: Matcher, seen: set[str], ids: set[str], window: DateWindow, skipped: _Skipped
) -> SocialPost | None:
    """One activity as a counted post, or None; ``skipped`` counts why a public one was not."""
    if activity is TOO_DEEP:
        skipped.deep += 1
        return None
    counted = classify_activity(activity, matcher)  # a private activity stops here, unread
    if counted is None:
        return None
    ident = activity.get("id")
    if isinstance(ident, str):
        if ident in seen or ident in ids:
            return None
        ids.add(ident)
    day = instant_day(activity.get("published"))
    if day is None:
        skipped.undated += 1
        return None
    if window.problem(day):
        skipped.outside += 1
        skipped.first_outside = skipped.first_outside or day.isoformat()
        return None
    return SocialPost(day, MASTODON, counted[0], counted[1])


def is_outbox(name: str) -> bool:
    """Whether a file in a Mastodon export is its outbox (``outbox.json``, in any case)."""
    return name.lower() == ARCHIVE_NAME
