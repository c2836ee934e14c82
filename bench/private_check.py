"""What the private-input check adds to a build: the social folder walked, every static file compared.

    python bench/private_check.py [--static 10000] [--export 10000] [--rounds 5]

Makes a content folder with ``--static`` files under ``images/`` (what Pelican's static generator
would copy) and an unpacked export of ``--export`` files under ``social/`` (kept out of
``STATIC_PATHS``, as it should be), then times, in this process, what ``privacy.check_static`` does
once per build when nothing is exposed: ``privacy.private_inputs`` (the social folder and the
registry's files) and ``privacy.exposures`` (one ``lstat`` per collected file, a real path per
folder; the export is walked only when a collected file is a hard link, or when there is advice to
give). Prints the best of
``--rounds`` in CPU and wall milliseconds.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

from pelican_spotlight.builder.privacy import exposures, private_inputs


def make_site(root: Path, static: int, export: int) -> dict:
    content = root / "content"
    (content / "images").mkdir(parents=True)
    for n in range(static):
        (content / "images" / f"{n}.jpg").write_bytes(b"x")
    for n in range(export):
        folder = content / "social" / "media_attachments" / f"{n // 500}"
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"{n}.jpg").write_bytes(b"y")
    (content / "social").mkdir(exist_ok=True)
    (content / "social" / "outbox.json").write_text('{"orderedItems": []}', encoding="utf-8")
    (content / "spotlight.yaml").write_text("- name: Ada\n", encoding="utf-8")
    return {"PATH": str(content), "SPOTLIGHT_SOCIAL": "social", "SPOTLIGHT_REGISTRY": "spotlight.yaml"}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--static", type=int, default=10_000)
    parser.add_argument("--export", type=int, default=10_000)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        settings = make_site(Path(tmp), args.static, args.export)
        published = [(f"images/{n}.jpg", f"images/{n}.jpg") for n in range(args.static)]
        runs = []
        for _ in range(args.rounds):
            cpu, wall = time.process_time(), time.perf_counter()
            inputs = private_inputs(settings)
            found = exposures(inputs, published, settings["PATH"])
            runs.append((time.process_time() - cpu, time.perf_counter() - wall))
        assert found == []
        cpu, wall = min(runs)
    what = f"{args.static:,} static files, an export of {args.export:,} files"
    print(f"| {what} | {cpu * 1000:.1f} | {wall * 1000:.1f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
