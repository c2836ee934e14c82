"""X (Twitter) archives: ``data/tweets.js`` (older archives: ``data/tweet.js``, and ``tweets-partN.js``
parts), channel ``twitter`` (docs/practice.md#archives-of-each-network).

Each file is JavaScript around one JSON array: ``window.YTD.tweets.part0 = [{"tweet": {...}}, ...]``
(the oldest archives give each tweet without the ``tweet`` wrapper). The prefix is checked and
skipped, then the array is read as a stream like a Mastodon outbox. An X archive has no audience
field: every tweet counts as posted. Direct messages are in other files (``direct-messages*.js``),
which ``exports.is_private`` keeps from ever being opened.

Rules, as for every network (``social_rules``): a retweet (``retweeted``, or a ``full_text`` starting
``RT @``) is others, and features the changemakers it mentions (the retweeted author among them); a
reply (``in_reply_to_status_id_str``) is not counted; a tweet mentioning a changemaker
(``entities.user_mentions[].screen_name`` against ``social.twitter`` or ``social.x``) or linking
their ``url`` or a profile of theirs (``entities.urls[].expanded_url``: a quoted tweet is such a link)
is others; one linking only the site is self.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any

from pelican_spotlight.channels import rules
from pelican_spotlight.channels.archives import (
    STREAM_LIMIT,
    TOO_DEEP,
    NotThisFormat,
    Readable,
    Replayed,
    json_items,
    open_member,
)
from pelican_spotlight.core.problems import Problem

TWITTER = "twitter"
_NAME = re.compile(r"^tweets?(-part\d+)?\.js$")
# ``window.YTD.tweets.part0 = ``: the only text before the array, with a byte order mark at most.
_PREFIX = re.compile(rb"^(?:\xef\xbb\xbf)?\s*window\.YTD\.[A-Za-z0-9_]+\.part\d+\s*=\s*")
_HEAD = 256  # bytes read to find the prefix: it is about 30
_CREATED = "%a %b %d %H:%M:%S %z %Y"  # "Wed Nov 04 10:00:00 +0000 2026"


def is_tweets(name: str) -> bool:
    """Whether a lower-case file name is a file of tweets (never ``deleted-tweets.js`` and the like)."""
    return bool(_NAME.match(name))


def after_prefix(stream: Readable) -> Replayed:
    """The stream from the ``[`` on, once its ``window.YTD.… =`` prefix is checked."""
    head = stream.read(_HEAD)
    match = _PREFIX.match(head)
    if match is None:
        raise NotThisFormat("it does not start with window.YTD.tweets.part0 =")
    return Replayed(stream, head[match.end() :])


def read(
    path: Path, member: str | None, reading: rules.Reading
) -> tuple[list[rules.SocialPost], list[Problem]]:
    """One file of tweets (or the zip's entry ``member``); raises ``ArchiveError``."""
    file = rules.ArchiveFile(reading, TWITTER)
    with open_member(path, member, STREAM_LIMIT) as stream:
        for item in json_items(after_prefix(stream), None):
            if item is TOO_DEEP:
                file.skipped.deep += 1
                continue
            tweet = item.get("tweet", item) if isinstance(item, dict) else None
            if not isinstance(tweet, dict):
                continue
            counted = classify_tweet(tweet, reading.matcher)
            if counted is not None:
                key = _key(tweet)
                file.add(counted, tweet_day(tweet.get("created_at")), [key], [key])
    return file.finish(path)


def _key(tweet: dict[str, Any]) -> str:
    ident = tweet.get("id_str", tweet.get("id"))
    return f"twitter:{ident}" if isinstance(ident, str | int) and not isinstance(ident, bool) else ""


def tweet_day(value: Any) -> dt.date | None:
    """The UTC day of X's ``created_at`` ("Wed Nov 04 10:00:00 +0000 2026"), or None."""
    if not isinstance(value, str):
        return None
    try:
        return dt.datetime.strptime(value.strip(), _CREATED).astimezone(dt.UTC).date()
    except (ValueError, OverflowError):
        return None


def _list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


def classify_tweet(tweet: dict[str, Any], matcher: rules.Matcher) -> rules.Counted | None:
    """('others'|'self', featured slugs) for a counted tweet, None for one that is not counted."""
    if tweet.get("in_reply_to_status_id_str") or tweet.get("in_reply_to_status_id"):
        return None
    entities = tweet.get("entities")
    entities = entities if isinstance(entities, dict) else {}
    features: list[str] = []
    for mention in _list(entities.get("user_mentions")):
        slug = matcher.account(TWITTER, mention.get("screen_name")) if isinstance(mention, dict) else None
        if slug:
            features.append(slug)
    text = tweet.get("full_text", tweet.get("text"))
    if tweet.get("retweeted") is True or (isinstance(text, str) and text.startswith("RT @")):
        return rules.OTHERS, tuple(dict.fromkeys(features))
    urls = (u.get("expanded_url") for u in _list(entities.get("urls")) if isinstance(u, dict))
    return rules.decided(features, matcher.links(urls, features))
