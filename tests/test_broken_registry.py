"""A registry file that cannot be parsed stops the build, the command line and ``--autoreload`` alike.

Each case runs the real thing (``pelican content``, ``pelican-spotlight``, ``pelican --autoreload``) and
checks the exit status, the exact message with its line, and what was (not) written.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import pytest
from pelican import Pelican

from pelican_spotlight.cli.main import main
from pelican_spotlight.core.errors import RegistryError

GOOD = "changemakers:\n  - name: Ada\n    summary: Organizer and writer.\n"
BROKEN = "changemakers:\n  - name: Ada\n    summary: Organizer: writer.\n"
POST = "Title: Thanks\nDate: 2026-01-05\n\nThanks to {% mention ada %}.\n\n{% spotlight ada %}\n"
ERROR = (
    "content/spotlight.yaml:3: invalid YAML: mapping values are not allowed here (text containing ': ' "
    "must be in quotes)"
)
SHOWN = ("  3 |     summary: Organizer: writer.", "    |                       ^")


@pytest.fixture
def broken(site):
    site.write("spotlight.yaml", BROKEN)
    site.write("posts/thanks.md", POST)
    site.write_conf()
    return site


def _lines(output: str) -> list[str]:
    """Pelican's log lines, without the padding Rich adds on the right."""
    return [line.rstrip() for line in output.splitlines()]


def test_pelican_content_stops_with_one_error_and_exit_1(broken):
    result = broken.run_pelican()
    output = result.stdout + result.stderr
    assert result.returncode == 1, output
    assert "Traceback" not in output and 'File "' not in output
    assert "unknown changemaker" not in output
    lines = _lines(output)
    [first] = [i for i, line in enumerate(lines) if "invalid YAML" in line]
    assert lines[first].split("CRITICAL ", 1)[1].split("  ")[0] == f"RegistryError: {ERROR}"
    # The source line and the caret follow, each indented like the message (Rich's message column).
    column = lines[first].index("RegistryError")
    assert [line[column:] for line in lines[first + 1 : first + 3]] == list(SHOWN)
    assert output.count("invalid YAML") == 1
    assert not (broken.output / "posts" / "thanks.html").exists()
    assert not (broken.output / "thanks.html").exists()


def test_debug_still_shows_the_traceback(broken):
    result = broken.run_pelican("--debug")
    assert result.returncode == 1
    assert "Traceback" in result.stdout + result.stderr


@pytest.mark.parametrize("command", ["check", "report", "roundup"])
def test_the_command_line_treats_it_as_bad_input(broken, monkeypatch, capsys, command):
    monkeypatch.chdir(broken.root)
    code = main([command])
    out, err = capsys.readouterr()
    assert code == 2
    assert out == ""
    assert err.endswith("pelican-spotlight: error: " + "\n".join((ERROR, *SHOWN)) + "\n")
    assert "unknown changemaker" not in err


def test_break_build_fix_build_in_one_process_as_autoreload_does(broken):
    """``pelican --autoreload`` keeps one Pelican object and calls ``run()`` after each save."""
    broken.write("spotlight.yaml", GOOD)
    pelican = Pelican(broken.pelican_settings())
    pelican.run()
    page = broken.read("thanks.html")
    assert 'href="/spotlight/ada/"' in page and "Organizer and writer." in page

    broken.write("spotlight.yaml", BROKEN)
    with pytest.raises(RegistryError) as info:
        pelican.run()
    assert str(info.value).endswith("spotlight.yaml:3: " + "\n".join((ERROR.split(": ", 1)[1], *SHOWN)))
    assert broken.read("thanks.html") == page  # stopped before writing anything

    broken.write("spotlight.yaml", GOOD.replace("Organizer and writer.", "Fixed summary."))
    pelican.run()
    page = broken.read("thanks.html")
    assert 'href="/spotlight/ada/"' in page and "Fixed summary." in page
    assert "Fixed summary." in broken.read("spotlight/ada/index.html")
    assert "{%" not in page


def _wait_for(condition, what: str, process: subprocess.Popen, timeout: float = 90) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert process.poll() is None, f"pelican --autoreload exited ({process.returncode}) while {what}"
        assert time.monotonic() < deadline, f"timed out {what}"
        time.sleep(0.2)


def test_pelican_autoreload_keeps_running_and_rebuilds_after_the_fix(broken):
    """The real ``pelican --autoreload``: broken at start, fixed while it runs."""
    log = broken.root / "autoreload.log"
    with open(log, "w", encoding="utf-8") as out:
        process = subprocess.Popen(
            [sys.executable, "-m", "pelican", "content", "-s", "pelicanconf.py", "-o", "output", "-r"],
            cwd=broken.root,
            stdout=out,
            stderr=subprocess.STDOUT,
            env={**os.environ, "COLUMNS": "500"},
            start_new_session=True,
        )
    try:
        _wait_for(lambda: "invalid YAML" in log.read_text(encoding="utf-8"), "reporting the error", process)
        text = log.read_text(encoding="utf-8")
        assert ERROR in text and "unknown changemaker" not in text and "Traceback" not in text
        assert not (broken.output / "thanks.html").exists()

        # Saved whole, as editors do (a new file renamed over the old one). While a build fails,
        # Pelican's autoreload retries at once without waiting for a change, so a write in place could
        # be read half done (empty) by a retry that then succeeds with no changemakers, and the rest
        # of the write land before Pelican watches again (seen once in CI).
        fixed = broken.root / "spotlight.yaml.new"
        fixed.write_text(GOOD, encoding="utf-8")
        os.replace(fixed, broken.content / "spotlight.yaml")
        thanks = broken.output / "thanks.html"
        _wait_for(
            lambda: thanks.exists() and 'href="/spotlight/ada/"' in thanks.read_text(encoding="utf-8"),
            "rebuilding after the fix",
            process,
        )
        _wait_for(lambda: (broken.output / "spotlight" / "ada" / "index.html").exists(), "writing", process)
        assert process.poll() is None  # still watching
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(timeout=30)
    assert "unknown changemaker" not in log.read_text(encoding="utf-8")


def test_a_bad_entry_still_skips_only_that_entry(site, spotlight_logs):
    site.write("spotlight.yaml", GOOD + "  - Bo Example\n  - name: Cy\n")
    site.write("posts/thanks.md", POST)
    site.build()
    assert [m.split("content/", 1)[1] for m in spotlight_logs()] == [
        "spotlight.yaml:4: entry #2 must be a mapping with at least 'name'"
    ]
    profiles = sorted(p.parent.name for p in (site.output / "spotlight").glob("*/index.html"))
    assert [p for p in profiles if p not in ("report", "roundups")] == ["ada", "cy"]
    assert 'href="/spotlight/ada/"' in site.read("thanks.html")
