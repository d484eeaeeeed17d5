"""'Sleutelpersoon zoeken' inside the intake window: the match dialog for this newcomer."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QToolBar

from app.security.roles import Permission, may
from ui.i18n import QT_TRANSLATE_NOOP, translate
from ui.intake.window import IntakeWindow

NO_REGISTER = QT_TRANSLATE_NOOP("tekst", "Uw rol leest het register van sleutelpersonen niet.")


def install_match(
    intake: IntakeWindow, klantmanager: str, on_confirmed: Callable[[str], None]
) -> QAction:
    """Add the action (Ctrl+K) to the intake's toolbar; it opens the existing MatchDialog."""
    session = intake.service.session
    action = QAction(translate("intake.koppeling", "Sleutelpersoon zoeken"), intake)
    action.setShortcut(QKeySequence("Ctrl+K"))
    allowed = may(session, Permission.SLEUTELPERSONEN_LEZEN)
    action.setEnabled(allowed)
    action.setToolTip(
        translate("intake.koppeling", "Passende sleutelpersonen voor deze inburgeraar (Ctrl+K)")
        if allowed
        else translate("tekst", NO_REGISTER)
    )

    def open_match() -> Any:
        from ui.sleutelpersonen.match_panel import MatchDialog

        if not may(session, Permission.SLEUTELPERSONEN_LEZEN):
            intake.statusBar().showMessage(translate("tekst", NO_REGISTER), 6000)
            return None
        intake.flush_all()  # the key-person answers of the intake count in the match
        dialog = MatchDialog(session.matching, intake.inburgeraar_id, klantmanager, intake)
        dialog.confirmed.connect(on_confirmed)
        dialog.confirmed.connect(lambda pid: _after_match(intake, pid))
        dialog.open()
        intake.match_dialog = dialog
        return dialog

    action.triggered.connect(open_match)
    intake.addAction(action)
    toolbar = intake.findChild(QToolBar, "intakebalk")
    if toolbar is not None:
        first = toolbar.actions()
        if first:
            toolbar.insertAction(first[0], action)
        else:
            toolbar.addAction(action)
    intake.open_match = open_match
    return action


def _after_match(intake: IntakeWindow, person_id: str) -> None:
    """The matched key person becomes the default in an empty gesprek form."""
    intake.statusBar().showMessage(translate("intake.koppeling", "Sleutelpersoon gekoppeld."), 4000)
    kiezer = intake.gesprekken_panel.sleutelpersoon
    if not kiezer.edit.text().strip():
        kiezer.set_person(person_id, "")
        intake.gesprekken_panel._person_changed()
