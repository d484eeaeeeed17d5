"""The Termijnen view: overdue deadlines and those due in the next 14 or 30 days, sortable;
double-click (or Enter) opens the person's dossier.

A refresh first recomputes the people changed since last time (`TermijnService.sync`); after an
upgrade or an import that is thousands of people and tens of seconds. So sync and reading run
in a worker on the worker's OWN connection to the store (an sqlite connection is never shared
between threads; WAL lets the two connections read and write side by side), and only the result
is applied on the GUI thread. The table holds one page of rows at a time, read and sorted in SQL
(`ui/pip/termijnen_model.py`): scrolling to the end reads the next page, a sort reads the first
page in the new order, the summary's counts come from SQL."""

from __future__ import annotations

from collections.abc import Collection
from datetime import date
from typing import NamedTuple

import shiboken6
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.deadlines.service import PAGE, OverzichtRij, TermijnService
from app.session import Session
from ui.i18n import QT_TRANSLATE_NOOP, translate
from ui.ops import Op, OpContext
from ui.pip.termijnen_model import HEADERS, ID_ROLE, ORDERS, Index, TermijnenModel
from ui.widgets import ChoiceCombo

__all__ = ["BUSY_TEXT", "HEADERS", "ID_ROLE", "ORDERS", "TermijnenModel", "TermijnenView"]

BUSY_TEXT = QT_TRANSLATE_NOOP("tekst", "Bezig met berekenen…")


class Lees(NamedTuple):
    """What a read asks for: the window, the order and how many rows from where."""

    today: date
    days: int
    order: str
    descending: bool
    offset: int
    limit: int


class Gelezen(NamedTuple):
    """The first rows of the overview in the asked order, and the counts of all of it."""

    rows: list[OverzichtRij]
    total: int
    late: int


def read_overview(service: TermijnService, ask: Lees) -> Gelezen:
    rows = service.overview_page(
        ask.today, ask.days, ask.order, ask.descending, ask.offset, ask.limit
    )
    late, total = service.overview_counts(ask.today, ask.days)
    return Gelezen(rows, total, late)


def compute_overview(
    service: TermijnService, ask: Lees, changed: Collection[str] | None = None
) -> Gelezen:
    """Sync, then read. *changed* None: everyone edited since (a full sync); the people just
    saved: only they are recomputed; empty: nothing to recompute (a new sort order)."""
    if changed is None:
        service.sync()
    elif changed:
        service.sync_people(sorted(changed))
    return read_overview(service, ask)


class TermijnenView(QWidget):
    open_inburgeraar = Signal(str)
    loaded = Signal(int)  # the rows after the refresh's sync (their count in the overview)
    shown = Signal(int)  # any rows put in the table, also those shown while the sync runs
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
        self.proxy = self.model  # sorted in SQL (see TermijnenModel)
        self._from_top = True  # the next read starts over at the first page (a new order)
        self._run = 0  # counts the refreshes started: an early read of an older one is dropped
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
        self.model.more = self._fetch
        self.model.resort = self._resort
        self.refresh()

    def _open(self, index: Index) -> None:
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

    def _resort(self) -> None:
        """The user sorted on another column: read the first page in that order (no sync)."""
        self._from_top = True
        self._start()

    def _ask(self, offset: int = 0, limit: int | None = None) -> Lees:
        order, descending = self.model.order()
        if limit is None:
            # A refresh keeps as many rows as were shown, so the table keeps its place.
            shown = 0 if self._from_top else len(self.model.rows)
            limit = max(PAGE, shown)
        return Lees(
            self.today or date.today(),
            int(self.window_days.code() or 30),
            order,
            descending,
            offset,
            limit,
        )

    def _start(self) -> None:
        if not self.background:
            people, self._changed = self._changed, set()
            self._show(compute_overview(self.service, self._ask(), people))
            return
        if self.busy:
            self.pending = True
            return
        self.busy, self.pending = True, False
        self.summary.setText(translate("tekst", BUSY_TEXT))
        ask = self._ask()
        people, self._changed = self._changed, set()
        self._run += 1
        if people is None:
            # A full sync first looks for stale people over the whole register (about 1 s at
            # 100,000 on a loaded machine): show what was computed before meanwhile.
            run = self._run

            def early(ctx: OpContext) -> Gelezen:
                return read_overview(ctx.session.termijnen, ask)

            Op(self, early, session=self.session).success(
                lambda result: self._early(result, run, ask)
            ).failure(lambda _exc: None).run()

        def work(ctx: OpContext) -> Gelezen:
            return compute_overview(ctx.session.termijnen, ask, people)

        Op(self, work, session=self.session).success(self._done).failure(self._failed).run()

    def _early(self, result: Gelezen, run: int, ask: Lees) -> None:
        """The rows as last computed, while the sync still runs (its result replaces them)."""
        if not shiboken6.isValid(self.summary) or not self.busy or run != self._run:
            return
        if (ask.order, ask.descending) != self.model.order() or self.pending:
            return
        self._show(result, final=False)

    def _fetch(self, offset: int) -> None:
        """The table scrolled to the end of the rows read so far: read the next page."""
        model = self.model
        ask = self._ask(offset, PAGE)
        generation = model.generation
        if not self.background:
            model.append(read_overview(self.service, ask).rows, offset, generation)
            return

        def work(ctx: OpContext) -> list[OverzichtRij]:
            service = ctx.session.termijnen
            return service.overview_page(
                ask.today, ask.days, ask.order, ask.descending, ask.offset, ask.limit
            )

        def done(rows: list[OverzichtRij]) -> None:
            if shiboken6.isValid(model):
                model.append(rows, offset, generation)

        def failed(_exc: BaseException) -> None:
            if shiboken6.isValid(model):
                model.fetch_failed()

        Op(self, work, session=self.session).success(done).failure(failed).run()

    def _done(self, result: Gelezen) -> None:
        if not shiboken6.isValid(self.summary):  # the window closed while we computed
            return
        self.busy = False
        if self.pending:  # another refresh or a new order was asked for meanwhile
            self._start()
            return
        self._show(result)

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

    def _show(self, result: Gelezen, final: bool = True) -> None:
        """Put the rows in the table; *final* False: the sync still runs (the summary says so,
        `loaded` waits for its result)."""
        self._from_top = False
        self.model.set_rows(result.rows, result.total, result.late)
        late = result.late
        text = (
            translate("pip.termijnen", "%n te laat", None, late)
            + ", "
            + translate("pip.termijnen", "%n binnenkort", None, result.total - late)
        )
        if not final:
            text += " · " + translate("tekst", BUSY_TEXT)
        self.summary.setText(text)
        self.shown.emit(result.total)
        if final:
            self.loaded.emit(result.total)
