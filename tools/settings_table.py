"""The README's settings table, made from the rows in ``pelican_spotlight/settings.py``.

``python tools/settings_table.py`` rewrites the table in README.md (between its two markers);
``--check`` only says whether it is up to date (exit 1 if not), as ``tests/test_settings.py`` does.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from pelican_spotlight.settings import SETTINGS, Setting

README = Path(__file__).resolve().parent.parent / "README.md"
START = "<!-- settings table: made by tools/settings_table.py from pelican_spotlight/settings.py -->"
END = "<!-- end of settings table -->"


def shown(value: Any) -> str:
    """A default as a settings file would write it."""
    if isinstance(value, str):
        return f"`{json.dumps(value, ensure_ascii=False)}`"
    if isinstance(value, tuple):
        return f"`{json.dumps(list(value))}`"
    return f"`{value!r}`"


def table(settings: tuple[Setting, ...] = SETTINGS) -> str:
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


def with_table(readme: str) -> str:
    """``readme`` with the table between the markers replaced by the current one."""
    head, start, rest = readme.partition(START)
    _, end, tail = rest.partition(END)
    if not start or not end:
        raise SystemExit(f"{README}: the settings table markers are missing")
    return f"{head}{START}\n{table()}\n{END}{tail}"


def main(argv: list[str]) -> int:
    text = README.read_text(encoding="utf-8")
    wanted = with_table(text)
    if "--check" in argv:
        if wanted != text:
            print(f"{README}: the settings table is out of date; run python tools/settings_table.py")
            return 1
        return 0
    README.write_text(wanted, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
