"""Private inputs are never published, whatever ``STATIC_PATHS`` says (issue #23).

Each case plants secrets in the private inputs (a direct and a followers-only message in a Mastodon
outbox, the registry's ``notes``), then builds. Where Pelican would copy a private file, the build
must stop before writing anything, with one error that names the file and a fix; ``check`` must say
the same; and the fix, applied exactly as the message words it, must give a build that publishes
none of the secrets, in any output file or log line, while still counting the public posts.
"""

from __future__ import annotations

import ast
import json
import logging
import os
import re
import shutil
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from guard import NOTES

from pelican_spotlight.cli import main as cli
from pelican_spotlight.core.errors import PrivateInputError

PUBLIC = "https://www.w3.org/ns/activitystreams#Public"
DIRECT = "DIRECT-MESSAGE-SECRET-5e1d"
FOLLOWERS = "FOLLOWERS-ONLY-SECRET-0b7c"
SECRETS = (DIRECT, FOLLOWERS, NOTES)

REGISTRY = f"""\
- name: Ada Lovelace
  slug: ada
  circle: focus
  social: {{mastodon: "@ada@social.example"}}
  notes: {NOTES}
"""
POST = "Title: P\nDate: 2026-11-02\n\n{% mention ada %}\n"
LOG = "- {date: 2026-11-03, channel: newsletter, about: [ada]}\n"


def _note(text: str, to: list[str], tags: list[dict] | None = None) -> dict:
    return {
        "type": "Create",
        "published": "2026-11-04T10:00:00Z",
        "to": to,
        "cc": [],
        "object": {"type": "Note", "content": f"<p>{text}</p>", "to": to, "tag": tags or []},
    }


OUTBOX = json.dumps(
    {
        "orderedItems": [
            _note("Thanks", [PUBLIC], [{"type": "Mention", "name": "@ada@social.example"}]),
            _note(DIRECT, ["https://social.example/users/sam"]),
            _note(FOLLOWERS, ["https://social.example/users/me/followers"]),
        ]
    }
)


@dataclass(frozen=True)
class Case:
    id: str
    static_paths: list[str]
    static_excludes: list[str] = field(default_factory=list)
    social: str = "social"  # SPOTLIGHT_SOCIAL
    registry: str = "../spotlight.yaml"  # outside PATH unless the case is about the registry
    setup: Callable[[Path], None] | None = None  # given the site's root, after the files are written
    advice: str = ""  # what the error advises; "" for a site that builds as it is
    named: str = "content/social/log.yaml"  # the private file the error names (the first by path)
    relative_path: bool = False  # PATH given relative to the working folder


def _symlink(link: str, target: str) -> Callable[[Path], None]:
    def make(root: Path) -> None:
        path = root / "content" / link
        path.parent.mkdir(parents=True, exist_ok=True)
        path.symlink_to(target)

    return make


def _social_outside_content(root: Path) -> None:
    """content/social is a symlink to an export kept outside the content folder."""
    shutil.move(root / "content" / "social", root / "export")
    (root / "content" / "social").symlink_to(root / "export")


def _hard_link(root: Path) -> None:
    (root / "content" / "images").mkdir(exist_ok=True)
    os.link(root / "content" / "social" / "outbox.json", root / "content" / "images" / "backup.json")


def _registry_folder(root: Path) -> None:
    (root / "content" / "people").mkdir()
    (root / "content" / "people" / "ada.yaml").write_text(REGISTRY, encoding="utf-8")


CASES = [
    # Pelican walks "." as PATH/., so the plain "social" never matches: the headline of issue #23.
    Case("dot", ["."], advice="add './social' to STATIC_EXCLUDES"),
    Case(
        "dot-with-the-exclude-the-old-warning-advised",
        ["."],
        ["social"],
        advice="add './social' to STATIC_EXCLUDES (Pelican matches an exclude only as it spells the "
        "folder in its walk: 'social' does not)",
    ),
    Case("dot-excluded-as-pelican-walks-it", ["."], ["./social"]),
    Case("empty", [""], advice="add 'social' to STATIC_EXCLUDES"),
    Case(
        "empty-with-a-trailing-slash-exclude",
        [""],
        ["social/"],
        advice="add 'social' to STATIC_EXCLUDES (Pelican matches an exclude only as it spells the folder "
        "in its walk: 'social/' does not)",
    ),
    Case("empty-excluded", [""], ["social"]),
    Case(
        "the-social-folder-itself",
        ["social"],
        advice="take 'social' out of STATIC_PATHS: it is the social folder (SPOTLIGHT_SOCIAL)",
    ),
    Case(
        "a-parent-folder",
        ["files"],
        social="files/social",
        advice="add 'files/social' to STATIC_EXCLUDES",
        named="content/files/social/log.yaml",
    ),
    Case(
        "a-parent-folder-with-a-trailing-slash",
        ["files/"],
        social="files/social",
        advice="write STATIC_PATHS entry 'files/' as 'files' (Pelican never excludes a folder right "
        "under an entry ending in '/'), and add 'files/social' to STATIC_EXCLUDES",
        named="content/files/social/log.yaml",
    ),
    Case("a-parent-folder-excluded", ["files"], ["files/social"], social="files/social"),
    Case("the-default-images-folder", ["images"]),
    Case(
        "symlinked-social-folder",
        ["."],
        setup=_social_outside_content,
        advice="add './social' to STATIC_EXCLUDES",
    ),
    Case(
        "static-folder-that-is-a-symlink-to-social",
        ["images", "media"],
        setup=_symlink("media", "social"),
        advice="take 'media' out of STATIC_PATHS: it is the social folder (SPOTLIGHT_SOCIAL)",
    ),
    Case(
        "symlink-to-social-inside-a-static-folder",
        ["images"],
        setup=_symlink("images/export", "../social"),
        advice="add 'images/export' to STATIC_EXCLUDES",
    ),
    Case(
        "hard-link-in-a-static-folder",
        ["images"],
        setup=_hard_link,
        advice="delete 'images/backup.json'",
        named="content/social/outbox.json",
    ),
    Case("path-relative-dot", ["."], advice="add './social' to STATIC_EXCLUDES", relative_path=True),
    Case("path-relative-excluded", ["."], ["./social"], relative_path=True),
    Case(
        "registry-at-the-top-of-a-published-content-folder",
        ["."],
        ["./social"],
        registry="spotlight.yaml",
        advice="move it into a folder of its own that Pelican does not publish, e.g. "
        "SPOTLIGHT_REGISTRY = 'private/spotlight.yaml', and add './private' to STATIC_EXCLUDES",
        named="content/spotlight.yaml",
    ),
    Case(
        "registry-folder",
        [""],
        ["social"],
        registry="people",
        setup=_registry_folder,
        advice="add 'people' to STATIC_EXCLUDES",
        named="content/people/ada.yaml",
    ),
]


def write_site(site: Any, case: Case) -> dict[str, Any]:
    """The case's site, and its settings for an in-process build."""
    site.write("posts/p.md", POST)
    if case.registry != "people":
        registry = site.content / case.registry
        registry.parent.mkdir(parents=True, exist_ok=True)
        registry.write_text(REGISTRY, encoding="utf-8")
    site.write(f"{case.social}/outbox.json", OUTBOX)
    site.write(f"{case.social}/log.yaml", LOG)
    site.write("images/logo.png", "not really a picture")
    if case.setup:
        case.setup(site.root)
    return {
        "PATH": "content" if case.relative_path else str(site.content),
        "STATIC_PATHS": list(case.static_paths),
        "STATIC_EXCLUDES": list(case.static_excludes),
        "SPOTLIGHT_SOCIAL": case.social,
        "SPOTLIGHT_REGISTRY": case.registry,
    }


_QUOTED = r"'(?:[^'\\]|\\.)*'"
PROBLEM = re.compile(r"^\S+:\d+: ")


def _strings(text: str) -> list[str]:
    return [ast.literal_eval(q) for q in re.findall(_QUOTED, text)]


def apply_advice(message: str, settings: dict[str, Any], site: Any) -> dict[str, Any]:
    """The settings (and files) after doing exactly what the error message says."""
    fixed = {**settings, "STATIC_PATHS": list(settings["STATIC_PATHS"])}
    fixed["STATIC_EXCLUDES"] = list(settings["STATIC_EXCLUDES"])
    applied = 0
    for entry, plain in re.findall(rf"write STATIC_PATHS entry ({_QUOTED}) as ({_QUOTED})", message):
        paths = fixed["STATIC_PATHS"]
        paths[paths.index(ast.literal_eval(entry))] = ast.literal_eval(plain)
        applied += 1
    for names in re.findall(rf"take ((?:{_QUOTED}(?: and )?)+) out of STATIC_PATHS", message):
        fixed["STATIC_PATHS"] = [p for p in fixed["STATIC_PATHS"] if p not in _strings(names)]
        applied += 1
    move = re.search(rf"e\.g\. SPOTLIGHT_REGISTRY = ({_QUOTED})", message)
    if move:
        target = ast.literal_eval(move.group(1))
        (site.content / target).parent.mkdir(parents=True, exist_ok=True)
        shutil.move(site.content / settings["SPOTLIGHT_REGISTRY"], site.content / target)
        fixed["SPOTLIGHT_REGISTRY"] = target
        applied += 1
    for names in re.findall(rf"add ((?:{_QUOTED}(?: and )?)+) to STATIC_EXCLUDES", message):
        fixed["STATIC_EXCLUDES"] += _strings(names)
        applied += 1
    for name in re.findall(rf"; delete ({_QUOTED})", message):
        (site.content / ast.literal_eval(name)).unlink()
        applied += 1
    assert applied, f"no advice found in {message!r}"
    return fixed


def run_check(site: Any, settings: dict[str, Any], capsys: Any) -> tuple[int, list[str]]:
    """``pelican-spotlight check`` on the same site (PATH as the settings file gives it)."""
    site.write_conf(**{**settings, "PATH": "content"})
    capsys.readouterr()
    code = cli.main(["check", "-s", str(site.root / "pelicanconf.py"), "--no-cache"])
    return code, [line for line in capsys.readouterr().out.splitlines() if PROBLEM.match(line)]


def assert_nothing_private(site: Any, caplog: Any) -> None:
    """No secret in any output file, nor in any log line of the build."""
    for path in site.output.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            for secret in SECRETS:
                assert secret.encode() not in data, f"{secret} published in {path}"
    for record in caplog.records:
        text = record.getMessage()
        assert not any(secret in text for secret in SECRETS), text


def counted_channels(site: Any) -> dict[str, int]:
    report = json.loads((site.output / "spotlight" / "report.json").read_text(encoding="utf-8"))
    return {name: tally["others"] for name, tally in report["channels"].items()}


COUNTED = {"blog": 1, "mastodon": 1, "newsletter": 1}  # the public post, the log entry, the blog post


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_a_private_input_is_never_published(guarded, caplog, capsys, monkeypatch, case: Case):
    monkeypatch.chdir(guarded.root)  # messages, the build's and check's, name paths from here
    settings = write_site(guarded, case)
    if not case.advice:
        guarded.build(**settings)
        assert_nothing_private(guarded, caplog)
        assert counted_channels(guarded) == COUNTED
        assert run_check(guarded, settings, capsys) == (0, [])
        return

    error, messages = guarded.build_stops(PrivateInputError, **settings)
    (line,) = str(error).splitlines()  # one error, one input
    assert line.startswith(f"{case.named}:0: private file of "), line
    assert line.endswith("; " + case.advice), line
    assert messages == []  # nothing else to say: the build stopped at that
    assert_nothing_private(guarded, caplog)
    assert run_check(guarded, settings, capsys) == (1, [line])

    fixed = apply_advice(line, settings, guarded)
    guarded.build(**fixed)
    assert_nothing_private(guarded, caplog)
    assert counted_channels(guarded) == COUNTED
    assert run_check(guarded, fixed, capsys) == (0, [])


def test_a_private_file_linked_from_a_post_stops_the_build(guarded, caplog, monkeypatch):
    """A ``{static}`` link to a private file makes Pelican publish it whatever STATIC_PATHS says."""
    monkeypatch.chdir(guarded.root)
    settings = write_site(guarded, Case("link", ["images"]))
    guarded.write("posts/link.md", "Title: L\nDate: 2026-11-05\n\n[my export]({static}/social/outbox.json)\n")
    error, _ = guarded.build_stops(PrivateInputError, **settings)
    assert str(error) == (
        "content/social/outbox.json:0: private file of the social folder (SPOTLIGHT_SOCIAL): Pelican would "
        "publish it as social/outbox.json, since a post or the registry links it with {static}; "
        "remove that link"
    )
    assert_nothing_private(guarded, caplog)


def test_the_command_line_build_stops_with_one_line_and_exit_1(site):
    """``pelican content`` as the user runs it: one CRITICAL line, no traceback, nothing written."""
    write_site(site, Case("cli", ["."]))
    site.settings.update(STATIC_PATHS=["."], SPOTLIGHT_REGISTRY="../spotlight.yaml")
    result = site.run_pelican_in_process()
    assert result.returncode == 1
    critical = [line for line in result.stdout.splitlines() if line.startswith("CRITICAL")]
    assert critical == [
        "CRITICAL PrivateInputError: content/social/log.yaml:0: private file of the social folder "
        "(SPOTLIGHT_SOCIAL): Pelican would publish it as social/log.yaml (and 1 more private file), "
        "since STATIC_PATHS entry '.' copies it; add './social' to STATIC_EXCLUDES"
    ]
    assert "Traceback" not in result.stdout
    assert not site.output.exists() or not any(p.is_file() for p in site.output.rglob("*"))


EXPORT_PAGES = {
    "viewer.html": f"<html><head><title>My archive</title></head><body>{DIRECT}</body></html>",
    "README.md": f"Title: About this export\nDate: 2026-11-01\n\n{FOLLOWERS}\n",
}


@pytest.mark.parametrize(
    ("article_paths", "page_paths"),
    [([""], ["pages"]), (["."], ["pages"]), (["posts"], [""])],
    ids=["articles-from-empty", "articles-from-dot", "pages-from-empty"],
)
def test_an_exports_own_pages_are_never_read_as_posts(guarded, caplog, article_paths, page_paths):
    """An export's HTML viewer or Markdown under SPOTLIGHT_SOCIAL is not content, whatever
    ARTICLE_PATHS and PAGE_PATHS reach."""
    write_site(guarded, Case("pages", ["images"]))
    for name, text in EXPORT_PAGES.items():
        guarded.write(f"social/{name}", text)
    guarded.build(
        ARTICLE_PATHS=article_paths,
        PAGE_PATHS=page_paths,
        SPOTLIGHT_REGISTRY="../spotlight.yaml",
    )
    assert_nothing_private(guarded, caplog)
    report = json.loads((guarded.output / "spotlight" / "report.json").read_text(encoding="utf-8"))
    assert [a["source"] for a in report["articles"]] == ["posts/p.md"]
    assert not list(guarded.output.rglob("*about-this-export*"))
    assert [r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING] == []
