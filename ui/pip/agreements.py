"""Afspraken (who, what, due date) and planned voortgangsgesprekken, as editable tables."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.pip.model import Afspraak, Voortgangsgesprek
from app.validation import FieldError, format_date, parse_date
from ui.i18n import translate


class RowsEditor(QGroupBox):
    """A small editable table; the last *checks* columns are check boxes ('afgerond' …)."""

    def __init__(self, title: str, headers: list[str], add_text: str, checks: int = 1) -> None:
        super().__init__(title)
        self.checks = checks
        self.model = QStandardItemModel(0, len(headers))
        self.model.setHorizontalHeaderLabels(headers)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.verticalHeader().hide()
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        self.add_button = QPushButton(add_text)
        self.remove_button = QPushButton(translate("pip.agreements", "Verwijderen"))
        self.add_button.clicked.connect(self.add_empty_row)
        self.remove_button.clicked.connect(self.remove_selected)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        self.error.hide()
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        layout.addLayout(buttons)
        layout.addWidget(self.error)

    def add_empty_row(self) -> None:
        # Not done yet; any further box (e.g. 'Op uitleg') starts ticked.
        defaults = [False] + [True] * (self.checks - 1)
        self.add_row([""] * (self.model.columnCount() - self.checks), *defaults)

    def add_row(self, texts: list[str], *checked: bool) -> None:
        cells = [QStandardItem(t) for t in texts[: self.model.columnCount() - self.checks]]
        boxes = []
        for i in range(self.checks):
            check = QStandardItem()
            check.setCheckable(True)
            check.setEditable(False)
            on = checked[i] if i < len(checked) else False
            check.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
            boxes.append(check)
        self.model.appendRow([*cells, *boxes])

    def remove_selected(self) -> None:
        rows = sorted({i.row() for i in self.view.selectionModel().selectedRows()}, reverse=True)
        for row in rows:
            self.model.removeRow(row)

    def clear(self) -> None:
        self.model.removeRows(0, self.model.rowCount())

    def text(self, row: int, col: int) -> str:
        item = self.model.item(row, col)
        return " ".join((item.text() if item else "").split())

    def checked(self, row: int, which: int = 0) -> bool:
        item = self.model.item(row, self.model.columnCount() - self.checks + which)
        return item is not None and item.checkState() == Qt.CheckState.Checked

    def set_editable(self, editable: bool) -> None:
        trigger = (
            QAbstractItemView.EditTrigger.AllEditTriggers
            if editable
            else QAbstractItemView.EditTrigger.NoEditTriggers
        )
        self.view.setEditTriggers(trigger)
        self.add_button.setEnabled(editable)
        self.remove_button.setEnabled(editable)
        for row in range(self.model.rowCount()):
            for col in range(self.model.columnCount() - self.checks, self.model.columnCount()):
                item = self.model.item(row, col)
                if item:
                    item.setEnabled(editable)

    def show_errors(self, messages: list[str]) -> None:
        self.error.setText("\n".join(messages))
        self.error.setVisible(bool(messages))

    def raw(self) -> list[list[Any]]:
        """Every row as typed (texts, then check states), for a crash draft."""
        cells = self.model.columnCount() - self.checks
        return [
            [
                [self.text(row, col) for col in range(cells)],
                [self.checked(row, i) for i in range(self.checks)],
            ]
            for row in range(self.model.rowCount())
        ]

    def put_raw(self, rows: object) -> None:
        self.clear()
        for row in rows if isinstance(rows, list) else []:
            if isinstance(row, list) and len(row) == 2:
                self.add_row([str(t) for t in row[0]], *(bool(c) for c in row[1]))

    def watch(self, changed: Callable[[], None]) -> None:
        """Call *changed* on every edit, added or removed row."""
        self.model.dataChanged.connect(lambda *_a: changed())
        self.model.rowsInserted.connect(lambda *_a: changed())
        self.model.rowsRemoved.connect(lambda *_a: changed())


def _date(text: str, what: str, problems: list[str]) -> date | None:
    if not text:
        return None
    try:
        return parse_date(text)
    except FieldError as exc:
        problems.append(f"{what}: {exc}")
        return None


class AgreementsForm(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.afspraken = RowsEditor(
            "Afspraken (vink 'Op uitleg' uit bij iets over gezondheid of andere privézaken)",
            ["Wie", "Wat", "Uiterlijk", "Afgerond", "Op uitleg"],
            "Afspraak toevoegen",
            checks=2,
        )
        self.gesprekken = RowsEditor(
            "Voortgangsgesprekken", ["Datum", "Onderwerp", "Gehouden"], "Gesprek plannen"
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.afspraken, 3)
        layout.addWidget(self.gesprekken, 2)
        for editor, widths in ((self.afspraken, (150, 330, 90, 70)), (self.gesprekken, (110, 420))):
            for col, width in enumerate(widths):
                editor.view.setColumnWidth(col, width)

    def load(
        self, afspraken: tuple[Afspraak, ...], gesprekken: tuple[Voortgangsgesprek, ...]
    ) -> None:
        self.afspraken.clear()
        for a in afspraken:
            self.afspraken.add_row([a.wie, a.wat, format_date(a.datum)], a.afgerond, a.op_uitleg)
        self.gesprekken.clear()
        for g in gesprekken:
            self.gesprekken.add_row([format_date(g.datum), g.onderwerp], g.gehouden)

    def values(
        self, errors: dict[str, str]
    ) -> tuple[tuple[Afspraak, ...], tuple[Voortgangsgesprek, ...]]:
        problems: list[str] = []
        afspraken = []
        for row in range(self.afspraken.model.rowCount()):
            wie, wat = self.afspraken.text(row, 0), self.afspraken.text(row, 1)
            datum = _date(self.afspraken.text(row, 2), f"Afspraak {row + 1}", problems)
            if not (wie or wat or self.afspraken.text(row, 2)):
                continue  # an empty row that was added and never filled in
            if not wie or not wat:
                problems.append(f"Afspraak {row + 1}: vul wie en wat in.")
            afspraken.append(
                Afspraak(
                    wie, wat, datum, self.afspraken.checked(row, 0), self.afspraken.checked(row, 1)
                )
            )
        self.afspraken.show_errors(problems)
        if problems:
            errors["afspraken"] = problems[0]
        problems = []
        gesprekken = []
        for row in range(self.gesprekken.model.rowCount()):
            text = self.gesprekken.text(row, 0)
            datum = _date(text, f"Gesprek {row + 1}", problems)
            if datum is None and not text and not self.gesprekken.text(row, 1):
                continue
            if datum is None and not text:
                problems.append(f"Gesprek {row + 1}: vul de datum in.")
            if datum is not None:
                gesprekken.append(
                    Voortgangsgesprek(
                        datum, self.gesprekken.text(row, 1), self.gesprekken.checked(row)
                    )
                )
        self.gesprekken.show_errors(problems)
        if problems:
            errors["voortgangsgesprekken"] = problems[0]
        return tuple(afspraken), tuple(gesprekken)

    def set_editable(self, editable: bool) -> None:
        self.afspraken.set_editable(editable)
        self.gesprekken.set_editable(editable)
