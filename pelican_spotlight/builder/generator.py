"""``SpotlightGenerator``: Pelican's generator model, ``generate_context`` then ``generate_output``.

The registry is read when Pelican makes the generator, before any content is read (see
``__init__``). ``generate_context`` runs after the article and page generators: it renders every
placeholder in every content object, computes the cross-links and publishes ``spotlight`` to the
context. ``generate_output`` writes the pages. All state of a build lives on this object, which Pelican
creates anew for every build (``--autoreload`` included).
"""

from __future__ import annotations

import logging
from typing import Any
from urllib.parse import urlsplit

from pelican.contents import Article, Content, Page
from pelican.generators import Generator

from pelican_spotlight.builder import cache, outputs, registry_cache
from pelican_spotlight.builder.content import Outcome, apply, post_records, rendered
from pelican_spotlight.builder.links import LINK_NAMES, RelatedPost, set_links
from pelican_spotlight.builder.menu import MenuLink, Placement, theme_reads
from pelican_spotlight.builder.page_cache import PageCache
from pelican_spotlight.builder.pages import Output, SpotlightPage, page_slug
from pelican_spotlight.builder.render_cache import RenderCache
from pelican_spotlight.builder.site import Profile, SiteContext
from pelican_spotlight.builder.template_cache import use_bytecode_cache
from pelican_spotlight.channels.social import site_social
from pelican_spotlight.core import internals
from pelican_spotlight.core.collisions import pelican_outputs
from pelican_spotlight.core.dates import DateWindow, build_day
from pelican_spotlight.core.errors import SettingsError
from pelican_spotlight.core.i18n import for_build
from pelican_spotlight.core.problems import Problem
from pelican_spotlight.core.records import Post
from pelican_spotlight.core.registry import Changemaker, local_images
from pelican_spotlight.core.registry import shown as quoted
from pelican_spotlight.core.settings import (
    MENU_PAGES,
    SpotlightSettings,
    defaults_missing,
    plugin_fixed_outputs,
    with_defaults,
)
from pelican_spotlight.core.urls import absolute_root, site_link
from pelican_spotlight.markup.render import Renderer
from pelican_spotlight.practice.related import RelatedIndex, backlinks
from pelican_spotlight.practice.report import Report, dated_posts, site_report
from pelican_spotlight.practice.roundups import Roundup, build_roundups
from pelican_spotlight.practice.share import ShareSite

logger = logging.getLogger(__name__)

# With RELATIVE_URLS, content links to profile pages go through Pelican's own {filename} replacement,
# which rewrites them for the depth of each page that shows them.
LINK_KEY = ".spotlight/"


class SpotlightGenerator(Generator):
    """Renders spotlight tags after reading, publishes cross-links, writes the spotlight pages."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # With Pelican's content cache on, the templates compiled in the last build are reused.
        use_bytecode_cache(self.env, self.settings)
        # The one read of the settings in a build: a bad one stops it here, before anything is read
        # or written. Templates (the theme's too) see every SPOTLIGHT_* setting, defaults included.
        self.config = SpotlightSettings.from_pelican(self.settings)
        # The one reading of the clock in a build: every date is checked against the same window.
        self.window = DateWindow(build_day())
        # The site's language, read once per build (plugin.add_template_loader made it, for the first
        # generator); the templates of this generator have it already.
        self.language = for_build(self.context, self.settings)
        for name, value in defaults_missing(self.settings).items():
            self.context.setdefault(name, value)
        # Loaded before any post is read, which lowers the build's peak memory (docs/benchmarks.md);
        # its problems are logged, in order, by generate_context.
        # With Pelican's content cache on, the last build's when nothing it was read from changed.
        self.registry = registry_cache.load(self.settings, self.window)
        # Before any post is made: room for the attributes set_links adds, in every post (peak memory).
        internals.reserve_attributes((Article, Page), LINK_NAMES)
        self.features: dict[Content, list[str]] = {}
        self.content_problems: dict[Content, list[Problem]] = {}
        self.networks: set[Content] = set()  # content showing a {% network %} list: about others
        self.site: SiteContext | None = None  # made, complete, at the end of generate_context
        self.render_fingerprint: str | None = None  # the render cache's, which the page cache shares

    # -- context -----------------------------------------------------------------------------

    def generate_context(self) -> None:
        log_problems(self.registry.problems)
        self._publish_images()
        profiles = [self._profile(cm) for cm in self.registry]
        for profile in profiles:
            if profile.save_as:
                self.context["generated_content"][LINK_KEY + profile.slug] = profile
        self._render_all()

        published = list(self.context.get("articles", ()))
        posts = post_records(published, self.features, self.settings["PATH"], self.networks)
        record = dict(zip(published, posts, strict=True))
        linked = backlinks(published, self.features)
        for profile in profiles:
            profile.articles = linked.get(profile.slug, [])
            profile.posts = [record[a] for a in profile.articles]
        self._cross_link(published, linked, record, {p.slug: p for p in profiles})

        report, roundups = self._report_and_roundups(posts)
        self._check_outputs(profiles, roundups)
        self.site = SiteContext(profiles, self.config, report, roundups, self.language)
        self.context["spotlight"] = self.site
        self._offer_menu()
        if self.config.cache:
            cache.save_from_build(self.settings, self.features, self.content_problems, record)
        self._drop_rendering()

    def _drop_rendering(self) -> None:
        """Forget what only generate_context needs (whom each post features, its problems, who shows
        a network list): one entry per post, held through the writing otherwise (peak memory)."""
        self.features = {}
        self.content_problems = {}
        self.networks = set()

    def _render_all(self) -> None:
        """Render every placeholder of every content object, recording whom each features."""
        # Local: its cache of rendered cards and its name index are done with once every post is.
        renderer = Renderer(
            self.registry,
            self.env,
            href_for=self._content_href,
            image_for=self._content_image,
            autolink_names=self.config.autolink,
            summaries=True,
            language=self.language,
        )
        # Outcomes kept from the last build (when Pelican keeps its content cache): on a save, only
        # the posts that changed are rendered again.
        kept = RenderCache.open(self.settings, self.env, self.window.today)
        self.render_fingerprint = kept.fingerprint
        fields = self.settings.get("FORMATTED_FIELDS", ())
        for content in self._all_content():
            # A post from Pelican's generator cache carries the context pickled with it in an earlier
            # build, which lacks this build's profile pages: its links to them would stay unresolved.
            internals.give_context(content, self.context)
            key = kept.key(content, fields)
            outcome = kept.get(key) or rendered(content, renderer, self.registry, fields)
            kept.put(key, outcome)
            apply(content, outcome)
            self._note(content, outcome)
        kept.save()
        if kept.enabled:
            logger.debug("spotlight cache: %s of %s posts as rendered before", kept.hits, len(kept.kept))

    def _cross_link(
        self,
        published: list[Content],
        linked: dict[str, list[Content]],
        record: dict[Content, Post],
        by_slug: dict[str, Profile],
    ) -> None:
        """``article.spotlights`` and the names beside it, on every content object rendered (all
        statuses). Its own method so the related-posts index is freed before the report and the cache
        are made, which reuse its memory (peak memory)."""
        related = RelatedIndex(linked)
        shown = {a: RelatedPost(a, record[a].url) for a in published}
        share = self._share_site(any(slugs and content in shown for content, slugs in self.features.items()))
        for content, slugs in self.features.items():
            set_links(
                content,
                [by_slug[s] for s in slugs],
                related=[shown[a] for a in related.related(content, slugs, self.config.related_max)],
                jsonld=self.config.jsonld,
                share=share if content in shown else None,
            )

    def _share_site(self, wanted: bool) -> ShareSite | None:
        """What every share kit needs, or None when share texts would carry relative links: neither
        SITEURL nor FEED_DOMAIN is an absolute URL (a development build). Then the share block is
        left out, said once at info level so ``--fatal warnings`` development builds still pass."""
        base = absolute_root(self.settings)
        if not base:
            if wanted:
                logger.info(
                    "spotlight: no share block on posts: share texts need absolute links, and SITEURL "
                    "(%r) is not an absolute URL (nor is FEED_DOMAIN); set SITEURL = 'https://…' to publish",
                    self.settings.get("SITEURL", ""),
                )
            return None
        return ShareSite(base, self.config.mastodon_instance, self.language)

    def _report_and_roundups(self, posts: list[Post]) -> tuple[Report, list[Roundup]]:
        """The ratio report and the roundups, from the same post records the CLI uses (those dated
        inside the build's window)."""
        posts, problems = dated_posts(posts, self.window, self.settings["PATH"])
        log_problems(problems)
        social = site_social(self.settings, self.registry, self.window)
        log_problems(social.problems)
        report = site_report(posts, self.registry, self.config, social=social.posts)
        roundups = build_roundups(
            posts,
            list(self.registry),
            kind=self.config.roundup_period,
            target_ratio=self.config.target_ratio,
            default_about=self.config.default_about,
            url=self.config.roundup_url,
            save_as=self.config.roundup_save_as,
        )
        return report, roundups

    def _check_outputs(self, profiles: list[Profile], roundups: list[Roundup]) -> None:
        """Stop before anything is written (every generator's context is made before any writes)
        when a file of the plugin's would be written over one of Pelican's, or over another of its
        own: Pelican would stop halfway, at the second write, with a traceback. Now that the content is
        read, this covers each post's and page's save_as, the taxonomies, the feeds and the archives."""
        taken = pelican_outputs(self.settings, self.context)
        values = with_defaults(self.settings)
        mine = [
            *((path, label) for path, label in plugin_fixed_outputs(values).items()),
            *(
                (p.save_as, f"the profile page of {quoted(p.name)} (SPOTLIGHT_SAVE_AS)")
                for p in profiles
                if p.save_as
            ),
            *(
                (r.save_as, f"the roundup of {r.key} (SPOTLIGHT_ROUNDUP_SAVE_AS)")
                for r in roundups
                if r.save_as
            ),
        ]
        for path, label in mine:
            found = taken.clash(path)
            if found:
                raise SettingsError(f"{label}: {path!r} is {found}; give one of them a path of its own")
            taken.add(path, label)

    def _offer_menu(self) -> None:
        """``SPOTLIGHT_MENU``'s pages in the theme's navigation (``menu.py``): as pages, in a new
        ``pages`` list (Pelican's page generator writes from its own), to a theme that lists them;
        else as ``MENUITEMS`` entries, which themes print as they are on pages at every depth: each
        starts at SITEURL, or under ``RELATIVE_URLS`` is made relative to each page as it renders."""
        entries = [
            (self.language.gettext(MENU_PAGES[name]), url)
            for name in self.config.menu
            if (url := self.config.page_url(name))
        ]
        if not entries:
            return
        placement = Placement.choose(theme_reads(self.env), self.settings.get("DISPLAY_PAGES_ON_MENU", True))
        if placement.as_pages:
            pages = [self._menu_page(title, url) for title, url in entries]
            self.context["pages"] = [*self.context.get("pages", ()), *pages]
            return
        relative = self.settings.get("RELATIVE_URLS")
        base = urlsplit(self.settings["SITEURL"]).path if relative else self.settings["SITEURL"]
        items = [
            (title, MenuLink(site_link(base or "/", url), url) if relative else site_link(base or "/", url))
            for title, url in entries
        ]
        self.context["MENUITEMS"] = (*self.context.get("MENUITEMS", ()), *items)

    def _menu_page(self, title: str, url: str) -> SpotlightPage:
        """A page for themes to list in their menu: its title and URL (Pelican does not write it; the
        plugin writes the page itself)."""
        metadata = {"title": title, "url": url, "save_as": "", "slug": page_slug(url)}
        return SpotlightPage("", metadata=metadata, settings=self.settings, context=self.context)

    def _publish_images(self) -> None:
        """Publish the registry's local images wherever they lie under PATH, as Pelican publishes a
        file that a post links with ``{static}`` outside ``STATIC_PATHS``: Pelican's static generator
        runs after this one and copies every path in ``static_links``. Without this an image outside
        ``STATIC_PATHS`` would give a broken picture on cards and profile pages."""
        self.context.setdefault("static_links", set()).update(local_images(self.registry))

    def _profile(self, cm: Changemaker) -> Profile:
        save_as = self.config.save_as.format(slug=cm.slug) if self.config.save_as else ""
        return Profile(cm, url=self.config.profile_url(cm.slug), save_as=save_as)

    def _content_href(self, cm: Changemaker) -> str | None:
        if not self.config.save_as:
            return cm.url
        if self.settings["RELATIVE_URLS"]:
            return "{filename}/" + LINK_KEY + cm.slug
        # Without RELATIVE_URLS every page and feed resolves {filename} against SITEURL, so the link is
        # written as Pelican would resolve it. A post with such links then needs no second, resolved
        # copy of its HTML (Pelican memoises one per post whose content has {filename} links).
        return site_link(self.settings["SITEURL"], self.config.url.format(slug=cm.slug))

    def _content_image(self, cm: Changemaker) -> str | None:
        if not cm.image or "://" in cm.image:
            return cm.image
        return "{static}/" + cm.image

    def _all_content(self) -> list[Content]:
        """Every article and page of any status, translations included, in source order."""
        items = self.context["generated_content"].items()
        return [c for _, c in sorted(items, key=lambda kv: kv[0]) if isinstance(c, Content)]

    def _note(self, content: Content, outcome: Outcome) -> None:
        """Log what was wrong with a post (from the cache too: every build says it again) and keep
        whom it features for the cross-links and the report."""
        if outcome.network:
            self.networks.add(content)
        problems = list(outcome.problems)
        log_problems(problems)
        self.features[content] = list(outcome.features)
        self.content_problems[content] = problems

    # -- output ------------------------------------------------------------------------------

    def generate_output(self, writer: Any) -> None:
        assert self.site is not None, "Pelican calls generate_context first"
        # The bodies of the plugin's pages kept from the last build (when Pelican keeps its cache).
        pages = PageCache.open(self.settings, self.env, self.render_fingerprint)
        layout = self.config.page_layout
        out = Output(writer, self.settings, self.context, self.get_template, self.output_path, layout, pages)
        outputs.write_all(self.site, out)
        pages.save()
        if pages.enabled:
            logger.debug("spotlight cache: %s of %s page bodies as before", pages.hits, len(pages.kept))
        outputs.announce(self.site.report, self.config.warn_below_target, self.language)


def log_problems(problems: list[Problem]) -> None:
    """Log each problem (a warning or an error), so ``pelican --fatal warnings`` fails on it."""
    for problem in problems:
        problem.log(logger)
