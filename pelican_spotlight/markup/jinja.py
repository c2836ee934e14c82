"""Lets the tags through Jinja unchanged, for plugins that render content as a Jinja template first.

``jinja2content`` renders each Markdown (and rST) file as a Jinja template before its reader sees it,
with ``JINJA_ENVIRONMENT``. To Jinja, ``{% spotlight ada %}`` is an unknown tag, so the post would not
be read at all. ``PassThrough`` rewrites each of the three tags, before Jinja lexes the source, into an
expression whose value is the tag exactly as written. An expression, not a ``{% raw %}`` block:
Pelican's ``trim_blocks`` would eat the newline after a block and join a card's line to the next.
"""

from __future__ import annotations

from jinja2.ext import Extension

from pelican_spotlight.markup.shortcodes import TAG_RE

# Where plugin.py adds it, in JINJA_ENVIRONMENT["extensions"]: a name, since Pelican pickles settings.
NAME = "pelican_spotlight.markup.jinja.PassThrough"


def expression(text: str) -> str:
    """A Jinja expression whose value is ``text``: a string literal, marked safe so that autoescape
    leaves the quotes of ``"link text"`` alone."""
    literal = text.replace("\\", "\\\\").replace('"', '\\"')
    return '{{ "' + literal + '"|safe }}'


class PassThrough(Extension):
    """A Jinja extension: spotlight, mention and network tags come out of rendering as written."""

    def preprocess(self, source: str, name: str | None, filename: str | None = None) -> str:
        if "{%" not in source:
            return source
        return TAG_RE.sub(lambda m: expression(m[0]), source)
