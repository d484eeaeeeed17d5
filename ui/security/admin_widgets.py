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
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.setWordWrap(False)
    return table


def push_button(text: str, slot: object) -> QPushButton:
    button = QPushButton(text)
    button.clicked.connect(slot)
    return button
