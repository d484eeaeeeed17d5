"""'Alle wachtenden koppelen': one proposal for everyone waiting, computed off the GUI thread,
spread over the pool within capacity; the officer accepts it as a whole or not at all."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget
from shiboken6 import isValid

from app.changes import SleutelpersonenChanged
from app.matching.assign import Toewijzing
from app.matching.service import MatchService, Voorstel
from app.sorting import sort_in_steps
from ui.i18n import QT_TRANSLATE_NOOP, translate
from ui.let_go import let_go
from ui.list_model import RowsTableModel
from ui.ops import Op, OpContext, run_in_background
from ui.screen_fit import fit_window
from ui.sleutelpersonen.pages import _table


class VoorstelModel(RowsTableModel[tuple[str, str, str]]):
    HEADERS = (
        QT_TRANSLATE_NOOP("kolom", "Inburgeraar"),
        QT_TRANSLATE_NOOP("kolom", "Sleutelpersoon"),
        QT_TRANSLATE_NOOP("kolom", "Score"),
    )

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
        self._storing: Op[int] | None = None
        self.setWindowTitle(
            translate("sleutelpersonen.toewijzing_dialog", "Alle wachtenden koppelen")
        )
        self.model = VoorstelModel()
        self.table = _table(self.model)
        self.table.setColumnWidth(0, 260)
        self.table.setColumnWidth(1, 220)
        self.status = QLabel(
            translate("sleutelpersonen.toewijzing_dialog", "Voorstel wordt berekend…")
        )
        self.status.setWordWrap(True)
        self.accept_button = QPushButton(
            translate("sleutelpersonen.toewijzing_dialog", "Voorstel bevestigen")
        )
        self.accept_button.setEnabled(False)
        self.accept_button.clicked.connect(self.confirm)
        close = self.close_button = QPushButton(
            translate("sleutelpersonen.toewijzing_dialog", "Sluiten")
        )
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.accept_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        fit_window(self, 640, 520)
        # Everything runs on a worker with its own connection: reading the waiting dossiers
        # (about 0.9 s per 1,000 on the GUI thread before) and the assignment itself.
        session = service.session
        gewichten, afstanden = service.gewichten, service.afstanden

        def compute() -> tuple[Voorstel, list[tuple[str, str, str]]]:
            with session.worker_session() as own:  # no checkpoint: it would block writes
                voorstel = MatchService(own, gewichten, afstanden=afstanden).voorstel_alle()
            return voorstel, proposal_rows(voorstel)  # thousands of rows: formatted here too

        run_in_background(compute, self._done, self._failed)

    def _done(self, result: tuple[Voorstel, list[tuple[str, str, str]]]) -> None:
        if not isValid(self):  # closed while it was computed
            return
        voorstel, rows = result
        toewijzing = self.voorstel = voorstel.toewijzing
        let_go(voorstel.inburgeraars)  # the names are in the rows already
        self.model.set_rows(rows)
        matched = len(toewijzing.koppelingen) - len(toewijzing.niet_gekoppeld)
        people = len(toewijzing.per_sleutelpersoon)
        self.status.setText(
            translate(
                "sleutelpersonen.toewijzing_dialog",
                "{matched} van {len} wachtende inburgeraars gekoppeld, verdeeld "
                "over {people} sleutelpersonen binnen hun uren. Er is nog niets "
                "opgeslagen.",
            ).format(matched=matched, len=len(toewijzing.koppelingen), people=people)
        )
        self.accept_button.setEnabled(matched > 0)
        self.ready.emit()

    def _failed(self, exc: BaseException) -> None:
        if not isValid(self):
            return
        self.status.setText(
            translate(
                "sleutelpersonen.toewijzing_dialog",
                "Het voorstel kon niet worden berekend. Probeer het opnieuw.",
            )
        )
        self.ready.emit()

    def confirm(self) -> Op[int] | None:
        """Store the whole proposal: an op (one row and one audit line per match, thousands
        when many wait), the dialog's buttons greyed out meanwhile."""
        voorstel, door = self.voorstel, self.door
        if voorstel is None:
            return None
        gewichten, afstanden = self.service.gewichten, self.service.afstanden

        def store(ctx: OpContext) -> int:
            own = MatchService(ctx.session, gewichten, afstanden=afstanden)
            return own.bevestig_toewijzing(voorstel, door)

        self._storing = (
            Op(
                self,
                store,
                session=self.service.session,
                title=translate("sleutelpersonen.toewijzing_dialog", "Alle wachtenden koppelen"),
            )
            .progress(translate("sleutelpersonen.toewijzing_dialog", "De koppelingen opslaan…"))
            .disable(self.accept_button, self.close_button)
            .changes((SleutelpersonenChanged(),))
            .success(self._stored)
            .run()
        )
        return self._storing

    def done(self, result: int) -> None:
        """Closing (accepted or not): the proposal's rows and maps are freed off the GUI thread
        (60,000 rows freed here held it ~40 ms)."""
        toewijzing, self.voorstel = self.voorstel, None
        self.model.set_rows([])
        storing = self._storing is not None and self._storing.running
        if toewijzing is not None and not storing:  # the worker may still read it: leave it be
            let_go(toewijzing.koppelingen, toewijzing.scores)
        super().done(result)

    def _stored(self, count: int) -> None:
        self.accepted_all.emit(count)
        if isValid(self):
            self.accept()


def proposal_rows(voorstel: Voorstel) -> list[tuple[str, str, str]]:
    """The proposal as the table shows it, sorted by newcomer (runs on the worker)."""
    toewijzing = voorstel.toewijzing
    rows = []
    for inburgeraar_id, person_id in toewijzing.koppelingen.items():
        score = toewijzing.scores.get(inburgeraar_id)
        rows.append(
            (
                voorstel.inburgeraars.get(inburgeraar_id, "?"),
                voorstel.sleutelpersonen.get(person_id, "?")
                if person_id
                else "niemand past (taal, voorkeur of capaciteit)",
                f"{score:.0f}" if score is not None else "",
            )
        )
    return sort_in_steps(rows)  # list.sort would hold the GIL for all 60,000 (app/sorting.py)
