"""The dossier's history "Van DUO": every change DUO caused or an officer took from DUO, newest
first, each line ending in "(bron: DUO)". A warning (DUO's termijn differs from the computed
one) and an open rejection stand out in red; a rejection is marked handled here, and a fact that
fills a register or intake field (LBT result, doelgroep, plicht) is taken into the dossier with
"In dossier overnemen"."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.changes import InburgeraarChanged, IntakeChanged, TermijnenChanged
from app.duo import toepassen
from app.duo.feiten import DuoFeit, DuoFeitService
from app.errors import user_message
from app.security.roles import Permission, may
from app.session import Session
from ui.i18n import app_text
from ui.ops import Op, OpContext

MAX_SHOWN = 20
RED = "color: #a4262c;"


def _open_rejection(f: DuoFeit) -> bool:
    return (
        f.soort.endswith("_antwoord")
        and f.gegevens.get("status") != "bevestigd"
        and (not f.afgehandeld)
    )


def _when(stamp: str) -> str:
    day = stamp[:10]
    return f"{day[8:10]}-{day[5:7]}-{day[0:4]}" if len(day) == 10 else stamp


class DuoHistory(QGroupBox):
    def __init__(
        self, session: Session, inburgeraar_id: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.inburgeraar_id = inburgeraar_id
        self.setTitle(self.tr("Van DUO"))
        self.setAccessibleName(self.tr("Geschiedenis van DUO"))
        self.buttons: dict[str, QPushButton] = {}  # fact id -> its action (tests press them)
        self.message = QLabel("")
        self.message.setWordWrap(True)
        self.op: Op[Any] | None = None
        layout = QVBoxLayout(self)
        facts = list(reversed(DuoFeitService(session).for_inburgeraar(inburgeraar_id)))
        if not facts:
            layout.addWidget(QLabel(self.tr("Nog niets van DUO.")))
        may_write = may(session, Permission.DOSSIER_WIJZIGEN)
        for f in facts[:MAX_SHOWN]:
            layout.addWidget(self._line(f, may_write))
        if len(facts) > MAX_SHOWN:
            more = self.tr("… en {0} eerdere.").format(len(facts) - MAX_SHOWN)
            layout.addWidget(QLabel(more))
        layout.addWidget(self.message)

    def _line(self, f: DuoFeit, may_write: bool) -> QWidget:
        row = QWidget()
        box = QHBoxLayout(row)
        box.setContentsMargins(0, 0, 0, 0)
        text = f"{_when(f.vastgelegd_op)}: {f.omschrijving}"
        if f.waarschuwing:
            text += f"\n{self.tr('Let op')}: {f.waarschuwing}"
        label = QLabel(text)
        label.setWordWrap(True)
        if f.waarschuwing or _open_rejection(f):
            label.setStyleSheet(RED)
        box.addWidget(label, 1)
        if may_write and _open_rejection(f):
            button = QPushButton(self.tr("Afgehandeld"))
            button.clicked.connect(lambda _=False, feit=f: self._handled(feit))
            self.buttons[f.id] = button
            box.addWidget(button)
        elif may_write and toepassen.kan_overnemen(f):
            button = QPushButton(self.tr("In dossier overnemen"))
            button.setToolTip(self.tr("Neem de waarden van DUO over in het dossier (bron: DUO)"))
            button.clicked.connect(lambda _=False, feit=f: self._take(feit))
            self.buttons[f.id] = button
            box.addWidget(button)
        return row

    def _changes(self) -> tuple[Any, ...]:
        cid = self.inburgeraar_id
        return (InburgeraarChanged(cid), IntakeChanged(cid), TermijnenChanged())

    def _failed(self, exc: BaseException) -> None:
        self.message.setStyleSheet(RED)
        self.message.setText(app_text(user_message(exc)))

    def _handled(self, feit: DuoFeit) -> None:
        def work(ctx: OpContext) -> bool:
            return DuoFeitService(ctx.session).afhandelen(feit)

        self._run(work)

    def _take(self, feit: DuoFeit) -> None:
        cid = self.inburgeraar_id

        def work(ctx: OpContext) -> list[str]:
            return toepassen.overnemen(ctx.session, cid, feit)

        self._run(work)

    def _run(self, work: Callable[[OpContext], object]) -> None:
        """A fact's action as an op: every button waits, the dossier's views refresh after."""
        self.op = (
            Op(self, work, session=self.session)
            .disable(*self.buttons.values())
            .changes(lambda _result: self._changes())
            .failure(self._failed)
            .run()
        )
