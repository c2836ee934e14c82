"""The Markdown stage: ``{% spotlight %}``, ``{% mention %}`` and ``{% network %}`` become placeholders.

Nothing here looks at the registry. Each tag becomes an empty ``<div>`` (block) or ``<span>`` (inline)
carrying the parsed tag and its source line as JSON; ``render.py`` turns placeholders into cards and
links on every build. That is what keeps Pelican's content cache, which stores this stage's output,
from ever serving stale cards.

The extension is registered by its dotted name (``pelican_spotlight.markup.shortcodes``), as Python-Markdown's
own ``footnotes`` and ``abbr`` are, so each ``Markdown`` instance (Pelican makes one per file) gets its
own ``SpotlightExtension`` and the document's tags live on it until ``reset()``.

Stages, in the order Python-Markdown runs them (a higher priority runs first; each beside the
built-ins it must follow or precede):

1. ``SourceLinesPreprocessor`` (29: after ``normalize_whitespace`` 30, before ``meta`` 27) counts the
   lines of the metadata header, for true line numbers.
2. ``TagPreprocessor`` (26: after ``meta`` 27 removed the header, before ``fenced_code_block`` 25 and
   ``html_block`` 20 stash their text) replaces each tag outside fenced code with a marker
   ``STX spotlight:N ETX`` (``markdown.util``'s placeholder bytes, which no text may hold) and
   records the tag; a block tag alone on its line is set apart as its own block.
3. ``BlockTagProcessor`` (75: after ``code`` 80, so an indented marker stays code; before the headers,
   lists and ``paragraph`` 10) turns a block that is exactly one block-tag marker into a ``<div>``.
4. ``CodeRestoreTreeprocessor`` (35: before ``hilite`` 30 highlights code blocks and ``inline`` 20)
   puts the original text back inside indented code blocks.
5. ``TagInlineProcessor`` (115: after ``backtick`` 190, ``link`` 160 and ``image_link`` 150, so
   markers in code spans and in an image's alt text stay markers; before ``html`` 90 and
   ``em_strong`` 60) turns the remaining markers into ``<span>`` placeholders.
6. ``LinkNestingTreeprocessor`` (15: after ``inline`` 20 made the links) flags placeholders inside a
   link's text (no link in a link).
7. ``PlaceholderAttributesTreeprocessor`` (7: after ``attr_list`` 8) takes back what attr_list added.
8. ``MarkerRestorePostprocessor`` (25: after ``raw_html`` 30 put raw HTML back, before
   ``amp_substitute`` 20) puts the author's text back wherever a marker is left (code spans, raw
   HTML, attributes).
"""

from __future__ import annotations

import functools
import html
import json
import re
import shlex
import xml.etree.ElementTree as etree
from dataclasses import dataclass, replace
from typing import Any

from markdown import Extension, Markdown
from markdown.blockprocessors import BlockProcessor
from markdown.extensions.fenced_code import FencedBlockPreprocessor
from markdown.inlinepatterns import InlineProcessor
from markdown.postprocessors import Postprocessor
from markdown.preprocessors import Preprocessor
from markdown.treeprocessors import Treeprocessor
from markdown.util import ETX, STX

from pelican_spotlight.core.registry import CIRCLES, KINDS, WHYS

EXTENSION = __name__  # the dotted name Pelican's MARKDOWN setting lists
TAG_NAMES = ("spotlight", "mention", "network")
BLOCK_TAGS = ("spotlight", "network")
TAG_RE = re.compile(r"\{%\s*(?P<name>spotlight|mention|network)\b(?P<args>.*?)%\}")
UNTERMINATED_RE = re.compile(r"\{%\s*(?:spotlight|mention|network)\b")
MARKER_START = f"{STX}spotlight:"
MARKER_RE = re.compile(re.escape(MARKER_START) + r"(\d+)" + re.escape(ETX))
PLACEHOLDER_CLASS = "spotlight-tag"
# Markdown's attr_list (``{% mention ada %}{: .x #y }``) may add classes and attributes: still a placeholder.
PLACEHOLDER_RE = re.compile(
    r'<(div|span) class="spotlight-tag(?: [^"]*)?" data-spotlight="([^"]*)"(?: [\w:.-]+="[^"]*")*></\1>'
)

NETWORK_FILTERS = {"circle": CIRCLES, "why": WHYS, "kind": KINDS, "tag": None}


@dataclass(frozen=True, slots=True)
class Tag:
    """One tag as the author wrote it.

    ``error`` says why a malformed one cannot be shown (it renders as plain text or nothing, never as
    tag syntax); ``warning`` names options that were dropped, the tag rendering with their defaults.
    """

    name: str
    slug: str = ""
    text: str | None = None
    options: dict[str, str] | None = None
    line: int = 0
    raw: str = ""
    error: str = ""
    inline: bool = False  # written inside running text
    in_link: bool = False  # inside a link's text: render without a link
    warning: str = ""

    def to_json(self) -> str:
        # The fields as they are (dataclasses.asdict would deep-copy them): one placeholder per tag.
        fields = {name: getattr(self, name) for name in _TAG_FIELDS}
        return json.dumps(fields, ensure_ascii=False, separators=(",", ":"))

    @classmethod
    def from_json(cls, text: str) -> Tag:
        return cls(**json.loads(text))


_TAG_FIELDS = tuple(Tag.__dataclass_fields__)
_UNQUOTED_START = re.compile(r"""[^ \t\r\n"']*""")  # shlex's whitespace, not str.isspace's


@functools.lru_cache(maxsize=4096)
def _words(args: str) -> tuple[tuple[str, bool], ...]:
    """Split like a shell; each word says whether it is an option: ``key=value`` whose ``=`` is not in
    quotes, so ``"E=mc²"`` stays text. Raises ValueError on unbalanced quotes.

    Kept for the next tag with the same arguments: a blog names the same few changemakers in post
    after post, and ``shlex`` reads a character at a time (half of parsing a tag, bench/micro.py)."""
    lex = shlex.shlex(args, posix=True)
    lex.whitespace_split = True
    lex.commenters = ""
    words = []
    while True:
        start = lex.instream.tell()
        word = lex.get_token()
        if word is None:
            return tuple(words)
        head = _UNQUOTED_START.match(args[start:].lstrip(" \t\r\n"))[0]
        words.append((word, "=" in head))


def parse_tag(name: str, args: str, line: int = 0, raw: str = "") -> Tag:
    """Parse the arguments of one tag; never raises.

    A tag that cannot be read carries ``error``; a bad option is dropped, named in ``warning``, and
    the tag keeps the default it replaced (docs/writing.md: readers never see tag syntax).
    """
    base = {"name": name, "line": line, "raw": raw}
    try:
        words = _words(args)
    except ValueError:
        return Tag(**base, text=_plain_words(args) if name == "mention" else None, error="unbalanced quotes")
    positional = [w for w, is_option in words if not is_option]
    pairs = [tuple(w.split("=", 1)) for w, is_option in words if is_option]
    return make_tag(name, positional, dict(pairs), line, raw, repeats(pairs))


def repeats(options: list[tuple[str, str]]) -> list[str]:
    """The option names given more than once, each once, in order."""
    names = [name for name, _ in options]
    return list(dict.fromkeys(name for i, name in enumerate(names) if name in names[:i]))


def make_tag(
    name: str,
    positional: list[str],
    options: dict[str, str],
    line: int = 0,
    raw: str = "",
    repeated: list[str] | tuple[str, ...] = (),
) -> Tag:
    """A tag from its words, checked: the one set of rules for Markdown tags and rST directives/roles.
    ``repeated`` names options given more than once (``options`` holds the last value of each)."""
    base = {"name": name, "line": line, "raw": raw}
    what = "filter" if name == "network" else "option"
    given_twice = [f"{what} {key!r} is given more than once; the last one is used" for key in repeated]
    if name == "network":
        if positional:
            return Tag(**base, error=f"network takes only filters, not {positional[0]!r}")
        kept, warnings = _check_options(options, NETWORK_FILTERS, "filter", " (use circle, tag, why or kind)")
        return Tag(**base, options=kept, warning="; ".join([*given_twice, *filter(None, [warnings])]))

    if not positional or not positional[0].strip():
        return Tag(**base, error=f"{name} needs a changemaker slug")
    if len(positional) > 2:
        text = " ".join(positional[1:]) if name == "mention" else None
        return Tag(**base, text=text, error="too many words; put the text in double quotes")
    allowed_options = {"style": ("card", "compact")} if name == "spotlight" else {}
    kept, warnings = _check_options(options, allowed_options, "option")
    text = positional[1] if len(positional) == 2 else None
    warning = "; ".join([*given_twice, *filter(None, [warnings])])
    return Tag(**base, slug=positional[0], text=text, options=kept or None, warning=warning)


def _check_options(
    options: dict[str, str], allowed: dict[str, tuple[str, ...] | None], what: str, hint: str = ""
) -> tuple[dict[str, str], str]:
    """The options that are known and valid, and what was wrong with the others ("" when nothing)."""
    kept: dict[str, str] = {}
    problems: list[str] = []
    for key, value in options.items():
        if key not in allowed:
            problems.append(f"unknown {what} {key!r}{hint}")
        elif allowed[key] and value not in allowed[key]:
            problems.append(f"{key}={value!r} is not one of {', '.join(allowed[key])}")
        else:
            kept[key] = value
    return kept, "; ".join(problems)


def _plain_words(args: str) -> str:
    """What a mention that cannot be parsed shows: its words after the slug, without quotes."""
    words = args.replace('"', " ").replace("'", " ").split()
    return " ".join(words[1:]) or (words[0] if words else "")


class _Stage:
    """Gives each processor a handle on the extension that holds the per-document state."""

    def __init__(self, md: Markdown, ext: SpotlightExtension) -> None:
        super().__init__(md)
        self.ext = ext


class SourceLinesPreprocessor(_Stage, Preprocessor):
    """Count the lines before the metadata extension removes the header, for true line numbers."""

    def run(self, lines: list[str]) -> list[str]:
        self.ext.lines_before_meta = len(lines)
        return lines


class TagPreprocessor(_Stage, Preprocessor):
    """Swap each tag outside fenced code for a marker, and record it with its line."""

    def run(self, lines: list[str]) -> list[str]:
        offset = self.ext.lines_before_meta - len(lines) if self.ext.lines_before_meta else 0
        in_fence: set[int] | None = None  # found at the first line that may hold a tag
        out: list[str] = []
        for i, line in enumerate(lines):
            if "{%" not in line:
                out.append(line)
                continue
            if in_fence is None:
                in_fence = _fenced_lines(lines)
            if i in in_fence:
                out.append(line)
                continue
            number = i + 1 + offset  # in a metadata field, converted alone: its line in the field
            marked = TAG_RE.sub(lambda m, n=number: self._mark(m, n), line)
            marked = UNTERMINATED_RE.sub(lambda m, n=number: self._unterminated(m, n), marked)
            block = MARKER_RE.fullmatch(marked.strip())
            indent = len(marked) - len(marked.lstrip(" "))
            if block and indent < 4 and self.ext.tags[int(block[1])].name in BLOCK_TAGS:
                out.extend(["", marked.strip(), ""])
            else:
                out.append(marked)
        return out

    def _mark(self, m: re.Match[str], line: int) -> str:
        return self.ext.add(parse_tag(m["name"], m["args"], line, m[0]))

    def _unterminated(self, m: re.Match[str], line: int) -> str:
        return self.ext.add(Tag(name="", line=line, raw=m[0], error="unterminated tag (missing '%}')"))


def _fenced_lines(lines: list[str]) -> set[int]:
    """Indexes of lines inside fenced code blocks, found with fenced_code's own pattern."""
    text = "\n".join(lines)
    if "```" not in text and "~~~" not in text:
        return set()
    inside: set[int] = set()
    for m in FencedBlockPreprocessor.FENCED_BLOCK_RE.finditer(text):
        first = text.count("\n", 0, m.start())
        last = text.count("\n", 0, m.end())
        inside.update(range(first, last + 1))
    return inside


def _placeholder(parent: etree.Element | None, element: str, tag: Tag) -> etree.Element:
    attrib = {"class": PLACEHOLDER_CLASS, "data-spotlight": tag.to_json()}
    if parent is None:
        return etree.Element(element, attrib)
    return etree.SubElement(parent, element, attrib)


class BlockTagProcessor(_Stage, BlockProcessor):
    """A block that is exactly one spotlight/network marker becomes a block placeholder."""

    def __init__(self, parser: Any, ext: SpotlightExtension) -> None:
        BlockProcessor.__init__(self, parser)
        self.ext = ext

    def test(self, parent: etree.Element, block: str) -> bool:
        m = MARKER_RE.fullmatch(block.strip())
        if not m:
            return False
        # A malformed card or list alone on its line is a block too: it renders to nothing, and an
        # empty <div> leaves no empty paragraph behind.
        return self.ext.tags[int(m[1])].name in BLOCK_TAGS

    def run(self, parent: etree.Element, blocks: list[str]) -> None:
        m = MARKER_RE.fullmatch(blocks.pop(0).strip())
        _placeholder(parent, "div", self.ext.tags[int(m[1])])


class CodeRestoreTreeprocessor(_Stage, Treeprocessor):
    """Tags in indented code blocks are code: give them back their text before highlighting."""

    def run(self, root: etree.Element) -> None:
        for pre in root.iter("pre"):
            for code in pre.iter("code"):
                if code.text and MARKER_START in code.text:
                    code.text = type(code.text)(self.ext.restore(code.text))


class TagInlineProcessor(InlineProcessor):
    """A marker in running text becomes an inline placeholder."""

    def __init__(self, ext: SpotlightExtension) -> None:
        super().__init__(MARKER_RE.pattern)
        self.ext = ext

    def handleMatch(self, m: re.Match[str], data: str) -> tuple[etree.Element, int, int]:
        tag = self.ext.tags[int(m[1])]
        if tag.name in BLOCK_TAGS and not tag.error:
            tag = replace(tag, inline=True)
        return _placeholder(None, "span", tag), m.start(0), m.end(0)


class LinkNestingTreeprocessor(_Stage, Treeprocessor):
    """A mention inside a link's text must not become a link of its own."""

    def run(self, root: etree.Element) -> None:
        for a in root.iter("a"):
            for span in a.iter("span"):
                if PLACEHOLDER_CLASS in (span.get("class") or "").split():
                    tag = replace(Tag.from_json(span.get("data-spotlight")), in_link=True)
                    span.set("data-spotlight", tag.to_json())


class PlaceholderAttributesTreeprocessor(_Stage, Treeprocessor):
    """A placeholder keeps exactly its two attributes. attr_list (priority 8, before this) would add
    its own after a tag (``{: .x }``, ``{%}``), and the serializer sorts attributes, so one sorting
    before ``class`` would hide the placeholder from ``PLACEHOLDER_RE``; the tag renders without them."""

    def run(self, root: etree.Element) -> None:
        for element in root.iter():
            if element.tag in ("span", "div") and len(element.attrib) > 2:
                data = element.get("data-spotlight")
                if data is not None and PLACEHOLDER_CLASS in (element.get("class") or "").split():
                    element.attrib.clear()
                    element.attrib.update({"class": PLACEHOLDER_CLASS, "data-spotlight": data})


class MarkerRestorePostprocessor(_Stage, Postprocessor):
    """Markers left in code spans, raw HTML or attributes go back to the text the author wrote."""

    def run(self, text: str) -> str:
        if MARKER_START not in text:
            return text
        return MARKER_RE.sub(lambda m: html.escape(self.ext.tags[int(m[1])].raw), text)


class SpotlightExtension(Extension):
    """Registers the stages; the tags of the document being converted live here until ``reset()``.

    Made once per ``Markdown`` instance (``makeExtension``, from the dotted name in Pelican's
    ``MARKDOWN`` setting), so no two documents share it.
    """

    def __init__(self, **kwargs: Any) -> None:
        self.config: dict[str, list[Any]] = {}
        super().__init__(**kwargs)
        self.reset()

    def add(self, tag: Tag) -> str:
        self.tags.append(tag)
        return f"{MARKER_START}{len(self.tags) - 1}{ETX}"

    def restore(self, text: str) -> str:
        return MARKER_RE.sub(lambda m: self.tags[int(m[1])].raw, text)

    def reset(self) -> None:
        """Forget the document: its tags and where its header ended."""
        self.tags: list[Tag] = []
        self.lines_before_meta = 0

    def extendMarkdown(self, md: Markdown) -> None:
        md.registerExtension(self)
        md.preprocessors.register(SourceLinesPreprocessor(md, self), "spotlight_lines", 29)
        md.preprocessors.register(TagPreprocessor(md, self), "spotlight_tags", 26)
        md.parser.blockprocessors.register(BlockTagProcessor(md.parser, self), "spotlight_block", 75)
        md.treeprocessors.register(CodeRestoreTreeprocessor(md, self), "spotlight_code", 35)
        md.inlinePatterns.register(TagInlineProcessor(self), "spotlight_inline", 115)
        md.treeprocessors.register(LinkNestingTreeprocessor(md, self), "spotlight_links", 15)
        md.treeprocessors.register(PlaceholderAttributesTreeprocessor(md, self), "spotlight_attributes", 7)
        md.postprocessors.register(MarkerRestorePostprocessor(md, self), "spotlight_restore", 25)


def makeExtension(**kwargs: Any) -> SpotlightExtension:
    return SpotlightExtension(**kwargs)


def placeholder_html(tag: Tag, element: str = "span") -> str:
    """A placeholder as HTML text, exactly as the Markdown stage serialises one: for the rST stage
    (``div`` for a block) and for tags made after reading (auto-linked names)."""
    return etree.tostring(_placeholder(None, element, tag), encoding="unicode", method="html")
