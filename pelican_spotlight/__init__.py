"""pelican-spotlight: spotlight changemakers in a Pelican blog and keep the 3:1 ratio honest.

``register()`` is the only entry point Pelican needs; the signal wiring lives in ``builder/plugin.py``.
``THEME_PATH`` is the demo theme, for ``THEME = THEME_PATH`` in a site's settings.
"""

from pathlib import Path

from pelican_spotlight.builder.plugin import register


def _theme_path() -> str:
    """The demo theme: package data in an installed wheel; the repo's ``theme/`` (its source) when the
    package runs from a checkout (``pip install -e .``)."""
    here = Path(__file__).resolve().parent
    installed = here / "theme"
    return str(installed if installed.is_dir() else here.parent / "theme")


THEME_PATH = _theme_path()

__all__ = ["THEME_PATH", "register"]
__version__ = "0.1.0"
