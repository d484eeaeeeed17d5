"""The Termijnen table's model: a window on the overview, read a page at a time.

The model holds only the rows the table has needed so far (a page of `PAGE` rows, and another
each time the user scrolls to the end: Qt's canFetchMore/fetchMore), plus the counts of the
whole overview. Sorting and filtering happen in SQL (`TermijnService.overview_page`); the model
asks its view to read (off the GUI thread) through two callbacks, `more` and `resort`."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from app.deadlines.engine import SOORTEN, wacht_tekst
from app.deadlines.service import OverzichtRij, dagen_tekst
from app.validation import format_date
from ui.i18n import QT_TRANSLATE_NOOP, translate

ID_ROLE = Qt.ItemDataRole.UserRole + 1
HEADERS = (
    QT_TRANSLATE_NOOP("kolom", "Datum"),
    QT_TRANSLATE_NOOP("kolom", "Wanneer"),
    QT_TRANSLATE_NOOP("kolom", "Termijn"),
    QT_TRANSLATE_NOOP("kolom", "Inburgeraar"),
    QT_TRANSLATE_NOOP("kolom", "Gemeente"),
    QT_TRANSLATE_NOOP("kolom", "Klantmanager"),
    QT_TRANSLATE_NOOP("kolom", "Toelichting"),
)
# The SQL order per column (db.pip.TERMIJN_ORDER); 'Wanneer' counts days to the date.
ORDERS = ("datum", "datum", "soort", "naam", "gemeente", "klantmanager", "reden")
Index = QModelIndex | QPersistentModelIndex
OVERDUE = QColor("#b71c1c")
SOON = QColor("#7a4f00")


class TermijnenModel(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self.rows: list[OverzichtRij] = []  # the rows read so far, in the current order
        self.total = 0  # rows in the whole overview (from SQL)
        self.late = 0
        self.gemeenten: dict[str, str] = {}
        self.sort_column = 0
        self.sort_order = Qt.SortOrder.AscendingOrder
        # Bumped whenever the rows are replaced: a page read for an older set is dropped.
        self.generation = 0
        self.fetching = False
        self.more: Callable[[int], None] | None = None  # read the page from this offset
        self.resort: Callable[[], None] | None = None  # read the first page in the new order

    # --- what the view reads ------------------------------------------------------------------
    def order(self) -> tuple[str, bool]:
        """The SQL order and direction of the current sort column."""
        return ORDERS[self.sort_column], self.sort_order == Qt.SortOrder.DescendingOrder

    def set_rows(
        self, rows: list[OverzichtRij], total: int | None = None, late: int | None = None
    ) -> None:
        """The first rows of the overview (in the current order) and the counts of all of it;
        without counts *rows* is the whole overview."""
        self.beginResetModel()
        self.rows = rows
        self.total = len(rows) if total is None else total
        self.late = sum(1 for r in rows if r.dagen < 0) if late is None else late
        self.generation += 1
        self.fetching = False
        self.endResetModel()

    def append(self, rows: list[OverzichtRij], offset: int, generation: int) -> None:
        """A further page, read for *generation* from *offset*; dropped when the rows changed
        since it was asked for."""
        if generation != self.generation or offset != len(self.rows):
            return
        self.fetching = False
        if not rows:
            self.total = len(self.rows)  # the overview shrank meanwhile
            return
        first = len(self.rows)
        self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
        self.rows.extend(rows)
        self.endInsertRows()

    def fetch_failed(self) -> None:
        self.fetching = False

    # --- Qt ------------------------------------------------------------------------------------
    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        if parent.isValid() or self.fetching or self.more is None:
            return False
        return len(self.rows) < self.total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent) or self.more is None:
            return
        self.fetching = True
        self.more(len(self.rows))

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if (column, order) == (self.sort_column, self.sort_order):
            return
        self.sort_column, self.sort_order = column, order
        if self.resort is not None:
            self.resort()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return translate("kolom", HEADERS[section])
        return None

    def _cell(self, r: OverzichtRij, col: int) -> str:
        if col == 0:
            return format_date(r.datum)
        if col == 1:
            return dagen_tekst(r.dagen)
        if col == 2:
            return SOORTEN.get(r.soort, r.soort)
        if col == 3:
            return r.naam
        if col == 4:
            return self.gemeenten.get(r.gemeentecode, r.gemeentecode)
        if col == 5:
            return r.klantmanager
        # A waiting extension first: the ordinary date stays, the reason says why it may move.
        return wacht_tekst(r.reden) or r.reden

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        r = self.rows[index.row()]
        if role == ID_ROLE:
            return r.inburgeraar_id
        if role == Qt.ItemDataRole.DisplayRole:
            return self._cell(r, index.column())
        if role == Qt.ItemDataRole.AccessibleTextRole:  # the colour in words
            text = self._cell(r, index.column())
            return f"{text}, te laat" if index.column() == 0 and r.dagen < 0 else text
        if role == Qt.ItemDataRole.ForegroundRole and index.column() in (0, 1):
            return OVERDUE if r.dagen < 0 else SOON if r.dagen <= 14 else None
        if role == Qt.ItemDataRole.ToolTipRole:
            return r.reden
        return None
