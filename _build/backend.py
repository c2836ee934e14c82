"""setuptools' build backend, plus the ``pelican/plugins/spotlight`` shim in editable wheels.

Pelican finds plugins by listing the folders of its ``pelican.plugins`` namespace, which lives inside
the installed ``pelican`` package. A regular wheel puts the shim there. setuptools' editable wheel
(``pip install -e .``) serves the project's modules through an import hook instead, which makes
``import pelican.plugins.spotlight`` work but leaves the folder out of the listing, so neither
auto-discovery (``PLUGINS`` unset) nor ``PLUGINS = ["spotlight"]`` found the plugin. Here the editable
wheel also carries the shim as a real file. It only imports ``pelican_spotlight``, which the hook
serves from the checkout, so edits to the package show without reinstalling.
"""

from __future__ import annotations

import base64
import hashlib
import zipfile
from pathlib import Path

from setuptools import build_meta
from setuptools.build_meta import *  # noqa: F403  (the rest of the backend, unchanged)

SHIM = "pelican/plugins/spotlight/__init__.py"
ROOT = Path(__file__).resolve().parent.parent


def build_editable(wheel_directory, config_settings=None, metadata_directory=None):
    name = build_meta.build_editable(wheel_directory, config_settings, metadata_directory)
    add_file(Path(wheel_directory) / name, SHIM, (ROOT / SHIM).read_bytes())
    return name


def add_file(wheel: Path, arcname: str, data: bytes) -> None:
    """Add a file to a wheel and to its RECORD (rewritten: a zip member cannot be replaced)."""
    with zipfile.ZipFile(wheel) as old:
        members = [(info, old.read(info)) for info in old.infolist()]
    digest = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()
    line = f"{arcname},sha256={digest},{len(data)}\n".encode()
    with zipfile.ZipFile(wheel, "w", zipfile.ZIP_DEFLATED) as new:
        for info, content in members:
            if info.filename.endswith(".dist-info/RECORD"):
                content = line + content
            new.writestr(info, content)
        new.writestr(arcname, data)
