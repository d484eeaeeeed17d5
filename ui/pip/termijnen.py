"""The Termijnen view: overdue deadlines and those due in the next 14 or 30 days, sortable;
double-click (or Enter) opens the person's dossier."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.deadlines.engine import SOORTEN
from app.deadlines.service import OverzichtRij, TermijnService, dagen_tekst
from app.validation import format_date
from db.connection import Store
from ui.tasks import run_in_background
from ui.widgets import ChoiceCombo

ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
HEADERS = ("Datum", "Wanneer", "Termijn", "Inburgeraar", "Gemeente", "Klantmanager", "Toelichting")
Index = QModelIndex | QPersistentModelIndex
BACKGROUND_FROM = 20_000
OVERDUE = QColor("#b71c1c")
SOON = QColor("#8a5a00")


class TermijnenModel(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self.rows: list[OverzichtRij] = []
        self.gemeenten: dict[str, str] = {}

    def set_rows(self, rows: list[OverzichtRij]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return HEADERS[section]
        return None

    def _cell(self, r: OverzichtRij, col: int) -> tuple[str, Any]:
        if col == 0:
            return format_date(r.datum), r.datum.isoformat()
        if col == 1:
            return dagen_tekst(r.dagen), r.dagen
        if col == 2:
            return SOORTEN.get(r.soort, r.soort), SOORTEN.get(r.soort, r.soort)
        if col == 3:
            return r.naam, r.naam.casefold()
        if col == 4:
            name = self.gemeenten.get(r.gemeentecode, r.gemeentecode)
            return name, name
        if col == 5:
            return r.klantmanager, r.klantmanager.casefold()
        return r.reden, r.reden

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        r = self.rows[index.row()]
        if role == ID_ROLE:
            return r.client_id
        if role == Qt.ItemDataRole.DisplayRole:
            return self._cell(r, index.column())[0]
        if role == SORT_ROLE:
            return self._cell(r, index.column())[1]
        if role == Qt.ItemDataRole.ForegroundRole and index.column() in (0, 1):
            return OVERDUE if r.dagen < 0 else SOON if r.dagen <= 14 else None
        if role == Qt.ItemDataRole.ToolTipRole:
            return r.reden
        return None


class TermijnenView(QWidget):
    open_client = Signal(str)
    loaded = Signal(int)

    def __init__(self, store: Store, today: date | None = None, background: bool = True) -> None:
        super().__init__()
        self.service = TermijnService(store)
        self.today = today
        self.background = background
        self.model = TermijnenModel()
        self.model.gemeenten = {
            str(c): str(n) for c, n in store.conn.execute("SELECT code, naam FROM gemeente")
        }
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.window_days = ChoiceCombo(
            [("14", "Te laat en komende 14 dagen"), ("30", "Te laat en komende 30 dagen")]
        )
        self.window_days.setObjectName("termijn_venster")
        self.window_days.set_code("30")
        self.window_days.currentIndexChanged.connect(self.refresh)
        self.summary = QLabel()
        self.summary.setObjectName("termijn_samenvatting")
        top = QHBoxLayout()
        top.addWidget(self.window_days)
        top.addWidget(self.summary, 1)
        table = QTableView()
        table.setObjectName("termijnen")
        table.setModel(self.proxy)
        table.setSortingEnabled(True)
        table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.verticalHeader().hide()
        table.horizontalHeader().setStretchLastSection(True)
        for col, width in enumerate((95, 120, 210, 210, 130, 130)):
            table.setColumnWidth(col, width)
        table.doubleClicked.connect(self._open)
        QShortcut(QKeySequence(Qt.Key.Key_Return), table, lambda: self._open(table.currentIndex()))
        self.table = table
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(table, 1)
        self.refresh()

    def _open(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_client.emit(str(index.data(ID_ROLE)))

    def refresh(self) -> None:
        days = int(self.window_days.code() or 30)
        today = self.today or date.today()
        self.service.sync()  # few people changed since last time: quick, and it writes
        # A municipality's few thousand rows read in well under 50 ms; only a regional store
        # of tens of thousands of people is read off the GUI thread.
        if not self.background or self.service.open_count() < BACKGROUND_FROM:
            self._show(self.service.overview(today, days))
            return
        run_in_background(
            lambda: self.service.overview(today, days),
            self._show,
            lambda exc: self.summary.setText("De termijnen konden niet worden geladen."),
        )

    def _show(self, rows: list[OverzichtRij]) -> None:
        self.model.set_rows(rows)
        late = sum(1 for r in rows if r.dagen < 0)
        self.summary.setText(f"{late} te laat, {len(rows) - late} binnenkort")
        self.loaded.emit(len(rows))
