"""``pelican-spotlight`` through ``main(argv)``: every command, format and exit code."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from network_site import write_network_site

from pelican_spotlight.cli.main import main


@pytest.fixture
def network(site, monkeypatch):
    """The multi-month site with a pelicanconf.py, as the working directory."""
    write_network_site(site)
    site.write_conf()
    monkeypatch.chdir(site.root)
    return site


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


# -- report -------------------------------------------------------------------------------------------


def test_report_text_is_the_default(network, capsys):
    code, out, _ = run(capsys, "report")
    assert code == 0
    lines = out.splitlines()
    assert (
        lines[0]
        == "Spotlight: 3 posts about others, 2 about yourself — 1.5 : 1 (target 3 : 1) ✗ below target"
    )
    assert "quiet-person" in lines[1]
    assert any(line.split()[:5] == ["2026-10", "2", "others", "0", "self"] for line in lines)
    assert "Why balance: learn 2, contribute 1, connect 3" in out
    assert not network.output.exists()  # nothing is built or written


def test_report_json_matches_the_built_report_json(network, capsys):
    network.build()
    capsys.readouterr()  # the build's own summary
    built = json.loads(network.read("spotlight/report.json"))
    code, out, _ = run(capsys, "report", "-s", "pelicanconf.py", "--format", "json")
    assert code == 0
    assert json.loads(out) == built
    assert out == network.read("spotlight/report.json")


@pytest.mark.parametrize("period", ["week", "quarter", "year"])
def test_report_period_matches_a_build_with_that_period(network, capsys, period):
    network.build(SPOTLIGHT_REPORT_PERIOD=period)
    capsys.readouterr()
    code, out, _ = run(capsys, "report", "--format", "json", "--period", period)
    assert code == 0
    assert json.loads(out) == json.loads(network.read("spotlight/report.json"))
    assert json.loads(out)["period"] == period


def test_report_period_keys(network, capsys):
    _, out, _ = run(capsys, "report", "--format", "json", "--period", "week")
    assert [p["key"] for p in json.loads(out)["periods"]] == [
        "2026-W37",
        "2026-W41",
        "2026-W43",
        "2026-W45",
        "2026-W46",
    ]
    _, out, _ = run(capsys, "report", "--format", "json", "--period", "quarter")
    assert [(p["key"], p["others"], p["self"]) for p in json.loads(out)["periods"]] == [
        ("2026-Q3", 0, 1),
        ("2026-Q4", 3, 1),
    ]


def test_report_markdown(network, capsys):
    code, out, _ = run(capsys, "report", "--format", "markdown")
    assert code == 0
    assert out.startswith("# Spotlight report\n")
    assert "| 2026-11 | 1 | 1 | 1.0 : 1 | no |" in out
    assert "| Open Commons Lab | focus | 1 | 2026-10-20 | 2026-10-20 |" in out
    assert "- Quiet Person" in out
    assert "- connect: 3" in out


def test_report_respects_the_site_settings(network, capsys):
    network.write_conf(SPOTLIGHT_DEFAULT_ABOUT="ignore", SPOTLIGHT_TARGET_RATIO=2.0)
    _, out, _ = run(capsys, "report", "--format", "json")
    data = json.loads(out)
    assert data["totals"] == {"others": 3, "self": 1, "ratio": 3.0, "meets_target": True}
    assert data["target_ratio"] == 2.0


@pytest.mark.parametrize(("threshold", "expected"), [("1.5", 0), ("1", 0), ("0", 0), ("1.6", 1), ("3", 1)])
def test_fail_under(network, capsys, threshold, expected):
    code, out, err = run(capsys, "report", "--fail-under", threshold)
    assert code == expected
    assert out.startswith("Spotlight:")
    assert ("below --fail-under" in err) == bool(expected)


def test_fail_under_never_fails_with_no_self_posts(site, monkeypatch, capsys, registry_yaml):
    site.write("spotlight.yaml", registry_yaml)
    site.write("a.md", "Title: A\nDate: 2026-01-01\n\n{% mention adrienne-example %}\n")
    site.write_conf()
    monkeypatch.chdir(site.root)
    code, out, _ = run(capsys, "report", "--fail-under", "100")
    assert code == 0
    assert "all others" in out


@pytest.mark.parametrize(
    "argv",
    [
        ["report", "-s", "missing.py"],
        ["check", "-s", "missing.py"],
        ["roundup", "-s", "missing.py"],
        ["roundup", "--period", "decade"],
        ["lists", "-s", "missing.py"],
        ["lists", "--out"],
        ["report", "--format", "yaml"],
        ["report", "--period", "fortnight"],
        ["report", "--fail-under", "lots"],
        ["report", "--fail-under", "-1"],
        ["frobnicate"],
        [],
    ],
)
def test_bad_input_exits_2(network, capsys, argv):
    code, _, err = run(capsys, *argv)
    assert code == 2
    assert err


def test_missing_settings_file_is_named(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    code, _, err = run(capsys, "report")
    assert code == 2
    assert "pelicanconf.py: settings file not found" in err


def test_a_bad_setting_exits_2_naming_it(network, capsys):
    network.write_conf(SPOTLIGHT_TARGET_RATIO="three")
    code, _, err = run(capsys, "report")
    assert code == 2
    assert "SPOTLIGHT_TARGET_RATIO: expected a number > 0" in err


def test_help_exits_0(capsys):
    assert main(["--help"]) == 0
    assert "report" in capsys.readouterr().out


def test_article_paths_and_excludes_are_respected(network, capsys):
    network.write("drafts-folder/extra.md", "Title: Extra\nDate: 2026-11-25\n\n{% mention bo-connector %}\n")
    network.write_conf(ARTICLE_PATHS=["posts"])
    _, out, _ = run(capsys, "report", "--format", "json")
    assert len(json.loads(out)["articles"]) == 5
    network.write_conf(ARTICLE_EXCLUDES=["drafts-folder"])
    _, out, _ = run(capsys, "report", "--format", "json")
    assert len(json.loads(out)["articles"]) == 5
    network.write_conf()
    _, out, _ = run(capsys, "report", "--format", "json")
    assert len(json.loads(out)["articles"]) == 6


def test_python_dash_m_and_the_console_script(network):
    result = subprocess.run(
        [sys.executable, "-m", "pelican_spotlight", "report", "--fail-under", "2"],
        cwd=network.root,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 1
    assert result.stdout.startswith("Spotlight: 3 posts about others")


# -- check --------------------------------------------------------------------------------------------


def test_check_clean_site_exits_0(network, capsys):
    code, out, _ = run(capsys, "check")
    assert code == 0
    assert out.startswith("No problems: 5 changemakers")


def test_check_reports_every_problem_as_file_line_message(network, capsys):
    registry = (network.content / "spotlight.yaml").read_text(encoding="utf-8")
    (network.content / "spotlight.yaml").write_text(
        registry + "  - name: Bad\n    url: javascript:alert(1)\n", encoding="utf-8"
    )
    network.write("posts/typo.md", "Title: Typo\nDate: 2026-11-26\n\nHello\n\n{% mention adrien-example %}\n")
    network.write("posts/meta.md", "Title: Meta\nDate: 2026-11-27\nSpotlight: nobody\nAbout: maybe\n\nHi\n")
    network.write("pages/about.md", "Title: About\n\n{% spotlight ghost %}\n")
    network.write(
        "posts/draft.md", "Title: D\nDate: 2026-11-28\nStatus: draft\n\n{% mention bo-conector %}\n"
    )
    code, out, err = run(capsys, "check")
    assert code == 1
    lines = out.splitlines()
    assert (
        "content/spotlight.yaml:26: changemaker 'Bad': url must be an http:// or https:// URL, "
        "got 'javascript:alert(1)'" in lines
    )
    assert (
        "content/posts/typo.md:6: unknown changemaker 'adrien-example' (did you mean 'adrienne-example'?)"
        in lines
    )
    assert "content/posts/meta.md:3: unknown changemaker 'nobody'" in lines
    assert "content/posts/meta.md:4: About: 'maybe' is not 'others' or 'self'; ignored" in lines
    assert "content/pages/about.md:3: unknown changemaker 'ghost'" in lines
    assert any(
        line.startswith("content/posts/draft.md:5: unknown changemaker 'bo-conector'") for line in lines
    )
    assert len(lines) == 6
    assert "6 problems found" in err


def test_check_reports_a_missing_registry(site, monkeypatch, capsys):
    site.write("a.md", "Title: A\nDate: 2026-01-01\n\nHi\n")
    site.write_conf()
    monkeypatch.chdir(site.root)
    code, out, _ = run(capsys, "check")
    assert code == 1
    assert out == "content/spotlight.yaml:0: spotlight registry not found; no changemakers\n"


# -- roundup ------------------------------------------------------------------------------------------


def test_roundup_drafts_a_post_for_the_period(network, capsys):
    code, out, _ = run(capsys, "roundup", "--period", "month", "--date", "2026-10")
    assert code == 0
    path = network.content / "spotlight-roundup-2026-10.md"
    assert out == f"Wrote {path.relative_to(network.root)}\n" or out == f"Wrote {path}\n"
    text = path.read_text(encoding="utf-8")
    assert text.startswith("Title: Spotlight roundup: October 2026\nDate: 2026-10-31\nStatus: draft\n")
    assert "{% spotlight adrienne-example %}" in text
    assert "{% spotlight commons-lab %}" in text
    assert "{% spotlight bo-connector %}" not in text
    assert "[A lab for shared tools]({filename}/posts/2026-10-commons.md)" in text
    assert "{% mention commons-lab %}" in text.split("New to the network")[1]


def test_roundup_draft_is_valid_content_and_not_counted(network, capsys):
    run(capsys, "roundup", "--date", "2026-11")
    _, before, _ = run(capsys, "report", "--format", "json")
    code, out, _ = run(capsys, "check")
    assert code == 0, out
    network.build()
    assert json.loads(network.read("spotlight/report.json")) == json.loads(before)
    assert network.exists("drafts/spotlight-roundup-2026-11.html")


def test_roundup_defaults_to_the_newest_posts_period_and_the_roundup_period_setting(network, capsys):
    network.write_conf(SPOTLIGHT_ROUNDUP_PERIOD="quarter", ARTICLE_PATHS=["posts"])
    code, _, _ = run(capsys, "roundup")
    assert code == 0
    assert (network.content / "posts" / "spotlight-roundup-2026-Q4.md").exists()


def test_roundup_never_overwrites(network, capsys):
    path = network.content / "spotlight-roundup-2026-W45.md"
    path.write_text("mine\n", encoding="utf-8")
    code, _, err = run(capsys, "roundup", "--period", "week", "--date", "2026-W45")
    assert code == 2
    assert "already exists; not overwritten" in err
    assert path.read_text(encoding="utf-8") == "mine\n"


def test_roundup_of_a_period_without_spotlights_exits_1(network, capsys):
    code, _, err = run(capsys, "roundup", "--date", "2026-09")
    assert code == 1
    assert "nobody was spotlighted in 2026-09" in err
    assert not (network.content / "spotlight-roundup-2026-09.md").exists()


@pytest.mark.parametrize("argv", [["--date", "2026-13"], ["--period", "week", "--date", "2026-11"]])
def test_roundup_bad_date_exits_2(network, capsys, argv):
    code, _, err = run(capsys, "roundup", *argv)
    assert code == 2
    assert "--date" in err


def test_report_reads_the_builds_content_cache_without_writing_it(network, capsys):
    cache = network.root / "cache"
    network.settings.update(CACHE_CONTENT=True, LOAD_CONTENT_CACHE=True, CACHE_PATH=str(cache))
    network.write_conf()
    network.build()
    capsys.readouterr()
    stamps = {p: p.stat().st_mtime_ns for p in cache.rglob("*")}
    assert stamps
    code, out, _ = run(capsys, "report", "--format", "json")
    assert code == 0
    assert out == network.read("spotlight/report.json")
    assert {p: p.stat().st_mtime_ns for p in cache.rglob("*")} == stamps


def test_roundup_goes_to_path_when_the_first_article_path_is_not_a_folder(network, capsys):
    network.write_conf(ARTICLE_PATHS=["missing-folder", "posts"])
    assert run(capsys, "roundup", "--date", "2026-11")[0] == 0
    assert (network.content / "spotlight-roundup-2026-11.md").exists()
    assert not (network.content / "missing-folder").exists()


def test_autolinks_count_the_same_in_the_build_and_the_command_line(network, capsys):
    network.write("posts/2026-11-names.md", "Title: Names\nDate: 2026-11-28\n\nI read Quiet Person today.\n")
    network.settings["SPOTLIGHT_AUTOLINK"] = True
    network.write_conf()
    network.build()
    capsys.readouterr()
    _, out, _ = run(capsys, "report", "--format", "json")
    data = json.loads(out)
    assert data == json.loads(network.read("spotlight/report.json"))
    assert data["articles"][-1]["features"] == ["quiet-person"]
    assert data["due"] == []


def test_a_settings_file_with_an_error_exits_2(network, capsys):
    (network.root / "pelicanconf.py").write_text("PATH = 'content'\nTHIS IS NOT PYTHON\n", encoding="utf-8")
    code, _, err = run(capsys, "check")
    assert code == 2
    assert "pelicanconf.py: cannot read the settings" in err


# -- roundup --email ----------------------------------------------------------------------------------


def test_roundup_email_is_written_beside_the_draft(network, capsys):
    code, out, _ = run(
        capsys, "roundup", "--date", "2026-10", "--email", "-e", 'SITEURL="https://blog.example"'
    )
    assert code == 0
    draft = network.content / "spotlight-roundup-2026-10.md"
    email = network.content / "spotlight-roundup-2026-10.email.txt"
    assert out.splitlines() == [f"Wrote {draft}", f"Wrote {email}"]
    assert draft.read_text(encoding="utf-8").startswith("Title: Spotlight roundup: October 2026\n")
    assert email.read_text(encoding="utf-8") == (
        "Subject: Spotlight roundup: October 2026\n"
        "\n"
        "Who I spotlighted in October 2026: 2 posts about others, 0 about myself (all others).\n"
        "\n"
        "Adrienne Example: https://adrienne.example\n"
        "Featured in “Learning from Adrienne”: https://blog.example/learning-from-adrienne.html\n"
        "\n"
        "Open Commons Lab: https://commons.example\n"
        "Featured in “A lab for shared tools”: https://blog.example/shared-tools.html\n"
        "\n"
        "New to my network: Open Commons Lab.\n"
    )


def test_roundup_email_names_the_profile_page_of_someone_without_a_url(network, capsys):
    network.write(
        "posts/2026-12-quiet.md",
        "Title: Quiet & <em>calm</em>\nDate: 2026-12-01\n\n{% mention quiet-person %}\n",
    )
    code, _, _ = run(capsys, "roundup", "--email", "-e", 'FEED_DOMAIN="https://feeds.example"')
    assert code == 0
    text = (network.content / "spotlight-roundup-2026-12.email.txt").read_text(encoding="utf-8")
    assert "\n\nQuiet Person: https://feeds.example/spotlight/quiet-person/\n" in text
    assert "Featured in “Quiet & calm”: https://feeds.example/quiet-calm.html\n" in text
    network.write_conf(SPOTLIGHT_SAVE_AS="")  # no profile pages: the name alone
    (network.content / "spotlight-roundup-2026-12.email.txt").unlink()
    (network.content / "spotlight-roundup-2026-12.md").unlink()
    assert run(capsys, "roundup", "--email", "-e", 'SITEURL="https://blog.example"')[0] == 0
    text = (network.content / "spotlight-roundup-2026-12.email.txt").read_text(encoding="utf-8")
    assert "\n\nQuiet Person\nFeatured in" in text


def test_roundup_email_never_overwrites_and_then_writes_nothing(network, capsys):
    email = network.content / "spotlight-roundup-2026-11.email.txt"
    email.write_text("mine\n", encoding="utf-8")
    code, out, err = run(
        capsys, "roundup", "--date", "2026-11", "--email", "-e", 'SITEURL="https://b.example"'
    )
    assert code == 2 and out == ""
    assert "spotlight-roundup-2026-11.email.txt already exists; not overwritten, and nothing written" in err
    assert email.read_text(encoding="utf-8") == "mine\n"
    assert not (network.content / "spotlight-roundup-2026-11.md").exists()
    # Without --email, the draft alone is written: the email beside it is not the command's business.
    assert run(capsys, "roundup", "--date", "2026-11")[0] == 0
    assert email.read_text(encoding="utf-8") == "mine\n"


def test_roundup_email_needs_an_absolute_site_url(network, capsys):
    code, _, err = run(capsys, "roundup", "--date", "2026-11", "--email", "-e", 'SITEURL="/blog"')
    assert code == 2
    assert "--email needs an absolute SITEURL or FEED_DOMAIN" in err
    assert not list(network.content.glob("spotlight-roundup-*"))


def test_roundup_email_of_a_period_without_spotlights_exits_1_writing_nothing(network, capsys):
    code, _, err = run(capsys, "roundup", "--date", "2026-09", "--email", "-e", 'SITEURL="https://b.example"')
    assert code == 1 and "nobody was spotlighted in 2026-09" in err
    assert not list(network.content.glob("spotlight-roundup-*"))


def test_lists_with_a_bad_setting_exits_2(network, capsys):
    code, _, err = run(capsys, "lists", "-e", "SPOTLIGHT_SOCIAL_WEEKLY_OTHERS={}")
    assert code == 2 and "SPOTLIGHT_SOCIAL_WEEKLY_OTHERS: expected a dict naming at least one channel" in err
    assert not (network.root / "lists.md").exists()
