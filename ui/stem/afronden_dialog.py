"""Closing a signaal asks what was done (required); nothing changes when cancelled."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.stem.model import Signaal
from app.stem.signalen import SignaalOpvolging
from app.validation import ValidationError
from ui.i18n import translate
from ui.unsaved import AsksBeforeDiscard


class AfrondenDialog(AsksBeforeDiscard, QDialog):
    def __init__(
        self, opvolging: SignaalOpvolging, signaal: Signaal, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.opvolging = opvolging
        self.signaal = signaal
        self.setWindowTitle(translate("stem.afronden_dialog", "Signaal afronden"))
        intro = QLabel(f"{signaal.thema_label}: {signaal.tekst}")
        intro.setWordWrap(True)
        self.wat = QPlainTextEdit()
        self.wat.setAccessibleName(translate("stem.afronden_dialog", "Wat is er gedaan?"))
        self.wat.setTabChangesFocus(True)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020")
        self.error.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            translate("stem.afronden_dialog", "Afronden")
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(QLabel(translate("stem.afronden_dialog", "Wat is er gedaan?")))
        layout.addWidget(self.wat)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def accept(self) -> None:
        try:
            self.opvolging.afronden(self.signaal.id, self.wat.toPlainText(), self.signaal.versie)
        except ValidationError as exc:
            self.error.setText("\n".join(exc.errors.values()))
            return
        super().accept()
