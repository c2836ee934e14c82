"""A real build with a ``social`` folder and the demo theme: channels in report.json and the page, the
build summary, the share block, ``pelican-spotlight share``, warnings, and the privacy rule."""

from __future__ import annotations

import contextlib
import html
import io
import json
import logging
import re
import shutil
import sys
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest

from pelican_spotlight.cli.main import main
from pelican_spotlight.practice.share import LIMITS, length

DATA = Path(__file__).resolve().parent / "data"
THEME = Path(__file__).resolve().parent.parent / "theme"
SECRETS = ("DIRECT-MESSAGE-SECRET-7f3a", "FOLLOWERS-ONLY-SECRET-91c2", "my phone number")
URL = "https://blog.example/long-story.html"
LONG_TITLE = "Ça bouge : " + "une très longue histoire d’organisation 👩‍👩‍👧‍👦 " * 20

REGISTRY = """
changemakers:
  - name: Adrienne Example
    circle: focus
    why: [learn]
    url: https://adrienne.example
    social: {mastodon: "@adrienne@social.example", bluesky: adrienne.example}
  - name: Open Commons Lab
    slug: commons-lab
    kind: organization
    circle: focus
    url: https://commons.example
  - name: Bo Connector
    social: {mastodon: "@bo@river.example"}
"""

LOG = """\
- {date: 2026-11-02, channel: newsletter, about: [adrienne-example]}
- {date: 2026-11-09, channel: newsletter, about: self}
- {date: 2026-11-10, channel: newsletter, about: sometimes}
- {date: 2026-11-16, channel: newsletter, about: others}
"""


SETTINGS = {
    "SITEURL": "https://blog.example",
    "THEME": str(THEME),
    "SPOTLIGHT_MASTODON_INSTANCE": "mastodon.example",
}


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """The site, built once: (site, log messages, printed summary). ``site_type`` is conftest's
    ``Site``, which a module-scoped fixture cannot get from the function-scoped ``site``."""
    root = tmp_path_factory.mktemp("social_site")
    (root / "content").mkdir()
    site = site_type()(root)
    site.settings = dict(SETTINGS)
    site.write("spotlight.yaml", REGISTRY)
    site.write(
        "a.md",
        f"""
        Title: {LONG_TITLE}
        Date: 2026-11-02 10:00
        Slug: long-story

        With {{% mention adrienne-example %}} and {{% mention commons-lab %}}.
        """,
    )
    site.write("b.md", "Title: About me\nDate: 2026-11-05 10:00\nSlug: about-me\n\nMy news.\n")
    site.write(
        "c.md", "Title: Soon\nDate: 2026-11-06\nStatus: draft\nSlug: soon\n\n{% mention bo-connector %}\n"
    )
    site.write("pages/p.md", "Title: Friends\nSlug: friends\n\n{% mention bo-connector %}\n")
    (site.content / "social").mkdir()
    shutil.copy(DATA / "social" / "outbox.json", site.content / "social" / "outbox.json")
    site.write("social/log.yaml", LOG)
    site.write("social/broken.csv", "date,channel,about\n2026-11-20,facebook,self\n2026-11-21,,others\n")

    records: list[logging.LogRecord] = []
    handler = logging.Handler()
    handler.emit = records.append
    logger = logging.getLogger("pelican_spotlight")
    logger.addHandler(handler)
    out = io.StringIO()
    try:
        with contextlib.redirect_stdout(out):
            site.build()
    finally:
        logger.removeHandler(handler)
    site.write_conf()
    return site, [r.getMessage() for r in records], out.getvalue()


def site_type() -> type:
    """conftest's ``Site`` class (``import conftest`` may find another folder's conftest)."""
    import importlib.util

    spec = importlib.util.spec_from_file_location(
        "_spotlight_conftest", Path(__file__).with_name("conftest.py")
    )
    module = sys.modules.get(spec.name)
    if module is None:
        module = importlib.util.module_from_spec(spec)
        sys.modules[spec.name] = module  # dataclasses look their module up there
        spec.loader.exec_module(module)
    return module.Site


def run(capsys, monkeypatch, site, *argv: str) -> tuple[int, str, str]:
    monkeypatch.chdir(site.root)
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_report_json_has_every_channel_and_blog_is_the_totals(built):
    site, _, _ = built
    data = json.loads(site.read("spotlight/report.json"))
    assert (
        data["channels"]["blog"]
        == data["totals"]
        == {
            "others": 1,
            "self": 1,
            "ratio": 1.0,
            "meets_target": False,
        }
    )
    assert data["channels"]["mastodon"] == {"others": 5, "self": 1, "ratio": 5.0, "meets_target": True}
    assert data["channels"]["newsletter"] == {"others": 2, "self": 1, "ratio": 2.0, "meets_target": False}
    assert data["channels"]["facebook"] == {"others": 0, "self": 1, "ratio": 0.0, "meets_target": False}
    assert data["all_channels"] == {"others": 8, "self": 4, "ratio": 2.0, "meets_target": False}
    assert [w["key"] for w in data["social_weeks"]] == ["2026-W45", "2026-W46", "2026-W47"]
    social = {c["slug"]: (c["count"], c["social_count"]) for c in data["changemakers"]}
    assert social == {"adrienne-example": (1, 3), "commons-lab": (1, 1), "bo-connector": (0, 1)}


def test_the_command_and_the_build_agree(built, capsys, monkeypatch):
    site, _, _ = built
    code, out, _ = run(capsys, monkeypatch, site, "report", "--format", "json")
    assert code == 0
    assert out == site.read("spotlight/report.json")
    assert json.loads(out)["channels"] == json.loads(site.read("spotlight/report.json"))["channels"]


def test_the_summary_has_one_line_per_channel(built):
    _, _, printed = built
    lines = [line.split()[0] for line in printed.splitlines() if " about yourself — " in line][1:]
    assert lines == ["blog", "facebook", "mastodon", "newsletter", "all"]
    assert re.search(r"mastodon\s+5 about others,\s+1 about yourself — 5\.0 : 1 ✓", printed)


def test_a_bad_log_entry_is_one_warning_with_file_and_line_and_the_build_goes_on(built):
    site, messages, _ = built
    social = [m for m in messages if "social/" in m]
    assert len(social) == 2
    assert any(re.search(r"social/log\.yaml:3: about must be self, others", m) for m in social)
    assert any(re.search(r"social/broken\.csv:3: channel", m) for m in social)
    assert site.exists("spotlight/report/index.html")


def test_the_report_page_shows_the_channels_and_the_weekly_chart(built):
    site, _, _ = built
    page = site.read("spotlight/report/index.html")
    section = page[page.index('id="spotlight-report-channels"') :]
    section = section[: section.index("</section>")]
    for name in ("blog", "mastodon", "newsletter", "facebook", "All channels"):
        assert f">{name}</th>" in section
    assert '<svg xmlns="http://www.w3.org/2000/svg"' in section and "spotlight-social-weeks" in section
    assert '<time datetime="2026-W46">2026-W46</time>' in section
    assert "<script" not in page


def test_no_private_text_reaches_any_output_or_log(built, capsys, monkeypatch):
    site, messages, printed = built
    for path in site.output.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            assert not any(secret.encode() in data for secret in SECRETS), path
    assert not any(secret in text for secret in SECRETS for text in [*messages, printed])
    for argv in (("report",), ("report", "--format", "json"), ("report", "--format", "markdown"), ("check",)):
        _, out, err = run(capsys, monkeypatch, site, *argv)
        assert not any(secret in out + err for secret in SECRETS)


def share_block(page: str) -> str:
    start = page.index('<section class="post__share"')
    return page[start : page.index("</section>", start)]


def test_a_post_featuring_someone_shows_its_share_kit(built):
    site, _, _ = built
    block = share_block(site.read("long-story.html"))
    assert "Share this spotlight" in block
    texts = [html.unescape(t) for t in re.findall(r'<pre class="share-list__text">(.*?)</pre>', block, re.S)]
    assert len(texts) == 4  # Mastodon, Bluesky, LinkedIn and email
    for network, text in zip(("mastodon", "bluesky", "linkedin"), texts, strict=False):
        assert length(text, network) <= LIMITS[network]
    assert all(text.endswith("https://blog.example/long-story.html") for text in texts)
    assert "@adrienne@social.example" in texts[0] and "@adrienne.example" in texts[1]
    links = [html.unescape(u) for u in re.findall(r'href="([^"]*)"', block)]
    assert [urlsplit(u).netloc for u in links] == ["mastodon.example", "bsky.app", "www.linkedin.com", ""]
    assert parse_qs(urlsplit(links[1]).query)["text"] == [texts[1]]
    # Email: the whole title as subject, names rather than handles, and a mailto: link carrying both.
    title = " ".join(LONG_TITLE.split())
    assert f'<p class="share-list__subject">Subject: {html.escape(title, quote=False)}</p>' in block
    assert texts[3] == f"{title}\n\nFeaturing Adrienne Example and Open Commons Lab\n\n{URL}"
    assert urlsplit(links[3]).scheme == "mailto"
    assert parse_qs(urlsplit(links[3]).query) == {
        "subject": [title],
        "body": [texts[3].replace("\n", "\r\n")],
    }
    assert ">Write it as an email</a>" in block


def test_the_share_block_makes_no_third_party_request(built):
    site, _, _ = built
    page = site.read("long-story.html")
    for src in re.findall(r'\s(?:src|srcset|data)="([^"]*)"', page):
        assert "://" not in src or src.startswith("https://blog.example/"), src
    assert not re.search(r"<(script|iframe|object|embed)\b", share_block(page))


def test_posts_featuring_nobody_drafts_and_pages_have_no_share_block(built):
    site, _, _ = built
    assert "post__share" not in site.read("about-me.html")
    assert "post__share" not in site.read("drafts/soon.html")
    assert "Share this spotlight" not in site.read("pages/friends.html")


# -- pelican-spotlight share ------------------------------------------------------------------------


def test_share_prints_what_the_page_shows(built, capsys, monkeypatch):
    site, _, _ = built
    code, out, _ = run(capsys, monkeypatch, site, "share", "content/a.md")
    assert code == 0
    page_texts = re.findall(r'<pre class="share-list__text">(.*?)</pre>', site.read("long-story.html"), re.S)
    for text in page_texts:
        assert html.unescape(text) in out
    assert "Share: https://mastodon.example/share?text=" in out


@pytest.mark.parametrize("source", ["a.md", "long-story", "--latest"])
def test_share_finds_a_post_by_path_from_path_slug_or_latest(built, capsys, monkeypatch, source):
    site, _, _ = built
    code, out, _ = run(capsys, monkeypatch, site, "share", source, "--network", "bluesky")
    assert code == 0
    assert out.startswith("== Bluesky (")
    assert "Mastodon" not in out and "LinkedIn" not in out
    assert "@adrienne.example" in out


def test_share_network_email_prints_the_subject_the_body_and_the_mailto_link(built, capsys, monkeypatch):
    site, _, _ = built
    code, out, _ = run(capsys, monkeypatch, site, "share", "long-story", "--network", "email")
    assert code == 0
    title = " ".join(LONG_TITLE.split())
    lines = out.splitlines()
    assert lines[:3] == ["== Email ==", f"Subject: {title}", ""]
    assert "\n".join(lines[3:8]) == f"{title}\n\nFeaturing Adrienne Example and Open Commons Lab\n\n{URL}"
    link = lines[-1].removeprefix("Share: ")
    assert (
        link.startswith("mailto:?subject=") and "%20" in link and "%0D%0A%0D%0AFeaturing%20Adrienne" in link
    )
    assert "Mastodon" not in out and "Bluesky" not in out


def test_share_bad_input(built, capsys, monkeypatch):
    site, _, _ = built
    assert run(capsys, monkeypatch, site, "share")[0] == 2
    assert run(capsys, monkeypatch, site, "share", "a.md", "--latest")[0] == 2
    code, _, err = run(capsys, monkeypatch, site, "share", "nope.md")
    assert code == 2 and "'nope.md' is not a published post" in err
    assert run(capsys, monkeypatch, site, "share", "--network", "myspace", "--latest")[0] == 2
    code, _, err = run(capsys, monkeypatch, site, "share", "about-me")
    assert code == 1 and "features no changemaker" in err


def test_check_reports_the_bad_log_entries(built, capsys, monkeypatch):
    site, _, _ = built
    code, out, _ = run(capsys, monkeypatch, site, "check")
    assert code == 1
    assert re.search(r"social/log\.yaml:3: about must be", out)


def test_a_bad_log_fails_a_fatal_warnings_build(site):
    site.write("spotlight.yaml", REGISTRY)
    site.write("a.md", "Title: A\nDate: 2026-11-02\n\n{% mention adrienne-example %}\n")
    site.write("social/log.yaml", "- {date: 2026-11-02, channel: x}\n")
    result = site.run_pelican_in_process("--fatal", "warnings")
    assert result.returncode != 0
    assert "social/log.yaml:1:" in result.stdout + result.stderr


def test_no_social_folder_means_the_blog_alone_and_no_warning(site, spotlight_logs):
    site.write("spotlight.yaml", REGISTRY)
    site.write("a.md", "Title: A\nDate: 2026-11-02\n\n{% mention adrienne-example %}\n")
    site.build()
    data = json.loads(site.read("spotlight/report.json"))
    assert data["channels"] == {"blog": data["totals"]}
    assert data["social_weeks"] == []
    assert spotlight_logs() == []
    assert "spotlight-report-channels" not in site.read("spotlight/report/index.html")


def test_the_markdown_report_has_the_channels(built, capsys, monkeypatch):
    site, _, _ = built
    _, out, _ = run(capsys, monkeypatch, site, "report", "--format", "markdown")
    assert "| mastodon | 5 | 1 | 5.0 : 1 | yes |" in out
    assert "| all channels | 8 | 4 | 2.0 : 1 | no |" in out
    assert "| 2026-W46 | 0 | 1 | no |" in out
    assert "| 2026-W47 | 2 | 1 | yes |" in out


# -- the weekly rhythm ---------------------------------------------------------------------------------


def rhythm_rows(page: str) -> list[tuple[str, str, str]]:
    """The report page's weekly-rhythm table: (channel, goal, weeks met) per row."""
    start = page.index('class="spotlight-table spotlight-report__rhythm"')
    table = page[start : page.index("</table>", start)]
    rows = re.findall(r'<tr><th scope="row">(.*?)</th><td>(.*?)</td><td>(.*?)</td></tr>', table)
    return [tuple(html.unescape(cell) for cell in row) for row in rows]


def test_the_report_shows_the_weekly_rhythm_of_all_channels_together(built, capsys, monkeypatch):
    site, _, _ = built
    data = json.loads(site.read("spotlight/report.json"))
    # W45: four Mastodon posts and a newsletter about others; W46: only posts about self.
    assert [(w["key"], w["others"], w["meets_target"]) for w in data["social_weeks"]] == [
        ("2026-W45", 5, True),
        ("2026-W46", 0, False),
        ("2026-W47", 2, True),
    ]
    assert data["social_rhythm"] == [{"channel": None, "goal": 2, "met": 2, "weeks": 3}]
    assert data["social_weeks"][2]["channels"]["newsletter"] == {"others": 1, "self": 0, "meets_target": None}
    page = site.read("spotlight/report/index.html")
    assert rhythm_rows(page) == [("All channels together", "2", "2 of 3")]
    assert "about others a week, all social channels together (every channel but the blog)." in page
    assert '<time datetime="2026-W47">2026-W47</time>, the newest social post' in page
    _, out, _ = run(capsys, monkeypatch, site, "report")
    assert (
        "Weekly rhythm (goal: 2 about others a week, all social channels together), the 3 weeks up to "
        "2026-W47:\n  all channels  2 of 3 weeks with at least 2 about others\n" in out
    )


WEEKLY_LOG = """\
- {date: 2026-11-02, channel: Facebook, about: others}
- {date: 2026-11-03, channel: facebook, about: [adrienne-example]}
- {date: 2026-11-04, channel: newsletter, about: others}
- {date: 2026-11-10, channel: facebook, about: others}
- {date: 2026-11-11, channel: newsletter, about: self}
- {date: 2026-11-17, channel: facebook, about: others}
- {date: 2026-11-18, channel: facebook, about: self}
- {date: 2026-11-19, channel: facebook, about: others}
"""


def test_goals_per_channel_in_the_build_the_page_and_every_format(site, capsys, monkeypatch):
    goals = {"Facebook": 2, "twitter": 1}
    site.write("spotlight.yaml", REGISTRY)
    site.write("a.md", "Title: A\nDate: 2026-11-02\n\n{% mention adrienne-example %}\n")
    site.write("social/log.yaml", WEEKLY_LOG)
    site.build(SPOTLIGHT_SOCIAL_WEEKLY_OTHERS=goals)
    data = json.loads(site.read("spotlight/report.json"))
    assert data["social_weekly_others"] == {"facebook": 2, "twitter": 1}
    facebook = [(w["key"], w["channels"]["facebook"]) for w in data["social_weeks"]]
    assert facebook == [
        ("2026-W45", {"others": 2, "self": 0, "meets_target": True}),
        ("2026-W46", {"others": 1, "self": 0, "meets_target": False}),
        ("2026-W47", {"others": 2, "self": 1, "meets_target": True}),
    ]
    assert {w["channels"]["newsletter"]["meets_target"] for w in data["social_weeks"]} == {None}
    # Twitter has a goal and no post at all: every week misses it, and so every week misses the rhythm.
    assert [w["channels"]["twitter"]["meets_target"] for w in data["social_weeks"]] == [False] * 3
    assert [w["meets_target"] for w in data["social_weeks"]] == [False] * 3
    assert data["social_rhythm"] == [
        {"channel": "facebook", "goal": 2, "met": 2, "weeks": 3},
        {"channel": "twitter", "goal": 1, "met": 0, "weeks": 3},
    ]

    page = site.read("spotlight/report/index.html")
    assert rhythm_rows(page) == [("facebook", "2", "2 of 3"), ("twitter", "1", "0 of 3")]
    assert "Weekly goals of posts about others: facebook 2, twitter 1." in page
    chart = page[page.index('id="spotlight-social-weeks"') :]
    chart = chart[: chart.index("</svg>")]
    assert "spotlight-chart__target" not in chart  # no one goal line for goals per channel
    assert chart.count("spotlight-chart__bar is-below") == 3

    site.write_conf(SPOTLIGHT_SOCIAL_WEEKLY_OTHERS=goals)
    capsys.readouterr()  # the build's summary
    code, out, _ = run(capsys, monkeypatch, site, "report", "--format", "json")
    assert code == 0 and json.loads(out) == data
    _, out, _ = run(capsys, monkeypatch, site, "report")
    assert "  facebook  2 of 3 weeks with at least 2 about others\n" in out
    assert "  twitter   0 of 3 weeks with at least 1 about others\n" in out
    _, out, _ = run(capsys, monkeypatch, site, "report", "--format", "markdown")
    assert "| facebook | 2 | 2 of 3 |" in out and "| twitter | 1 | 0 of 3 |" in out
    assert "| week | others | self | goal met | facebook | newsletter | twitter |" in out
    assert "| 2026-W46 | 1 | 1 | no | 1 / 0 ✗ | 0 / 1 | 0 / 0 ✗ |" in out
