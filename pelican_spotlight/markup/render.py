"""After reading: placeholders become cards, mentions and network lists, from the current registry.

Runs on every build, for every article and page (drafts, hidden posts and translations too), so a
registry edit shows everywhere even when Pelican serves the Markdown stage from its content cache.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import dataclass, field

from jinja2 import Environment
from markupsafe import Markup

from pelican_spotlight.core.i18n import Language, install
from pelican_spotlight.core.problems import Problem
from pelican_spotlight.core.registry import Changemaker, Registry
from pelican_spotlight.core.text import LOOKALIKES
from pelican_spotlight.markup.autolink import NameIndex, autolink
from pelican_spotlight.markup.shortcodes import PLACEHOLDER_RE, Tag, placeholder_html


@dataclass
class Rendered:
    """One fragment after rendering: its HTML, whom it features, how many ``{% network %}`` lists it
    shows (a post with one counts as about others), and what was wrong."""

    html: str
    features: list[str] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    # The author's prose: the fragment without cards and network lists, mentions as plain names.
    # Made only when asked for and the fragment has spotlight markup.
    prose: str | None = None
    networks: int = 0


class Renderer:
    """Renders placeholders with the ``spotlight/_card.html`` family of templates.

    ``href_for`` gives the link for a changemaker's name (their profile page, or their own site when
    profile pages are off); ``image_for`` the ``src`` of their picture. Identical tags render once.
    An environment without the plugin's translation functions gets ``language``'s (English by default).
    """

    def __init__(
        self,
        registry: Registry,
        env: Environment,
        href_for: Callable[[Changemaker], str | None],
        image_for: Callable[[Changemaker], str | None],
        autolink_names: bool = False,
        summaries: bool = False,
        language: Language | None = None,
    ) -> None:
        self.registry = registry
        if "spotlight_gettext" not in env.globals:
            install(env, language or Language())
        self.env = env
        self.href_for = href_for
        self.image_for = image_for
        self.names = NameIndex(registry) if autolink_names else None
        # Whether content without ``Summary:`` gets Pelican's automatic summary made from its prose.
        self.summaries = summaries
        self._cache: dict[tuple, str] = {}
        self._networks: dict[tuple, list[Changemaker]] = {}

    def render(self, text: str, source: str, prose: bool = False) -> Rendered:
        """Render every placeholder in an HTML fragment written in ``source``; with ``prose``, also
        the fragment as the author's prose (for Pelican's automatic summary)."""
        result = Rendered(text)
        if self.names and text:
            text = autolink(text, self.names, placeholder_html)
        if "spotlight-tag" not in text:
            result.html = text
            return result
        tags: dict[str, Tag] = {}

        def parse(m) -> Tag:
            if m[2] not in tags:
                tags[m[2]] = Tag.from_json(html.unescape(m[2]))
            return tags[m[2]]

        result.html = PLACEHOLDER_RE.sub(lambda m: self._render_tag(parse(m), source, result), text)
        if prose:
            result.prose = PLACEHOLDER_RE.sub(lambda m: self._prose(parse(m)), text)
        return result

    def _prose(self, tag: Tag) -> str:
        """A tag as running text: a mention is the name it shows, a card or a list is left out."""
        if tag.error:  # as it renders: a mention's words, nothing else
            return theme_text(Markup.escape(tag.text or "")) if tag.name == "mention" else ""
        if tag.name == "network" or (tag.name == "spotlight" and not tag.inline):
            return ""
        cm = self.registry.get(tag.slug)
        return theme_text(Markup.escape(tag.text or (cm.name if cm else tag.slug)))

    def _render_tag(self, tag: Tag, source: str, result: Rendered) -> str:
        """One placeholder's HTML. Readers never see tag syntax (docs/writing.md): a tag that cannot be read,
        or names nobody, is a warning and shows as plain text (a mention) or nothing (a card)."""
        if tag.error:
            result.problems.append(Problem(source, tag.line, f"{tag.raw}: {tag.error}"))
            return Markup.escape(tag.text or "") if tag.name == "mention" else ""
        if tag.warning:  # bad options were dropped: the tag renders with their defaults
            result.problems.append(Problem(source, tag.line, f"{tag.raw}: {tag.warning}"))
        if tag.name == "network":
            key = key_filters(tag)
            if self._members(key):  # an empty list shows nobody: it is not about others
                result.networks += 1
            return self._cached(("network", key), tag)
        cm = self.registry.get(tag.slug)
        if cm is None:
            result.problems.append(
                Problem(
                    source,
                    tag.line,
                    f"unknown changemaker {tag.slug!r}{self.registry.did_you_mean(tag.slug)}",
                )
            )
            return Markup.escape(tag.text or tag.slug) if tag.name == "mention" or tag.inline else ""
        if cm.slug not in result.features:
            result.features.append(cm.slug)
        if tag.name == "spotlight" and tag.inline:
            result.problems.append(
                Problem(
                    source,
                    tag.line,
                    f"{tag.raw}: a spotlight card must stand on its own line; shown as a mention",
                )
            )
        if tag.name == "mention" or tag.inline:
            return self._cached(("mention", cm.slug, tag.text, tag.in_link), tag, cm)
        style = (tag.options or {}).get("style", "card")
        return self._cached(("card", cm.slug, tag.text, style), tag, cm)

    def _members(self, filters: tuple[tuple[str, str], ...]) -> list[Changemaker]:
        """The changemakers a ``{% network %}`` list with these filters shows, once per filter set."""
        if filters not in self._networks:
            self._networks[filters] = [c for c in self.registry if matches(c, dict(filters))]
        return self._networks[filters]

    def _cached(self, key: tuple, tag: Tag, cm: Changemaker | None = None) -> str:
        if key not in self._cache:
            self._cache[key] = self._template(key[0], tag, cm)
        return self._cache[key]

    def _template(self, what: str, tag: Tag, cm: Changemaker | None) -> str:
        if what == "network":
            members = self._members(key_filters(tag))
            return self.env.get_template("spotlight/_network.html").render(
                cards=[self.card(c) for c in members], filters=tag.options or {}
            )
        if what == "mention":
            return self.env.get_template("spotlight/_mention.html").render(
                cm=cm, text=tag.text or cm.name, href=None if tag.in_link else self.href_for(cm)
            )
        return self.card(cm, tag.text, (tag.options or {}).get("style", "card"))

    def card(self, cm: Changemaker, blurb: str | None = None, style: str = "card") -> Markup:
        """A changemaker's card; also used by the directory and profile templates."""
        return Markup(
            self.env.get_template("spotlight/_card.html").render(
                cm=cm,
                blurb=cm.summary if blurb is None else blurb,
                style=style,
                href=self.href_for(cm),
                image=self.image_for(cm),
            )
        )


def theme_text(html: str) -> Markup:
    """Escaped text that stays text even when a theme runs it through ``striptags``: themes print
    page titles and summaries that way (``<title>``, ``<meta name="description">``)."""
    return Markup.escape(Markup(html).unescape().translate(LOOKALIKES))


def key_filters(tag: Tag) -> tuple[tuple[str, str], ...]:
    """A network tag's filters as a hashable key."""
    return tuple(sorted((tag.options or {}).items()))


def matches(cm: Changemaker, filters: dict[str, str]) -> bool:
    """Whether a changemaker passes the filters of a ``{% network %}`` tag."""
    for key, value in filters.items():
        if key == "circle" and cm.circle != value:
            return False
        if key == "kind" and cm.kind != value:
            return False
        if key == "why" and value not in cm.why:
            return False
        if key == "tag" and value not in cm.tags:
            return False
    return True
