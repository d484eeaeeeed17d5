"""The version number, kept in one place: ``version`` in pyproject.toml.

An installed (or frozen) app reads it from its package metadata; a source checkout that was never
installed reads pyproject.toml itself.
"""

from __future__ import annotations

import tomllib
from importlib import metadata
from pathlib import Path

DISTRIBUTION = "wegwijs"
UNKNOWN = "onbekend"


def _from_pyproject(path: Path) -> str | None:
    try:
        data = tomllib.loads(path.read_text("utf-8"))
    except (OSError, ValueError):
        return None
    project = data.get("project")
    value = project.get("version") if isinstance(project, dict) else None
    return value if isinstance(value, str) and value else None


def app_version(pyproject: Path | None = None) -> str:
    """The version of Wegwijs, or 'onbekend' when neither source can be read."""
    try:
        return metadata.version(DISTRIBUTION)
    except metadata.PackageNotFoundError:
        pass
    path = pyproject or Path(__file__).resolve().parent.parent / "pyproject.toml"
    return _from_pyproject(path) or UNKNOWN


__version__ = app_version()
