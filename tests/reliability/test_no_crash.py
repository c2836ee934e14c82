"""Inputs that used to end in a traceback or in silent damage (issue #23): output paths that collide,
long draft names, a repeated rST option, and share texts without an absolute SITEURL.

A problem in an input is one message naming the file and line, that entry skipped, the build going on,
and ``pelican-spotlight check`` saying the same; a problem in the settings stops the build before
anything is written, naming both outputs.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import Any

import pytest
from guard import relative_messages

from pelican_spotlight import THEME_PATH
from pelican_spotlight.cli.main import main
from pelican_spotlight.core.errors import SettingsError

REGISTRY = "- name: Ada\n  circle: focus\n- name: Bo\n"
POST = "Title: Thanks\nDate: 2026-01-05\n\n{% spotlight ada %}\n\n{% mention bo %}\n"


# -- output paths that collide ------------------------------------------------------------------------


@dataclass(frozen=True)
class Collision:
    id: str
    settings: dict[str, Any]
    expected: str  # the SettingsError, exactly
    files: dict[str, str] = field(default_factory=dict)
    registry: str = REGISTRY
    cli: bool = True  # the settings alone say it: the command line refuses them too (exit 2)


COLLISIONS = [
    Collision(
        "report-json-is-pelicans-index",
        {"SPOTLIGHT_REPORT_JSON_SAVE_AS": "index.html"},
        "SPOTLIGHT_REPORT_JSON_SAVE_AS: 'index.html' is the file Pelican's index page (INDEX_SAVE_AS) is "
        "written to; give it a path of its own",
    ),
    Collision(
        "opml-is-pelicans-atom-feed",
        {"SPOTLIGHT_OPML_SAVE_AS": "feeds/all.atom.xml", "FEED_ALL_ATOM": "feeds/all.atom.xml"},
        "SPOTLIGHT_OPML_SAVE_AS: 'feeds/all.atom.xml' is the file Pelican's feed of all posts "
        "(FEED_ALL_ATOM) is written to; give it a path of its own",
    ),
    Collision(
        "css-inside-pelicans-archives-page",
        {"SPOTLIGHT_CSS_SAVE_AS": "archives.html/spotlight.css"},
        "SPOTLIGHT_CSS_SAVE_AS: 'archives.html/spotlight.css' is inside 'archives.html', the file Pelican's "
        "archives page (ARCHIVES_SAVE_AS) is written to; give it a path of its own",
    ),
    Collision(
        "report-page-is-an-articles-save-as",
        {"SPOTLIGHT_REPORT_SAVE_AS": "thanks.html"},
        "the ratio report page (SPOTLIGHT_REPORT_SAVE_AS): 'thanks.html' is the file posts/thanks.md is "
        "written to; give one of them a path of its own",
        cli=False,
    ),
    Collision(
        "recommendations-are-a-pages-save-as",
        {"SPOTLIGHT_RECOMMENDATIONS_SAVE_AS": "pages/about.html"},
        "recommendations (Ghost's format) (SPOTLIGHT_RECOMMENDATIONS_SAVE_AS): 'pages/about.html' "
        "is the file "
        "pages/about.md is written to; give one of them a path of its own",
        files={"pages/about.md": "Title: About\n\nAbout.\n"},
        cli=False,
    ),
    Collision(
        "directory-is-a-category-page",
        {"SPOTLIGHT_INDEX_SAVE_AS": "category/posts.html"},  # the post is in posts/: its category
        "the directory (SPOTLIGHT_INDEX_SAVE_AS): 'category/posts.html' is the file the category page of "
        "'posts' (CATEGORY_SAVE_AS) is written to; give one of them a path of its own",
        cli=False,
    ),
    Collision(
        "a-profile-page-is-a-pages-save-as",
        {"SPOTLIGHT_URL": "{slug}/", "PAGE_URL": "{slug}/", "PAGE_SAVE_AS": "{slug}/index.html"},
        "the profile page of 'Bo' (SPOTLIGHT_SAVE_AS): 'bo/index.html' is the file pages/bo.md is "
        "written to; "
        "give one of them a path of its own",
        files={"pages/bo.md": "Title: Bo\n\nA page of mine.\n"},
        cli=False,
    ),
    Collision(
        "a-profile-page-is-a-roundup-page",
        {"SPOTLIGHT_URL": "people/{slug}/", "SPOTLIGHT_ROUNDUP_URL": "people/{period}/"},
        "the roundup of 2026-01 (SPOTLIGHT_ROUNDUP_SAVE_AS): 'people/2026-01/index.html' is the file the "
        "profile page of 'Twenty six' (SPOTLIGHT_SAVE_AS) is written to; give one of them a path of its own",
        registry=REGISTRY + "- name: Twenty six\n  slug: 2026-01\n",
        cli=False,
    ),
]


@pytest.mark.parametrize("case", COLLISIONS, ids=[c.id for c in COLLISIONS])
def test_an_output_that_collides_stops_the_build_before_anything_is_written(
    guarded, case, monkeypatch, capsys
):
    guarded.write("spotlight.yaml", case.registry)
    guarded.write("posts/thanks.md", POST)
    for relpath, text in case.files.items():
        guarded.write(relpath, text)
    error, messages = guarded.build_stops(SettingsError, **case.settings)  # nothing written, no traceback
    assert str(error) == case.expected
    assert messages == []
    monkeypatch.chdir(guarded.root)
    guarded.write_conf(**case.settings)
    code = main(["report", "-s", "pelicanconf.py"])
    _, err = capsys.readouterr()
    if case.cli:
        assert (code, err) == (2, f"pelican-spotlight: error: {case.expected}\n")
    else:  # the command reads no taxonomy and writes nothing: the build is where it is found
        assert code == 0, err


def test_an_output_collision_is_one_line_on_pelicans_command_line(site):
    site.write("spotlight.yaml", REGISTRY)
    site.write("posts/thanks.md", POST)
    site.settings["SPOTLIGHT_REPORT_SAVE_AS"] = "thanks.html"
    result = site.run_pelican_in_process()
    assert result.returncode != 0
    assert "Traceback" not in result.stdout and "FileOverwriteFailedError" not in result.stdout
    assert (
        "SettingsError: the ratio report page (SPOTLIGHT_REPORT_SAVE_AS): 'thanks.html' is" in result.stdout
    )
    assert not (site.output / "thanks.html").exists()


def test_slugs_that_collide_with_outputs_are_skipped_and_the_rest_counted(guarded, monkeypatch, capsys):
    """Every output the settings name, moved where the settings move it: the entry is skipped with one
    error naming both, the others build and count, and ``check`` says the same."""
    settings = {
        "SPOTLIGHT_URL": "people/{slug}/",
        "SPOTLIGHT_REPORT_URL": "people/ratio/",
        "SPOTLIGHT_REPORT_JSON_SAVE_AS": "people/ratio.json",
        "ARCHIVES_SAVE_AS": "people/archive/index.html",
    }
    guarded.write(
        "spotlight.yaml",
        REGISTRY + "- name: Ratio\n- name: Ratio JSON\n  slug: ratio.json\n- name: Archive\n- name: Report\n",
    )
    guarded.write(
        "posts/thanks.md", POST + "\n{% mention ratio %} {% mention archive %} {% mention report %}\n"
    )
    result = guarded.build(**settings)
    assert relative_messages(result.messages, guarded.root) == [
        "spotlight.yaml:4: changemaker 'Ratio': its profile page 'people/ratio/index.html' is the file the "
        "ratio report page (SPOTLIGHT_REPORT_SAVE_AS) is written to; entry skipped (give it a "
        "'slug:' of its own)",
        "spotlight.yaml:5: changemaker 'Ratio JSON': its profile page "
        "'people/ratio.json/index.html' is inside "
        "'people/ratio.json', the file the report as JSON (SPOTLIGHT_REPORT_JSON_SAVE_AS) is written to; "
        "entry skipped (give it a 'slug:' of its own)",
        "spotlight.yaml:7: changemaker 'Archive': its profile page 'people/archive/index.html' is the file "
        "Pelican's archives page (ARCHIVES_SAVE_AS) is written to; entry skipped (give it a "
        "'slug:' of its own)",
        "posts/thanks.md:8: unknown changemaker 'ratio'",
        "posts/thanks.md:8: unknown changemaker 'archive'",
    ]
    assert result.visible_text("people/report/index.html").count("Report") >= 1  # 'report' is free here
    assert "Ratio" in result.visible_text("people/ratio/index.html")  # the report page, not a profile
    monkeypatch.chdir(guarded.root)
    guarded.write_conf(**settings)
    capsys.readouterr()  # the build's own summary
    assert main(["check", "-s", "pelicanconf.py"]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert [line.replace("content/", "") for line in lines] == sorted(
        relative_messages(result.messages, guarded.root),
        key=lambda m: (m.split(":")[0], int(m.split(":")[1])),
    )


# -- draft file names ---------------------------------------------------------------------------------


def test_an_introduction_of_two_long_slugs_gets_a_short_file_name(guarded, monkeypatch, capsys):
    a, b = "a" * 70 + "-" + "x" * 69, "b" * 140
    guarded.write("spotlight.yaml", f"- name: A\n  slug: {a}\n- name: B\n  slug: {b}\n")
    guarded.write("posts/p.md", f"Title: P\nDate: 2026-01-05\n\n{{% mention {a} %}}\n")
    monkeypatch.chdir(guarded.root)
    guarded.write_conf()
    assert main(["suggest", "-s", "pelicanconf.py", "--draft", a, b]) == 0, capsys.readouterr().err
    [draft] = guarded.content.glob("spotlight-meet-*.md")
    assert len(draft.name.encode()) <= 130
    assert draft.stem.startswith("spotlight-meet-" + "a" * 40 + "-" + "b" * 40 + "-")
    assert f"Slug: {draft.stem}\n" in draft.read_text(encoding="utf-8")
    # a second pair sharing the first 40 characters of each slug gets a file of its own
    guarded.write(
        "spotlight.yaml", f"- name: A\n  slug: {a}\n- name: B\n  slug: {b}\n- name: C\n  slug: {b}c\n"
    )
    assert main(["suggest", "-s", "pelicanconf.py", "--draft", a, b + "c"]) == 0, capsys.readouterr().err
    assert len(list(guarded.content.glob("spotlight-meet-*.md"))) == 2
    result = guarded.build()  # the drafts build: Pelican can write their pages
    assert len(list((result.output / "drafts").glob("spotlight-meet-*.html"))) == 2


def test_a_draft_that_cannot_be_written_is_exit_2_with_a_message(guarded, monkeypatch, capsys):
    guarded.write("spotlight.yaml", REGISTRY)
    guarded.write("posts/p.md", POST)
    monkeypatch.chdir(guarded.root)
    guarded.write_conf()
    monkeypatch.setattr("pelican_spotlight.cli.main.draft_slug", lambda *parts: "x" * 300)  # over NAME_MAX
    assert main(["suggest", "-s", "pelicanconf.py", "--draft", "ada", "bo"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("pelican-spotlight: error: cannot write ") and err.endswith(
        ": File name too long\n"
    )
    assert "Traceback" not in err


# -- a repeated option ----------------------------------------------------------------------------------

RST = """\
Options twice
#############

:date: 2026-01-06

Intro.

.. spotlight:: ada
   :style: compact
   :style: card

.. spotlight:: bo
   :blurb: one
   :blurb: two, which
      goes on

.. network::
   :circle: focus
   :circle: extended
"""


def test_an_option_given_twice_is_a_warning_and_the_post_builds(guarded, monkeypatch, capsys):
    guarded.write("spotlight.yaml", REGISTRY)
    guarded.write("posts/twice.rst", RST)
    guarded.write(
        "posts/twice-md.md", "Title: Md\nDate: 2026-01-07\n\n{% spotlight ada style=compact style=card %}\n"
    )
    result = guarded.build()
    assert relative_messages(result.messages, guarded.root) == [
        "posts/twice-md.md:4: {% spotlight ada style=compact style=card %}: option 'style' is "
        "given more than "
        "once; the last one is used",
        "posts/twice.rst:8: .. spotlight:: ada :style: compact :style: card: option 'style' is given more "
        "than once; the last one is used",
        "posts/twice.rst:12: .. spotlight:: bo :blurb: one :blurb: two, which goes on: option 'blurb' is "
        "given more than once; the last one is used",
        "posts/twice.rst:17: .. network:: :circle: focus :circle: extended: filter 'circle' is given more "
        "than once; the last one is used",
    ]
    page = result.page("options-twice.html")
    assert page.count('class="spotlight-card spotlight-card--card') == 3  # ada (the last style), bo, bo
    assert "spotlight-card--compact" not in page
    assert "two, which goes on" in result.visible_text("options-twice.html")  # bo: the last blurb
    assert "extended" in page.split('class="spotlight-network')[1]  # the last filter
    monkeypatch.chdir(guarded.root)
    guarded.write_conf()
    capsys.readouterr()  # the build's own summary
    assert main(["check", "-s", "pelicanconf.py"]) == 1
    lines = [line.replace("content/", "") for line in capsys.readouterr().out.splitlines()]
    assert sorted(lines) == sorted(relative_messages(result.messages, guarded.root))


# -- share texts without an absolute SITEURL ----------------------------------------------------------------


NO_SHARE = (
    "spotlight: no share block on posts: share texts need absolute links, and SITEURL ({!r}) is not an "
    "absolute URL (nor is FEED_DOMAIN); set SITEURL = 'https://…' to publish"
)


@pytest.mark.parametrize(
    ("settings", "shared"),
    [
        pytest.param({"SITEURL": ""}, False, id="no-siteurl"),
        pytest.param({"SITEURL": "/blog", "RELATIVE_URLS": True}, False, id="relative-siteurl"),
        pytest.param({"SITEURL": "", "FEED_DOMAIN": "https://blog.example"}, True, id="feed-domain"),
        pytest.param({"SITEURL": "https://blog.example"}, True, id="absolute-siteurl"),
    ],
)
def test_the_share_block_needs_an_absolute_url(site, caplog, settings, shared):
    site.write("spotlight.yaml", REGISTRY)
    site.write("posts/thanks.md", POST)
    site.write("posts/other.md", "Title: Other\nDate: 2026-01-06\n\n{% mention bo %}\n")
    caplog.set_level(logging.INFO)
    site.build(THEME=THEME_PATH, **settings)
    assert ("share-list__text" in site.read("thanks.html")) == shared
    records = [r for r in caplog.records if r.getMessage().startswith("spotlight: no share block")]
    assert [(r.levelno, r.getMessage()) for r in records] == (
        [] if shared else [(logging.INFO, NO_SHARE.format(settings["SITEURL"]))]  # once, not per post
    )


def test_a_development_build_with_fatal_warnings_passes_without_the_share_block(site):
    site.write("spotlight.yaml", REGISTRY)
    site.write("posts/thanks.md", POST)
    result = site.run_pelican("--fatal", "warnings", "--verbose")  # what a user sees, Rich and all
    assert result.returncode == 0, result.stdout + result.stderr
    assert (result.stdout + result.stderr).count("no share block on posts") == 1
    assert "spotlight-share" not in (site.output / "thanks.html").read_text(encoding="utf-8")


@pytest.mark.parametrize("siteurl", ["", "/blog"])
def test_the_share_command_needs_an_absolute_url(site, monkeypatch, capsys, siteurl):
    site.write("spotlight.yaml", REGISTRY)
    site.write("posts/thanks.md", POST)
    monkeypatch.chdir(site.root)
    site.write_conf(SITEURL=siteurl)
    assert main(["share", "-s", "pelicanconf.py", "--latest"]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert err.startswith(
        f"pelican-spotlight: error: share texts need the post's absolute URL, and SITEURL ({siteurl!r})"
    )
    assert main(["share", "-s", "pelicanconf.py", "--latest", "-e", 'SITEURL="https://blog.example"']) == 0
    assert "https://blog.example/thanks.html" in capsys.readouterr().out
