"""The register list: a lazily fetched table model; search, filter and sort run in SQL."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Qt

from app import reference
from app.inburgeraars.service import InburgeraarService, ListFilter, ListRow
from app.security.roles import Permission, may
from app.validation import format_date
from ui.i18n import QT_TRANSLATE_NOOP, app_text
from ui.list_model import ID_ROLE as ID_ROLE
from ui.list_model import Index, RowsTableModel

PAGE = 200

# (header, sort key, how to show a row)
COLUMNS: tuple[tuple[str, str], ...] = (
    (QT_TRANSLATE_NOOP("kolom", "Naam"), "naam"),
    (QT_TRANSLATE_NOOP("kolom", "Geboortedatum"), "geboortedatum"),
    (QT_TRANSLATE_NOOP("kolom", "BSN"), "bsn"),
    (QT_TRANSLATE_NOOP("kolom", "V-nummer"), "v_nummer"),
    (QT_TRANSLATE_NOOP("kolom", "Gemeente"), "gemeente"),
    (QT_TRANSLATE_NOOP("kolom", "Status"), "status"),
    (QT_TRANSLATE_NOOP("kolom", "Melding DUO"), "melding"),
)


class InburgeraarTableModel(RowsTableModel[ListRow]):
    HEADERS = tuple(header for header, _key in COLUMNS)

    def __init__(self, service: InburgeraarService) -> None:
        super().__init__()
        self.service = service
        self.filter = ListFilter()
        self.exhausted = False
        self._gemeenten = dict(service.gemeente_list())
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
        self._gemeenten = dict(self.service.gemeente_list())
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

    def display(self, row: ListRow, column: int) -> str:
        key = COLUMNS[column][1]
        if key == "naam":
            if row.id in self.conflicted:
                return f"{row.naam}  ⚠ " + self.tr("Conflict")
            return row.naam
        if key == "geboortedatum":
            return format_date(row.geboortedatum)
        if key == "bsn":
            return row.bsn
        if key == "v_nummer":
            return row.v_nummer
        if key == "gemeente":
            return self._gemeenten.get(row.gemeentecode, row.gemeentecode)
        if key == "status":
            return app_text(reference.STATUSSEN.get(row.status, row.status))
        return format_date(row.datum_melding_duo)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = COLUMNS[column][1]
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
