"""Table models for the key-person register and the workload view (no SQL here)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from app.sleutelpersonen.model import SOORTEN, STATUSSEN, Sleutelpersoon
from app.sleutelpersonen.service import PersoonFilter, SleutelpersoonService
from app.sleutelpersonen.werkdruk import Werkdruk

ID_ROLE = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex
OVERLOAD = QColor("#f8d7da")
QUIET = QColor("#fff3cd")


class SleutelpersoonTableModel(QAbstractTableModel):
    HEADERS = ("Naam", "Soort", "Talen", "Gemeente", "Vaste tijden", "Uren/mnd", "Status")

    def __init__(self, service: SleutelpersoonService) -> None:
        super().__init__()
        self.service = service
        self.filter = PersoonFilter()
        self.rows: list[Sleutelpersoon] = []
        self.gemeenten: dict[str, str] = {}

    def set_filter(self, flt: PersoonFilter) -> None:
        self.filter = flt
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self.gemeenten = self.service.gemeente_namen()
        self.rows = self.service.lijst(self.filter)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.HEADERS[section]
        return None

    def _text(self, p: Sleutelpersoon, column: int) -> str:
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

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        p = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(p, index.column())
        if role == ID_ROLE:
            return p.id
        if role == Qt.ItemDataRole.ForegroundRole and p.status != "actief":
            return QBrush(QColor("#6c757d"))
        return None

    def row_of(self, person_id: str) -> int:
        return next((n for n, p in enumerate(self.rows) if p.id == person_id), -1)


class WerkdrukModel(QAbstractTableModel):
    HEADERS = (
        "Naam",
        "Uren deze maand",
        "Capaciteit",
        "Bezetting",
        "Inzetten",
        "Laatst gevraagd",
        "Signaal",
    )

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[Werkdruk] = []

    def set_rows(self, rows: list[Werkdruk]) -> None:
        self.beginResetModel()
        self.rows = sorted(rows, key=lambda r: (-r.bezetting, r.naam.casefold()))
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.HEADERS[section]
        return None

    @staticmethod
    def signaal(r: Werkdruk) -> str:
        if r.overbelast:
            return "Overbelast"
        if r.bijna_vol:
            return "Bijna vol"
        if r.lang_niet_gevraagd:
            return "Nog nooit gevraagd" if r.laatste_inzet is None else "Lang niet gevraagd"
        return ""

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        r = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
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
            return values[index.column()]
        if role == Qt.ItemDataRole.BackgroundRole:
            if r.overbelast or r.bijna_vol:
                return QBrush(OVERLOAD)
            if r.lang_niet_gevraagd:
                return QBrush(QUIET)
        if role == ID_ROLE:
            return r.sleutelpersoon_id
        return None
