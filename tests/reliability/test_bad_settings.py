"""Every ``SPOTLIGHT_*`` setting with a wrong type or value: one clear error naming it, no traceback."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from pelican_main import run_pelican_main

from pelican_spotlight.core.errors import SettingsError
from pelican_spotlight.core.settings import known_settings

# (setting, bad value): a wrong type and a wrong value for every setting.
BAD_SETTINGS: list[tuple[str, object]] = [
    ("SPOTLIGHT_REGISTRY", None),
    ("SPOTLIGHT_REGISTRY", "  "),
    ("SPOTLIGHT_AUTOLINK", "yes"),
    ("SPOTLIGHT_AUTOLINK", 1),
    ("SPOTLIGHT_URL", None),
    ("SPOTLIGHT_URL", "people/"),
    ("SPOTLIGHT_URL", "people/{slug}/{0}/"),
    ("SPOTLIGHT_URL", "people/{slug.upper}/"),
    ("SPOTLIGHT_URL", "people/{slug}/{slug.nope}/"),
    ("SPOTLIGHT_SAVE_AS", ["spotlight/{slug}/index.html"]),
    ("SPOTLIGHT_SAVE_AS", "people/index.html"),
    ("SPOTLIGHT_INDEX_URL", 42),
    ("SPOTLIGHT_INDEX_URL", "people/{nope}/"),
    ("SPOTLIGHT_INDEX_URL", "people/{slug!x}/"),
    ("SPOTLIGHT_INDEX_SAVE_AS", b"spotlight/index.html"),
    ("SPOTLIGHT_INDEX_SAVE_AS", "people/{"),
    ("SPOTLIGHT_ROUNDUP_URL", ("spotlight",)),
    ("SPOTLIGHT_ROUNDUP_URL", "roundups/"),
    ("SPOTLIGHT_ROUNDUP_SAVE_AS", 3.5),
    ("SPOTLIGHT_ROUNDUP_SAVE_AS", "roundups/{period:>{slug}}/index.html"),
    ("SPOTLIGHT_ROUNDUPS_URL", False),
    ("SPOTLIGHT_ROUNDUPS_URL", "roundups/{}/"),
    ("SPOTLIGHT_ROUNDUPS_SAVE_AS", None),
    ("SPOTLIGHT_ROUNDUPS_SAVE_AS", "roundups/{period.real}/index.html"),
    ("SPOTLIGHT_REPORT_URL", {"url": "report/"}),
    ("SPOTLIGHT_REPORT_URL", "report/{slug[0]}/"),
    ("SPOTLIGHT_REPORT_SAVE_AS", 0),
    ("SPOTLIGHT_REPORT_SAVE_AS", "report/}/index.html"),
    ("SPOTLIGHT_ROUNDUP_PERIOD", "fortnight"),
    ("SPOTLIGHT_ROUNDUP_PERIOD", ["month"]),
    ("SPOTLIGHT_ROUNDUP_FEED_ATOM", True),
    ("SPOTLIGHT_ROUNDUP_FEED_ATOM", "feeds/{x}.xml"),  # was an uncaught KeyError
    ("SPOTLIGHT_OPML_SAVE_AS", "{}.opml"),
    ("SPOTLIGHT_REPORT_JSON_SAVE_AS", 1),
    ("SPOTLIGHT_OPML_SAVE_AS", None),
    ("SPOTLIGHT_RECOMMENDATIONS_SAVE_AS", ["x"]),
    ("SPOTLIGHT_CSS_SAVE_AS", 2),
    ("SPOTLIGHT_RELATED_MAX", -1),
    ("SPOTLIGHT_RELATED_MAX", "5"),
    ("SPOTLIGHT_RELATED_MAX", 2.5),
    ("SPOTLIGHT_RELATED_MAX", True),
    ("SPOTLIGHT_JSONLD", "false"),
    ("SPOTLIGHT_JSONLD", None),
    ("SPOTLIGHT_DEFAULT_ABOUT", "others"),
    ("SPOTLIGHT_DEFAULT_ABOUT", None),
    ("SPOTLIGHT_TARGET_RATIO", "three"),
    ("SPOTLIGHT_TARGET_RATIO", 0),
    ("SPOTLIGHT_TARGET_RATIO", -1.5),
    ("SPOTLIGHT_TARGET_RATIO", float("nan")),
    ("SPOTLIGHT_TARGET_RATIO", float("inf")),
    ("SPOTLIGHT_TARGET_RATIO", True),
    ("SPOTLIGHT_REPORT_PERIOD", "day"),
    ("SPOTLIGHT_REPORT_PERIOD", 7),
    ("SPOTLIGHT_FOCUS_MAX", -3),
    ("SPOTLIGHT_FOCUS_MAX", "10"),
    ("SPOTLIGHT_DUE_DAYS", -90),
    ("SPOTLIGHT_DUE_DAYS", 90.0),
    ("SPOTLIGHT_SUGGEST_MAX", -1),
    ("SPOTLIGHT_SUGGEST_MAX", "5"),
    ("SPOTLIGHT_WARN_BELOW_TARGET", "no"),
    ("SPOTLIGHT_WARN_BELOW_TARGET", 0),
    ("SPOTLIGHT_CACHE", "off"),
    ("SPOTLIGHT_CACHE", 0),
    ("SPOTLIGHT_PAGE_LAYOUT", "full"),
    ("SPOTLIGHT_PAGE_LAYOUT", None),
    ("SPOTLIGHT_CSS_INJECT", "yes"),
    ("SPOTLIGHT_CSS_INJECT", 1),
    ("SPOTLIGHT_MENU", "index"),
    ("SPOTLIGHT_MENU", ["index", "blog"]),
    ("SPOTLIGHT_MENU", [["index"]]),
    ("SPOTLIGHT_SOCIAL", None),
    ("SPOTLIGHT_SOCIAL", ["social"]),
    ("SPOTLIGHT_SOCIAL_WEEKLY_OTHERS", -2),
    ("SPOTLIGHT_SOCIAL_WEEKLY_OTHERS", "2"),
    ("SPOTLIGHT_SOCIAL_WEEKLY_OTHERS", {}),
    ("SPOTLIGHT_SOCIAL_WEEKLY_OTHERS", {"facebook": -1}),
    ("SPOTLIGHT_SOCIAL_WEEKLY_OTHERS", {"blog": 2}),
    ("SPOTLIGHT_SOCIAL_WEEKLY_OTHERS", {"Facebook": 2, "facebook": 3}),
    ("SPOTLIGHT_MASTODON_INSTANCE", "https://mastodon.social/"),
    ("SPOTLIGHT_MASTODON_INSTANCE", None),
]

ALL_SETTINGS = set(known_settings())


def _id(value: object) -> str:
    return f"{type(value).__name__}:{value!r}"[:40]


def test_the_table_covers_every_setting():
    assert {name for name, _ in BAD_SETTINGS} == ALL_SETTINGS


@pytest.mark.parametrize(
    ("setting", "value"), [pytest.param(s, v, id=f"{s}={_id(v)}") for s, v in BAD_SETTINGS]
)
def test_bad_setting_raises_one_settings_error_naming_it(site, setting, value):
    site.write("a.md", "Title: A\nDate: 2026-01-05\n\nHello.\n")
    with pytest.raises(SettingsError) as info:
        site.build(**{setting: value})
    assert str(info.value).startswith(f"{setting}: expected ")
    assert "\n" not in str(info.value)


# The command line: one value per setting is enough. One case runs ``pelican content`` in a subprocess,
# as a user would (Rich's log handler, a fresh interpreter); the others call the same entry point,
# ``pelican.main``, in this process, with the log written through a plain formatter, which prints any
# traceback left on the record. Then each case is checked by one test.
CLI_CASES = sorted({name: (name, value) for name, value in reversed(BAD_SETTINGS)}.values())


def _cli_site(root: Path, name: str, value: object) -> Path:
    (root / "content").mkdir()
    (root / "content" / "a.md").write_text("Title: A\nDate: 2026-01-05\n\nHello.\n")
    (root / "pelicanconf.py").write_text(
        f"PLUGINS = ['pelican_spotlight']\nPATH = 'content'\nTIMEZONE = 'UTC'\n{name} = {value!r}\n"
    )
    return root


def _run_subprocess(root: Path) -> tuple[int, str]:
    result = subprocess.run(
        [sys.executable, "-m", "pelican", "content", "-s", "pelicanconf.py", "-o", "output"],
        cwd=root,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        timeout=120,
        env={**os.environ, "COLUMNS": "500"},  # keep Rich from wrapping log lines
    )
    return result.returncode, result.stdout


def _run_in_process(root: Path) -> tuple[int, str]:
    result = run_pelican_main(root, "content", "-s", "pelicanconf.py", "-o", "output")
    return result.returncode, result.stdout


@pytest.fixture(scope="module")
def cli_runs(tmp_path_factory) -> dict[str, tuple[int, str, Path]]:
    """``pelican content`` with each bad setting: setting -> (exit code, output, site folder)."""
    results = {}
    for i, (name, value) in enumerate(CLI_CASES):
        root = _cli_site(tmp_path_factory.mktemp(name.lower()), name, value)
        run = _run_subprocess if i == 0 else _run_in_process
        results[name] = (*run(root), root)
    return results


@pytest.mark.parametrize(("setting", "value"), [pytest.param(s, v, id=f"{s}={_id(v)}") for s, v in CLI_CASES])
@pytest.mark.builds
def test_bad_setting_on_the_command_line_is_one_line_without_traceback(cli_runs, setting, value):
    code, output, root = cli_runs[setting]
    assert code != 0
    assert "Traceback" not in output
    assert 'File "' not in output
    naming = [line for line in output.splitlines() if setting + ":" in line]
    assert len(naming) == 1, output
    assert f"SettingsError: {setting}: expected " in naming[0]
    assert repr(value) in naming[0]
    assert not (root / "output" / "a.html").exists()
