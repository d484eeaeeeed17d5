"""The "Signalen" tab: open signals per klantmanager, overdue ones first and marked "te laat"
in words (not by colour only); start or close the follow-up, open the dossier."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.stem.model import Signaal
from app.stem.signalen import SignaalOpvolging
from app.validation import ValidationError, format_date
from ui.i18n import QT_TRANSLATE_NOOP, translate
from ui.stem.afronden_dialog import AfrondenDialog

Index = QModelIndex | QPersistentModelIndex
COLUMNS = (
    QT_TRANSLATE_NOOP("kolom", "Opvolgen vóór"),
    QT_TRANSLATE_NOOP("kolom", "Status"),
    QT_TRANSLATE_NOOP("kolom", "Urgentie"),
    QT_TRANSLATE_NOOP("kolom", "Thema"),
    QT_TRANSLATE_NOOP("kolom", "Inburgeraar"),
    QT_TRANSLATE_NOOP("kolom", "Signaal"),
    QT_TRANSLATE_NOOP("kolom", "Actie"),
)
ALLE = QT_TRANSLATE_NOOP("tekst", "Alle klantmanagers")


class SignalenModel(QAbstractTableModel):
    def __init__(self, opvolging: SignaalOpvolging) -> None:
        super().__init__()
        self.opvolging = opvolging
        self.rows: list[Signaal] = []
        self.klantmanager: str | None = None

    def reload(self) -> None:
        self.beginResetModel()
        self.rows = self.opvolging.overzicht(self.klantmanager)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return translate("kolom", COLUMNS[section])
        return None

    def status_text(self, s: Signaal, today: date) -> str:
        return f"{s.status_label}, te laat" if s.te_laat(today) else s.status_label

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        s = self.rows[index.row()]
        today = self.opvolging.today()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return (
                format_date(s.opvolgen_voor),
                self.status_text(s, today),
                s.urgentie_label,
                s.thema_label,
                s.naam,
                s.tekst,
                s.actie,
            )[index.column()]
        if role == Qt.ItemDataRole.ForegroundRole and s.te_laat(today) and index.column() < 2:
            return QColor("#b00020")  # in addition to the words "te laat"
        if role == Qt.ItemDataRole.UserRole:
            return s
        return None


class SignalenView(QWidget):
    open_inburgeraar = Signal(str)
    changed = Signal(str)  # a signal's dossier changed (its client id)

    def __init__(self, opvolging: SignaalOpvolging, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.opvolging = opvolging
        self.model = SignalenModel(opvolging)
        self.who = QComboBox()
        self.who.setAccessibleName(translate("stem.signalen_view", "Klantmanager"))
        self.table = QTableView()
        self.table.setAccessibleName(translate("stem.signalen_view", "Open signalen"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _i: self.open_dossier())
        self.count = QLabel()
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020")
        self.start_button = QPushButton(translate("stem.signalen_view", "In behandeling nemen"))
        self.start_button.clicked.connect(self.start)
        self.close_button = QPushButton(translate("stem.signalen_view", "Afronden…"))
        self.close_button.clicked.connect(self.close_signal)
        self.open_button = QPushButton(translate("stem.signalen_view", "Dossier openen"))
        self.open_button.clicked.connect(self.open_dossier)
        top = QHBoxLayout()
        top.addWidget(QLabel(translate("stem.signalen_view", "Signalen van")))
        top.addWidget(self.who, 1)
        top.addWidget(self.count)
        row = QHBoxLayout()
        for button in (self.start_button, self.close_button, self.open_button):
            row.addWidget(button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.error)
        layout.addLayout(row)
        self.who.currentIndexChanged.connect(self._who_changed)
        self.refresh()

    def refresh(self) -> None:
        current = self.who.currentText()
        names = self.opvolging.klantmanagers()
        self.who.blockSignals(True)
        self.who.clear()
        self.who.addItem(translate("tekst", ALLE), None)
        for name in names:
            self.who.addItem(name, name)
        index = self.who.findText(current)
        self.who.setCurrentIndex(max(0, index))
        self.who.blockSignals(False)
        self._who_changed()

    def _who_changed(self, *_args: object) -> None:
        self.model.klantmanager = self.who.currentData()
        self.model.reload()
        today = self.opvolging.today()
        late = sum(1 for s in self.model.rows if s.te_laat(today))
        self.count.setText(
            translate("stem.signalen_view", "{len} open, waarvan {late} te laat").format(
                len=len(self.model.rows), late=late
            )
        )

    def chosen(self) -> Signaal | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            self.error.setText(
                translate("stem.signalen_view", "Kies eerst een signaal in de lijst.")
            )
            return None
        self.error.clear()
        found: Signaal = self.model.data(rows[0], Qt.ItemDataRole.UserRole)
        return found

    def start(self) -> None:
        s = self.chosen()
        if s is None:
            return
        try:
            self.opvolging.in_behandeling(s.id, s.versie)
        except ValidationError as exc:
            self.error.setText("\n".join(exc.errors.values()))
            return
        self.changed.emit(s.inburgeraar_id)
        self.refresh()

    def close_signal(self) -> AfrondenDialog | None:
        s = self.chosen()
        if s is None:
            return None
        dialog = AfrondenDialog(self.opvolging, s, self)
        dialog.accepted.connect(lambda: self._closed(s.inburgeraar_id))
        dialog.open()
        return dialog

    def _closed(self, inburgeraar_id: str) -> None:
        self.changed.emit(inburgeraar_id)
        self.refresh()

    def open_dossier(self) -> None:
        s = self.chosen()
        if s is not None:
            self.open_inburgeraar.emit(s.inburgeraar_id)
