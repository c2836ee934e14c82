"""``SPOTLIGHT_AUTOLINK``: the first plain-text mention of a name or alias becomes a mention.

Names are proper nouns, so a match respects the registry's capitalisation: a changemaker called
"Hope" is linked from "Hope", never from "hope". A changemaker with ``autolink: false`` is never
linked this way (a name that is also a common word in any capitalisation, such as a sentence's first).

One pass over each post whatever the size of the registry: text is split into words once, and at each
word the longest name starting there is looked up in a dict keyed by word tuples. Text inside links,
code, headings, scripts and existing spotlight placeholders is never touched. The HTML is read by the
standard library's ``html.parser``, so a ``>`` inside a quoted attribute, a ``<`` in a script, comments
and CDATA sections are what a browser takes them for; the text is linked where it stands, so the rest
of the HTML comes out byte for byte as it went in.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from html.parser import HTMLParser

from pelican_spotlight.core.registry import Changemaker, iter_names
from pelican_spotlight.markup.shortcodes import Tag

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
# Elements whose content is text up to their end tag, in html.parser (script, style; newer Pythons
# add textarea, title and the rest browsers know): the fast split leaves them to html.parser.
_RAW_TEXT = frozenset(HTMLParser.CDATA_CONTENT_ELEMENTS) | {
    "textarea",
    "title",
    "xmp",
    "iframe",
    "noembed",
    "noframes",
    "noscript",
    "plaintext",
}
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


class _TextSpans(HTMLParser):
    """Where each text node outside ``SKIP_ELEMENTS`` starts and ends in the source.

    Every handler runs while ``getpos()`` points at the start of what it handles; each construct
    runs until the next one starts, so the spans of text come from the starts alone.
    """

    def __init__(self, html: str) -> None:
        super().__init__(convert_charrefs=True)
        self.html = html
        self.line_starts = [0] + [m.end() for m in re.finditer("\n", html)]
        self.starts: list[int] = []  # where each construct starts
        self.linkable: list[bool] = []  # whether that construct is text to link
        self.skip_depth = 0
        self.closing = False
        self.unfinished = False  # set at the end of the document, from unfinished markup on
        self.feed(html)
        self.closing = True
        self.close()

    def spans(self) -> list[tuple[int, int]] | None:
        """The text spans, text that a stray "<" split joined again; None when the document holds
        ``</>``, which html.parser drops without a word: nothing in such a document is linked."""
        if "</>" in self.html:
            return None
        ends = [*self.starts[1:], len(self.html)]
        spans: list[tuple[int, int]] = []
        for s, e, ok in zip(self.starts, ends, self.linkable, strict=True):
            if ok and spans and spans[-1][1] == s:  # text after a stray "<" is the same text
                spans[-1] = (spans[-1][0], e)
            elif ok:
                spans.append((s, e))
        return spans

    def _mark(self, text: bool = False) -> None:
        line, column = self.getpos()
        self.starts.append(self.line_starts[line - 1] + column)
        self.linkable.append(text and not self.skip_depth)

    def handle_data(self, data: str) -> None:
        # At the end of the document html.parser hands over unfinished markup ("<p Hope", "<!x") as
        # data, a piece at a time; a browser shows none of it.
        self.unfinished |= self.closing and data.startswith("<")
        self._mark(text=not self.unfinished)

    def handle_starttag(self, tag: str, attrs: list) -> None:
        self._mark()
        if tag in SKIP_ELEMENTS:
            self.skip_depth += 1

    def handle_endtag(self, tag: str) -> None:
        self._mark()
        if tag in SKIP_ELEMENTS and self.skip_depth:
            self.skip_depth -= 1

    def handle_startendtag(self, tag: str, attrs: list) -> None:
        self._mark()

    def handle_comment(self, data: str) -> None:
        self._mark()

    handle_decl = handle_pi = unknown_decl = handle_comment


# A start or end tag as html.parser reads it when every attribute is well formed. Documents made only
# of such tags and text (Markdown's output) are split with this alone; anything else (a comment, a
# script, a declaration, a bare "<") is read by html.parser (``_TextSpans``), which costs twice as much.
_TAG_RE = re.compile(
    r"""<(?:(/)([a-zA-Z][^\s/<>\x00]*)\s*|([a-zA-Z][^\s/<>\x00]*)"""
    r"""(?:\s+[^\s"'<>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*\s*(/?))>"""
)


def _simple_text_spans(html: str) -> list[tuple[int, int]] | None:
    """The text spans of a document of plain tags and text, or None when it holds anything else."""
    spans: list[tuple[int, int]] = []
    depth = last = 0
    for m in _TAG_RE.finditer(html):
        start = m.start()
        if html.find("<", last, start) != -1:
            return None
        if start > last and not depth:
            spans.append((last, start))
        closing, name = bool(m[1]), (m[2] or m[3]).lower()
        if name in _RAW_TEXT:
            return None
        if name in SKIP_ELEMENTS and not m[4]:
            depth = max(depth - 1, 0) if closing else depth + 1
        last = m.end()
    if html.find("<", last) != -1:
        return None
    if len(html) > last and not depth:
        spans.append((last, len(html)))
    return spans


def autolink(html: str, index: NameIndex, placeholder) -> str:
    """Replace the first plain-text occurrence of each changemaker with ``placeholder(tag)``.

    ``placeholder`` turns a mention ``Tag`` into the HTML of a placeholder (see ``shortcodes``).
    """
    if not index:
        return html
    spans = _simple_text_spans(html)
    if spans is None:
        try:
            spans = _TextSpans(html).spans()
        except AssertionError:  # html.parser's way of refusing markup such as "<![x[" (Python < 3.13)
            spans = None
        if spans is None:
            return html
    linked: set[str] = set()
    out: list[str] = []
    last = 0
    for start, end in spans:
        text = html[start:end]
        out.append(html[last:start])
        out.append(_link_text(text, _WORD_RE.findall(text), index, linked, placeholder))
        last = end
    out.append(html[last:])
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
