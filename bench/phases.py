"""Where a build's time goes, stage by stage, with the plugin and without it (issue #7).

    python bench/phases.py --size 2000x300 --rounds 5

``bench.py`` gives the ratio of whole builds; this script says which stages make the difference. It
builds the same generated site (``bench/sites/POSTSxCHANGEMAKERS``, made by ``bench.py`` if missing)
with ``PLUGINS = ["pelican_spotlight"]`` and with ``PLUGINS = []``, alternating, each build in a fresh
process that wraps a few of Pelican's and the plugin's functions with wall-clock timers and counts
the HTML pages it wrote, by folder. It prints the median of each stage and the page counts, so the
cost of a page Pelican writes (a tag page, say) can be set beside the pages the plugin adds. A third
build without the plugin also writes as many pages as the plugin adds, each only extending the
theme's ``base.html`` with a heading, in its own folder, through Pelican's writer: the cost of the
pages themselves, before they show anything.

Stages nest (reading includes Markdown; the spotlight stages include their parts); the timers add a
little to every build.
"""

from __future__ import annotations

import argparse
import functools
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import bench  # noqa: E402

# (label, module, attribute path): the stages timed in each build.
STAGES = [
    ("read every source file (Markdown and the tag extension)", "pelican.readers", "Readers.read_file"),
    ("  Markdown.convert", "markdown.core", "Markdown.convert"),
    ("Pelican: write the articles", "pelican.generators", "ArticlesGenerator.generate_articles"),
    (
        "Pelican: write the index pages and archives",
        "pelican.generators",
        "ArticlesGenerator.generate_direct_templates",
    ),
    ("Pelican: write the tag pages", "pelican.generators", "ArticlesGenerator.generate_tags"),
    ("Pelican: write the category pages", "pelican.generators", "ArticlesGenerator.generate_categories"),
    ("Pelican: write the author pages", "pelican.generators", "ArticlesGenerator.generate_authors"),
    (
        "spotlight: read the registry (load_site_registry)",
        "pelican_spotlight.builder.generator",
        "load_site_registry",
    ),
    (
        "spotlight: generate_context",
        "pelican_spotlight.builder.generator",
        "SpotlightGenerator.generate_context",
    ),
    (
        "  outputs against Pelican's (_check_outputs)",
        "pelican_spotlight.builder.generator",
        "SpotlightGenerator._check_outputs",
    ),
    ("  render placeholders and autolink", "pelican_spotlight.markup.render", "Renderer.render"),
    ("  of which autolink", "pelican_spotlight.markup.render", "autolink"),
    ("  people who should meet (connect.suggest)", "pelican_spotlight.practice.report", "suggest"),
    (
        "spotlight: link the stylesheet into pages with spotlight markup (any generator's)",
        "pelican_spotlight.builder.stylesheet",
        "link_stylesheet",
    ),
    (
        "spotlight: generate_output (every page and file)",
        "pelican_spotlight.builder.generator",
        "SpotlightGenerator.generate_output",
    ),
]


def _wrap(owner: object, attribute: str, label: str, totals: dict[str, float]) -> None:
    function = getattr(owner, attribute)

    @functools.wraps(function)
    def timed(*args, **kwargs):
        start = time.perf_counter()
        try:
            return function(*args, **kwargs)
        finally:
            totals[label] += time.perf_counter() - start

    setattr(owner, attribute, timed)


EMPTY = "Pelican: write the same number of empty pages"
EMPTY_TEMPLATE = '{% extends "base.html" %}{% block content %}<h1>{{ title }}</h1>{% endblock %}'


def add_empty_pages(count: int, totals: dict[str, float]) -> None:
    """After Pelican's own pages, write ``count`` pages that extend the theme's ``base.html`` with one
    heading, each in its own folder as the plugin's pages are, through Pelican's writer: what any
    page costs here before it shows anything."""
    from pelican.generators import ArticlesGenerator

    generate_output = ArticlesGenerator.generate_output

    def with_empty_pages(self, writer):
        generate_output(self, writer)
        start = time.perf_counter()
        template = self.env.from_string(EMPTY_TEMPLATE)
        for i in range(count):
            url = f"empty/{i}/"
            writer.write_file(
                url + "index.html",
                template,
                self.context,
                relative_urls=self.settings["RELATIVE_URLS"],
                url=url,
                title=f"Page {i}",
            )
        totals[EMPTY] += time.perf_counter() - start

    ArticlesGenerator.generate_output = with_empty_pages


def child(conf: str, output: str, empty_pages: int = 0) -> None:
    """One build in this process; prints its stage times and written files as JSON."""
    import importlib

    from pelican import Pelican
    from pelican.settings import read_settings

    totals: dict[str, float] = defaultdict(float)
    for label, module_name, path in STAGES:
        try:
            owner = importlib.import_module(module_name)
        except ImportError:
            continue
        *parents, attribute = path.split(".")
        for name in parents:
            owner = getattr(owner, name)
        if hasattr(owner, attribute):  # a stage the code being measured does not have yet is left out
            _wrap(owner, attribute, label, totals)
    if empty_pages:
        add_empty_pages(empty_pages, totals)

    shutil.rmtree(output, ignore_errors=True)
    start = time.perf_counter()
    Pelican(read_settings(conf, override={"OUTPUT_PATH": output})).run()
    totals["whole build (Pelican.run)"] = time.perf_counter() - start
    parts = [path.relative_to(output).parts for path in Path(output).rglob("*.html")]
    pages = Counter(p[0] if len(p) > 1 else "(top level)" for p in parts)
    shutil.rmtree(output, ignore_errors=True)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux
    print(json.dumps({"stages": totals, "pages": pages, "peak_mib": peak}))


def run(root: Path, config: str, empty_pages: int = 0) -> dict:
    """One build in a fresh process: ``config`` is ``plugin`` or ``none``."""
    extra = ["--empty-pages", str(empty_pages)] if empty_pages else []
    out = subprocess.run(
        [sys.executable, __file__, "--child", f"conf_{config}.py", f"phases-{config}", *extra],
        cwd=root,
        capture_output=True,
        text=True,
        check=True,
    )
    # As bench.py: the next build must not share the disk with this one's write-back and deletion.
    os.sync()
    return json.loads(out.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    parser.add_argument("--size", default="2000x300", help="POSTSxCHANGEMAKERS")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--sites", type=Path, default=HERE / "sites")
    parser.add_argument("--child", nargs=2, metavar=("CONF", "OUTPUT"), help=argparse.SUPPRESS)
    parser.add_argument("--empty-pages", type=int, default=0, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        child(*args.child, empty_pages=args.empty_pages)
        return 0

    spec = bench.parse_size(args.size)
    root = args.sites / spec.label
    if not (root / "conf_plugin.py").exists():
        bench.generate(spec, root)
    runs: dict[str, list[dict]] = {"none": [], "plugin": [], "empty": []}
    for round_ in range(args.rounds):
        for config in ("plugin", "none") if round_ % 2 == 0 else ("none", "plugin"):
            runs[config].append(run(root, config))
        if round_ == 0:  # the first round builds with the plugin first
            added = runs["plugin"][0]["pages"].get("spotlight", 0)
        # A third build without the plugin writes as many empty pages as the plugin's build wrote.
        runs["empty"].append(run(root, "none", empty_pages=added))

    labels = ["whole build (Pelican.run)"] + [label for label, _, _ in STAGES]
    print(f"Site {spec.label}: median of {args.rounds} builds per configuration, seconds\n")
    print("| stage | without plugin | with plugin | difference | difference / build without |")
    print("| --- | ---: | ---: | ---: | ---: |")
    base = statistics.median(r["stages"]["whole build (Pelican.run)"] for r in runs["none"])
    for label in labels:
        a = statistics.median(r["stages"].get(label, 0.0) for r in runs["none"])
        b = statistics.median(r["stages"].get(label, 0.0) for r in runs["plugin"])
        print(f"| {label.strip()} | {a:.3f} | {b:.3f} | {b - a:+.3f} | {(b - a) / base:+.1%} |")
    empty = statistics.median(r["stages"][EMPTY] for r in runs["empty"])
    print(
        f"\n{EMPTY} ({added}, each extending base.html with one heading, in a build without the "
        f"plugin): {empty:.3f} s, {(empty / base):.1%} of the build without the plugin"
    )
    peaks = {c: statistics.median(r["peak_mib"] for r in runs[c]) for c in runs}
    print(
        f"Peak RSS (median): {peaks['none']:.1f} MiB without the plugin, {peaks['plugin']:.1f} MiB with it, "
        f"{peaks['empty']:.1f} MiB without it but with the empty pages"
    )
    for config in ("none", "plugin"):
        pages = runs[config][0]["pages"]
        print(f"\nHTML pages written ({config}): {dict(sorted(pages.items()))}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
