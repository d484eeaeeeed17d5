"""Auto-lock: after idle minutes or Ctrl+L the window is covered and every action is disabled
until the signed-in officer gives the password again. Open dialogs are hidden, not closed, so
unsaved typing is kept; they come back after unlocking.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from app.errors import StoreError
from app.security import accounts
from ui.ops import run_in_background
from ui.widgets import password_edit

_ACTIVITY = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
}


class LockScreen(QWidget):
    """The cover: plain background, the account name, a password field. No personal data."""

    unlocked = Signal()

    def __init__(self, window: QMainWindow, data_dir: Path, naam: str) -> None:
        super().__init__(window)
        self.setObjectName("vergrendeld")
        self.data_dir = data_dir
        self.naam = naam
        self.setAutoFillBackground(True)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        box = QWidget()
        box.setFixedWidth(380)
        layout = QVBoxLayout(box)
        title = QLabel(f"<h2>Wegwijs is vergrendeld</h2><p>Account: {naam}</p>")
        layout.addWidget(title)
        self.password = password_edit("Wachtwoord")
        self.password.returnPressed.connect(self.submit)
        layout.addWidget(self.password)
        self.button = QPushButton("Ontgrendelen")
        self.button.clicked.connect(self.submit)
        layout.addWidget(self.button)
        self.message = QLabel()
        self.message.setStyleSheet("color: #b00020;")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        outer.addWidget(box, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(2)
        self.hide()

    def submit(self) -> None:
        secret = self.password.text()
        if not secret:
            self.message.setText("Vul uw wachtwoord in.")
            return
        self.setEnabled(False)
        self.message.setText("Controleren…")
        run_in_background(
            lambda: accounts.sign_in(self.data_dir, self.naam, secret), self._ok, self._fail
        )

    def _ok(self, _signin: object) -> None:
        self.setEnabled(True)
        self.password.clear()
        self.message.clear()
        self.unlocked.emit()

    def _fail(self, exc: BaseException) -> None:
        self.setEnabled(True)
        self.password.selectAll()
        self.password.setFocus()
        self.message.setText(str(exc) if isinstance(exc, StoreError) else "Controle mislukt.")


class AutoLock(QObject):
    """Watches activity in the whole application; locks the window after *minutes* idle."""

    locked_changed = Signal(bool)

    def __init__(self, window: QMainWindow, data_dir: Path, naam: str, minutes: int) -> None:
        super().__init__(window)
        self.window = window
        self.screen = LockScreen(window, data_dir, naam)
        self.screen.unlocked.connect(self.unlock)
        self.locked = False
        self._hidden: list[QWidget] = []
        self._disabled: list[QAction] = []
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.lock)
        self.set_minutes(minutes)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def set_minutes(self, minutes: int) -> None:
        self.timer.setInterval(max(1, minutes) * 60_000)
        self.timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            not self.locked
            and isinstance(event, QKeyEvent)
            and event.type() in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride)
            and event.key() == Qt.Key.Key_L
            and event.modifiers() == Qt.KeyboardModifier.ControlModifier
            and self._mine(watched)
        ):  # Ctrl+L also from inside an open (modal) dialog
            self.lock()
            return True
        if not self.locked and event.type() in _ACTIVITY:
            self.timer.start()
        elif self.locked and watched is self.window and event.type() == QEvent.Type.Resize:
            self.screen.setGeometry(self.window.rect())
        return False

    def _mine(self, watched: QObject) -> bool:
        """The event is for this window or a dialog opened from it."""
        widget = watched if isinstance(watched, QWidget) else None
        while widget is not None:
            if widget is self.window:
                return True
            widget = widget.parentWidget()
        return False

    def lock(self) -> None:
        if self.locked:
            return
        self.locked = True
        self._hidden = [
            w
            for w in QApplication.topLevelWidgets()
            if w.isVisible() and w is not self.window and w.window() is not self.window
        ]
        for widget in self._hidden:
            widget.hide()
        self._disabled = [a for a in self.window.findChildren(QAction) if a.isEnabled()]
        for action in self._disabled:
            action.setEnabled(False)
        self.window.menuBar().setEnabled(False)
        self.screen.setGeometry(self.window.rect())
        self.screen.show()
        self.screen.raise_()
        self.screen.password.setFocus()
        self.locked_changed.emit(True)

    def unlock(self) -> None:
        self.locked = False
        self.screen.hide()
        self.window.menuBar().setEnabled(True)
        for action in self._disabled:
            if isValid(action):
                action.setEnabled(True)
        for widget in self._hidden:
            if isValid(widget):  # a dialog may have been deleted while the window was locked
                widget.show()
        self._hidden, self._disabled = [], []
        self.timer.start()
        self.locked_changed.emit(False)
