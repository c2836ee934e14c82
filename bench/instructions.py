"""What a default build's extra work is, counted in instructions rather than timed (issue #29).

    python bench/instructions.py --size 2000x300          # about 15 minutes on 2 cores
    python bench/instructions.py --size 2000x300 --jobs 1
    python bench/instructions.py --size 2000x300 --save   # a save: about 12 minutes

This machine's speed swings by half within an hour, so a change worth 1% of a build is lost in
whole-build pairs. Valgrind counts the instructions a process runs, which do not move with the
machine's speed (two builds of the same code: 0.13% apart, from Python's hash seed). Each build runs
under ``valgrind --tool=callgrind`` (about 40 times slower) and the script prints the total of its
``Collected`` line for four builds of the same generated site (``bench/sites/POSTSxCHANGEMAKERS``):

- ``none``: without the plugin;
- ``empty``: without the plugin, plus as many empty pages as the plugin writes (``bench/phases.py``'s);
- ``no pages``: with the plugin at default settings, its generator's ``generate_output`` a no-op;
- ``defaults``: with the plugin at default settings.

With ``--save``, the save-and-look loop instead: Pelican's content cache warm (each build its own
``CACHE_PATH``, filled by two builds first, and its own output folder: the caches' fingerprints hold
every setting), then one post touched, and four builds:

- ``none``: without the plugin;
- ``defaults``: with the plugin at default settings;
- ``no layouts``: the same, the pages the theme lays out for the plugin not written (their bodies
  are still made or read from the page cache): what skipping unchanged pages could save at most;
- ``no pages``: the same, the plugin's ``generate_output`` a no-op;

and the instructions of importing Pelican's generators and Markdown, without and with the plugin.

From the default builds, the issue's two in-process bounds: everything the plugin does besides
writing its pages, as a share of the build without it, and its pages against as many empty pages.
An instruction is not a fixed amount of time: these counts say where the work is and whether a
change removed some; the bounds are on time, which ``bench.py`` measures. Needs ``valgrind``
(Debian's package).
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import bench  # noqa: E402

COLLECTED = re.compile(r"Collected : (\d+)")
BUILDS = {  # name: (settings file, what the child changes before Pelican runs)
    "none": ("conf_none.py", ""),
    "empty": ("conf_none.py", "empty"),
    "no pages": ("conf_defaults.py", "no pages"),
    "defaults": ("conf_defaults.py", ""),
}


SAVE_BUILDS = {  # the save-and-look loop; each build keeps its own cache and output folder
    "none": ("conf_none-cached.py", ""),
    "defaults": ("conf_defaults-cached.py", ""),
    "no layouts": ("conf_defaults-cached.py", "no layouts"),
    "no pages": ("conf_defaults-cached.py", "no pages"),
}
PELICAN = "import pelican.generators, pelican.readers, pelican.writers, markdown"
IMPORTS = {  # what a build imports before it reads anything, without and with the plugin
    "Pelican": PELICAN,
    "Pelican and the plugin": f"{PELICAN}; import pelican_spotlight; pelican_spotlight.register(); "
    "import pelican_spotlight.builder.generator",
}


def child(conf: str, output: str, change: str, pages: int, cache: str = "") -> None:
    """One build in this process, as ``pelican content`` runs it, with ``change`` made first."""
    if change == "no layouts":
        from pelican_spotlight.builder import generator

        generate_output = generator.SpotlightGenerator.generate_output
        generator.SpotlightGenerator.generate_output = lambda self, writer: generate_output(
            self, LayoutsSkipped(writer)
        )
    elif change == "no pages":
        from pelican_spotlight.builder import generator

        generator.SpotlightGenerator.generate_output = lambda self, writer: None
    elif change == "empty":
        from collections import defaultdict

        import phases

        phases.add_empty_pages(pages, defaultdict(float), defaultdict(float))
    from pelican import main

    extra = ["-e", f"CACHE_PATH={json.dumps(cache)}"] if cache else []
    sys.argv = ["pelican", "content", "-s", conf, "-o", output, "-q", *extra]
    main()


class LayoutsSkipped:
    """Pelican's writer, except that the pages the theme lays out for the plugin are not written."""

    def __init__(self, writer: object) -> None:
        from pelican_spotlight.builder.pages import SpotlightPage

        self.writer = writer
        self.skipped = SpotlightPage  # imported once, not on each of the build's thousands of writes

    def write_file(self, *args: object, **kwargs: object) -> object:
        if isinstance(kwargs.get("page"), self.skipped):
            return None
        return self.writer.write_file(*args, **kwargs)

    def __getattr__(self, name: str) -> object:
        return getattr(self.writer, name)


def valgrind(name: str, command: list[str], cwd: Path) -> int:
    """The instructions ``command`` runs under Valgrind."""
    valgrind = ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null"]
    done = subprocess.run([*valgrind, *command], cwd=cwd, capture_output=True, text=True)
    found = COLLECTED.findall(done.stderr)
    if done.returncode or not found:
        raise SystemExit(f"{name}: valgrind exited {done.returncode}\n{done.stderr[-2000:]}")
    return int(found[-1])


def child_command(conf: str, out: str, change: str, pages: int, cache: str = "") -> list[str]:
    return [sys.executable, __file__, "--child", conf, out, change, str(pages), cache]


def count(root: Path, name: str, pages: int) -> int:
    """The instructions of one build under Valgrind, in a fresh output folder."""
    conf, change = BUILDS[name]
    with tempfile.TemporaryDirectory(prefix="spotlight-instructions-") as out:
        return valgrind(name, child_command(conf, out, change, pages), root)


def save_counts(root: Path, spec: bench.SiteSpec, jobs: int) -> dict[str, int]:
    """The four builds of a save, each after its own cache is filled and the same post touched, and
    the two imports."""
    with tempfile.TemporaryDirectory(prefix="spotlight-instructions-") as tmp:
        folders = {name: (f"{tmp}/out-{i}", f"{tmp}/cache-{i}") for i, name in enumerate(SAVE_BUILDS)}
        commands = {
            name: child_command(conf, folders[name][0], change, 0, folders[name][1])
            for name, (conf, change) in SAVE_BUILDS.items()
        }
        for _ in range(2):  # the caches filled, as a writer's are before a save
            for command in commands.values():
                subprocess.run(command, cwd=root, check=True, capture_output=True)
        bench.touch_posts(root, spec, 0, count=1)
        with ThreadPoolExecutor(max_workers=max(1, jobs)) as pool:
            futures = {name: pool.submit(valgrind, name, command, root) for name, command in commands.items()}
            futures |= {
                name: pool.submit(valgrind, name, [sys.executable, "-c", code], root)
                for name, code in IMPORTS.items()
            }
            return {name: future.result() for name, future in futures.items()}


def print_save(spec: bench.SiteSpec, counts: dict[str, int]) -> None:
    base = counts["none"]
    print(f"Site {spec.label}, default settings, a save: content cache warm, one post touched\n")
    print("| build | instructions (billions) | against the build without the plugin |")
    print("| --- | ---: | ---: |")
    for name in SAVE_BUILDS:
        ratio = f"{counts[name] / base:.3f}" if name != "none" else "—"
        print(f"| {name} | {counts[name] / 1e9:.2f} | {ratio} |")
    for name in IMPORTS:
        print(f"| importing {name} | {counts[name] / 1e9:.2f} | |")
    billions = {
        "the plugin's extra": counts["defaults"] - base,
        "the theme's layouts around the plugin's pages, and writing them": counts["defaults"]
        - counts["no layouts"],
        "the rest of the plugin's generate_output": counts["no layouts"] - counts["no pages"],
        "importing the plugin": counts["Pelican and the plugin"] - counts["Pelican"],
    }
    print()
    for label, value in billions.items():
        print(f"- {label}: {value / 1e9:.2f} billion")


def plugin_pages(root: Path) -> int:
    """How many HTML pages the plugin writes at default settings: one plain build, counted."""
    with tempfile.TemporaryDirectory(prefix="spotlight-instructions-") as out:
        cmd = [sys.executable, "-m", "pelican", "content", "-s", "conf_defaults.py", "-o", out, "-q"]
        subprocess.run(cmd, cwd=root, check=True, capture_output=True)
        return sum(1 for _ in (Path(out) / "spotlight").rglob("*.html"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    parser.add_argument("--size", default="2000x300", help="POSTSxCHANGEMAKERS")
    parser.add_argument("--sites", type=Path, default=HERE / "sites")
    parser.add_argument("--jobs", type=int, default=2, help="builds under Valgrind at once")
    parser.add_argument("--save", action="store_true", help="a save with the content cache warm instead")
    parser.add_argument(
        "--child", nargs=5, metavar=("CONF", "OUTPUT", "CHANGE", "PAGES", "CACHE"), help=argparse.SUPPRESS
    )
    args = parser.parse_args(argv)
    if args.child:
        conf, output, change, pages, cache = args.child
        child(conf, output, change, int(pages), cache)
        return 0
    if shutil.which("valgrind") is None:
        raise SystemExit("valgrind is not installed (Debian: apt-get install valgrind)")

    spec = bench.parse_size(args.size)
    root = args.sites / spec.label
    if not (root / "conf_defaults-cached.py").exists():
        bench.generate(spec, root)
    if args.save:
        print_save(spec, save_counts(root, spec, args.jobs))
        return 0
    pages = plugin_pages(root)
    with ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        futures = {name: pool.submit(count, root, name, pages) for name in BUILDS}
        counts = {name: future.result() for name, future in futures.items()}

    base = counts["none"]
    print(f"Site {spec.label}, default settings; instructions per build (valgrind --tool=callgrind)\n")
    print("| build | instructions (billions) | against the build without the plugin |")
    print("| --- | ---: | ---: |")
    for name, value in counts.items():
        share = f"{(value - base) / base:+.1%}" if name != "none" else "—"
        print(f"| {name} | {value / 1e9:.2f} | {share} |")
    besides = counts["no pages"] - base
    own = counts["defaults"] - counts["no pages"]
    empty = counts["empty"] - base
    print(f"\nThe plugin besides writing its pages: {besides / base:.1%} of the build without it.")
    print(
        f"Its {pages} pages: {own / 1e9:.2f} billion, {own / empty:.1f} times as many empty pages "
        f"({empty / 1e9:.2f} billion)."
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
