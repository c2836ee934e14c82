"""What a default build's extra work is, counted in instructions rather than timed (issue #29).

    python bench/instructions.py --size 2000x300          # about 15 minutes on 2 cores
    python bench/instructions.py --size 2000x300 --jobs 1

This machine's speed swings by half within an hour, so a change worth 1% of a build is lost in
whole-build pairs. Valgrind counts the instructions a process runs, which do not move with the
machine's speed (two builds of the same code: 0.13% apart, from Python's hash seed). Each build runs
under ``valgrind --tool=callgrind`` (about 40 times slower) and the script prints the total of its
``Collected`` line for four builds of the same generated site (``bench/sites/POSTSxCHANGEMAKERS``):

- ``none``: without the plugin;
- ``empty``: without the plugin, plus as many empty pages as the plugin writes (``bench/phases.py``'s);
- ``no pages``: with the plugin at default settings, its generator's ``generate_output`` a no-op;
- ``defaults``: with the plugin at default settings.

From them, the issue's two in-process bounds: everything the plugin does besides writing its pages,
as a share of the build without it, and its pages against as many empty pages. An instruction is not
a fixed amount of time: these counts say where the work is and whether a change removed some; the
bounds are on time, which ``bench.py`` measures. Needs ``valgrind`` (Debian's package).
"""

from __future__ import annotations

import argparse
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


def child(conf: str, output: str, change: str, pages: int) -> None:
    """One build in this process, as ``pelican content`` runs it, with ``change`` made first."""
    if change == "no pages":
        from pelican_spotlight.builder import generator

        generator.SpotlightGenerator.generate_output = lambda self, writer: None
    elif change == "empty":
        from collections import defaultdict

        import phases

        phases.add_empty_pages(pages, defaultdict(float), defaultdict(float))
    from pelican import main

    sys.argv = ["pelican", "content", "-s", conf, "-o", output, "-q"]
    main()


def count(root: Path, name: str, pages: int) -> int:
    """The instructions of one build under Valgrind, in a fresh output folder."""
    conf, change = BUILDS[name]
    with tempfile.TemporaryDirectory(prefix="spotlight-instructions-") as out:
        done = subprocess.run(
            [
                "valgrind",
                "--tool=callgrind",
                "--callgrind-out-file=/dev/null",
                sys.executable,
                __file__,
                "--child",
                conf,
                out,
                change,
                str(pages),
            ],
            cwd=root,
            capture_output=True,
            text=True,
        )
    found = COLLECTED.findall(done.stderr)
    if done.returncode or not found:
        raise SystemExit(f"{name}: valgrind exited {done.returncode}\n{done.stderr[-2000:]}")
    return int(found[-1])


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
    parser.add_argument(
        "--child", nargs=4, metavar=("CONF", "OUTPUT", "CHANGE", "PAGES"), help=argparse.SUPPRESS
    )
    args = parser.parse_args(argv)
    if args.child:
        conf, output, change, pages = args.child
        child(conf, output, change, int(pages))
        return 0
    if shutil.which("valgrind") is None:
        raise SystemExit("valgrind is not installed (Debian: apt-get install valgrind)")

    spec = bench.parse_size(args.size)
    root = args.sites / spec.label
    if not (root / "conf_defaults.py").exists():
        bench.generate(spec, root)
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
