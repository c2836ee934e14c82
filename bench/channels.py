"""What issue #25's channels cost on their own: the weekly rhythm, the share kit's email, the lists.

    python bench/channels.py [--posts 50000] [--people 5000] [--rounds 5]

In-process CPU seconds (``time.process_time``), best of ``--rounds``, of:

1. ``report.build_report`` over ``--posts`` social posts on five channels spread over 14 years (about
   730 ISO weeks) and no blog post, with ``SPOTLIGHT_SOCIAL_WEEKLY_OTHERS`` as an int (all channels
   together) and as a dict (three channels with goals of their own), and ``report.json``'s text of
   each (the weeks carry every channel);
2. the share kit of 2,000 posts featuring three people each, with the three networks alone and with
   the email added;
3. ``lists.list_files`` for ``--people`` changemakers (Mastodon CSVs and an OPML per circle).

Run with the package of before issue #25 first on ``PYTHONPATH`` (``git archive`` of that commit),
it prints the rows that package can give (an int goal, the three networks), for a before/after from
the same script. Prints a Markdown table for docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib.util
import random
import time
from collections.abc import Callable

from pelican_spotlight.channels.social import SocialPost
from pelican_spotlight.core.registry import Changemaker
from pelican_spotlight.practice.report import build_report, report_json
from pelican_spotlight.practice.share import NETWORKS, share_kit

CHANNELS = ("mastodon", "facebook", "twitter", "bluesky", "newsletter")
GOALS = {"facebook": 2, "twitter": 5, "mastodon": 3}
AFTER = importlib.util.find_spec("pelican_spotlight.practice.rhythm") is not None  # issue #25's package


def cpu(fn: Callable[[], object], rounds: int) -> float:
    """The least CPU time of ``rounds`` calls."""
    times = []
    for _ in range(rounds):
        start = time.process_time()
        fn()
        times.append(time.process_time() - start)
    return min(times)


def social_posts(count: int, seed: int = 25) -> list[SocialPost]:
    rng = random.Random(seed)
    first = dt.date(2012, 1, 2)
    return [
        SocialPost(
            first + dt.timedelta(days=rng.randrange(14 * 365)),
            rng.choice(CHANNELS),
            "others" if rng.random() < 0.75 else "self",
        )
        for _ in range(count)
    ]


def people(count: int, seed: int = 25) -> list[Changemaker]:
    rng = random.Random(seed)
    found = []
    for i in range(count):
        social = [("mastodon", f"@p{i}@s{i % 40}.example")] if rng.random() < 0.6 else []
        if rng.random() < 0.4:
            social.append(("bluesky", f"p{i}.bsky.social"))
        found.append(
            Changemaker(
                f"Person {i}",
                f"p{i}",
                circle="focus" if i < 10 else "extended",
                feed=f"https://p{i}.example/feed.xml" if rng.random() < 0.5 else None,
                social=tuple(social),
            )
        )
    return found


def report_rows(social: list[SocialPost], rounds: int) -> list[tuple[str, float]]:
    rows = []
    goals = [("an int (2)", 2), ("a dict (3 channels)", GOALS)] if AFTER else [("an int (2)", 2)]
    for label, goal in goals:
        report = build_report([], [], social=social, weekly_others=goal)
        weeks = len(report.social_weeks)
        seconds = cpu(lambda goal=goal: build_report([], [], social=social, weekly_others=goal), rounds)
        rows.append((f"build_report, {len(social):,} social posts, {weeks} weeks, goal {label}", seconds))
        seconds = cpu(lambda report=report: report_json(report), rounds)
        rows.append((f"report.json's text of that report ({len(report_json(report)):,} characters)", seconds))
    return rows


def share_rows(three: list[Changemaker], rounds: int) -> list[tuple[str, float]]:
    kinds = [("Mastodon, Bluesky, LinkedIn", NETWORKS)]
    if AFTER:
        kinds.append(("and email", (*NETWORKS, "email")))
    rows = []
    for label, networks in kinds:

        def kits(networks=networks) -> None:
            for n in range(2_000):
                share_kit(
                    f"Post number {n} about people",
                    f"https://b.example/{n}.html",
                    three,
                    "m.example",
                    networks,
                )

        rows.append((f"share kits of 2,000 posts: {label}", cpu(kits, rounds)))
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    parser.add_argument("--posts", type=int, default=50_000)
    parser.add_argument("--people", type=int, default=5_000)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args(argv)

    crowd = people(args.people)
    rows = report_rows(social_posts(args.posts), args.rounds) + share_rows(crowd[:3], args.rounds)
    if AFTER:
        from pelican_spotlight.cli.lists import list_files

        seconds = cpu(lambda: list_files(crowd), args.rounds)
        rows.append((f"lists.list_files, {args.people:,} changemakers", seconds))

    print(f"CPU seconds, best of {args.rounds}{'' if AFTER else ' (the package before issue #25)'}\n")
    print("| what | CPU s |")
    print("| --- | ---: |")
    for label, seconds in rows:
        print(f"| {label} | {seconds:.3f} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
