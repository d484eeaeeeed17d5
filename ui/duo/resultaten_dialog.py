""" "Resultaten aan DUO melden": the officer marks the gevolgde uren (per kind) or the
contactpersoon done, or asks DUO to delete its PIP; each marked result is listed with what
became of it (verzonden, wacht op DUO / bevestigd / afgewezen, with DUO's reason). Writing one
row is an op; a wrong value is shown at its field and nothing is stored."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.changes import InburgeraarChanged
from app.duo.resultaten import STAND_LABEL, UREN_LABEL, DuoResultaatService, Melding, Stand
from app.errors import ValidationError
from app.session import Session
from app.validation import format_date
from ui.crash_draft import DraftPlace, draft_place
from ui.i18n import app_message, app_text
from ui.ops import Op, OpContext
from ui.unsaved import AsksBeforeDiscard
from ui.widgets import ChoiceCombo

RED = "color: #a4262c;"


class DuoResultatenDialog(AsksBeforeDiscard, QDialog):
    """Esc, the close button and Ctrl+W ask before typed hours or contact details are dropped."""

    def __init__(
        self, session: Session, inburgeraar_id: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.inburgeraar_id = inburgeraar_id
        self.service = DuoResultaatService(session)
        self.op: Op[Any] | None = None
        self.setWindowTitle(self.tr("Resultaten aan DUO melden"))
        layout = QVBoxLayout(self)

        uren_box = QGroupBox(self.tr("Gevolgde uren"))
        form = QFormLayout(uren_box)
        self.uren_soort = ChoiceCombo([(k.value, v) for k, v in UREN_LABEL.items()])
        self.uren = QLineEdit()
        self.uren.setPlaceholderText(self.tr("totaal tot nu toe, 0 tot en met 9999"))
        self.uren_error = QLabel("")
        self.uren_error.setStyleSheet(RED)
        self.uren_button = QPushButton(self.tr("Uren als gereed markeren en aan DUO melden"))
        form.addRow(self.tr("Soort"), self.uren_soort)
        form.addRow(self.tr("Aantal uren"), self.uren)
        form.addRow("", self.uren_error)
        form.addRow("", self.uren_button)
        layout.addWidget(uren_box)

        cp_box = QGroupBox(self.tr("Contactpersoon voor vragen van DUO"))
        form = QFormLayout(cp_box)
        self.naam, self.email, self.telefoon = QLineEdit(), QLineEdit(), QLineEdit()
        self.cp_error = QLabel("")
        self.cp_error.setStyleSheet(RED)
        self.cp_button = QPushButton(
            self.tr("Contactpersoon als gereed markeren en aan DUO melden")
        )
        form.addRow(self.tr("Naam"), self.naam)
        form.addRow(self.tr("E-mail"), self.email)
        form.addRow(self.tr("Telefoon"), self.telefoon)
        form.addRow("", self.cp_error)
        form.addRow("", self.cp_button)
        layout.addWidget(cp_box)

        z_box = QGroupBox(self.tr("Z-route"))
        form = QFormLayout(z_box)
        self.zroute = QLineEdit()
        self.zroute.setPlaceholderText(self.tr("dd-mm-jjjj"))
        self.zroute_error = QLabel("")
        self.zroute_error.setStyleSheet(RED)
        self.zroute_button = QPushButton(self.tr("Z-route afgerond: aan DUO melden"))
        form.addRow(self.tr("Datum afronding"), self.zroute)
        form.addRow("", self.zroute_error)
        form.addRow("", self.zroute_button)
        layout.addWidget(z_box)

        pip_box = QGroupBox(self.tr("PIP bij DUO"))
        pip_layout = QVBoxLayout(pip_box)
        pip_uitleg = QLabel(
            self.tr(
                "DUO verwijdert een geregistreerd PIP alleen zolang DUO nog geen "
                "inburgeringstermijn heeft vastgesteld."
            )
        )
        pip_uitleg.setWordWrap(True)
        self.pip_remove = QPushButton(self.tr("PIP bij DUO verwijderen"))
        self.pip_error = QLabel("")
        self.pip_error.setStyleSheet(RED)
        self.pip_error.setWordWrap(True)
        pip_layout.addWidget(pip_uitleg)
        pip_layout.addWidget(self.pip_remove)
        pip_layout.addWidget(self.pip_error)
        layout.addWidget(pip_box)

        layout.addWidget(QLabel(self.tr("Gemeld aan DUO")))
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Gemelde resultaten en het antwoord van DUO"))
        layout.addWidget(self.list)
        cp_row = QHBoxLayout()
        self.cp_change = QPushButton(self.tr("Gekozen contactpersoon bij DUO wijzigen"))
        self.cp_change.setToolTip(
            self.tr("Stuurt de naam, het e-mailadres en de telefoon hierboven naar DUO")
        )
        self.cp_remove = QPushButton(self.tr("Gekozen contactpersoon bij DUO verwijderen"))
        cp_row.addWidget(self.cp_change)
        cp_row.addWidget(self.cp_remove)
        cp_row.addStretch(1)
        layout.addLayout(cp_row)
        self.message = QLabel("")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.uren_button.clicked.connect(self.mark_uren)
        self.cp_button.clicked.connect(self.mark_contactpersoon)
        self.zroute_button.clicked.connect(self.mark_zroute)
        self.pip_remove.clicked.connect(lambda: self.remove_pip())
        self.cp_change.clicked.connect(self.change_contactpersoon)
        self.cp_remove.clicked.connect(self.remove_contactpersoon)
        self.list.currentRowChanged.connect(lambda _row: self._enable_cp())
        self.marked: list[Melding] = []
        self.refresh()

    def refresh(self) -> None:
        self.list.clear()
        self.marked = self.service.for_inburgeraar(self.inburgeraar_id)
        for m in self.marked:
            dag = format_date(m.gemarkeerd_op[:10])
            text = f"{dag}: {m.omschrijving} — {self.tr(STAND_LABEL[m.stand])}"
            if m.antwoord:
                text += f"\n{m.antwoord}"
            self.list.addItem(text)
            if m.stand is Stand.AFGEWEZEN:
                item = self.list.item(self.list.count() - 1)
                item.setForeground(QColor("#a4262c"))
                item.setToolTip(m.antwoord)

        self._enable_cp()

    def selected(self) -> Melding | None:
        row = self.list.currentRow()
        return self.marked[row] if 0 <= row < len(self.marked) else None

    def _enable_cp(self) -> None:
        m = self.selected()
        ok = m is not None and m.duo_id is not None and m.soort != "contactpersoon_verwijderen"
        self.cp_change.setEnabled(ok)
        self.cp_remove.setEnabled(ok)

    def _run(self, work: Any, error: QLabel, clear: list[QLineEdit]) -> None:
        error.setText("")
        cid = self.inburgeraar_id

        def failed(exc: BaseException) -> None:
            if isinstance(exc, ValidationError):
                error.setText("\n".join(exc.errors.values()))
            else:
                error.setText(app_message(exc))

        def done(_row_id: str) -> None:
            for field in clear:
                field.clear()
            if any(f.text().strip() for f in (self.uren, self.naam, self.email, self.telefoon)):
                # The other part is typed and not marked yet: it stays unsaved (Esc asks), and
                # the crash draft drops only what was marked (put back, it would be sent twice).
                if self._crash_draft is not None:
                    self._crash_draft.changed()
            else:
                self.mark_saved()
            self.message.setText(
                self.tr("Gemarkeerd; het gaat bij de volgende synchronisatie naar DUO.")
            )
            self.refresh()

        self.op = (
            Op(self, work, session=self.session)
            .disable(
                self.uren_button,
                self.cp_button,
                self.zroute_button,
                self.cp_change,
                self.cp_remove,
                self.pip_remove,
            )
            .changes(lambda _row: (InburgeraarChanged(cid),))
            .success(done)
            .failure(failed)
            .run()
        )

    def crash_draft(self) -> DraftPlace | None:
        return draft_place(self.session, "duo_resultaten", self.inburgeraar_id, self.inburgeraar_id)

    def save_unsaved(self) -> bool:
        """'Opslaan' marks what was typed, as its own button does; the dialog stays open to show
        DUO's list (or the error next to the field), so nothing typed is lost meanwhile."""
        if self.uren.text().strip():
            self.mark_uren()
        if any(f.text().strip() for f in (self.naam, self.email, self.telefoon)):
            self.mark_contactpersoon()
        if self.zroute.text().strip():
            self.mark_zroute()
        return False

    def mark_uren(self) -> None:
        cid, soort, uren = self.inburgeraar_id, self.uren_soort.currentData(), self.uren.text()

        def work(ctx: OpContext) -> str:
            return DuoResultaatService(ctx.session).uren_gereed(cid, str(soort), uren)

        self._run(work, self.uren_error, [self.uren])

    def mark_contactpersoon(self) -> None:
        cid = self.inburgeraar_id
        naam, email, tel = self.naam.text(), self.email.text(), self.telefoon.text()

        def work(ctx: OpContext) -> str:
            return DuoResultaatService(ctx.session).contactpersoon_gereed(cid, naam, email, tel)

        self._run(work, self.cp_error, [])

    def mark_zroute(self) -> None:
        cid, datum = self.inburgeraar_id, self.zroute.text()

        def work(ctx: OpContext) -> str:
            return DuoResultaatService(ctx.session).zroute_gereed(cid, datum)

        self._run(work, self.zroute_error, [self.zroute])

    def change_contactpersoon(self) -> None:
        m = self.selected()
        if m is None:
            return
        cid, mid = self.inburgeraar_id, m.id
        naam, email, tel = self.naam.text(), self.email.text(), self.telefoon.text()

        def work(ctx: OpContext) -> str:
            return DuoResultaatService(ctx.session).contactpersoon_wijzigen(
                cid, mid, naam, email, tel
            )

        self._run(work, self.cp_error, [])

    def remove_contactpersoon(self) -> None:
        m = self.selected()
        if m is None:
            return
        cid, mid = self.inburgeraar_id, m.id

        def work(ctx: OpContext) -> str:
            return DuoResultaatService(ctx.session).contactpersoon_verwijderen(cid, mid)

        self._run(work, self.cp_error, [])

    def remove_pip(self, confirm: bool = True) -> None:
        """Ask DUO to delete the PIP it registered. First the service says whether that can be
        asked now (DUO confirmed a PIP, set no termijn, no deletion on its way); if not, its
        reason is shown and nothing is asked. Otherwise the officer is asked first: DUO then
        holds no PIP for this person until a new one is vastgesteld and sent."""
        cid = self.inburgeraar_id
        self.pip_error.setText("")

        def check(ctx: OpContext) -> str | None:
            return DuoResultaatService(ctx.session).pip_verwijderen_refusal(cid)

        def checked(refusal: str | None) -> None:
            if refusal is not None:
                self.pip_error.setText(app_text(refusal))
            elif not confirm or self._officer_confirms_pip_removal():
                self._run(work, self.pip_error, [])

        def work(ctx: OpContext) -> str:
            return DuoResultaatService(ctx.session).pip_verwijderen(cid)

        self.op = (
            Op(self, check, session=self.session)
            .disable(self.pip_remove)
            .success(checked)
            .failure(lambda exc: self.pip_error.setText(app_message(exc)))
            .run()
        )

    def _officer_confirms_pip_removal(self) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("PIP bij DUO verwijderen"),
            self.tr(
                "DUO het geregistreerde PIP van deze inburgeraar laten verwijderen? DUO heeft "
                "daarna geen PIP meer van deze persoon, tot een nieuw PIP is vastgesteld en "
                "verzonden."
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes
