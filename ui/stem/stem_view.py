"""The "Stem van de nieuwkomer" tab: the key persons' side for the coördinator (how often each
was asked, feedback given) and the anonymised quarterly report for the klankbordgroep."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressDialog,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.errors import UserError, user_message
from app.security.roles import Permission, may
from app.session import Session
from app.stem.feedback import sleutelpersoon_kant
from app.stem.rapport import Kwartaalrapport, LokaleBron, maak_rapport
from app.stem.server_bron import ServerBron
from app.validation import format_date
from ui.i18n import app_text, translate
from ui.ops import run_in_background

KOLOMMEN = ("Sleutelpersoon", "Status", "Intakegesprekken", "Feedback gegeven", "Inzetten",
            "Laatst gevraagd")  # fmt: skip


class KantModel(QTableWidget):
    """A small fixed table (one row per key person in the registry); read-only."""

    def __init__(self) -> None:
        super().__init__(0, len(KOLOMMEN))
        self.setHorizontalHeaderLabels(KOLOMMEN)
        self.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)


class StemView(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        layout = QVBoxLayout(self)
        self.kant: KantModel | None = None
        if may(session, Permission.SLEUTELPERSONEN_LEZEN):
            layout.addWidget(
                QLabel(translate("stem.stem_view", "<b>De kant van de sleutelpersonen</b>"))
            )
            self.kant = KantModel()
            self.kant.setAccessibleName(
                translate("stem.stem_view", "Sleutelpersonen: gevraagd en feedback")
            )
            layout.addWidget(self.kant, 1)
        self.jaar = QSpinBox()
        self.jaar.setAccessibleName(translate("stem.stem_view", "Jaar"))
        self.jaar.setRange(2021, 2100)
        self.kwartaal = QSpinBox()
        self.kwartaal.setAccessibleName(translate("stem.stem_view", "Kwartaal"))
        self.kwartaal.setRange(1, 4)
        today = date.today()
        self.jaar.setValue(today.year)
        self.kwartaal.setValue((today.month - 1) // 3 + 1)
        self.pdf_button = QPushButton(translate("stem.stem_view", "Kwartaalrapport als PDF…"))
        self.csv_button = QPushButton(translate("stem.stem_view", "… als CSV (Excel)"))
        self.pdf_button.clicked.connect(lambda: self.export(".pdf"))
        self.csv_button.clicked.connect(lambda: self.export(".csv"))
        self.regio = QCheckBox(self.tr("Hele regio (van de server)"))
        self.regio.setToolTip(
            self.tr(
                "Alle gemeenten die met de regionale server synchroniseren "
                "(coördinator of beheerder)"
            )
        )
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.progress: QProgressDialog | None = None
        if may(session, Permission.RAPPORT_MAKEN):
            layout.addWidget(
                QLabel(translate("stem.stem_view", "<b>Kwartaalrapport voor de klankbordgroep</b>"))
            )
            note = QLabel(
                translate(
                    "stem.stem_view",
                    "Zonder namen of BSN; groepen kleiner dan 5 personen staan er als “< 5”.",
                )
            )
            note.setWordWrap(True)
            layout.addWidget(note)
            row = QHBoxLayout()
            row.addWidget(QLabel(translate("stem.stem_view", "Jaar")))
            row.addWidget(self.jaar)
            row.addWidget(QLabel(translate("stem.stem_view", "Kwartaal")))
            row.addWidget(self.kwartaal)
            row.addWidget(self.regio)
            row.addWidget(self.pdf_button)
            row.addWidget(self.csv_button)
            row.addStretch(1)
            layout.addLayout(row)
            layout.addWidget(self.status)
        layout.addStretch(0 if self.kant else 1)
        self.refresh()

    def refresh(self) -> None:
        if self.kant is None:
            return
        rows = sleutelpersoon_kant(self.session)
        self.kant.setRowCount(len(rows))
        for r, k in enumerate(rows):
            last = format_date(k.laatst_gevraagd) if k.laatst_gevraagd else "nog nooit"
            cells = (k.naam, k.status, str(k.gesprekken), str(k.feedback), str(k.inzetten), last)
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c in (2, 3, 4):
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.kant.setItem(r, c, item)

    def export(self, suffix: str, path: Path | None = None) -> None:
        """Count on the GUI thread (short queries), draw the PDF/CSV in the background."""
        jaar, kwartaal = self.jaar.value(), self.kwartaal.value()
        if path is None:
            name = f"stem-van-de-nieuwkomer-{jaar}-Q{kwartaal}{suffix}"
            chosen, _ = QFileDialog.getSaveFileName(
                self, translate("stem.stem_view", "Kwartaalrapport bewaren"), name
            )
            if not chosen:
                return
            path = Path(chosen)
        if path.suffix.lower() != suffix:
            path = path.with_suffix(suffix)
        bron: ServerBron | None = None
        rapport: Kwartaalrapport | None = None
        try:
            if self.regio.isChecked():  # read the login here; the server is asked off the GUI
                bron = ServerBron(self.session)
            else:
                rapport = maak_rapport(LokaleBron(self.session), jaar, kwartaal, date.today())
        except UserError as exc:
            self.status.setText(app_text(user_message(exc)))
            return
        self.progress = QProgressDialog(
            translate("stem.stem_view", "Rapport maken…"), "", 0, 0, self
        )
        self.progress.setCancelButton(None)
        self.progress.setMinimumDuration(300)
        self.pdf_button.setEnabled(False)
        self.csv_button.setEnabled(False)

        def work() -> Path:
            made = rapport
            if bron is not None:
                with bron:
                    made = maak_rapport(bron, jaar, kwartaal, date.today())
            assert made is not None
            if suffix == ".pdf":
                from app.stem.rapport_pdf import rapport_pdf

                data = rapport_pdf(made)
            else:
                from app.stem.rapport_csv import rapport_csv

                data = rapport_csv(made)
            path.write_bytes(data)
            return path

        run_in_background(work, self._done, self._failed)

    def _finish(self) -> None:
        if self.progress is not None:
            self.progress.close()
            self.progress = None
        self.pdf_button.setEnabled(True)
        self.csv_button.setEnabled(True)

    def _done(self, path: Path) -> None:
        self._finish()
        self.status.setText(
            translate("stem.stem_view", "Rapport bewaard als {name}.").format(name=path.name)
        )

    def _failed(self, exc: BaseException) -> None:
        self._finish()
        if isinstance(exc, UserError):
            self.status.setText(app_text(user_message(exc)))
            return
        reason = exc.strerror if isinstance(exc, OSError) else "onbekende fout"
        self.status.setText(
            translate("stem.stem_view", "Het rapport kon niet worden bewaard ({reason}).").format(
                reason=reason
            )
        )
