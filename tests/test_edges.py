"""Correctness at the edges: each case builds a real site (or runs Pelican's or the plugin's command
line) and checks the exit status, the message and the output.

Autolink capitalisation and ``autolink: false``; output path settings checked before anything is
written; unknown ``SPOTLIGHT_*`` settings; ``-e/--extra-settings``; registry images outside
``STATIC_PATHS``; nobody due before the first post.
"""

from __future__ import annotations

import json

import pytest

from pelican_spotlight.cli.main import main

AUTOLINK_REGISTRY = """
changemakers:
  - name: Hope
    circle: focus
    why: [learn]
  - name: Sam Rivers
    aliases: [SR]
    autolink: false
    why: [connect]
  - name: Ada Lovelace
    aliases: [Countess Ada]
"""
AUTOLINK_POSTS = {
    "posts/common-word.md": """
        Title: A common word
        Date: 2026-11-01 09:00
        Slug: common-word

        I hope to see you soon, and HOPE is not a name either. Ada lovelace, lower-cased, is not her name.
    """,
    "posts/proper-noun.md": """
        Title: A proper noun
        Date: 2026-11-02 09:00
        Slug: proper-noun

        Today Hope came by. Later we read Countess Ada.
    """,
    "posts/opted-out.md": """
        Title: Someone who opted out
        Date: 2026-11-03 09:00
        Slug: opted-out

        Sam Rivers and SR were here, but are never auto-linked.
    """,
}


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_autolink_respects_capitalisation_and_autolink_false(site, capsys, monkeypatch):
    """One build: a common word is left alone, the name as the registry spells it is linked, and a
    changemaker with ``autolink: false`` never is; the command line counts the same."""
    site.write("spotlight.yaml", AUTOLINK_REGISTRY)
    for path, text in AUTOLINK_POSTS.items():
        site.write(path, text)
    site.build(SPOTLIGHT_AUTOLINK=True)
    capsys.readouterr()  # the build's summary
    report = json.loads(site.read("spotlight/report.json"))
    articles = {a["source"]: a for a in report["articles"]}

    html = site.read("common-word.html")
    assert "spotlight-mention" not in html
    assert "I hope to see you soon, and HOPE is not a name either." in html
    assert (articles["posts/common-word.md"]["features"], articles["posts/common-word.md"]["about"]) == (
        [],
        "self",
    )

    html = site.read("proper-noun.html")
    assert '<a class="spotlight-mention h-card p-name u-url" href="/spotlight/hope/">Hope</a> came by' in html
    assert 'href="/spotlight/ada-lovelace/">Countess Ada</a>' in html
    assert articles["posts/proper-noun.md"]["features"] == ["hope", "ada-lovelace"]

    html = site.read("opted-out.html")
    assert "Sam Rivers and SR were here" in html
    assert "spotlight-mention" not in html
    assert next(c for c in report["changemakers"] if c["slug"] == "sam-rivers")["count"] == 0

    site.write_conf(SPOTLIGHT_AUTOLINK=True)
    monkeypatch.chdir(site.root)
    code, out, _ = run(capsys, "report", "--format", "json", "--no-cache")
    assert code == 0
    assert json.loads(out)["articles"] == report["articles"]


def test_autolink_must_be_true_or_false_in_the_registry(site, capsys, monkeypatch):
    site.write("spotlight.yaml", "changemakers:\n  - name: Hope\n    autolink: nope\n")
    site.write_conf()
    monkeypatch.chdir(site.root)
    code, out, _ = run(capsys, "check")
    assert code == 1
    assert "content/spotlight.yaml:3: changemaker 'Hope': autolink must be true or false, got 'nope'" in out


# -- output paths -------------------------------------------------------------------------------------

BAD_PATHS = [
    ("SPOTLIGHT_ROUNDUP_FEED_ATOM", "../feed.xml", "a path inside the output folder"),
    ("SPOTLIGHT_INDEX_SAVE_AS", "spotlight/", "a file name, not a folder"),
    ("SPOTLIGHT_SAVE_AS", "people/{slug}/", "a file name, not a folder"),
    ("SPOTLIGHT_REPORT_JSON_SAVE_AS", "/tmp/report.json", "a path relative to the output folder"),
    ("SPOTLIGHT_CSS_SAVE_AS", "spotlight", "a file, not the folder SPOTLIGHT_SAVE_AS writes into"),
    (
        "SPOTLIGHT_OPML_SAVE_AS",
        "spotlight/report.json",
        "a file of its own, not the file SPOTLIGHT_REPORT_JSON",
    ),
    ("SPOTLIGHT_SAVE_AS", "spotlight/report.json/{slug}.html", "a path outside 'spotlight/report.json'"),
]


@pytest.fixture
def small_site(site):
    site.write("spotlight.yaml", "changemakers:\n  - name: Ada Lovelace\n")
    site.write("posts/a.md", "Title: A\nDate: 2026-11-01\n\nThanks to {% mention ada-lovelace %}.\n")
    return site


@pytest.mark.parametrize(("setting", "value", "why"), BAD_PATHS, ids=[f"{s}={v}" for s, v, _ in BAD_PATHS])
def test_a_bad_output_path_stops_the_build_before_anything_is_written(small_site, setting, value, why):
    small_site.settings = {setting: value}
    result = small_site.run_pelican_in_process()
    log = result.stdout + result.stderr
    assert result.returncode != 0
    assert f"{setting}: expected {why}" in " ".join(log.split())
    assert "Traceback" not in log and "RuntimeError" not in log and "IsADirectoryError" not in log
    written = [p for p in small_site.output.rglob("*") if p.is_file()] if small_site.output.exists() else []
    assert written == []


@pytest.mark.parametrize("command", ["report", "check", "roundup"])
@pytest.mark.parametrize(("setting", "value", "why"), BAD_PATHS[:4], ids=[s for s, _, _ in BAD_PATHS[:4]])
def test_every_command_refuses_a_bad_output_path(
    small_site, capsys, monkeypatch, command, setting, value, why
):
    small_site.write_conf(**{setting: value})
    monkeypatch.chdir(small_site.root)
    code, out, err = run(capsys, command)
    assert code == 2
    assert out == ""
    assert err == f"pelican-spotlight: error: {setting}: expected {why}" + err.split(why, 1)[1]
    assert repr(value) in err
    assert not list(small_site.content.glob("**/spotlight-roundup-*"))


def test_an_empty_save_as_is_still_allowed(small_site):
    small_site.build(SPOTLIGHT_INDEX_SAVE_AS="", SPOTLIGHT_ROUNDUP_FEED_ATOM="")
    assert not small_site.exists("spotlight/index.html")
    assert small_site.exists("spotlight/ada-lovelace/index.html")


# -- unknown settings and -e --------------------------------------------------------------------------


def test_a_misspelt_setting_is_a_warning_naming_the_nearest_one(small_site):
    small_site.settings = {"SPOTLIGHT_TARGET_RATIOO": 5}
    result = small_site.run_pelican_in_process("--fatal", "warnings")
    log = " ".join((result.stdout + result.stderr).split())
    assert result.returncode != 0  # a warning, so --fatal warnings stops the build
    assert (
        "settings: unknown setting SPOTLIGHT_TARGET_RATIOO ignored (did you mean SPOTLIGHT_TARGET_RATIO?)"
        in log
    )
    result = small_site.run_pelican_in_process()
    assert result.returncode == 0
    assert "unknown setting SPOTLIGHT_TARGET_RATIOO" in " ".join((result.stdout + result.stderr).split())
    assert (small_site.output / "spotlight/report.json").is_file()


def test_the_commands_report_a_misspelt_setting_at_its_line(small_site, capsys, monkeypatch):
    conf = small_site.write_conf(SPOTLIGHT_AUTOLNK=True)
    line = conf.read_text().splitlines().index("SPOTLIGHT_AUTOLNK = True") + 1
    monkeypatch.chdir(small_site.root)
    expected = (
        f"pelicanconf.py:{line}: unknown setting SPOTLIGHT_AUTOLNK ignored (did you mean SPOTLIGHT_AUTOLINK?)"
    )
    code, out, _ = run(capsys, "check")
    assert code == 1
    assert out.splitlines()[0] == expected
    code, out, err = run(capsys, "report")
    assert code == 0
    assert err == f"pelican-spotlight: warning: {expected}\n"
    assert out.startswith("Spotlight: 1 post about others")


def test_extra_settings_match_pelicans_e(small_site, capsys, monkeypatch):
    small_site.write("posts/b.md", "Title: B\nDate: 2026-11-02\n\nMy own news.\n")
    result = small_site.run_pelican_in_process(
        "-e", "SPOTLIGHT_TARGET_RATIO=1", 'SPOTLIGHT_REPORT_PERIOD="year"'
    )
    assert result.returncode == 0, result.stderr
    built = json.loads(small_site.read("spotlight/report.json"))
    assert (built["target_ratio"], built["period"]) == (1, "year")
    monkeypatch.chdir(small_site.root)
    argv = ["report", "--format", "json", "-e", "SPOTLIGHT_TARGET_RATIO=1", 'SPOTLIGHT_REPORT_PERIOD="year"']
    code, out, _ = run(capsys, *argv)
    assert code == 0
    assert json.loads(out) == built
    # repeated -e flags add up
    code, out, _ = run(capsys, "report", "--format", "json", "-e", "SPOTLIGHT_TARGET_RATIO=1", "-e", "X=2")
    assert (code, json.loads(out)["target_ratio"]) == (0, 1)


@pytest.mark.parametrize("command", ["report", "check", "roundup"])
def test_extra_settings_are_checked_like_the_file(small_site, capsys, monkeypatch, command):
    small_site.write_conf()
    monkeypatch.chdir(small_site.root)
    code, _, err = run(capsys, command, "-e", 'SPOTLIGHT_ROUNDUP_FEED_ATOM="../x.xml"')
    assert code == 2
    assert "SPOTLIGHT_ROUNDUP_FEED_ATOM: expected a path inside the output folder" in err
    code, _, err = run(capsys, command, "-e", "SPOTLIGHT_TARGET_RATIO=three")
    assert code == 2
    assert "-e SPOTLIGHT_TARGET_RATIO=three: VALUE must be JSON" in err
    code, _, err = run(capsys, command, "--extra-settings", "SPOTLIGHT_TARGET_RATIO")
    assert code == 2
    assert "expected SETTING=VALUE, got 'SPOTLIGHT_TARGET_RATIO'" in err


# -- images outside STATIC_PATHS -----------------------------------------------------------------------

SVG = '<svg xmlns="http://www.w3.org/2000/svg" width="4" height="4"><rect width="4" height="4"/></svg>\n'


@pytest.mark.parametrize("relative", [False, True], ids=["absolute-urls", "relative-urls"])
def test_an_image_outside_static_paths_is_published(site, relative):
    site.write("pics/p.svg", SVG)
    site.write("spotlight.yaml", "changemakers:\n  - name: Ada Lovelace\n    image: pics/p.svg\n")
    site.write("posts/a.md", "Title: A\nDate: 2026-11-01\n\n{% spotlight ada-lovelace %}\n")
    site.settings = {"RELATIVE_URLS": relative}
    result = site.run_pelican("--fatal", "warnings")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Unable to find" not in result.stdout + result.stderr
    assert (site.output / "pics/p.svg").read_text() == SVG
    post = site.read("a.html")
    profile = site.read("spotlight/ada-lovelace/index.html")
    assert "{static}" not in post
    if relative:
        assert 'src="./pics/p.svg"' in post
        assert 'src="../../pics/p.svg"' in profile
    else:
        assert 'src="/pics/p.svg"' in post
        assert 'src="/pics/p.svg"' in profile


# -- nobody due before the first post --------------------------------------------------------------------


def test_an_empty_site_has_nobody_due_and_says_why(site, capsys, monkeypatch):
    site.write("spotlight.yaml", "changemakers:\n  - name: Ada Lovelace\n    circle: focus\n")
    site.write("pages/about.md", "Title: About\n\nHello.\n")
    site.build()
    summary = capsys.readouterr().out
    assert (
        "Focus list: 1 of at most 10; none due for a spotlight (no published posts yet to measure from)"
        in (summary)
    )
    assert json.loads(site.read("spotlight/report.json"))["due"] == []
    page = " ".join(site.read("spotlight/report/index.html").split())
    assert "Nobody is due yet: there are no published posts to count the 90 days from." in page
    site.write_conf()
    monkeypatch.chdir(site.root)
    code, out, _ = run(capsys, "report", "--format", "markdown")
    assert code == 0
    assert "Nobody is due: no published posts yet to measure from." in out
    # the first post starts the clock: a focus member it does not feature is due from then on
    site.write("posts/a.md", "Title: A\nDate: 2026-11-01\n\nMy news.\n")
    code, out, _ = run(capsys, "report", "--format", "json")
    assert json.loads(out)["due"] == ["ada-lovelace"]


def test_output_path_checks_name_only_plugin_settings():
    from pelican_spotlight.core.settings import OUTPUT_PATHS, known_settings

    assert set(OUTPUT_PATHS) <= set(known_settings())
    assert len(OUTPUT_PATHS) == 10
