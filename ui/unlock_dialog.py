"""Sign in: account name + password. The first start creates the first account (beheerder and
klantmanager). A damaged store is never overwritten: the dialog explains and offers to restore
the newest good backup.

Key derivation, opening and the integrity check run in the background so the window stays
responsive.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.store_location import StoreLocation
from ui.i18n import app_text, translate
from ui.password_edit import password_edit

if TYPE_CHECKING:
    from app.security.accounts import SignIn
    from app.session import Session
    from ui.background_imports import BackgroundImports

# Signing in (app.store: keys, KDF, SQLCipher, migrations, audit, backups) is imported in the
# methods below, once the dialog shows: on the start-up thread (ui/background_imports.py) while
# the user types, or here on first use when nobody imports it in the background (tests).
POLL_MS = 25


class UnlockDialog(QDialog):
    unlocked = Signal(object)  # the open Store

    def __init__(
        self,
        location: StoreLocation,
        parent: QWidget | None = None,
        *,
        imports: BackgroundImports | None = None,
    ) -> None:
        super().__init__(parent)
        self.location = location
        self.imports = imports
        self._waiting: list[Callable[[], None]] = []
        self._strength_due = False
        self._focus: QWidget | None = None
        self._poll = QTimer(self)
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(self._check_imports)
        # Finish a restore a crash interrupted, so a missing wegwijs.db comes back (another
        # process restoring right now: signing in will say so).
        location.prepare_unless_busy()
        # Never offer a new store where a key file is: wegwijs.db missing is a restore case.
        self.creating = not location.exists() and not location.has_accounts()
        self.session: Session | None = None
        self.signin: SignIn | None = None
        self.setWindowTitle(translate("unlock_dialog", "Wegwijs – aanmelden"))
        self.setMinimumWidth(440)
        layout = QVBoxLayout(self)
        intro = QLabel(
            translate(
                "unlock_dialog",
                "Welkom bij Wegwijs. Maak het eerste account: u wordt beheerder, klantmanager en "
                "coördinator sleutelpersonen. "
                "Het wachtwoord beschermt de gegevens op deze laptop; zonder wachtwoord kan "
                "niemand ze lezen, ook u niet. Collega's krijgen later een eigen account.",
            )
            if self.creating
            else translate("unlock_dialog", "Meld u aan met uw accountnaam en wachtwoord.")
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.user = QLineEdit(self._first_user())
        self.user.setPlaceholderText(translate("unlock_dialog", "Accountnaam, bijvoorbeeld anouk"))
        self.user.setAccessibleName(translate("unlock_dialog", "Accountnaam"))
        layout.addWidget(self.user)
        self.passphrase = password_edit(translate("unlock_dialog", "Wachtwoord"))
        layout.addWidget(self.passphrase)
        self.repeat = password_edit(translate("unlock_dialog", "Herhaal het wachtwoord"))
        self.strength = QProgressBar()
        self.strength.setRange(0, 4)
        self.strength.setTextVisible(False)
        self.strength.setMaximumHeight(8)
        self.hint = QLabel()
        if self.creating:
            layout.addWidget(self.repeat)
            layout.addWidget(self.strength)
            layout.addWidget(self.hint)
            self.passphrase.textChanged.connect(self._update_strength)
            self._update_strength("")
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")
        layout.addWidget(self.message)
        self.restore_button = QPushButton(
            translate("unlock_dialog", "Nieuwste goede back-up terugzetten")
        )
        self.restore_button.hide()
        self.restore_button.clicked.connect(self.restore_newest)
        layout.addWidget(self.restore_button)
        self.buttons = QDialogButtonBox()  # QDialogButtonBox(buttons) would load Qt's namespace
        self.buttons.setStandardButtons(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(
            translate("unlock_dialog", "Aanmaken")
            if self.creating
            else translate("unlock_dialog", "Aanmelden")
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            translate("unlock_dialog", "Afsluiten")
        )
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        (self.passphrase if self.user.text() else self.user).setFocus()

    def _first_user(self) -> str:
        return "" if self.creating else self.location.first_account_name()

    def _when_imported(self, then: Callable[[], None], *, busy: bool) -> None:
        """Run *then* now if signing in's modules are imported, else as soon as they are (the
        GUI thread never waits on the import lock). *busy*: meanwhile the dialog says it is
        busy and takes no input, as while it opens the store."""
        if self.imports is None or self.imports.ready():
            then()
            return
        self._waiting.append(then)
        if busy and self.isEnabled():
            self._focus = self.focusWidget()  # disabling takes the focus away
            self.message.setText(translate("unlock_dialog", "Bezig met openen en controleren…"))
            self.setEnabled(False)
        self._poll.start()

    def _check_imports(self) -> None:
        if self.imports is not None and not self.imports.ready():
            return
        self._poll.stop()
        if not self.isEnabled():
            self.setEnabled(True)
            if self._focus is not None:
                self._focus.setFocus()
        waiting, self._waiting = self._waiting, []
        for then in waiting:
            then()

    def _update_strength(self, text: str) -> None:
        if not text:
            self.strength.setValue(0)
            self.hint.setText(
                translate("unlock_dialog", "Minstens 10 tekens; een korte zin werkt goed.")
            )
            return
        if self.imports is not None and not self.imports.ready():
            if not self._strength_due:  # one update, with the text as it is by then
                self._strength_due = True
                self._when_imported(self._update_strength_later, busy=False)
            return
        from app.store import passphrase_strength

        strength = passphrase_strength(text)
        self.strength.setValue(strength.score)
        self.hint.setText(strength.hint)

    def _update_strength_later(self) -> None:
        self._strength_due = False
        self._update_strength(self.passphrase.text())

    def submit(self) -> None:
        self._when_imported(self._submit, busy=True)

    def _submit(self) -> None:
        from PySide6.QtCore import Qt  # its ~100 enums: loaded with ui.ops by now, not earlier

        from app.security import accounts
        from app.store import check_new_passphrase

        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        secret = self.passphrase.text()
        naam = self.user.text().strip().lower()
        if self.creating:
            try:
                accounts.check_name(naam)
            except accounts.AccountError as exc:
                self.message.setText(app_text(str(exc)))
                return
            problem = check_new_passphrase(secret, self.repeat.text(), (naam,))
            if problem:
                self.message.setText(problem)
                return
        elif not secret:
            self.message.setText(translate("unlock_dialog", "Vul het wachtwoord in."))
            return
        self.message.setText(translate("unlock_dialog", "Bezig met openen en controleren…"))
        self.setEnabled(False)
        from ui.ops import run_in_background  # imported while the user types

        run_in_background(lambda: self._open(naam, secret), self._opened, self._failed)

    def _open(self, naam: str, secret: str) -> Session:
        from app.security import accounts
        from app.store import create_store, inline_check_fits, open_signed_in, unlock

        loc = self.location
        if self.creating:
            return create_store(loc, secret, naam)
        if not accounts.key_path(loc.data_dir).exists():
            return unlock(loc, secret, naam or None)  # store from before accounts: migrate
        self.signin = accounts.sign_in(loc.data_dir, naam or None, secret)
        return open_signed_in(loc, self.signin, secret, check_integrity=inline_check_fits(loc))

    def _opened(self, session: Session) -> None:
        self.session = session
        self.unlocked.emit(session)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        from app.errors import StoreDamagedError, StoreError
        from app.security import accounts
        from app.security.roles import Permission

        self.setEnabled(True)
        self.passphrase.selectAll()
        self.passphrase.setFocus()
        if (
            isinstance(exc, StoreDamagedError)
            and self.signin is not None
            and not accounts.actor_for(self.signin.account).may(Permission.BACKUPS_BEHEREN)
        ):
            self.message.setText(
                translate(
                    "unlock_dialog",
                    "Het gegevensbestand is beschadigd. Er is niets overschreven. Vraag de "
                    "beheerder de nieuwste goede back-up terug te zetten.",
                )
            )
        elif isinstance(exc, StoreDamagedError) and self.signin is not None:
            self.message.setText(
                translate(
                    "unlock_dialog",
                    "Het gegevensbestand is beschadigd. Er is niets overschreven. U kunt de "
                    "nieuwste goede back-up terugzetten; het beschadigde bestand blijft bewaard.",
                )
            )
            self.restore_button.show()
            self.adjustSize()
        elif isinstance(exc, StoreError):
            self.message.setText(app_text(str(exc)))
        else:
            self.message.setText(
                translate("unlock_dialog", "Openen is mislukt: {name}.").format(
                    name=type(exc).__name__
                )
            )
        self.adjustSize()

    def restore_newest(self) -> None:
        signin = self.signin
        if signin is None:
            return
        self.message.setText(translate("unlock_dialog", "Back-ups controleren…"))
        self.setEnabled(False)
        from ui.ops import run_in_background

        run_in_background(lambda: self._restore(signin), self._opened, self._failed)

    def _restore(self, signin: SignIn) -> Session:
        from app.errors import StoreError
        from app.security import accounts
        from app.security.audit import audit
        from app.security.backup import newest_good, restore
        from app.settings import backup_folder
        from app.store import open_signed_in

        folder = backup_folder(self.location.data_dir)
        good = newest_good(folder, signin.key, self.location.data_dir)
        if good is None:
            raise StoreError(
                f"Er is geen bruikbare back-up gevonden in {folder}. Er is niets overschreven. "
                "Neem contact op met de beheerder."
            )
        restore(self.location.path, good.path, signin.key, accounts.actor_for(signin.account))
        session = open_signed_in(self.location, signin)
        audit(session, "teruggezet na beschadiging", "back-up", good.path.name)
        return session
