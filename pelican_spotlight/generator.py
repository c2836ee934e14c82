"""``SpotlightGenerator``: Pelican's generator model, ``generate_context`` then ``generate_output``.

The registry is read when Pelican makes the generator, before any content is read (see
``__init__``). ``generate_context`` runs after the article and page generators: it renders every
placeholder in every content object, computes the cross-links and publishes ``spotlight`` to the
context. ``generate_output`` writes the pages. All state of a build lives on this object, which Pelican
creates anew for every build (``--autoreload`` included).
"""

from __future__ import annotations

import logging
import os
from functools import cached_property, partial
from pathlib import Path
from typing import Any
from urllib.parse import urljoin, urlsplit

from pelican.contents import Content
from pelican.generators import Generator
from pelican.utils import slugify

from pelican_spotlight import cache, outputs, pages
from pelican_spotlight.analysis import post_records, render_content, site_report, site_social
from pelican_spotlight.links import Profile, RelatedIndex, RelatedPost, Spotlights, backlinks
from pelican_spotlight.problems import Problem
from pelican_spotlight.registry import Changemaker, Registry, load_registry
from pelican_spotlight.render import Renderer
from pelican_spotlight.report import Post, Report
from pelican_spotlight.roundups import Roundup, build_roundups
from pelican_spotlight.settings import MENU_PAGES, SpotlightSettings
from pelican_spotlight.share import ShareSite, site_base

logger = logging.getLogger(__name__)

# With RELATIVE_URLS, content links to profile pages go through Pelican's own {filename} replacement,
# which rewrites them for the depth of each page that shows them.
LINK_KEY = ".spotlight/"


def site_slugify(settings: dict[str, Any]):
    """Pelican's slugify bound to the site's slug settings."""
    return partial(
        slugify,
        regex_subs=settings.get("SLUG_REGEX_SUBSTITUTIONS", ()),
        preserve_case=settings.get("SLUGIFY_PRESERVE_CASE", False),
        use_unicode=settings.get("SLUGIFY_USE_UNICODE", False),
    )


def site_link(siteurl: str, url: str) -> str:
    """``url`` joined to SITEURL the way Pelican resolves ``{filename}`` links without RELATIVE_URLS."""
    return urljoin(siteurl if siteurl.endswith("/") else siteurl + "/", url)


def registry_path(settings: dict[str, Any]) -> Path:
    return Path(settings["PATH"]) / settings["SPOTLIGHT_REGISTRY"]


def load_site_registry(settings: dict[str, Any]) -> Registry:
    """The registry of a site, as the build and the command line both read it.

    Raises ``RegistryError`` when a registry file cannot be parsed: the build stops there (SPEC §2).
    """
    registry = load_registry(registry_path(settings), site_slugify(settings), Path(settings["PATH"]))
    registry.raise_if_unreadable()
    return registry


class SiteContext:
    """What templates see as ``spotlight``: the profiles, in registry order, and the report."""

    def __init__(self, profiles: list[Profile], settings: SpotlightSettings) -> None:
        self.profiles = profiles
        self.by_slug = {p.slug: p for p in profiles}
        self.settings = settings
        self.report: Any = None
        self.roundups: list[Any] = []
        self.index_url = settings.index_url if settings.index_save_as else ""
        self.report_url = settings.report_url if settings.report_save_as else ""
        self.roundups_url = settings.roundups_url if settings.roundups_save_as else ""

    def __iter__(self):
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


def _group(profiles: list[Profile], keys) -> dict[str, list[Profile]]:
    """key -> the profiles having it, in registry order (a profile may be under several keys)."""
    groups: dict[str, list[Profile]] = {}
    for p in profiles:
        for key in dict.fromkeys(keys(p)):
            groups.setdefault(key, []).append(p)
    return groups


class SpotlightGenerator(Generator):
    """Renders spotlight tags after reading, publishes cross-links, writes the spotlight pages."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.config = SpotlightSettings.from_pelican(self.settings)
        # Pelican makes every generator before any reads a file, so the registry is parsed while the
        # heap is small: the YAML node tree it builds and drops leaves room the reading reuses, instead
        # of fragments on top of the whole archive (peak memory). Its problems are logged in order, by
        # generate_context.
        self.registry = load_site_registry(self.settings)
        self.profiles: list[Profile] = []
        self.features: dict[Content, list[str]] = {}
        self.content_problems: dict[Content, list[Problem]] = {}
        self.networks: set[Content] = set()  # content showing a {% network %} list: about others
        self.report: Report | None = None
        self.roundups: list[Roundup] = []

    # -- context -----------------------------------------------------------------------------

    def generate_context(self) -> None:
        self._report(self.registry.problems)
        self._publish_images()
        self.profiles = [self._profile(cm) for cm in self.registry]
        self.site = SiteContext(self.profiles, self.config)
        for profile in self.profiles:
            if profile.save_as:
                self.context["generated_content"][LINK_KEY + profile.slug] = profile

        # Local: its cache of rendered cards and its name index are done with once every post is.
        renderer = Renderer(
            self.registry,
            self.env,
            href_for=self._content_href,
            image_for=self._content_image,
            autolink_names=self.config.autolink,
            summaries=True,
        )
        for content in self._all_content():
            self._render(content, renderer)

        published = list(self.context.get("articles", ()))
        posts = post_records(published, self.features, self.settings["PATH"], self.networks)
        record = dict(zip(published, posts, strict=True))
        linked = backlinks(published, self.features)
        for profile in self.profiles:
            profile.articles = linked.get(profile.slug, [])
            profile.posts = [record[a] for a in profile.articles]
        self._cross_link(published, linked, record)

        self._build_report(posts)
        self.context["spotlight"] = self.site
        self.context["MENUITEMS"] = (*self.context.get("MENUITEMS", ()), *self._menu_items())
        if self.config.cache:
            cache.save_from_build(self.settings, self.features, self.content_problems, record)

    def _cross_link(
        self, published: list[Content], linked: dict[str, list[Content]], record: dict[Content, Post]
    ) -> None:
        """``article.spotlights`` and related posts. Its own method so the related-posts index is
        freed before the report and the cache are made, which reuse its memory (peak memory)."""
        related = RelatedIndex(linked)
        shown = {a: RelatedPost(a, record[a].url) for a in published}
        share = ShareSite(site_base(self.settings), self.config.mastodon_instance)
        for content, slugs in self.features.items():
            content.spotlights = Spotlights(
                [self.site[s] for s in slugs],
                related=[shown[a] for a in related.related(content, slugs, self.config.related_max)],
                jsonld=self.config.jsonld,
                share=share if slugs and content in shown else None,
            )

    def _build_report(self, posts: list[Post]) -> None:
        """The ratio report and the roundups, from the same post records the CLI uses."""
        social = site_social(self.settings, self.registry)
        self._report(social.problems)
        self.report = site_report(posts, self.registry, self.config, social=social.posts)
        self.roundups = build_roundups(
            posts,
            list(self.registry),
            kind=self.config.roundup_period,
            target_ratio=self.config.target_ratio,
            default_about=self.config.default_about,
            url=self.config.roundup_url,
            save_as=self.config.roundup_save_as,
        )
        self.site.report = self.report
        self.site.roundups = self.roundups

    def _menu_items(self) -> list[tuple[str, str]]:
        """``SPOTLIGHT_MENU``'s pages as ``MENUITEMS`` entries. Themes print those links as they are,
        on pages at every depth, so each starts at SITEURL; under ``RELATIVE_URLS`` at SITEURL's path
        (``/`` or ``/blog/``), so a preview served from this machine stays on it."""
        base = self.settings["SITEURL"]
        if self.settings.get("RELATIVE_URLS"):
            base = urlsplit(base).path
        items = []
        for name in self.config.menu:
            prefix, title = MENU_PAGES[name]
            if self.settings[prefix + "_SAVE_AS"]:
                items.append((title, site_link(base or "/", self.settings[prefix + "_URL"])))
        return items

    def _report(self, problems: list[Problem]) -> None:
        for problem in problems:
            problem.log(logger)

    def _publish_images(self) -> None:
        """Publish the registry's local images wherever they lie under PATH, as Pelican publishes a
        file that a post links with ``{static}`` outside ``STATIC_PATHS``: Pelican's static generator
        runs after this one and copies every path in ``static_links``. Without this an image outside
        ``STATIC_PATHS`` would give a broken picture on cards and profile pages."""
        links = self.context.setdefault("static_links", set())
        for cm in self.registry:
            if cm.image and "://" not in cm.image:
                links.add(os.path.normpath(cm.image))

    def _profile(self, cm: Changemaker) -> Profile:
        save_as = self.config.save_as.format(slug=cm.slug) if self.config.save_as else ""
        url = self.config.url.format(slug=cm.slug) if save_as else ""
        return Profile(cm, url=url, save_as=save_as)

    def _content_href(self, cm: Changemaker) -> str | None:
        if not self.config.save_as:
            return cm.url
        if self.settings["RELATIVE_URLS"]:
            return "{filename}/" + LINK_KEY + cm.slug
        # Without RELATIVE_URLS every page and feed resolves {filename} against SITEURL, so the link is
        # written as Pelican would resolve it. A post with such links then needs no second, resolved
        # copy of its HTML (Pelican memoises one per post whose content has {filename} links).
        return site_link(self.settings["SITEURL"], self.site[cm.slug].url)

    def _content_image(self, cm: Changemaker) -> str | None:
        if not cm.image or "://" in cm.image:
            return cm.image
        return "{static}/" + cm.image

    def _all_content(self) -> list[Content]:
        """Every article and page of any status, translations included, in source order."""
        items = self.context["generated_content"].items()
        return [c for _, c in sorted(items, key=lambda kv: kv[0]) if isinstance(c, Content)]

    def _render(self, content: Content, renderer: Renderer) -> None:
        # A post from Pelican's generator cache carries the context pickled with it in an earlier
        # build, which lacks this build's profile pages: its links to them would stay unresolved.
        if getattr(content, "_context", self.context) is not self.context:
            content._context = self.context
        features, problems, network = render_content(
            content, renderer, self.registry, self.settings.get("FORMATTED_FIELDS", ())
        )
        if network:
            self.networks.add(content)
        self._report(problems)
        self.features[content] = features
        self.content_problems[content] = problems

    # -- output ------------------------------------------------------------------------------

    def generate_output(self, writer: Any) -> None:
        # The collector must stay on here: each page drawn by the theme leaves Jinja contexts in
        # reference cycles, and with it paused they piled up (+15 MiB peak at 2,000 posts).
        pages.write_all(self, writer)
        outputs.write_all(self, writer)
        outputs.announce(self.report, self.config.warn_below_target)
