"""What each of the plugin's shortcuts saves against the library call it stands in for (issue #17).

    python bench/fastpaths.py --size 20000x5000 --rounds 7      # the YAML loader, in this process
    python bench/fastpaths.py --size 20000x5000 --collector     # one build: the collections in each stage
    python bench/fastpaths.py --size 2000x300 --spotlights      # one build: the memory of the four names

The shortcuts that saved under 1% of a 20,000-post build were removed (docs/benchmarks.md gives the
figures, measured with this script as it was at commit 3e405fb). Every comparison runs on the
generated site's real inputs (``bench/sites/POSTSxCHANGEMAKERS``, made by ``bench.py`` if missing).
Both sides run in the same process, interleaved (A B, B A, A B, ...), and the table gives the median
of each side's CPU time over the rounds and the range of the per-round difference, so a machine
shared with other work shows as a wide range rather than as a saving. ``--collector`` builds the
site once in this process and times every collection of the cyclic garbage collector by stage
(``gc.callbacks``, CPU time): what pausing it in a stage would save (issue #17 removed such a pause
from ``generate_context``).
"""

from __future__ import annotations

import argparse
import gc
import os
import statistics
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import bench  # noqa: E402
from pelican_spotlight.core import registry as reg  # noqa: E402

Row = tuple[str, list[float], list[float]]


def interleaved(
    library: Callable[[], object], shortcut: Callable[[], object], rounds: int
) -> tuple[list, list]:
    """(CPU seconds, wall seconds) of each run of both, alternating which goes first. On a shared
    machine the wall times mostly say how long the process waited for a core; CPU time is what the
    shortcut saves a build."""
    a: list[tuple[float, float]] = []
    b: list[tuple[float, float]] = []
    for i in range(rounds):
        for which in ("a", "b") if i % 2 == 0 else ("b", "a"):
            fn, out = (library, a) if which == "a" else (shortcut, b)
            cpu, wall = time.process_time(), time.perf_counter()
            fn()
            out.append((time.process_time() - cpu, time.perf_counter() - wall))
    return a, b


def registry_rows(root: Path, rounds: int) -> list[Row]:
    text = (root / "content" / "spotlight.yaml").read_text(encoding="utf-8")

    def pure_loader():
        loader = reg._Loader(text)
        loader.construct_document(loader.get_single_node())
        loader.dispose()

    rows = [
        (
            "YAML: `_FastLoader` (libyaml) vs `_Loader` (PyYAML's Python loader)",
            *interleaved(pure_loader, lambda: reg.compose_yaml(text), rounds),
        )
    ]
    return rows


def print_rows(rows: list[Row]) -> None:
    print("CPU seconds (process time), medians over the rounds; wall-clock medians in the last column.\n")
    print("| step | library call | shortcut | saved | saved, range over rounds | wall: library / shortcut |")
    print("| --- | ---: | ---: | ---: | ---: | ---: |")
    for what, a, b in rows:
        diffs = [x[0] - y[0] for x, y in zip(a, b, strict=True)]
        cpu_a, cpu_b = statistics.median(x[0] for x in a), statistics.median(x[0] for x in b)
        wall_a, wall_b = statistics.median(x[1] for x in a), statistics.median(x[1] for x in b)
        print(
            f"| {what} | {cpu_a:.4f} s | {cpu_b:.4f} s | {statistics.median(diffs):.4f} s"
            f" | {min(diffs):.4f} – {max(diffs):.4f} s | {wall_a:.3f} / {wall_b:.3f} s |"
        )


def collector_build(root: Path) -> None:
    """One build here; the CPU time of the collector's collections in each of the plugin's stages."""
    from pelican import Pelican
    from pelican.settings import read_settings

    from pelican_spotlight.builder import generator

    stage = ["elsewhere"]
    spent: dict[str, float] = defaultdict(float)
    counts: dict[tuple[str, int], int] = defaultdict(int)
    started = [0.0]

    def on_gc(phase: str, info: dict) -> None:  # the CPU time of each collection
        if phase == "start":
            started[0] = time.process_time()
        else:
            spent[stage[0]] += time.process_time() - started[0]
            counts[stage[0], info["generation"]] += 1

    def timed(name: str, function: Callable) -> Callable:
        def wrapper(*args, **kwargs):
            stage[0], start = name, time.process_time()
            try:
                return function(*args, **kwargs)
            finally:
                spent[name + " (whole stage)"] += time.process_time() - start
                stage[0] = "elsewhere"

        return wrapper

    cls = generator.SpotlightGenerator
    cls.generate_context = timed("generate_context", cls.generate_context)
    cls.generate_output = timed("generate_output", cls.generate_output)
    gc.callbacks.append(on_gc)
    os.chdir(root)
    cpu, wall = time.process_time(), time.perf_counter()
    with tempfile.TemporaryDirectory() as output:
        Pelican(read_settings("conf_plugin.py", override={"OUTPUT_PATH": output})).run()
    cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
    gc.callbacks.remove(on_gc)
    print(f"whole build: {cpu:.2f} s of CPU, {wall:.2f} s wall; CPU seconds below")
    for name, seconds in sorted(spent.items()):
        print(f"{name}: {seconds:.3f} s")
    for (name, generation), count in sorted(counts.items()):
        print(f"collections in {name}, generation {generation}: {count}")


NAMES = ("spotlight_related", "spotlight_jsonld", "spotlight_share")


def spotlights_build(root: Path) -> None:
    """One build here; before the plugin's pages are written, what each article's ``__dict__`` takes
    with the four plain attributes the plugin sets, and with ``spotlights`` alone (what the removed
    ``Spotlights`` list, which carried the other three in slots, gave); and the lazy ``JsonLd`` and
    ``ShareKit`` objects the plain attributes hold."""
    from pelican import Pelican
    from pelican.settings import read_settings

    from pelican_spotlight.builder import generator

    cls = generator.SpotlightGenerator
    write = cls.generate_output

    def measured(self, writer):
        articles = [a for a in self.context["articles"] if "spotlight_share" in a.__dict__]
        four = sum(sys.getsizeof(a.__dict__) for a in articles)
        # A dict never shrinks when keys are deleted, so "spotlights alone" is a fresh dict of the
        # other keys, beside a fresh dict of all of them (the same build history for both).
        copies = sum(sys.getsizeof(dict(a.__dict__)) for a in articles)
        one = sum(sys.getsizeof({k: v for k, v in a.__dict__.items() if k not in NAMES}) for a in articles)
        held = {id(o): o for a in articles for o in (a.spotlight_jsonld, a.spotlight_share)}  # shared once
        lazy = sum(sys.getsizeof(o) for o in held.values())
        n = len(articles)
        print(f"{n:,} articles: __dict__ {four / n:.0f} bytes each with the four attributes")
        print(f"as fresh dicts: {copies / n:.0f} bytes with the four, {one / n:.0f} with spotlights alone")
        print(f"jsonld + share objects: {lazy / n:.0f} bytes a post, {lazy / 2**20:.2f} MiB in all")
        return write(self, writer)

    cls.generate_output = measured
    os.chdir(root)
    with tempfile.TemporaryDirectory() as output:
        Pelican(read_settings("conf_plugin.py", override={"OUTPUT_PATH": output})).run()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    parser.add_argument("--size", default="20000x5000")
    parser.add_argument("--sites", type=Path, default=HERE / "sites")
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--spotlights", action="store_true", help="one build: memory of the four names")
    parser.add_argument("--collector", action="store_true", help="one build: collections by stage")
    args = parser.parse_args(argv)
    spec = bench.parse_size(args.size)
    root = args.sites / spec.label
    if not (root / "content" / "spotlight.yaml").exists():
        bench.generate(spec, root)
    if args.spotlights:
        spotlights_build(root.resolve())
        return 0
    if args.collector:
        collector_build(root.resolve())
        return 0
    print(
        f"Site {spec.posts:,} posts × {spec.changemakers:,} changemakers, {args.rounds} rounds, interleaved\n"
    )
    print_rows(registry_rows(root, args.rounds))
    return 0


if __name__ == "__main__":
    sys.exit(main())
