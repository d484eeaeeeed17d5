"""Change one's own password: only the wrap in the key file changes, never the store."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog, QLabel, QVBoxLayout, QWidget

from app.security import accounts
from app.session import Session
from app.store import check_new_passphrase
from ui.form import OK, message_label, ok_cancel
from ui.i18n import translate
from ui.security.submit import submit_in_background
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

        def change() -> None:
            accounts.sign_in(data_dir, naam, old)  # the current password first
            accounts.set_password(session, naam, new)

        submit_in_background(
            self,
            self.message,
            change,
            busy=translate("security.password_dialog", "Bezig…"),
            failed=translate("security.password_dialog", "Wijzigen mislukt."),
        )
