"""One base for the read-only list tables: the rows in a list, fixed column headers, one text per
cell. A subclass sets HEADERS, says what a cell shows (`display`) and, where it needs more than
text, what the other roles give (`role_data`: the row's id, a colour)."""

from __future__ import annotations

from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from ui.i18n import translate
from ui.let_go import let_go

Index = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole + 1  # the row's id (key), for selecting and opening

Row = TypeVar("Row")


class RowsTableModel(QAbstractTableModel, Generic[Row]):
    HEADERS: tuple[str, ...] = ()

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[Row] = []

    def set_rows(self, rows: list[Row]) -> None:
        self.beginResetModel()
        old, self.rows = self.rows, rows
        self.endResetModel()
        if old is not rows:
            let_go(old)  # 100,000 old rows freed here would hold the GUI thread (ui/let_go.py)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return translate("kolom", self.HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.display(row, index.column())  # what a screen reader says is what shows
        return self.role_data(row, role)

    def display(self, row: Row, column: int) -> str:
        raise NotImplementedError

    def role_data(self, row: Row, role: int) -> Any:
        """What a row gives for a role other than its text; nothing unless a subclass says."""
        return None
