"""'Gemeenten beheren': the municipalities a store knows, and adding one (name + CBS code)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import DuplicateError
from app.inburgeraars.service import InburgeraarService
from app.validation import ValidationError
from ui.i18n import app_text, translate
from ui.unsaved import AsksBeforeDiscard
from ui.widgets import ERROR_STYLE, Field


class GemeenteDialog(AsksBeforeDiscard, QDialog):
    added = Signal(str)  # code

    def __init__(self, service: InburgeraarService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.setWindowTitle(translate("clients.gemeente_dialog", "Gemeenten beheren"))
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(translate("clients.gemeente_dialog", "Gemeenten in dit gegevensbestand:"))
        )
        self.list = QListWidget()
        self.list.setAccessibleName(translate("clients.gemeente_dialog", "Gemeenten"))
        layout.addWidget(self.list)
        form = QFormLayout()
        self.naam = QLineEdit()
        self.naam.setAccessibleName(translate("clients.gemeente_dialog", "Naam"))
        self.code = QLineEdit()
        self.code.setPlaceholderText(
            translate("clients.gemeente_dialog", "4 cijfers, bijvoorbeeld 0363")
        )
        self.code.setAccessibleName(translate("clients.gemeente_dialog", "CBS-gemeentecode"))
        self.fields = {"naam": Field(self.naam), "code": Field(self.code)}
        form.addRow(translate("clients.gemeente_dialog", "Naam"), self.fields["naam"])
        form.addRow(translate("clients.gemeente_dialog", "CBS-code"), self.fields["code"])
        layout.addLayout(form)
        self.add_button = QPushButton(translate("clients.gemeente_dialog", "Toevoegen"))
        self.add_button.clicked.connect(self.submit)
        layout.addWidget(self.add_button)
        self.message = QLabel()
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(
            translate("clients.gemeente_dialog", "Sluiten")
        )
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.reload()

    def reload(self) -> None:
        self.list.clear()
        for code, naam in self.service.gemeente_list():
            self.list.addItem(f"{naam} ({code})")

    def submit(self) -> None:
        for field in self.fields.values():
            field.set_error(None)
        self.message.setText("")
        code = self.code.text()
        try:
            self.service.add_gemeente(code, self.naam.text())
        except ValidationError as exc:
            for name, message in exc.errors.items():
                self.fields[name].set_error(message)
            return
        except DuplicateError as exc:
            self.fields["code"].set_error(app_text(str(exc)))
            return
        self.naam.clear()
        self.code.clear()
        self.reload()
        self.message.setText("")
        self.added.emit(code.strip())
