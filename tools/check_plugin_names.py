"""Exit non-zero unless Pelican's plugin loader finds pelican-spotlight under each of its names.

For `make editable-check`: PLUGINS = ["spotlight"], ["pelican_spotlight"], and unset (auto-discovery),
resolved by Pelican's own ``load_plugins``, must each give a module whose ``register`` is the plugin's.
"""

from __future__ import annotations

import sys

from pelican.plugins._utils import load_plugins

import pelican_spotlight


def main() -> int:
    failures = []
    for plugins in (["spotlight"], ["pelican_spotlight"], None):
        found = [m for m in load_plugins({"PLUGINS": plugins}) if m.register is pelican_spotlight.register]
        print(f"PLUGINS = {plugins!r}: {[m.__name__ for m in found] or 'not found'}")
        if not found:
            failures.append(plugins)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
