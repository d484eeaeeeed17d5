"""The key person's feedback on one intake gesprek: was the purpose understood, did the newcomer
speak freely, what should be different (themes and text), tips, free text; also later and
corrected. Free text is shared in the quarterly report only when "deelbaar" is ticked. What is
typed survives a crash (ui/stem/form_dialog.py)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.stem.concept import StemConcepten
from app.stem.feedback import FeedbackService
from app.stem.model import FEEDBACK_ANTWOORDEN, FEEDBACK_THEMAS
from app.validation import format_date
from ui.i18n import translate
from ui.stem.form_dialog import StemFormDialog, text_box
from ui.widgets import ChoiceCombo


class FeedbackDialog(StemFormDialog):
    def __init__(
        self, service: FeedbackService, gesprek_id: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.gesprek_id = gesprek_id
        self.setWindowTitle(translate("stem.feedback_dialog", "Feedback van de sleutelpersoon"))
        self.existing = service.get(gesprek_id)
        answers = list(FEEDBACK_ANTWOORDEN.items())
        self.datum = QLineEdit(format_date(service.today()))
        self.doel = ChoiceCombo(answers, empty=translate("stem.feedback_dialog", "— kies —"))
        self.vrij = ChoiceCombo(answers, empty=translate("stem.feedback_dialog", "— kies —"))
        self.themas: dict[str, QCheckBox] = {}
        grid = QGridLayout()
        for n, (code, label) in enumerate(FEEDBACK_THEMAS.items()):
            self.themas[code] = QCheckBox(label)
            grid.addWidget(self.themas[code], n // 2, n % 2)
        self.anders = text_box("Wat moeten we anders doen?")
        self.tips = text_box("Tips")
        self.toelichting = text_box("Toelichting")
        self.deelbaar = QCheckBox(
            translate(
                "stem.feedback_dialog",
                "Tekst mag (zonder naam) in het rapport voor de klankbordgroep",
            )
        )
        form = QFormLayout()
        form.addRow(translate("stem.feedback_dialog", "Datum feedback"), self.datum)
        form.addRow(translate("stem.feedback_dialog", "Doel van het gesprek begrepen?"), self.doel)
        form.addRow(translate("stem.feedback_dialog", "Kon de inburgeraar vrij praten?"), self.vrij)
        form.addRow(translate("stem.feedback_dialog", "Wat kan beter?"), grid)
        form.addRow(translate("stem.feedback_dialog", "Wat moeten we anders doen?"), self.anders)
        form.addRow(translate("stem.feedback_dialog", "Tips"), self.tips)
        form.addRow(translate("stem.feedback_dialog", "Toelichting"), self.toelichting)
        form.addRow("", self.deelbaar)
        note = QLabel(
            translate(
                "stem.feedback_dialog",
                "Deze feedback gaat over onze werkwijze. Ze staat niet in het PIP of de folder.",
            )
        )
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.info)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        if self.existing is not None:
            e = self.existing
            self.load(
                {
                    "datum": format_date(e.datum),
                    "doel_begrepen": e.doel_begrepen,
                    "vrij_gesproken": e.vrij_gesproken,
                    "themas": list(e.themas),
                    "anders_doen": e.anders_doen,
                    "tips": e.tips,
                    "toelichting": e.toelichting,
                    "deelbaar": e.deelbaar,
                }
            )
        inburgeraar_id = service.dossier_van(gesprek_id)
        self.finish(
            StemConcepten(service.session, inburgeraar_id, "feedback", gesprek_id)
            if inburgeraar_id
            else None
        )

    def load(self, values: dict[str, Any]) -> None:
        self.datum.setText(str(values.get("datum", "")))
        self.doel.set_code(str(values.get("doel_begrepen", "")))
        self.vrij.set_code(str(values.get("vrij_gesproken", "")))
        chosen = set(values.get("themas") or [])
        for code, box in self.themas.items():
            box.setChecked(code in chosen)
        self.anders.setPlainText(str(values.get("anders_doen", "")))
        self.tips.setPlainText(str(values.get("tips", "")))
        self.toelichting.setPlainText(str(values.get("toelichting", "")))
        self.deelbaar.setChecked(bool(values.get("deelbaar")))

    def values(self) -> dict[str, Any]:
        return {
            "datum": self.datum.text(),
            "doel_begrepen": self.doel.code(),
            "vrij_gesproken": self.vrij.code(),
            "themas": [c for c, box in self.themas.items() if box.isChecked()],
            "anders_doen": self.anders.toPlainText(),
            "tips": self.tips.toPlainText(),
            "toelichting": self.toelichting.toPlainText(),
            "deelbaar": self.deelbaar.isChecked(),
        }

    def store(self, values: dict[str, Any]) -> None:
        versie = self.existing.versie if self.existing else None
        self.service.save(self.gesprek_id, values, versie)
