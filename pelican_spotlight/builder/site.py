"""The site as templates and writers see it: ``context["spotlight"]``, made once per build, complete.

``Profile`` is a changemaker in this build: the registry entry, its page, the posts featuring it.
``SiteContext`` holds the build's profiles (in registry order), the report and the roundups, and
groups the profiles the ways the directory lists them. The generator makes it at the end of
``generate_context``, when every piece exists; nothing fills it in later.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from functools import cached_property
from typing import Any

from pelican_spotlight.core.i18n import Language
from pelican_spotlight.core.registry import Changemaker
from pelican_spotlight.core.settings import SpotlightSettings
from pelican_spotlight.practice.report import Report
from pelican_spotlight.practice.roundups import Roundup


@dataclass(eq=False, slots=True)
class Profile:
    """A changemaker in this build: the registry entry plus its page and the posts featuring it.

    ``articles`` are Pelican's article objects, newest first; ``posts`` the same as report records.

    Attribute access falls through to the changemaker, so templates write ``cm.name`` and ``cm.url``
    alike. ``url`` is the profile page's URL relative to ``SITEURL`` ('' when profile pages are off).
    """

    changemaker: Changemaker
    url: str = ""
    save_as: str = ""
    articles: list[Any] = field(default_factory=list)
    # The same posts as ``records.Post`` records (URL, plain title, date computed once per post), for
    # pages that list many of them: Pelican recomputes ``article.url`` on every access.
    posts: list[Any] = field(default_factory=list)
    _schema_org: dict[str, Any] | None = field(default=None, init=False, repr=False)

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__") or name == "changemaker":
            raise AttributeError(name)
        return getattr(self.changemaker, name)

    @property
    def website(self) -> str | None:
        """Their own site (``url`` is their profile page here)."""
        return self.changemaker.url

    def schema_org(self) -> dict[str, Any]:
        """The schema.org Person or Organization naming them in a post's JSON-LD: made once per build,
        as thousands of posts may mention the same changemaker."""
        if self._schema_org is None:
            cm = self.changemaker
            item: dict[str, Any] = {
                "@type": "Organization" if cm.is_organization else "Person",
                "name": cm.name,
            }
            if cm.url:
                item["url"] = cm.url
            if cm.social_links:
                item["sameAs"] = [url for _, url in cm.social_links]
            self._schema_org = item
        return self._schema_org

    @property
    def count(self) -> int:
        return len(self.articles)

    @property
    def first_featured(self) -> datetime | None:
        return self.articles[-1].date if self.articles else None

    @property
    def last_featured(self) -> datetime | None:
        return self.articles[0].date if self.articles else None


class SiteContext:
    """What templates see as ``spotlight``: the profiles, in registry order, the report, the roundups,
    and the build's language (``i18n.Language``)."""

    def __init__(
        self,
        profiles: list[Profile],
        settings: SpotlightSettings,
        report: Report,
        roundups: list[Roundup],
        language: Language | None = None,
    ) -> None:
        self.profiles = profiles
        self.language = language or Language()
        self.by_slug = {p.slug: p for p in profiles}
        self.settings = settings
        self.report = report
        self.roundups = roundups
        # '' for a page that is turned off, so templates link only pages that exist
        self.index_url = settings.page_url("index") or ""
        self.report_url = settings.page_url("report") or ""
        self.roundups_url = settings.page_url("roundups") or ""

    def __iter__(self) -> Iterator[Profile]:
        return iter(self.profiles)

    def __len__(self) -> int:
        return len(self.profiles)

    def __getitem__(self, slug: str) -> Profile:
        return self.by_slug[slug]

    def get(self, slug: str) -> Profile | None:
        return self.by_slug.get(slug)

    # Computed once per build: the directory lists every changemaker in several groupings.
    @cached_property
    def focus(self) -> list[Profile]:
        return [p for p in self.profiles if p.is_focus]

    @cached_property
    def extended(self) -> list[Profile]:
        return [p for p in self.profiles if not p.is_focus]

    @cached_property
    def tags(self) -> list[str]:
        """Every topic tag in the registry, sorted, for the directory's filters."""
        return sorted({t for p in self.profiles for t in p.tags}, key=str.lower)

    @cached_property
    def by_kind(self) -> dict[str, list[Profile]]:
        return _group(self.profiles, lambda p: [p.kind])

    @cached_property
    def by_why(self) -> dict[str, list[Profile]]:
        return _group(self.profiles, lambda p: p.why)

    @cached_property
    def by_tag(self) -> dict[str, list[Profile]]:
        return _group(self.profiles, lambda p: p.tags)


def _group(profiles: list[Profile], keys: Callable[[Profile], Iterable[str]]) -> dict[str, list[Profile]]:
    """key -> the profiles having it, in registry order (a profile may be under several keys)."""
    groups: dict[str, list[Profile]] = {}
    for p in profiles:
        for key in dict.fromkeys(keys(p)):
            groups.setdefault(key, []).append(p)
    return groups
