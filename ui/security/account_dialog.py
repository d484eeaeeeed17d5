"""Add an account (beheerder): name, roles, password twice. Adding never re-encrypts the store."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.errors import StoreError
from app.security import accounts
from app.security.keys import Account
from app.security.roles import ROLE_LABELS, Permission, Role, require
from app.session import Session
from app.store import check_new_passphrase
from ui.form import OK, message_label, ok_cancel
from ui.ops import run_in_background
from ui.widgets import password_edit


class AccountDialog(QDialog):
    def __init__(self, session: Session, data_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.data_dir = data_dir
        self.setWindowTitle("Account toevoegen")
        layout = QVBoxLayout(self)
        self.naam = QLineEdit()
        self.naam.setPlaceholderText("Accountnaam, bijvoorbeeld pieter")
        self.naam.setAccessibleName("Accountnaam")
        layout.addWidget(self.naam)
        self.roles: dict[Role, QCheckBox] = {}
        for role in Role:
            box = QCheckBox(ROLE_LABELS[role])
            self.roles[role] = box
            layout.addWidget(box)
        self.roles[Role.KLANTMANAGER].setChecked(True)
        self.password = password_edit("Wachtwoord")
        self.repeat = password_edit("Herhaal het wachtwoord")
        layout.addWidget(self.password)
        layout.addWidget(self.repeat)
        self.message = message_label()
        layout.addWidget(self.message)
        layout.addWidget(ok_cancel("Toevoegen", self.submit, self.reject, OK))

    def submit(self) -> None:
        rollen = frozenset(r for r, box in self.roles.items() if box.isChecked())
        problem = check_new_passphrase(self.password.text(), self.repeat.text())
        if problem:
            self.message.setText(problem)
            return
        try:
            require(self.session, Permission.GEBRUIKERS_BEHEREN)
            naam = accounts.check_name(self.naam.text())
            if not rollen:
                raise accounts.AccountError("Kies minstens één rol.")
            if any(n == naam for n, _ in accounts.describe(self.data_dir)):
                raise accounts.AccountError(f"Er is al een account {naam}.")
        except StoreError as exc:
            self.message.setText(str(exc))
            return
        session, password = self.session, self.password.text()
        self.setEnabled(False)
        self.message.setText("Bezig…")
        run_in_background(  # key stretching takes a moment: not on the GUI thread
            lambda: accounts.add_account(session, naam, password, rollen),
            self._added,
            self._failed,
        )

    def _added(self, account: Account) -> None:  # the service wrote the audit line
        self.setEnabled(True)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.setEnabled(True)
        self.message.setText(str(exc) if isinstance(exc, StoreError) else "Toevoegen mislukt.")
