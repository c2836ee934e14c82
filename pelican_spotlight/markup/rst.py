"""The reStructuredText stage: ``.. spotlight::``, ``:mention:`` and ``.. network::`` become placeholders.

The twin of ``shortcodes.py`` for ``.rst`` posts. Each directive and role emits the same empty
placeholder the Markdown extension writes (``<div>``/``<span class="spotlight-tag" data-spotlight=…>``
holding the checked ``Tag`` and its source line), so ``render.py`` fills cards, links, counts and
warnings in the same way after reading, and Pelican's content cache never holds registry data.

Nothing here reports a problem to docutils: Pelican reads rST with ``halt_level`` 2, so a docutils
warning would drop the whole post. A bad directive becomes a placeholder whose ``Tag`` carries the
error, and the render stage logs it with ``file:line`` like any Markdown tag (and ``check`` lists it).

Liquid-style ``{% … %}`` text in an rST post is a Markdown habit: ``LiquidTextTransform`` turns it into a
placeholder whose error names the directive or role to write instead.
"""

from __future__ import annotations

import re
from typing import Any, ClassVar

from docutils import nodes
from docutils.parsers.rst import Directive, directives, roles
from docutils.transforms import Transform

from pelican_spotlight.core import internals
from pelican_spotlight.markup.shortcodes import TAG_RE, Tag, make_tag, parse_tag, placeholder_html, repeats

EXPLICIT_TITLE_RE = re.compile(r"^(?P<text>.+?)\s*<(?P<slug>[^<>]+)>$", re.DOTALL)
# Text inside these stays as written: code, literal blocks, raw HTML, comments.
LITERAL_NODES = (nodes.FixedTextElement, nodes.literal, nodes.raw, nodes.comment)


# A field of a directive's option block: ``:name: value`` (the value may go on over the next lines).
_OPTION_RE = re.compile(r"^:((?:[^:\\]|\\.)+):(?:\s+(.*))?$")


def read_options(block: str) -> tuple[str, list[tuple[str, str]]]:
    """A directive's argument and its options, in order, repeats included, from the text docutils
    hands over as the argument (the directive takes no ``option_spec``: see ``_TagDirective``)."""
    argument: list[str] = []
    options: list[list[str]] = []
    for line in block.splitlines():
        field = _OPTION_RE.match(line.strip())
        if field:
            options.append([field[1], (field[2] or "").strip()])
        elif options:  # a value that goes on over the next line
            options[-1][1] = f"{options[-1][1]} {line.strip()}".strip()
        else:
            argument.append(line)
    return " ".join(argument).strip(), [(name, value) for name, value in options]


class _TagDirective(Directive):
    """Shared by both directives: build the ``Tag``, return one block placeholder.

    The options are read here, not by docutils (no ``option_spec``: the option block reaches ``run``
    as part of the argument). docutils stops at an option it does not know or one given twice, and
    Pelican reads rST with ``halt_level`` 2, so either would drop the whole post without a word; here
    they are warnings with the line, as in Markdown, and the card renders.
    """

    name: ClassVar[str]
    optional_arguments = 1
    final_argument_whitespace = True
    has_content = True  # content is reported as a problem, not a docutils error

    def run(self) -> list[nodes.Node]:
        # One line for messages: the directive and its options as written.
        raw = " ".join(line.strip() for line in (self.block_text or "").splitlines() if line.strip())
        raw = raw or f".. {self.name}::"
        argument, options = read_options(self.arguments[0] if self.arguments else "")
        tag = self.make(raw, argument.split(), options)
        if self.content and not tag.error:
            tag = Tag(name=self.name, line=self.lineno, raw=raw, error=self.content_error)
        return [nodes.raw("", placeholder_html(tag, "div") + "\n", format="html")]

    content_error = "takes no content"

    def make(self, raw: str, words: list[str], options: list[tuple[str, str]]) -> Tag:
        raise NotImplementedError


class SpotlightDirective(_TagDirective):
    """``.. spotlight:: SLUG`` with ``:blurb: text`` and ``:style: compact`` — a card."""

    name = "spotlight"
    content_error = "takes no content; put the card's text in :blurb:"

    def make(self, raw: str, words: list[str], options: list[tuple[str, str]]) -> Tag:
        if len(words) > 1:
            return Tag(name="spotlight", line=self.lineno, raw=raw, error=f"{raw}: put the text in :blurb:")
        blurbs = [value for name, value in options if name == "blurb"]
        others = [(name, value) for name, value in options if name != "blurb"]
        positional = words + blurbs[-1:]
        repeated = ["blurb"] * (len(blurbs) > 1) + repeats(others)
        return make_tag("spotlight", positional, dict(others), self.lineno, raw, repeated)


class NetworkDirective(_TagDirective):
    """``.. network::`` with any of ``:circle:``, ``:tag:``, ``:why:``, ``:kind:`` — a list of cards."""

    name = "network"

    def make(self, raw: str, words: list[str], options: list[tuple[str, str]]) -> Tag:
        return make_tag("network", words, dict(options), self.lineno, raw, repeats(options))


def mention_role(
    name: str,
    rawtext: str,
    text: str,
    lineno: int,
    inliner: Any,
    options: dict[str, Any] | None = None,
    content: list[str] | None = None,
) -> tuple[list[nodes.Node], list[nodes.Node]]:
    """``:mention:`SLUG``` or ``:mention:`link text <SLUG>``` — the name linked to the profile."""
    text = text.strip()
    explicit = EXPLICIT_TITLE_RE.match(text)
    positional = [explicit["slug"].strip(), explicit["text"]] if explicit else [text] if text else []
    tag = make_tag("mention", positional, {}, lineno, rawtext)
    return [nodes.raw("", placeholder_html(tag), format="html")], []


RST_FORMS = {
    "spotlight": ".. spotlight:: {slug}",
    "mention": ":mention:`{slug}`",
    "network": ".. network::",
}


def liquid_tag(match: re.Match[str], line: int) -> Tag:
    """A Liquid-style tag found in rST text: an error that says what to write instead."""
    parsed = parse_tag(match["name"], match["args"], line, match[0])
    form = RST_FORMS[match["name"]].format(slug=parsed.slug or "SLUG")
    if match["name"] == "network" and parsed.options:
        form += " with " + ", ".join(f":{k}: {v}" for k, v in parsed.options.items())
    return Tag(
        name=match["name"],
        line=line,
        raw=match[0],
        error=f"Liquid-style tags are for Markdown; in reStructuredText write {form}",
    )


class LiquidTextTransform(Transform):
    """Swap ``{% spotlight|mention|network … %}`` in running text for an error placeholder."""

    default_priority = 870

    def apply(self) -> None:
        for text in list(self.document.findall(nodes.Text)):
            if "{%" not in text or _in_literal(text):
                continue
            pieces: list[nodes.Node] = []
            start = 0
            for m in TAG_RE.finditer(str(text)):
                pieces.append(nodes.Text(str(text)[start : m.start()]))
                tag = liquid_tag(m, _line_of(text, m[0]))
                pieces.append(nodes.raw("", placeholder_html(tag), format="html"))
                start = m.end()
            if pieces:
                pieces.append(nodes.Text(str(text)[start:]))
                text.parent.replace(text, [p for p in pieces if not (isinstance(p, nodes.Text) and not p)])


def _in_literal(node: nodes.Node) -> bool:
    parent = node.parent
    while parent is not None:
        if isinstance(parent, LITERAL_NODES):
            return True
        parent = parent.parent
    return False


def _line_of(node: nodes.Node, needle: str) -> int:
    """The source line of ``needle``: its element's first line plus the lines of its source before it."""
    element = node.parent
    while element is not None and not element.line:
        element = element.parent
    if element is None:
        return 0
    source = getattr(element, "rawsource", "") or ""
    first = needle.split("\n", 1)[0]
    for offset, line in enumerate(source.splitlines()):
        if first in line:
            return element.line + offset
    return element.line


def with_liquid_check(writer_class: type) -> type:
    """A subclass of a docutils writer that also applies ``LiquidTextTransform`` (once)."""
    if getattr(writer_class, "spotlight_liquid_check", False):
        return writer_class

    def get_transforms(self: Any) -> list[type[Transform]]:
        return [*super(subclass, self).get_transforms(), LiquidTextTransform]

    subclass = type(
        writer_class.__name__,
        (writer_class,),
        {"get_transforms": get_transforms, "spotlight_liquid_check": True, "__module__": __name__},
    )
    return subclass


def register_docutils() -> None:
    """Register the directives and the role with docutils (global, as Pelican's own directives are)."""
    directives.register_directive("spotlight", SpotlightDirective)
    directives.register_directive("network", NetworkDirective)
    roles.register_local_role("mention", mention_role)


def add_liquid_check(readers: Any) -> None:
    """Before reading: the rST reader's writer also checks for Liquid-style text.

    Set on the reader instance once every plugin has chosen its reader classes (``*_generator_preread``),
    so a plugin's own rST reader (jinja2content's) keeps its behaviour and gains the check, whatever
    the order of ``PLUGINS``.
    """
    reader = getattr(readers, "readers", {}).get("rst")
    writer_class = internals.rst_writer_class(reader)
    if writer_class is not None:
        internals.set_rst_writer_class(reader, with_liquid_check(writer_class))
