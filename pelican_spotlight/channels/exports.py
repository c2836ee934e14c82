"""Which file of ``SPOTLIGHT_SOCIAL`` is which network's export, by its name alone
(docs/practice.md#archives-of-each-network).

Each format a reader module reads (``archives_x``, ``archives_facebook``, ``archives_bluesky``,
``archives_linkedin``; Mastodon's is in ``social.py``) is a ``Format``: how its files are named, what
its problems call it, and its reader. Files of private messages are recognised here by name, so that
no reader ever opens them: X's ``direct-messages*.js`` (and ``direct_messages_media/``), Facebook's
``messages/`` folder, LinkedIn's ``messages.csv``. Every other file of an export (media, its HTML
viewer, ``Connections.csv``) matches no format and is left unread, without a warning.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from pelican_spotlight.channels import bluesky as archives_bluesky
from pelican_spotlight.channels import facebook as archives_facebook
from pelican_spotlight.channels import linkedin as archives_linkedin
from pelican_spotlight.channels import x as archives_x
from pelican_spotlight.channels.rules import Reading, SocialPost
from pelican_spotlight.core.problems import Problem

Reader = Callable[[Path, "str | None", Reading], tuple[list[SocialPost], list[Problem]]]

# Files only a whole LinkedIn export holds at its top level: a folder with one of them is that export,
# and its other CSV files are not share logs. (Not Shares.csv: it may lie alone beside share logs.)
LINKEDIN_FILES = frozenset(
    {"connections.csv", "profile.csv", "messages.csv", "invitations.csv", "registration.csv"}
)
_PRIVATE_PARTS = re.compile(r"^(messages|direct[-_]messages?.*)$")


@dataclass(frozen=True)
class Format:
    """One network's export file: ``wanted`` takes a lower-case name or zip entry path."""

    name: str  # "X archive": "X archive not read: …"
    label: str  # "an X archive": "not an X archive (…)"
    needs: str  # the file a zip of it must hold: "no data/tweets.js in it"
    wanted: Callable[[str], bool]
    read: Reader


def _base(name: str) -> str:
    return name.rstrip("/").rsplit("/", 1)[-1]


def is_private(name: str) -> bool:
    """Whether a lower-case file name, zip entry path or folder name (ending in ``/``) is, or is in,
    an export's private messages; such a file is never opened."""
    parts = [p for p in name.split("/") if p]
    return any(_PRIVATE_PARTS.match(p) for p in parts) or (bool(parts) and parts[-1].endswith("messages.csv"))


def export_folder(names: Iterable[str]) -> bool:
    """Whether a folder holding files ``names`` is an unpacked LinkedIn export."""
    return any(n.lower() in LINKEDIN_FILES for n in names)


FORMATS = (
    Format(
        "X archive",
        "an X archive",
        "data/tweets.js",
        lambda name: archives_x.is_tweets(_base(name)),
        archives_x.read,
    ),
    Format(
        "Facebook archive",
        "a Facebook archive",
        "your_posts_1.json",
        lambda name: archives_facebook.is_posts(_base(name)),
        archives_facebook.read,
    ),
    Format(
        "Bluesky archive",
        "a Bluesky archive",
        "a .car repository",
        lambda name: name.endswith(".car"),
        archives_bluesky.read,
    ),
    Format(
        "LinkedIn archive",
        "a LinkedIn archive",
        "Shares.csv",
        lambda name: _base(name) == "shares.csv",
        archives_linkedin.read,
    ),
)
