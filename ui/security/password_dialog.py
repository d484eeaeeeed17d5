"""Change one's own password: only the wrap in the key file changes, never the store."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from app.security import accounts
from app.security.audit import audit
from app.store import check_new_passphrase
from db.connection import Store
from db.errors import StoreError
from ui.tasks import run_in_background


def _field(placeholder: str) -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setPlaceholderText(placeholder)
    field.setAccessibleName(placeholder)
    return field


class PasswordDialog(QDialog):
    def __init__(
        self, store: Store, data_dir: Path, naam: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.store, self.data_dir, self.naam = store, data_dir, naam
        self.setWindowTitle("Wachtwoord wijzigen")
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(f"Account: {naam}"))
        self.old = _field("Huidig wachtwoord")
        self.new = _field("Nieuw wachtwoord")
        self.repeat = _field("Herhaal het nieuwe wachtwoord")
        for field in (self.old, self.new, self.repeat):
            layout.addWidget(field)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Wijzigen")
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText("Annuleren")
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def submit(self) -> None:
        problem = check_new_passphrase(self.new.text(), self.repeat.text())
        if problem:
            self.message.setText(problem)
            return
        old, new, data_dir, naam = self.old.text(), self.new.text(), self.data_dir, self.naam
        self.setEnabled(False)
        self.message.setText("Bezig…")

        def change() -> None:
            signin = accounts.sign_in(data_dir, naam, old)  # the current password first
            accounts.set_password(data_dir, signin.key, naam, new)

        run_in_background(change, self._done, self._failed)

    def _done(self, _result: object) -> None:
        audit(self.store, "wachtwoord gewijzigd", "account", self.naam)
        self.setEnabled(True)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.setEnabled(True)
        self.message.setText(str(exc) if isinstance(exc, StoreError) else "Wijzigen mislukt.")
