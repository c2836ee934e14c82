"""Fixtures of the reliability suite; the helpers live in ``guard.py``."""

from guard import guarded

__all__ = ["guarded"]
