"""Filling in the questionnaire about one part of the offer with the newcomer: the questions in
the chosen language (Dutch where a text is missing), marked when a translation is not yet
checked; the answers are stored per provider and quarter. What is typed survives a crash
(ui/stem/form_dialog.py)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app import reference
from app.stem.concept import StemConcepten
from app.stem.ervaring import NIET_NAGEKEKEN, ErvaringService
from app.stem.model import INGEVULD_DOOR, ONDERDELEN
from app.validation import format_date
from ui.i18n import translate
from ui.stem.form_dialog import StemFormDialog, text_box
from ui.widgets import ChoiceCombo

TALEN = ("nl", "ar", "ti", "en")


class ErvaringDialog(StemFormDialog):
    def __init__(
        self,
        service: ErvaringService,
        inburgeraar_id: str,
        taal: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.inburgeraar_id = inburgeraar_id
        self.setWindowTitle(translate("stem.ervaring_dialog", "Ervaring met het aanbod"))
        self.onderdeel = ChoiceCombo(list(ONDERDELEN.items()))
        self.aanbieder = QComboBox()
        self.aanbieder.setEditable(True)
        self.aanbieder.setAccessibleName(translate("stem.ervaring_dialog", "Aanbieder"))
        self.datum = QLineEdit(format_date(service.today()))
        self.door = ChoiceCombo(list(INGEVULD_DOOR.items()))
        self.taal = ChoiceCombo([(t, reference.language_name(t) or t) for t in TALEN])
        self.taal.set_code(taal if taal in TALEN else "nl")
        self.vragen = QFormLayout()
        self.combos: dict[str, ChoiceCombo] = {}
        self.toelichting = text_box("Toelichting")
        self.deelbaar = QCheckBox(
            translate("stem.ervaring_dialog", "Toelichting mag (zonder naam) in het rapport")
        )
        form = QFormLayout()
        form.addRow(translate("stem.ervaring_dialog", "Onderdeel"), self.onderdeel)
        form.addRow(translate("stem.ervaring_dialog", "Aanbieder"), self.aanbieder)
        form.addRow(translate("stem.ervaring_dialog", "Datum"), self.datum)
        form.addRow(translate("stem.ervaring_dialog", "Ingevuld door"), self.door)
        form.addRow(translate("stem.ervaring_dialog", "Taal van de vragen"), self.taal)
        layout = QVBoxLayout(self)
        layout.addWidget(self.info)
        layout.addLayout(form)
        layout.addLayout(self.vragen)
        layout.addWidget(QLabel(translate("stem.ervaring_dialog", "Toelichting")))
        layout.addWidget(self.toelichting)
        layout.addWidget(self.deelbaar)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.onderdeel.currentIndexChanged.connect(self.rebuild)
        self.taal.currentIndexChanged.connect(self.rebuild)
        self.rebuild()
        self.finish(StemConcepten(service.session, inburgeraar_id, "ervaring"))

    def load(self, values: dict[str, Any]) -> None:
        self.onderdeel.set_code(str(values.get("onderdeel", "")))
        self.taal.set_code(str(values.get("taal", "nl")))
        self.aanbieder.setEditText(str(values.get("aanbieder", "")))
        self.datum.setText(str(values.get("datum", "")))
        self.door.set_code(str(values.get("ingevuld_door", "")))
        self.rebuild()
        answers = values.get("antwoorden") or {}
        for vraag_id, combo in self.combos.items():
            combo.set_code(str(answers.get(vraag_id, "")))
        self.toelichting.setPlainText(str(values.get("toelichting", "")))
        self.deelbaar.setChecked(bool(values.get("deelbaar")))

    def rebuild(self, *_args: object) -> None:
        """The questions of the chosen part, in the chosen language (one draft when done)."""
        quiet, self.quiet = self.quiet, True
        try:
            self._rebuild()
        finally:
            self.quiet = quiet
        self.typed()

    def _rebuild(self) -> None:
        given = {k: c.code() for k, c in self.combos.items()}
        while self.vragen.rowCount():
            self.vragen.removeRow(0)
        self.combos.clear()
        definition = self.service.definition
        taal = self.taal.code()
        onderdeel = self.onderdeel.code()
        current = self.aanbieder.currentText()
        self.aanbieder.clear()
        self.aanbieder.addItems(self.service.aanbieders(onderdeel))
        self.aanbieder.setEditText(current)
        for vraag in definition.vragen_voor(onderdeel):
            text, checked = definition.tekst(vraag.tekst, taal)
            options = [(a, definition.tekst(t, taal)[0]) for a, t in definition.antwoorden]
            combo = ChoiceCombo(options, empty="—")
            combo.set_code(given.get(vraag.id, ""))
            combo.setAccessibleName(vraag.tekst["nl"])
            combo.currentIndexChanged.connect(self.typed)  # rebuilt: watched anew
            self.combos[vraag.id] = combo
            label = QLabel(text if checked else f"{text}\n({NIET_NAGEKEKEN})")
            label.setToolTip(vraag.tekst["nl"])  # the officer always sees the Dutch question
            label.setWordWrap(True)
            self.vragen.addRow(label, combo)

    def values(self) -> dict[str, Any]:
        return {
            "onderdeel": self.onderdeel.code(),
            "aanbieder": self.aanbieder.currentText(),
            "datum": self.datum.text(),
            "ingevuld_door": self.door.code(),
            "taal": self.taal.code(),
            "antwoorden": {k: c.code() for k, c in self.combos.items() if c.code()},
            "toelichting": self.toelichting.toPlainText(),
            "deelbaar": self.deelbaar.isChecked(),
        }

    def store(self, values: dict[str, Any]) -> None:
        self.service.save(self.inburgeraar_id, values)
