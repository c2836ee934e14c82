"""Hostile registries in real builds: the site builds, each problem is one message naming file and line.

Every build goes through ``guarded`` (see conftest): no traceback, inputs untouched, safe HTML, no notes.
"""

from __future__ import annotations

import json
import os
import time
from dataclasses import dataclass
from pathlib import Path

import pytest
from guard import MARKUP_WARNING, NOTES, PAYLOAD, markup_warnings, relative_messages

from pelican_spotlight.core.errors import RegistryError

POST = "Title: Thanks\nDate: 2026-01-05\n\nThanks to {% mention ada %}.\n\n{% spotlight ada %}\n"
UNKNOWN_ADA = ("posts/thanks.md:4: unknown changemaker 'ada'", "posts/thanks.md:6: unknown changemaker 'ada'")


@dataclass(frozen=True)
class Case:
    id: str
    files: dict[str, str | bytes]  # relative to the content folder
    expected: tuple[str, ...]  # each message, in order: a prefix of the logged message
    registry: str = "spotlight.yaml"
    finds_ada: bool = False  # whether the post's tags resolve


CASES = [
    Case(
        "entry-is-a-string",
        {"spotlight.yaml": "changemakers:\n  - Ada Lovelace\n  - name: Ada\n"},
        ("spotlight.yaml:2: entry #1 must be a mapping with at least 'name'",),
        finds_ada=True,
    ),
    Case(
        "changemakers-key-given-twice",  # YAML keeps the last; the first was once taken for the list
        {"spotlight.yaml": "changemakers:\nchangemakers:\n  - name: Ada\n"},
        (),
        finds_ada=True,
    ),
    Case("empty-file", {"spotlight.yaml": ""}, UNKNOWN_ADA),
    Case("only-comments", {"spotlight.yaml": "# nobody yet\n"}, UNKNOWN_ADA),
    Case(
        "empty-folder",
        {"network/README.txt": "yaml files go here\n"},
        ("network:0: spotlight registry folder has no .yaml/.yml files", *UNKNOWN_ADA),
        registry="network",
    ),
    Case(
        "duplicate-slugs",
        {"spotlight.yaml": "- name: Ada\n- name: Other\n  slug: ada\n"},
        ("spotlight.yaml:2: changemaker 'Other': duplicate slug 'ada' (first used by 'Ada' at ",),
        finds_ada=True,
    ),
    Case(
        "slugs-collide-after-slugify",
        {"spotlight.yaml": "- name: Ada\n- name: ADA!\n- name: '  ada  '\n"},
        (
            "spotlight.yaml:2: changemaker 'ADA!': duplicate slug 'ada'",
            "spotlight.yaml:3: changemaker 'ada': duplicate slug 'ada'",
        ),
        finds_ada=True,
    ),
    Case(
        "emoji-only-name-needs-a-slug",
        {"spotlight.yaml": "- name: Ada\n- name: 🌱🌍\n"},
        ("spotlight.yaml:2: changemaker '🌱🌍': cannot make a slug from the name; add 'slug:'",),
        finds_ada=True,
    ),
    Case(
        "emoji-name-with-a-slug",
        {"spotlight.yaml": "- name: 🌱🌍\n  slug: ada\n"},
        (),
        finds_ada=True,
    ),
    Case(
        "url-javascript",
        {"spotlight.yaml": "- name: Ada\n  url: javascript:alert(1)\n"},
        ("spotlight.yaml:2: changemaker 'Ada': url must be an http:// or https:// URL",),
        finds_ada=True,
    ),
    Case(
        "url-javascript-mixed-case-and-space",
        {"spotlight.yaml": "- name: Ada\n  url: ' JaVaScRiPt:alert(1)'\n"},
        ("spotlight.yaml:2: changemaker 'Ada': url must be an http:// or https:// URL",),
        finds_ada=True,
    ),
    Case(
        "url-data",
        {"spotlight.yaml": "- name: Ada\n  url: 'data:text/html,<script>alert(1)</script>'\n"},
        ("spotlight.yaml:2: changemaker 'Ada': url must be an http:// or https:// URL",),
        finds_ada=True,
    ),
    Case(
        "url-file",
        {"spotlight.yaml": "- name: Ada\n  url: file:///etc/passwd\n"},
        ("spotlight.yaml:2: changemaker 'Ada': url must be an http:// or https:// URL",),
        finds_ada=True,
    ),
    Case(
        "url-relative",
        {"spotlight.yaml": "- name: Ada\n  url: /about/\n"},
        ("spotlight.yaml:2: changemaker 'Ada': url must be an http:// or https:// URL",),
        finds_ada=True,
    ),
    Case(
        "url-scheme-relative",
        {"spotlight.yaml": "- name: Ada\n  url: //evil.example/\n"},
        ("spotlight.yaml:2: changemaker 'Ada': url must be an http:// or https:// URL",),
        finds_ada=True,
    ),
    Case(
        "url-http-without-host",
        {"spotlight.yaml": "- name: Ada\n  url: 'http:///etc/passwd'\n"},
        ("spotlight.yaml:2: changemaker 'Ada': url must be an http:// or https:// URL",),
        finds_ada=True,
    ),
    Case(
        "feed-javascript",
        {"spotlight.yaml": "- name: Ada\n  feed: javascript:alert(1)\n"},
        ("spotlight.yaml:2: changemaker 'Ada': feed must be an http:// or https:// URL",),
        finds_ada=True,
    ),
    Case(
        "image-climbs-out-of-path",
        {"spotlight.yaml": "- name: Ada\n  image: ../../etc/passwd\n"},
        ("spotlight.yaml:2: changemaker 'Ada': image must be a path under the content folder",),
        finds_ada=True,
    ),
    Case(
        "image-climbs-out-midway",
        {"spotlight.yaml": "- name: Ada\n  image: images/../../../etc/passwd\n"},
        ("spotlight.yaml:2: changemaker 'Ada': image must be a path under the content folder",),
        finds_ada=True,
    ),
    Case(
        "image-absolute-path",
        {"spotlight.yaml": "- name: Ada\n  image: /etc/passwd\n"},
        ("spotlight.yaml:2: changemaker 'Ada': image must be a path under the content folder",),
        finds_ada=True,
    ),
    Case(
        "image-backslashes",
        {"spotlight.yaml": "- name: Ada\n  image: '..\\..\\etc\\passwd'\n"},
        ("spotlight.yaml:2: changemaker 'Ada': image must be a path under the content folder",),
        finds_ada=True,
    ),
    Case(
        "image-file-url",
        {"spotlight.yaml": "- name: Ada\n  image: file:///etc/passwd\n"},
        ("spotlight.yaml:2: changemaker 'Ada': image must be a path under the content folder",),
        finds_ada=True,
    ),
    Case(
        "image-javascript",
        {"spotlight.yaml": "- name: Ada\n  image: javascript:alert(1)\n"},
        ("spotlight.yaml:2: changemaker 'Ada': image must be a path under the content folder",),
        finds_ada=True,
    ),
    Case(
        "image-plain-http",
        {"spotlight.yaml": "- name: Ada\n  image: http://img.example/a.png\n"},
        ("spotlight.yaml:2: changemaker 'Ada': image must be a path under the content folder",),
        finds_ada=True,
    ),
    Case(
        "image-is-the-registry",
        {"spotlight.yaml": "- name: Ada\n  image: spotlight.yaml\n  notes: " + NOTES + "\n"},
        ("spotlight.yaml:2: changemaker 'Ada': image 'spotlight.yaml' is not an image file",),
        finds_ada=True,
    ),
    Case(
        "image-is-a-draft-post",
        {"spotlight.yaml": "- name: Ada\n  image: posts/thanks.md\n"},
        ("spotlight.yaml:2: changemaker 'Ada': image 'posts/thanks.md' is not an image file",),
        finds_ada=True,
    ),
    Case(
        "social-handle-with-html",
        {"spotlight.yaml": "- name: Ada\n  social: {twitter: '<script>x</script>'}\n"},
        ("spotlight.yaml:2: changemaker 'Ada': social.twitter '<script>x</script>' is not a valid handle",),
        finds_ada=True,
    ),
    Case(
        "social-handle-javascript",
        {"spotlight.yaml": "- name: Ada\n  social: {mastodon: 'javascript:alert(1)@x'}\n"},
        (
            "spotlight.yaml:2: changemaker 'Ada': social.mastodon 'javascript:alert(1)@x' is not a valid "
            "handle",
        ),
        finds_ada=True,
    ),
    Case(
        "slug-with-html",
        {"spotlight.yaml": "- name: Ada\n- name: Bo\n  slug: '<b>bo</b>'\n"},
        ("spotlight.yaml:3: changemaker 'Bo': slug must be letters, digits,",),
        finds_ada=True,
    ),
    Case(
        "slug-climbing-out",
        {"spotlight.yaml": "- name: Ada\n- name: Bo\n  slug: ../../bo\n"},
        ("spotlight.yaml:3: changemaker 'Bo': slug must be letters, digits,",),
        finds_ada=True,
    ),
    # Issue #23: any structure is one message and that entry skipped, never a traceback.
    Case(
        "entry-nested-20-levels-deep",
        {"spotlight.yaml": "- name: Ada\n- name: Bo\n  tags: " + "[" * 20 + "]" * 20 + "\n"},
        (
            "spotlight.yaml:2: changemaker 'Bo': lists or mappings nested more than 10 levels deep; "
            "entry skipped",
        ),
        finds_ada=True,
    ),
    Case(
        "entry-nested-150-levels-deep-in-block-style",
        {
            "spotlight.yaml": "- name: Ada\n- name: Bo\n  social:\n"
            + "".join("  " * (i + 2) + "a:\n" for i in range(150))
            + "  " * 152
            + "x\n"
        },
        (
            "spotlight.yaml:2: changemaker 'Bo': lists or mappings nested more than 10 levels deep; "
            "entry skipped",
        ),
        finds_ada=True,
    ),
    Case(
        "a-number-of-5000-digits",
        {"spotlight.yaml": "- name: Ada\n  kind: " + "9" * 5000 + "\n"},
        (
            "spotlight.yaml:2: changemaker 'Ada': kind must be one of: individual, organization, "
            "got '99999999999999999999999999999999999999999999999999999999999…'",
        ),
        finds_ada=True,
    ),
    Case(
        "a-name-of-a-megabyte",
        {"spotlight.yaml": "- name: Ada\n- name: " + "x" * 1_000_000 + "\n"},
        ("spotlight.yaml:2: changemaker '" + "x" * 59 + "…': slug 'xxxxx",),
        finds_ada=True,
    ),
    Case(
        "bidirectional-and-control-characters",
        {
            "spotlight.yaml": '- name: "Ada\\u202e"\n  summary: "a\\x07b\\u2066c\\u200fd"\n'
            '  aliases: ["x\\x1by"]\n  tags: ["t\\u202a"]\n  notes: "n\\x07"\n'
        },
        (
            "spotlight.yaml:1: changemaker 'Ada\\u202e': name has invisible bidirectional or control "
            "characters (U+202E); removed",
            "spotlight.yaml:2: changemaker 'Ada\\u202e': summary has invisible bidirectional or control "
            "characters (U+0007, U+2066); removed",
            "spotlight.yaml:3: changemaker 'Ada\\u202e': aliases has invisible bidirectional or control "
            "characters (U+001B); removed",
            "spotlight.yaml:4: changemaker 'Ada\\u202e': tags has invisible bidirectional or control "
            "characters (U+202A); removed",
        ),
        finds_ada=True,
    ),
    *(
        Case(
            f"slug-{slug.replace('.', '-')}-is-the-plugins-own-{what}",
            {"spotlight.yaml": f"- name: Ada\n- name: Other\n  slug: {slug}\n"},
            (
                f"spotlight.yaml:2: changemaker 'Other': its profile page 'spotlight/{slug}/index.html' "
                f"is {clash}",
            ),
            finds_ada=True,
        )
        for slug, what, clash in [
            ("report", "report", "the file the ratio report page (SPOTLIGHT_REPORT_SAVE_AS) is written to"),
            (
                "roundups",
                "archive",
                "the file the roundup archive (SPOTLIGHT_ROUNDUPS_SAVE_AS) is written to",
            ),
            ("report.json", "json", "inside 'spotlight/report.json', the file the report as JSON"),
            (
                "spotlight.css",
                "stylesheet",
                "inside 'spotlight/spotlight.css', the file the small stylesheet",
            ),
            (
                "blogroll.opml",
                "blogroll",
                "inside 'spotlight/blogroll.opml', the file blogroll of changemakers",
            ),
            ("index.html", "directory", "inside 'spotlight/index.html', the file the directory"),
        ]
    ),
    Case(
        "name-is-a-list",
        {"spotlight.yaml": "- name: [Ada]\n"},
        (
            "spotlight.yaml:1: changemaker #1: name must be non-empty text, got ['Ada']; entry skipped",
            *UNKNOWN_ADA,
        ),
    ),
    Case(
        "name-is-blank",
        {"spotlight.yaml": "- name: '   '\n"},
        (
            "spotlight.yaml:1: changemaker '   ': name must be non-empty text, got '   '; entry skipped",
            *UNKNOWN_ADA,
        ),
    ),
]


# Files that cannot be parsed at all: the build stops with one error naming the file and the line (for an
# unclosed bracket or quote, the line that opened it) and showing that line; nothing is written.
ALIAS_BOMB = (
    "a: &a [x, x, x, x, x, x, x, x, x]\n"
    + "".join(
        f"{b}: &{b} [{', '.join([f'*{a}'] * 9)}]\n" for a, b in zip("abcdefgh", "bcdefghi", strict=True)
    )
    + "changemakers:\n  - name: Ada\n    tags: *i\n"
)
UNREADABLE = [
    Case(
        "invalid-yaml",
        {"spotlight.yaml": "changemakers:\n  - name: Ada\n  - name: [unclosed\n    kind: x\n"},
        (
            "spotlight.yaml:3: invalid YAML: in the list opened here with '[': expected ',' or ']', "
            "but got ':' (on line 4)",
            "  3 |   - name: [unclosed",
            "    |           ^",
        ),
    ),
    Case(
        "colon-in-a-summary",
        {"spotlight.yaml": "changemakers:\n  - name: Ada\n    summary: Organizer: writer\n"},
        (
            "spotlight.yaml:3: invalid YAML: mapping values are not allowed here (text containing ': ' "
            "must be in quotes)",
            "  3 |     summary: Organizer: writer",
            "    |                       ^",
        ),
    ),
    Case(
        "unclosed-quote",
        {"spotlight.yaml": 'changemakers:\n  - name: Ada\n    summary: "Organizer\n  - name: Bo\n'},
        (
            "spotlight.yaml:3: invalid YAML: the quoted text that starts here is never closed",
            '  3 |     summary: "Organizer',
            "    |              ^",
        ),
    ),
    Case(
        "tab-indented-yaml",
        {"spotlight.yaml": "changemakers:\n\t- name: Ada\n"},
        (
            "spotlight.yaml:2: invalid YAML: found character '\\t' that cannot start any token (indent "
            "with spaces, not tabs)",
            "  2 | →- name: Ada",
            "    | ^",
        ),
    ),
    Case(
        "control-character",
        {"spotlight.yaml": "changemakers:\n  - name: Ada\n  - name: B\x1fo\n"},
        (
            "spotlight.yaml:3: invalid YAML: special character #x001f is not allowed",
            "  3 |   - name: B?o",
            "    |            ^",
        ),
    ),
    Case(
        "top-level-is-a-string",
        {"spotlight.yaml": "just some text\n"},
        (
            "spotlight.yaml:1: expected 'changemakers:' with a list of changemakers, a list, or one "
            "changemaker",
            "  1 | just some text",
        ),
    ),
    Case(
        "top-level-is-a-number",
        {"spotlight.yaml": "42\n"},
        (
            "spotlight.yaml:1: expected 'changemakers:' with a list of changemakers, a list, or one "
            "changemaker",
            "  1 | 42",
        ),
    ),
    Case(
        "changemakers-is-a-mapping",
        {"spotlight.yaml": "changemakers:\n  name: Ada\n"},
        (
            "spotlight.yaml:2: 'changemakers' must be a list (each entry starting with '- ')",
            "  2 |   name: Ada",
        ),
    ),
    Case(
        "not-utf8",
        {"spotlight.yaml": b"changemakers:\n  - name: Ad\xe9\n"},
        (
            "spotlight.yaml:2: cannot read the registry: it is not UTF-8 text (byte 0xe9 on this line)",
            "  2 |   - name: Ad\ufffd",
        ),
    ),
    Case(
        "recursive-yaml-alias",
        {"spotlight.yaml": "changemakers:\n  - name: Ada\n    tags: &t [a, *t]\n"},
        (
            "spotlight.yaml:3: invalid YAML: aliases (*t) are not supported; write the value out",
            "  3 |     tags: &t [a, *t]",
            "    |                  ^",
        ),
    ),
    Case(
        "yaml-alias-bomb",
        {"spotlight.yaml": ALIAS_BOMB},
        (
            "spotlight.yaml:2: invalid YAML: aliases (*a) are not supported; write the value out",
            "  2 | b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]",
            "    |        ^",
        ),
    ),
    Case(
        "explicit-tag-the-value-cannot-hold",
        {"spotlight.yaml": "changemakers:\n  - name: Ada\n    since: !!timestamp soon\n"},
        (
            "spotlight.yaml:3: invalid YAML: this value cannot be read as !!timestamp",
            "  3 |     since: !!timestamp soon",
            "    |            ^",
        ),
    ),
    Case(
        "explicit-float-tag-on-text",
        {"spotlight.yaml": "changemakers:\n  - name: !!float Ada\n"},
        (
            "spotlight.yaml:2: invalid YAML: this value cannot be read as !!float",
            "  2 |   - name: !!float Ada",
            "    |           ^",
        ),
    ),
    Case(
        "nested-a-thousand-levels-deep",
        {"spotlight.yaml": "changemakers:\n  - name: Ada\n    tags: " + "[" * 1000 + "]" * 1000 + "\n"},
        (
            "spotlight.yaml:3: invalid YAML: lists or mappings nested more than 100 levels deep",
            "  3 | …" + "[" * 82 + "]" * 16 + "…",  # libyaml stops at 1,000 levels: its mark
            "    | " + " " * 80 + "^",
        ),
    ),
    Case(
        "one-bad-file-in-a-folder",
        {"network/a.yaml": "name: Ada\n", "network/b.yaml": "- name: Bo\n- name: [Cy\n"},
        (
            "network/b.yaml:2: invalid YAML: the list opened here with '[' is never closed",
            "  2 | - name: [Cy",
            "    |         ^",
        ),
        registry="network",
    ),
]


@pytest.mark.parametrize("case", UNREADABLE, ids=[c.id for c in UNREADABLE])
def test_unreadable_registry_stops_the_build_with_one_error(guarded, case: Case):
    for relpath, data in case.files.items():
        path = guarded.content / relpath
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    guarded.write("posts/thanks.md", POST)
    started = time.process_time()  # CPU time: another process's load cannot fail it
    error, messages = guarded.build_stops(RegistryError, SPOTLIGHT_REGISTRY=case.registry)
    assert time.process_time() - started < 30, "the build took too long"
    assert relative_messages([str(error)], guarded.root) == ["\n".join(case.expected)]
    assert messages == []  # no cascade of "unknown changemaker", nothing else logged


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_hostile_registry_gives_one_clear_message_per_problem(guarded, case: Case):
    for relpath, data in case.files.items():
        path = guarded.content / relpath
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    guarded.write("posts/thanks.md", POST)
    started = time.process_time()  # CPU time: another process's load cannot fail it
    result = guarded.build(SPOTLIGHT_REGISTRY=case.registry)
    assert time.process_time() - started < 30, "the build took too long"  # a hang, not a slow machine
    messages = relative_messages(result.messages, guarded.root)
    assert len(messages) == len(case.expected), messages
    for message, prefix in zip(messages, case.expected, strict=True):
        assert message.startswith(prefix), messages
    page = result.page("thanks.html")
    assert ('href="/spotlight/ada/"' in page) == case.finds_ada


def test_names_in_every_script_get_slugs_and_pages(guarded):
    names = {
        "أحمد الخطيب": "hmd-lkhtyb",
        "अनन्या शर्मा": "annyaa-shrmaa",
        "北京 Commons": "bei-jing-commons",
        "🌱 Green Org": "green-org",
    }
    guarded.write("spotlight.yaml", "".join(f"- name: {n}\n" for n in names))
    guarded.write(
        "posts/thanks.md",
        "Title: Thanks\nDate: 2026-01-05\n\n" + "".join(f"{{% mention {s} %}}\n" for s in names.values()),
    )
    result = guarded.build()
    assert result.messages == []
    text = result.visible_text("thanks.html")
    for name, slug in names.items():
        assert name in text
        assert name in result.visible_text(f"spotlight/{slug}/index.html")


THEMES = [
    pytest.param("simple", id="simple-theme"),
    # Pelican's default theme writes article.summary|striptags|safe into <meta description>, and
    # page.title|striptags into <title>: striptags unescapes, so text handed to themes must survive it.
    pytest.param("notmyidea", id="notmyidea-theme"),
    pytest.param(str(Path(__file__).parents[2] / "theme"), id="demo-theme"),
]


@pytest.mark.parametrize("theme", THEMES)
@pytest.mark.parametrize("autolink", [False, True], ids=["autolink-off", "autolink-on"])
def test_registry_text_with_html_is_shown_as_text_everywhere(guarded, theme, autolink):
    """PAYLOAD in every free-text field; the audit in ``guarded`` checks every output file."""
    guarded.write(
        "spotlight.yaml",
        f"""
        - name: {json.dumps(PAYLOAD)}
          slug: ada
          circle: focus
          why: learn
          summary: {json.dumps(PAYLOAD)}
          tags: [{json.dumps(PAYLOAD)}]
          aliases: [{json.dumps(PAYLOAD)}]
          url: 'https://ada.example/"><script>alert(1)</script>'
          feed: 'https://ada.example/feed?a=1&b="x"'
          notes: {NOTES}
        """,
    )
    guarded.write(
        "posts/thanks.md",
        "Title: Thanks\nDate: 2026-01-05\n\n{% spotlight ada %}\n\nThanks {% mention ada %}.\n\n"
        "{% network circle=focus %}\n\n{% spotlight ada style=compact %}\n",
    )
    result = guarded.build(SPOTLIGHT_AUTOLINK=autolink, THEME=theme)
    # the payload's fields each get one warning, and nothing else is said
    assert all(MARKUP_WARNING in m for m in result.messages), result.messages
    assert markup_warnings(result.messages) == [
        ("spotlight.yaml:1", "name"),
        ("spotlight.yaml:5", "summary"),
        ("spotlight.yaml:7", "aliases"),
    ]
    for page in ("thanks.html", "spotlight/ada/index.html", "spotlight/index.html"):
        assert PAYLOAD in result.visible_text(page), page


def test_image_symlinked_out_of_the_content_folder_is_refused(guarded, tmp_path):
    secret = tmp_path / "secret.jpg"
    secret.write_text("not for publishing")
    (guarded.content / "images").mkdir()
    os.symlink(secret, guarded.content / "images" / "ada.jpg")
    guarded.write("spotlight.yaml", "- name: Ada\n  image: images/ada.jpg\n")
    guarded.write("posts/thanks.md", POST)
    result = guarded.build(STATIC_PATHS=[])  # Pelican itself copies what STATIC_PATHS holds
    assert relative_messages(result.messages, guarded.root) == [
        "spotlight.yaml:2: changemaker 'Ada': image 'images/ada.jpg' is outside the content folder"
    ]
    for path in result.output.rglob("*"):
        assert not path.is_file() or b"not for publishing" not in path.read_bytes(), path
        assert not path.is_file() or b"ada.jpg" not in path.read_bytes(), path


def test_very_long_fields_build(guarded):
    long_name = "Ada " + "Lovelace" * 1000
    guarded.write(
        "spotlight.yaml",
        f"- name: {long_name}\n  summary: {'word ' * 20000}\n- name: Bo\n  slug: {'b' * 300}\n",
    )
    guarded.write("posts/thanks.md", "Title: Thanks\nDate: 2026-01-05\n\nHello.\n")
    result = guarded.build()
    messages = relative_messages(result.messages, guarded.root)
    assert [m.split(": ", 1)[0] for m in messages] == ["spotlight.yaml:1", "spotlight.yaml:4"], messages
    assert all("slug" in m and "too long" in m for m in messages), messages


# A large registry: one warning and one page per entry. The timed build, at 5,000 entries, is
# bench/registry_scale.py (a wall-clock limit does not belong in a suite run on a shared machine).
ENTRIES = 500


def test_a_large_registry_builds_with_one_message_and_one_page_per_entry(guarded):
    entries = "".join(
        f"- name: Person {i}\n  circle: {'focus' if i < 8 else 'extended'}\n  why: learn\n"
        f"  summary: Summary {i} & <b>co</b>\n  tags: [t{i % 50}]\n"
        for i in range(ENTRIES)
    )
    guarded.write("spotlight.yaml", entries)
    guarded.write(
        "posts/thanks.md",
        f"Title: Thanks\nDate: 2026-01-05\n\n{{% mention person-{ENTRIES - 1} %}}\n\n"
        "{% network tag=t7 %}\n",
    )
    result = guarded.build()
    # each summary's "<b>" is one warning, and nothing else is said
    assert all(MARKUP_WARNING in m for m in result.messages)
    assert markup_warnings(result.messages) == [
        (f"spotlight.yaml:{4 + 5 * i}", "summary") for i in range(ENTRIES)
    ]
    assert len(list((result.output / "spotlight").glob("person-*/index.html"))) == ENTRIES
    assert (
        result.page("thanks.html").count('<div class="spotlight-card ') == ENTRIES // 50
    )  # tag t7's network
