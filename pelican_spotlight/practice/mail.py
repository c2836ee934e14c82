"""A period's roundup as a plain-text email ("remember good ol' email"), for
``pelican-spotlight roundup --email``.

Pure text from the same ``Roundup`` as the Markdown draft: a ``Subject:`` line, a blank line, then
a short opening and one paragraph per changemaker spotlighted in the period: their name and URL
(their own site, else their profile page here), then each post that featured them with its
absolute URL. Registry text is written as plain text, each name and title on one line (runs of
blanks, line breaks included, become one space), so no name can start a header or a paragraph of
its own.
"""

from __future__ import annotations

from collections.abc import Callable

from pelican_spotlight.core.registry import Changemaker
from pelican_spotlight.core.urls import absolute_url
from pelican_spotlight.practice.roundups import Roundup


def one_line(text: str) -> str:
    return " ".join(text.split())


def subject(roundup: Roundup) -> str:
    """The email's subject, the draft's title."""
    return f"Spotlight roundup: {roundup.period.label}"


def roundup_email(
    roundup: Roundup,
    person: Callable[[str], Changemaker | None],
    base: str,
    profile_url: Callable[[str], str] = lambda slug: "",
) -> str:
    """The email's text. ``person`` finds a changemaker by slug; ``base`` is the site's absolute URL
    (``urls.absolute_root``); ``profile_url`` gives a profile page's URL relative to it ('' when the
    site has none)."""
    tally = roundup.tally
    lines = [
        f"Subject: {subject(roundup)}",
        "",
        f"Who I spotlighted in {roundup.period.label}: {tally.others} post{_s(tally.others)} about others, "
        f"{tally.self} about myself ({tally.ratio_text}).",
    ]
    for slug, posts in roundup.spotlights:
        cm = person(slug)
        name = one_line(cm.name) if cm else slug
        url = (cm.url if cm else None) or (absolute_url(base, profile_url(slug)) if profile_url(slug) else "")
        lines += ["", f"{name}: {url}" if url else name]
        lines += [f"Featured in “{one_line(p.title)}”: {absolute_url(base, p.url)}" for p in posts]
    if roundup.new:
        names = [one_line(cm.name) if (cm := person(slug)) else slug for slug in roundup.new]
        lines += ["", "New to my network: " + ", ".join(names) + "."]
    return "\n".join(lines) + "\n"


def _s(n: int) -> str:
    return "" if n == 1 else "s"
