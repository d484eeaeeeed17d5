"""The app icon, read from resources/icons/ so the frozen installer finds it too."""

from __future__ import annotations

from importlib import resources

from PySide6.QtGui import QIcon

APP_ICON = "wegwijs.svg"


def icon_path(name: str = APP_ICON) -> str:
    return str(resources.files("resources") / "icons" / name)


def app_icon() -> QIcon:
    """The Wegwijs signpost; a null icon (never an error) if the SVG support is missing."""
    return QIcon(icon_path())
