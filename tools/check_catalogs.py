"""`make dist`: the wheel and the sdist ship the compiled catalog (.mo) of every language whose .po the
repository has, and the sdist its .po sources too (docs/translations.md).

    python tools/check_catalogs.py dist/*.whl dist/*.tar.gz
"""

from __future__ import annotations

import sys
import tarfile
import zipfile
from pathlib import Path

LOCALE = Path(__file__).resolve().parent.parent / "pelican_spotlight" / "locale"
CATALOG = "LC_MESSAGES/pelican_spotlight"


def names(archive: str) -> list[str]:
    if archive.endswith(".whl"):
        with zipfile.ZipFile(archive) as z:
            return z.namelist()
    with tarfile.open(archive) as t:
        return t.getnames()


def missing(archive: str, languages: list[str]) -> list[str]:
    """The catalog files ``archive`` lacks: each language's .mo, and in an sdist its .po."""
    inside = names(archive)
    wanted = [f"pelican_spotlight/locale/{lang}/{CATALOG}.mo" for lang in languages]
    if not archive.endswith(".whl"):
        wanted += [f"pelican_spotlight/locale/{lang}/{CATALOG}.po" for lang in languages]
    return [w for w in wanted if not any(n.endswith(w) for n in inside)]


def main(archives: list[str]) -> int:
    languages = sorted(p.parent.parent.name for p in LOCALE.glob(f"*/{CATALOG}.po"))
    if not languages:
        print("check_catalogs: no catalog in pelican_spotlight/locale", file=sys.stderr)
        return 1
    problems = [f"{archive}: lacks {name}" for archive in archives for name in missing(archive, languages)]
    for problem in problems:
        print(f"check_catalogs: {problem}", file=sys.stderr)
    if not problems:
        print(f"check_catalogs: {', '.join(languages)} in {len(archives)} archives")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
