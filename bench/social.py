"""The social ratio's cost: an archive of 50,000 items of each network, read alone and in a build.

    python bench/social.py [--size 2000x300] [--items 50000] [--rounds 3] [--formats-only]

Generates the benchmark site of ``bench.py`` and a Mastodon outbox in the export's shape (boosts,
public posts that mention or link changemakers or the site, replies, direct and followers-only
posts, media attachments, hashtags), then prints two Markdown tables:

1. reading the archive in-process (``social.read_archive``), as ``outbox.json`` and as the ``.zip``:
   CPU and wall seconds, best of ``--rounds``, and the CPU time per 10,000 items; and what a site
   without a ``social`` folder pays (one call of ``read_site_social``);
2. ``pelican content`` of the same site without the plugin, with the plugin and no ``social`` folder,
   and with the plugin and the archive in ``social/``: median wall and CPU seconds of ``--rounds``;
3. an archive of ``--items`` posts of each network (Mastodon's outbox, X's ``tweets.js``, Facebook's
   ``your_posts_1.json``, a Bluesky ``.car``, LinkedIn's ``Shares.csv``: reposts, mentions, links to
   changemakers and to the site, replies, plain posts, private ones), each read by
   ``social.read_social`` in a fresh process, alternated over ``--rounds``: median CPU and wall
   seconds and peak RSS, against a process doing the imports alone (``--formats-only``: this table
   alone).
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import statistics
import subprocess
import sys
import time
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "tests" / "data"))

import bench  # noqa: E402
from pelican_spotlight.channels.social import Matcher, read_archive, read_site_social  # noqa: E402
from pelican_spotlight.core.dates import DateWindow, build_day  # noqa: E402
from pelican_spotlight.core.registry import Changemaker  # noqa: E402

PUBLIC = "https://www.w3.org/ns/activitystreams#Public"
ACTOR = "https://social.example/users/bench"


def outbox(people: list[tuple[str, str]], items: int, seed: int = bench.SEED) -> dict:
    """An outbox of ``items`` activities; ``people`` are (url host, mastodon handle or '')."""
    rng = random.Random(seed)
    followers = ACTOR + "/followers"
    ordered = []
    for n in range(items):
        sid = f"{ACTOR}/statuses/{110_000_000_000_000_000 + n}"
        published = f"20{12 + n * 14 // items:02d}-{1 + n % 12:02d}-{1 + n % 28:02d}T{n % 24:02d}:00:00Z"
        kind = rng.random()
        if kind < 0.25:
            ordered.append(
                {
                    "id": sid + "/activity",
                    "type": "Announce",
                    "actor": ACTOR,
                    "published": published,
                    "to": [PUBLIC],
                    "cc": [followers],
                    "object": f"https://elsewhere.example/users/x/statuses/{n}",
                }
            )
            continue
        to, cc, reply, tags = [PUBLIC], [followers], None, []
        host, handle = rng.choice(people)
        text = "<p>" + " ".join(rng.choice(bench.WORDS) for _ in range(rng.randint(8, 40)))
        if kind < 0.45 and handle:
            user, domain = handle.lstrip("@").split("@")
            tags.append(
                {"type": "Mention", "href": f"https://{domain}/users/{user}", "name": f"@{user}@{domain}"}
            )
            link = f'<a href="https://{domain}/@{user}" class="u-url mention">@{user}</a>'
            text += f' <span class="h-card">{link}</span>'
        elif kind < 0.6:
            text += f' <a href="https://{host}/{n}" rel="nofollow noopener noreferrer">{host}/{n}</a>'
        elif kind < 0.7:
            text += f' <a href="https://bench.example/post-{n}.html">my post</a>'
        elif kind < 0.8:
            reply = f"https://elsewhere.example/users/x/statuses/{n - 1}"
        elif kind < 0.85:
            to, cc = [f"https://elsewhere.example/users/x{n}"], []
        elif kind < 0.9:
            to, cc = [followers], []
        text += (
            ' <a href="https://social.example/tags/bench" class="mention hashtag" rel="tag">#bench</a></p>'
        )
        attachment = []
        if n % 5 == 0:
            attachment.append(
                {
                    "type": "Document",
                    "mediaType": "image/jpeg",
                    "url": f"/media_attachments/files/{n}/original/photo.jpg",
                    "name": "A photo.",
                    "width": 1600,
                    "height": 1200,
                }
            )
        note = {
            "id": sid,
            "type": "Note",
            "summary": None,
            "inReplyTo": reply,
            "published": published,
            "url": f"https://social.example/@bench/{n}",
            "attributedTo": ACTOR,
            "to": to,
            "cc": cc,
            "sensitive": False,
            "content": text,
            "attachment": attachment,
            "tag": [
                *tags,
                {"type": "Hashtag", "href": "https://social.example/tags/bench", "name": "#bench"},
            ],
        }
        ordered.append(
            {
                "id": sid + "/activity",
                "type": "Create",
                "actor": ACTOR,
                "published": published,
                "to": to,
                "cc": cc,
                "object": note,
            }
        )
    return {
        "@context": "https://www.w3.org/ns/activitystreams",
        "type": "OrderedCollection",
        "orderedItems": ordered,
    }


def people_of(root: Path) -> list[Changemaker]:
    """The generated registry's changemakers (read as the plugin reads it)."""
    from pelican_spotlight.core.registry import load_registry

    return list(load_registry(root / "content" / "spotlight.yaml", bench.slugify, root / "content"))


def best(fn, rounds: int) -> tuple[float, float]:
    """(CPU seconds, wall seconds) of the fastest of ``rounds`` runs."""
    runs = []
    for _ in range(rounds):
        cpu, wall = time.process_time(), time.perf_counter()
        fn()
        runs.append((time.process_time() - cpu, time.perf_counter() - wall))
    return min(runs)


# -- an archive of each network ---------------------------------------------------------------------

FORMATS = ("mastodon", "twitter", "facebook", "bluesky", "linkedin")
PEOPLE = 300


def person(i: int) -> dict[str, str]:
    """The handles of the ``i``-th generated changemaker on every network."""
    return {
        "url": f"https://site{i}.example",
        "mastodon": f"@person{i}@social{i % 7}.example",
        "twitter": f"person{i}",
        "bluesky": f"did:plc:{i:024d}".replace("0", "a").replace("1", "b")[:32],
        "facebook": f"page{i}",
        "linkedin": f"person-{i}",
    }


def _kind(rng: random.Random) -> str:
    """What a generated post is: as often as a busy account posts each."""
    return rng.choices(
        ["repost", "mention", "link", "self", "reply", "plain", "private"], [25, 20, 15, 10, 10, 15, 5]
    )[0]


def _words(rng: random.Random) -> str:
    return " ".join(rng.choice(bench.WORDS) for _ in range(rng.randint(8, 40)))


def _day(n: int, items: int) -> tuple[int, int, int, int]:
    """(year, month, day, hour) of the ``n``-th of ``items`` posts, over 2012-2025."""
    return 2012 + n * 14 // items, 1 + n % 12, 1 + n % 28, n % 24


def x_items(items: int, rng: random.Random) -> list[dict]:
    import make_exports as mx

    found = []
    for n in range(items):
        y, m, d, h = _day(n, items)
        when = f"{['Mon', 'Tue', 'Wed'][n % 3]} {mx_month(m)} {d:02d} {h:02d}:00:00 +0000 {y}"
        who, kind, text = person(rng.randrange(PEOPLE)), _kind(rng), _words(rng)
        args: dict = {}
        if kind == "repost":
            text = f"RT @{who['twitter']}: {text}"
            args["mentions"] = [who["twitter"]]
        elif kind == "mention":
            args["mentions"] = [who["twitter"]]
        elif kind == "link":
            args["urls"] = [f"{who['url']}/{n}"]
        elif kind == "self":
            args["urls"] = [f"https://bench.example/post-{n}.html"]
        elif kind == "reply":
            args["reply"] = str(n)
        found.append(mx.tweet(n, when, text, **args))
    return found


def mx_month(m: int) -> str:
    return ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][m - 1]


def facebook_items(items: int, rng: random.Random) -> list[dict]:
    import make_exports as mx

    found = []
    for n in range(items):
        when = 1325376000 + n * (441_504_000 // items)  # 2012 to 2025
        who, kind, text = person(rng.randrange(PEOPLE)), _kind(rng), _words(rng)
        url = {
            "repost": f"https://www.facebook.com/{who['facebook']}/posts/{n}",
            "link": f"{who['url']}/{n}",
            "self": f"https://bench.example/post-{n}.html",
        }.get(kind)
        found.append(mx.fb_post(when, text, url))
    return found


def bluesky_records(items: int, rng: random.Random) -> list[tuple[str, dict]]:
    import make_exports as mx

    found = []
    for n in range(items):
        y, m, d, h = _day(n, items)
        when = f"{y}-{m:02d}-{d:02d}T{h:02d}:00:00.000Z"
        who, kind, text = person(rng.randrange(PEOPLE)), _kind(rng), _words(rng)
        key = f"3l{n:011d}"
        if kind == "repost":
            found.append((f"app.bsky.feed.repost/{key}", mx.repost(when, who["bluesky"])))
            continue
        extra: dict = {}
        if kind == "mention":
            extra["facets"] = [mx.facet("mention", did=who["bluesky"])]
        elif kind in ("link", "self"):
            url = f"{who['url']}/{n}" if kind == "link" else f"https://bench.example/post-{n}.html"
            extra["facets"] = [mx.facet("link", uri=url)]
        elif kind == "reply":
            parent = {"uri": f"at://{who['bluesky']}/app.bsky.feed.post/x", "cid": "x"}
            extra["reply"] = {"root": parent, "parent": parent}
        found.append((f"app.bsky.feed.post/{key}", mx.bsky_post(when, text, **extra)))
    return found


def linkedin_rows(items: int, rng: random.Random) -> list[list[str]]:
    import make_exports as mx

    found = []
    for n in range(items):
        y, m, d, h = _day(n, items)
        who, kind, text = person(rng.randrange(PEOPLE)), _kind(rng), _words(rng)
        shared = {"link": f"{who['url']}/{n}", "repost": f"https://www.linkedin.com/in/{who['linkedin']}"}
        text += f"\nhttps://bench.example/post-{n}.html" if kind == "self" else ""
        visibility = "CONNECTIONS" if kind == "private" else "PUBLIC"
        link = mx.share_link(n)
        found.append([f"{y}-{m:02d}-{d:02d} {h:02d}:00:00", link, text, shared.get(kind, ""), "", visibility])
    return found


def write_archives(folder: Path, items: int) -> dict[str, Path]:
    """An archive of ``items`` posts of each network in ``folder/FORMAT/``, written once."""
    import make_exports as mx

    rng = random.Random(bench.SEED)
    people = [(person(i)["url"][8:], person(i)["mastodon"]) for i in range(PEOPLE)]
    files = {
        "mastodon": ("outbox.json", lambda: json.dumps(outbox(people, items))),
        "twitter": ("tweets.js", lambda: mx.tweets_js(x_items(items, rng))),
        "facebook": ("your_posts_1.json", lambda: json.dumps(facebook_items(items, rng))),
        "bluesky": ("repo.car", lambda: mx.car(bluesky_records(items, rng))),
        "linkedin": ("Shares.csv", lambda: mx.linkedin_csv(linkedin_rows(items, rng), mx.SHARES_HEADER)),
    }
    paths = {}
    for name, (file, make) in files.items():
        path = folder / f"{name}-{items}" / file
        if not path.exists():
            path.parent.mkdir(parents=True, exist_ok=True)
            data = make()
            path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
        paths[name] = path
    return paths


def peak_mib() -> float:
    """This process's peak resident memory, MiB: Linux's VmHWM, which starts afresh at ``exec`` (where
    ``ru_maxrss`` keeps the peak of the parent that forked it), else ``ru_maxrss``."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def child(path: str) -> None:
    """One reading of the folder holding ``path`` (or only the imports, for ``-``), in this process;
    prints its CPU and wall seconds, peak RSS and count as JSON."""
    from pelican_spotlight.channels.social import read_social

    cms = [
        Changemaker(f"P{i}", f"p{i}", url=p["url"], social=tuple((k, v) for k, v in p.items() if k != "url"))
        for i, p in ((i, person(i)) for i in range(PEOPLE))
    ]
    window = DateWindow(build_day())
    cpu, wall = time.process_time(), time.perf_counter()
    data = read_social(Path(path).parent, cms, "https://bench.example", window) if path != "-" else None
    cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
    peak = peak_mib()
    count = len(data.posts) if data else 0
    problems = len(data.problems) if data else 0
    print(json.dumps({"cpu": cpu, "wall": wall, "peak": peak, "count": count, "problems": problems}))


def formats_table(folder: Path, items: int, rounds: int) -> None:
    """Each network's archive read in fresh processes, alternated, and the imports alone."""
    paths = write_archives(folder, items)
    modes = [*FORMATS, "-"]
    runs: dict[str, list[dict]] = {m: [] for m in modes}
    for round_ in range(rounds):
        for mode in modes if round_ % 2 == 0 else modes[::-1]:
            target = "-" if mode == "-" else str(paths[mode])
            out = subprocess.run(
                [sys.executable, __file__, "--child", target], capture_output=True, text=True
            )
            if out.returncode:
                raise SystemExit(out.stderr)
            runs[mode].append(json.loads(out.stdout.strip().splitlines()[-1]))
    base = statistics.median(r["peak"] for r in runs["-"])
    print(f"\nArchives of {items:,} posts, `read_social` in a fresh process, median of {rounds} alternated")
    print(f"(imports alone: {base:.1f} MiB peak RSS)\n")
    print("| archive | file MiB | counted | CPU s | wall s | peak RSS MiB | over the imports MiB |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: |")
    for mode in FORMATS:
        rs, size = runs[mode], paths[mode].stat().st_size / 2**20
        assert all(r["problems"] == 0 for r in rs), mode
        med = {k: statistics.median(r[k] for r in rs) for k in ("cpu", "wall", "peak")}
        print(
            f"| {mode} `{paths[mode].name}` | {size:.1f} | {rs[0]['count']:,} | {med['cpu']:.2f} | "
            f"{med['wall']:.2f} | {med['peak']:.1f} | {med['peak'] - base:+.1f} |"
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size", default="2000x300", help="POSTSxCHANGEMAKERS of the site (bench.py's)")
    parser.add_argument("--items", type=int, default=50_000, help="activities in the archive")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--sites", type=Path, default=HERE / "sites", help="where the site is generated")
    parser.add_argument("--formats-only", action="store_true", help="only the table of every network")
    parser.add_argument("--child", metavar="PATH", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        child(args.child)
        return 0
    if args.formats_only:
        formats_table(args.sites / "archives", args.items, args.rounds)
        return 0

    spec = bench.parse_size(args.size)
    root = args.sites / f"social-{spec.label}"
    bench.generate(spec, root)
    cms = people_of(root)
    people = [(cm.url.split("/")[2], dict(cm.social).get("mastodon", "")) for cm in cms if cm.url]
    data = outbox(people, args.items)
    social = root / "content" / "social"
    social.mkdir()
    archive = root / "archive"
    archive.mkdir(exist_ok=True)
    (archive / "outbox.json").write_text(json.dumps(data), encoding="utf-8")
    with zipfile.ZipFile(archive / "export.zip", "w", zipfile.ZIP_DEFLATED) as z:
        z.write(archive / "outbox.json", "outbox.json")
    size = (archive / "outbox.json").stat().st_size / 2**20

    matcher = Matcher(cms, "https://bench.example")
    window = DateWindow(build_day())
    counted = len(read_archive(archive / "outbox.json", matcher, set(), window)[0])
    print(f"Archive: {args.items:,} items ({size:.1f} MiB as outbox.json), {counted:,} counted\n")
    print("| reading | CPU s | wall s | CPU s per 10,000 items |")
    print("| --- | ---: | ---: | ---: |")
    for name in ("outbox.json", "export.zip"):
        cpu, wall = best(lambda name=name: read_archive(archive / name, matcher, set(), window), args.rounds)
        print(f"| {name} | {cpu:.3f} | {wall:.3f} | {cpu * 10_000 / args.items:.3f} |")

    # What a build without the folder pays: one look for it.
    settings = {"PATH": str(root / "content"), "SPOTLIGHT_SOCIAL": "no-such-folder"}
    calls = 10_000
    cpu, wall = best(lambda: [read_site_social(settings, cms, "", window) for _ in range(calls)], args.rounds)
    per_cpu, per_wall = cpu / calls * 1e6, wall / calls * 1e6
    print(f"| no social folder (`read_site_social`) | {per_cpu:.1f} µs | {per_wall:.1f} µs | — |")

    builds_table(root, spec, archive / "outbox.json", args)
    formats_table(args.sites / "archives", args.items, args.rounds)
    return 0


def builds_table(root: Path, spec, outbox_json: Path, args: argparse.Namespace) -> None:
    """Builds: the plugin's conf with SPOTLIGHT_SOCIAL pointing at a missing folder, then at the archive."""
    social = root / "content" / "social"
    conf = (root / "conf_plugin.py").read_text(encoding="utf-8")
    (root / "conf_nosocial.py").write_text(conf + "SPOTLIGHT_SOCIAL = 'no-such-folder'\n", encoding="utf-8")
    (root / "conf_social.py").write_text(conf + "SPOTLIGHT_SOCIAL = 'social'\n", encoding="utf-8")
    (social / "outbox.json").write_bytes(outbox_json.read_bytes())
    site = f"{spec.posts} posts × {spec.changemakers} changemakers"
    print(f"\n| build of {site} | wall s (median) | CPU s (median) |")
    print("| --- | ---: | ---: |")
    for config, label in (
        ("none", "no plugin"),
        ("nosocial", "plugin, no social folder"),
        ("social", f"plugin, a {args.items:,}-item archive in social/"),
    ):
        runs = [bench.build(root, config, r) for r in range(args.rounds)]
        wall = statistics.median(r.wall for r in runs)
        cpu = statistics.median(r.cpu for r in runs)
        print(f"| {label} | {wall:.2f} | {cpu:.2f} |")


if __name__ == "__main__":
    sys.exit(main())
