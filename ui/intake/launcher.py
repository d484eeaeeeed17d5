"""Plugs the intake into the main window: an "Intake" action (Ctrl+I) and, after a crash or
kill, an offer to resume the intake that was open."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QPushButton, QToolBar
from shiboken6 import isValid

from app.changes import Changes, RegisterChanged, any_of, concerns_inburgeraar, inburgeraar_ids
from app.security.roles import Permission, may
from ui.i18n import translate
from ui.intake.koppeling import install_match
from ui.intake.window import IntakeWindow

if TYPE_CHECKING:
    from ui.main_window import MainWindow


class IntakeLauncher(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.service = window.session.intake
        self.open_windows: dict[str, IntakeWindow] = {}
        action = QAction(translate("intake.launcher", "Intake"), window)
        action.setShortcut(QKeySequence("Ctrl+I"))
        action.setToolTip(
            translate("intake.launcher", "Brede intake starten of hervatten (Ctrl+I)")
        )
        action.triggered.connect(lambda: self.open(window.selected_id()))
        window.addAction(action)
        window.menus["inburgeraar"].addAction(action)
        window.toolbar.addAction(action)
        self.action = action
        self._build_resume_bar()
        # doelgroep or birth date may have changed: the conditions are computed again
        window.broadcast.subscribe(self, self._forget)
        window.installEventFilter(self)

    def _forget(self, items: Changes) -> None:
        if any_of(items, RegisterChanged):
            self.service.forget_all()
        for inburgeraar_id in inburgeraar_ids(items):
            self.service.forget(inburgeraar_id)
        # an open intake shows what came in (a sync), keeping what is being typed
        for inburgeraar_id, intake in list(self.open_windows.items()):
            if concerns_inburgeraar(items, inburgeraar_id) and isValid(intake):
                intake.take_in_stored()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Closing the main window closes open intakes normally (flushing typed text)."""
        if watched is self.window and event.type() == QEvent.Type.Close:
            for intake in list(self.open_windows.values()):
                intake.close()
        return False

    def _build_resume_bar(self) -> None:
        """A bar under the toolbar when an intake window was open when the app last stopped."""
        self.resume_bar = QToolBar("Hervatten")
        self.resume_bar.setObjectName("hervatten")
        self.resume_bar.setMovable(False)
        self.resume_label = QLabel()
        self.resume_button = QPushButton(translate("intake.launcher", "Verder &waar u was"))
        self.resume_button.clicked.connect(self.resume)
        later = QPushButton(translate("intake.launcher", "Niet nu"))
        later.clicked.connect(self.dismiss)
        self.resume_bar.addWidget(self.resume_label)
        self.resume_bar.addWidget(self.resume_button)
        self.resume_bar.addWidget(later)
        self.window.addToolBarBreak()
        self.window.addToolBar(self.resume_bar)
        allowed = may(self.window.session, Permission.DOSSIER_WIJZIGEN)
        interrupted = self.service.interrupted() if allowed else []
        self.pending = [cid for cid in interrupted if self._exists(cid)]
        if self.pending:
            inburgeraar = self.service.inburgeraars.get(self.pending[0])
            name = inburgeraar.naam if inburgeraar else ""
            self.resume_label.setText(
                translate("intake.launcher", "  De intake van {name} was nog open.  ").format(
                    name=name
                )
            )
        self.resume_bar.setVisible(bool(self.pending))

    def _exists(self, inburgeraar_id: str) -> bool:
        return self.service.inburgeraars.get(inburgeraar_id) is not None

    def resume(self) -> IntakeWindow | None:
        self.resume_bar.hide()
        return self.open(self.pending[0]) if self.pending else None

    def dismiss(self) -> None:
        for inburgeraar_id in self.pending:
            self.service.mark_closed(inburgeraar_id)
        self.pending = []
        self.resume_bar.hide()

    def open(self, inburgeraar_id: str | None) -> IntakeWindow | None:
        if not may(self.window.session, Permission.DOSSIER_WIJZIGEN):
            self.window.statusBar().showMessage(
                translate(
                    "intake.launcher",
                    "Uw rol geeft geen toegang tot de intake. Dat doet de klantmanager.",
                ),
                6000,
            )
            return None
        if not inburgeraar_id or not self._exists(inburgeraar_id):
            self.window.statusBar().showMessage(
                translate("intake.launcher", "Kies eerst een inburgeraar in de lijst."), 4000
            )
            return None
        existing = self.open_windows.get(inburgeraar_id)
        if existing is not None:
            existing.raise_()
            existing.activateWindow()
            return existing
        self.service.forget(inburgeraar_id)
        intake = IntakeWindow(self.service, inburgeraar_id)
        intake.closed.connect(lambda cid: self.open_windows.pop(cid, None))
        install_match(intake, self.window.settings.klantmanager, self._matched)
        self.open_windows[inburgeraar_id] = intake
        intake.show()
        self.window.statusBar().showMessage(
            translate("intake.launcher", "Intake van {inburgeraar_name} geopend.").format(
                inburgeraar_name=intake.inburgeraar_name
            ),
            6000,
        )
        return intake

    def _matched(self, _person_id: str) -> None:
        view = getattr(self.window, "sleutelpersonen", None)
        if view is not None:
            view.refresh_all()
