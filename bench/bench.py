"""Benchmark: the cost of pelican-spotlight on a synthetic archive, against the same site without it.

    python bench/bench.py                      # both sizes: 2000x300 and 20000x5000 (posts x changemakers)
    python bench/bench.py --size 2000x300      # one size (repeat --size for more)
    BENCH_SIZES=tiny python bench/bench.py     # smoke size: 20 posts, 10 changemakers, 1 round

For each size it generates a deterministic site into ``bench/sites/`` (seeded), then builds the SAME
content with the plugin and with ``PLUGINS = []``, alternating (plugin, none, plugin, none, ...), each
build in a fresh ``pelican`` subprocess into a fresh output folder with the content cache off. It
reports the median wall time and the median peak memory (max RSS of the child, from ``os.wait4``) of
each configuration and their ratio, and times ``pelican-spotlight report`` against the full build
when the command exists: with ``--no-cache`` (every file read, as a first run), after a build (the
spotlight cache the last plugin build left), and after a build with 1% of the posts touched. Below
10,000 posts two rows more, each of alternated pairs (ratio taken pair by pair): the plugin with
default settings against none, and the save-and-look loop (Pelican's content cache warm, one post
touched before each pair) with default settings against none. The result is a Markdown table on
stdout (and in ``bench/sites/results.md``).
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib.util
import json
import os
import platform
import random
import shutil
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
THEME = HERE / "theme"
SEED = 20261125
DEFAULT_SIZES = ("2000x300", "20000x5000")
TINY = "20x10"

# -- content generation -------------------------------------------------------------------------------


def _words(text: str) -> list[str]:
    return text.split()


FIRST = _words(
    "Ada Amara Bea Cai Dara Eli Femi Gus Hana Ines Jai Kemi Lior Mara Noor Omar Pia Quinn Rosa Sami "
    "Tala Uma Vero Wren Xin Yara Zeke Alba Bruno Cleo Dev Esme Farah Gil Hugo Ivo Jora Kai Lena Milo "
    "Nia Otto Priya Rafa Sol Teo Ulla Vik Wanda Yuki Zara Anya Basil Cora Duke Edda Fynn Greta Hal Isla "
    "Juno Kofi Luz Moss Nell Ode Pax Rhea Saul Tove Uri Vida Wim Xavi Yael Zuri"
)
LAST = _words(
    "Abara Becker Castillo Dlamini Eriksen Fontaine Gallo Haddad Ivanova Jansen Kaur Lindqvist Moreau "
    "Nakamura Okafor Petrov Quispe Rahman Santos Tanaka Umeh Varga Wojcik Xu Yilmaz Zhou Achebe Bauer "
    "Carvalho Duarte Eze Fischer Garcia Horvat Ibarra Jovanovic Kowalski Laine Mensah Novak Oyelaran "
    "Pereira Quaye Rossi Sato Toure Uddin Vidal Weber Yamada Zeller Amadi Bianchi Costa Dubois Engel "
    "Ferreira Gupta Hoffmann Ito Jensen Kim Lopes Mwangi Nilsen Ortiz Park Reyes Silva Torres Urbina "
    "Vasquez Wagner Yusuf Ziegler Aalto"
)
ORG_A = _words("Open Green Common River Civic Shared Mutual Bright Free Neighbour Rooted Public")
ORG_B = _words("Commons Kitchen Garden Tools Futures Streets Data Housing Care Energy Water Schools")
ORG_C = _words("Collective Network Lab Alliance Cooperative Project Institute Trust Fund Society")
TOPICS = _words(
    "organizing housing climate care art emergence tools data education food energy transit health "
    "labour mutual-aid commons writing media research policy youth water land justice culture peace "
    "cooperatives design open-source libraries"
)
CATEGORIES = ("Notes", "Essays", "Events", "Reading", "Projects", "Letters", "Interviews", "Updates")
WORDS = _words(
    "the a of to and in that is for it as with was on be by this are from at or have not but they "
    "which one all were we when there can an more if will about so what up out would who been some "
    "people work community time year way group meeting plan question story practice network idea "
    "neighbourhood project change learning shared slow careful public local small patient honest "
    "season garden library street table letter map bridge thread circle lesson campaign budget report "
    "volunteer organizer member tenant council school kitchen workshop archive conversation notebook "
    "listen build repair gather share teach write read carry open invite follow support return start "
    "because although still perhaps often together already almost never quite rather really simply"
)
LINK_HOSTS = ("example.org", "example.net", "example.com", "wiki.example", "news.example")
CODE = '```python\ndef total(items):\n    """Add the counts."""\n    return sum(i.count for i in items)\n```'


@dataclass
class Person:
    name: str
    slug: str
    circle: str


@dataclass
class SiteSpec:
    posts: int
    changemakers: int
    seed: int = SEED
    people: list[Person] = field(default_factory=list)

    @property
    def label(self) -> str:
        return f"{self.posts}x{self.changemakers}"


def slugify(name: str) -> str:
    return "-".join(name.lower().split())


def make_people(rng: random.Random, count: int) -> list[Person]:
    pairs = [(f, last) for f in FIRST for last in LAST]
    orgs = [(a, b, c) for a in ORG_A for b in ORG_B for c in ORG_C]
    rng.shuffle(pairs)
    rng.shuffle(orgs)
    people = []
    for i in range(count):
        name = " ".join(orgs.pop()) if i % 5 == 4 else " ".join(pairs.pop())
        people.append(Person(name, slugify(name), "focus" if i < 10 else "extended"))
    return people


def registry_yaml(rng: random.Random, people: list[Person]) -> str:
    lines = ["changemakers:"]
    for i, p in enumerate(people):
        org = i % 5 == 4
        handle = p.slug.replace("-", "")[:20]
        lines += [f"  - name: {p.name}"]
        if i % 2:
            lines.append(f"    slug: {p.slug}")
        lines += [
            f"    kind: {'organization' if org else 'individual'}",
            f"    circle: {p.circle}",
            f"    why: [{', '.join(rng.sample(('learn', 'contribute', 'connect'), rng.randint(1, 2)))}]",
            f"    url: https://{handle}.example/",
            f"    summary: {sentence(rng, 10, 22)}",
            f"    tags: [{', '.join(rng.sample(TOPICS, rng.randint(1, 3)))}]",
        ]
        if i % 3 == 0:
            lines.append(f"    feed: https://{handle}.example/feed.xml")
        if i % 4 == 0:
            lines.append(f'    social: {{mastodon: "@{handle}@social.example", bluesky: {handle}.example}}')
        if i % 7 == 0:
            lines.append(f"    image: https://img.example/{handle}.jpg")
        if i % 5 == 0 and not org:
            lines.append(f"    aliases: [{p.name.split()[0]} {p.name.split()[1][0]}.]")
        lines.append(f"    since: {dt.date(2015, 1, 1) + dt.timedelta(days=rng.randrange(3650))}")
        if i % 6 == 0:
            lines.append("    notes: private — never published")
    return "\n".join(lines) + "\n"


def sentence(rng: random.Random, low: int, high: int) -> str:
    words = rng.choices(WORDS, k=rng.randint(low, high))
    return " ".join(words).capitalize() + "."


def paragraph(rng: random.Random) -> str:
    sentences = [sentence(rng, 8, 20) for _ in range(rng.randint(3, 7))]
    if rng.random() < 0.5:
        i = rng.randrange(len(sentences))
        words = " ".join(rng.choices(WORDS, k=rng.randint(2, 4)))
        url = f"https://{rng.choice(LINK_HOSTS)}/{rng.choice(WORDS)}/{rng.randrange(1000)}"
        sentences[i] = sentences[i][:-1] + f" ([{words}]({url}))."
    return " ".join(sentences)


def pick(rng: random.Random, people: list[Person], weights: list[float], k: int) -> list[Person]:
    chosen: dict[str, Person] = {}
    while len(chosen) < min(k, len(people)):
        p = rng.choices(people, cum_weights=weights)[0]
        chosen[p.slug] = p
    return list(chosen.values())


def post_text(
    rng: random.Random, n: int, date: dt.datetime, about_others: list[Person], extra: Person | None
):
    body = [paragraph(rng) for _ in range(rng.randint(5, 9))]
    if about_others:
        first, *rest = about_others
        style = " style=compact" if rng.random() < 0.2 else ""
        blurb = ' "A friend of the blog."' if rng.random() < 0.1 else ""
        body.insert(1, f"{{% spotlight {first.slug}{blurb}{style} %}}")
        for p in rest:
            i = rng.randrange(2, len(body))
            text = ' "their work"' if rng.random() < 0.1 else ""
            body[i] = body[i].replace(". ", f". As {{% mention {p.slug}{text} %}} says, ", 1)
        if extra is not None:  # a plain-text name for SPOTLIGHT_AUTOLINK to find
            i = rng.randrange(len(body))
            body[i] = body[i].replace(". ", f". I owe this to {extra.name}. ", 1)
    for _ in range(rng.randint(1, 2)):
        body.insert(rng.randrange(1, len(body)), "## " + sentence(rng, 3, 6)[:-1])
    if rng.random() < 0.3:
        body.insert(rng.randrange(1, len(body)), CODE)
    header = [
        f"Title: {sentence(rng, 4, 8)[:-1]} {n}",
        f"Date: {date:%Y-%m-%d %H:%M}",
        f"Category: {rng.choice(CATEGORIES)}",
        f"Tags: {', '.join(rng.sample(TOPICS, rng.randint(1, 3)))}",
        f"Slug: post-{n:05d}",
    ]
    return "\n".join(header) + "\n\n" + "\n\n".join(body) + "\n"


def generate(spec: SiteSpec, root: Path, relative_urls: bool = False) -> None:
    """Write the site: content/posts/YYYY/*.md, content/spotlight.yaml and two settings files."""
    rng = random.Random(f"{spec.seed}-{spec.label}")
    if root.exists():
        shutil.rmtree(root)
    posts_dir = root / "content" / "posts"
    posts_dir.mkdir(parents=True)
    people = make_people(rng, spec.changemakers)
    spec.people = people
    (root / "content" / "spotlight.yaml").write_text(registry_yaml(rng, people), encoding="utf-8")

    # Popularity: the focus list (the first 10) gets half of the features, the extended network the
    # other half along a long tail; cumulative weights for random.choices.
    tail = [1.0 / (rank + 1) ** 0.7 for rank in range(max(len(people) - 10, 0))]
    focus = [sum(tail) / 10 if tail else 1.0] * min(len(people), 10)
    weights, total = [], 0.0
    for weight in focus + tail:
        total += weight
        weights.append(total)
    start = dt.datetime(2012, 1, 1)
    span = (dt.datetime(2026, 11, 1) - start).total_seconds()
    for n in range(spec.posts):
        date = start + dt.timedelta(seconds=int(span * (n + rng.random()) / spec.posts))
        others = rng.random() >= 0.25
        featured = pick(rng, people, weights, rng.choice((2, 3, 3, 4))) if others else []
        extra = rng.choice(people) if others and rng.random() < 0.5 else None
        folder = posts_dir / str(date.year)
        folder.mkdir(exist_ok=True)
        text = post_text(rng, n, date, featured, extra)
        (folder / f"post-{n:05d}.md").write_text(text, encoding="utf-8")

    common = {
        "AUTHOR": "Bench Author",
        "SITENAME": "Bench Notes",
        "SITEURL": "",
        "FEED_DOMAIN": "https://bench.example",
        "PATH": "content",
        "ARTICLE_PATHS": ["posts"],
        "THEME": str(THEME),
        "TIMEZONE": "UTC",
        "DEFAULT_LANG": "en",
        "DEFAULT_PAGINATION": 10,
        "FEED_MAX_ITEMS": 20,
        "RELATIVE_URLS": relative_urls,
        "CACHE_CONTENT": False,
        "LOAD_CONTENT_CACHE": False,
    }
    cached = {"CACHE_CONTENT": True, "LOAD_CONTENT_CACHE": True}
    configs = {
        "plugin": {**common, "PLUGINS": ["pelican_spotlight"], "SPOTLIGHT_AUTOLINK": True},
        "none": {**common, "PLUGINS": []},
        # The plugin as installed, no SPOTLIGHT_* setting: what most blogs pay.
        "defaults": {**common, "PLUGINS": ["pelican_spotlight"]},
        # The save-and-look loop: Pelican's content cache warm, one post touched (each its own cache).
        "defaults-cached": {
            **common,
            "PLUGINS": ["pelican_spotlight"],
            **cached,
            "CACHE_PATH": "cache-defaults",
        },
        "none-cached": {**common, "PLUGINS": [], **cached, "CACHE_PATH": "cache-none"},
    }
    for name, settings in configs.items():
        text = "".join(f"{k} = {v!r}\n" for k, v in settings.items())
        (root / f"conf_{name}.py").write_text(text, encoding="utf-8")


# -- measuring ----------------------------------------------------------------------------------------


@dataclass
class Run:
    wall: float
    maxrss_kib: int
    cpu: float = 0.0  # user + system time of the child: what wall time is, less this VM's waits


def measure(cmd: list[str], cwd: Path, log: Path) -> Run:
    """Run ``cmd`` in a fresh process; its wall time, peak RSS (``ru_maxrss`` of that child) and CPU
    time (``ru_utime + ru_stime``)."""
    with open(log, "w", encoding="utf-8") as out:
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, cwd=cwd, stdout=out, stderr=subprocess.STDOUT)
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        sys.exit(f"{' '.join(cmd)} failed with {proc.returncode}; see {log}")
    return Run(wall, usage.ru_maxrss, usage.ru_utime + usage.ru_stime)


def build(root: Path, config: str, round_: int) -> Run:
    out = root / f"output-{config}-{round_}"
    shutil.rmtree(out, ignore_errors=True)
    cmd = [sys.executable, "-m", "pelican", "content", "-s", f"conf_{config}.py", "-o", out.name]
    run = measure(cmd, root, root / f"build-{config}-{round_}.log")
    shutil.rmtree(out, ignore_errors=True)  # keep the disk small; a fresh folder every time
    # The next build must not share the disk with this one's write-back (and deletion).
    os.sync()
    return run


def have_cli() -> bool:
    return importlib.util.find_spec("pelican_spotlight.cli.main") is not None


def bench_size(
    spec: SiteSpec, rounds: int, sites: Path, relative_urls: bool = False, pairs: tuple[int, ...] = (9, 7)
) -> dict:
    root = sites / spec.label
    t0 = time.perf_counter()
    generate(spec, root, relative_urls)
    print(f"[{spec.label}] generated in {time.perf_counter() - t0:.1f}s", file=sys.stderr)
    runs: dict[str, list[Run]] = {"plugin": [], "none": []}
    for r in range(rounds):
        order = ("plugin", "none") if r % 2 == 0 else ("none", "plugin")
        for config in order:
            run = build(root, config, r)
            runs[config].append(run)
            print(
                f"[{spec.label}] round {r + 1}/{rounds} {config:6}: {run.wall:7.1f}s "
                f"{run.maxrss_kib / 1024:7.0f} MiB {run.cpu:7.1f}s CPU",
                file=sys.stderr,
            )
    result = {
        "size": spec.label,
        "posts": spec.posts,
        "changemakers": spec.changemakers,
        "rounds": rounds,
        "relative_urls": relative_urls,
        "runs": {k: [vars(r) for r in v] for k, v in runs.items()},
    }
    for config, rs in runs.items():
        result[config] = {
            "wall": statistics.median(r.wall for r in rs),
            "maxrss_mib": statistics.median(r.maxrss_kib for r in rs) / 1024,
            "cpu": statistics.median(r.cpu for r in rs),
        }
    if have_cli():
        result["report_cli"] = bench_report(spec, root, rounds)
    if spec.posts < LARGE and pairs:
        result["paired"] = {
            "defaults": bench_pairs(spec, root, ("defaults", "none"), pairs[0]),
            "incremental": bench_pairs(spec, root, ("defaults-cached", "none-cached"), pairs[1], touch=True),
        }
    return result


LARGE = 10_000  # posts: sites this large get fewer rounds and no paired rows (each build takes minutes)
PAIRED_ROWS = (
    ("defaults", "default settings (`PLUGINS` only), a full build"),
    ("incremental", "default settings, content cache warm, one post touched"),
)


def bench_pairs(
    spec: SiteSpec, root: Path, configs: tuple[str, str], pairs: int, touch: bool = False
) -> dict:
    """``pairs`` builds of each config in turn (A B, B A, ...), each pair's ratio kept. With ``touch``,
    each config builds once first (its content cache filled, not counted), then one post's mtime
    moves forward before every pair, so both configs rebuild with that post changed."""
    if touch:
        for config in configs:
            build(root, config, -1)
    runs: dict[str, list[Run]] = {config: [] for config in configs}
    for r in range(pairs):
        if touch:
            touch_posts(root, spec, r, count=1)
        for config in configs if r % 2 == 0 else configs[::-1]:
            runs[config].append(build(root, config, r))
        a, b = (runs[c][-1] for c in configs)
        print(
            f"[{spec.label}] {configs[0]} / {configs[1]} pair {r + 1}/{pairs}: {a.wall / b.wall:.3f}",
            file=sys.stderr,
        )
    a, b = (runs[c] for c in configs)
    return {
        "pairs": pairs,
        "walls": [x.wall / y.wall for x, y in zip(a, b, strict=True)],
        "cpus": [x.cpu / y.cpu for x, y in zip(a, b, strict=True)],
        "wall": [statistics.median(r.wall for r in rs) for rs in (a, b)],
        "cpu": [statistics.median(r.cpu for r in rs) for rs in (a, b)],
    }


# `pelican-spotlight report` rows (key, label). The plugin builds above leave the spotlight cache
# (CACHE_PATH/spotlight/files.pickle) of the last one, as a site's last build does.
REPORT_ROWS = (
    ("no_cache", "no cache (`--no-cache`)"),
    ("after_build", "after a build"),
    ("touched", "after a build, 1% of posts touched"),
)


def touch_posts(root: Path, spec: SiteSpec, round_: int, count: int = 0) -> int:
    """Move the mtime of ``count`` posts (default 1% of them; a seeded choice) forward, content
    unchanged: the command reads exactly those again. Returns how many were touched."""
    posts = sorted((root / "content" / "posts").rglob("*.md"))
    rng = random.Random(f"{spec.seed}-{spec.label}-touch-{round_ if count else ''}")
    chosen = rng.sample(posts, count or max(1, len(posts) // 100))
    stamp = time.time() + 10 * (round_ + 1)  # a new mtime each round, never one seen before
    for path in chosen:
        os.utime(path, (stamp, stamp))
    return len(chosen)


def bench_report(spec: SiteSpec, root: Path, rounds: int) -> dict:
    cmd = [sys.executable, "-m", "pelican_spotlight", "report", "-s", "conf_plugin.py"]
    rows: dict[str, dict] = {}
    for key, label in REPORT_ROWS:
        walls = []
        for r in range(rounds):
            if key == "touched":
                touch_posts(root, spec, r)
            argv = [*cmd, "--no-cache"] if key == "no_cache" else cmd
            walls.append(measure(argv, root, root / f"report-{key}-{r}.log").wall)
            print(f"[{spec.label}] report, {label}: {walls[-1]:.2f}s", file=sys.stderr)
        rows[key] = {"wall": statistics.median(walls), "walls": walls}
    return rows


# -- reporting ----------------------------------------------------------------------------------------


def table(results: list[dict]) -> str:
    rows = [
        "| site (posts × changemakers) | rounds | without plugin: wall / peak RSS "
        "| with plugin: wall / peak RSS | wall ratio | memory ratio | wall ratio of each round "
        "| CPU ratio (user + system) |",
        "| --- | ---: | ---: | ---: | ---: | ---: | --- | ---: |",
    ]
    for r in results:
        none, plug = r["none"], r["plugin"]
        # The ratio of the medians is the figure; each round's pair (run back to back) shows the noise.
        pairs = zip(r["runs"]["plugin"], r["runs"]["none"], strict=True)
        each = ", ".join(f"{p['wall'] / n['wall']:.2f}" for p, n in pairs)
        rows.append(
            f"| {r['posts']:,} × {r['changemakers']:,} | {r['rounds']} "
            f"| {none['wall']:.1f} s / {none['maxrss_mib']:.0f} MiB "
            f"| {plug['wall']:.1f} s / {plug['maxrss_mib']:.0f} MiB "
            f"| {plug['wall'] / none['wall']:.3f} | {plug['maxrss_mib'] / none['maxrss_mib']:.3f} | {each} "
            f"| {plug['cpu'] / none['cpu']:.3f} |"
        )
    rows += [
        "",
        "| `pelican-spotlight report` on | spotlight cache | wall | share of the full build (with plugin) |",
        "| --- | --- | ---: | ---: |",
    ]
    for r in results:
        site = f"{r['posts']:,} × {r['changemakers']:,}"
        if "report_cli" not in r:
            rows.append(f"| {site} | — | skipped: no `pelican_spotlight.cli.main` | — |")
            continue
        for key, label in REPORT_ROWS:
            cli = r["report_cli"][key]["wall"]
            rows.append(f"| {site} | {label} | {cli:.2f} s | {cli / r['plugin']['wall']:.3f} |")
    rows += [
        "",
        "| site | with the plugin against without | pairs | wall: with / without (medians) "
        "| wall ratio, pair by pair: median (min–max) | CPU ratio, pair by pair: median (min–max) |",
        "| --- | --- | ---: | ---: | ---: | ---: |",
    ]
    for r in results:
        for key, label in PAIRED_ROWS:
            if key not in r.get("paired", {}):
                continue
            p = r["paired"][key]
            walls = f"{p['wall'][0]:.1f} s / {p['wall'][1]:.1f} s"
            rows.append(
                f"| {r['posts']:,} × {r['changemakers']:,} | {label} | {p['pairs']} "
                f"| {walls} | {spread(p['walls'])} | {spread(p['cpus'])} |"
            )
    return "\n".join(rows)


def spread(ratios: list[float]) -> str:
    return f"{statistics.median(ratios):.3f} ({min(ratios):.2f}–{max(ratios):.2f})"


def machine() -> str:
    cpu = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = ""
    try:
        kib = int(Path("/proc/meminfo").read_text().split()[1])
        mem = f", {kib / 1024**2:.0f} GiB RAM"
    except (OSError, ValueError, IndexError):
        pass
    import pelican

    version = getattr(pelican, "__version__", None)
    if version is None:
        from importlib.metadata import version as dist_version

        version = dist_version("pelican")
    return (
        f"{os.cpu_count()} CPUs ({cpu}){mem}; Python {platform.python_version()}; Pelican {version}; "
        f"{platform.system()} {platform.release()}"
    )


def parse_size(text: str) -> SiteSpec:
    posts, _, changemakers = text.partition("x")
    return SiteSpec(int(posts), int(changemakers))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    parser.add_argument("--size", action="append", help="POSTSxCHANGEMAKERS (repeatable), or 'tiny'")
    parser.add_argument("--rounds", type=int, help="builds per configuration (default 5; tiny: 1)")
    parser.add_argument(
        "--large-rounds",
        type=int,
        help="rounds for sites of 10,000 posts or more (default: --rounds if given, else 3)",
    )
    parser.add_argument(
        "--pairs",
        type=int,
        nargs=2,
        metavar=("DEFAULTS", "INCREMENTAL"),
        help="alternated pairs of the default-settings and incremental rows (default 9 7; tiny: 1 1; "
        "0 0 leaves them out); sites of 10,000 posts or more never have them",
    )
    parser.add_argument("--sites", type=Path, default=HERE / "sites", help="where sites are generated")
    parser.add_argument("--generate-only", action="store_true", help="write the sites, build nothing")
    parser.add_argument(
        "--relative-urls", action="store_true", help="RELATIVE_URLS = True (default: Pelican's, False)"
    )
    args = parser.parse_args(argv)

    sizes = args.size or os.environ.get("BENCH_SIZES", "").split() or list(DEFAULT_SIZES)
    tiny = sizes == ["tiny"]
    sizes = [TINY if s == "tiny" else s for s in sizes]
    given = args.rounds or int(os.environ.get("BENCH_ROUNDS", 0))
    rounds = given or (1 if tiny else 5)
    large_rounds = args.large_rounds or int(os.environ.get("BENCH_LARGE_ROUNDS", 0)) or given or 3
    args.sites.mkdir(parents=True, exist_ok=True)

    results = []
    for size in sizes:
        spec = parse_size(size)
        if args.generate_only:
            generate(spec, args.sites / spec.label, args.relative_urls)
            continue
        size_rounds = large_rounds if spec.posts >= LARGE else rounds
        pairs = tuple(args.pairs or ((1, 1) if tiny else (9, 7)))
        results.append(bench_size(spec, size_rounds, args.sites, args.relative_urls, pairs))
    if args.generate_only:
        return 0
    if not have_cli():
        print(
            "pelican_spotlight.cli.main not found: the `pelican-spotlight report` row is skipped",
            file=sys.stderr,
        )
    settings = (
        f"Content cache off; DEFAULT_PAGINATION = 10; RELATIVE_URLS = {args.relative_urls}; "
        "with plugin: SPOTLIGHT_AUTOLINK = True and every spotlight page on. The paired rows: the plugin "
        "with no SPOTLIGHT_* setting; the incremental one with CACHE_CONTENT and LOAD_CONTENT_CACHE on."
    )
    text = f"Machine: {machine()}\n\n{settings}\n\n{table(results)}\n"
    print(text)
    (args.sites / "results.md").write_text(text, encoding="utf-8")
    (args.sites / "results.json").write_text(json.dumps(results, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
