"""The reference parts of the documentation, made from the code when the site is built.

An mkdocs hook (``hooks:`` in ``mkdocs.yml``): a page line ``<!-- generated: WHAT -->`` becomes

- ``settings``: the settings table, from the rows in ``pelican_spotlight/core/settings.py``;
- ``registry-fields`` / ``share-log-fields``: every field of ``registry.schema.json`` /
  ``share-log.schema.json`` with its type, default, description and example;
- ``social-networks``: the networks the registry's ``social`` accepts and the links they make;
- ``command NAME`` / ``commands``: a command's usage and options / the list of commands, from the
  argparse parser of ``pelican-spotlight`` (``pelican_spotlight.cli.main.build_parser``).

So the reference cannot drift from the code, and a setting, field or option added to the code is in
the docs the next time they are built. ``SECURITY.md``, ``CONTRIBUTING.md`` and ``CHANGELOG.md`` at the
top of the repository become pages of the site too, their links into ``docs/`` rewritten.

``python tools/docs_reference.py docs/settings.md`` prints a page as the site will show it.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Callable, Iterable
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from pelican_spotlight.cli.main import build_parser
from pelican_spotlight.core.registry import SOCIAL_URLS
from pelican_spotlight.core.settings import SETTINGS, Setting

ROOT = Path(__file__).resolve().parent.parent
MARKER = re.compile(r"^<!-- generated: ([\w-]+)(?: ([\w-]+))? -->$", re.M)
# Top-level files shown as pages of the site: page name -> file.
TOP_LEVEL = {
    "security.md": "SECURITY.md",
    "contributing.md": "CONTRIBUTING.md",
    "changelog.md": "CHANGELOG.md",
}
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}( \d{2}:\d{2})?$")
_LINK = re.compile(r"\]\((?!https?://|#|mailto:)([^)\s#]+)(#[^)\s]*)?\)")


# -- settings --------------------------------------------------------------------------------------


def shown(value: Any) -> str:
    """A default as a settings file would write it."""
    if isinstance(value, str):
        return f"`{json.dumps(value, ensure_ascii=False)}`"
    if isinstance(value, tuple):
        return f"`{json.dumps(list(value))}`"
    return f"`{value!r}`"


def settings_table(settings: tuple[Setting, ...] = SETTINGS) -> str:
    """One line per setting; a page's ``*_SAVE_AS`` shares its ``*_URL``'s line."""
    save_as = {s.follows: s for s in settings if s.follows}
    lines = ["| setting | default | accepts | what it does |", "| --- | --- | --- | --- |"]
    for s in settings:
        if s.follows:
            continue
        names, default = f"`{s.name}`", shown(s.default)
        pair = save_as.get(s.name)
        if pair:
            names += f" / `{pair.name}`"
            default += f" / {shown(pair.default)}"
        lines.append(f"| {names} | {default} | {s.kind.shown} | {s.doc} |")
    return "\n".join(lines)


# -- the schemas -----------------------------------------------------------------------------------


def schema(name: str) -> dict[str, Any]:
    """A JSON Schema the package ships (``registry.schema.json``, ``share-log.schema.json``)."""
    return json.loads(resources.files("pelican_spotlight").joinpath(name).read_text("utf-8"))


def _code(values: Iterable[Any]) -> str:
    return ", ".join(f"`{v}`" for v in values)


def value_kind(prop: dict[str, Any]) -> str:
    """What a schema property accepts, in words."""
    if "enum" in prop:
        return "one of " + _code(prop["enum"])
    if "anyOf" in prop:
        one, *others = prop["anyOf"]
        if others == [{"type": "array", "items": one, "uniqueItems": True}]:
            return value_kind(one) + ", or a list of them"
        return " or ".join(value_kind(p) for p in prop["anyOf"])
    kind = prop.get("type")
    if kind == "array":
        items = prop.get("items", {})
        return "a list of " + ("text" if items.get("type") == "string" else value_kind(items))
    if kind == "boolean":
        return "`true` or `false`"
    if kind == "object":
        keys = prop.get("propertyNames", {}).get("description", "names")
        return "a mapping of " + (_code(prop["properties"]) if prop.get("properties") else keys) + " to text"
    if prop.get("format") == "date":
        return "a date, `YYYY-MM-DD`"
    pattern = prop.get("pattern", "")
    if pattern.startswith("^https?://"):
        return "a web address, `http://` or `https://`"
    if pattern.startswith("^\\d{4}-\\d{2}-\\d{2}"):
        return "a date, `YYYY-MM-DD`, with or without a time"
    return "text"


def yaml_example(key: str, value: Any) -> str:
    """``key: value`` as it is written in a YAML file: lists and mappings on one line."""
    if isinstance(value, list | dict):
        flow = yaml.safe_dump(value, default_flow_style=True, allow_unicode=True, width=200, sort_keys=False)
        return f"{key}: {flow.strip()}"
    if isinstance(value, str) and _DATE.match(value):
        return f"{key}: {value}"  # YAML reads it as a date, which is what the field wants
    return yaml.safe_dump({key: value}, allow_unicode=True, width=200).strip()


def _default(prop: dict[str, Any], required: bool) -> str:
    """How the field's default reads: a value, "required", or optional (its description says more)."""
    if "default" in prop:
        value = prop["default"]
        return f"**Default:** `{value if isinstance(value, str) else json.dumps(value)}`."
    return "**Required.**" if required else "Optional."


def field_reference(definition: dict[str, Any], prefix: str = "") -> str:
    """Every property of an object schema: a heading each (``#prefix-key``), what it is, what it
    accepts, its default and an example."""
    required = set(definition.get("required", ()))
    blocks = []
    for key, prop in definition["properties"].items():
        anchor = f"{prefix}{key}"
        lines = [
            f"### `{key}` {{#{anchor}}}",
            "",
            prop.get("description", ""),
            "",
            f"**Accepts:** {value_kind(prop)}. {_default(prop, key in required)}",
        ]
        examples = prop.get("examples", [])
        if examples:
            lines += ["", "```yaml", *(yaml_example(key, e) for e in examples), "```"]
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks)


def registry_fields() -> str:
    return field_reference(schema("registry.schema.json")["$defs"]["changemaker"])


def share_log_fields() -> str:
    return field_reference(schema("share-log.schema.json")["$defs"]["entry"], prefix="share-log-")


def social_networks() -> str:
    """The networks of ``social``, what each handle looks like and the link it makes."""
    networks = schema("registry.schema.json")["$defs"]["changemaker"]["properties"]["social"]["properties"]
    lines = ["| network | handle | example | links to |", "| --- | --- | --- | --- |"]
    for network, prop in networks.items():
        example = prop["examples"][0]
        link = SOCIAL_URLS[network](example)
        lines.append(f"| `{network}` | {prop['description']} | `{example}` | <{link}> |")
    return "\n".join(lines)


# -- the command line ------------------------------------------------------------------------------


def commands(parser: argparse.ArgumentParser | None = None) -> dict[str, argparse.ArgumentParser]:
    """``pelican-spotlight``'s commands by name, each with its own parser."""
    parser = parser or build_parser()
    for action in parser._actions:  # argparse has no public way to list sub-commands
        if isinstance(action, argparse._SubParsersAction):
            return dict(action.choices)
    return {}


def command_help(parser: argparse.ArgumentParser | None = None) -> dict[str, str]:
    """Each command's one-line summary (its ``help``)."""
    parser = parser or build_parser()
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return {a.dest: a.help or "" for a in action._choices_actions}
    return {}


def usage(parser: argparse.ArgumentParser) -> str:
    """The usage line as ``--help`` prints it, at a fixed width (not the terminal's)."""
    formatter = argparse.HelpFormatter(parser.prog, width=76)
    formatter.add_usage(parser.usage, parser._actions, parser._mutually_exclusive_groups)
    return formatter.format_help().strip()


def _value(action: argparse.Action) -> str:
    if action.nargs == 0:
        return "—"
    if action.choices:
        return "one of " + _code(action.choices)
    metavar = action.metavar or action.dest.upper()
    shown = " ".join(f"`{m}`" for m in metavar) if isinstance(metavar, tuple) else f"`{metavar}`"
    return shown + " …" if action.nargs in ("*", "+") else shown


def options_table(parser: argparse.ArgumentParser) -> str:
    """Every argument and option of a parser but ``--help``: how it is written, its value, its help."""
    lines = ["| option | value | what it does |", "| --- | --- | --- |"]
    for action in parser._actions:
        if isinstance(action, argparse._HelpAction | argparse._SubParsersAction):
            continue  # --help, and the commands (each has a section of its own)
        names = ", ".join(f"`{o}`" for o in action.option_strings) or f"`{action.metavar or action.dest}`"
        help_ = (action.help or "").replace("|", "\\|") % {"prog": parser.prog}
        if action.default not in (None, False, {}, argparse.SUPPRESS) and "default" not in help_:
            help_ += f" (default: `{action.default}`)"
        lines.append(f"| {names} | {_value(action)} | {help_} |")
    return "\n".join(lines)


def command_reference(name: str) -> str:
    parser = commands().get(name)
    if parser is None:
        raise KeyError(f"pelican-spotlight has no command {name!r}")
    return "\n".join(["```text", usage(parser), "```", "", options_table(parser)])


def commands_table() -> str:
    lines = ["| command | does |", "| --- | --- |"]
    for name, summary in command_help().items():
        lines.append(f"| [`{name}`](#{name}) | {summary} |")
    return "\n".join(lines)


def main_options() -> str:
    parser = build_parser()
    return "\n".join(["```text", usage(parser), "```", "", options_table(parser)])


# -- pages -----------------------------------------------------------------------------------------

GENERATORS: dict[str, Callable[..., str]] = {
    "settings": settings_table,
    "registry-fields": registry_fields,
    "share-log-fields": share_log_fields,
    "social-networks": social_networks,
    "command": command_reference,
    "commands": commands_table,
    "main-options": main_options,
}


def expand(markdown: str) -> str:
    """A page's Markdown with each ``<!-- generated: … -->`` line replaced by what it names."""

    def generated(match: re.Match[str]) -> str:
        what, argument = match[1], match[2]
        if what not in GENERATORS:
            raise KeyError(f"unknown generated part {what!r}; known: {', '.join(GENERATORS)}")
        return GENERATORS[what](*([argument] if argument else []))

    return MARKER.sub(generated, markdown)


def top_level_page(text: str) -> str:
    """A top-level file as a page of the site: links to ``docs/x.md`` become ``x.md``, links to the
    other top-level files their pages, and the README the home page."""
    pages = {file: page for page, file in TOP_LEVEL.items()} | {"README.md": "index.md"}

    def link(match: re.Match[str]) -> str:
        target, anchor = match[1], match[2] or ""
        target = pages.get(target, target.removeprefix("docs/"))
        return f"]({target}{anchor})"

    return _LINK.sub(link, text)


# -- the mkdocs hook -------------------------------------------------------------------------------


def on_files(files: Any, config: Any) -> Any:
    """Add ``SECURITY.md``, ``CONTRIBUTING.md`` and ``CHANGELOG.md`` as pages of the site."""
    from mkdocs.structure.files import File

    for page, name in TOP_LEVEL.items():
        text = (ROOT / name).read_text(encoding="utf-8")
        files.append(File.generated(config, page, content=top_level_page(text)))
    return files


def on_page_markdown(markdown: str, page: Any, config: Any, files: Any) -> str:
    return expand(markdown)


if __name__ == "__main__":
    for path in sys.argv[1:]:
        print(expand(Path(path).read_text(encoding="utf-8")))
