"""The register list: a lazily fetched table model; search, filter and sort run in SQL."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Qt

from app.inburgeraars import velden
from app.inburgeraars.service import InburgeraarService, ListFilter, ListRow
from app.inburgeraars.veld import Bron
from app.inburgeraars.weergave import lijst_tekst
from app.security.roles import Permission, may
from ui.i18n import QT_TRANSLATE_NOOP, app_text
from ui.list_model import ID_ROLE as ID_ROLE
from ui.list_model import Index, RowsTableModel

PAGE = 200

NAAM = QT_TRANSLATE_NOOP("kolom", "Naam")  # the first column; the catalogue's list columns follow
NAAM_BREEDTE = 180


class InburgeraarTableModel(RowsTableModel[ListRow]):
    """Naam, then the catalogue's list columns (velden.lijst_kolommen), read when the model is
    made."""

    def __init__(self, service: InburgeraarService) -> None:
        super().__init__()
        self.service = service
        self.columns = velden.lijst_kolommen()
        self.HEADERS = (NAAM, *(v.kolom.kop for v in self.columns if v.kolom))
        self.filter = ListFilter()
        self.exhausted = False
        self._bron = Bron(gemeenten=service.gemeente_list())
        self.conflicted: set[str] = set()  # open sync conflicts: "Conflict" beside the name

    def set_conflicted(self, ids: set[str]) -> None:
        changed = self.conflicted ^ set(ids)
        self.conflicted = set(ids)
        for i, row in enumerate(self.rows):
            if row.id in changed:
                self.dataChanged.emit(self.index(i, 0), self.index(i, 0))

    # --- loading --------------------------------------------------------------------------
    def set_filter(self, flt: ListFilter) -> None:
        self.filter = flt
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self._bron = Bron(gemeenten=self.service.gemeente_list())
        allowed = may(self.service.session, Permission.REGISTER_LEZEN)  # not for a beheerder only
        self.rows = self.service.page(self.filter, 0, PAGE) if allowed else []
        self.exhausted = len(self.rows) < PAGE
        self.endResetModel()

    def show_rows(self, flt: ListFilter, rows: list[ListRow]) -> None:
        """The first page of *flt*, read elsewhere (the keystroke search's worker)."""
        self.beginResetModel()
        self.filter = flt
        self.rows = rows
        self.exhausted = len(rows) < PAGE
        self.endResetModel()

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self.exhausted

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self.exhausted:
            return
        more = self.service.page(self.filter, len(self.rows), PAGE)
        self.exhausted = len(more) < PAGE
        if more:
            self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(more) - 1)
            self.rows.extend(more)
            self.endInsertRows()

    def row_of(self, inburgeraar_id: str) -> int:
        for i, row in enumerate(self.rows):
            if row.id == inburgeraar_id:
                return i
        return -1

    # --- Qt model API (rows, columns and headers come from RowsTableModel) ------------------
    def role_data(self, row: ListRow, role: int) -> Any:
        return row.id if role == ID_ROLE else None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if section == 0 or orientation != Qt.Orientation.Horizontal:
            return super().headerData(section, orientation, role)
        if role == Qt.ItemDataRole.DisplayRole:
            return app_text(self.HEADERS[section])  # a catalogue label (context "app")
        return None

    def column_widths(self) -> tuple[int, ...]:
        """The width of each column but the last at the start (the last one stretches)."""
        return (NAAM_BREEDTE, *(v.kolom.breedte for v in self.columns if v.kolom))[:-1]

    def _key(self, column: int) -> str:
        if column == 0:
            return "naam"
        kolom = self.columns[column - 1].kolom
        return kolom.sorteer if kolom else ""

    def display(self, row: ListRow, column: int) -> str:
        if column == 0:
            if row.id in self.conflicted:
                return f"{row.naam}  ⚠ " + self.tr("Conflict")
            return row.naam
        veld = self.columns[column - 1]
        text = lijst_tekst(veld, row.waarden.get(veld.key, ""), self._bron)
        return app_text(text) if veld.soort == "keuze" and text else text

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = self._key(column)
        if not key:
            return
        descending = order == Qt.SortOrder.DescendingOrder
        if key != self.filter.sort or descending != self.filter.descending:
            self.set_filter(
                ListFilter(
                    text=self.filter.text,
                    gemeentecode=self.filter.gemeentecode,
                    status=self.filter.status,
                    sort=key,
                    descending=descending,
                )
            )
