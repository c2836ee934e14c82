"""Before/after of each optimisation, function by function, on a generated site (see docs/benchmarks.md).

    python bench/micro.py [--size 20000x5000]

The "before" side is the plain version each remaining optimisation replaced: ``links.related`` (kept,
and the reference the tests compare with), the word-by-word autolink scan (``tests/test_fast_paths.py``),
PyYAML's pure-Python loader and ``dataclasses.asdict``. Prints a Markdown table of wall times (best of
three). The shortcuts issue #17 measured and removed (``_surely_valid`` before jsonschema, the
``shlex`` shortcut, ``unescape_attribute``, ``relative_path``) are no longer compared here; see
``bench/fastpaths.py`` and docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from dataclasses import asdict
from datetime import datetime
from pathlib import Path

import markdown
from babel.dates import format_date

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "tests"))

from test_fast_paths import reference_link_text  # noqa: E402

import bench  # noqa: E402
from pelican_spotlight.core import registry as reg  # noqa: E402
from pelican_spotlight.core.i18n import Language  # noqa: E402
from pelican_spotlight.core.registry import load_registry  # noqa: E402
from pelican_spotlight.markup import autolink as autolink_module  # noqa: E402
from pelican_spotlight.markup import shortcodes  # noqa: E402
from pelican_spotlight.markup.autolink import NameIndex, autolink  # noqa: E402
from pelican_spotlight.markup.shortcodes import TAG_RE, Tag, _words, parse_tag  # noqa: E402
from pelican_spotlight.practice.related import RelatedIndex, backlinks, related  # noqa: E402

# How autolink found text before it read HTML with html.parser: a regular expression over "<...>".
MARKUP_RE = re.compile(r"(<!--.*?-->|<[^>]*>)", re.S)


def best(fn, repeat: int = 3) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


class Post:
    def __init__(self, name: str, date: datetime) -> None:
        self.name, self.date = name, date

    def __str__(self) -> str:
        return self.name


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--size", default="20000x5000")
    parser.add_argument("--sites", type=Path, default=HERE / "sites")
    args = parser.parse_args(argv)
    spec = bench.parse_size(args.size)
    root = args.sites / spec.label
    if not (root / "content" / "spotlight.yaml").exists():
        bench.generate(spec, root)
    registry_file = root / "content" / "spotlight.yaml"
    sources = sorted((root / "content" / "posts").rglob("*.md"))
    rows: list[tuple[str, float, float]] = []

    # Registry YAML.
    text = registry_file.read_text(encoding="utf-8")

    def pure_yaml():
        loader = reg._Loader(text)
        loader.construct_document(loader.get_single_node())
        loader.dispose()

    rows.append(
        (
            f"parse the registry YAML ({spec.changemakers:,} entries)",
            best(pure_yaml),
            best(lambda: reg.compose_yaml(text)),
        )
    )
    loaded = load_registry(registry_file, bench.slugify, None)
    assert not loaded.problems, loaded.problems[:3]

    # Tags: placeholder JSON.
    tags = [
        (m["name"], m["args"]) for src in sources for m in TAG_RE.finditer(src.read_text(encoding="utf-8"))
    ]
    parsed = [parse_tag(n, a, 1, "") for n, a in tags]
    rows.append(
        (
            f"placeholder JSON of {len(parsed):,} tags",
            best(lambda: [json.dumps(asdict(t), ensure_ascii=False, separators=(",", ":")) for t in parsed]),
            best(lambda: [t.to_json() for t in parsed]),
        )
    )

    # Tags: their arguments split once per distinct text (shlex reads a character at a time).
    def parse_every_tag():
        _words.cache_clear()
        return [parse_tag(n, a, 1, "") for n, a in tags]

    def parse_uncached():
        cached = shortcodes._words
        shortcodes._words = cached.__wrapped__
        try:
            return [parse_tag(n, a, 1, "") for n, a in tags]
        finally:
            shortcodes._words = cached

    rows.append((f"parse {len(tags):,} tags", best(parse_uncached), best(parse_every_tag)))

    # Autolink over the HTML of (a sample of) the posts, against the whole registry.
    sample = sources[:: max(1, len(sources) // 2000)]
    md = markdown.Markdown(extensions=["extra", "meta"])
    pages = [md.reset().convert(src.read_text(encoding="utf-8")) for src in sample]
    index = NameIndex(loaded)

    def placeholder(tag: Tag) -> str:
        return f"<span>{tag.slug}</span>"

    def before_autolink():
        for html in pages:
            linked: set[str] = set()
            "".join(
                p if not p or p.startswith("<") else reference_link_text(p, index, linked, placeholder)
                for p in MARKUP_RE.split(html)
            )

    rows.append(
        (
            f"autolink {len(pages):,} posts",
            best(before_autolink),
            best(lambda: [autolink(html, index, placeholder) for html in pages]),
        )
    )

    # The same autolink with every document read by html.parser, as if the strict tag split were gone.
    def parser_always():
        plain = autolink_module._simple_text_spans
        autolink_module._simple_text_spans = lambda html: None
        try:
            return [autolink(html, index, placeholder) for html in pages]
        finally:
            autolink_module._simple_text_spans = plain

    rows.append(
        (
            f"autolink {len(pages):,} posts: html.parser for all / strict tag split first",
            best(parser_always),
            best(lambda: [autolink(html, index, placeholder) for html in pages]),
        )
    )

    # Related posts: every post, from the tags of the sources.
    date_re = re.compile(r"^Date: (.+)$", re.M)
    features = {}
    posts = []
    for src in sources:
        body = src.read_text(encoding="utf-8")
        post = Post(src.name, datetime.fromisoformat(date_re.search(body)[1]))
        posts.append(post)
        features[post] = list(
            dict.fromkeys(parse_tag(m["name"], m["args"]).slug for m in TAG_RE.finditer(body))
        )
    by_slug = backlinks(posts, features)

    def before_related():
        for post in posts:
            related(post, features[post], by_slug, 5)

    def after_related():
        idx = RelatedIndex(by_slug)
        for post in posts:
            idx.related(post, features[post], 5)

    rows.append((f"related posts of {len(posts):,} posts", best(before_related, 1), best(after_related, 1)))

    # Dates as a profile page prints them: each post's date once per post that links it.
    dated = [post.date for post in posts for _ in range(3)]

    def babel_each_time():
        locale = Language("en").locale
        return [format_date(day.date(), "medium", locale=locale) for day in dated]

    def once_per_day():
        language = Language("en")
        return [language.date(day) for day in dated]

    rows.append((f"{len(dated):,} dates in English", best(babel_each_time), best(once_per_day)))

    print(f"Site {spec.posts:,} posts × {spec.changemakers:,} changemakers (bench/sites/{spec.label})\n")
    print("| step | before | after | speed-up |")
    print("| --- | ---: | ---: | ---: |")
    for what, before, after in rows:
        print(f"| {what} | {before:.3f} s | {after:.3f} s | {before / after:.1f}× |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
