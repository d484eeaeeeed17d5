"""Opening the DUO dialogs in the UI tests as the officer does: from the main window's
Inburgeraar menu (ui/duo's DuoPart), the dialog it opened handed back for qtbot."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog

from app.session import Session
from ui.duo import DuoPart
from ui.duo.resultaten_dialog import DuoResultatenDialog
from ui.main_window import MainWindow

D = TypeVar("D", bound=QDialog)


def main_window(qtbot: Any, session: Session, folder: Path) -> MainWindow:
    window = MainWindow(session, folder)
    qtbot.addWidget(window)
    return window


def open_duo_dialog(
    qtbot: Any, window: MainWindow, action: Callable[[DuoPart], QAction | None], kind: type[D]
) -> D:
    """Trigger the DUO part's *action* (it must be in the Inburgeraar menu); the new dialog."""
    part = window.parts.need(DuoPart)
    chosen = action(part)
    assert chosen is not None and chosen in window.menu("inburgeraar").actions()
    chosen.trigger()
    dialog = part.dialogs[-1]
    assert isinstance(dialog, kind)
    qtbot.addWidget(dialog)
    return dialog


def resultaten_dialog(
    qtbot: Any, session: Session, folder: Path, inburgeraar_id: str
) -> DuoResultatenDialog:
    """'Resultaten aan DUO melden' for *inburgeraar_id*, chosen in a new main window."""
    window = main_window(qtbot, session, folder)
    window.select(inburgeraar_id)
    return open_duo_dialog(qtbot, window, lambda part: part.melden, DuoResultatenDialog)
