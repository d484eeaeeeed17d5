"""'Sleutelpersoon zoeken' for one inburgeraar: a ranked list with the reasons for and against,
confirm the top suggestion or choose someone else with a reason (which is recorded)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.matching.model import Uitkomst
from app.matching.service import MatchService
from app.matching.suggest import Suggesties
from app.server.sync_view import hours_source
from app.validation import ValidationError
from ui.i18n import QT_TRANSLATE_NOOP, translate
from ui.list_model import Index, RowsTableModel
from ui.plural import getal
from ui.screen_fit import fit_window
from ui.widgets import ERROR_STYLE


class SuggestieModel(RowsTableModel[Uitkomst]):
    HEADERS = (
        "#",
        QT_TRANSLATE_NOOP("kolom", "Sleutelpersoon"),
        QT_TRANSLATE_NOOP("kolom", "Score"),
        QT_TRANSLATE_NOOP("kolom", "Belangrijkste reden"),
        QT_TRANSLATE_NOOP("kolom", "Let op"),
    )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Not `display`: the first column is the rank, which is the row's place in the list.
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.AccessibleTextRole,
        ):
            return None
        u = self.rows[index.row()]
        first = u.voor[0] if u.voor else ""
        against = u.tegen[0] if u.tegen else ""
        # the same score, with the same decimal comma, as the breakdown beside the table
        return (str(index.row() + 1), u.naam, getal(u.score), first, against)[index.column()]


def uitleg_html(u: Uitkomst) -> str:
    """The reasons as a small table: every part with its points, so the score can be traced."""
    rows = "".join(
        f"<tr><td style='color:{'#1b5e20' if d.voor else '#b00020'}'>{'+' if d.voor else '−'}</td>"
        f"<td>{_esc(d.reden)}</td><td align='right'>{getal(d.punten, sign=True)}</td></tr>"
        for d in u.delen
    )
    head = f"<h3>{_esc(u.naam)}</h3>"
    if u.uitgesloten:
        return head + f"<p style='color:#b00020'>Niet voorgesteld: {_esc(u.uitgesloten)}</p>"
    return (
        head
        + f"<table cellspacing='4'>{rows}<tr><td></td><td><b>Totaal</b></td>"
        + f"<td align='right'><b>{getal(u.score)}</b></td></tr></table>"
    )


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class MatchDialog(QDialog):
    confirmed = Signal(str)  # key person id

    def __init__(
        self,
        service: MatchService,
        inburgeraar_id: str,
        door: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.inburgeraar_id = inburgeraar_id
        self.door = door
        self.suggesties: Suggesties | None = None
        inburgeraar = service.inburgeraars.get(inburgeraar_id)
        self.setWindowTitle(
            translate("sleutelpersonen.match_panel", "Sleutelpersoon zoeken – {waarde}").format(
                waarde=inburgeraar.naam if inburgeraar else ""
            )
        )
        self.beleid = QComboBox()
        self.beleid.addItem(
            translate("sleutelpersonen.match_panel", "Eigen gemeenschap: uitsluiten"), "uitsluiten"
        )
        self.beleid.addItem(
            translate("sleutelpersonen.match_panel", "Eigen gemeenschap: lager zetten"), "lager"
        )
        self.beleid.setAccessibleName(
            translate(
                "sleutelpersonen.match_panel",
                "Als de inburgeraar liever niet iemand uit de eigen gemeenschap wil",
            )
        )
        self.beleid.currentIndexChanged.connect(self.refresh)
        self.model = SuggestieModel()
        self.table = QTableView()
        self.table.setAccessibleName(
            translate("sleutelpersonen.match_panel", "Voorgestelde sleutelpersonen")
        )
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setColumnWidth(0, 30)
        self.table.setColumnWidth(1, 170)
        self.table.setColumnWidth(2, 55)
        self.table.setColumnWidth(3, 250)
        self.details = QTextBrowser()
        self.details.setAccessibleName(
            translate("sleutelpersonen.match_panel", "Waarom deze sleutelpersoon past")
        )
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.bron = QLabel()  # the capacity counts every laptop's hours, as of the last sync
        self.bron.setObjectName("match_bron")
        self.current = QLabel()
        self.reden = QLineEdit()
        self.reden.setPlaceholderText(
            translate("sleutelpersonen.match_panel", "Reden als u iemand anders kiest dan nummer 1")
        )
        self.reden.setAccessibleName(translate("sleutelpersonen.match_panel", "Reden"))
        self.message = QLabel()
        self.message.setStyleSheet(ERROR_STYLE)
        self.confirm_button = QPushButton(translate("sleutelpersonen.match_panel", "Bevestigen"))
        self.confirm_button.setDefault(True)
        self.confirm_button.clicked.connect(self.confirm)
        self.exclude_button = QPushButton(
            translate("sleutelpersonen.match_panel", "Uitsluiten (belangenconflict)…")
        )
        self.exclude_button.clicked.connect(self.exclude)
        close = QPushButton(translate("sleutelpersonen.match_panel", "Sluiten"))
        close.clicked.connect(self.reject)
        self._layout(close)
        self.table.selectionModel().currentRowChanged.connect(self._show)
        fit_window(self, 1180, 580)
        self.refresh()

    def _layout(self, close: QPushButton) -> None:
        split = QSplitter()
        split.addWidget(self.table)
        split.addWidget(self.details)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        buttons = QHBoxLayout()
        buttons.addWidget(self.reden, 1)
        buttons.addWidget(self.exclude_button)
        buttons.addWidget(self.confirm_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.current)
        layout.addWidget(self.beleid)
        layout.addWidget(split, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.bron)
        layout.addWidget(self.message)
        layout.addLayout(buttons)

    def refresh(self) -> None:
        self.suggesties = self.service.suggesties(
            self.inburgeraar_id, str(self.beleid.currentData())
        )
        source = hours_source(self.service.session)
        self.bron.setText(source)
        self.bron.setVisible(bool(source))
        self.model.set_rows(list(self.suggesties.ranglijst))
        parts = [f"{n}× {rule}" for rule, n in sorted(self.suggesties.uitgesloten.items())]
        if self.suggesties.zonder_taal:
            parts.append(f"{self.suggesties.zonder_taal}× geen gemeenschappelijke taal")
        self.summary.setText(
            translate("sleutelpersonen.match_panel", "Niet voorgesteld: ") + "; ".join(parts)
            if parts
            else ""
        )
        now = self.service.huidige(self.inburgeraar_id)
        if now:
            person = self.service.personen.get(str(now["sleutelpersoon_id"]))
            self.current.setText(
                translate("sleutelpersonen.match_panel", "Nu gekoppeld aan: {waarde}").format(
                    waarde=person.naam if person else "?"
                )
            )
        else:
            self.current.setText(
                translate("sleutelpersonen.match_panel", "Nog geen sleutelpersoon gekoppeld.")
            )
        if self.model.rows:
            self.table.selectRow(0)
        else:
            self.details.setHtml(
                translate(
                    "sleutelpersonen.match_panel", "<p>Geen sleutelpersoon gevonden die past.</p>"
                )
            )
        self.confirm_button.setEnabled(bool(self.model.rows))
        self.exclude_button.setEnabled(bool(self.model.rows))

    def _show(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.details.setHtml(uitleg_html(self.model.rows[current.row()]))

    def selected(self) -> Uitkomst | None:
        index = self.table.currentIndex()
        return self.model.rows[index.row()] if index.isValid() else None

    def confirm(self) -> None:
        chosen = self.selected()
        if chosen is None or self.suggesties is None:
            return
        top = self.suggesties.ranglijst[0] if self.suggesties.ranglijst else None
        try:
            self.service.bevestig(
                self.inburgeraar_id, chosen.kandidaat_id, top, self.reden.text(), self.door
            )
        except ValidationError as exc:
            self.message.setText(" ".join(exc.errors.values()))
            self.reden.setFocus()
            return
        self.confirmed.emit(chosen.kandidaat_id)
        self.accept()

    def exclude(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        reden = self.reden.text()
        try:
            self.service.sluit_uit(self.inburgeraar_id, chosen.kandidaat_id, reden)
        except ValidationError as exc:
            self.message.setText(" ".join(exc.errors.values()))
            self.reden.setFocus()
            return
        self.message.clear()
        self.reden.clear()
        self.refresh()
