"""pelican-spotlight: spotlight changemakers in a Pelican blog and keep the 3:1 ratio honest.

``register()`` is the only entry point Pelican needs; the signal wiring lives in ``plugin.py``.
"""

from pelican_spotlight.plugin import register

__all__ = ["register"]
__version__ = "0.1.0"
