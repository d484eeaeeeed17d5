"""'Inzet boeken': one deployment of a key person with hours, km, expenses and roles."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app import reference
from app.sleutelpersonen.inzet import SOORTEN_INZET
from app.sleutelpersonen.inzet_service import InzetService
from app.validation import ValidationError, format_date
from ui.form import add_field, message_label, ok_cancel, show_field_errors
from ui.i18n import translate
from ui.screen_fit import fit_window
from ui.sleutelpersonen.dialog import Checks
from ui.unsaved import AsksBeforeDiscard
from ui.widgets import ChoiceCombo, Field


class InzetDialog(AsksBeforeDiscard, QDialog):
    saved = Signal(str)

    def __init__(
        self,
        service: InzetService,
        sleutelpersoon_id: str | None = None,
        inburgeraar_id: str | None = None,
        parent: QWidget | None = None,
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.inburgeraar_id = inburgeraar_id
        self.today = today
        self.setWindowTitle(translate("sleutelpersonen.inzet_dialog", "Inzet boeken"))
        self.fields: dict[str, Field] = {}
        form = QFormLayout()
        personen = [(p.id or "", p.naam) for p in service.personen.lijst() if p.status != "gestopt"]
        self.persoon = self._add(
            form,
            "sleutelpersoon_id",
            translate("sleutelpersonen.inzet_dialog", "Sleutelpersoon"),
            ChoiceCombo(personen, empty=translate("sleutelpersonen.inzet_dialog", "kies…")),
        )
        self.persoon.set_code(sleutelpersoon_id)
        self.datum = self._add(
            form,
            "datum",
            translate("sleutelpersonen.inzet_dialog", "Datum"),
            QLineEdit(format_date(today or date.today())),
        )
        self.soort = self._add(
            form,
            "soort",
            translate("sleutelpersonen.inzet_dialog", "Soort inzet"),
            ChoiceCombo(
                list(SOORTEN_INZET.items()),
                empty=translate("sleutelpersonen.inzet_dialog", "kies…"),
            ),
        )
        self.activiteit = self._add(
            form, "activiteit", translate("sleutelpersonen.inzet_dialog", "Activiteit"), QLineEdit()
        )
        self.activiteit.setPlaceholderText(
            translate("sleutelpersonen.inzet_dialog", "bijv. voorlichting op school")
            if not inburgeraar_id
            else translate("sleutelpersonen.inzet_dialog", "(bij de gekozen inburgeraar)")
        )
        self.rollen = self._add(
            form,
            "rollen",
            translate("sleutelpersonen.inzet_dialog", "Rollen"),
            Checks(reference.SLEUTELPERSOON_ROLLEN, 3),
        )
        self.uren = self._add(
            form, "uren", translate("sleutelpersonen.inzet_dialog", "Uren"), QLineEdit()
        )
        self.uren.setPlaceholderText(translate("sleutelpersonen.inzet_dialog", "bijv. 1,5 of 1:30"))
        self.km = self._add(
            form, "km", translate("sleutelpersonen.inzet_dialog", "Kilometers"), QLineEdit()
        )
        self.onkosten = self._add(
            form, "onkosten", translate("sleutelpersonen.inzet_dialog", "Onkosten (€)"), QLineEdit()
        )
        self.onkosten.setPlaceholderText(translate("sleutelpersonen.inzet_dialog", "bijv. 3,50"))
        self.omschrijving = self._add(
            form,
            "onkosten_omschrijving",
            translate("sleutelpersonen.inzet_dialog", "Waarvoor"),
            QLineEdit(),
        )
        self.omschrijving.setPlaceholderText(
            translate("sleutelpersonen.inzet_dialog", "bijv. parkeren")
        )
        self.message = message_label()
        buttons = ok_cancel(
            translate("sleutelpersonen.inzet_dialog", "Opslaan"), self.submit, self.reject
        )
        self.buttons = buttons
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        fit_window(self, 560, 520)

    def _add(self, form: QFormLayout, name: str, label: str, editor: Any) -> Any:
        return add_field(self.fields, form, name, label, editor)

    def values(self) -> dict[str, Any]:
        return {
            "sleutelpersoon_id": self.persoon.code(),
            "inburgeraar_id": self.inburgeraar_id,
            "datum": self.datum.text(),
            "soort": self.soort.code(),
            "activiteit": self.activiteit.text(),
            "rollen": self.rollen.codes(),
            "uren": self.uren.text(),
            "km": self.km.text(),
            "onkosten": self.onkosten.text(),
            "onkosten_omschrijving": self.omschrijving.text(),
        }

    def submit(self) -> None:
        for field in self.fields.values():
            field.set_error(None)
        try:
            inzet_id = self.service.add(self.values(), self.today)
        except ValidationError as exc:
            show_field_errors(self.fields, exc.errors)
            self.message.setText(
                translate(
                    "sleutelpersonen.inzet_dialog", "Niet opgeslagen: controleer de rode velden."
                )
            )
            return
        self.saved.emit(inzet_id)
        self.accept()
