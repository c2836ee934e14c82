"""The share kit: ready-to-post text and a no-script share link per network, for one post
(docs/practice.md#the-share-kit).

Pure functions over a title, an absolute URL and the featured changemakers: the build (through
``article.spotlight_share``) and ``pelican-spotlight share`` make the same text from the same inputs.

Each network has its own limit and its own way of counting:

- Mastodon: 500 characters, where a link counts as 23 whatever its length. Here a link counts as its
  own length or 23, whichever is more, so the text never goes over however the server counts it.
- Bluesky: 300 graphemes, what a reader sees as one character (an emoji with a skin tone, a flag, a
  letter with a combining accent). Python's standard library has no grapheme segmentation, so this
  uses ``regex``'s ``\\X`` (Unicode's extended grapheme clusters, UAX #29).
- LinkedIn: 3,000 characters.
- Email: no limit; a subject (the post's title) and the same text, with names, as the body, and a
  ``mailto:`` link that opens the reader's mail program with both (RFC 6068).

When the text is too long the title is shortened first (whole graphemes, ending in "…"). A handle
or the URL is never cut; only when the title is down to its first grapheme are people left off,
from the end, for "+N more".
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import islice
from urllib.parse import quote, urlencode

import regex

from pelican_spotlight.core.i18n import Language
from pelican_spotlight.core.registry import Changemaker

NETWORKS = ("mastodon", "bluesky", "linkedin")  # each with a length limit
LIMITS = {"mastodon": 500, "bluesky": 300, "linkedin": 3000}
EMAIL = "email"
KIT = (*NETWORKS, EMAIL)  # what the share kit holds, in order
LABELS = {"mastodon": "Mastodon", "bluesky": "Bluesky", "linkedin": "LinkedIn", EMAIL: "Email"}
MASTODON_LINK_LENGTH = 23
ELLIPSIS = "…"

_GRAPHEME = regex.compile(r"\X")
_URL = regex.compile(r"https?://\S+")


def graphemes(text: str) -> list[str]:
    """The text's extended grapheme clusters (what Bluesky counts)."""
    return _GRAPHEME.findall(text)


def length(text: str, network: str) -> int:
    """How long ``network`` counts ``text`` (for Mastodon, never less than the server's count)."""
    if network == "bluesky":
        return len(graphemes(text))
    if network == "mastodon":
        return len(text) + sum(max(0, MASTODON_LINK_LENGTH - len(m)) for m in _URL.findall(text))
    return len(text)


def handle(cm: Changemaker, network: str) -> str:
    """How to name a changemaker on ``network``: their handle there, else their name.

    LinkedIn only tags people picked in its own composer, so typed text never links: names there.
    """
    social = dict(cm.social)
    if network == "mastodon" and social.get("mastodon"):
        return "@" + social["mastodon"].lstrip("@")
    if network == "bluesky" and social.get("bluesky") and not social["bluesky"].startswith("did:"):
        return "@" + social["bluesky"].lstrip("@")  # a DID cannot be typed as a mention: their name
    return " ".join(cm.name.split())


def compose(
    title: str, url: str, people: Sequence[str], more: int = 0, language: Language | None = None
) -> str:
    """The text: title, the people it features, then the URL, one paragraph each; its words in
    ``language`` (English by default)."""
    tr = language or Language()
    parts = [title] if title else []
    names = list(people) + ([tr.ngettext("+%(num)s more", "+%(num)s more", more)] if more else [])
    if names:
        parts.append(tr.gettext("Featuring %(names)s", names=tr.join(names)))
    parts.append(url)
    return "\n\n".join(parts)


def share_text(
    title: str, url: str, people: Sequence[str], network: str, language: Language | None = None
) -> str:
    """The text for ``network``, within its limit whenever the URL alone fits."""
    language = language or Language()
    limit = LIMITS[network]
    title = " ".join(title.split())
    # No title longer than the limit can fit (every grapheme counts at least 1 on every network).
    clusters = [m.group() for m in islice(_GRAPHEME.finditer(title), limit + 1)]
    for kept in range(len(people), -1, -1):
        shown, more = people[:kept], len(people) - kept
        if len(clusters) <= limit:
            text = compose(title, url, shown, more, language)
            if length(text, network) <= limit:
                return text
        short = _shorten_title(clusters, url, shown, more, network, limit, language)
        if short is not None:
            return short
    return url  # the URL alone: longer than the limit only if the URL itself is


def _shorten_title(
    clusters: list[str],
    url: str,
    people: Sequence[str],
    more: int,
    network: str,
    limit: int,
    language: Language,
) -> str | None:
    """The longest "title…" (at least one grapheme) that fits with these people, or None."""
    if len(clusters) < 2 or length(compose("", url, people, more, language), network) + 4 > limit:
        return None  # not even "T…" and its blank line would fit
    low, high, best = 1, len(clusters) - 1, None
    while low <= high:  # binary search: the counted length grows with the title's length
        middle = (low + high) // 2
        text = compose("".join(clusters[:middle]).rstrip() + ELLIPSIS, url, people, more, language)
        if length(text, network) <= limit:
            best, low = text, middle + 1
        else:
            high = middle - 1
    return best


@dataclass(frozen=True, slots=True)
class ShareText:
    """One network's share: the text, its counted length and limit (None for email, which has none),
    a link that opens a composer with it (None for Mastodon without SPOTLIGHT_MASTODON_INSTANCE), and
    for email the subject."""

    network: str
    text: str
    link: str | None
    length: int
    limit: int | None
    subject: str = ""
    name: str = ""  # how the kit names the network, in the site's language ("Courriel")

    @property
    def label(self) -> str:
        return self.name or LABELS[self.network]


def mailto(subject: str, body: str) -> str:
    """A ``mailto:`` link with no recipient, a subject and a body (RFC 6068): every character but the
    unreserved ones percent-encoded from UTF-8, a space as ``%20``, a line break as ``%0D%0A``."""
    body = "\r\n".join(body.splitlines())
    return f"mailto:?subject={quote(subject, safe='')}&body={quote(body, safe='')}"


def email(
    title: str, url: str, changemakers: Iterable[Changemaker], language: Language | None = None
) -> ShareText:
    """The share kit's email: the title as subject; the text the networks share, names for handles."""
    tr = language or Language()
    subject = " ".join(title.split())
    text = compose(subject, url, [handle(cm, EMAIL) for cm in changemakers], language=tr)
    return ShareText(EMAIL, text, mailto(subject, text), len(text), None, subject, tr.gettext("Email"))


def share_link(network: str, text: str, url: str, mastodon_instance: str = "") -> str | None:
    """A plain link to the network's composer: Bluesky's compose intent, LinkedIn's share-offsite
    (which takes only the URL), Mastodon's ``/share`` on the reader's configured instance."""
    if network == "bluesky":
        return "https://bsky.app/intent/compose?" + urlencode({"text": text}, quote_via=quote)
    if network == "linkedin":
        return "https://www.linkedin.com/sharing/share-offsite/?" + urlencode({"url": url}, quote_via=quote)
    if network == "mastodon" and mastodon_instance:
        return f"https://{mastodon_instance}/share?" + urlencode({"text": text}, quote_via=quote)
    return None


def share_kit(
    title: str,
    url: str,
    changemakers: Iterable[Changemaker],
    mastodon_instance: str = "",
    networks: Sequence[str] = KIT,
    language: Language | None = None,
) -> dict[str, ShareText]:
    """network -> ``ShareText`` for a post with this plain-text title and absolute URL, its words in
    ``language``."""
    language = language or Language()
    people = list(changemakers)
    kit = {}
    for network in networks:
        if network == EMAIL:
            kit[network] = email(title, url, people, language)
            continue
        text = share_text(title, url, [handle(cm, network) for cm in people], network, language)
        kit[network] = ShareText(
            network,
            text,
            share_link(network, text, url, mastodon_instance),
            length(text, network),
            LIMITS[network],
        )
    return kit


@dataclass(frozen=True, slots=True)
class ShareSite:
    """What every post's share kit needs of the site: one per build, shared by all its posts."""

    base: str
    mastodon_instance: str = ""
    language: Language | None = None  # the site's, for the texts' words
