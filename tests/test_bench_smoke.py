"""The benchmark scripts at a tiny size, so they cannot rot. No timings are asserted."""

from __future__ import annotations

import importlib.util
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.builds  # every script builds its tiny sites

BENCH = Path(__file__).resolve().parent.parent / "bench" / "bench.py"
PHASES = BENCH.with_name("phases.py")
SUGGEST = BENCH.with_name("suggest.py")
INSTRUCTIONS = BENCH.with_name("instructions.py")
SCRIPTS = sorted(BENCH.parent.glob("*.py"))

# Imports each script as a module (its ``main`` not run), in a fresh interpreter: a name a script
# takes from the package that the package no longer has fails here, not at the next benchmark.
IMPORT_EACH = """
import importlib.util, sys, traceback
failed = []
for path in sys.argv[1:]:
    spec = importlib.util.spec_from_file_location("bench_script_" + path.rsplit("/", 1)[-1][:-3], path)
    try:
        module = sys.modules[spec.name] = importlib.util.module_from_spec(spec)  # dataclasses need it
        spec.loader.exec_module(module)
    except Exception:
        failed.append(path + ":\\n" + traceback.format_exc())
sys.exit("\\n".join(failed) or None)
"""


def run_script(script: Path, sites: Path, *args: str, timeout: int = 120) -> subprocess.CompletedProcess[str]:
    """``script`` at 20 posts and 10 changemakers, its sites under ``sites``; it must succeed."""
    result = subprocess.run(
        [sys.executable, str(script), "--size", "20x10", "--sites", str(sites), *args],
        capture_output=True,
        text=True,
        timeout=timeout,
    )
    assert result.returncode == 0, result.stderr
    return result


def run_tiny(script: Path, sites: Path) -> subprocess.CompletedProcess[str]:
    """``script`` at the tiny size, one round."""
    return run_script(script, sites, "--rounds", "1")


def test_every_bench_script_imports() -> None:
    assert {"bench.py", "fastpaths.py", "micro.py", "phases.py", "social.py", "suggest.py"} <= {
        p.name for p in SCRIPTS
    }
    result = subprocess.run(
        [sys.executable, "-c", IMPORT_EACH, *map(str, SCRIPTS)], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr


def test_micro_and_fastpaths_scripts_run_at_a_tiny_size(tmp_path: Path) -> None:
    micro = run_script(BENCH.with_name("micro.py"), tmp_path)
    assert "| parse the registry YAML (10 entries) |" in micro.stdout
    assert "| related posts of 20 posts |" in micro.stdout
    assert "| 60 dates in English |" in micro.stdout
    assert re.search(r"^\| parse \d+ tags \|", micro.stdout, re.M), micro.stdout
    fast = run_tiny(BENCH.with_name("fastpaths.py"), tmp_path)
    assert "| YAML: `_FastLoader` (libyaml) vs `_Loader` (PyYAML's Python loader) |" in fast.stdout


def test_bench_script_runs_at_a_tiny_size(tmp_path: Path) -> None:
    result = run_script(BENCH, tmp_path, "--rounds", "1", "--pairs", "1", "1")
    assert "| 20 × 10 | 1 |" in result.stdout
    assert "wall ratio" in result.stdout
    # the `pelican-spotlight report` rows
    assert "| 20 × 10 | no cache (`--no-cache`) |" in result.stdout
    assert "| 20 × 10 | after a build |" in result.stdout
    assert "| 20 × 10 | after a build, 1% of posts touched |" in result.stdout
    (data,) = json.loads((tmp_path / "results.json").read_text())
    assert data["plugin"]["wall"] > 0 and data["none"]["maxrss_mib"] > 0
    assert data["plugin"]["cpu"] > 0 and "CPU ratio (user + system)" in result.stdout
    site = tmp_path / "20x10"
    assert len(list((site / "content" / "posts").rglob("*.md"))) == 20
    assert "spotlight" in (site / "conf_plugin.py").read_text()
    assert "PLUGINS = []" in (site / "conf_none.py").read_text()
    # the paired rows: default settings, and the rebuild with Pelican's content cache warm
    assert "| 20 × 10 | default settings (`PLUGINS` only), a full build | 1 |" in result.stdout
    assert "| 20 × 10 | default settings, content cache warm, one post touched | 1 |" in result.stdout
    assert "SPOTLIGHT_" not in (site / "conf_defaults.py").read_text()
    assert "CACHE_CONTENT = True" in (site / "conf_defaults-cached.py").read_text()
    assert list((site / "cache-defaults").rglob("*")) and list((site / "cache-none").rglob("*"))
    assert len(data["paired"]["incremental"]["walls"]) == 1
    # The same seed gives the same site.
    first = (site / "content" / "spotlight.yaml").read_text()
    subprocess.run(
        [sys.executable, str(BENCH), "--size", "20x10", "--generate-only", "--sites", str(tmp_path)],
        check=True,
        timeout=60,
    )
    assert (site / "content" / "spotlight.yaml").read_text() == first


@pytest.mark.parametrize("with_plugin", ["plugin", "defaults"])
def test_phases_script_times_each_stage_at_a_tiny_size(tmp_path: Path, with_plugin: str) -> None:
    result = run_script(PHASES, tmp_path, "--rounds", "1", "--with", with_plugin)
    assert f"conf_{with_plugin}.py against conf_none.py" in result.stdout
    rows = {line.split(" | ")[0].lstrip("| "): line for line in result.stdout.splitlines()}
    # every stage has a row of figures, wall and CPU (what they are is the machine's business)
    for stage in ("spotlight: generate_context", "spotlight: generate_output (every page and file)"):
        cells = [c.strip() for c in rows[stage].strip(" |").split(" | ")[1:]]
        assert len(cells) == 6, cells
        [float(c.rstrip("%")) for c in cells]  # each a figure: ValueError otherwise
    assert "'spotlight': " in result.stdout.split(f"HTML pages written ({with_plugin})")[1]
    assert "spotlight" not in result.stdout.split("HTML pages written (none)")[1].split("\n")[0]
    # the build with as many empty pages as the plugin added
    added = int(result.stdout.split("'spotlight': ")[1].split(",")[0].rstrip("}"))
    assert f"Pelican: write the same number of empty pages ({added}," in result.stdout
    for clock in ("wall", "CPU"):
        line = next(x for x in result.stdout.splitlines() if x.startswith(f"{clock}: the plugin besides"))
        times = float(line.split("(")[-1].split(" times")[0])  # its pages against the empty pages
        assert times > 0, line
    assert "Peak RSS (median): " in result.stdout


def test_suggest_script_compares_the_index_with_every_pair_at_a_tiny_size(tmp_path: Path) -> None:
    result = run_script(SUGGEST, tmp_path, "--reference")
    assert "- every pair: 45" in result.stdout
    assert "- level 1 (pairs sharing exactly 1 tag, one a connector): " in result.stdout
    assert "`connect.suggest` (SPOTLIGHT_SUGGEST_MAX = 5): best of five " in result.stdout
    assert "- same suggestions: yes" in result.stdout


def test_social_bench_runs_at_a_tiny_size(tmp_path: Path) -> None:
    result = run_script(
        BENCH.with_name("social.py"), tmp_path, "--items", "300", "--rounds", "1", timeout=180
    )
    assert "Archive: 300 items" in result.stdout
    assert "| outbox.json |" in result.stdout and "| export.zip |" in result.stdout
    assert "| plugin, no social folder |" in result.stdout
    assert "| plugin, a 300-item archive in social/ |" in result.stdout
    for archive in ("mastodon `outbox.json`", "twitter `tweets.js`", "facebook `your_posts_1.json`"):
        assert f"| {archive} |" in result.stdout
    assert "| bluesky `repo.car` |" in result.stdout and "| linkedin `Shares.csv` |" in result.stdout


def test_registry_scale_script_builds_and_checks_a_small_registry(capsys) -> None:
    spec = importlib.util.spec_from_file_location("registry_scale", BENCH.with_name("registry_scale.py"))
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    assert script.main(["--entries", "60", "--limit", "0"]) == 0, capsys.readouterr().err
    assert "60 registry entries: built in " in capsys.readouterr().out


def test_channels_bench_runs_at_a_tiny_size() -> None:
    result = subprocess.run(
        [
            sys.executable,
            str(BENCH.with_name("channels.py")),
            "--posts",
            "300",
            "--people",
            "40",
            "--rounds",
            "1",
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert (
        "| build_report, 300 social posts, " in result.stdout
        and "goal a dict (3 channels) |" in result.stdout
    )
    assert "| share kits of 2,000 posts: and email |" in result.stdout
    assert "| lists.list_files, 40 changemakers |" in result.stdout


def test_instruction_script_builds_each_variant_it_counts(tmp_path: Path) -> None:
    # Valgrind is not needed to check what each counted build writes: the child builds run alone.
    run_script(BENCH.with_name("micro.py"), tmp_path)  # generates bench_sites/20x10
    root = tmp_path / "20x10"
    written = {}
    variants = (
        ("all", "conf_defaults.py", "", 0, ""),
        ("no pages", "conf_defaults.py", "no pages", 0, ""),
        ("empty", "conf_none.py", "empty", 7, ""),
        # --save's: the content cache in the folder given, the theme-laid pages left out
        ("no layouts", "conf_defaults-cached.py", "no layouts", 0, str(tmp_path / "cache")),
    )
    for name, conf, change, pages, cache in variants:
        out = tmp_path / name.replace(" ", "-")
        command = [sys.executable, str(INSTRUCTIONS), "--child", conf, str(out), change, str(pages), cache]
        subprocess.run(command, cwd=root, check=True, capture_output=True, timeout=120)
        written[name] = {p.relative_to(out).parts[0] for p in out.rglob("*.html")}
    assert "spotlight" in written["all"]
    assert "spotlight" not in written["no pages"] and written["no pages"] <= written["all"]
    assert len(list((tmp_path / "empty" / "empty").glob("*/index.html"))) == 7
    assert "spotlight" not in written["no layouts"] and written["no layouts"] == written["no pages"]
    assert (tmp_path / "no-layouts" / "spotlight" / "report.json").is_file()  # the other files are
    assert (tmp_path / "cache" / "spotlight" / "pages.pickle").is_file()  # bodies made and kept
