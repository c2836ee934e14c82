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

from pelican_spotlight.core.i18n import Language
from pelican_spotlight.core.registry import Changemaker
from pelican_spotlight.core.urls import absolute_url
from pelican_spotlight.practice.roundups import Roundup


def one_line(text: str) -> str:
    return " ".join(text.split())


def subject(roundup: Roundup, language: Language | None = None) -> str:
    """The email's subject, the draft's title, in ``language`` (English by default)."""
    tr = language or Language()
    return tr.gettext("Spotlight roundup: %(period)s", period=roundup.period.label_in(tr))


def roundup_email(
    roundup: Roundup,
    person: Callable[[str], Changemaker | None],
    base: str,
    profile_url: Callable[[str], str] = lambda slug: "",
    language: Language | None = None,
) -> str:
    """The email's text. ``person`` finds a changemaker by slug; ``base`` is the site's absolute URL
    (``urls.absolute_root``); ``profile_url`` gives a profile page's URL relative to it ('' when the
    site has none). Its words in ``language``; the ``Subject:`` header stays a header."""
    tr = language or Language()
    tally = roundup.tally
    lines = [
        f"Subject: {subject(roundup, tr)}",
        "",
        tr.ngettext(
            "Who I spotlighted in %(period)s: %(num)s post about others, %(self)s about myself (%(ratio)s).",
            "Who I spotlighted in %(period)s: %(num)s posts about others, %(self)s about myself (%(ratio)s).",
            tally.others,
            period=roundup.period.label_in(tr),
            self=tally.self,
            ratio=tally.ratio_in(tr),
        ),
    ]
    for slug, posts in roundup.spotlights:
        cm = person(slug)
        name = one_line(cm.name) if cm else slug
        url = (cm.url if cm else None) or (absolute_url(base, profile_url(slug)) if profile_url(slug) else "")
        lines += ["", f"{name}: {url}" if url else name]
        lines += [
            tr.gettext(
                "Featured in “%(title)s”: %(url)s", title=one_line(p.title), url=absolute_url(base, p.url)
            )
            for p in posts
        ]
    if roundup.new:
        names = [one_line(cm.name) if (cm := person(slug)) else slug for slug in roundup.new]
        lines += ["", tr.gettext("New to my network: %(names)s.", names=", ".join(names))]
    return "\n".join(lines) + "\n"
