"""Asks why a gesprek or signaal is corrected or removed; stays open on a refused reason."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.validation import ValidationError
from ui.i18n import translate
from ui.screen_fit import fit_window
from ui.unsaved import AsksBeforeDiscard
from ui.widgets import ERROR_STYLE


class RedenDialog(AsksBeforeDiscard, QDialog):
    """``action(reden)`` runs on OK; a ValidationError is shown and the dialog stays open."""

    def __init__(
        self, title: str, question: str, action: Callable[[str], None], parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.action = action
        self.reden = QLineEdit()
        self.reden.setAccessibleName(translate("intake.reden", "Reden"))
        self.reden.setPlaceholderText(
            translate("intake.reden", "bijv. hoort bij een andere inburgeraar")
        )
        self.error = QLabel()
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.confirm)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        layout = QVBoxLayout(self)
        text = QLabel(question)
        text.setWordWrap(True)
        layout.addWidget(text)
        layout.addWidget(self.reden)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        fit_window(self, 460, 160)

    def confirm(self) -> None:
        try:
            self.action(self.reden.text())
        except ValidationError as exc:
            self.error.setText("\n".join(exc.errors.values()))
            return
        self.accept()

    def save_unsaved(self) -> bool:
        self.confirm()
        return not self.isVisible()
