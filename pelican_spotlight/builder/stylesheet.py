"""One ``<link>`` to the plugin's stylesheet in every page that shows spotlight markup (docs/themes.md).

Themes don't know about the plugin, so the link is added to the page the theme renders: Pelican's
generators render every page through their Jinja environment, whose ``template_class`` is set to
``LinkingTemplate`` when the plugin loads. A page without spotlight markup costs one substring test.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from jinja2 import Template
from markupsafe import Markup

from pelican_spotlight.builder.menu import localise

# Every element the plugin writes has a class starting with this.
MARKER = 'class="spotlight-'
LINK = Markup('<link rel="stylesheet" href="{}">\n')


def link_stylesheet(html: str, context: dict[str, Any]) -> str:
    """``html`` with the stylesheet linked before ``</head>``, if it shows spotlight markup and its
    ``<head>`` does not link the stylesheet already (themes may include ``spotlight/_head.html``)."""
    css = context.get("SPOTLIGHT_CSS_SAVE_AS")
    if not css or not context.get("SPOTLIGHT_CSS_INJECT", True) or MARKER not in html:
        return html
    end = html.find("</head>")
    if end < 0 or html.find(css, 0, end) >= 0:
        return html
    link = str(LINK.format(f"{context.get('SITEURL', '')}/{css}"))  # str: Markup + str escapes
    return html[:end] + link + html[end:]


class LinkingTemplate(Template):
    """A Jinja template whose rendered pages link the spotlight stylesheet where they need it, and
    whose menu links (``menu.MenuLink``) lead where they should from the page being rendered."""

    def render(self, *args: Any, **kwargs: Any) -> str:
        if len(args) == 1 and not kwargs and isinstance(args[0], Mapping):
            args = (localise(args[0]),)
        html = super().render(*args, **kwargs)
        if MARKER in html:
            # Pelican's writer passes one dict: read it rather than copy it.
            context = args[0] if len(args) == 1 and not kwargs else dict(*args, **kwargs)
            return link_stylesheet(html, context)
        return html
