"""Add an account (beheerder): name, roles, password twice. Adding never re-encrypts the store."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.security import accounts
from app.security.audit import audit
from app.security.roles import ROLE_LABELS, Permission, Role, require
from app.store import check_new_passphrase
from db.connection import Store
from db.errors import StoreError


class AccountDialog(QDialog):
    def __init__(self, store: Store, data_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
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
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText("Wachtwoord")
        self.repeat = QLineEdit()
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat.setPlaceholderText("Herhaal het wachtwoord")
        layout.addWidget(self.password)
        layout.addWidget(self.repeat)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Toevoegen")
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText("Annuleren")
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def submit(self) -> None:
        rollen = frozenset(r for r, box in self.roles.items() if box.isChecked())
        problem = check_new_passphrase(self.password.text(), self.repeat.text())
        if problem:
            self.message.setText(problem)
            return
        try:
            require(self.store, Permission.GEBRUIKERS_BEHEREN)
            key = self.store.raw_key
            if not isinstance(key, bytes):
                raise StoreError("Dit gegevensbestand heeft nog geen accounts.")
            account = accounts.add_account(
                self.data_dir, key, self.naam.text(), self.password.text(), rollen
            )
        except StoreError as exc:
            self.message.setText(str(exc))
            return
        audit(self.store, "aangemaakt", "account", account.naam)
        self.accept()
