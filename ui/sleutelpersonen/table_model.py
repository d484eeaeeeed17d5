"""Table models for the key-person register and the workload view (no SQL here)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor

from app.sleutelpersonen.model import SOORTEN, STATUSSEN, Sleutelpersoon
from app.sleutelpersonen.service import PersoonFilter, SleutelpersoonService
from app.sleutelpersonen.werkdruk import Werkdruk
from ui.i18n import QT_TRANSLATE_NOOP
from ui.list_model import ID_ROLE, RowsTableModel

OVERLOAD = QColor("#f8d7da")
QUIET = QColor("#fff3cd")


class SleutelpersoonTableModel(RowsTableModel[Sleutelpersoon]):
    HEADERS = (
        QT_TRANSLATE_NOOP("kolom", "Naam"),
        QT_TRANSLATE_NOOP("kolom", "Soort"),
        QT_TRANSLATE_NOOP("kolom", "Talen"),
        QT_TRANSLATE_NOOP("kolom", "Gemeente"),
        QT_TRANSLATE_NOOP("kolom", "Vaste tijden"),
        QT_TRANSLATE_NOOP("kolom", "Uren/mnd"),
        QT_TRANSLATE_NOOP("kolom", "Status"),
    )

    def __init__(self, service: SleutelpersoonService) -> None:
        super().__init__()
        self.service = service
        self.filter = PersoonFilter()
        self.gemeenten: dict[str, str] = {}

    def set_filter(self, flt: PersoonFilter) -> None:
        self.filter = flt
        self.reload()

    def reload(self) -> None:
        self.gemeenten = self.service.gemeente_namen()
        self.set_rows(self.service.lijst(self.filter))

    def display(self, p: Sleutelpersoon, column: int) -> str:
        from app.matching.score import taal_naam

        if column == 0:
            return p.naam
        if column == 1:
            return "Beide" if p.soort == "beide" else SOORTEN.get(p.soort, p.soort)
        if column == 2:
            return ", ".join(taal_naam(t.code) for t in p.talen)
        if column == 3:
            return self.gemeenten.get(p.gemeentecode, p.gemeentecode)
        if column == 4:
            return p.beschikbaarheid_tekst
        if column == 5:
            return str(p.capaciteit_uren)
        return STATUSSEN.get(p.status, p.status)

    def role_data(self, p: Sleutelpersoon, role: int) -> Any:
        if role == ID_ROLE:
            return p.id
        if role == Qt.ItemDataRole.ForegroundRole and p.status != "actief":
            return QBrush(QColor("#545b62"))
        return None

    def row_of(self, person_id: str) -> int:
        return next((n for n, p in enumerate(self.rows) if p.id == person_id), -1)


class WerkdrukModel(RowsTableModel[Werkdruk]):
    HEADERS = (
        QT_TRANSLATE_NOOP("kolom", "Naam"),
        QT_TRANSLATE_NOOP("kolom", "Uren deze maand"),
        QT_TRANSLATE_NOOP("kolom", "Capaciteit"),
        QT_TRANSLATE_NOOP("kolom", "Bezetting"),
        QT_TRANSLATE_NOOP("kolom", "Inzetten"),
        QT_TRANSLATE_NOOP("kolom", "Laatst gevraagd"),
        QT_TRANSLATE_NOOP("kolom", "Signaal"),
    )

    def set_rows(self, rows: list[Werkdruk]) -> None:
        super().set_rows(sorted(rows, key=lambda r: (-r.bezetting, r.naam.casefold())))

    @staticmethod
    def signaal(r: Werkdruk) -> str:
        if r.overbelast:
            return "Overbelast"
        if r.bijna_vol:
            return "Bijna vol"
        if r.lang_niet_gevraagd:
            return "Nog nooit gevraagd" if r.laatste_inzet is None else "Lang niet gevraagd"
        return ""

    def display(self, r: Werkdruk, column: int) -> str:
        from app.validation import format_date

        values = (
            r.naam,
            f"{r.uren:.1f}".replace(".", ","),
            str(r.capaciteit_uren),
            f"{r.bezetting:.0%}",
            str(r.inzetten),
            format_date(r.laatste_inzet) if r.laatste_inzet else "nooit",
            self.signaal(r),
        )
        return values[column]

    def role_data(self, r: Werkdruk, role: int) -> Any:
        if role == Qt.ItemDataRole.BackgroundRole:
            if r.overbelast or r.bijna_vol:
                return QBrush(OVERLOAD)
            if r.lang_niet_gevraagd:
                return QBrush(QUIET)
        if role == ID_ROLE:
            return r.sleutelpersoon_id
        return None
