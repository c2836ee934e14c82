"""Benchmark: one build with a large registry (5,000 changemakers by default), timed and checked.

    python bench/registry_scale.py                  # 5,000 entries, fails if the build takes over 90 s
    python bench/registry_scale.py --entries 500 --limit 0   # another size, no time limit

This was a test with a wall-clock limit; a shared machine makes such a limit flaky, so the timing lives
here and the suite builds the same registry at a smaller size (tests/reliability/test_hostile_registry.py).
Each entry's summary holds markup characters, so the build must log exactly one warning per entry and
write one profile page per entry; a post lists the 1-in-50 entries of one tag. The build runs in this
process (Pelican's own API), into a temporary folder, with the content cache off. Exit code 1 if a check
fails or the build took longer than ``--limit`` seconds of wall time.
"""

from __future__ import annotations

import argparse
import logging
import sys
import tempfile
import time
from pathlib import Path

MARKUP_WARNING = "contains markup characters (< or >); they are shown as text, never as markup"
TAGS = 50  # each entry has tag t{i % TAGS}; the post lists tag t7's entries


def write_site(root: Path, entries: int) -> None:
    """The registry and one post that mentions the last entry and lists one tag's entries."""
    content = root / "content"
    (content / "posts").mkdir(parents=True)
    (content / "spotlight.yaml").write_text(
        "".join(
            f"- name: Person {i}\n  circle: {'focus' if i < 8 else 'extended'}\n  why: learn\n"
            f"  summary: Summary {i} & <b>co</b>\n  tags: [t{i % TAGS}]\n"
            for i in range(entries)
        ),
        encoding="utf-8",
    )
    (content / "posts" / "thanks.md").write_text(
        f"Title: Thanks\nDate: 2026-01-05\n\n{{% mention person-{entries - 1} %}}\n\n"
        "{% network tag=t7 %}\n",
        encoding="utf-8",
    )


class Messages(logging.Handler):
    """The plugin's warnings and errors, as logged."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        if record.name.startswith("pelican_spotlight"):
            self.messages.append(record.getMessage())


def build(root: Path) -> tuple[float, float, list[str]]:
    """Build the site once in this process: (wall seconds, CPU seconds, the plugin's messages)."""
    from pelican import Pelican
    from pelican.settings import read_settings

    settings = read_settings(
        path=None,
        override={
            "PATH": str(root / "content"),
            "OUTPUT_PATH": str(root / "output"),
            "CACHE_PATH": str(root / "cache"),
            "PLUGINS": ["pelican_spotlight"],
            "TIMEZONE": "UTC",
            "SITEURL": "",
            "FEED_ALL_ATOM": None,
            "CATEGORY_FEED_ATOM": None,
            "TRANSLATION_FEED_ATOM": None,
            "AUTHOR_FEED_ATOM": None,
            "AUTHOR_FEED_RSS": None,
            "CACHE_CONTENT": False,
            "LOAD_CONTENT_CACHE": False,
            "SPOTLIGHT_WARN_BELOW_TARGET": False,
        },
    )
    handler = Messages()
    logging.getLogger().addHandler(handler)
    try:
        wall, cpu = time.perf_counter(), time.process_time()
        Pelican(settings).run()
        wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    finally:
        logging.getLogger().removeHandler(handler)
    return wall, cpu, handler.messages


def problems(root: Path, entries: int, messages: list[str]) -> list[str]:
    """What the build got wrong: one markup warning per entry, in order, a page per entry, the list."""
    found = []
    others = [m for m in messages if MARKUP_WARNING not in m]
    if others:
        found.append(f"messages other than the markup warning: {others[:3]}")
    where = [m.split(": changemaker ", 1)[0].rsplit("/", 1)[-1] for m in messages]
    if where != [f"spotlight.yaml:{4 + 5 * i}" for i in range(entries)]:
        found.append(f"{len(messages)} warnings, not one per entry on its summary's line")
    pages = len(list((root / "output" / "spotlight").glob("person-*/index.html")))
    if pages != entries:
        found.append(f"{pages} profile pages for {entries} entries")
    cards = (root / "output" / "thanks.html").read_text(encoding="utf-8").count('<div class="spotlight-card ')
    expected = len(range(7, entries, TAGS))
    if cards != expected:
        found.append(f"the tag's network list shows {cards} cards, not {expected}")
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--entries", type=int, default=5000, help="changemakers in the registry")
    parser.add_argument("--limit", type=float, default=90.0, help="wall seconds allowed (0: no limit)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="spotlight-registry-scale-") as tmp:
        root = Path(tmp)
        write_site(root, args.entries)
        wall, cpu, messages = build(root)
        found = problems(root, args.entries, messages)
    print(f"{args.entries:,} registry entries: built in {wall:.1f} s wall, {cpu:.1f} s CPU")
    if args.limit and wall > args.limit:
        found.append(f"{wall:.1f} s is over the limit of {args.limit:.0f} s")
    for problem in found:
        print(f"FAILED: {problem}", file=sys.stderr)
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
