""" "Nieuw van DUO": new inburgeraars DUO notified whose BSN the region does not hold yet.

Each row shows the event, its date, the plicht and the doelgroep DUO gave. "Opnemen in
register…" asks the regional server (an op) whether this officer may take it in, then opens the
normal register dialog prefilled with DUO's facts; the officer types the name. "Niet voor ons…"
asks for a reason. A colleague who was first: a clear message, and the row leaves the list.
Cancelling the prefilled register dialog releases the aanmelding at once (an op); "Vrijgeven"
does so for one's own held entry, or for a colleague's held longer than one working day.
The list refreshes itself after every sync.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.changes import Change, InburgeraarAdded, SyncFinished
from app.duo.aanmelding_tijd import format_moment
from app.duo.aanmeldingen import (
    PLICHT_TEKSTEN,
    Aanmelding,
    DuoAanmeldingService,
    OpnameService,
    Tekst,
)
from app.errors import ValidationError
from app.security.roles import Permission, may
from app.session import Session
from app.validation import format_date
from ui.broadcast import broadcast_for
from ui.i18n import app_message, app_text
from ui.inburgeraars.inburgeraar_dialog import InburgeraarDialog
from ui.ops import Op, OpContext
from ui.screen_fit import fit_window

RED = "color: #a4262c;"


class DuoAanmeldingenDialog(QDialog):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.service = DuoAanmeldingService(session)
        self.entries: list[Aanmelding] = []
        self.register_dialog: InburgeraarDialog | None = None
        self.op: Op[Any] | None = None
        self.setWindowTitle(self.tr("Nieuw van DUO"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "DUO meldde deze nieuwe inburgeraars van uw gemeente. DUO geeft geen naam: neem "
                "iemand op in het register en vul de naam in, of handel de melding af als die "
                "niet voor uw gemeente is."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = QTableWidget(0, 6)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Gebeurtenis"),
                self.tr("Datum"),
                self.tr("BSN"),
                self.tr("Inburgeringsplicht"),
                self.tr("Doelgroep"),
                self.tr("In behandeling bij"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)  # the event wraps
        self.table.setWordWrap(True)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setAccessibleName(self.tr("Nieuwe inburgeraars van DUO"))
        layout.addWidget(self.table)
        self.empty = QLabel(self.tr("Er zijn geen nieuwe meldingen van DUO."))
        layout.addWidget(self.empty)
        self.message = QLabel()
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        row = QHBoxLayout()
        self.opnemen = QPushButton(self.tr("Opnemen in register…"))
        self.afhandelen = QPushButton(self.tr("Niet voor ons…"))
        self.vrijgeven_knop = QPushButton(self.tr("Vrijgeven"))
        self.vrijgeven_knop.setToolTip(
            self.tr(
                "Een aanmelding die in behandeling is maar niet is opgenomen weer openzetten "
                "voor uw gemeente: uw eigen meteen, die van een collega na één werkdag."
            )
        )
        row.addWidget(self.opnemen)
        row.addWidget(self.afhandelen)
        row.addWidget(self.vrijgeven_knop)
        row.addStretch(1)
        layout.addLayout(row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.opnemen.clicked.connect(self.start_opnemen)
        self.afhandelen.clicked.connect(self.niet_voor_ons)
        self.vrijgeven_knop.clicked.connect(self.vrijgeven)
        self.table.itemSelectionChanged.connect(self._enable)
        broadcast_for(session).subscribe(self, self._changed)
        fit_window(self, 1100, 440)
        self.reload()

    # --- the list --------------------------------------------------------------------------
    def reload(self) -> None:
        self.entries = self.service.lijst()
        self.table.setRowCount(len(self.entries))
        for i, a in enumerate(self.entries):
            for col, text in enumerate(
                (
                    f"{a.gebeurtenis_id}: {a.omschrijving}",
                    format_date(a.registratie),
                    a.bsn,
                    app_text(PLICHT_TEKSTEN[a.plicht_code]).format(
                        datum=format_date(a.datum_start_plicht)
                    ),
                    self._doelgroep(a),
                    self._bij(a),
                )
            ):
                item = QTableWidgetItem(text)
                item.setToolTip(text)  # a long event wraps and may be cut off
                self.table.setItem(i, col, item)
        self.table.setVisible(bool(self.entries))
        self.empty.setVisible(not self.entries)
        if self.entries and not self.table.selectedItems():
            self.table.selectRow(0)
        self._enable()

    @staticmethod
    def _doelgroep(a: Aanmelding) -> str:
        parts = [app_text(p) for p in a.doelgroep_delen]
        rechten = parts.pop() if a.asielrechten else ""
        text = " / ".join(parts) or app_text(PLICHT_TEKSTEN["onbekend"])
        return f"{text}; {rechten}" if rechten else text

    def _bij(self, a: Aanmelding) -> str:
        if not a.in_behandeling_door:
            return ""
        if a.in_behandeling_sinds is None:
            return a.in_behandeling_door
        return self.tr("{wie} sinds {wanneer}").format(
            wie=a.in_behandeling_door, wanneer=format_moment(a.in_behandeling_sinds)
        )

    def _changed(self, changes: tuple[Change, ...]) -> None:
        if any(isinstance(c, (SyncFinished, InburgeraarAdded)) for c in changes):
            self.reload()

    def _enable(self) -> None:
        ok = self.current() is not None and may(self.session, Permission.DOSSIER_WIJZIGEN)
        self.opnemen.setEnabled(ok)
        self.afhandelen.setEnabled(ok)
        entry = self.current()
        self.vrijgeven_knop.setEnabled(entry is not None and self.service.mag_vrijgeven(entry))

    def current(self) -> Aanmelding | None:
        rows = {i.row() for i in self.table.selectedIndexes()}
        if len(rows) != 1:
            return None
        row = rows.pop()
        return self.entries[row] if 0 <= row < len(self.entries) else None

    def _say(self, text: str, *, error: bool = False) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(RED if error else "")

    # --- taking in -------------------------------------------------------------------------
    def start_opnemen(self) -> None:
        entry = self.current()
        if entry is None:
            return
        self._say(self.tr("De regionale server wordt gevraagd of u deze kunt opnemen…"))

        def work(ctx: OpContext) -> Aanmelding:
            return DuoAanmeldingService(ctx.session).opnemen_starten(entry.id)

        self.op = (
            Op(self, work, session=self.session, title=self.tr("Opnemen in register"))
            .busy(self.tr("Aanmelding van DUO opnemen…"))
            .disable(self.opnemen, self.afhandelen, self.vrijgeven_knop)
            .success(self._open_register)
            .failure(self._failed)
            .run()
        )

    def _failed(self, exc: BaseException) -> None:
        self._say(app_message(exc), error=True)
        self.reload()

    def _open_register(self, entry: Aanmelding) -> None:
        self._say("")
        dialog = InburgeraarDialog(
            OpnameService(self.session, entry),
            parent=self,
            default_gemeente=entry.gemeentecode,
            default_klantmanager=self.session.settings.klantmanager,
        )
        dialog.setWindowTitle(self.tr("Nieuwe inburgeraar van DUO"))
        dialog.prefill(DuoAanmeldingService.formulier(entry))
        dialog.saved.connect(self._saved)
        dialog.rejected.connect(lambda: self._cancelled(entry))
        self.register_dialog = dialog
        dialog.open()

    def _saved(self, inburgeraar_id: str) -> None:
        broadcast_for(self.session).publish([InburgeraarAdded(inburgeraar_id)])
        self._say(
            self.tr(
                "Opgenomen in het register. Na de volgende synchronisatie staan de gegevens "
                "van DUO in de geschiedenis van het dossier."
            )
        )

    def _cancelled(self, entry: Aanmelding) -> None:
        """The register dialog closed without saving: the aanmelding is released at once, so
        it does not stay with this officer."""
        self.register_dialog = None
        self._release(entry, cancelled=True)

    # --- releasing ---------------------------------------------------------------------------
    def vrijgeven(self) -> None:
        entry = self.current()
        if entry is not None:
            self._release(entry, cancelled=False)

    def _release(self, entry: Aanmelding, *, cancelled: bool) -> None:
        self._say(self.tr("De aanmelding wordt vrijgegeven…"))

        def work(ctx: OpContext) -> Tekst:
            return DuoAanmeldingService(ctx.session).vrijgeven(entry.id)

        def done(said: Tekst) -> None:
            self._say(app_text(said.template).format(**said.values))
            self.reload()

        def failed(exc: BaseException) -> None:
            text = app_message(exc)
            if cancelled:
                text = self.tr(
                    "Niet opgenomen, maar de aanmelding blijft bij u in behandeling: {reden} "
                    "Geef haar later vrij met 'Vrijgeven'."
                ).format(reden=text)
            self._say(text, error=True)
            self.reload()

        self.op = (
            Op(self, work, session=self.session, title=self.tr("Vrijgeven"))
            .busy(self.tr("Aanmelding van DUO vrijgeven…"))
            .disable(self.opnemen, self.afhandelen, self.vrijgeven_knop)
            .success(done)
            .failure(failed)
            .run()
        )

    # --- setting aside ---------------------------------------------------------------------
    def niet_voor_ons(self, reden: str | None = None) -> None:
        entry = self.current()
        if entry is None:
            return
        if reden is None:
            text, ok = QInputDialog.getText(
                self,
                self.tr("Niet voor ons"),
                self.tr("Waarom is deze melding niet voor uw gemeente?"),
                QLineEdit.EchoMode.Normal,
            )
            if not ok:
                return
            reden = text

        def work(ctx: OpContext) -> None:
            DuoAanmeldingService(ctx.session).niet_voor_ons(entry.id, reden)

        def failed(exc: BaseException) -> None:
            if isinstance(exc, ValidationError):
                self._say(app_text(exc.errors.get("reden", str(exc))), error=True)
            else:
                self._failed(exc)

        def done(_none: object) -> None:
            self._say(self.tr("Afgehandeld: niet voor ons."))
            self.reload()

        self.op = (
            Op(self, work, session=self.session, title=self.tr("Niet voor ons"))
            .busy(self.tr("Aanmelding van DUO afhandelen…"))
            .disable(self.opnemen, self.afhandelen, self.vrijgeven_knop)
            .success(done)
            .failure(failed)
            .run()
        )
