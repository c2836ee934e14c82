"""The README's five-minute example, read from the README itself: its files, what the build prints,
and the pages it tells the reader to open.

``tests/test_readme_example.py`` builds these files and holds the README to what it says;
``tools/screenshots.py --start`` photographs the same blog for the getting-started guide.
"""

from __future__ import annotations

import re
from pathlib import Path

README = Path(__file__).resolve().parent.parent / "README.md"
PREVIEW = "http://127.0.0.1:8000/"


def readme() -> str:
    return README.read_text(encoding="utf-8")


def files(text: str | None = None) -> dict[str, str]:
    """``{path: text}`` of each file the README shows as `` `content/…`: `` and a fenced block."""
    found = re.findall(r"^`(content/[^`]+)`:\n\n```\w*\n(.*?)^```", text or readme(), re.M | re.S)
    return dict(found)


def printed(text: str | None = None) -> list[str]:
    """The lines the README says the build prints (the block after "the plugin prints")."""
    match = re.search(r"the plugin prints[^\n]*:\n\n```text\n(.*?)^```", text or readme(), re.M | re.S)
    return match[1].splitlines() if match else []


def pages_to_open(text: str | None = None) -> list[str]:
    """The pages the README tells the reader to open on the ``pelican --listen`` preview, as paths
    relative to the preview's root (``spotlight/`` for ``http://127.0.0.1:8000/spotlight/``)."""
    urls = re.findall(rf"<({re.escape(PREVIEW)}[^>]*)>", text or readme())
    return [url.removeprefix(PREVIEW) for url in urls]
