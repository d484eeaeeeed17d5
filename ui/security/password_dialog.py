"""Change one's own password: only the wrap in the key file changes, never the store."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog, QLabel, QVBoxLayout, QWidget

from app.errors import StoreError
from app.security import accounts
from app.session import Session
from app.store import check_new_passphrase
from ui.form import OK, message_label, ok_cancel
from ui.i18n import app_text, translate
from ui.ops import run_in_background
from ui.widgets import password_edit


class PasswordDialog(QDialog):
    def __init__(
        self, session: Session, data_dir: Path, naam: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session, self.data_dir, self.naam = session, data_dir, naam
        self.setWindowTitle(translate("security.password_dialog", "Wachtwoord wijzigen"))
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(translate("security.password_dialog", "Account: {naam}").format(naam=naam))
        )
        self.old = password_edit(translate("security.password_dialog", "Huidig wachtwoord"))
        self.new = password_edit(translate("security.password_dialog", "Nieuw wachtwoord"))
        self.repeat = password_edit(
            translate("security.password_dialog", "Herhaal het nieuwe wachtwoord")
        )
        for field in (self.old, self.new, self.repeat):
            layout.addWidget(field)
        self.message = message_label()
        layout.addWidget(self.message)
        layout.addWidget(
            ok_cancel(
                translate("security.password_dialog", "Wijzigen"), self.submit, self.reject, OK
            )
        )

    def submit(self) -> None:
        problem = check_new_passphrase(self.new.text(), self.repeat.text(), (self.naam,))
        if problem:
            self.message.setText(problem)
            return
        old, new, data_dir, naam = self.old.text(), self.new.text(), self.data_dir, self.naam
        session = self.session
        self.setEnabled(False)
        self.message.setText(translate("security.password_dialog", "Bezig…"))

        def change() -> None:
            accounts.sign_in(data_dir, naam, old)  # the current password first
            accounts.set_password(session, naam, new)

        run_in_background(change, self._done, self._failed)

    def _done(self, _result: object) -> None:  # the service wrote the audit line
        self.setEnabled(True)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.setEnabled(True)
        self.message.setText(
            app_text(str(exc))
            if isinstance(exc, StoreError)
            else translate("security.password_dialog", "Wijzigen mislukt.")
        )
