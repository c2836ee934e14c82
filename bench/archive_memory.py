"""Peak memory and CPU time of reading a large Mastodon outbox: the streaming reader against a whole-file one.

    python bench/archive_memory.py [--mib 200] [--rounds 3]

Writes an ``outbox.json`` of about ``--mib`` MiB in the export's shape (``social.outbox``: boosts,
public posts mentioning or linking changemakers, replies, direct and followers-only posts), then
reads it in fresh processes, alternating:

- ``stream``: the plugin's ``social.read_archive`` (ijson's event parser, one activity at a time);
- ``whole``: the way the reader worked before issue #23, ``json.load`` of the whole file, then the
  rules over every activity (``social.classify_activity``), its day and its record;
- ``before`` (with ``--before PYTHON``): ``social.read_archive`` of the plugin installed for that
  interpreter, e.g. a virtualenv with an earlier commit installed: today's reader itself;
- ``baseline``: the same process doing nothing but the imports, so the peaks can be read as the
  reading's own cost.

Prints a Markdown table of the median peak RSS (``ru_maxrss``) and CPU seconds (user + system) of
each, and the count of posts each found (they must agree).
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

PEOPLE = [(f"site{i}.example", f"@person{i}@social{i % 7}.example") for i in range(300)]


def child(mode: str, path: str) -> None:
    """One reading in this process; prints its peak, CPU time and count as JSON."""
    import datetime as dt

    from pelican_spotlight.channels.social import (
        MASTODON,
        Matcher,
        SocialPost,
        classify_activity,
        read_archive,
    )
    from pelican_spotlight.core.registry import Changemaker

    try:
        from pelican_spotlight.core.dates import DateWindow, instant_day

        window: tuple = (DateWindow(dt.date(2026, 12, 1)),)
    except ImportError:  # a version before the date window (issue #23)
        window = ()

    people = [
        Changemaker(f"P{i}", f"p{i}", url=f"https://{host}", social=(("mastodon", handle),))
        for i, (host, handle) in enumerate(PEOPLE)
    ]
    matcher = Matcher(people, "https://bench.example")
    start = time.process_time()
    count = 0
    if mode in ("stream", "before"):
        count = len(read_archive(Path(path), matcher, set(), *window)[0])
    elif mode == "whole":
        with open(path, "rb") as f:
            items = json.load(f)["orderedItems"]
        posts, seen = [], set()
        for item in items:
            counted = classify_activity(item, matcher)
            if counted is None or item.get("id") in seen:
                continue
            seen.add(item.get("id"))
            day = instant_day(item.get("published"))
            if day is not None:
                posts.append(SocialPost(day, MASTODON, *counted))
        count = len(posts)
    cpu = time.process_time() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux
    print(json.dumps({"peak_mib": peak, "cpu": cpu, "count": count}))


def write_outbox(path: Path, mib: int) -> int:
    """An outbox of about ``mib`` MiB (bench/social.py's generator, sized by a first small sample)."""
    import social

    sample = len(json.dumps(social.outbox(PEOPLE, 2_000)))
    items = int(mib * 2**20 / sample * 2_000)
    path.write_text(json.dumps(social.outbox(PEOPLE, items)), encoding="utf-8")
    return items


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--mib", type=int, default=200, help="size of the outbox to write, MiB")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--dir", type=Path, default=HERE / "sites" / "archive-memory")
    parser.add_argument("--before", metavar="PYTHON", help="an interpreter with an earlier plugin installed")
    parser.add_argument("--child", nargs=2, metavar=("MODE", "PATH"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        child(*args.child)
        return 0

    args.dir.mkdir(parents=True, exist_ok=True)
    path = args.dir / f"outbox-{args.mib}.json"
    if not path.exists():
        items = write_outbox(path, args.mib)
        print(f"wrote {path} ({items:,} activities)", file=sys.stderr)
    size = path.stat().st_size / 2**20
    modes = ["stream", "whole", *(["before"] if args.before else []), "baseline"]
    runs: dict[str, list[dict]] = {mode: [] for mode in modes}
    for round_ in range(args.rounds):
        for mode in modes if round_ % 2 == 0 else [*modes[-2::-1], modes[-1]]:
            python = args.before if mode == "before" else sys.executable
            command = [python, __file__, "--child", mode, str(path)]
            out = subprocess.run(command, capture_output=True, text=True, check=True)
            runs[mode].append(json.loads(out.stdout.strip().splitlines()[-1]))
    print(f"outbox.json of {size:,.1f} MiB, median of {args.rounds} fresh processes each\n")
    print("| reader | peak RSS, MiB | over the baseline, MiB | CPU s | posts counted |")
    print("| --- | ---: | ---: | ---: | ---: |")
    base = statistics.median(r["peak_mib"] for r in runs["baseline"])
    labels = {
        "stream": "streaming (this version)",
        "whole": "json.load, then the rules",
        "before": f"read_archive of {args.before}",
        "baseline": "imports only",
    }
    for mode in modes:
        peak = statistics.median(r["peak_mib"] for r in runs[mode])
        cpu = statistics.median(r["cpu"] for r in runs[mode])
        counts = ", ".join(f"{c:,}" for c in sorted({r["count"] for r in runs[mode]}))
        print(f"| {labels[mode]} | {peak:,.1f} | {peak - base:+,.1f} | {cpu:.2f} | {counts} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
