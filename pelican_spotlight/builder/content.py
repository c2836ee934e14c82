"""What each of Pelican's content objects becomes: cards rendered, whom it features, its report record.

``render_content`` turns a content object's placeholders into cards and mentions and says whom it
features (tags, autolinks and ``Spotlight:`` metadata), whether it shows a ``{% network %}`` list,
and what was wrong; ``post_records`` reduces published articles to ``records.Post``. The generator
calls them during ``pelican content`` and ``pelican-spotlight`` on what Pelican's generators read
for it, so ``report --format json`` and the built ``report.json`` cannot disagree.
"""

from __future__ import annotations

import os
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import replace
from typing import Any, NamedTuple

from markupsafe import Markup
from pelican.utils import truncate_html_words

try:  # Pelican ≥ 4.10 (SUMMARY_MAX_PARAGRAPHS)
    from pelican.utils import truncate_html_paragraphs
except ImportError:  # pragma: no cover - Pelican 4.9
    truncate_html_paragraphs = None

from pelican_spotlight.core import internals
from pelican_spotlight.core.problems import Problem, meta_line
from pelican_spotlight.core.records import Post
from pelican_spotlight.core.registry import Registry
from pelican_spotlight.markup.render import Renderer

ABOUT_VALUES = ("others", "self")


class Outcome(NamedTuple):
    """What rendering one content object gives: its body and summary with cards in place of the
    placeholders, the metadata fields it rendered, whom it features (in order), what was wrong, and
    whether its text shows a ``{% network %}`` list with anyone in it. A function of what
    ``render_content`` reads of the object, so ``render_cache`` can keep it between builds (a named
    tuple: thousands of them unpickle several times faster than a frozen dataclass)."""

    body: str | None = None
    summary: str | None = None  # the automatic summary made from its prose
    fields: tuple[tuple[str, str], ...] = ()
    features: tuple[str, ...] = ()
    problems: tuple[Problem, ...] = ()
    network: bool = False


def render_content(
    content: Any,
    renderer: Renderer,
    registry: Registry,
    formatted_fields: Iterable[str] = (),
) -> tuple[list[str], list[Problem], bool]:
    """Render one content object in place; return the slugs it features (in order), its problems, and
    whether its text shows a ``{% network %}`` list with anyone in it (which makes it about others:
    docs/practice.md#the-ratio)."""
    outcome = rendered(content, renderer, registry, formatted_fields)
    apply(content, outcome)
    return list(outcome.features), list(outcome.problems), outcome.network


def rendered(
    content: Any,
    renderer: Renderer,
    registry: Registry,
    formatted_fields: Iterable[str] = (),
) -> Outcome:
    """The outcome of rendering one content object, which is only read."""
    source = content.source_path or ""
    features: list[str] = []
    problems: list[Problem] = []
    body = summary = None
    network = False
    if read := internals.body_of(content):
        auto_summary = renderer.summaries and "summary" not in content.metadata
        result = renderer.render(read, source, prose=auto_summary)
        body = result.html
        features += result.features
        problems += result.problems
        if result.prose is not None:
            summary = pelican_summary(result.prose, content.settings)
        network = result.networks > 0
    fields = []
    for key in formatted_fields:
        value = content.metadata.get(key)
        if isinstance(value, str) and "spotlight-tag" in value:
            result = renderer.render(value, source)
            fields.append((key, result.html))
            # The field was converted on its own: its problems are at the field's line in the file.
            line = meta_line(source, key) if result.problems else 0
            problems += [replace(p, line=line) for p in result.problems]
    features += metadata_features(content, registry, problems)
    about = content.metadata.get("about")
    if about is not None and str(about).strip().lower() not in ABOUT_VALUES:
        problems.append(
            Problem(
                source,
                meta_line(source, "about"),
                f"About: {about!r} is not 'others' or 'self'; ignored",
            )
        )
    problems.sort(key=lambda p: p.line)  # stable: the metadata's lines come before the body's
    return Outcome(body, summary, tuple(fields), tuple(dict.fromkeys(features)), tuple(problems), network)


def apply(content: Any, outcome: Outcome) -> None:
    """Put a rendering's outcome into its content object. The cards go into the body as read,
    before anything reads ``content`` (internals.py)."""
    if outcome.body is not None:
        internals.set_body(content, outcome.body)
    if outcome.summary is not None:
        internals.set_summary(content, outcome.summary)
    for key, html in outcome.fields:
        content.metadata[key] = html
        setattr(content, key, html)
        if key == "summary":  # or Pelican would restore the placeholder (internals.py)
            internals.set_summary(content, html)


def pelican_summary(html: str, settings: Mapping[str, Any]) -> str:
    """What Pelican's automatic summary would be for ``html``: its first ``SUMMARY_MAX_PARAGRAPHS``
    paragraphs, cut at ``SUMMARY_MAX_LENGTH`` words (Pelican's own functions, its settings)."""
    max_paragraphs = settings.get("SUMMARY_MAX_PARAGRAPHS")
    if max_paragraphs is not None and truncate_html_paragraphs:
        html = truncate_html_paragraphs(html, max_paragraphs)
    if settings.get("SUMMARY_MAX_LENGTH") is None:
        return html
    return truncate_html_words(html, settings["SUMMARY_MAX_LENGTH"], settings.get("SUMMARY_END_SUFFIX", "…"))


def metadata_features(content: Any, registry: Registry, problems: list[Problem]) -> list[str]:
    """The known slugs of ``Spotlight:`` metadata; an unknown one is a problem with a suggestion."""
    value = content.metadata.get("spotlight")
    if not value:
        return []
    slugs = value if isinstance(value, list) else str(value).split(",")
    found = []
    for slug in (s.strip() for s in slugs):
        if not slug:
            continue
        if registry.get(slug) is None:
            source = content.source_path or ""
            problems.append(
                Problem(
                    source,
                    meta_line(source, "spotlight"),
                    f"unknown changemaker {slug!r}{registry.did_you_mean(slug)}",
                )
            )
        else:
            found.append(slug)
    return found


def relative_source(source_path: str, content_path: str) -> str:
    """A source path relative to PATH, with forward slashes (as ``report.json`` gives it)."""
    return os.path.relpath(source_path, content_path).replace(os.sep, "/")


def post_records(
    articles: Iterable[Any],
    features: Mapping[Any, Sequence[str]],
    content_path: str,
    networks: Collection[Any] = (),
) -> list[Post]:
    """Published articles (translations and drafts already left out by the caller) as report posts;
    ``networks`` holds those that show a ``{% network %}`` list."""
    return [
        Post(
            source=same(
                relative_source(a.source_path, content_path), getattr(a, "relative_source_path", None)
            ),
            url=a.url,
            date=a.date,
            about=_about(a.metadata.get("about")),
            features=tuple(features.get(a, ())),
            title=same(Markup(getattr(a, "title", "")).striptags(), getattr(a, "title", None)),
            shows_network=a in networks,
            slug=getattr(a, "slug", "") or "",
        )
        for a in articles
    ]


def same(value: str, held: Any) -> str:
    """``held`` when it is the same text as ``value``: the post already keeps that string, so the
    record shares it rather than keeping a second copy (20,000 posts' titles and paths)."""
    return held if type(held) is str and held == value else value


def _about(value: Any) -> str | None:
    return None if value is None else str(value)
