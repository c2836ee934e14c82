"""Pelican's command line (``pelican.main``) run in the test process: much cheaper than a subprocess.

A test of what the user sees on the console still needs one real subprocess (Rich's log handler, a
fresh interpreter); these runs check the same exit code and messages for many more cases.
"""

from __future__ import annotations

import contextlib
import io
import logging
import subprocess
from pathlib import Path

import pelican
from pelican.log import FatalLogger, LimitFilter


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
        FatalLogger.fatal_lvl,
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
        LimitFilter.LOGS_DEDUP_MIN_LEVEL, FatalLogger.fatal_lvl = saved[2], saved[3]
    return subprocess.CompletedProcess(["pelican", *args], code, stream.getvalue(), "")
