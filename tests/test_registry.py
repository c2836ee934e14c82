"""The registry: shapes, defaults, and every error a user can act on, with its path:line."""

from __future__ import annotations

import logging
import textwrap
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator
from pelican.settings import DEFAULT_CONFIG

from pelican_spotlight.core.errors import RegistryError
from pelican_spotlight.core.registry import excerpt, load_registry, schema, site_slugify

SLUGIFY = site_slugify(DEFAULT_CONFIG)


def load(tmp_path: Path, text: str, name: str = "spotlight.yaml"):
    path = tmp_path / name
    path.write_text(textwrap.dedent(text).lstrip("\n"), encoding="utf-8")
    return load_registry(path, SLUGIFY, tmp_path)


def problems(registry) -> list[str]:
    return [str(p) for p in registry.problems]


def test_full_entry_becomes_a_frozen_changemaker(tmp_path, registry_yaml):
    (tmp_path / "spotlight.yaml").write_text(registry_yaml)
    registry = load_registry(tmp_path / "spotlight.yaml", SLUGIFY, tmp_path)
    assert registry.problems == []
    assert [c.slug for c in registry] == ["adrienne-example", "commons-lab", "bo-connector"]
    adrienne = registry.get("adrienne-example")
    assert adrienne.why == ("learn", "connect")
    assert adrienne.circle == "focus" and adrienne.kind == "individual"
    assert adrienne.since.isoformat() == "2024-03-01"
    assert adrienne.social_links == [
        ("mastodon", "https://social.example/@adrienne"),
        ("bluesky", "https://bsky.app/profile/adrienne.example"),
    ]
    assert registry.get("commons-lab").why == ("contribute",)  # a single word is fine
    bo = registry.get("bo-connector")
    assert (bo.kind, bo.circle, bo.url) == ("individual", "extended", None)
    with pytest.raises(AttributeError):
        adrienne.name = "changed"


@pytest.mark.parametrize(
    ("name", "slug"),
    [
        ("Adrienne Example", "adrienne-example"),
        ("Zoë Ångström-Núñez", "zoe-angstrom-nunez"),
        ("北京 Commons", "bei-jing-commons"),
        ("Ахмед Петров", "akhmed-petrov"),
    ],
)
def test_slug_defaults_to_pelicans_slugify(tmp_path, name, slug):
    registry = load(tmp_path, f"changemakers:\n  - name: {name}\n")
    assert [c.slug for c in registry] == [slug]


def test_slug_follows_the_sites_slug_settings(tmp_path):
    path = tmp_path / "r.yaml"
    path.write_text("changemakers:\n  - name: Zoë Ökö\n", encoding="utf-8")
    unicode_slugify = site_slugify({**DEFAULT_CONFIG, "SLUGIFY_USE_UNICODE": True})
    assert [c.slug for c in load_registry(path, unicode_slugify)] == ["zoë-ökö"]


def test_missing_registry_is_one_warning(tmp_path):
    registry = load_registry(tmp_path / "nope.yaml", SLUGIFY)
    assert len(registry) == 0
    assert len(registry.problems) == 1
    assert registry.problems[0].level == logging.WARNING
    assert "not found" in str(registry.problems[0])


def test_yaml_syntax_error_makes_the_file_unreadable_naming_the_line_that_opened_the_bracket(tmp_path):
    registry = load(
        tmp_path,
        """
        changemakers:
          - name: Fine
          - name: [unclosed
            kind: individual
        """,
    )
    assert registry.problems == []
    assert len(registry) == 0
    [problem] = registry.unreadable
    assert problem.level == logging.ERROR
    assert str(problem) == (
        f"{tmp_path / 'spotlight.yaml'}:3: invalid YAML: in the list opened here with '[': "
        "expected ',' or ']', but got ':' (on line 4)\n"
        "  3 |   - name: [unclosed\n"
        "    |           ^"
    )
    with pytest.raises(RegistryError) as info:
        registry.raise_if_unreadable()
    assert str(info.value) == str(problem)


@pytest.mark.parametrize(
    ("text", "line", "message"),
    [
        pytest.param(
            "changemakers:\n  - name: Ada\n    tags: [a, b\n",
            3,
            "invalid YAML: the list opened here with '[' is never closed\n  3 |     tags: [a, b\n"
            "    |           ^",
            id="bracket-never-closed",
        ),
        pytest.param(
            "changemakers:\n  - name: Ada\n    social: {twitter: x\n  - name: Bo\n",
            3,
            "invalid YAML: in the mapping opened here with '{': expected ',' or '}', but got ':' "
            "(on line 4)\n  3 |     social: {twitter: x\n    |             ^",
            id="brace-not-closed",
        ),
        pytest.param(
            'changemakers:\n  - name: "Ada\n  - name: Bo\n',
            2,
            'invalid YAML: the quoted text that starts here is never closed\n  2 |   - name: "Ada\n'
            "    |           ^",
            id="double-quote-never-closed",
        ),
        pytest.param(
            "changemakers:\n  - name: 'Ada\n  - name: Bo\n",
            2,
            "invalid YAML: the quoted text that starts here is never closed\n  2 |   - name: 'Ada\n"
            "    |           ^",
            id="single-quote-never-closed",
        ),
        pytest.param(
            "changemakers:\n  - name: Ada\n    summary: Organizer: writer\n",
            3,
            "invalid YAML: mapping values are not allowed here (text containing ': ' must be in quotes)"
            "\n  3 |     summary: Organizer: writer\n    |                       ^",
            id="colon-in-a-summary",
        ),
        pytest.param(
            "changemakers:\n\t- name: Ada\n",
            2,
            "invalid YAML: found character '\\t' that cannot start any token (indent with spaces, not "
            "tabs)\n  2 | →- name: Ada\n    | ^",
            id="tab",
        ),
        pytest.param(
            "just some text\n",
            1,
            "expected 'changemakers:' with a list of changemakers, a list, or one changemaker\n"
            "  1 | just some text",
            id="top-level-text",
        ),
        pytest.param(
            "changemakers:\n  name: Ada\n",
            2,
            "'changemakers' must be a list (each entry starting with '- ')\n  2 |   name: Ada",
            id="changemakers-not-a-list",
        ),
    ],
)
def test_unparseable_file_names_the_line_and_shows_it(tmp_path, text, line, message):
    (tmp_path / "spotlight.yaml").write_text(text, encoding="utf-8")
    registry = load_registry(tmp_path / "spotlight.yaml", SLUGIFY, tmp_path)
    assert [str(p) for p in registry.unreadable] == [f"{tmp_path / 'spotlight.yaml'}:{line}: {message}"]
    assert registry.problems == []


def test_a_file_that_is_not_utf8_is_unreadable_at_its_line(tmp_path):
    (tmp_path / "spotlight.yaml").write_bytes(b"changemakers:\n  - name: Ad\xe9\n")
    registry = load_registry(tmp_path / "spotlight.yaml", SLUGIFY, tmp_path)
    assert [str(p) for p in registry.unreadable] == [
        f"{tmp_path / 'spotlight.yaml'}:2: cannot read the registry: it is not UTF-8 text (byte 0xe9 on "
        "this line)\n  2 |   - name: Ad\ufffd"
    ]


def test_a_long_line_is_cut_around_the_caret():
    text = "x: " + "a" * 300 + ": b\n"
    shown = excerpt(text, 1, text.index(": b"))
    gutter, caret = shown.splitlines()[1:]
    assert len(gutter) < 120
    assert gutter[caret.index("^")] == ":"


@pytest.mark.parametrize(
    ("field", "value", "line", "expected"),
    [
        ("kind", "persn", 3, "kind must be one of: individual, organization, got 'persn'"),
        ("circle", "inner", 3, "circle must be one of: focus, extended, got 'inner'"),
        ("why", "[learn, gossip]", 3, "why must be any of: learn, contribute, connect"),
        ("url", "javascript:alert(1)", 3, "url must be an http:// or https:// URL"),
        ("url", "ftp://files.example", 3, "url must be an http:// or https:// URL"),
        ("since", "2024-13-01", 3, "since must be a date like 2024-03-01, got '2024-13-01'"),
        ("since", "last spring", 3, "since must be a date like 2024-03-01"),
        ("image", "../../etc/passwd", 3, "image must be a path under the content folder"),
        ("feed", "data:text/html,x", 3, "feed must be an http:// or https:// URL"),
    ],
)
def test_bad_value_is_an_error_naming_file_line_and_entry(tmp_path, field, value, line, expected):
    registry = load(
        tmp_path,
        f"""
        changemakers:
          - name: Ada Example
            {field}: {value}
            summary: still here
        """,
    )
    errors = [p for p in registry.problems if p.level == logging.ERROR]
    assert len(errors) == 1, problems(registry)
    assert str(errors[0]).startswith(f"{tmp_path / 'spotlight.yaml'}:{line}: changemaker 'Ada Example': ")
    assert expected in str(errors[0])
    # the bad field is dropped, the entry kept
    [ada] = registry
    assert ada.summary == "still here"
    assert getattr(ada, field) in (None, (), "individual", "extended")


def test_missing_name_skips_the_entry(tmp_path):
    registry = load(
        tmp_path,
        """
        changemakers:
          - name: Kept
          - slug: nameless
            url: https://x.example
        """,
    )
    assert [c.slug for c in registry] == ["kept"]
    assert problems(registry) == [
        f"{tmp_path / 'spotlight.yaml'}:3: changemaker #2: 'name' is required; entry skipped"
    ]


def test_duplicate_slug_names_both_places(tmp_path):
    registry = load(
        tmp_path,
        """
        changemakers:
          - name: Same Name
          - name: Other
          - name: Same  name
            slug: same-name
        """,
    )
    assert [c.name for c in registry] == ["Same Name", "Other"]
    [problem] = registry.problems
    assert problem.level == logging.ERROR
    assert str(problem).startswith(f"{tmp_path / 'spotlight.yaml'}:4: changemaker 'Same  name': ")
    assert "duplicate slug 'same-name'" in str(problem)
    assert "spotlight.yaml:2" in str(problem)


def test_duplicate_slug_names_the_first_place_as_the_prefix_does(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "content").mkdir()
    (tmp_path / "content" / "spotlight.yaml").write_text("- name: Ada\n- name: Other\n  slug: ada\n")
    registry = load_registry(tmp_path / "content" / "spotlight.yaml", SLUGIFY, tmp_path / "content")
    assert [str(p) for p in registry.problems] == [
        "content/spotlight.yaml:2: changemaker 'Other': duplicate slug 'ada' "
        "(first used by 'Ada' at content/spotlight.yaml:1); entry skipped"
    ]


def test_unknown_key_is_a_warning_with_the_nearest_key(tmp_path):
    registry = load(
        tmp_path,
        """
        changemakers:
          - name: Ada
            sumary: Typo'd
        """,
    )
    [problem] = registry.problems
    assert problem.level == logging.WARNING
    assert str(problem) == (
        f"{tmp_path / 'spotlight.yaml'}:3: changemaker 'Ada': unknown key 'sumary' ignored "
        "(did you mean 'summary'?)"
    )
    assert [c.name for c in registry] == ["Ada"]


def test_entry_that_is_not_a_mapping(tmp_path):
    registry = load(
        tmp_path,
        """
        changemakers:
          - just a string
          - name: Fine
        """,
    )
    assert [c.slug for c in registry] == ["fine"]
    assert problems(registry) == [
        f"{tmp_path / 'spotlight.yaml'}:2: entry #1 must be a mapping with at least 'name'"
    ]


def test_folder_is_read_in_name_order_one_per_file_or_lists(tmp_path):
    folder = tmp_path / "network"
    folder.mkdir()
    (folder / "b-list.yml").write_text("- name: Bea\n- name: Cy\n")
    (folder / "a-one.yaml").write_text("name: Ana\ncircle: focus\n")
    (folder / "c-wrapped.yaml").write_text("changemakers:\n  - name: Dee\n")
    (folder / "notes.txt").write_text("not yaml: [")
    registry = load_registry(folder, SLUGIFY)
    assert registry.problems == []
    assert [c.name for c in registry] == ["Ana", "Bea", "Cy", "Dee"]
    assert registry.get("ana").source.endswith("a-one.yaml")


def test_folder_errors_name_the_file(tmp_path):
    folder = tmp_path / "network"
    folder.mkdir()
    (folder / "one.yaml").write_text("name: Ana\nkind: robot\n")
    registry = load_registry(folder, SLUGIFY)
    assert [str(p) for p in registry.problems] == [
        f"{folder / 'one.yaml'}:2: changemaker 'Ana': kind must be one of: individual, "
        "organization, got 'robot'"
    ]


def test_the_shipped_schema_accepts_the_documented_example(registry_yaml):
    import yaml

    data = yaml.safe_load(registry_yaml)
    data = {
        "changemakers": [
            {**e, **({"since": str(e["since"])} if "since" in e else {})} for e in data["changemakers"]
        ]
    }
    Draft202012Validator.check_schema(schema())
    errors = list(Draft202012Validator(schema()).iter_errors(data))
    assert errors == []
