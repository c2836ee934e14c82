"""Where a build's time goes, stage by stage, with the plugin and without it (issue #7).

    python bench/phases.py --size 2000x300 --rounds 5
    python bench/phases.py --size 2000x300 --rounds 7 --with defaults   # default settings (issue #29)

``bench.py`` gives the ratio of whole builds; this script says which stages make the difference. It
builds the same generated site (``bench/sites/POSTSxCHANGEMAKERS``, made by ``bench.py`` if missing)
with ``PLUGINS = ["pelican_spotlight"]`` and with ``PLUGINS = []``, alternating, each build in a fresh
process that wraps a few of Pelican's and the plugin's functions with timers (wall clock and the
process's CPU time) and counts the HTML pages it wrote, by folder. It prints the median of each stage
on both clocks and the page counts, so the cost of a page Pelican writes (a tag page, say) can be set
beside the pages the plugin adds. A third
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

WHOLE = "whole build (Pelican.run)"
OUTPUT = "spotlight: generate_output (every page and file)"

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
    # The registry as a build gets it: read by the generator before registry_cache existed, through
    # registry_cache.load since (notes left out, the copy, the cache when Pelican keeps its own).
    ("spotlight: read the registry", "pelican_spotlight.builder.generator", "load_site_registry"),
    ("spotlight: read the registry", "pelican_spotlight.builder.registry_cache", "load"),
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
    (OUTPUT, "pelican_spotlight.builder.generator", "SpotlightGenerator.generate_output"),
    ("  profile pages and the directory", "pelican_spotlight.builder.outputs", "write_directory"),
    ("  the report page and report.json", "pelican_spotlight.builder.outputs", "write_report"),
    ("    its charts (report_charts)", "pelican_spotlight.builder.outputs", "report_charts"),
    ("  roundups, their archive and feed", "pelican_spotlight.builder.outputs", "write_roundups"),
    ("  each page's body (spotlight template)", "pelican_spotlight.builder.pages", "Output.theme_page"),
]


def _wrap(owner: object, attribute: str, label: str, totals: dict[str, float], cpu: dict[str, float]) -> None:
    function = getattr(owner, attribute)

    @functools.wraps(function)
    def timed(*args, **kwargs):
        start, start_cpu = time.perf_counter(), time.process_time()
        try:
            return function(*args, **kwargs)
        finally:
            totals[label] += time.perf_counter() - start
            cpu[label] += time.process_time() - start_cpu

    setattr(owner, attribute, timed)


EMPTY = "Pelican: write the same number of empty pages"
EMPTY_TEMPLATE = '{% extends "base.html" %}{% block content %}<h1>{{ title }}</h1>{% endblock %}'


def add_empty_pages(count: int, totals: dict[str, float], cpu: dict[str, float]) -> None:
    """After Pelican's own pages, write ``count`` pages that extend the theme's ``base.html`` with one
    heading, each in its own folder as the plugin's pages are, through Pelican's writer: what any
    page costs here before it shows anything."""
    from pelican.generators import ArticlesGenerator

    generate_output = ArticlesGenerator.generate_output

    def with_empty_pages(self, writer):
        generate_output(self, writer)
        start, start_cpu = time.perf_counter(), time.process_time()
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
        cpu[EMPTY] += time.process_time() - start_cpu

    ArticlesGenerator.generate_output = with_empty_pages


def child(conf: str, output: str, empty_pages: int = 0) -> None:
    """One build in this process; prints its stage times (wall and CPU) and written files as JSON."""
    import importlib

    from pelican import Pelican
    from pelican.settings import read_settings

    totals: dict[str, float] = defaultdict(float)
    cpu: dict[str, float] = defaultdict(float)
    for label, module_name, path in STAGES:
        try:
            owner = importlib.import_module(module_name)
        except ImportError:
            continue
        *parents, attribute = path.split(".")
        for name in parents:
            owner = getattr(owner, name)
        if hasattr(owner, attribute):  # a stage the code being measured does not have yet is left out
            _wrap(owner, attribute, label, totals, cpu)
    if empty_pages:
        add_empty_pages(empty_pages, totals, cpu)

    shutil.rmtree(output, ignore_errors=True)
    start, start_cpu = time.perf_counter(), time.process_time()
    Pelican(read_settings(conf, override={"OUTPUT_PATH": output})).run()
    totals[WHOLE] = time.perf_counter() - start
    cpu[WHOLE] = time.process_time() - start_cpu
    parts = [path.relative_to(output).parts for path in Path(output).rglob("*.html")]
    pages = Counter(p[0] if len(p) > 1 else "(top level)" for p in parts)
    shutil.rmtree(output, ignore_errors=True)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux
    print(json.dumps({"stages": totals, "cpu": cpu, "pages": pages, "peak_mib": peak}))


def run(root: Path, config: str, empty_pages: int = 0) -> dict:
    """One build in a fresh process with ``conf_{config}.py`` (``plugin``, ``defaults`` or ``none``)."""
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


def median(runs: list[dict], clock: str, label: str) -> float:
    """The median over ``runs`` of one stage on one clock (``stages`` is wall time, ``cpu`` CPU time)."""
    return statistics.median(r[clock].get(label, 0.0) for r in runs)


def stage_table(runs: dict[str, list[dict]], with_plugin: str) -> None:
    """Each stage without and with the plugin, wall time beside CPU time."""
    none, plugin = runs["none"], runs[with_plugin]
    base = {clock: median(none, clock, WHOLE) for clock in ("stages", "cpu")}
    share = "difference / build without"
    print(f"| stage | wall without | wall with | {share} | CPU without | CPU with | {share} |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: |")
    for label in dict.fromkeys([WHOLE] + [label for label, _, _ in STAGES]):  # a label may have two rows
        cells = []
        for clock in ("stages", "cpu"):
            a, b = median(none, clock, label), median(plugin, clock, label)
            cells += [f"{a:.3f}", f"{b:.3f}", f"{(b - a) / base[clock]:+.1%}"]
        print(f"| {label.strip()} | " + " | ".join(cells) + " |")


def bounds(runs: dict[str, list[dict]], with_plugin: str) -> None:
    """Issue #29's two in-process bounds: what the plugin does besides writing its pages, as a share of
    the build without it, and its pages against as many empty pages, on each clock."""
    none, plugin, empty = runs["none"], runs[with_plugin], runs["empty"]
    for clock, name in (("stages", "wall"), ("cpu", "CPU")):
        base = median(none, clock, WHOLE)
        extra = median(plugin, clock, WHOLE) - base
        pages = median(plugin, clock, OUTPUT)
        blank = median(empty, clock, EMPTY)
        print(
            f"{name}: the plugin besides writing its pages {(extra - pages) / base:.1%} "
            f"of the build without it; its pages {pages:.3f} s against {blank:.3f} s for as many empty "
            f"pages ({pages / blank:.2f} times)"
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    parser.add_argument("--size", default="2000x300", help="POSTSxCHANGEMAKERS")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--sites", type=Path, default=HERE / "sites")
    parser.add_argument(
        "--with",
        dest="with_plugin",
        choices=("plugin", "defaults"),
        default="plugin",
        help="the build with the plugin: every output on (plugin, as bench.py's table) or default settings",
    )
    parser.add_argument("--child", nargs=2, metavar=("CONF", "OUTPUT"), help=argparse.SUPPRESS)
    parser.add_argument("--empty-pages", type=int, default=0, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        child(*args.child, empty_pages=args.empty_pages)
        return 0

    spec = bench.parse_size(args.size)
    root = args.sites / spec.label
    if not (root / f"conf_{args.with_plugin}.py").exists():
        bench.generate(spec, root)
    with_plugin = args.with_plugin
    runs: dict[str, list[dict]] = {"none": [], with_plugin: [], "empty": []}
    for round_ in range(args.rounds):
        for config in (with_plugin, "none") if round_ % 2 == 0 else ("none", with_plugin):
            runs[config].append(run(root, config))
        if round_ == 0:  # the first round builds with the plugin first
            added = runs[with_plugin][0]["pages"].get("spotlight", 0)
        # A third build without the plugin writes as many empty pages as the plugin's build wrote.
        runs["empty"].append(run(root, "none", empty_pages=added))

    print(
        f"Site {spec.label}, conf_{with_plugin}.py against conf_none.py:"
        f" median of {args.rounds} builds each\n"
    )
    stage_table(runs, with_plugin)
    print(f"\n{EMPTY} ({added}, each extending base.html with one heading, in a build without the plugin):")
    for clock, name in (("stages", "wall"), ("cpu", "CPU")):
        empty, base = median(runs["empty"], clock, EMPTY), median(runs["none"], clock, WHOLE)
        print(f"{name} {empty:.3f} s, {empty / base:.1%} of the build without the plugin")
    print()
    bounds(runs, with_plugin)
    peaks = {c: statistics.median(r["peak_mib"] for r in runs[c]) for c in runs}
    print(
        f"Peak RSS (median): {peaks['none']:.1f} MiB without the plugin,"
        f" {peaks[with_plugin]:.1f} MiB with it,"
        f" {peaks['empty']:.1f} MiB without it but with the empty pages"
    )
    for config in ("none", with_plugin):
        pages = runs[config][0]["pages"]
        print(f"\nHTML pages written ({config}): {dict(sorted(pages.items()))}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
