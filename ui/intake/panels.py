"""Side panels of the intake window: what is still missing, gesprekken and signalen."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QListWidget,
    QListWidgetItem,
)

from app import reference
from app.intake.gesprekken import Gesprek
from app.intake.progress import MissingItem
from app.validation import format_date
from ui.i18n import translate

TARGET_ROLE = Qt.ItemDataRole.UserRole + 2


class MissingList(QListWidget):
    """Every missing required item; Enter or a click jumps to the question."""

    jump = Signal(str, str)  # section id, question id

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("nog-nodig")
        self.setAccessibleName(translate("intake.panels", "Nog nodig om af te ronden"))
        self.setWordWrap(True)
        self.itemActivated.connect(self._activate)
        self.itemClicked.connect(self._activate)

    def show_missing(self, items: tuple[MissingItem, ...]) -> None:
        self.clear()
        if not items:
            done = QListWidgetItem(translate("intake.panels", "Alles wat nodig is, is ingevuld."))
            done.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.addItem(done)
            return
        for m in items:
            mark = " (verplicht)" if m.legal_minimum else ""
            item = QListWidgetItem(f"{m.section_title}{mark}: {m.label}")
            item.setData(TARGET_ROLE, (m.section_id, m.question_id))
            self.addItem(item)

    def _activate(self, item: QListWidgetItem) -> None:
        target = item.data(TARGET_ROLE)
        if target:
            self.jump.emit(*target)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentItem():
            self._activate(self.currentItem())
            return
        super().keyPressEvent(event)


def describe(g: Gesprek) -> str:
    parts = [format_date(g.datum), g.plaats_label]
    if g.klantmanager:
        parts.append(g.klantmanager)
    if g.sleutelpersoon_naam:
        rollen = ", ".join(reference.SLEUTELPERSOON_ROLLEN[r].lower() for r in g.rollen)
        parts.append(f"sleutelpersoon {g.sleutelpersoon_naam}" + (f" ({rollen})" if rollen else ""))
    if g.tolk:
        parts.append(f"tolk: {g.tolk}")
    parts.append(
        "zonder partner: verteld" if g.zonder_partner_verteld else "zonder partner: nog niet"
    )
    text = " · ".join(parts)
    return text + "".join(f"\n   – {n}" for n in g.notities)
