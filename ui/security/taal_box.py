"""Beheer → the language of Wegwijs on this laptop: Dutch, English or the computer's language.

Kept in taal.ini beside the data file (read before sign-in, so not in the encrypted store) and
applied from the next start; the box says so."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QLabel

from ui.i18n import LANGUAGES, SYSTEM, choose_language, chosen_language, translate


class TaalBox(QGroupBox):
    def __init__(self, data_dir: Path) -> None:
        super().__init__(translate("security.taal_box", "Taal van Wegwijs"))
        self.data_dir = data_dir
        form = QFormLayout(self)
        self.combo = QComboBox()
        self.combo.addItem(translate("security.taal_box", "Taal van de computer"), SYSTEM)
        for code, name in LANGUAGES.items():
            self.combo.addItem(name, code)  # each language in its own words
        self.combo.setAccessibleName(translate("security.taal_box", "Taal van Wegwijs"))
        self.combo.setCurrentIndex(max(0, self.combo.findData(chosen_language(data_dir))))
        self.combo.currentIndexChanged.connect(self._chosen)
        label = QLabel(translate("security.taal_box", "&Taal"))
        label.setBuddy(self.combo)
        form.addRow(label, self.combo)
        self.note = QLabel(
            translate(
                "security.taal_box",
                "Geldt voor deze laptop, vanaf de volgende keer dat Wegwijs start.",
            )
        )
        self.note.setWordWrap(True)
        form.addRow(self.note)

    def _chosen(self, _index: int) -> None:
        choose_language(self.data_dir, str(self.combo.currentData()))
