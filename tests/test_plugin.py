"""The plugin in real Pelican builds: enabling it, its settings, and what must never be published."""

from __future__ import annotations

import pytest

from pelican_spotlight.core.errors import SettingsError

POST = """
    Title: Hello
    Date: 2026-01-05

    Thanks to {% mention adrienne-example %}.
    """


@pytest.fixture
def basic(site, registry_yaml):
    site.write("spotlight.yaml", registry_yaml)
    site.write("hello.md", POST)
    return site


@pytest.mark.parametrize("plugins", [["pelican_spotlight"], ["spotlight"], None])
def test_plugin_loads_by_module_name_short_name_and_auto_discovery(basic, plugins):
    # In a subprocess: auto-discovery also registers every other installed plugin (the test extra has
    # jinja2content, i18n_subsites, ...), whose signal handlers would stay for the rest of the session.
    basic.settings["PLUGINS"] = plugins
    result = basic.run_pelican()
    assert result.returncode == 0, result.stdout + result.stderr
    assert 'href="/spotlight/adrienne-example/"' in basic.read("hello.html")
    assert basic.exists("spotlight/adrienne-example/index.html")


def test_notes_never_reach_any_output_file(basic):
    basic.build()
    files = [p for p in basic.output.rglob("*") if p.is_file()]
    assert len(files) > 5
    for path in files:
        assert b"PRIVATE-NOTE" not in path.read_bytes(), path


def test_missing_registry_warns_once_and_the_site_builds(site, spotlight_logs):
    site.write("hello.md", "Title: Hello\nDate: 2026-01-05\n\nNo one to thank.\n")
    site.build()
    assert site.exists("hello.html")
    warnings = spotlight_logs()
    assert len(warnings) == 1
    assert "spotlight registry not found" in warnings[0]


def test_registry_errors_are_logged_as_errors_with_path_and_line(site, spotlight_logs):
    site.write("spotlight.yaml", "changemakers:\n  - name: Ada\n    url: javascript:alert(1)\n")
    site.write("hello.md", "Title: Hello\nDate: 2026-01-05\n\n{% mention ada %}\n")
    site.build()
    import logging

    [error] = spotlight_logs(logging.ERROR)
    assert error.endswith(
        "spotlight.yaml:3: changemaker 'Ada': url must be an http:// or https:// "
        "URL, got 'javascript:alert(1)'"
    )
    assert "javascript:" not in site.read("hello.html")


@pytest.mark.parametrize(
    ("setting", "value"),
    [
        ("SPOTLIGHT_TARGET_RATIO", "three"),
        ("SPOTLIGHT_ROUNDUP_PERIOD", "fortnight"),
        ("SPOTLIGHT_AUTOLINK", "yes"),
        ("SPOTLIGHT_URL", "people/"),
        ("SPOTLIGHT_RELATED_MAX", -1),
    ],
)
def test_a_bad_setting_is_one_error_naming_it(basic, setting, value):
    with pytest.raises(SettingsError, match=f"^{setting}: expected "):
        basic.build(**{setting: value})


def test_fatal_warnings_fails_the_build_on_a_spotlight_warning(basic):
    basic.write("typo.md", "Title: Typo\nDate: 2026-01-06\n\n{% mention adrien %}\n")
    result = basic.run_pelican_in_process("--fatal", "warnings")
    assert result.returncode != 0
    assert "typo.md:4: unknown changemaker 'adrien' (did you mean 'adrienne-example'?)" in (
        result.stdout + result.stderr
    )


def test_clean_site_passes_fatal_warnings(basic):
    result = basic.run_pelican_in_process("--fatal", "warnings")
    assert result.returncode == 0, result.stdout + result.stderr
