"""Helpers for hostile-input builds: a guarded build, an HTML safety audit, and an input-tree hash.

``guarded.build(...)`` is ``site.build(...)`` plus the promises every hostile build must keep: no
traceback in the logs, no network access, no source or registry file changed, no unsafe HTML, no
private notes in any output file. Each test then checks the messages the plugin gave for its own case.
"""

from __future__ import annotations

import hashlib
import json
import logging
import re
import socket
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit
from xml.etree import ElementTree

import pytest

# Registry text that would do harm if it reached HTML unescaped. Each payload tries a new element,
# a new attribute (breaking out of a quoted attribute) and a script; the audit looks for all three.
PAYLOAD = "<script>alert('xss')</script><xss-probe data-xss-probe=1>&amp; \"' onmouseover=xss() data-xss-q=\""
NOTES = "PRIVATE-NOTE-7f3a9c"
URL_ATTRIBUTES = ("href", "src", "srcset", "action", "formaction", "poster", "data", "cite", "background")
SAFE_SCHEMES = ("", "http", "https")
_CONTROL = re.compile(r"[\x00-\x20]")
# Bidirectional embeddings, overrides and isolates, and control characters but tab, newline and carriage
# return: no output may carry them (issue #23), whatever the input held.
INVISIBLE = re.compile("[\u202a-\u202e\u2066-\u2069\x00-\x08\x0b\x0c\x0e-\x1f]")


def tree_digest(root: Path) -> dict[str, str]:
    """sha256 of every file under ``root`` (and its mtime), by relative path."""
    digest = {}
    for path in sorted(root.rglob("*")):
        if path.is_file():
            data = hashlib.sha256(path.read_bytes()).hexdigest()
            digest[str(path.relative_to(root))] = f"{data}:{path.stat().st_mtime_ns}"
    return digest


@contextmanager
def no_network() -> Iterator[list[str]]:
    """Refuse (and record) every DNS lookup and socket connection made inside the block."""
    attempts: list[str] = []

    def refuse(what: str):
        def refused(*args: Any, **kwargs: Any) -> Any:
            attempts.append(f"{what}{args!r}"[:120])
            raise OSError(f"network access during a build: {what}")

        return refused

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(socket, "getaddrinfo", refuse("getaddrinfo"))
        patch.setattr(socket, "create_connection", refuse("create_connection"))
        patch.setattr(socket.socket, "connect", refuse("connect"))
        patch.setattr(socket.socket, "connect_ex", refuse("connect_ex"))
        yield attempts


@dataclass
class Element:
    tag: str
    attrs: dict[str, str | None]
    text: str = ""


class _Collector(HTMLParser):
    """Every element with its attributes, and the body of each script, as a browser would parse them."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.elements: list[Element] = []
        self.texts: list[str] = []
        self._script: Element | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        element = Element(tag, dict(attrs))
        self.elements.append(element)
        if tag == "script":
            self._script = element

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.elements.append(Element(tag, dict(attrs)))

    def handle_endtag(self, tag: str) -> None:
        if tag == "script":
            self._script = None

    def handle_data(self, data: str) -> None:
        if self._script is not None:
            self._script.text += data
        else:
            self.texts.append(data)


def parse_html(text: str) -> _Collector:
    collector = _Collector()
    collector.feed(text)
    collector.close()
    return collector


def _share_kit_mailto(url: str) -> bool:
    """The share kit's email link: ``mailto:?subject=…&body=…``, with no recipient. No registry URL can
    be one (the registry takes http and https URLs alone), so allowing it lets no registry text by."""
    return url.startswith("mailto:?subject=") and not _CONTROL.search(url)


def html_problems(text: str) -> list[str]:
    """What is unsafe in one HTML document: injected elements/attributes, scripts, bad URLs."""
    found = []
    doc = parse_html(text)
    for el in doc.elements:
        if el.tag == "xss-probe":
            found.append(f"injected element <{el.tag}>")
        for name, value in el.attrs.items():
            if name.startswith(("data-xss", "on")):
                found.append(f"injected attribute {name}={value!r} on <{el.tag}>")
            if name in URL_ATTRIBUTES and value is not None:
                scheme = urlsplit(_CONTROL.sub("", value)).scheme.lower()
                if scheme not in SAFE_SCHEMES and not _share_kit_mailto(value):
                    found.append(f"unsafe URL {name}={value!r} on <{el.tag}>")
                if "{static}" in value or "{filename}" in value:
                    found.append(f"unresolved link {name}={value!r} on <{el.tag}>")
        if el.tag == "script":
            if el.attrs.get("type") == "application/ld+json":
                try:
                    json.loads(el.text)
                except ValueError:
                    found.append(f"JSON-LD that does not parse: {el.text[:80]!r}")
            elif "xss" in el.text:
                found.append(f"injected script {el.text[:80]!r}")
    return found


@dataclass
class BuildResult:
    """What a guarded build produced: the plugin's messages and the output pages' text."""

    messages: list[str]
    errors: list[str]
    output: Path
    pelican: Any = None
    texts: dict[str, str] = field(default_factory=dict)

    def page(self, relpath: str) -> str:
        return (self.output / relpath).read_text(encoding="utf-8")

    def visible_text(self, relpath: str) -> str:
        """The text a reader sees on a page (entities decoded, scripts left out)."""
        return "".join(parse_html(self.page(relpath)).texts)


class GuardedSite:
    """``site`` with builds that check the promises of SECURITY.md on every run."""

    def __init__(self, site: Any, caplog: pytest.LogCaptureFixture) -> None:
        self.site = site
        self.caplog = caplog

    def __getattr__(self, name: str) -> Any:
        return getattr(self.site, name)

    def build(self, **settings: Any) -> BuildResult:
        self.caplog.clear()
        self.caplog.set_level(logging.WARNING)
        before = tree_digest(self.site.content)
        # Messages are compared exactly: leave out the ratio summary, which is not about a file.
        settings.setdefault("SPOTLIGHT_WARN_BELOW_TARGET", False)
        with no_network() as attempts:
            pelican = self.site.build(**settings)
        assert attempts == [], f"the build reached for the network: {attempts}"
        assert tree_digest(self.site.content) == before, "a source or registry file was changed"
        self.assert_no_traceback()
        self.assert_output_safe()
        records = [r for r in self.caplog.records if r.name.startswith("pelican_spotlight")]
        return BuildResult(
            messages=[r.getMessage() for r in records],
            errors=[r.getMessage() for r in records if r.levelno >= logging.ERROR],
            output=self.site.output,
            pelican=pelican,
        )

    def build_stops(self, error: type[BaseException], **settings: Any) -> tuple[BaseException, list[str]]:
        """A build that must stop with ``error``: the same promises (no network, inputs untouched, no
        traceback logged), nothing written; returns the exception and the plugin's messages."""
        self.caplog.clear()
        self.caplog.set_level(logging.WARNING)
        before = tree_digest(self.site.content)
        settings.setdefault("SPOTLIGHT_WARN_BELOW_TARGET", False)
        with no_network() as attempts, pytest.raises(error) as info:
            self.site.build(**settings)
        assert attempts == [], f"the build reached for the network: {attempts}"
        assert tree_digest(self.site.content) == before, "a source or registry file was changed"
        self.assert_no_traceback()
        written = [p for p in self.site.output.rglob("*") if p.is_file()] if self.site.output.exists() else []
        assert written == [], f"a stopped build wrote {written[:3]}"
        records = [r for r in self.caplog.records if r.name.startswith("pelican_spotlight")]
        return info.value, [r.getMessage() for r in records]

    def assert_no_traceback(self) -> None:
        for record in self.caplog.records:
            assert record.exc_info is None, f"traceback logged: {record.getMessage()}"
            assert "Could not process" not in record.getMessage(), record.getMessage()

    def assert_output_safe(self) -> None:
        files = [p for p in self.site.output.rglob("*") if p.is_file()]
        assert files, "the build wrote nothing"
        for path in files:
            data = path.read_bytes()
            assert NOTES.encode() not in data, f"private notes published in {path}"
            if path.suffix in (".xml", ".opml"):
                root = ElementTree.fromstring(data)  # well-formed: registry text cannot break out of it
                for element in root.iter():  # HTML carried in a feed is HTML to the feed reader
                    if element.get("type") == "html" or element.tag.endswith("description"):
                        problems = html_problems(element.text or "")
                        assert not problems, f"{path.relative_to(self.site.output)}: {problems}"
            if path.suffix in (".html", ".htm", ".xml", ".opml"):
                problems = html_problems(data.decode("utf-8"))
                assert not problems, f"{path.relative_to(self.site.output)}: {problems}"
            if path.suffix in (".html", ".htm", ".xml", ".opml", ".json", ".txt"):
                hidden = sorted({f"U+{ord(c):04X}" for c in INVISIBLE.findall(data.decode("utf-8"))})
                assert not hidden, f"{path.relative_to(self.site.output)}: invisible characters {hidden}"


@pytest.fixture
def guarded(site: Any, caplog: pytest.LogCaptureFixture) -> GuardedSite:
    """A throw-away site whose builds check: no traceback, inputs untouched, safe HTML, no notes, no
    invisible characters."""
    return GuardedSite(site, caplog)


MARKUP_WARNING = "contains markup characters (< or >); they are shown as text, never as markup"


def markup_warnings(messages: list[str]) -> list[tuple[str, str]]:
    """(file:line, field) of each warning about markup characters in a registry field."""
    found = []
    for m in messages:
        where, rest = m.split(": changemaker ", 1)
        found.append((where.rsplit("/", 1)[-1], rest.removesuffix(" " + MARKUP_WARNING).rsplit(": ", 1)[1]))
    return found


def relative_messages(messages: list[str], root: Path) -> list[str]:
    """Messages with the site's absolute folder taken off, for readable comparisons."""
    prefix = str(root / "content") + "/"
    return [m.replace(prefix, "") for m in messages]
