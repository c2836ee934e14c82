"""Problems found in the registry or the content, reported as ``path:line: message``.

Loading and checking return problems instead of logging them, so the build (which logs them through
Pelican's logger) and ``pelican-spotlight check`` (which prints them) report exactly the same list.
"""

from __future__ import annotations

import difflib
import logging
import os
from dataclasses import dataclass

logger = logging.getLogger("pelican_spotlight")


def display_path(path: str | os.PathLike[str]) -> str:
    """The path relative to the working directory when it lies under it, else as given."""
    path = os.fspath(path)
    try:
        rel = os.path.relpath(path)
    except ValueError:  # another drive on Windows
        return path
    return path if rel.startswith("..") else rel


@dataclass(frozen=True, order=True, slots=True)
class Problem:
    """One thing the author should fix; ``level`` is a ``logging`` level."""

    path: str
    line: int
    message: str
    level: int = logging.WARNING

    def __str__(self) -> str:
        return f"{display_path(self.path)}:{self.line}: {self.message}"

    def log(self, log: logging.Logger = logger) -> None:
        """Report through Pelican's logging, so ``--fatal warnings`` stops the build: by ``warning()``
        and ``error()``, which Pelican 4.9's fatal logger overrides (it does not see ``log()``)."""
        args = ("%s:%s: %s", display_path(self.path), self.line, self.message)
        if self.level >= logging.ERROR:
            log.error(*args)
        elif self.level >= logging.WARNING:
            log.warning(*args)
        else:
            log.log(self.level, *args)


def nearest(word: str, candidates: list[str] | tuple[str, ...], n: int = 3) -> list[str]:
    """The candidates closest to a misspelt word, best first (for 'did you mean …').

    A candidate the word starts (``adrien`` → ``adrienne-example``) counts as close, since slugs are
    often typed short.
    """
    prefixed = [c for c in candidates if word and c.startswith(word)]
    close = prefixed + [
        c for c in difflib.get_close_matches(word, candidates, n=n, cutoff=0.6) if c not in prefixed
    ]
    return close[:n]


def did_you_mean(word: str, candidates: list[str] | tuple[str, ...]) -> str:
    """`` (did you mean 'x' or 'y'?)`` or an empty string when nothing is close."""
    close = nearest(word, candidates)
    if not close:
        return ""
    return " (did you mean " + " or ".join(repr(c) for c in close) + "?)"


def meta_line(source: str, key: str) -> int:
    """The line of a metadata key in a source file's header (1 when it cannot be found)."""
    try:
        with open(source, encoding="utf-8") as f:
            for number, line in enumerate(f, start=1):
                if line.lower().startswith(key + ":"):
                    return number
                if not line.strip():
                    break
    except OSError:
        pass
    return 1
