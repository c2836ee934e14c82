"""People who should meet at size (issue #15): the tag index against comparing every pair.

    python bench/suggest.py --size 20000x5000 [--reference]

Reads the generated site (``bench/sites/POSTSxCHANGEMAKERS``, made by ``bench.py`` if missing) as
``pelican-spotlight`` does (from the spotlight cache of the last build when there is one, else every
file), so the registry and the post records are exactly those of a build with the plugin. Then it
times ``connect.suggest`` with the default maximum (best of five), says which tag levels it visited
and how many pairs each gave, and how many pairs comparing every pair would look at. With
``--reference`` it also times the tests' every-pair reference once (slow: that is the point) and
checks that both give the same suggestions. ``bench/phases.py`` gives its share of a whole build.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "tests"))

import bench  # noqa: E402
from pelican_spotlight.cli.reading import load_settings, read_site  # noqa: E402
from pelican_spotlight.practice import connect  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    parser.add_argument("--size", default="20000x5000", help="POSTSxCHANGEMAKERS")
    parser.add_argument("--sites", type=Path, default=HERE / "sites")
    parser.add_argument("--reference", action="store_true", help="also time comparing every pair")
    args = parser.parse_args(argv)

    spec = bench.parse_size(args.size)
    root = args.sites / spec.label
    if not (root / "conf_plugin.py").exists():
        bench.generate(spec, root)
    os.chdir(root)
    start = time.perf_counter()
    site = read_site(load_settings("conf_plugin.py"))
    read = time.perf_counter() - start
    people, posts, limit = list(site.registry), site.posts, site.config.suggest_max

    # Pairs per visited level, counted by wrapping the level search (a module global, so this works).
    levels: Counter[int] = Counter()
    pairs_sharing = connect._pairs_sharing

    def counted(level, *rest):
        levels[level] += 0  # visited, even if it gives no pair
        for pair in pairs_sharing(level, *rest):
            levels[level] += 1
            yield pair

    connect._pairs_sharing = counted
    found = connect.suggest(people, posts, limit)
    connect._pairs_sharing = pairs_sharing

    times = []
    for _ in range(5):
        start = time.perf_counter()
        connect.suggest(people, posts, limit)
        times.append(time.perf_counter() - start)

    connectors = sum(connect.is_connector(cm) for cm in people)
    tagged = [cm for cm in people if cm.tags]
    print(f"Site {spec.posts:,} posts × {spec.changemakers:,} changemakers (bench/sites/{spec.label})")
    print(f"read as the command line does in {read:.1f} s: {len(posts):,} published posts\n")
    print(f"- changemakers with tags: {len(tagged):,}, of whom {connectors:,} have `connect`")
    print(f"- every pair: {len(people) * (len(people) - 1) // 2:,}")
    for level in sorted(levels, reverse=True):
        tags = "1 tag" if level == 1 else f"{level} tags"
        print(f"- level {level} (pairs sharing exactly {tags}, one a connector): {levels[level]:,} pairs")
    print(f"- suggestions: {', '.join(s.label for s in found)}")
    print(f"- `connect.suggest` (SPOTLIGHT_SUGGEST_MAX = {limit}): best of five {min(times):.3f} s")
    if args.reference:
        from test_connect import reference

        start = time.perf_counter()
        expected = reference(people, posts, limit)
        print(f"- every pair compared (the tests' reference): {time.perf_counter() - start:.1f} s")
        got = [(s.a.slug, s.b.slug, sorted(s.shared_tags), s.both_focus) for s in found]
        assert got == expected, (got, expected)
        print("- same suggestions: yes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
