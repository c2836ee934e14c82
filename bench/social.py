"""The social ratio's cost: a Mastodon archive of 50,000 items, read alone and in a build.

    python bench/social.py [--size 2000x300] [--items 50000] [--rounds 3]

Generates the benchmark site of ``bench.py`` and a Mastodon outbox in the export's shape (boosts,
public posts that mention or link changemakers or the site, replies, direct and followers-only
posts, media attachments, hashtags), then prints two Markdown tables:

1. reading the archive in-process (``social.read_archive``), as ``outbox.json`` and as the ``.zip``:
   CPU and wall seconds, best of ``--rounds``, and the CPU time per 10,000 items; and what a site
   without a ``social`` folder pays (one call of ``read_site_social``);
2. ``pelican content`` of the same site without the plugin, with the plugin and no ``social`` folder,
   and with the plugin and the archive in ``social/``: median wall and CPU seconds of ``--rounds``.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import time
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import bench  # noqa: E402
from pelican_spotlight.dates import DateWindow, build_day  # noqa: E402
from pelican_spotlight.registry import Changemaker  # noqa: E402
from pelican_spotlight.social import Matcher, read_archive, read_site_social  # noqa: E402

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
    from pelican_spotlight.registry import load_registry

    return list(load_registry(root / "content" / "spotlight.yaml", bench.slugify, root / "content"))


def best(fn, rounds: int) -> tuple[float, float]:
    """(CPU seconds, wall seconds) of the fastest of ``rounds`` runs."""
    runs = []
    for _ in range(rounds):
        cpu, wall = time.process_time(), time.perf_counter()
        fn()
        runs.append((time.process_time() - cpu, time.perf_counter() - wall))
    return min(runs)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size", default="2000x300", help="POSTSxCHANGEMAKERS of the site (bench.py's)")
    parser.add_argument("--items", type=int, default=50_000, help="activities in the archive")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--sites", type=Path, default=HERE / "sites", help="where the site is generated")
    args = parser.parse_args(argv)

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

    # Builds: the plugin's conf with SPOTLIGHT_SOCIAL pointing at a missing folder, then at the archive.
    conf = (root / "conf_plugin.py").read_text(encoding="utf-8")
    (root / "conf_nosocial.py").write_text(conf + "SPOTLIGHT_SOCIAL = 'no-such-folder'\n", encoding="utf-8")
    (root / "conf_social.py").write_text(conf + "SPOTLIGHT_SOCIAL = 'social'\n", encoding="utf-8")
    (social / "outbox.json").write_bytes((archive / "outbox.json").read_bytes())
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
    return 0


if __name__ == "__main__":
    sys.exit(main())
