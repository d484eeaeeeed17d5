"""Beheer → Accounts: who may sign in with which roles; add an account, change its roles,
withdraw it. Withdrawing re-keys the store and its backups (app.security.revoke, as
`wegwijs user revoke`): an Op with a progress dialog, since that rewrites every file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.security.account_roles import AccountRoles, account_roles
from app.security.revoke import RevokeReport, revoke_account
from app.security.roles import Role
from app.session import Session
from app.settings import backup_folder
from ui.i18n import translate
from ui.ops import Op
from ui.security.account_dialog import AccountDialog
from ui.security.roles_dialog import RolesDialog
from ui.security.roles_text import role_explained, role_name, role_names
from ui.security.rows_model import KEY_ROLE, RowsModel


class AccountsPage(QWidget):
    def __init__(self, session: Session, data_dir: Path) -> None:
        super().__init__()
        self.session = session
        self.data_dir = data_dir
        layout = QVBoxLayout(self)
        self.model = RowsModel(
            [
                translate("security.accounts_box", "Account"),
                translate("security.accounts_box", "Rollen"),
            ]
        )
        self.table = QTableView()
        self.table.setObjectName("accounts")
        self.table.setModel(self.model)
        self.table.setAccessibleName(translate("security.accounts_box", "Accounts"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda _i: self.change_roles())
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.add_button = QPushButton(translate("security.accounts_box", "Account toevoegen…"))
        self.add_button.clicked.connect(self.add_account)
        self.roles_button = QPushButton(translate("security.accounts_box", "Rollen wijzigen…"))
        self.roles_button.clicked.connect(self.change_roles)
        self.revoke_button = QPushButton(translate("security.accounts_box", "Intrekken…"))
        self.revoke_button.clicked.connect(lambda: self.revoke())
        for button in (self.add_button, self.roles_button, self.revoke_button):
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        explained = QLabel("<br>".join(f"<b>{role_name(r)}</b>: {role_explained(r)}" for r in Role))
        explained.setObjectName("rollen_uitleg")
        explained.setWordWrap(True)
        layout.addWidget(explained)
        self.accounts: list[AccountRoles] = []
        self.refresh()

    def refresh(self) -> None:
        self.accounts = account_roles(self.session)
        self.model.set_rows([(a.naam, [a.naam, role_names(a.rollen)]) for a in self.accounts])

    def selected(self) -> AccountRoles | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        naam = str(self.model.index(index.row(), 0).data(KEY_ROLE))
        return next((a for a in self.accounts if a.naam == naam), None)

    def select(self, naam: str) -> None:
        for row, account in enumerate(self.accounts):
            if account.naam == naam:
                self.table.selectRow(row)

    def _need_selection(self) -> AccountRoles | None:
        account = self.selected()
        if account is None:
            QMessageBox.information(
                self,
                translate("security.accounts_box", "Accounts"),
                translate("security.accounts_box", "Kies eerst een account in de lijst."),
            )
        return account

    def add_account(self) -> AccountDialog:
        dialog = AccountDialog(self.session, self.data_dir, self)
        dialog.accepted.connect(self.refresh)
        dialog.open()
        return dialog

    def change_roles(self) -> RolesDialog | None:
        account = self._need_selection()
        if account is None:
            return None
        dialog = RolesDialog(self.session, account, self)
        dialog.accepted.connect(self.refresh)
        dialog.open()
        return dialog

    def revoke(self, confirm: bool = True) -> Op[RevokeReport] | None:
        account = self._need_selection()
        if account is None:
            return None
        naam = account.naam
        if (
            confirm
            and QMessageBox.question(
                self,
                translate("security.accounts_box", "Account intrekken"),
                translate(
                    "security.accounts_box",
                    "Account {naam} intrekken? Daarna opent het wachtwoord van {naam} dit "
                    "gegevensbestand en de bekende back-ups niet meer: Wegwijs versleutelt ze "
                    "opnieuw. Dat kan even duren; sluit Wegwijs eerst op andere computers die "
                    "dit bestand gebruiken.",
                ).format(naam=naam),
            )
            != QMessageBox.StandardButton.Yes
        ):
            return None
        session, folder = self.session, backup_folder(self.data_dir)
        return (
            Op(
                self,
                lambda _ctx: revoke_account(session, naam, folder),
                title=translate("security.accounts_box", "Account intrekken"),
            )
            .progress(
                translate(
                    "security.accounts_box",
                    "Account {naam} intrekken en alles opnieuw versleutelen…",
                ).format(naam=naam)
            )
            .disable(self.add_button, self.roles_button, self.revoke_button)
            .success(self._revoked)
            .run()
        )

    def _revoked(self, report: RevokeReport) -> None:
        self.refresh()
        lines = [
            translate("security.accounts_box", "Account {naam} is ingetrokken.").format(
                naam=report.naam
            ),
            translate(
                "security.accounts_box",
                "%n back-ups opnieuw versleuteld.",
                None,
                len(report.rekeyed_backups),
            ),
        ]
        if report.old_key_files:
            lines.append(
                translate(
                    "security.accounts_box",
                    "%n back-ups konden niet opnieuw worden versleuteld; ze openen nog met "
                    "oude wachtwoorden (zie OUDE-SLEUTEL.txt in hun map).",
                    None,
                    len(report.old_key_files),
                )
            )
        if report.need_new_password:
            lines.append(
                translate(
                    "security.accounts_box",
                    "Deze accounts hebben een nieuw wachtwoord nodig: {namen}.",
                ).format(namen=", ".join(report.need_new_password))
            )
        QMessageBox.information(
            self, translate("security.accounts_box", "Account intrekken"), "\n\n".join(lines)
        )
