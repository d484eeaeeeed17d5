"""The key person's feedback on one intake gesprek: was the purpose understood, did the newcomer
speak freely, what should be different (themes and text), tips, free text; also later and
corrected. Free text is shared in the quarterly report only when "deelbaar" is ticked."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.stem.feedback import FeedbackService
from app.stem.model import FEEDBACK_ANTWOORDEN, FEEDBACK_THEMAS
from app.validation import ValidationError, format_date
from ui.i18n import translate
from ui.unsaved import AsksBeforeDiscard
from ui.widgets import ChoiceCombo


def _text_box(name: str) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setAccessibleName(name)
    box.setTabChangesFocus(True)
    box.setFixedHeight(54)
    return box


class FeedbackDialog(AsksBeforeDiscard, QDialog):
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
        self.anders = _text_box("Wat moeten we anders doen?")
        self.tips = _text_box("Tips")
        self.toelichting = _text_box("Toelichting")
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
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020")
        self.error.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(
            translate("stem.feedback_dialog", "Bewaren")
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        if self.existing is not None:
            e = self.existing
            self.datum.setText(format_date(e.datum))
            self.doel.set_code(e.doel_begrepen)
            self.vrij.set_code(e.vrij_gesproken)
            for code in e.themas:
                self.themas[code].setChecked(True)
            self.anders.setPlainText(e.anders_doen)
            self.tips.setPlainText(e.tips)
            self.toelichting.setPlainText(e.toelichting)
            self.deelbaar.setChecked(e.deelbaar)

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

    def accept(self) -> None:
        versie = self.existing.versie if self.existing else None
        try:
            self.service.save(self.gesprek_id, self.values(), versie)
        except ValidationError as exc:
            self.error.setText("\n".join(exc.errors.values()))
            return
        super().accept()
