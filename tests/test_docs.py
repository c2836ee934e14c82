"""The documentation keeps up with the code: every setting, registry and share-log field, command,
option and message the package has is in the docs, found from the code itself (the settings rows, the
schemas, the argparse parser, the message strings), so a new one cannot land undocumented. Also: the
README's size and sections, the changelog's version, no reference to documents outside the repository,
and the generators of tools/docs_reference.py and the checker of tools/docs_offline.py."""

from __future__ import annotations

import argparse
import functools
import importlib.util
import re
import sys
import tomllib
from pathlib import Path
from types import ModuleType

import pytest
from jsonschema import Draft202012Validator

from pelican_spotlight.core.settings import SETTINGS

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"


def _tool(name: str) -> ModuleType:
    """A script of tools/, imported by path (tools/ is not a package)."""
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, ROOT / "tools" / f"{name}.py")
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    return sys.modules[name]


reference = _tool("docs_reference")
messages = _tool("messages")
offline = _tool("docs_offline")
readme_example = _tool("readme_example")


@functools.cache
def package_messages() -> tuple:
    """Every message the package can print (tools/messages.py), found once per test run."""
    return tuple(messages.messages())


def page(name: str) -> str:
    """A page of the docs as the site shows it, its generated parts made."""
    return reference.expand((DOCS / name).read_text(encoding="utf-8"))


def all_docs() -> str:
    """Every page of the site, and the top-level documents, as a reader sees them."""
    pages = [page(p.name) for p in sorted(DOCS.glob("*.md"))]
    top = [(ROOT / name).read_text(encoding="utf-8") for name in ("README.md", *reference.TOP_LEVEL.values())]
    return "\n".join(pages + top)


# -- settings, fields, commands and messages: all documented -----------------------------------------


def test_every_setting_is_in_the_docs():
    docs = all_docs()
    missing = [s.name for s in SETTINGS if f"`{s.name}`" not in docs]
    assert not missing, (
        f"not in the documentation: {', '.join(missing)}. A setting is documented by the description "
        "in its row in pelican_spotlight/core/settings.py (the table of docs/settings.md is made from "
        "the rows at its line <!-- generated: settings -->); give the row a description, and keep that line."
    )
    assert all(s.doc for s in SETTINGS if not s.follows), "every setting's row needs a description"


def _schema_fields() -> list[tuple[str, str, dict]]:
    """(schema file, field, its schema) for every field of the registry, its social networks and a
    share-log entry."""
    registry = reference.schema("registry.schema.json")["$defs"]["changemaker"]["properties"]
    social = registry["social"]["properties"]
    entry = reference.schema("share-log.schema.json")["$defs"]["entry"]["properties"]
    return [
        *(("registry.schema.json", key, prop) for key, prop in registry.items()),
        *(("registry.schema.json", f"social.{key}", prop) for key, prop in social.items()),
        *(("share-log.schema.json", key, prop) for key, prop in entry.items()),
    ]


@pytest.mark.parametrize(
    ("schema", "key", "prop"), _schema_fields(), ids=lambda v: v if isinstance(v, str) else ""
)
def test_every_schema_field_has_a_description_and_valid_examples(schema, key, prop):
    where = f"pelican_spotlight/{schema}, field {key!r}"
    assert prop.get("description"), f'{where}: add a "description" (docs/registry.md shows it)'
    assert prop.get("examples"), f'{where}: add "examples" (docs/registry.md shows them)'
    validator = Draft202012Validator(prop, format_checker=Draft202012Validator.FORMAT_CHECKER)
    for example in prop["examples"]:
        errors = [e.message for e in validator.iter_errors(example)]
        assert not errors, f"{where}: the example {example!r} is not valid: {errors}"


def test_every_registry_and_share_log_field_has_its_section():
    registry_page = page("registry.md")
    missing = []
    for schema, key, _ in _schema_fields():
        if "." in key:  # a social network: a row of the networks' table
            heading = f"| `{key.split('.')[1]}` |"
        else:
            heading = f"### `{key}` {{#{'share-log-' if schema.startswith('share') else ''}{key}}}"
        if heading not in registry_page:
            missing.append(f"{schema} {key}")
    assert not missing, (
        f"no section in docs/registry.md for: {', '.join(missing)}. The fields are made from the schemas at "
        "the lines <!-- generated: registry-fields -->, <!-- generated: social-networks --> and "
        "<!-- generated: share-log-fields -->: keep them in docs/registry.md."
    )


def test_every_command_has_a_section_with_its_options_and_exit_codes():
    source = (DOCS / "cli.md").read_text(encoding="utf-8")
    shown = page("cli.md")
    problems = []
    for name, parser in reference.commands().items():
        section = re.search(rf"^## `{name}`\n(.*?)(?=^## |\Z)", source, re.M | re.S)
        if not section:
            problems.append(f"{name}: add a section '## `{name}`' to docs/cli.md")
            continue
        if f"<!-- generated: command {name} -->" not in section[1]:
            problems.append(f"{name}: add the line <!-- generated: command {name} --> to its section")
        if "**Exit codes:**" not in section[1]:
            problems.append(f"{name}: say its exit codes in its section ('**Exit codes:** 0 …; 1 …; 2 …')")
        for action in parser._actions:
            if isinstance(action, argparse._HelpAction):
                continue
            for option in action.option_strings:
                if f"`{option}`" not in shown:
                    problems.append(f"{name} {option}: not shown in docs/cli.md")
            if not action.help:
                problems.append(
                    f"{name} {action.option_strings or action.dest}: give it a help text in cli/main.py"
                )
    assert "<!-- generated: commands -->" in source, "docs/cli.md lost its table of commands"
    assert not problems, "the command line's documentation is incomplete:\n" + "\n".join(problems)


def test_the_message_finder_finds_the_messages_it_should():
    """tools/messages.py, which the next test relies on, finds each kind of place that reports."""
    found = {m.where.split(":")[0]: [] for m in package_messages()}
    for m in package_messages():
        found[m.where.split(":")[0]] += [p.strip() for p in m.phrases]
    expected = {
        # Problem(…)
        "pelican_spotlight/markup/render.py": (
            "a spotlight card must stand on its own line; shown as a mention"
        ),
        # _error(…), through a local name
        "pelican_spotlight/core/registry.py": "); entry skipped",
        # Tag(error=…)
        "pelican_spotlight/markup/shortcodes.py": "unterminated tag (missing '%}')",
        # raise UsageError(…)
        "pelican_spotlight/cli/main.py": "already exists; not overwritten (rename or delete it first)",
        # logger.warning(…), with %-formatting
        "pelican_spotlight/builder/outputs.py": "posts about others,",
        # a message returned by another function of the module
        "pelican_spotlight/channels/social.py": "about must be self, others or a list of changemaker slugs;",
        "pelican_spotlight/core/settings.py": "a file name, not a folder (add e.g. 'index.html')",
        # raise SettingsError(…)
        "pelican_spotlight/cli/reading.py": ": settings file not found",
    }
    for module, phrase in expected.items():
        assert any(phrase in p for p in found.get(module, [])), (module, phrase)
    assert sum(len(m.phrases) for m in package_messages()) > 100


def test_every_message_the_plugin_can_print_is_in_troubleshooting():
    text = messages.words((DOCS / "troubleshooting.md").read_text(encoding="utf-8"))
    missing = []
    for message in package_messages():
        absent = [p.strip() for p in message.phrases if not messages.appears(p, text)]
        if absent:
            words = "; ".join(f"“{p}”" for p in absent)
            missing.append(f"{message.where} prints “{message.shown}”: docs/troubleshooting.md lacks {words}")
    assert not missing, (
        "messages the plugin can print that docs/troubleshooting.md does not explain. Add each to the "
        "table of its section there, as it is printed (with … for what varies), with what causes it and "
        "how to fix it (python tools/messages.py lists every message):\n" + "\n".join(missing)
    )


def test_a_new_message_is_caught(tmp_path):
    """The check above can fail: a module with an undocumented message is reported."""
    (tmp_path / "new.py").write_text(
        "from pelican_spotlight.core.problems import Problem\n\n\n"
        "def check(path):\n"
        "    reason = 'the moon is in the wrong phase'\n"
        "    return Problem(path, 1, f'cannot build today: {reason}; try tomorrow')\n",
        encoding="utf-8",
    )
    [found] = messages.messages(tmp_path)
    assert [p.strip() for p in found.phrases] == [
        "cannot build today:",
        "the moon is in the wrong phase",
        "; try tomorrow",
    ]
    text = messages.words((DOCS / "troubleshooting.md").read_text(encoding="utf-8"))
    assert not all(messages.appears(p, text) for p in found.phrases)


# -- the generated pages --------------------------------------------------------------------------------


def test_each_generated_part_is_where_it_belongs():
    expected = {
        "settings.md": ["settings"],
        "registry.md": ["registry-fields", "social-networks", "share-log-fields"],
        "cli.md": ["commands", "main-options", *(f"command {name}" for name in reference.commands())],
    }
    for name, parts in expected.items():
        source = (DOCS / name).read_text(encoding="utf-8")
        for part in parts:
            assert f"<!-- generated: {part} -->" in source, f"docs/{name} lost <!-- generated: {part} -->"
    for path in DOCS.glob("*.md"):
        assert "<!-- generated:" not in page(path.name), f"{path.name}: a generated part was left unmade"


def test_an_unknown_generated_part_is_an_error():
    with pytest.raises(KeyError, match="unknown generated part 'setings'"):
        reference.expand("<!-- generated: setings -->")


def test_the_command_reference_is_the_parsers():
    made = reference.command_reference("report")
    assert made.startswith("```text\nusage: pelican-spotlight report [-h]")
    assert "| `--fail-under` | `RATIO` | exit 1 when others : self is below RATIO" in made
    assert "| `--format` | one of `text`, `json`, `markdown` |" in made


def test_top_level_files_become_pages_with_their_links_mended():
    text = "See [the architecture](docs/architecture.md#tests), [security](SECURITY.md), [site](https://x.org/a.md)."
    assert reference.top_level_page(text) == (
        "See [the architecture](architecture.md#tests), [security](security.md), [site](https://x.org/a.md)."
    )


def test_the_getting_started_guide_shows_the_readmes_example():
    guide = (DOCS / "getting-started.md").read_text(encoding="utf-8")
    for text in readme_example.files().values():
        assert text in guide, "docs/getting-started.md and the README show different files"
    assert "\n".join(readme_example.printed()) in guide
    for url in readme_example.pages_to_open():
        assert readme_example.PREVIEW + url in guide
    for step in range(1, 6):
        section = re.search(rf"^## {step}\. .*?(?=^## |\Z)", guide, re.M | re.S)
        assert section and "](images/start/" in section[0], f"step {step} has no picture"


# -- the README, the changelog, and no outside references ----------------------------------------------


def test_the_readme_is_short_and_has_the_sections_it_should():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert len(readme) <= 8000, (
        f"README.md has {len(readme)} characters; at most 8,000 (move the rest to docs/)"
    )
    sections = re.findall(r"^## (.+)$", readme, re.M)
    assert sections == [
        "Install",
        "Add it to your blog in five minutes",
        "The tags",
        "Documentation",
        "Development",
    ]
    assert readme.count("![") == 1, "one picture"
    for target in re.findall(r"\]\(((?:docs/)?[\w./-]+\.md)(?:#[\w-]*)?\)", readme):
        assert (ROOT / target).is_file(), f"README.md links {target}, which does not exist"


CATEGORIES = {"Added", "Changed", "Deprecated", "Removed", "Fixed", "Security"}


def test_the_changelog_is_keep_a_changelog_and_its_version_is_the_packages():
    changelog = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    version = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
    assert changelog.startswith("# Changelog\n")
    releases = re.findall(r"^## \[([^\]]+)\] - (\d{4}-\d{2}-\d{2}|Unreleased)$", changelog, re.M)
    assert len(releases) == len(re.findall(r"^## ", changelog, re.M)), "each section: ## [X.Y.Z] - YYYY-MM-DD"
    assert releases, "CHANGELOG.md has no version"
    assert releases[0][0] == version, (
        f"CHANGELOG.md's newest version is {releases[0][0]}, pyproject's {version}"
    )
    assert all(date != "Unreleased" for _, date in releases[1:]), "only the newest version may be unreleased"
    assert set(re.findall(r"^### (.+)$", changelog, re.M)) <= CATEGORIES


# Files of the repository that people read: code, comments, templates and docs.
READ = [
    *(ROOT / "pelican_spotlight").rglob("*"),
    *(ROOT / "tests").rglob("*.py"),
    *(ROOT / "tools").rglob("*.py"),
    *(ROOT / "bench").rglob("*.py"),
    *(ROOT / "theme").rglob("*.html"),
    *DOCS.rglob("*.md"),
    *ROOT.glob("*.md"),
    *(ROOT / name for name in ("Makefile", "mkdocs.yml", "pyproject.toml", "MANIFEST.in")),
]
OUTSIDE = re.compile(
    r"\bSPEC\b|\]\(\.\./|\.\./" + "shared" + r"|" + "authentic-networking" + r"|" + "pelican-internals"
)


def test_nothing_refers_to_documents_outside_the_repository():
    found = []
    for path in READ:
        if path.is_file() and path.suffix not in (".png", ".svg", ".pyc", ".css", ".js", ".mo"):
            for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
                if OUTSIDE.search(line) and path.name != "test_docs.py":
                    found.append(f"{path.relative_to(ROOT)}:{number}: {line.strip()}")
    assert not found, "cite the docs page instead:\n" + "\n".join(found)


# -- tools/docs_offline.py ------------------------------------------------------------------------------


def test_the_offline_check_finds_what_a_page_would_load_from_elsewhere(tmp_path):
    (tmp_path / "index.html").write_text(
        '<link rel="stylesheet" href="https://cdn.example/a.css">'
        '<link rel="preconnect" href="//fonts.example">'
        '<link rel="alternate" href="https://example.org/feed.xml"><a href="https://example.org/">a link</a>'
        '<script src="assets/local.js"></script><script src="https://unpkg.example/shim"></script>'
        '<img srcset="a.png 1x, https://img.example/b.png 2x"><div style="background: url(https://img.example/c.png)">'
        "<style>@import 'https://cdn.example/d.css';</style>",
        encoding="utf-8",
    )
    (tmp_path / "site.css").write_text("body { background: url('//img.example/e.png') }", encoding="utf-8")
    found = offline.external_loads(tmp_path)
    assert found == [
        "index.html: <link> https://cdn.example/a.css",
        "index.html: <link> //fonts.example",
        "index.html: <script> https://unpkg.example/shim",
        "index.html: <img> https://img.example/b.png",
        "index.html: <div> https://img.example/c.png",
        "index.html: <style> https://cdn.example/d.css",
        "site.css: //img.example/e.png",
    ]
    (tmp_path / "index.html").write_text('<a href="https://example.org/">only a link</a>', encoding="utf-8")
    (tmp_path / "site.css").unlink()
    assert offline.external_loads(tmp_path) == []
