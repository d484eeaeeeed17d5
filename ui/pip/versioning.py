"""Starting a new version of a vastgesteld PIP: what changes and why."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QGroupBox, QPushButton

from app.pip.model import WIJZIGINGSSOORTEN
from ui.i18n import translate
from ui.pip.fields import TextEdit
from ui.widgets import ChoiceCombo, Field


class ChangeBox(QGroupBox):
    requested = Signal(str, str)  # soort, reden

    def __init__(self) -> None:
        super().__init__("PIP wijzigen (maakt een nieuwe versie; de vastgestelde blijft bewaard)")
        self.soort = ChoiceCombo(
            list(WIJZIGINGSSOORTEN.items()),
            empty=translate("pip.versioning", "Kies wat er verandert…"),
        )
        self.soort.setObjectName("wijziging_soort")
        self.reden = TextEdit("Waarom verandert de PIP?")
        self.reden.setObjectName("wijziging_reden")
        self.fields = {"wijziging_soort": Field(self.soort), "wijziging_reden": Field(self.reden)}
        self.button = QPushButton(translate("pip.versioning", "Nieuwe versie maken"))
        self.button.setObjectName("nieuwe_versie")
        form = QFormLayout(self)
        form.addRow(translate("pip.versioning", "Wijziging"), self.fields["wijziging_soort"])
        form.addRow(translate("pip.versioning", "Reden"), self.fields["wijziging_reden"])
        form.addRow("", self.button)
        self.button.clicked.connect(
            lambda: self.requested.emit(self.soort.code(), self.reden.text())
        )

    def show_errors(self, errors: Mapping[str, str]) -> None:
        for key, f in self.fields.items():
            f.set_error(errors.get(key))

    def clear(self) -> None:
        self.soort.set_code("")
        self.reden.clear()
        self.show_errors({})
