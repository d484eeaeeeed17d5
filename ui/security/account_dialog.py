"""Add an account (beheerder): name, roles, password twice. Adding never re-encrypts the store."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.errors import StoreError
from app.security import accounts
from app.security.roles import Permission, Role, require
from app.store import check_new_passphrase
from ui.form import OK, message_label, ok_cancel
from ui.i18n import app_text, translate
from ui.security.roles_text import role_explained, role_name
from ui.security.submit import submit_in_background
from ui.unsaved import AsksBeforeDiscard
from ui.widgets import password_edit

if TYPE_CHECKING:
    from app.session import Session


class AccountDialog(AsksBeforeDiscard, QDialog):
    def __init__(self, session: Session, data_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.data_dir = data_dir
        self.setWindowTitle(translate("security.account_dialog", "Account toevoegen"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.naam = QLineEdit()
        self.naam.setPlaceholderText(translate("security.account_dialog", "bijvoorbeeld pieter"))
        self.naam.setAccessibleName(translate("security.account_dialog", "Accountnaam"))
        form.addRow(translate("security.account_dialog", "&Accountnaam"), self.naam)
        self.password = password_edit(translate("security.account_dialog", "Wachtwoord"))
        self.repeat = password_edit(translate("security.account_dialog", "Herhaal het wachtwoord"))
        self.password.setPlaceholderText(translate("security.account_dialog", "minstens 12 tekens"))
        self.repeat.setPlaceholderText("")
        form.addRow(translate("security.account_dialog", "&Wachtwoord"), self.password)
        form.addRow(translate("security.account_dialog", "&Herhaal wachtwoord"), self.repeat)
        layout.addLayout(form)
        roles = QGroupBox(translate("security.account_dialog", "Rollen"))
        col = QVBoxLayout(roles)
        self.roles: dict[Role, QCheckBox] = {}
        for role in Role:
            box = QCheckBox(role_name(role))
            box.setAccessibleDescription(role_explained(role))
            self.roles[role] = box
            col.addWidget(box)
            explained = QLabel(role_explained(role))
            explained.setWordWrap(True)
            explained.setContentsMargins(24, 0, 0, 4)
            col.addWidget(explained)
        self.roles[Role.KLANTMANAGER].setChecked(True)
        layout.addWidget(roles)
        self.message = message_label()
        layout.addWidget(self.message)
        layout.addWidget(
            ok_cancel(
                translate("security.account_dialog", "Toevoegen"), self.submit, self.reject, OK
            )
        )

    def submit(self) -> None:
        rollen = frozenset(r for r, box in self.roles.items() if box.isChecked())
        problem = check_new_passphrase(
            self.password.text(), self.repeat.text(), (self.naam.text().strip().lower(),)
        )
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
            self.message.setText(app_text(str(exc)))
            return
        session, password = self.session, self.password.text()
        submit_in_background(  # key stretching takes a moment: not on the GUI thread
            self,
            self.message,
            lambda: accounts.add_account(session, naam, password, rollen),
            busy=translate("security.account_dialog", "Bezig…"),
            failed=translate("security.account_dialog", "Toevoegen mislukt."),
        )

    def save_unsaved(self) -> bool:
        """Adding runs in the background and closes the dialog when done: stay open till then."""
        self.submit()
        return False
