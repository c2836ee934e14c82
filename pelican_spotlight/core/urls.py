"""The two rules for the plugin's links, written once.

- Links inside the site's pages follow ``SITEURL`` as Pelican resolves ``{filename}`` links
  (``site_link``): relative, absolute or empty, whatever the blogger set.
- Links that leave the site (share texts, emails, feeds, OPML) must be absolute: they start at
  ``absolute_root``, which is ``SITEURL`` when it is an absolute URL, else ``FEED_DOMAIN`` when that is
  one (a development build with an empty ``SITEURL`` often sets it for its feeds), else nothing, and
  then the caller says so (no share block; ``share`` exits 2) or, for a feed, keeps ``SITEURL`` as
  given, as Pelican's own feeds do (Pelican warns about such feeds itself).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any
from urllib.parse import urljoin


def site_link(siteurl: str, url: str) -> str:
    """``url`` joined to SITEURL the way Pelican resolves ``{filename}`` links without RELATIVE_URLS."""
    return urljoin(siteurl if siteurl.endswith("/") else siteurl + "/", url)


def absolute_root(settings: Mapping[str, Any]) -> str:
    """Where links that leave the site start: the first absolute of SITEURL and FEED_DOMAIN, or ''."""
    for name in ("SITEURL", "FEED_DOMAIN"):
        value = str(settings.get(name) or "")
        if "://" in value:
            return value.rstrip("/")
    return ""


def absolute_url(root: str, url: str) -> str:
    """``url`` (relative to the site) joined to ``root``; a URL that is already absolute stays."""
    if "://" in url:
        return url
    return root.rstrip("/") + "/" + url.lstrip("/") if root else url


def main_site_base(settings: Mapping[str, Any]) -> str:
    """The site's absolute URL, as social posts link it: for an ``i18n_subsites`` subsite at its
    default place (``SITEURL/fr``), the main site's, so that every language counts the same social
    posts the same way (a post linking the blog is about yourself in each)."""
    base = absolute_root(settings)
    lang = settings.get("DEFAULT_LANG")
    subsites = settings.get("I18N_SUBSITES")
    if isinstance(subsites, Mapping) and isinstance(lang, str) and lang in subsites:
        return base.removesuffix("/" + lang)
    return base
