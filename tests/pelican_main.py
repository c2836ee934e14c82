"""Pelican's command line (``pelican.main``) run in the test process: much cheaper than a subprocess.

A test of what the user sees on the console still needs one real subprocess (Rich's log handler, a
fresh interpreter); these runs check the same exit code and messages for many more cases.
"""

from __future__ import annotations

import contextlib
import io
import logging
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pelican
from pelican.log import FatalLogger, LimitFilter

# Where Pelican keeps its ``--fatal`` level: ``fatal_lvl`` from 4.12, two flags before (4.9 to 4.11).
_FATAL_NAMES = ("fatal_lvl", "warnings_fatal", "errors_fatal")


def _fatal_state() -> dict[str, Any]:
    return {name: getattr(FatalLogger, name) for name in _FATAL_NAMES if hasattr(FatalLogger, name)}


def _restore_fatal(state: dict[str, Any]) -> None:
    for name, value in state.items():
        setattr(FatalLogger, name, value)


@contextlib.contextmanager
def fatal_warnings() -> Iterator[None]:
    """``--fatal warnings`` for builds run in this process: a warning or an error raises."""
    state = _fatal_state()
    if "fatal_lvl" in state:
        FatalLogger.fatal_lvl = logging.WARNING
    else:
        FatalLogger.warnings_fatal = FatalLogger.errors_fatal = True
    try:
        yield
    finally:
        _restore_fatal(state)


def run_pelican_main(root: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """``pelican *args`` from the folder ``root``, through ``pelican.main`` in this process.

    What the run prints and logs is returned as ``stdout`` (``stderr`` is empty), the log written
    through a plain formatter, which prints any traceback left on a record. The logging state ``main``
    changes (Pelican's ``--fatal`` level, its de-duplication) and the working folder are put back.
    """
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(logging.Formatter("%(levelname)s %(message)s"))
    root_logger, pelican_logger = logging.getLogger(), logging.getLogger("pelican")
    saved = (
        list(root_logger.handlers),
        pelican_logger.level,
        LimitFilter.LOGS_DEDUP_MIN_LEVEL,
        _fatal_state(),
    )
    root_logger.addHandler(handler)
    LimitFilter._ignore.clear()
    LimitFilter._raised_messages.clear()
    code = 0
    try:
        with contextlib.chdir(root), contextlib.redirect_stdout(stream):
            pelican.main(list(args))
    except SystemExit as stop:
        code = stop.code if isinstance(stop.code, int) else 1
    finally:
        root_logger.handlers[:] = saved[0]
        pelican_logger.setLevel(saved[1])
        LimitFilter.LOGS_DEDUP_MIN_LEVEL = saved[2]
        _restore_fatal(saved[3])
    return subprocess.CompletedProcess(["pelican", *args], code, stream.getvalue(), "")
