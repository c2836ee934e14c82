"""A real build whose ``social`` folder holds an export of every network, unpacked and as downloaded:
the channels in report.json, no warning, and the privacy rule: a secret planted in every post's text
and in each private file of each export reaches no output file, log line, cache or command."""

from __future__ import annotations

import contextlib
import io
import json
import logging
import shutil
import sys
import zipfile
from pathlib import Path

import pytest

from pelican_spotlight.cli.main import main

DATA = Path(__file__).resolve().parent / "data"
sys.path.insert(0, str(DATA))
import make_exports  # noqa: E402

REGISTRY = f"""
changemakers:
  - name: Adrienne Example
    url: https://adrienne.example
    social: {{mastodon: "@adrienne@social.example", twitter: adrienne_ex, bluesky: adrienne.example}}
  - name: Open Commons Lab
    slug: commons-lab
    kind: organization
    url: https://commons.example
    social: {{facebook: commonslab, linkedin: commons-lab}}
  - name: Bo Connector
    social: {{x: bo_connects, bluesky: "{make_exports.BO_DID}"}}
"""


@pytest.fixture(scope="module")
def built(make_site):
    """The site, built once with every export unpacked and zipped: (site, log messages, printed)."""
    site = make_site("archives_site")
    site.settings = {"SITEURL": "https://blog.example"}
    site.write("spotlight.yaml", REGISTRY)
    site.write("a.md", "Title: A\nDate: 2026-11-02 10:00\nSlug: a\n\n{% mention commons-lab %}\n")
    social = site.content / "social"
    shutil.copytree(DATA / "exports", social / "unpacked")
    for network in ("twitter", "facebook", "linkedin"):
        with zipfile.ZipFile(social / f"{network}-export.zip", "w") as z:
            for path in sorted((DATA / "exports" / network).rglob("*")):
                if path.is_file():
                    z.write(path, path.relative_to(DATA / "exports" / network).as_posix())
    records: list[logging.LogRecord] = []
    handler = logging.Handler()
    handler.emit = records.append
    logging.getLogger().addHandler(handler)
    out = io.StringIO()
    try:
        with contextlib.redirect_stdout(out):
            site.build(CACHE_CONTENT=True, LOAD_CONTENT_CACHE=True)
    finally:
        logging.getLogger().removeHandler(handler)
    site.write_conf()
    assert [r.getMessage() for r in records if r.levelno >= logging.WARNING] == []
    return site, [r.getMessage() for r in records], out.getvalue()


def test_every_network_is_a_channel_of_the_report(built):
    site, _, _ = built
    data = json.loads(site.read("spotlight/report.json"))
    counts = {name: (c["others"], c["self"]) for name, c in data["channels"].items()}
    assert counts == {
        "blog": (1, 0),
        "bluesky": (6, 1),
        "facebook": (2, 1),
        "linkedin": (2, 1),
        "twitter": (5, 2),
    }
    social = {c["slug"]: c["social_count"] for c in data["changemakers"]}
    assert social == {"adrienne-example": 3, "commons-lab": 6, "bo-connector": 4}


def test_no_warning_at_all(built):
    site, _, _ = built
    result = site.run_pelican_in_process("--fatal", "warnings")
    assert result.returncode == 0, result.stdout


def test_no_secret_reaches_any_output_log_cache_or_command(built, capsys, monkeypatch):
    site, messages, printed = built
    files = [p for folder in (site.output, site.root / "cache") for p in folder.rglob("*") if p.is_file()]
    assert any(p.suffix == ".pickle" for p in files), "no cache was written"
    for path in files:
        data = path.read_bytes()
        assert not any(s.encode() in data for s in make_exports.SECRETS), path
    assert not any(s in text for s in make_exports.SECRETS for text in [*messages, printed])
    monkeypatch.chdir(site.root)
    for argv in (("report",), ("report", "--format", "json"), ("report", "--format", "markdown"), ("check",)):
        main(list(argv))
        out, err = capsys.readouterr()
        assert not any(s in out + err for s in make_exports.SECRETS), argv
