"""Outside text on its way to a page: characters never published, and forms that stay text anywhere.

The registry, share logs and archives are written by other people and other programs. Two things in
them can deceive a reader without being markup at all, so they are removed where the text is read
(with a warning naming the file and line) and never reach HTML, a feed, JSON or a share text:
bidirectional embeddings, overrides and isolates (U+202A-U+202E, U+2066-U+2069), which reorder what
follows them (``Bob`` + U+202E + ``txt.exe`` shows as ``Bobexe.txt``), and control characters other
than tab, newline and carriage return. The left-to-right and right-to-left marks (U+200E, U+200F),
which names in right-to-left scripts need, stay.

The other half is text the plugin writes for a theme to print: a draft's ``Title:``, a Markdown report.
Themes print titles raw (``{{ title }}``), escaped (``|e``) or through ``|striptags``, which also
turns character references back into characters: ``&lt;script&gt;`` becomes a live ``<script>``.
``plain_text`` gives a form that reads the same through each of them.
"""

from __future__ import annotations

import re
from functools import cache
from html.entities import html5

HIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\u202a-\u202e\u2066-\u2069]")


def without_hidden(text: str) -> tuple[str, list[str]]:
    """``text`` without bidirectional controls and control characters, and those it had."""
    found = HIDDEN.findall(text)
    return (HIDDEN.sub("", text), found) if found else (text, found)


def hidden_names(characters: list[str]) -> str:
    """``'U+202E, U+0007'``: each character once, in the order met."""
    return ", ".join(f"U+{ord(c):04X}" for c in dict.fromkeys(characters))


def hidden_message(what: str, found: str, count: int = 1) -> str:
    """The one wording of the warning, wherever such characters are met (they are then removed):
    ``what`` names the field, or ``count`` of them."""
    verb = "has" if count == 1 else "have"
    return f"{what} {verb} invisible bidirectional or control characters ({found}); removed"


# Characters that a theme's ``|striptags`` (which unescapes what it leaves) would turn back into markup
# or into the end of an attribute, each shown as its typographic look-alike.
LOOKALIKES = str.maketrans({"<": "‹", ">": "›", '"': "”", "'": "’"})


@cache
def _reference() -> re.Pattern[str]:
    """An ``&`` that starts a character reference as HTML reads one: ``&#…``, or a name of HTML's
    table (``&lt;``, and the legacy ``&lt`` without ';', which browsers read too). Made on first use:
    the table has over 2,000 names."""
    names = sorted(html5, key=len, reverse=True)
    return re.compile("&(?=#|" + "|".join(map(re.escape, names)) + ")")


def plain_text(text: str) -> str:
    """Text that reads the same printed raw, with ``|e``, ``|striptags`` or ``|striptags|e``, and
    can never become an element or an attribute: on one line, markup characters as look-alikes,
    and an ``&`` that starts a character reference written ``&amp;`` (so ``|striptags`` brings back
    only the ``&`` it stood for). ``AT&T`` stays as it is."""
    text = " ".join(text.split()).translate(LOOKALIKES)
    return _reference().sub("&amp;", text) if "&" in text else text


# What could start Markdown markup, a link or a spotlight tag in running text.
_MARKDOWN_SPECIAL = frozenset("\\`*_{}[]()#+!|~%")


def markdown_text(text: str) -> str:
    """Outside text as literal Markdown, for drafts and reports meant to be pasted into a post:
    ``plain_text``, with each character that could start markup, a link or a tag as a numeric
    character reference, so the built post shows the text and nothing else."""
    return "".join(f"&#{ord(c)};" if c in _MARKDOWN_SPECIAL else c for c in plain_text(text))
