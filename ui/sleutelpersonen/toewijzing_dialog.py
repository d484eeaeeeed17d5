"""'Alle wachtenden koppelen': one proposal for everyone waiting, computed off the GUI thread,
spread over the pool within capacity; the officer accepts it as a whole or not at all."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.matching.assign import Toewijzing, assign_all
from app.matching.service import MatchService
from ui.list_model import RowsTableModel
from ui.ops import run_in_background
from ui.sleutelpersonen.pages import _table


class VoorstelModel(RowsTableModel[tuple[str, str, str]]):
    HEADERS = ("Inburgeraar", "Sleutelpersoon", "Score")

    def display(self, row: tuple[str, str, str], column: int) -> str:
        return row[column]


class ToewijzingDialog(QDialog):
    accepted_all = Signal(int)
    ready = Signal()

    def __init__(
        self, service: MatchService, door: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.door = door
        self.voorstel: Toewijzing | None = None
        self.setWindowTitle("Alle wachtenden koppelen")
        self.model = VoorstelModel()
        self.table = _table(self.model)
        self.table.setColumnWidth(0, 260)
        self.table.setColumnWidth(1, 220)
        self.status = QLabel("Voorstel wordt berekend…")
        self.status.setWordWrap(True)
        self.accept_button = QPushButton("Voorstel bevestigen")
        self.accept_button.setEnabled(False)
        self.accept_button.clicked.connect(self.confirm)
        close = QPushButton("Sluiten")
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.accept_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.resize(640, 520)
        # Reading the store stays on this thread; only the pure computation runs in the background.
        s = self.service
        vragen = [s.vraag(client_id) for client_id in s.wachtende()]
        pool = s.pool()
        run_in_background(
            lambda: assign_all(vragen, pool, s.gewichten, s.afstanden), self._done, self._failed
        )

    def _done(self, voorstel: Toewijzing) -> None:
        self.voorstel = voorstel
        rows = []
        for client_id, person_id in voorstel.koppelingen.items():
            client = self.service.clients.get(client_id)
            person = self.service.personen.get(person_id) if person_id else None
            score = voorstel.scores.get(client_id)
            rows.append(
                (
                    client.naam if client else "?",
                    person.naam if person else "niemand past (taal, voorkeur of capaciteit)",
                    f"{score:.0f}" if score is not None else "",
                )
            )
        self.model.set_rows(sorted(rows))
        matched = len(voorstel.koppelingen) - len(voorstel.niet_gekoppeld)
        people = len(voorstel.per_sleutelpersoon)
        self.status.setText(
            f"{matched} van {len(voorstel.koppelingen)} wachtende inburgeraars gekoppeld, verdeeld "
            f"over {people} sleutelpersonen binnen hun uren. Er is nog niets opgeslagen."
        )
        self.accept_button.setEnabled(matched > 0)
        self.ready.emit()

    def _failed(self, exc: BaseException) -> None:
        self.status.setText("Het voorstel kon niet worden berekend. Probeer het opnieuw.")
        self.ready.emit()

    def confirm(self) -> None:
        if self.voorstel is None:
            return
        count = self.service.bevestig_toewijzing(self.voorstel, self.door)
        self.accepted_all.emit(count)
        self.accept()
