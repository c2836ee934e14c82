"""Registries that more than one test module reads."""

from __future__ import annotations

# The ``lists`` command's site: two on the focus list, one of them with markup in the name and a
# private note; Kofi in the extended network.
KOFI_FEED = "    feed: https://kofi.example/feed.xml\n"
LISTS_REGISTRY = f"""
changemakers:
  - name: Maya Lindqvist
    circle: focus
    feed: https://maya.example/feed.xml
    social: {{mastodon: "@maya@social.example", bluesky: maya.example}}
  - name: Kofi Mensah
    social: {{mastodon: "kofi@news.example", twitter: kofi}}
{KOFI_FEED}  - name: "Ana & <b>Bo</b> [x](javascript:alert(1))"
    slug: ana-bo
    circle: focus
    notes: PRIVATE-NOTE-5d1e
"""
