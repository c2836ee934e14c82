"""``SPOTLIGHT_AUTOLINK``: the first plain-text mention of a name or alias becomes a mention.

One pass over each post whatever the size of the registry: text is split into words once, and at each
word the longest name starting there is looked up in a dict keyed by word tuples. Text inside links,
code, headings, scripts and existing spotlight placeholders is never touched.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from pelican_spotlight.registry import Changemaker, iter_names
from pelican_spotlight.shortcodes import Tag

SKIP_ELEMENTS = frozenset(
    [
        "a",
        "code",
        "pre",
        "kbd",
        "samp",
        "script",
        "style",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "button",
        "textarea",
        "title",
        "svg",
        "math",
    ]
)
_MARKUP_RE = re.compile(r"(<!--.*?-->|<[^>]*>)", re.S)
_TAG_NAME_RE = re.compile(r"<\s*(/?)\s*([a-zA-Z][a-zA-Z0-9]*)")
_WORD_RE = re.compile(r"\w+(?:[’'.-]\w+)*", re.U)


class NameIndex:
    """Names and aliases keyed by their lower-cased word tuples, for longest-match lookup."""

    def __init__(self, changemakers: Iterable[Changemaker]) -> None:
        # word tuple -> (changemaker, punctuation the name ends with, e.g. the "." of "Adrienne E.")
        self.names: dict[tuple[str, ...], tuple[Changemaker, str]] = {}
        self.longest = 0
        for name, cm in iter_names(changemakers):
            found = list(_WORD_RE.finditer(name))
            words = tuple(m[0].lower() for m in found)
            if words and words not in self.names:
                self.names[words] = (cm, name[found[-1].end() :].strip())
                self.longest = max(self.longest, len(words))

    def __bool__(self) -> bool:
        return bool(self.names)


def autolink(html: str, index: NameIndex, placeholder) -> str:
    """Replace the first plain-text occurrence of each changemaker with ``placeholder(tag)``.

    ``placeholder`` turns a mention ``Tag`` into the HTML of a placeholder (see ``shortcodes``).
    """
    if not index:
        return html
    linked: set[str] = set()
    skip_depth = 0
    out: list[str] = []
    for part in _MARKUP_RE.split(html):
        if not part:
            continue
        if part.startswith("<"):
            m = _TAG_NAME_RE.match(part)
            if m and m[2].lower() in SKIP_ELEMENTS and not part.endswith("/>"):
                skip_depth += -1 if m[1] else 1
                skip_depth = max(skip_depth, 0)
            out.append(part)
        elif skip_depth:
            out.append(part)
        else:
            out.append(_link_text(part, index, linked, placeholder))
    return "".join(out)


def _link_text(text: str, index: NameIndex, linked: set[str], placeholder) -> str:
    words = list(_WORD_RE.finditer(text))
    if not words:
        return text
    pieces: list[str] = []
    last = 0
    i = 0
    while i < len(words):
        match = None
        for size in range(min(index.longest, len(words) - i), 0, -1):
            key = tuple(w[0].lower() for w in words[i : i + size])
            if key in index.names:
                match = (*index.names[key], size)
                break
        if match is None or match[0].slug in linked:
            i += match[2] if match else 1
            continue
        cm, trailing, size = match
        start, end = words[i].start(), words[i + size - 1].end()
        if trailing and text.startswith(trailing, end):
            end += len(trailing)
        linked.add(cm.slug)
        pieces.append(text[last:start])
        shown = text[start:end]
        pieces.append(placeholder(Tag(name="mention", slug=cm.slug, text=shown, raw=shown)))
        last = end
        i += size
    pieces.append(text[last:])
    return "".join(pieces)
