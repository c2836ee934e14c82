"""Channels layer of pelican_spotlight (docs/architecture.md)."""
