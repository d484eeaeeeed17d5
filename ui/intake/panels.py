"""Side panels of the intake window: what is still missing, gesprekken and signalen."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app import reference
from app.intake.gesprekken import PLAATSEN, Gesprek, GesprekService
from app.intake.progress import MissingItem
from app.validation import ValidationError, format_date
from ui.widgets import ERROR_STYLE, ChoiceCombo

TARGET_ROLE = Qt.ItemDataRole.UserRole + 2


class MissingList(QListWidget):
    """Every missing required item; Enter or a click jumps to the question."""

    jump = Signal(str, str)  # section id, question id

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("nog-nodig")
        self.setAccessibleName("Nog nodig om af te ronden")
        self.setWordWrap(True)
        self.itemActivated.connect(self._activate)
        self.itemClicked.connect(self._activate)

    def show_missing(self, items: tuple[MissingItem, ...]) -> None:
        self.clear()
        if not items:
            done = QListWidgetItem("Alles wat nodig is, is ingevuld.")
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


class GesprekkenPanel(QWidget):
    def __init__(self, service: GesprekService, client_id: str) -> None:
        super().__init__()
        self.service = service
        self.client_id = client_id
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.setAccessibleName("Gesprekken")
        self.datum = QLineEdit(format_date(service.today()))
        self.plaats = ChoiceCombo(list(PLAATSEN.items()), empty="— kies —")
        self.klantmanager = QLineEdit()
        self.sleutelpersoon = QLineEdit()
        self.rollen: dict[str, QCheckBox] = {}
        grid = QGridLayout()
        for n, (code, label) in enumerate(reference.SLEUTELPERSOON_ROLLEN.items()):
            box = QCheckBox(label)
            self.rollen[code] = box
            grid.addWidget(box, n // 2, n % 2)
        self.tolk = QLineEdit()
        self.tolk.setPlaceholderText("leeg = geen tolk")
        self.zonder_partner = QCheckBox("Verteld: mag zonder partner praten")
        self.notitie = QPlainTextEdit()
        self.notitie.setTabChangesFocus(True)
        self.notitie.setFixedHeight(60)
        self.error = QLabel()
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.add_button = QPushButton("Gesprek &vastleggen")
        self.add_button.clicked.connect(self.add)
        self.note_button = QPushButton("Notitie bij gekozen gesprek")
        self.note_button.clicked.connect(self.add_note)
        form = QFormLayout()
        form.addRow("Datum", self.datum)
        form.addRow("Plaats", self.plaats)
        form.addRow("Klantmanager", self.klantmanager)
        form.addRow("Sleutelpersoon", self.sleutelpersoon)
        form.addRow("Rollen", grid)
        form.addRow("Tolk", self.tolk)
        form.addRow("", self.zonder_partner)
        form.addRow("Notitie", self.notitie)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addLayout(form)
        layout.addWidget(self.error)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.note_button)
        layout.addLayout(buttons)
        self.reload()

    def reload(self) -> None:
        self.list.clear()
        for g in self.service.gesprekken(self.client_id):
            item = QListWidgetItem(describe(g))
            item.setData(TARGET_ROLE, g.id)
            self.list.addItem(item)
        if not self.list.count():
            self.list.addItem("Nog geen gesprek vastgelegd.")

    def form(self) -> dict[str, object]:
        return {
            "datum": self.datum.text(),
            "plaats": self.plaats.code(),
            "klantmanager": self.klantmanager.text(),
            "sleutelpersoon_naam": self.sleutelpersoon.text(),
            "rollen": [c for c, box in self.rollen.items() if box.isChecked()],
            "tolk": self.tolk.text(),
            "zonder_partner_verteld": self.zonder_partner.isChecked(),
            "notitie": self.notitie.toPlainText(),
        }

    def add(self) -> None:
        try:
            self.service.add_gesprek(self.client_id, self.form())
        except ValidationError as exc:
            self.error.setText("\n".join(exc.errors.values()))
            return
        self.error.clear()
        self.notitie.clear()
        for box in self.rollen.values():
            box.setChecked(False)
        self.reload()

    def add_note(self) -> None:
        item = self.list.currentItem()
        gesprek_id = item.data(TARGET_ROLE) if item else None
        if not gesprek_id:
            self.error.setText("Kies eerst een gesprek in de lijst.")
            return
        try:
            self.service.add_notitie(str(gesprek_id), self.notitie.toPlainText())
        except ValidationError as exc:
            self.error.setText("\n".join(exc.errors.values()))
            return
        self.error.clear()
        self.notitie.clear()
        self.reload()


class SignalenPanel(QWidget):
    def __init__(self, service: GesprekService, client_id: str) -> None:
        super().__init__()
        self.service = service
        self.client_id = client_id
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.setAccessibleName("Signalen")
        self.datum = QLineEdit(format_date(service.today()))
        self.gemeld_door = QLineEdit()
        self.gemeld_door.setPlaceholderText("bijv. de sleutelpersoon")
        self.tekst = QPlainTextEdit()
        self.tekst.setTabChangesFocus(True)
        self.tekst.setFixedHeight(70)
        self.error = QLabel()
        self.error.setStyleSheet(ERROR_STYLE)
        self.add_button = QPushButton("Signaal vastleggen")
        self.add_button.clicked.connect(self.add)
        form = QFormLayout()
        form.addRow("Datum", self.datum)
        form.addRow("Gemeld door", self.gemeld_door)
        form.addRow("Signaal", self.tekst)
        layout = QVBoxLayout(self)
        intro = QLabel("Signalen die een sleutelpersoon opvangt; apart van de antwoorden bewaard.")
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.add_button)
        self.reload()

    def reload(self) -> None:
        self.list.clear()
        for s in self.service.signalen(self.client_id):
            door = f" ({s.gemeld_door})" if s.gemeld_door else ""
            self.list.addItem(f"{format_date(s.datum)}{door}: {s.tekst}")

    def add(self) -> None:
        form = {
            "datum": self.datum.text(),
            "gemeld_door": self.gemeld_door.text(),
            "tekst": self.tekst.toPlainText(),
        }
        try:
            self.service.add_signaal(self.client_id, form)
        except ValidationError as exc:
            self.error.setText("\n".join(exc.errors.values()))
            return
        self.error.clear()
        self.tekst.clear()
        self.reload()
