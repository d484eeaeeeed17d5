"""The Termijnen view: overdue deadlines and those due in the next 14 or 30 days, sortable;
double-click (or Enter) opens the person's dossier.

A refresh first recomputes the people changed since last time (`TermijnService.sync`); after an
upgrade or an import that is thousands of people and tens of seconds. So sync and overview run
in a worker on the worker's OWN connection to the store (an sqlite connection is never shared
between threads; WAL lets the two connections read and write side by side), and only the result
is applied on the GUI thread."""

from __future__ import annotations

from collections.abc import Collection
from datetime import date
from typing import Any

import shiboken6
from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
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

from app.deadlines.engine import SOORTEN, wacht_tekst
from app.deadlines.service import OverzichtRij, dagen_tekst
from app.session import Session
from app.validation import format_date
from ui.i18n import QT_TRANSLATE_NOOP, translate
from ui.ops import Op, OpContext
from ui.widgets import ChoiceCombo

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
Index = QModelIndex | QPersistentModelIndex
BUSY_TEXT = QT_TRANSLATE_NOOP("tekst", "Bezig met berekenen…")
OVERDUE = QColor("#b71c1c")
SOON = QColor("#7a4f00")


def compute_overview(
    own: Session, today: date, days: int, changed: Collection[str] | None = None
) -> list[OverzichtRij]:
    """Worker-side: sync and read on the op's own session (its own connection). With
    *changed* (the people just saved) only they are recomputed."""
    service = own.termijnen
    if changed is None:
        service.sync()
    else:
        service.sync_people(sorted(changed))
    return service.overview(today, days)


class TermijnenModel(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self.rows: list[OverzichtRij] = []
        self.gemeenten: dict[str, str] = {}

        self.sort_column = 0
        self.sort_order = Qt.SortOrder.AscendingOrder

    def set_rows(self, rows: list[OverzichtRij], presorted: bool = False) -> None:
        """*presorted*: the worker already put them in the current order (applying tens of
        thousands of rows then costs the GUI thread next to nothing)."""
        self.beginResetModel()
        self.rows = rows if presorted else self.sorted(rows, self.sort_column, self.sort_order)
        self.endResetModel()

    def sort_key(self, col: int) -> Any:
        if col == 4:
            names = self.gemeenten
            return lambda r: names.get(r.gemeentecode, r.gemeentecode).casefold()
        keys: dict[int, Any] = {
            0: lambda r: (r.datum, r.naam.casefold()),
            1: lambda r: r.dagen,
            2: lambda r: SOORTEN.get(r.soort, r.soort),
            3: lambda r: r.naam.casefold(),
            5: lambda r: r.klantmanager.casefold(),
        }
        return keys.get(col, lambda r: r.reden)

    def sorted(self, rows: list[OverzichtRij], col: int, order: Qt.SortOrder) -> list[OverzichtRij]:
        """A plain Python sort on one precomputed key: a proxy model's per-comparison data()
        calls made applying 5,000 rows cost 160 ms of GUI time."""
        descending = order == Qt.SortOrder.DescendingOrder
        return sorted(rows, key=self.sort_key(col), reverse=descending)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.sort_column, self.sort_order = column, order
        self.layoutAboutToBeChanged.emit()
        self.rows = self.sorted(self.rows, column, order)
        self.layoutChanged.emit()

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
        if not index.isValid():
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


class TermijnenView(QWidget):
    open_inburgeraar = Signal(str)
    loaded = Signal(int)
    failed = Signal()

    def __init__(
        self, session: Session, today: date | None = None, background: bool = True
    ) -> None:
        super().__init__()
        self.session = session
        self.service = session.termijnen
        self.today = today
        self.background = background
        self.busy = False
        self.pending = False
        self._changed: set[str] | None = None  # None: a full sync is due (the first refresh)
        self.model = TermijnenModel()
        self.model.gemeenten = dict(session.inburgeraars.gemeente_list())
        self.proxy = self.model  # sorted by the model itself (see TermijnenModel.sorted)
        self.window_days = ChoiceCombo(
            [("14", "Te laat en komende 14 dagen"), ("30", "Te laat en komende 30 dagen")]
        )
        self.window_days.setObjectName("termijn_venster")
        self.window_days.set_code("30")
        self.window_days.currentIndexChanged.connect(lambda _i: self.refresh())
        self.summary = QLabel()
        self.summary.setObjectName("termijn_samenvatting")
        top = QHBoxLayout()
        top.addWidget(self.window_days)
        top.addWidget(self.summary, 1)
        table = QTableView()
        table.setAccessibleName(translate("pip.termijnen", "Termijnen"))
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
            self.open_inburgeraar.emit(str(index.data(ID_ROLE)))

    def refresh(self, changed: str | None = None) -> None:
        """Recompute and reload: everyone edited since last time, or with *changed* (a person
        just saved) only them. In the background a second refresh asked for while one runs
        is remembered and started when the first is done (with the then current window)."""
        if changed is None:
            self._changed = None  # a full sync covers whatever was waiting
        elif self._changed is not None:
            self._changed.add(changed)
        self._start()

    def _start(self) -> None:
        days = int(self.window_days.code() or 30)
        today = self.today or date.today()
        if not self.background:
            if self._changed is None:
                self.service.sync()
            else:
                self.service.sync_people(sorted(self._changed))
            self._changed = set()
            self._show(self.service.overview(today, days))
            return
        if self.busy:
            self.pending = True
            return
        self.busy, self.pending = True, False
        self.summary.setText(translate("tekst", BUSY_TEXT))
        model = self.model
        col, order = model.sort_column, model.sort_order
        people, self._changed = self._changed, set()

        def work(ctx: OpContext) -> list[OverzichtRij]:
            return model.sorted(compute_overview(ctx.session, today, days, people), col, order)

        (
            Op(self, work, session=self.session)
            .success(lambda rows: self._done(rows, col, order))
            .failure(self._failed)
            .run()
        )

    def _done(self, rows: list[OverzichtRij], col: int, order: Qt.SortOrder) -> None:
        if not shiboken6.isValid(self.summary):  # the window closed while we computed
            return
        self.busy = False
        if self.pending:
            self._start()
            return
        same = (col, order) == (self.model.sort_column, self.model.sort_order)
        self._show(rows, presorted=same)

    def _failed(self, exc: BaseException) -> None:
        if not shiboken6.isValid(self.summary):
            return
        self.busy = False
        self.summary.setText(
            translate(
                "pip.termijnen", "De termijnen konden niet worden berekend. Probeer het opnieuw."
            )
        )
        self.failed.emit()
        if self.pending:
            self._start()

    def _show(self, rows: list[OverzichtRij], presorted: bool = False) -> None:
        self.model.set_rows(rows, presorted)
        late = sum(1 for r in rows if r.dagen < 0)
        self.summary.setText(
            translate("pip.termijnen", "%n te laat", None, late)
            + ", "
            + translate("pip.termijnen", "%n binnenkort", None, len(rows) - late)
        )
        self.loaded.emit(len(rows))
