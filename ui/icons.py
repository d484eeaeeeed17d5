"""The app icon, read from resources/icons/ so the frozen installer finds it too (found like
ui/i18n.py finds the translations: importlib.resources would add ~10 ms before the dialog)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QIcon

import resources

APP_ICON = "wegwijs.svg"
ICON_DIR = Path(resources.__file__).resolve().parent / "icons"


def icon_path(name: str = APP_ICON) -> str:
    return str(ICON_DIR / name)


def app_icon() -> QIcon:
    """The Wegwijs signpost; a null icon (never an error) if the SVG support is missing."""
    return QIcon(icon_path())
