"""A key person's engagements in one month, to check them and remove a wrong booking."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.sleutelpersonen.inzet import SOORTEN_INZET
from app.sleutelpersonen.inzet_service import InzetService
from app.sleutelpersonen.werkdruk import euro
from app.validation import ValidationError, format_date
from ui.i18n import QT_TRANSLATE_NOOP, translate
from ui.list_model import RowsTableModel
from ui.screen_fit import fit_window
from ui.sleutelpersonen.pages import _table
from ui.widgets import ERROR_STYLE


class InzetModel(RowsTableModel[dict[str, Any]]):
    HEADERS = (
        QT_TRANSLATE_NOOP("kolom", "Datum"),
        QT_TRANSLATE_NOOP("kolom", "Soort"),
        QT_TRANSLATE_NOOP("kolom", "Activiteit"),
        QT_TRANSLATE_NOOP("kolom", "Uren"),
        QT_TRANSLATE_NOOP("kolom", "Km"),
        QT_TRANSLATE_NOOP("kolom", "Onkosten"),
    )

    def display(self, r: dict[str, Any], column: int) -> str:
        activiteit = r["activiteit"] or ("gesprek met inburgeraar" if r["inburgeraar_id"] else "")
        h, m = divmod(int(r["minuten"]), 60)
        values = (
            format_date(r["datum"]),
            SOORTEN_INZET.get(r["soort"], r["soort"]),
            activiteit,
            f"{h}:{m:02d}",
            str(r["km"]),
            euro(int(r["onkosten_cent"])) if r["onkosten_cent"] else "",
        )
        return values[column]


class InzetLijstDialog(QDialog):
    def __init__(
        self,
        service: InzetService,
        sleutelpersoon_id: str,
        maand: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.sleutelpersoon_id = sleutelpersoon_id
        self.maand = maand
        person = service.personen.get(sleutelpersoon_id)
        self.setWindowTitle(
            translate("sleutelpersonen.inzet_lijst", "Inzet {maand} – {waarde}").format(
                maand=maand, waarde=person.naam if person else ""
            )
        )
        self.model = InzetModel()
        self.table = _table(self.model)
        self.message = QLabel()
        self.message.setStyleSheet(ERROR_STYLE)
        self.delete_button = QPushButton(translate("sleutelpersonen.inzet_lijst", "Verwijderen"))
        self.delete_button.clicked.connect(self.delete)
        close = QPushButton(translate("sleutelpersonen.inzet_lijst", "Sluiten"))
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addWidget(self.delete_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        fit_window(self, 760, 420)
        self.reload()

    def reload(self) -> None:
        self.model.set_rows(self.service.in_maand(self.maand, self.sleutelpersoon_id))

    def delete(self) -> None:
        index = self.table.currentIndex()
        if not index.isValid():
            self.message.setText(translate("sleutelpersonen.inzet_lijst", "Kies eerst een inzet."))
            return
        try:
            self.service.verwijder(str(self.model.rows[index.row()]["id"]))
        except ValidationError as exc:
            self.message.setText(" ".join(exc.errors.values()))
            return
        self.message.clear()
        self.reload()
