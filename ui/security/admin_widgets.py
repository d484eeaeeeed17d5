"""What the Beheer pages share: the base of their mixins and two small builders."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QPushButton, QTableView

from app.session import Session
from app.settings import Settings
from ui.mixin_base import WidgetMixin
from ui.security.rows_model import RowsModel


class AdminPart(WidgetMixin):
    """A page's mixin of `ui.security.admin_view.AdminView`, with what it uses of AdminView."""

    if TYPE_CHECKING:  # made by AdminView
        session: Session
        data_dir: Path

        def settings(self) -> Settings: ...

        def refresh(self) -> None: ...


def rows_table(model: RowsModel, name: str) -> QTableView:
    table = QTableView()
    table.setObjectName(name)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().hide()
    table.horizontalHeader().setStretchLastSection(True)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    # Fit the columns to the rows in view only. Qt's default measures 1,000 rows per column,
    # each through the model's Python data(): with the 100,000-row retention list that held the
    # GUI thread ~50 ms after every reload (perf: QTableView::sizeHintForColumn). The columns
    # hold texts of one format (an id, a code, dates), so the rows in view are representative.
    header.setResizeContentsPrecision(0)
    table.setWordWrap(False)
    return table


def push_button(text: str, slot: object) -> QPushButton:
    button = QPushButton(text)
    button.clicked.connect(slot)
    return button
