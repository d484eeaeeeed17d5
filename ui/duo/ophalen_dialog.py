"""The "Gegevens DUO ophalen" dialog: DUO's current facts next to the dossier's, per line a box
to take DUO's value over. Asking DUO and writing run as ops (the GUI thread never waits on the
network); a refusal (offline, no server, DUO down) shows as a Dutch message in the dialog and
changes nothing."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.changes import InburgeraarChanged, IntakeChanged, TermijnenChanged
from app.duo.ophalen import DuoOphalenService, Ophaling
from app.security.roles import Permission, may
from app.session import Session
from ui.i18n import app_message
from ui.ops import Op, OpContext

ERROR_STYLE = "color: #a4262c;"


class DuoOphalenDialog(QDialog):
    COLUMNS = 4  # gegeven, dossier, DUO, overnemen

    def __init__(
        self, session: Session, inburgeraar_id: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.inburgeraar_id = inburgeraar_id
        self.ophaling: Ophaling | None = None
        self.op: Op[Any] | None = None
        self.setWindowTitle(self.tr("Gegevens DUO ophalen"))
        self.resize(820, 480)
        layout = QVBoxLayout(self)
        self.message = QLabel(self.tr("Nog niet opgehaald."))
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Melding"))
        layout.addWidget(self.message)
        self.table = QTableWidget(0, self.COLUMNS)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Gegeven"),
                self.tr("In het dossier"),
                self.tr("Volgens DUO"),
                self.tr("Overnemen"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        for col in range(self.COLUMNS):
            mode = (
                QHeaderView.ResizeMode.Stretch
                if col in (1, 2)
                else (QHeaderView.ResizeMode.ResizeToContents)
            )
            header.setSectionResizeMode(col, mode)
        self.table.setAccessibleName(self.tr("Gegevens van DUO naast het dossier"))
        layout.addWidget(self.table)
        self.note = QLabel(
            self.tr("Overgenomen waarden krijgen in de geschiedenis van het dossier 'bron: DUO'.")
        )
        self.note.setWordWrap(True)
        layout.addWidget(self.note)
        buttons = QDialogButtonBox()
        self.again = QPushButton(self.tr("Opnieuw ophalen"))
        self.take = QPushButton(self.tr("Aangevinkte waarden overnemen"))
        self.take.setEnabled(False)
        buttons.addButton(self.again, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.take, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.again.clicked.connect(self.start)
        self.take.clicked.connect(self.take_over)
        layout.addWidget(buttons)

    # --- asking DUO ------------------------------------------------------------------------
    def start(self) -> None:
        self._say(self.tr("Gegevens worden via de regionale server bij DUO opgevraagd…"))
        inburgeraar_id = self.inburgeraar_id

        def work(ctx: OpContext) -> Ophaling:
            return DuoOphalenService(ctx.session).ophalen(
                inburgeraar_id,
                progress=lambda text: ctx.report(0, 0, text),
                cancelled=lambda: ctx.cancelled,
            )

        self.op = (
            Op(self, work, session=self.session, title=self.tr("Gegevens DUO ophalen"))
            .progress(self.tr("Gegevens DUO ophalen…"), cancellable=True)
            .disable(self.again, self.take)
            .success(self._show)
            .failure(self._failed)
            .cancelled(
                lambda: self._say(self.tr("Ophalen afgebroken. Er is niets veranderd."), error=True)
            )
            .run()
        )

    def _say(self, text: str, *, error: bool = False) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(ERROR_STYLE if error else "")

    def _failed(self, exc: BaseException) -> None:
        self._say(app_message(exc), error=True)
        self.take.setEnabled(False)

    def _show(self, ophaling: Ophaling) -> None:
        self.ophaling = ophaling
        self.table.setRowCount(len(ophaling.regels))
        may_write = may(self.session, Permission.DOSSIER_WIJZIGEN)
        differ = 0
        for row, regel in enumerate(ophaling.regels):
            for col, text in enumerate((regel.label, regel.dossier, regel.duo)):
                item = QTableWidgetItem(text)
                if col == 2 and not regel.gelijk and regel.duo != "—":
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                self.table.setItem(row, col, item)
            box = QTableWidgetItem("")
            if regel.overneembaar and may_write:
                differ += 1
                box.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
                box.setCheckState(Qt.CheckState.Unchecked)
                box.setData(Qt.ItemDataRole.UserRole, regel.veld)
                box.setToolTip(self.tr("Neem de waarde van DUO over in het dossier"))
            else:
                box.setFlags(Qt.ItemFlag.NoItemFlags)
            self.table.setItem(row, 3, box)
        self.take.setEnabled(differ > 0)
        if differ:
            self._say(self.tr("Opgehaald bij DUO. Vink aan wat u wilt overnemen."))
        else:
            self._say(self.tr("Opgehaald bij DUO. Er is niets om over te nemen."))

    def checked(self) -> list[str]:
        out = []
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 3)
            if item is not None and item.checkState() == Qt.CheckState.Checked:
                out.append(str(item.data(Qt.ItemDataRole.UserRole)))
        return out

    def set_checked(self, veld: str, on: bool = True) -> None:
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 3)
            if item is not None and item.data(Qt.ItemDataRole.UserRole) == veld:
                item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    # --- taking values over ----------------------------------------------------------------
    def take_over(self) -> None:
        ophaling, velden = self.ophaling, self.checked()
        if ophaling is None:
            return
        if not velden:
            self._say(self.tr("Vink eerst aan welke waarden van DUO u wilt overnemen."), error=True)
            return
        inburgeraar_id = self.inburgeraar_id

        def work(ctx: OpContext) -> list[str]:
            return DuoOphalenService(ctx.session).overnemen(ophaling, velden)

        self.op = (
            Op(self, work, session=self.session, title=self.tr("Gegevens DUO overnemen"))
            .busy(self.tr("Waarden van DUO overnemen…"))
            .disable(self.again, self.take)
            .changes(
                lambda _labels: (
                    InburgeraarChanged(inburgeraar_id),
                    IntakeChanged(inburgeraar_id),
                    TermijnenChanged(),
                )
            )
            .success(self._taken)
            .failure(self._failed)
            .run()
        )

    def _taken(self, labels: list[str]) -> None:
        self.ophaling = None
        self.take.setEnabled(False)
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 3)
            if item is not None:
                item.setFlags(Qt.ItemFlag.NoItemFlags)
        self._say(self.tr("Overgenomen van DUO (bron: DUO): {0}.").format(", ".join(labels)))
