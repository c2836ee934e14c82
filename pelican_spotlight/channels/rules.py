"""What a post elsewhere counts as, the same for every network's archive (docs/practice.md#the-social-ratio).

Pure: a ``Matcher`` made once per build from the registry and the site's URL answers who a mention, a
link or a reposted post features; an ``ArchiveFile`` turns one archive file's counted posts into
``SocialPost`` records, counting each post once (by its id on its network, or by its URL, across every
copy of an export), checking its day against the build's ``DateWindow``, and tallying what it skipped.
No post's text reaches a record, a problem or a log line.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

from pelican_spotlight.core.dates import EARLIEST, DateWindow
from pelican_spotlight.core.problems import Problem
from pelican_spotlight.core.records import OTHERS, SELF
from pelican_spotlight.core.registry import Changemaker
from pelican_spotlight.core.text import hidden_message, hidden_names, without_hidden

Counted = tuple[str, tuple[str, ...]]  # ("others" | "self", featured slugs)

_TEXT_URL = re.compile(r"https?://[^\s<>\"']+", re.IGNORECASE)
_HOST_RE = re.compile(r"\s*https?://(?:[^/@?#]*@)?([^/:?#]+)", re.IGNORECASE)
# Each network's hosts whose first path parts name an account, and the registry's key for it.
PROFILE_HOSTS = {
    "twitter.com": "twitter",
    "x.com": "twitter",
    "mobile.twitter.com": "twitter",
    "mobile.x.com": "twitter",
    "bsky.app": "bluesky",
    "facebook.com": "facebook",
    "m.facebook.com": "facebook",
    "web.facebook.com": "facebook",
    "linkedin.com": "linkedin",
}
# The registry's ``social`` keys read for each network (``x`` is another name for ``twitter``).
NETWORK_KEYS = {"twitter": ("twitter", "x"), "bluesky": ("bluesky",), "facebook": ("facebook",)}
NETWORK_KEYS["linkedin"] = ("linkedin",)


@dataclass(frozen=True, slots=True)
class SocialPost:
    """One counted post elsewhere: its day, channel, ``others`` or ``self``, and featured slugs.
    ``url`` is a share-log entry's own address, compared with archive posts' and never shown."""

    day: dt.date
    channel: str
    about: str
    features: tuple[str, ...] = ()
    url: str = field(default="", compare=False, repr=False)


def _host(netloc: str) -> str:
    host = netloc.lower().rsplit("@", 1)[-1].split(":", 1)[0]
    return host.removeprefix("www.")


def url_key(url: str) -> tuple[str, str] | None:
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


def post_identity(url: str) -> str:
    """What identifies the post at ``url`` whatever its spelling: ``twitter:ID`` for a tweet (on
    twitter.com or x.com, under any account name), ``bluesky:RKEY`` for a Bluesky post, else the host
    without www. and the unquoted path and query; '' for what is not an http(s) URL."""
    key = url_key(url)
    if key is None:
        return ""
    host, path = key
    parts = [p for p in unquote(path).split("/") if p]
    if PROFILE_HOSTS.get(host) == "twitter" and len(parts) >= 3 and parts[1] in ("status", "statuses"):
        return f"twitter:{parts[2]}"
    if host == "bsky.app" and len(parts) >= 4 and parts[0] == "profile" and parts[2] == "post":
        return f"bluesky:{parts[3]}"
    query = urlsplit(url.strip()).query
    return f"{host}/{'/'.join(parts)}" + (f"?{query}" if query else "")


class Matcher:
    """Who a post features, and whether it links the site: indexes made once per build."""

    def __init__(self, changemakers: Iterable[Changemaker], site_url: str) -> None:
        self.hidden: list[list[str]] = []  # what was removed from each handle that had hidden characters
        self.handles: dict[str, str] = {}  # Mastodon "user@host" -> slug
        self.accounts: dict[str, dict[str, str]] = {n: {} for n in NETWORK_KEYS}  # network -> handle -> slug
        self.sites: dict[str, list[tuple[tuple[str, str], str]]] = {}  # host -> [(url key, slug)]
        for cm in changemakers:
            social = dict(cm.social)
            if social.get("mastodon"):
                self.handles.setdefault(social["mastodon"].lstrip("@").lower(), cm.slug)
            for network, keys in NETWORK_KEYS.items():
                for name in keys:
                    if social.get(name):
                        self.accounts[network].setdefault(social[name].lstrip("@").lower(), cm.slug)
            key = url_key(cm.url) if cm.url else None
            if key:
                self.sites.setdefault(key[0], []).append((key, cm.slug))
        self.site = url_key(site_url) if site_url else None
        # Hosts worth parsing a link for: most links in an archive point elsewhere.
        networks = {host for host, network in PROFILE_HOSTS.items() if self.accounts[network]}
        self.hosts = frozenset(
            {h.rsplit("@", 1)[-1] for h in self.handles}
            | set(self.sites)
            | networks
            | ({self.site[0]} if self.site else set())
        )

    def wanted(self, url: str) -> bool:
        """Whether ``url``'s host is one of the hosts any rule looks at (a cheap first test)."""
        match = _HOST_RE.match(url)
        return bool(match) and match.group(1).lower().removeprefix("www.") in self.hosts

    def _clean(self, name: Any) -> str:
        """A mentioned name without hidden characters (noted for ``hidden_problems``), lower case."""
        text, found = without_hidden(str(name or ""))
        if found:
            self.hidden.append(found)
        return text.lstrip("@").lower()

    def mention(self, name: Any, href: Any) -> str | None:
        """The slug a Mastodon Mention tag names: ``@user@host``, or ``@user`` on the host of its ``href``."""
        user = self._clean(name)
        if user and "@" not in user:
            key = url_key(str(href or ""))
            user = f"{user}@{key[0]}" if key else user
        return self.handles.get(user) or self.profile(str(href or ""))

    def account(self, network: str, name: Any) -> str | None:
        """The slug whose handle (or Bluesky DID) on ``network`` is ``name`` (``@`` and case ignored)."""
        accounts = self.accounts[network]
        return accounts.get(self._clean(name)) if accounts and name else None

    def hidden_problems(self, path: Path, since: int) -> list[Problem]:
        """One problem for the handles met since the ``since``-th that had bidirectional controls or
        control characters (removed before matching), or none."""
        found = self.hidden[since:]
        if not found:
            return []
        names = hidden_names([c for removed in found for c in removed])
        return [
            Problem(str(path), 0, hidden_message(items(len(found), "mentioned handle"), names, len(found)))
        ]

    def profile(self, url: str) -> str | None:
        """The slug whose profile (or a post of theirs) ``url`` is: Mastodon's ``https://host/@user``
        and ``/users/user``, ``x.com/user``, ``bsky.app/profile/handle``, ``facebook.com/page``,
        ``linkedin.com/in/name`` (and ``/company/name``)."""
        key = url_key(url)
        if key is None:
            return None
        parts = [p for p in key[1].split("/") if p]
        network = PROFILE_HOSTS.get(key[0])
        if network and parts:
            if network in ("bluesky", "linkedin"):
                wanted = "profile" if network == "bluesky" else ("in", "company")
                return self.account(network, parts[1]) if len(parts) > 1 and parts[0] in wanted else None
            return self.account(network, parts[0])
        if len(parts) == 1 and parts[0].startswith("@"):
            return self.handles.get(f"{parts[0][1:].lower()}@{key[0]}")
        if len(parts) == 2 and parts[0] == "users":
            return self.handles.get(f"{parts[1].lower()}@{key[0]}")
        return None

    def link(self, url: str) -> str | None:
        """The slug whose site (or profile on a network) ``url`` points into."""
        slug = self.profile(url)
        if slug:
            return slug
        key = url_key(url)
        if key is None:
            return None
        for base, slug in self.sites.get(key[0], ()):
            if _under(key, base):
                return slug
        return None

    def links_site(self, url: str) -> bool:
        key = url_key(url)
        return bool(self.site and key and _under(key, self.site))

    def links(self, urls: Iterable[Any], features: list[str]) -> bool:
        """Add to ``features`` the slugs that ``urls`` link to; whether any links the site instead."""
        links_site = False
        for url in urls:
            if not isinstance(url, str) or not self.wanted(url):
                continue
            slug = self.link(url)
            if slug:
                features.append(slug)
            elif self.links_site(url):
                links_site = True
        return links_site


def text_urls(text: str) -> list[str]:
    """The addresses written in a post's text, without the punctuation that ends a sentence."""
    return [m.group(0).rstrip(".,;:!?)") for m in _TEXT_URL.finditer(text)]


def decided(features: list[str], links_site: bool) -> Counted | None:
    """Others featuring ``features`` when there are any; else self when the site is linked; else None."""
    if features:
        return OTHERS, tuple(dict.fromkeys(features))
    return (SELF, ()) if links_site else None


def items(n: int, noun: str = "public post") -> str:
    return f"{n} {noun}{'s' if n != 1 else ''}"


@dataclass
class Skipped:
    """Why public posts of one archive were not counted: how many, and the first odd date."""

    deep: int = 0
    undated: int = 0
    outside: int = 0
    first_outside: str = ""
    broken: int = 0  # CSV rows the csv module refuses

    def problems(self, path: Path, window: DateWindow) -> list[Problem]:
        found = []
        if self.deep:
            found.append(f"{items(self.deep, 'item')} nested too deep to be an activity; not counted")
        if self.broken:
            found.append(f"{items(self.broken, 'row')} the csv module cannot read; not counted")
        if self.undated:
            found.append(f"{items(self.undated)} without a valid date; not counted")
        if self.outside:
            found.append(
                f"{items(self.outside)} dated before {EARLIEST.year} or more than a year after the day "
                f"of the build ({window.today.isoformat()}), the first {self.first_outside}; not counted"
            )
        return [Problem(str(path), 0, message) for message in found]


@dataclass
class Reading:
    """What every archive file of one folder shares: the rules, the window, and the posts already
    counted (by id and URL) from the files read before."""

    matcher: Matcher
    window: DateWindow
    seen: set[str] = field(default_factory=set)  # ids ("twitter:ID", an activity's id …)
    wanted: frozenset[str] = frozenset()  # the post_identity of every share-log entry's url
    addresses: set[str] = field(default_factory=set)  # those of ``wanted`` that counted posts have


class ArchiveFile:
    """The posts of one archive file as it is read. What it counted joins ``Reading.seen`` only once
    the whole file was read (``finish``): a file broken part-way counts nothing."""

    def __init__(self, reading: Reading, channel: str) -> None:
        self.reading, self.channel = reading, channel
        self.posts: list[SocialPost] = []
        self.keys: set[str] = set()
        self.addresses: set[str] = set()
        self.skipped = Skipped()
        self.hidden = len(reading.matcher.hidden)

    def add(
        self, counted: Counted | None, day: dt.date | None, keys: Iterable[str], addresses: Iterable[str] = ()
    ) -> None:
        """One post, counted when ``counted`` is not None, its ``keys`` (ids on its network) new, and
        its ``day`` inside the window; its ``addresses`` (URLs, or ``post_identity`` values) are for
        share logs."""
        if counted is None:
            return
        keys = [k for k in keys if k]
        if any(k in self.reading.seen or k in self.keys for k in keys):
            return
        self.keys.update(keys)
        if self.reading.wanted:  # else no address is looked at: most sites log no post's url
            found = (post_identity(a) if "://" in a else a for a in addresses)
            self.addresses.update(a for a in found if a in self.reading.wanted)
        if day is None:
            self.skipped.undated += 1
        elif self.reading.window.problem(day):
            self.skipped.outside += 1
            self.skipped.first_outside = self.skipped.first_outside or day.isoformat()
        else:
            self.posts.append(SocialPost(day, self.channel, counted[0], counted[1]))

    def finish(self, path: Path) -> tuple[list[SocialPost], list[Problem]]:
        """The posts, and the problems of what was skipped; the keys now count as seen."""
        self.reading.seen |= self.keys
        self.reading.addresses |= self.addresses
        window, matcher = self.reading.window, self.reading.matcher
        return self.posts, self.skipped.problems(path, window) + matcher.hidden_problems(path, self.hidden)
