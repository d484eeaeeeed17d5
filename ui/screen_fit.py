"""Windows that fit the screen they open on, and remember their size per screen.

A 1366×768 laptop at 100 % and a 1920×1080 screen at 150 % both leave about 1280-1366 by
690-730 logical pixels. `fit_window` starts a window at its preferred size, never larger than
the available area of its screen (taskbar and frame left free), and restores the size the user
gave it on that same screen before. Sizes live in `venster.ini` beside the store (no personal
data: only a window's name and its width and height).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QSettings, QSize
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QWidget
from shiboken6 import isValid

FRAME = QSize(16, 40)  # room for the window frame and title bar the size does not include
_settings_file: Path | None = None


def use_settings(path: Path) -> None:
    """Where window sizes are remembered (the main window sets its `venster.ini`)."""
    global _settings_file
    _settings_file = path


def _settings() -> QSettings | None:
    if _settings_file is None:
        return None
    return QSettings(str(_settings_file), QSettings.Format.IniFormat)


def _screen(widget: QWidget) -> QScreen | None:
    parent = widget.parentWidget()
    screen = (parent.window().screen() if parent is not None else None) or widget.screen()
    return screen or QGuiApplication.primaryScreen()


def available(widget: QWidget) -> QSize:
    """The room a window of *widget* has on its screen, frame excluded."""
    screen = _screen(widget)
    if screen is None:
        return QSize(1280, 690)
    area = screen.availableGeometry().size()
    return QSize(max(area.width() - FRAME.width(), 320), max(area.height() - FRAME.height(), 240))


def _key(widget: QWidget, screen: QScreen | None) -> str:
    name = widget.objectName() or type(widget).__name__
    if screen is None:
        return f"venstergrootte/{name}"
    size = screen.size()
    where = f"{screen.name()}-{size.width()}x{size.height()}".replace("/", "_")
    return f"venstergrootte/{name}/{where}"


class _Remember(QObject):
    """Stores the window's size when it is hidden or closed."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)  # the window is the parent: no Python attribute needed

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Only Qt's own parent link, never a Python attribute: when the Python side of this
        # filter is collected while its Qt object lives on, PySide6 calls a fresh wrapper
        # without attributes (seen as "'_Remember' object has no attribute '_widget'").
        if not isValid(self) or not isValid(self.parent()):
            # A dialog still shown when its window is deleted hides from its C++ destructor:
            # its Python side and its parent's are gone already, so touching them raised
            # there ("already deleted"), and an error raised there can crash the process.
            return False
        if event.type() == QEvent.Type.Hide and isinstance(watched, QWidget):
            # Only the window itself, never its parent: a parent may be half destroyed here.
            screen = watched.screen()
            qs = _settings()
            if qs is not None and screen is not None and not watched.isMaximized():
                qs.setValue(_key(watched, screen), watched.size())
                qs.sync()
        return False


def fit_window(widget: QWidget, width: int, height: int) -> QSize:
    """Size *widget* (a window or dialog) at most width×height and at most its screen's room;
    a size remembered for this window on this screen wins. Returns the size given."""
    room = available(widget)
    wanted = QSize(width, height)
    qs = _settings()
    if qs is not None:
        stored = qs.value(_key(widget, _screen(widget)))
        if isinstance(stored, QSize) and stored.isValid():
            wanted = stored
    size = wanted.boundedTo(room)
    widget.setMaximumSize(QSize(16777215, 16777215))
    if widget.minimumWidth() > room.width() or widget.minimumHeight() > room.height():
        widget.setMinimumSize(widget.minimumSize().boundedTo(room))
    widget.resize(size)
    if not hasattr(widget, "_fit_memory"):
        memory = _Remember(widget)
        widget.installEventFilter(memory)
        widget._fit_memory = memory  # type: ignore[attr-defined]
    return size
