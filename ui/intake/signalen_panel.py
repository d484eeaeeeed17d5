"""The signalen side panel of the intake window: what a key person picks up about the
newcomer's situation, kept apart from the answers (drafts and corrections as in gesprek_panels)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
)

from app.intake.gesprekken import GesprekService, Signaal
from app.validation import format_date
from ui.intake.gesprek_panels import DraftPanel
from ui.intake.reden import RedenDialog


class SignalenPanel(DraftPanel):
    soort = "signaal"
    add_label = "Signaal vastleggen"

    def __init__(self, service: GesprekService, client_id: str) -> None:
        super().__init__(service, client_id)
        self.list.setAccessibleName("Signalen")
        self.datum = QLineEdit(format_date(service.today()))
        self.gemeld_door = QLineEdit()
        self.gemeld_door.setPlaceholderText("bijv. de sleutelpersoon")
        self.tekst = QPlainTextEdit()
        self.tekst.setTabChangesFocus(True)
        self.tekst.setFixedHeight(70)
        self.add_button = QPushButton(self.add_label)
        self.add_button.clicked.connect(self.add)
        for edit in (self.datum, self.gemeld_door):
            edit.textEdited.connect(self.typed)
        self.tekst.textChanged.connect(self.typed)
        form = QFormLayout()
        form.addRow("Datum", self.datum)
        form.addRow("Gemeld door", self.gemeld_door)
        form.addRow("Signaal", self.tekst)
        layout = QVBoxLayout(self)
        intro = QLabel("Signalen die een sleutelpersoon opvangt; apart van de antwoorden bewaard.")
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addLayout(form)
        self.buttons(layout)
        self.reload()
        self.restore_draft()

    def rows(self) -> list[Signaal]:
        return self.service.signalen(self.client_id)

    def describe(self, row: Any) -> str:
        door = f" ({row.gemeld_door})" if row.gemeld_door else ""
        return f"{format_date(row.datum)}{door}: {row.tekst}"

    def form(self) -> dict[str, Any]:
        values: dict[str, Any] = {
            "datum": self.datum.text(),
            "gemeld_door": self.gemeld_door.text(),
            "tekst": self.tekst.toPlainText(),
        }
        if self.editing is not None:
            values["gesprek_id"] = self.editing.gesprek_id
        return values

    def as_form(self, row: Any) -> dict[str, Any]:
        return {"datum": format_date(row.datum), "gemeld_door": row.gemeld_door, "tekst": row.tekst}

    def load(self, values: dict[str, Any]) -> None:
        self.datum.setText(str(values.get("datum") or format_date(self.service.today())))
        self.gemeld_door.setText(str(values.get("gemeld_door") or ""))
        self.tekst.setPlainText(str(values.get("tekst") or ""))
        self.timer.stop()

    def add(self) -> RedenDialog | None:
        return self.submit(
            self.service.add_signaal, self.service.validate_signaal, self.beheer.corrigeer_signaal
        )
