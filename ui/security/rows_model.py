"""A small read-only table model for the beheer lists (audit lines, retention candidates)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ui.list_model import ID_ROLE, RowsTableModel

KEY_ROLE = ID_ROLE

Cells = tuple[str, Sequence[str]]  # (key, the texts of the columns)


class RowsModel(RowsTableModel[Cells]):
    def __init__(self, headers: list[str]) -> None:
        super().__init__()
        self.HEADERS = tuple(headers)

    def display(self, row: Cells, column: int) -> str:
        return row[1][column]

    def role_data(self, row: Cells, role: int) -> Any:
        return row[0] if role == KEY_ROLE else None
