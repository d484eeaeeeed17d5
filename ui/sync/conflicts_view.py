"""Conflicten: the open conflicts with the regional server, per conflict the dossier (person),
the field in words, both values, who and when; resolved by choosing "mijn waarde", "waarde van
de server" or typing a new value (as ``wegwijs conflicts resolve``). The choice is written
locally at once and reaches the server and the other laptops with the next sync."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.changes import Change, Changes, ConflictsChanged, InburgeraarChanged, RegisterChanged
from app.errors import user_message
from app.security.roles import PermissionDeniedError
from app.server import conflicts
from app.server.conflict_rows import ConflictRow, conflict_rows
from app.server.conflict_rows import resolve as resolve_conflict
from app.session import Session
from ui.accessible import announce
from ui.broadcast import broadcast_for
from ui.i18n import app_text
from ui.list_model import ID_ROLE, RowsTableModel
from ui.ops import Op, OpContext
from ui.screen_fit import fit_window
from ui.unsaved import AsksBeforeDiscard


class ConflictModel(RowsTableModel[ConflictRow]):
    def __init__(self, headers: tuple[str, ...]) -> None:
        super().__init__()
        self.HEADERS = headers

    def display(self, row: ConflictRow, column: int) -> str:
        mine_server = row.mine_is == "server"
        mine_other = row.mine_is == "ander"
        cells = (
            row.persoon,
            row.veld,
            row.server_waarde + ("  (mijn waarde)" if mine_server else ""),
            row.server_wie,
            row.ander_waarde + ("  (mijn waarde)" if mine_other else ""),
            row.ander_wie,
        )
        return cells[column]

    def role_data(self, row: ConflictRow, role: int) -> Any:
        return row.id if role == ID_ROLE else None


class ConflictsView(QWidget):
    def __init__(self, session: Session, after_resolve: Callable[[], object] | None = None) -> None:
        super().__init__()
        self.session = session
        self.after_resolve = after_resolve
        self.op: Op[Changes] | None = None
        col = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Twee wijzigingen van hetzelfde gegeven, gemaakt op verschillende laptops. De "
                "waarde die het eerst op de server was, geldt tot u kiest. Kies per conflict."
            )
        )
        intro.setWordWrap(True)
        col.addWidget(intro)
        self.model = ConflictModel(
            (
                self.tr("Dossier"),
                self.tr("Gegeven"),
                self.tr("Waarde op de server"),
                self.tr("Door, op"),
                self.tr("Andere waarde"),
                self.tr("Door, op"),
            )
        )
        table = QTableView()
        table.setObjectName("conflicten")
        table.setAccessibleName(self.tr("Conflicten"))
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.verticalHeader().hide()
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)
        table.setWordWrap(False)
        table.selectionModel().currentRowChanged.connect(lambda *_a: self._selected())
        self.table = table
        col.addWidget(table, 1)
        self.detail = QLabel()
        self.detail.setObjectName("conflict_uitleg")
        self.detail.setWordWrap(True)
        col.addWidget(self.detail)
        row = QHBoxLayout()
        self.mine = QPushButton(self.tr("Mijn waarde houden"))
        self.mine.setObjectName("kies_mijn")
        self.mine.clicked.connect(lambda _c=False: self.resolve(kies="mijn"))
        self.server = QPushButton(self.tr("Waarde van de server houden"))
        self.server.setObjectName("kies_server")
        self.server.clicked.connect(lambda _c=False: self.resolve(kies="server"))
        self.typed = QLineEdit()
        self.typed.setObjectName("nieuwe_waarde")
        self.typed.setAccessibleName(self.tr("Nieuwe waarde"))
        self.typed.setPlaceholderText(self.tr("of typ een nieuwe waarde"))
        self.typed.returnPressed.connect(self._typed)
        self.use_typed = QPushButton(self.tr("Nieuwe waarde gebruiken"))
        self.use_typed.setObjectName("kies_nieuw")
        self.use_typed.clicked.connect(lambda _c=False: self._typed())
        for widget in (self.mine, self.server, self.typed, self.use_typed):
            row.addWidget(widget)
        col.addLayout(row)
        self.message = QLabel()
        self.message.setObjectName("conflict_melding")
        self.message.setWordWrap(True)
        col.addWidget(self.message)
        broadcast_for(session).subscribe(self, self._on_changes)
        self.reload()

    # --- showing --------------------------------------------------------------------------
    def reload(self) -> None:
        """The open conflicts (a handful: read on the GUI thread)."""
        current = self.current()
        try:
            rows = conflict_rows(self.session)
        except PermissionDeniedError as exc:  # e.g. a beheerder only: no names to show
            self.model.set_rows([])
            self._selected()
            self.detail.setText(app_text(str(exc)))
            return
        self.model.set_rows(rows)
        ids = [r.id for r in rows]
        pick = ids.index(current.id) if current and current.id in ids else 0
        if rows:
            self.table.selectRow(pick)
        self._selected()

    def current(self) -> ConflictRow | None:
        index = self.table.currentIndex()
        rows = self.model.rows
        return rows[index.row()] if index.isValid() and index.row() < len(rows) else None

    def _selected(self) -> None:
        row = self.current()
        self.mine.setEnabled(row is not None and row.mine_is is not None)
        self.server.setEnabled(row is not None)
        self.typed.setEnabled(row is not None and row.typed_allowed)
        self.use_typed.setEnabled(row is not None and row.typed_allowed)
        if row is None:
            self.detail.setText(self.tr("Geen open conflicten."))
            return
        self.detail.setText(
            self.tr("%s — %s: op de server %s (%s); ander %s (%s).")
            % (
                row.persoon,
                row.veld,
                row.server_waarde,
                row.server_wie,
                row.ander_waarde,
                row.ander_wie,
            )
        )

    def _on_changes(self, items: Changes) -> None:
        if any(isinstance(c, ConflictsChanged) for c in items):
            self.reload()

    # --- resolving ------------------------------------------------------------------------
    def _typed(self) -> None:
        text = self.typed.text()
        if not text.strip():
            self.message.setText(self.tr("Typ eerst de nieuwe waarde."))
            return
        self.resolve(waarde=text)

    def resolve(self, *, kies: str | None = None, waarde: str | None = None) -> Op[Changes] | None:
        row = self.current()
        if row is None:
            return None
        conflict_id, inburgeraar_id = row.id, row.inburgeraar_id

        def work(ctx: OpContext) -> Changes:
            resolve_conflict(ctx.session, conflict_id, kies=kies, waarde=waarde)
            what: list[Change] = [ConflictsChanged()]
            what.append(InburgeraarChanged(inburgeraar_id) if inburgeraar_id else RegisterChanged())
            if row.soort == "pip_concept":
                what.append(RegisterChanged())
            return tuple(what)

        self.op = (
            Op(self, work, session=self.session, title=self.tr("Conflicten"))
            .disable(self.mine, self.server, self.use_typed)
            .changes(lambda what: what)
            .success(self._resolved)
            .failure(self._failed)
            .run()
        )
        return self.op

    def _failed(self, exc: BaseException) -> None:
        known = isinstance(exc, conflicts.ConflictInputError)
        self.message.setText(app_text(str(exc)) if known else app_text(user_message(exc)))

    def _resolved(self, _what: Changes) -> None:
        self.typed.clear()
        done = self.tr("Conflict opgelost; de keuze gaat mee met de volgende sync.")
        announce(self.message, done)
        if self.after_resolve is not None:
            self.after_resolve()


class ConflictsDialog(AsksBeforeDiscard, QDialog):
    """Esc, the close button and Ctrl+W ask before a typed new value is dropped."""

    def __init__(
        self,
        session: Session,
        parent: QWidget | None = None,
        after_resolve: Callable[[], object] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("conflicten_venster")
        self.setWindowTitle(self.tr("Conflicten"))
        layout = QVBoxLayout(self)
        self.view = ConflictsView(session, after_resolve)
        layout.addWidget(self.view)
        close = QPushButton(self.tr("Sluiten"))
        close.clicked.connect(self.close)
        layout.addWidget(close)
        fit_window(self, 1100, 520)

    def has_unsaved_input(self) -> bool:
        return self.view.typed.isEnabled() and bool(self.view.typed.text().strip())

    def save_unsaved(self) -> bool:
        """'Opslaan' uses the typed value, as 'Nieuwe waarde gebruiken' does; the dialog stays open
        to show the outcome."""
        self.view.use_typed.click()
        return False
