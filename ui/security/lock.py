"""Auto-lock: after idle minutes or Ctrl+L the window is covered and every action is disabled
until the signed-in officer gives the password again. Open dialogs are hidden, not closed, so
unsaved typing is kept; they come back after unlocking.
"""

from __future__ import annotations

import weakref
from html import escape
from pathlib import Path

from PySide6.QtCore import QElapsedTimer, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QGuiApplication, QKeyEvent, QWindow
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
from ui.accessible import announce
from ui.i18n import app_text, translate
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
        title = QLabel(translate("security.lock", "<h2>Wegwijs is vergrendeld</h2>"))
        layout.addWidget(title)
        # The account stays in view, also after a wrong password: whose password is asked.
        self.account = QLabel(
            translate("security.lock", "Account: <b>{escape}</b>").format(escape=escape(naam))
        )
        self.account.setObjectName("vergrendeld_account")
        self.account.setAccessibleName(
            translate("security.lock", "Vergrendeld account: {naam}").format(naam=naam)
        )
        layout.addWidget(self.account)
        self.password = password_edit(translate("security.lock", "Wachtwoord"))
        self.password.returnPressed.connect(self.submit)
        layout.addWidget(self.password)
        self.button = QPushButton(translate("security.lock", "Ontgrendelen"))
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
            self.message.setText(translate("security.lock", "Vul uw wachtwoord in."))
            return
        self.setEnabled(False)
        self.message.setText(translate("security.lock", "Controleren…"))
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
        text = (
            app_text(str(exc))
            if isinstance(exc, StoreError)
            else translate("security.lock", "Controle mislukt.")
        )
        self.account.setText(
            translate("security.lock", "Account: <b>{escape}</b>").format(escape=escape(self.naam))
        )
        announce(
            self.message,
            translate("security.lock", "{text} Account: {naam}.").format(text=text, naam=self.naam),
        )


class IdleDetector(QObject):
    """One per application: notes the time of the last input in any top-level window.

    The filter sits on each top-level QWindow (the main window, every dialog), not on the
    application, so Python sees only the events Qt delivers to a window (input, expose,
    resize), not every paint, timer and layout event of every widget. A window is watched from
    the moment it first gets focus. Per input event the cost is one clock restart.
    """

    def __init__(self, app: QGuiApplication) -> None:
        super().__init__(app)
        self._clock = QElapsedTimer()
        self._clock.start()
        self._locks: weakref.WeakSet[AutoLock] = weakref.WeakSet()
        self._app = app
        app.focusWindowChanged.connect(self._watch)
        # A window that never gets focus (a popup menu) still gets mouse input: look for new
        # top-level windows now and then (a list from Qt, no per-event work).
        self._scan = QTimer(self)
        self._scan.setInterval(RESCAN_MS)
        self._scan.timeout.connect(self.rescan)
        self._scan.start()
        self.rescan()

    @staticmethod
    def of(app: QGuiApplication) -> IdleDetector:
        existing = app.findChild(IdleDetector, _DETECTOR_NAME)
        if isinstance(existing, IdleDetector):
            return existing
        detector = IdleDetector(app)
        detector.setObjectName(_DETECTOR_NAME)
        return detector

    def rescan(self) -> None:
        for window in self._app.topLevelWindows():
            self._watch(window)

    def idle_ms(self) -> int:
        return int(self._clock.elapsed())

    def touch(self) -> None:
        self._clock.restart()

    def register(self, lock: AutoLock) -> None:
        self._locks.add(lock)

    def _watch(self, window: QWindow | None) -> None:
        if window is None or window.property(_DETECTOR_NAME):
            return
        window.setProperty(_DETECTOR_NAME, True)
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in _ACTIVITY:
            self._clock.restart()
            if (
                kind == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent)
                and event.key() == Qt.Key.Key_L
                and event.modifiers() == Qt.KeyboardModifier.ControlModifier
            ):  # Ctrl+L also from inside an open (modal) dialog
                return any(lock.ctrl_l_in(watched) for lock in list(self._locks))
        return False


_DETECTOR_NAME = "wegwijs_idle_detector"
RESCAN_MS = 1000


class AutoLock(QObject):
    """Locks the window after *minutes* without input anywhere in the application.

    The idle time comes from the application's one `IdleDetector`; the timer here only fires
    at the earliest moment the window could be idle long enough, and then checks.
    """

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
        self.timer.timeout.connect(self._check_idle)
        app = QGuiApplication.instance()
        assert isinstance(app, QGuiApplication)
        self.detector = IdleDetector.of(app)
        self.detector.register(self)
        # Idle counts from this window's start (and from each unlock), never from older input:
        # the application's detector may have seen its last input long before this window
        # existed (a second sign-in, a long test run), which locked a new window at once.
        self._since = QElapsedTimer()
        self._since.start()
        window.installEventFilter(self)  # the window's own events only: resize while locked
        self.set_minutes(minutes)

    def set_minutes(self, minutes: int) -> None:
        self.set_limit_ms(min(max(1, minutes), 60) * 60_000)  # Settings allows 1..60

    def set_limit_ms(self, limit_ms: int) -> None:
        """Lock after this long without input (minutes in the app; shorter in tests)."""
        self.limit_ms = limit_ms
        self.timer.start(max(0, limit_ms - self.idle_ms()))

    def idle_ms(self) -> int:
        """How long this window has gone without input: since the last input anywhere in the
        app, but at most since the window started or was last unlocked."""
        return min(self.detector.idle_ms(), int(self._since.elapsed()))

    def _check_idle(self) -> None:
        if self.locked or not isValid(self.window):
            return
        remaining = self.limit_ms - self.idle_ms()
        if remaining > 0:  # there was input meanwhile: look again when it could be due
            self.timer.start(remaining)
            return
        self.lock()

    def ctrl_l_in(self, qwindow: QObject) -> bool:
        """Ctrl+L was pressed in *qwindow*: lock if it is this window or one of its dialogs."""
        if self.locked or not isValid(self) or not isValid(self.window):
            return False
        for widget in QApplication.topLevelWidgets():
            if widget.windowHandle() is qwindow and self._mine(widget):
                self.lock()
                return True
        return False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self.locked and watched is self.window and event.type() == QEvent.Type.Resize:
            self.screen.setGeometry(self.window.rect())
        return False

    def _mine(self, widget: QWidget | None) -> bool:
        """The widget is this window or a dialog opened from it."""
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
        self.detector.touch()
        self._since.restart()
        self.timer.start(self.limit_ms)
        self.locked_changed.emit(False)
