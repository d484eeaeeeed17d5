"""Beheer > Briefhoofd per gemeente: the sender, bezwaar route, kenmerk, signatory, cost
centre and logo of one municipality's letter (saved through app.briefhoofd, beheerder only)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app import briefhoofd
from app.briefhoofd import Briefhoofd, LogoError
from app.defaults import load_defaults_or_builtin
from app.errors import StoreError, user_message
from app.session import Session
from app.validation import ValidationError
from ui.i18n import app_text
from ui.unsaved import AsksBeforeDiscard
from ui.widgets import ChoiceCombo, Field

ERROR_STYLE = "color: #a00000;"


class BriefhoofdDialog(AsksBeforeDiscard, QDialog):
    def __init__(self, session: Session, code: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("Briefhoofd per gemeente"))
        self.centraal = load_defaults_or_builtin()[0].gemeenten
        self.gemeente = ChoiceCombo(session.inburgeraars.gemeente_list())
        self.gemeente.setAccessibleName(self.tr("Gemeente"))
        self.voorbeeld = QLabel()
        self.voorbeeld.setObjectName("voorbeeld")
        self.voorbeeld.setWordWrap(True)
        self.voorbeeld.setStyleSheet("background: #fff4cc; padding: 4px;")
        self.edits: dict[str, QLineEdit | QPlainTextEdit] = {}
        self.fields: dict[str, Field] = {}
        form = QFormLayout()
        form.addRow(self.tr("Gemeente"), self.gemeente)
        labels = {
            "naam": self.tr("Naam op de brief"),
            "postadres": self.tr("Postadres (retour en bezwaar)"),
            "bezoekadres": self.tr("Bezoekadres"),
            "telefoon": self.tr("Telefoon"),
            "email": self.tr("E-mail"),
            "website": self.tr("Website"),
            "bezwaar_online": self.tr("Bezwaar online (webadres)"),
            "kenmerk_patroon": self.tr("Patroon kenmerk"),
            "ondertekenaar": self.tr("Ondertekenaar"),
            "ondertekenaar_functie": self.tr("Functie ondertekenaar"),
            "kostenplaats": self.tr("Kostenplaats (declaraties)"),
        }
        for name in briefhoofd.TEXT_FIELDS:
            edit: QLineEdit | QPlainTextEdit
            if name == "postadres":
                edit = QPlainTextEdit()
                edit.setFixedHeight(70)
            else:
                edit = QLineEdit()
            edit.setObjectName(name)
            edit.setAccessibleName(labels[name])
            self.edits[name] = edit
            self.fields[name] = Field(edit)
            form.addRow(labels[name], self.fields[name])
        self.edits["kenmerk_patroon"].setPlaceholderText(
            self.tr("leeg: het patroon uit de instellingen")
        )
        self.logo_preview = QLabel()
        self.logo_preview.setObjectName("logo")
        self.logo_preview.setMinimumSize(160, 60)
        self.logo_preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logo_error = QLabel()
        self.logo_error.setObjectName("logo_fout")
        self.logo_error.setWordWrap(True)
        self.logo_error.setStyleSheet(ERROR_STYLE)
        self.logo_error.hide()
        choose = QPushButton(self.tr("Logo kiezen…"))
        choose.clicked.connect(self.choose_logo)
        self.remove_logo = QPushButton(self.tr("Logo weghalen"))
        self.remove_logo.clicked.connect(self.clear_logo)
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo_preview)
        logo_row.addWidget(choose)
        logo_row.addWidget(self.remove_logo)
        logo_col = QVBoxLayout()
        logo_col.addLayout(logo_row)
        logo_col.addWidget(self.logo_error)
        form.addRow(self.tr("Logo (PNG of JPEG)"), logo_col)
        self.message = QLabel()
        self.message.setObjectName("melding")
        self.message.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("Sluiten"))  # Qt's own text can be English
        self.save_button = buttons.addButton(
            self.tr("Opslaan"), QDialogButtonBox.ButtonRole.ApplyRole
        )
        self.save_button.clicked.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.voorbeeld)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.logo: bytes = b""
        self.logo_changed = False
        self.gemeente.currentIndexChanged.connect(lambda _i: self.load())
        if code:
            self.gemeente.set_code(code)
        self.load()

    # --- reading and showing --------------------------------------------------------------
    def code(self) -> str:
        return self.gemeente.code()

    def load(self) -> None:
        code = self.code()
        saved = briefhoofd.laad(self.session, code, self.centraal)
        for name in briefhoofd.TEXT_FIELDS:
            self._set(name, getattr(saved.briefhoofd, name))
            self.fields[name].set_error(None)
        self.logo, self.logo_changed = saved.logo, False
        self._show_logo()
        self.logo_error.hide()
        self.message.clear()
        self.voorbeeld.setText(
            self.tr(
                "Voorbeeld, controleren: deze adresgegevens zijn voorbeelden en niet "
                "gecontroleerd. Vergelijk ze met de gegevens van de gemeente en sla ze op."
            )
        )
        self.voorbeeld.setVisible(saved.voorbeeld)
        self.mark_saved()  # what is shown now is what is stored

    def _set(self, name: str, value: str) -> None:
        edit = self.edits[name]
        if isinstance(edit, QPlainTextEdit):
            edit.setPlainText(value)
        else:
            edit.setText(value)

    def _get(self, name: str) -> str:
        edit = self.edits[name]
        return edit.toPlainText() if isinstance(edit, QPlainTextEdit) else edit.text()

    def _show_logo(self) -> None:
        pixmap = QPixmap()
        if self.logo and pixmap.loadFromData(self.logo):
            self.logo_preview.setPixmap(
                pixmap.scaled(
                    160,
                    60,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
        else:
            self.logo_preview.setPixmap(QPixmap())
            self.logo_preview.setText(self.tr("geen logo"))
        self.remove_logo.setEnabled(bool(self.logo))

    # --- logo -----------------------------------------------------------------------------
    def choose_logo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Logo kiezen"), "", self.tr("Afbeelding (*.png *.jpg *.jpeg)")
        )
        if path:
            self.use_logo_file(Path(path))

    def use_logo_file(self, path: Path) -> bool:
        """Take the logo at *path* when it is usable; otherwise say why and keep the old one."""
        try:
            data = briefhoofd.lees_logo(path)
        except LogoError as exc:
            self.logo_error.setText(app_text(str(exc)))
            self.logo_error.show()
            return False
        self.logo_error.hide()
        self.logo, self.logo_changed = data, True
        self._show_logo()
        self.message.setText(self.tr("Logo gekozen; klik Opslaan om het te bewaren."))
        return True

    def clear_logo(self) -> None:
        self.logo, self.logo_changed = b"", True
        self._show_logo()

    # --- saving ---------------------------------------------------------------------------
    def has_unsaved_input(self) -> bool:
        return self.logo_changed or super().has_unsaved_input()

    def submit(self) -> None:
        """Save and close (the answer "Opslaan" when closing with unsaved input)."""
        if self.save():
            self.accept()

    def values(self) -> Briefhoofd:
        return Briefhoofd(**{name: self._get(name) for name in briefhoofd.TEXT_FIELDS})

    def save(self) -> bool:
        for f in self.fields.values():
            f.set_error(None)
        code = self.code()
        values = {name: self._get(name) for name in briefhoofd.TEXT_FIELDS}
        try:
            briefhoofd.bewaar(self.session, code, values, self.logo if self.logo_changed else None)
        except ValidationError as exc:
            for key, text in exc.errors.items():
                if key in self.fields:
                    self.fields[key].set_error(text)
                else:
                    self.logo_error.setText(text)
                    self.logo_error.show()
            self.message.setText(self.tr("Niet opgeslagen: verbeter wat rood staat."))
            return False
        except StoreError as exc:
            self.message.setText(app_text(user_message(exc)))
            return False
        self.load()
        self.message.setText(self.tr("Briefhoofd opgeslagen."))
        return True
