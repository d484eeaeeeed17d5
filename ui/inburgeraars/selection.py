"""One source of truth for "the current inburgeraar": the selected row of the register list.

The detail pane and every action (Bewerken, Intake, PIP, print, inzage …) follow the selection.
Nothing else may point at a person: when a search hides the selected row the selection is gone
and the pane says so; a person who was just saved becomes the selection, with the filter cleared
when it would hide them.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractItemModel, QItemSelectionModel
from PySide6.QtWidgets import QLineEdit, QTableView

from ui.inburgeraars.detail_pane import DetailPane
from ui.inburgeraars.table_model import ID_ROLE, InburgeraarTableModel
from ui.widgets import ChoiceCombo

MAX_PAGES = 25  # how far the lazy list is fetched to reach a saved person (25 × 200 rows)


class Selection:
    """The register's selection, kept in step with the detail pane."""

    def __init__(
        self,
        table: QTableView,
        model: InburgeraarTableModel,
        detail: DetailPane,
        filters: tuple[QLineEdit, ChoiceCombo, ChoiceCombo],
    ) -> None:
        self.table, self.model, self.detail = table, model, detail
        self.search, self.gemeente, self.status = filters
        chosen = table.selectionModel()
        # selectRow sets the current row before it selects it: follow both signals.
        chosen.currentRowChanged.connect(lambda *_a: self.sync_detail())
        chosen.selectionChanged.connect(lambda *_a: self.sync_detail())

    def current_id(self) -> str | None:
        index = self.table.currentIndex()
        if not index.isValid() or not self.table.selectionModel().isRowSelected(index.row()):
            return None
        return str(index.data(ID_ROLE))

    def current_name(self) -> str:
        index = self.table.currentIndex()
        return self.model.rows[index.row()].naam if self.current_id() else ""

    def sync_detail(self, force: bool = False) -> None:
        """The pane shows exactly the selected person, or nobody when nothing is selected."""
        inburgeraar_id = self.current_id()
        shown = self.detail.inburgeraar.id if self.detail.inburgeraar else None
        if force or shown != inburgeraar_id:
            self.detail.show_inburgeraar(inburgeraar_id)

    def _set_row(self, row: int) -> None:
        model: QAbstractItemModel = self.model
        index = model.index(row, 0)
        flags = (
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows
        )
        self.table.selectionModel().setCurrentIndex(index, flags)
        self.table.scrollTo(index)

    def restore(self, inburgeraar_id: str | None) -> None:
        """After the list was reloaded: select *inburgeraar_id* again if it is still listed, and
        otherwise select nobody (the pane clears; no action can reach a hidden person)."""
        row = self.model.row_of(inburgeraar_id) if inburgeraar_id else -1
        if row >= 0:
            self._set_row(row)
        else:
            self.table.selectionModel().clearCurrentIndex()
            self.table.clearSelection()
        self.sync_detail()

    def _filtered(self) -> bool:
        return bool(self.search.text() or self.gemeente.code() or self.status.code())

    def _clear_filters(self) -> None:
        for widget in (self.search, self.gemeente, self.status):
            widget.blockSignals(True)
        self.search.clear()
        self.gemeente.setCurrentIndex(0)
        self.status.setCurrentIndex(0)
        for widget in (self.search, self.gemeente, self.status):
            widget.blockSignals(False)

    def _find(self, inburgeraar_id: str) -> int:
        row = self.model.row_of(inburgeraar_id)
        pages = 0
        while row < 0 and self.model.canFetchMore() and pages < MAX_PAGES:
            self.model.fetchMore()
            pages += 1
            row = self.model.row_of(inburgeraar_id)
        return row

    def select(self, inburgeraar_id: str, refresh: Callable[[], None]) -> bool:
        """Make *inburgeraar_id* the selection. When the filter hides them it is cleared and the
        list reloaded with *refresh* (a callable). False when the person cannot be listed at all."""
        row = self._find(inburgeraar_id)
        if row < 0:  # hidden by the filter, or the list is older than the store
            if self._filtered():
                self._clear_filters()
            refresh()
            row = self._find(inburgeraar_id)
        if row < 0:
            # Far down a very long list: search for them, so that they are the one row shown.
            inburgeraar = self.model.service.get(inburgeraar_id)
            if inburgeraar is not None and inburgeraar.bsn:
                self.search.blockSignals(True)
                self.search.setText(inburgeraar.bsn)
                self.search.blockSignals(False)
                refresh()
                row = self.model.row_of(inburgeraar_id)
        if row >= 0:
            self._set_row(row)
        self.sync_detail(force=True)
        return row >= 0
