"""``SPOTLIGHT_AUTOLINK``: the first plain-text mention of a name or alias becomes a mention.

Names are proper nouns, so a match respects the registry's capitalisation: a changemaker called
"Hope" is linked from "Hope", never from "hope". A changemaker with ``autolink: false`` is never
linked this way (a name that is also a common word in any capitalisation, such as a sentence's first).

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
    """Names and aliases keyed by their word tuples, as the registry spells them, for longest-match
    lookup. Changemakers with ``autolink: false`` are left out."""

    def __init__(self, changemakers: Iterable[Changemaker]) -> None:
        # word tuple -> (changemaker, punctuation the name ends with, e.g. the "." of "Adrienne E.")
        self.names: dict[tuple[str, ...], tuple[Changemaker, str]] = {}
        self.longest = 0
        # first word -> the most words of any name starting with it: most words of a text start
        # no name, and cost one dict lookup.
        self.first_words: dict[str, int] = {}
        for name, cm in iter_names(cm for cm in changemakers if cm.autolink):
            found = list(_WORD_RE.finditer(name))
            words = tuple(m[0] for m in found)
            if words and words not in self.names:
                self.names[words] = (cm, name[found[-1].end() :].strip())
                self.longest = max(self.longest, len(words))
                self.first_words[words[0]] = max(self.first_words.get(words[0], 0), len(words))

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
        if part[0] == "<":
            m = _TAG_NAME_RE.match(part)
            if m and m[2].lower() in SKIP_ELEMENTS and not part.endswith("/>"):
                skip_depth += -1 if m[1] else 1
                skip_depth = max(skip_depth, 0)
            out.append(part)
        elif skip_depth:
            out.append(part)
        else:
            out.append(_link_text(part, _WORD_RE.findall(part), index, linked, placeholder))
    return "".join(out)


def _link_text(text: str, words: list[str], index: NameIndex, linked: set[str], placeholder) -> str:
    """Link names in one text node; ``words`` are its words."""
    first_words = index.first_words
    if first_words.keys().isdisjoint(words):
        return text
    starts = [i for i, w in enumerate(words) if w in first_words]
    # (first word, number of words, changemaker, punctuation the name ends with)
    found: list[tuple[int, int, Changemaker, str]] = []
    next_free = 0  # a match consumes its words
    for i in starts:
        if i < next_free:
            continue
        match = None
        for size in range(min(first_words[words[i]], len(words) - i), 0, -1):
            entry = index.names.get(tuple(words[i : i + size]))
            if entry is not None:
                match = (*entry, size)
                break
        if match is None:
            continue
        cm, trailing, size = match
        next_free = i + size
        if cm.slug not in linked:
            linked.add(cm.slug)
            found.append((i, size, cm, trailing))
    if not found:
        return text
    spans = [m.span() for m in _WORD_RE.finditer(text)]
    pieces: list[str] = []
    last = 0
    for i, size, cm, trailing in found:
        start, end = spans[i][0], spans[i + size - 1][1]
        if trailing and text.startswith(trailing, end):
            end += len(trailing)
        pieces.append(text[last:start])
        shown = text[start:end]
        pieces.append(placeholder(Tag(name="mention", slug=cm.slug, text=shown, raw=shown)))
        last = end
    pieces.append(text[last:])
    return "".join(pieces)
