"""The focus list and the extended network, written out as files other tools import
(``pelican-spotlight lists``).

Pure functions over the registry's changemakers, in registry order:

- Mastodon's follows import (``mastodon-following.csv``) and lists import (``mastodon-lists.csv``),
  from each changemaker's ``social.mastodon``. The formats are those Mastodon's own export writes and
  its import reads (``Form::Import`` and ``Export`` in mastodon/mastodon): the follows file has the
  header ``Account address,Show boosts,Notify on new posts,Languages``, the lists file none, one
  ``list name,account address`` row per member. Addresses are ``user@server``, without the ``@`` the
  registry may start them with; an account is written once (compared in lower case).
- ``focus.opml`` and ``extended.opml``: the members of each circle who have a ``feed``, in the OPML
  of the site's blogroll (``outputs.opml``).
- Who has no handle on each network (Mastodon, Bluesky, X, LinkedIn, Facebook), for the summary.

The CSV text goes through ``csv`` and the OPML through ``xml.etree``: registry text is data in both.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from pelican_spotlight.builder.outputs import opml
from pelican_spotlight.core.i18n import Language
from pelican_spotlight.core.registry import Changemaker

FOLLOWING = "mastodon-following.csv"
MASTODON_LISTS = "mastodon-lists.csv"
FOCUS_OPML = "focus.opml"
EXTENDED_OPML = "extended.opml"
SUMMARY = "lists.md"
FILES = (FOLLOWING, MASTODON_LISTS, FOCUS_OPML, EXTENDED_OPML, SUMMARY)

FOLLOWING_HEADER = ("Account address", "Show boosts", "Notify on new posts", "Languages")
LIST_NAMES = {"focus": "Focus", "extended": "Extended network"}
CIRCLE_FILES = {"focus": FOCUS_OPML, "extended": EXTENDED_OPML}
CIRCLE_TITLES = {"focus": "focus list", "extended": "extended network"}
# The networks the summary covers: its name and the registry's ``social`` keys for it.
NETWORKS = (
    ("Mastodon", ("mastodon",)),
    ("Bluesky", ("bluesky",)),
    ("X", ("twitter", "x")),
    ("LinkedIn", ("linkedin",)),
    ("Facebook", ("facebook",)),
)


def handle(cm: Changemaker, keys: Sequence[str]) -> str:
    """The changemaker's handle under the first of ``keys`` they have, or ''."""
    social = dict(cm.social)
    return next((social[k] for k in keys if social.get(k)), "")


def mastodon_address(cm: Changemaker) -> str:
    """``user@server`` as Mastodon's import reads it, or '' without a Mastodon handle."""
    return handle(cm, ("mastodon",)).strip().lstrip("@")


def on_mastodon(changemakers: Iterable[Changemaker]) -> list[tuple[Changemaker, str]]:
    """Each changemaker with a Mastodon address, and the address; an account only once."""
    seen: set[str] = set()
    found = []
    for cm in changemakers:
        address = mastodon_address(cm)
        if address and address.lower() not in seen:
            seen.add(address.lower())
            found.append((cm, address))
    return found


def _csv(rows: Iterable[Sequence[str]]) -> str:
    text = io.StringIO()
    writer = csv.writer(text, lineterminator="\n")  # as Mastodon's export writes it
    writer.writerows(rows)
    return text.getvalue()


def following_csv(changemakers: Iterable[Changemaker]) -> str:
    """Mastodon's follows import: every changemaker on Mastodon, boosts shown and no notifications
    (what following from their profile gives), all languages."""
    return _csv(
        [FOLLOWING_HEADER, *((address, "true", "false", "") for _, address in on_mastodon(changemakers))]
    )


def lists_csv(changemakers: Iterable[Changemaker]) -> str:
    """Mastodon's lists import: the focus list as "Focus", then the rest as "Extended network"."""
    members = on_mastodon(changemakers)
    return _csv(
        (LIST_NAMES[circle], address)
        for circle in LIST_NAMES
        for cm, address in members
        if cm.circle == circle
    )


def with_feeds(changemakers: Iterable[Changemaker], circle: str) -> list[Changemaker]:
    return [cm for cm in changemakers if cm.circle == circle and cm.feed]


def circle_opml(changemakers: Iterable[Changemaker], circle: str, sitename: str = "") -> str:
    """The circle's feeds, for a feed reader (a group named for the circle, as in the blogroll)."""
    return opml(with_feeds(changemakers, circle), sitename, CIRCLE_TITLES[circle])


def without_handle(changemakers: Sequence[Changemaker]) -> list[tuple[str, list[Changemaker]]]:
    """Per network of ``NETWORKS``, the changemakers with no handle there: the focus list first, each
    circle in registry order."""
    ordered = sorted(changemakers, key=lambda cm: not cm.is_focus)
    return [(name, [cm for cm in ordered if not handle(cm, keys)]) for name, keys in NETWORKS]


def has_any_handle(changemakers: Iterable[Changemaker]) -> bool:
    """Whether anyone has a handle on any of ``NETWORKS``."""
    return any(handle(cm, keys) for cm in changemakers for _, keys in NETWORKS)


@dataclass(frozen=True)
class ListFiles:
    """The files ``lists`` writes besides ``lists.md`` (which the command line writes from the same
    changemakers): each file's text, and what went into them, from which ``about_in`` and
    ``skipped_in`` say in a language what each file holds or why it was left out (a file with nothing
    to hold is left out). ``about`` and ``skipped`` are the English, which the command prints."""

    files: dict[str, str]
    accounts: int = 0  # on Mastodon, each once
    list_sizes: dict[str, int] = field(default_factory=dict)  # per Mastodon list name
    feeds: dict[str, int] = field(default_factory=dict)  # per circle, members with a feed

    def about_in(self, language: Language) -> dict[str, str]:
        """What each written file holds, in ``language``, in the order of ``FILES``."""
        tr = language
        about = {}
        if self.accounts:
            about[FOLLOWING] = tr.ngettext(
                "%(num)s account to follow "
                "(Mastodon: Preferences, Import and export, Import, type Following)",
                "%(num)s accounts to follow "
                "(Mastodon: Preferences, Import and export, Import, type Following)",
                self.accounts,
            )
            sizes = ", ".join(f"{name} ({tr.number(n)})" for name, n in self.list_sizes.items())
            about[MASTODON_LISTS] = tr.gettext(
                "the lists %(lists)s (import type Lists; importing also follows them)", lists=sizes
            )
        for circle, name in CIRCLE_FILES.items():
            n = self.feeds.get(circle, 0)
            if n and circle == "focus":
                about[name] = tr.ngettext(
                    "%(num)s feed of the focus list, for a feed reader",
                    "%(num)s feeds of the focus list, for a feed reader",
                    n,
                )
            elif n:
                about[name] = tr.ngettext(
                    "%(num)s feed of the extended network, for a feed reader",
                    "%(num)s feeds of the extended network, for a feed reader",
                    n,
                )
        return about

    def skipped_in(self, language: Language) -> dict[str, str]:
        """Why each file left out was, in ``language``, in the order of ``FILES``."""
        tr = language
        skipped = {}
        if not self.accounts:
            for name in (FOLLOWING, MASTODON_LISTS):
                skipped[name] = tr.gettext("nobody has a Mastodon handle")
        why = {
            "focus": tr.gettext("nobody in the focus list has a feed"),
            "extended": tr.gettext("nobody in the extended network has a feed"),
        }
        for circle, name in CIRCLE_FILES.items():
            if not self.feeds.get(circle):
                skipped[name] = why[circle]
        return skipped

    @property
    def about(self) -> dict[str, str]:
        return self.about_in(Language())

    @property
    def skipped(self) -> dict[str, str]:
        return self.skipped_in(Language())


def list_files(changemakers: Sequence[Changemaker], sitename: str = "") -> ListFiles:
    """The Mastodon import files (when anyone is on Mastodon) and each circle's OPML (when anyone in
    it has a feed: OPML's body needs at least one outline)."""
    files = {}
    members = on_mastodon(changemakers)
    sizes = {}
    if members:
        files[FOLLOWING] = following_csv(changemakers)
        files[MASTODON_LISTS] = lists_csv(changemakers)
        sizes = {name: sum(1 for cm, _ in members if cm.circle == c) for c, name in LIST_NAMES.items()}
    feeds = {circle: len(with_feeds(changemakers, circle)) for circle in CIRCLE_FILES}
    for circle, name in CIRCLE_FILES.items():
        if feeds[circle]:
            files[name] = circle_opml(changemakers, circle, sitename)
    return ListFiles(files, len(members), sizes, feeds)
