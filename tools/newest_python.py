"""Print the newest Python interpreter newer than the one running this script, or nothing.

For `make compat`: looks at pyenv's versions (``$PYENV_ROOT`` or ``~/.pyenv``) and at ``python3.N``
on PATH. Only final releases (3.N.M) count; each candidate is asked for its own version.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path


def candidates() -> list[str]:
    found: list[str] = []
    root = Path(os.environ.get("PYENV_ROOT", Path.home() / ".pyenv")) / "versions"
    if root.is_dir():
        for version in root.iterdir():
            if re.fullmatch(r"3\.\d+\.\d+", version.name):
                found.append(str(version / "bin" / "python3"))
    for minor in range(sys.version_info.minor + 1, 30):
        path = shutil.which(f"python3.{minor}")
        if path and "/.pyenv/shims/" not in path:
            found.append(path)
    return found


def version_of(python: str) -> tuple[int, ...] | None:
    try:
        out = subprocess.run(
            [python, "-c", "import sys; print(*sys.version_info[:3])"],
            capture_output=True,
            text=True,
            timeout=30,
            check=True,
        ).stdout
    except (OSError, subprocess.SubprocessError):
        return None
    return tuple(int(x) for x in out.split())


def main() -> None:
    """Only a newer minor version counts: 3.11.9 is not "newer" than 3.11.7 for this purpose."""
    newer = [
        (version, python)
        for python in candidates()
        if (version := version_of(python)) and version[:2] > tuple(sys.version_info[:2])
    ]
    if newer:
        print(max(newer)[1])


if __name__ == "__main__":
    main()
