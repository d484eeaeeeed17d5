"""The signalen side panel of the intake window: what a key person picks up about the
newcomer's situation, kept apart from the answers (drafts and corrections as in gesprek_panels).
Each signaal has a theme, urgency, owner and action, and is followed up (in behandeling,
afgerond with what was done); the list says when one is overdue."""

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
from app.stem.model import SIGNAAL_THEMAS, URGENTIES
from app.stem.signalen import SignaalOpvolging
from app.validation import ValidationError, format_date
from ui.i18n import translate
from ui.intake.gesprek_panels import DraftPanel
from ui.intake.reden import RedenDialog
from ui.stem.afronden_dialog import AfrondenDialog
from ui.widgets import ChoiceCombo


class SignalenPanel(DraftPanel):
    soort = "signaal"
    add_label = "Signaal vastleggen"

    def __init__(self, service: GesprekService, inburgeraar_id: str) -> None:
        super().__init__(service, inburgeraar_id)
        self.list.setAccessibleName(translate("intake.signalen_panel", "Signalen"))
        self.datum = QLineEdit(format_date(service.today()))
        self.gemeld_door = QLineEdit()
        self.gemeld_door.setPlaceholderText(
            translate("intake.signalen_panel", "bijv. de sleutelpersoon")
        )
        self.tekst = QPlainTextEdit()
        self.tekst.setTabChangesFocus(True)
        self.tekst.setFixedHeight(70)
        self.add_button = QPushButton(self.add_label)
        self.add_button.clicked.connect(self.add)
        for edit in (self.datum, self.gemeld_door):
            edit.textEdited.connect(self.typed)
        self.tekst.textChanged.connect(self.typed)
        self.thema = ChoiceCombo(
            list(SIGNAAL_THEMAS.items()),
            empty=translate("intake.signalen_panel", "— kies een thema —"),
        )
        self.urgentie = ChoiceCombo([(k, v[0]) for k, v in URGENTIES.items()])
        self.urgentie.set_code("normaal")
        self.eigenaar = QLineEdit()
        self.eigenaar.setPlaceholderText(
            translate("intake.signalen_panel", "leeg = klantmanager van het dossier")
        )
        self.actie = QLineEdit()
        self.actie.setPlaceholderText(translate("intake.signalen_panel", "wat gaan we doen?"))
        for combo in (self.thema, self.urgentie):
            combo.currentIndexChanged.connect(self.typed)
        for edit in (self.eigenaar, self.actie):
            edit.textEdited.connect(self.typed)
        self.opvolging = SignaalOpvolging(service.intake.session, service._today)
        self.start_button = QPushButton(translate("intake.signalen_panel", "In behandeling"))
        self.start_button.clicked.connect(self.start)
        self.close_button = QPushButton(translate("intake.signalen_panel", "Afronden…"))
        self.close_button.clicked.connect(self.close_signal)
        form = QFormLayout()
        form.addRow(translate("intake.signalen_panel", "Datum"), self.datum)
        form.addRow(translate("intake.signalen_panel", "Gemeld door"), self.gemeld_door)
        form.addRow(translate("intake.signalen_panel", "Signaal"), self.tekst)
        form.addRow(translate("intake.signalen_panel", "Thema"), self.thema)
        form.addRow(translate("intake.signalen_panel", "Urgentie"), self.urgentie)
        form.addRow(translate("intake.signalen_panel", "Eigenaar"), self.eigenaar)
        form.addRow(translate("intake.signalen_panel", "Actie"), self.actie)
        layout = QVBoxLayout(self)
        intro = QLabel(
            translate(
                "intake.signalen_panel",
                "Signalen die een sleutelpersoon opvangt; apart van de antwoorden bewaard.",
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addLayout(form)
        self.buttons(layout, self.start_button, self.close_button)
        self.reload()
        self.restore_draft()

    def rows(self) -> list[Signaal]:
        return self.service.signalen(self.inburgeraar_id)

    def describe(self, row: Any) -> str:
        door = f" ({row.gemeld_door})" if row.gemeld_door else ""
        late = ", te laat" if row.te_laat(self.service.today()) else ""
        head = (
            f"[{row.status_label}{late}] {row.thema_label}, urgentie {row.urgentie_label.lower()}"
        )
        if row.status == "afgerond":
            follow = f"Gedaan: {row.wat_gedaan}"
        else:
            follow = f"Opvolgen vóór {format_date(row.opvolgen_voor)} door {row.eigenaar or '—'}"
        action = f"\nActie: {row.actie}" if row.actie else ""
        return f"{head}\n{format_date(row.datum)}{door}: {row.tekst}{action}\n{follow}"

    def form(self) -> dict[str, Any]:
        values: dict[str, Any] = {
            "datum": self.datum.text(),
            "gemeld_door": self.gemeld_door.text(),
            "tekst": self.tekst.toPlainText(),
            "thema": self.thema.code(),
            "urgentie": self.urgentie.code(),
            "eigenaar": self.eigenaar.text(),
            "actie": self.actie.text(),
        }
        if self.editing is not None:
            values["gesprek_id"] = self.editing.gesprek_id
        return values

    def as_form(self, row: Any) -> dict[str, Any]:
        return {
            "datum": format_date(row.datum),
            "gemeld_door": row.gemeld_door,
            "tekst": row.tekst,
            "thema": row.thema,
            "urgentie": row.urgentie,
            "eigenaar": row.eigenaar,
            "actie": row.actie,
        }

    def load(self, values: dict[str, Any]) -> None:
        self.datum.setText(str(values.get("datum") or format_date(self.service.today())))
        self.gemeld_door.setText(str(values.get("gemeld_door") or ""))
        self.tekst.setPlainText(str(values.get("tekst") or ""))
        self.thema.set_code(str(values.get("thema") or ""))
        self.urgentie.set_code(str(values.get("urgentie") or "normaal"))
        self.eigenaar.setText(str(values.get("eigenaar") or ""))
        self.actie.setText(str(values.get("actie") or ""))

    def add(self) -> RedenDialog | None:
        return self.submit(
            self.service.add_signaal, self.service.validate_signaal, self.beheer.corrigeer_signaal
        )

    def start(self) -> None:
        row = self.chosen()
        if row is None:
            return
        try:
            self.opvolging.in_behandeling(row.id, row.versie)
        except ValidationError as exc:
            self.error.setText("\n".join(exc.errors.values()))
            return
        self.error.clear()
        self.reload()

    def close_signal(self) -> AfrondenDialog | None:
        row = self.chosen()
        if row is None:
            return None
        dialog = AfrondenDialog(self.opvolging, row, self)
        dialog.accepted.connect(self.reload)
        dialog.open()
        return dialog
