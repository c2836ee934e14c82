"""Facebook's "Download your information" export, JSON format: ``your_facebook_activity/posts/
your_posts__check_ins__photos_and_videos_N.json`` (older exports: ``posts/your_posts_N.json``), channel
``facebook`` (docs/practice.md#archives-of-each-network).

Each file is a JSON list of posts, ``{"timestamp": …, "data": [{"post": …}], "attachments": [{"data":
[{"external_context": {"url": …}}]}]}`` (the oldest exports wrap it as ``{"status_updates": [...]}``),
read as a stream. The export has no audience field: every post counts as posted. Messages are in the
``messages/`` folder, which ``exports.is_private`` keeps from ever being opened.

Rules (``social_rules``): a post linking a changemaker's ``url`` or their Facebook page
(``social.facebook``: ``facebook.com/PAGE``, a shared post of theirs too) or another profile of
theirs is others and features them; one linking only the site is self; the rest is not counted.
Links are the attachments' ``external_context.url`` and the addresses written in the post's text.
The export gives posts no id: two copies of one post are known by a digest of the whole item, kept
in memory for the build and never written.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from pelican_spotlight.channels import rules
from pelican_spotlight.channels.archives import STREAM_LIMIT, TOO_DEEP, Replayed, json_items, open_member
from pelican_spotlight.core.problems import Problem

FACEBOOK = "facebook"
_NAME = re.compile(r"^your_posts(__check_ins__photos_and_videos)?_\d+\.json$")
_OLD_KEY = "status_updates"


def is_posts(name: str) -> bool:
    """Whether a lower-case file name is a file of one's own posts in a Facebook export."""
    return bool(_NAME.match(name))


def read(
    path: Path, member: str | None, reading: rules.Reading
) -> tuple[list[rules.SocialPost], list[Problem]]:
    """One file of posts (or the zip's entry ``member``); raises ``ArchiveError``."""
    file = rules.ArchiveFile(reading, FACEBOOK)
    with open_member(path, member, STREAM_LIMIT) as stream:
        head = stream.read(64)
        key = _OLD_KEY if head.lstrip(b"\xef\xbb\xbf \t\r\n")[:1] == b"{" else None
        for item in json_items(Replayed(stream, head), key):
            if item is TOO_DEEP:
                file.skipped.deep += 1
            elif isinstance(item, dict):
                counted = classify_post(item, reading.matcher)
                if counted is not None:
                    file.add(counted, post_day(item.get("timestamp")), [_key(item)])
    return file.finish(path)


def _key(item: dict[str, Any]) -> str:
    """A digest of the whole item: the same post in two copies of the export, and nothing else."""
    text = json.dumps(item, sort_keys=True, ensure_ascii=False, default=str)
    return "facebook:" + hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).hexdigest()


def post_day(value: Any) -> dt.date | None:
    """The UTC day of a Unix timestamp in seconds, or None (not a number, or off the calendar)."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    try:
        return dt.datetime.fromtimestamp(value, dt.UTC).date()
    except (ValueError, OverflowError, OSError):
        return None


def _list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


def _urls(item: dict[str, Any]) -> Iterator[str]:
    """The post's links: its attachments' ``external_context.url``, then addresses in its text."""
    for attachment in _list(item.get("attachments")):
        for data in _list(attachment.get("data") if isinstance(attachment, dict) else None):
            context = data.get("external_context") if isinstance(data, dict) else None
            if isinstance(context, dict) and isinstance(context.get("url"), str):
                yield context["url"]
    for data in _list(item.get("data")):
        post = data.get("post") if isinstance(data, dict) else None
        if isinstance(post, str):
            yield from rules.text_urls(post)


def classify_post(item: dict[str, Any], matcher: rules.Matcher) -> rules.Counted | None:
    """('others'|'self', featured slugs) for a counted post, None for one that is not counted."""
    features: list[str] = []
    return rules.decided(features, matcher.links(_urls(item), features))
