"""Change an account's roles (Beheer). A role the account's key never held needs a new password
for it (app.security.account_roles explains why); the dialog then asks for one, twice."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QCheckBox, QDialog, QFormLayout, QLabel, QVBoxLayout, QWidget

from app.security.account_roles import AccountRoles, set_roles
from app.security.roles import Role
from app.store import check_new_passphrase
from ui.form import OK, message_label, ok_cancel
from ui.i18n import app_text, translate
from ui.screen_fit import fit_window
from ui.security.roles_text import role_explained, role_name
from ui.security.submit import submit_in_background
from ui.unsaved import AsksBeforeDiscard
from ui.widgets import password_edit

if TYPE_CHECKING:
    from app.session import Session


class RolesDialog(AsksBeforeDiscard, QDialog):
    def __init__(self, session: Session, account: AccountRoles, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.account = account
        self.setWindowTitle(
            translate("security.roles_dialog", "Rollen van {naam}").format(naam=account.naam)
        )
        layout = QVBoxLayout(self)
        self.roles: dict[Role, QCheckBox] = {}
        for role in Role:
            box = QCheckBox(role_name(role))
            box.setChecked(role in account.rollen)
            box.setAccessibleDescription(role_explained(role))
            box.toggled.connect(self._update)
            self.roles[role] = box
            layout.addWidget(box)
            explained = QLabel(role_explained(role))
            explained.setWordWrap(True)
            explained.setContentsMargins(24, 0, 0, 4)
            layout.addWidget(explained)
        self.password_note = QLabel(
            translate(
                "security.roles_dialog",
                "Een rol die dit account nog nooit had, krijgt het alleen met een nieuw "
                "wachtwoord. Geef dat wachtwoord daarna zelf aan uw collega.",
            )
        )
        self.password_note.setWordWrap(True)
        layout.addWidget(self.password_note)
        form = QFormLayout()
        self.password = password_edit(translate("security.roles_dialog", "Nieuw wachtwoord"))
        self.repeat = password_edit(translate("security.roles_dialog", "Herhaal het wachtwoord"))
        self.password_label = QLabel(translate("security.roles_dialog", "&Nieuw wachtwoord"))
        self.password_label.setBuddy(self.password)
        self.repeat_label = QLabel(translate("security.roles_dialog", "&Herhaal wachtwoord"))
        self.repeat_label.setBuddy(self.repeat)
        form.addRow(self.password_label, self.password)
        form.addRow(self.repeat_label, self.repeat)
        layout.addLayout(form)
        self.message = message_label()
        layout.addWidget(self.message)
        layout.addWidget(
            ok_cancel(translate("security.roles_dialog", "Opslaan"), self.submit, self.reject, OK)
        )
        self._update()
        fit_window(self, 520, 460)

    def chosen(self) -> frozenset[Role]:
        return frozenset(r for r, box in self.roles.items() if box.isChecked())

    def needs_password(self) -> bool:
        return bool(self.chosen() - self.account.in_sleutelbestand)

    def _update(self) -> None:
        needed = self.needs_password()
        for widget in (
            self.password_note,
            self.password,
            self.repeat,
            self.password_label,
            self.repeat_label,
        ):
            widget.setVisible(needed)

    def submit(self) -> None:
        rollen = self.chosen()
        if not rollen:
            self.message.setText(app_text("Kies minstens één rol."))
            return
        password: str | None = None
        if self.needs_password():
            problem = check_new_passphrase(
                self.password.text(), self.repeat.text(), (self.account.naam,)
            )
            if problem:
                self.message.setText(app_text(problem))
                return
            password = self.password.text()
        session, naam = self.session, self.account.naam
        submit_in_background(  # a new password means key stretching: not on the GUI thread
            self,
            self.message,
            lambda: set_roles(session, naam, rollen, password),
            busy=translate("security.roles_dialog", "Bezig…"),
            failed=translate("security.roles_dialog", "Wijzigen mislukt."),
        )

    def save_unsaved(self) -> bool:
        self.submit()
        return False
