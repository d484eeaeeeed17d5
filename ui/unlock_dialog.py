"""Ask for the passphrase: twice with a strength hint for a new store, once for an existing one.

Opening (key derivation, migrations) runs in the background so the window stays responsive.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from app.store import StoreLocation, check_new_passphrase, create_store, passphrase_strength, unlock
from db.connection import Store
from db.errors import StoreError
from ui.tasks import run_in_background


class UnlockDialog(QDialog):
    unlocked = Signal(object)  # the open Store

    def __init__(self, location: StoreLocation, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.location = location
        self.creating = not location.exists()
        self.store: Store | None = None
        self.setWindowTitle("Wegwijs – gegevens openen")
        self.setMinimumWidth(420)
        layout = QVBoxLayout(self)
        intro = QLabel(
            "Welkom bij Wegwijs. Kies een wachtwoord dat de gegevens op deze laptop beschermt. "
            "Zonder dit wachtwoord kan niemand de gegevens lezen, ook u niet: bewaar het goed."
            if self.creating
            else "Geef het wachtwoord van het gegevensbestand."
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setPlaceholderText("Wachtwoord")
        self.passphrase.setAccessibleName("Wachtwoord")
        layout.addWidget(self.passphrase)
        self.repeat = QLineEdit()
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat.setPlaceholderText("Herhaal het wachtwoord")
        self.repeat.setAccessibleName("Herhaal het wachtwoord")
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
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.message)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText("Aanmaken" if self.creating else "Openen")
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText("Afsluiten")
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def _update_strength(self, text: str) -> None:
        strength = passphrase_strength(text)
        self.strength.setValue(strength.score)
        self.hint.setText(
            strength.hint if text else "Minstens 10 tekens; een korte zin werkt goed."
        )

    def submit(self) -> None:
        secret = self.passphrase.text()
        if self.creating:
            problem = check_new_passphrase(secret, self.repeat.text())
            if problem:
                self.message.setText(problem)
                return
        elif not secret:
            self.message.setText("Vul het wachtwoord in.")
            return
        self.message.setText("Bezig met openen…")
        self.setEnabled(False)
        loc, creating = self.location, self.creating
        run_in_background(
            lambda: create_store(loc, secret) if creating else unlock(loc, secret),
            self._opened,
            self._failed,
        )

    def _opened(self, store: Store) -> None:
        self.store = store
        self.unlocked.emit(store)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.setEnabled(True)
        self.passphrase.selectAll()
        self.passphrase.setFocus()
        if isinstance(exc, StoreError):
            self.message.setText(str(exc))
        else:
            self.message.setText(f"Openen is mislukt: {type(exc).__name__}.")
