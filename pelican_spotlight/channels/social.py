"""The social ratio's input: share logs and archives in ``SPOTLIGHT_SOCIAL``
(docs/practice.md#the-social-ratio).

Pure reading, no network: files in, ``SocialPost`` records and ``Problem``s out. A record holds only
a day, a channel, what it counts as and whom it features: no post's text ever leaves the readers.

- Share logs (``*.yaml``/``*.yml``, ``*.csv``): one entry per post elsewhere, checked against the
  shipped ``share-log.schema.json``. A bad entry is one problem naming the file and line; the other
  entries still count. Channels are compared in lower case; ``blog`` is the blog's own and is refused.
- Mastodon archives (``outbox.json``, or the export's ``.zip``), channel ``mastodon``. Visibility is
  decided first, from the activity's ``to``/``cc`` alone: an activity not addressed to the public
  collection (direct, followers-only) is skipped before anything else of it is read, so its text
  can reach no output and no log line. Then: a boost (``Announce``) is others; a post (``Create`` of
  a ``Note``) that is not a reply and mentions a changemaker (their ``social.mastodon``, with or
  without a domain, or a link to their profile) or links their ``url`` is others and features them;
  one that links the site and no changemaker is self; anything else is not counted. The outbox is
  read as a stream through ``archives.py`` (one activity in memory at a time, encrypted zips refused).
- The other networks' exports (X, Facebook, Bluesky, LinkedIn) are recognised by their files' names
  (``exports.py``) and read by their own modules with the same rules (``social_rules.py``). Files of
  private messages are recognised by name too, and never opened.
- A post found in two copies of an export (the ``.zip`` and its unpacked folder) counts once, and so
  does a share-log entry whose ``url`` is an archive post's.
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

import yaml

from pelican_spotlight.channels.archives import (
    STREAM_LIMIT,
    TOO_DEEP,
    WHOLE_LIMIT,
    ArchiveError,
    MissingEntry,
    NotThisFormat,
    json_items,
    open_entry,
    open_member,
    read_whole,
    zip_members,
)
from pelican_spotlight.channels.exports import FORMATS, Format, export_folder, is_private
from pelican_spotlight.channels.rules import (
    OTHERS,
    SELF,
    ArchiveFile,
    Counted,
    Matcher,
    Reading,
    SocialPost,
    decided,
    post_identity,
)
from pelican_spotlight.core.dates import DateWindow, instant_day
from pelican_spotlight.core.problems import Problem
from pelican_spotlight.core.registry import Changemaker, Registry, compose_yaml
from pelican_spotlight.core.settings import given_or_default
from pelican_spotlight.core.text import hidden_message, hidden_names, without_hidden
from pelican_spotlight.core.urls import main_site_base

__all__ = ["OTHERS", "SELF", "Matcher", "SocialPost"]  # social_rules' names, imported from here too

BLOG = "blog"
MASTODON = "mastodon"
PUBLIC = frozenset({"https://www.w3.org/ns/activitystreams#Public", "as:Public", "Public"})
_PUBLIC_URL = "https://www.w3.org/ns/activitystreams#Public"
LOG_SUFFIXES = (".yaml", ".yml", ".csv")
ARCHIVE_NAME = "outbox.json"

_HREF = re.compile(r"""href\s*=\s*(?:"([^"]*)"|'([^']*)')""", re.IGNORECASE)
_SLUG_SPLIT = re.compile(r"[\s,;]+")


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


def site_social(settings: dict[str, Any], registry: Registry, window: DateWindow) -> SocialData:
    """The site's posts elsewhere (``SPOTLIGHT_SOCIAL``): the build and the command line read them alike."""
    return read_site_social(settings, registry, main_site_base(settings), window)


def _format_of(name: str, in_export: bool) -> Format | str | None:
    """What a file of the folder is: a ``Format``, ``"log"``, ``"zip"``, or None (skipped, unread)."""
    lower = name.lower()
    if is_private(lower):
        return None
    for fmt in all_formats():
        if fmt.wanted(lower):
            return fmt
    if lower.endswith(".zip"):
        return "zip"
    if lower.endswith(LOG_SUFFIXES) and not in_export:
        return "log"
    return None


def social_files(folder: Path) -> list[tuple[Path, Format | str]]:
    """The logs and archives under ``folder`` and what each is, in path order (sub-folders too: an
    unpacked export). Folders of private messages are not entered; the other files of an unpacked
    export (a LinkedIn export's CSV files among them) are left alone."""
    found = []
    exports: list[str] = []
    for dirpath, dirs, names in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith(".") and not is_private(d.lower() + "/"))
        if export_folder(names):
            exports.append(dirpath + os.sep)
        in_export = any((dirpath + os.sep).startswith(e) for e in exports)
        for name in sorted(names):
            kind = _format_of(name, in_export)
            if kind is not None:
                found.append((Path(dirpath) / name, kind))
    return found


def read_social(
    folder: Path, changemakers: Iterable[Changemaker], site_url: str, window: DateWindow
) -> SocialData:
    """Every log and archive under ``folder``, against the registry, the site's own URL and the
    build's window of dates. A share-log entry whose ``url`` is an archive post's counts once: the
    logs are read first, so the archives keep the addresses of only the posts the logs name."""
    changemakers = list(changemakers)
    files = social_files(folder)
    slugs = {cm.slug for cm in changemakers}
    read = {path: read_log(path, slugs, window) for path, kind in files if kind == "log"}
    logged = {post_identity(p.url) for posts, _ in read.values() for p in posts if p.url} - {""}
    reading = Reading(Matcher(changemakers, site_url), window, wanted=frozenset(logged))
    for path, kind in files:
        if kind == "zip":
            read[path] = read_zip(path, reading)
        elif kind != "log":
            read[path] = read_export_file(path, None, kind, reading)
    data = SocialData()
    for path, _ in files:
        posts, problems = read[path]
        data.posts += posts
        data.problems += problems
    counted = reading.addresses | (reading.seen & logged)
    if counted:
        data.posts = [p for p in data.posts if not p.url or post_identity(p.url) not in counted]
    return data


def read_export_file(
    path: Path, member: str | None, fmt: Format, reading: Reading
) -> tuple[list[SocialPost], list[Problem]]:
    """One file of an export (or a zip's entry): its posts, or one problem saying why it was not read."""
    try:
        return fmt.read(path, member, reading)
    except NotThisFormat as exc:
        reason = f"no {fmt.needs} in it" if isinstance(exc, MissingEntry) else str(exc)
        return [], [Problem(str(path), 0, f"not {fmt.label} ({reason}); skipped")]
    except (OSError, ArchiveError) as exc:
        return [], [Problem(str(path), 0, f"{fmt.name} not read: {exc}; skipped")]


def read_zip(path: Path, reading: Reading) -> tuple[list[SocialPost], list[Problem]]:
    """A downloaded export as it is: each entry that a format reads, read in place (never unpacked);
    private and other entries are never opened."""
    try:
        names = sorted(zip_members(path), key=lambda n: (n.count("/"), n))
    except NotThisFormat as exc:
        return [], [Problem(str(path), 0, f"not a zip archive ({exc}); skipped")]
    posts: list[SocialPost] = []
    problems: list[Problem] = []
    wanted = [
        (n, fmt) for n in names if not is_private(n.lower()) for fmt in all_formats() if fmt.wanted(n.lower())
    ]
    if not wanted:
        needs = ", ".join(fmt.needs for fmt in all_formats())
        return [], [Problem(str(path), 0, f"no export file this plugin reads in it ({needs}); skipped")]
    for name, fmt in wanted:
        found, trouble = read_export_file(path, name, fmt, reading)
        posts += found
        problems += [p for p in trouble if p not in problems]
    return posts, problems


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
        root, data = compose_yaml(text)
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
    about, url = entry["about"], entry.get("url", "")
    if isinstance(about, list):
        known = tuple(dict.fromkeys(s for s in about if s in slugs))
        unknown = [s for s in about if s not in slugs]
        post = SocialPost(day, channel, OTHERS, known, url)
        if unknown:
            return post, "unknown changemaker " + ", ".join(repr(s) for s in unknown) + "; counted as others"
        return post, ""
    return SocialPost(day, channel, about, (), url), ""


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


def classify_activity(activity: Any, matcher: Matcher) -> Counted | None:
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
    hrefs = (
        (html.unescape(m.group(1) or m.group(2) or "") for m in _HREF.finditer(content))
        if isinstance(content, str)
        else ()
    )
    return decided(features, matcher.links(hrefs, features))


def read_archive(
    path: Path, matcher: Matcher, seen: set[str], window: DateWindow
) -> tuple[list[SocialPost], list[Problem]]:
    """The counted posts of one Mastodon archive (``outbox.json`` or the ``.zip``), read as a stream.
    A file that is not an archive (or is broken part-way) is one problem and counts nothing; public
    activities without a usable date, dated outside the build's window, or nested too deep are one
    problem per kind (counted, never quoted). An activity already in ``seen`` (from another copy of
    the archive) counts once."""
    return read_export_file(path, None, MASTODON_FORMAT, Reading(matcher, window, seen))


def read_outbox(path: Path, member: str | None, reading: Reading) -> tuple[list[SocialPost], list[Problem]]:
    """A Mastodon outbox: the file, the zip's entry ``member``, or (None) the zip's ``outbox.json``.
    Raises ``ArchiveError``."""
    file = ArchiveFile(reading, MASTODON)
    opened = (
        open_entry(path, is_outbox, STREAM_LIMIT)
        if member is None
        else open_member(path, member, STREAM_LIMIT)
    )
    with opened as stream:
        for activity in json_items(stream, "orderedItems"):
            if activity is TOO_DEEP:
                file.skipped.deep += 1
                continue
            counted = classify_activity(activity, reading.matcher)  # a private activity stops here, unread
            if counted is not None:
                ident = activity.get("id")
                keys = [ident] if isinstance(ident, str) else []
                file.add(counted, instant_day(activity.get("published")), keys, _addresses(activity))
    return file.finish(path)


def _addresses(activity: dict[str, Any]) -> list[str]:
    """A counted post's addresses (which a share log may name), as they are written."""
    note = activity.get("object")
    if not isinstance(note, dict):
        return []
    return [u for u in (note.get("url"), note.get("id")) if isinstance(u, str)]


def is_outbox(name: str) -> bool:
    """Whether a file in a Mastodon export is its outbox (``outbox.json``, in any case)."""
    return name.lower() == ARCHIVE_NAME


MASTODON_FORMAT = Format(
    "Mastodon archive",
    "a Mastodon archive",
    ARCHIVE_NAME,
    lambda name: is_outbox(name.rsplit("/", 1)[-1]),
    read_outbox,
)


def all_formats() -> tuple[Format, ...]:
    """Every archive format, Mastodon's first."""
    return (MASTODON_FORMAT, *FORMATS)
