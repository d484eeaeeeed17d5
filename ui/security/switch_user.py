"""Bestand → Ander account: another officer signs in on this laptop without closing Wegwijs.

First every open window of the current officer closes the way it always does, so an unsaved
dialog asks "Wijzigingen opslaan?" (Annuleren there keeps everything as it is and nobody is
switched). Then the main window hides and the sign-in dialog asks for an account and password;
the new officer gets a new main window with their own roles, and the previous officer's session
is closed. Cancelling the sign-in brings the previous window back locked: the previous officer
unlocks it with their password, nobody else sees it."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication, QDialog, QWidget

from app.session import Session
from app.store import StoreLocation
from ui.unlock_dialog import UnlockDialog

if TYPE_CHECKING:
    from ui.main_window import MainWindow

# The sessions signed in after the first: ui.application closes them when the app ends.
_sessions: list[Session] = []


def close_sessions() -> None:
    while _sessions:
        _sessions.pop().close()


def _owned_by(widget: QWidget, window: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if parent is window:
            return True
        parent = parent.parentWidget()
    return False


def close_open_windows(window: QWidget) -> bool:
    """Close the window's dialogs and other windows as the officer would (Esc / close button),
    so each asks about unsaved input. False when one stays open (the officer chose Annuleren,
    or saving failed): then nothing is switched."""
    for widget in QApplication.topLevelWidgets():
        if widget is window or not widget.isVisible() or not _owned_by(widget, window):
            continue
        if isinstance(widget, QDialog):
            widget.reject()
        else:
            widget.close()
        if widget.isVisible():
            return False
    return True


def switch_user(
    window: MainWindow,
    sign_in: Callable[[StoreLocation, QWidget | None], Session | None] | None = None,
) -> MainWindow | None:
    """The new main window, or None when nothing changed (a dialog kept open, sign-in
    cancelled). `sign_in` asks for the account (default: the sign-in dialog)."""
    from ui.main_window import MainWindow

    if not close_open_windows(window):
        return None
    location = StoreLocation(window.data_dir)
    window.hide()
    session = (sign_in or _ask_sign_in)(location, None)
    if session is None:
        window.show()
        if window.security is not None:
            window.security.autolock.lock()
        return None
    old = window.session
    new = MainWindow(session, window.data_dir)
    _sessions.append(session)
    new.show()
    window.close()
    window.deleteLater()
    old.close()
    if old in _sessions:
        _sessions.remove(old)
    return new


def _ask_sign_in(location: StoreLocation, parent: QWidget | None) -> Session | None:
    dialog = UnlockDialog(location, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.session
