"""Namespace shim so Pelican's plugin auto-discovery and ``PLUGINS = ["spotlight"]`` find us."""

from pelican_spotlight import register

__all__ = ["register"]
