"""The Controle tab: dagtekening, DUO's rules and what is still missing, listed before signing."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.i18n import translate
from ui.pip.fields import DateEdit
from ui.widgets import Field

RED = QColor("#b71c1c")
AMBER = QColor("#7a4f00")


class CheckPanel(QWidget):
    check_requested = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.dagtekening = DateEdit()
        self.dagtekening.setObjectName("dagtekening")
        self.dagtekening_field = Field(self.dagtekening)
        self.check_button = QPushButton(translate("pip.check_panel", "Controleren"))
        self.check_button.clicked.connect(self.check_requested.emit)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setObjectName("controle_samenvatting")
        self.list = QListWidget()
        self.list.setAccessibleName(translate("pip.check_panel", "Wat DUO nog mist"))
        self.list.setObjectName("overtredingen")
        self.list.setWordWrap(True)
        form = QFormLayout()
        form.addRow(translate("pip.check_panel", "Dagtekening"), self.dagtekening_field)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.check_button)
        layout.addWidget(self.summary)
        layout.addWidget(self.list, 1)

    def show_result(self, violations: list[str], missing: list[str], warnings: list[str]) -> None:
        self.list.clear()
        for text in violations:
            item = QListWidgetItem(
                translate("pip.check_panel", "DUO weigert: {text}").format(text=text)
            )
            item.setForeground(RED)
            self.list.addItem(item)
        for text in missing:
            item = QListWidgetItem(
                translate("pip.check_panel", "Ontbreekt: {text}").format(text=text)
            )
            item.setForeground(RED)
            self.list.addItem(item)
        for text in warnings:
            item = QListWidgetItem(translate("pip.check_panel", "Let op: {text}").format(text=text))
            item.setForeground(AMBER)
            self.list.addItem(item)
        if violations or missing:
            n = len(violations) + len(missing)
            self.summary.setText(
                translate(
                    "pip.check_panel",
                    "<b style='color:#b71c1c'>%n punten te verhelpen voor het vaststellen.</b>",
                    None,
                    n,
                )
            )
        else:
            self.summary.setText(
                translate(
                    "pip.check_panel",
                    "<b style='color:#1b5e20'>Voldoet aan de regels van DUO en is compleet.</b>",
                )
            )

    def problems(self) -> list[str]:
        return [self.list.item(i).text() for i in range(self.list.count())]
