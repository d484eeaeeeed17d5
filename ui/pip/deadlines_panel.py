"""The person's deadlines with how each was computed, and entering extensions."""

from __future__ import annotations

from datetime import date
from html import escape

from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.deadlines.engine import SOORTEN
from app.deadlines.service import TermijnService
from app.validation import FieldError, ValidationError, format_date
from ui.i18n import app_text, translate
from ui.pip.fields import DateEdit
from ui.plural import plural_suffix
from ui.widgets import Field


class DeadlinesPanel(QWidget):
    def __init__(self, service: TermijnService, inburgeraar_id: str) -> None:
        super().__init__()
        self.service, self.inburgeraar_id = service, inburgeraar_id
        self.list = QTextBrowser()
        self.list.setAccessibleName(translate("pip.deadlines_panel", "Termijnen van deze persoon"))
        self.list.setObjectName("termijnen_persoon")
        self.message = QLabel()
        self.message.setWordWrap(True)
        pip_box = QGroupBox(
            translate(
                "pip.deadlines_panel",
                "PIP-termijn verlengen (alleen bij wachten op informatie van derden)",
            )
        )
        self.reden = QLineEdit()
        self.derde = QLineEdit()
        self.derde.setPlaceholderText(
            translate("pip.deadlines_panel", "bijvoorbeeld GGD, huisarts, COA")
        )
        self.gevraagd = DateEdit()
        self.gevraagd.setObjectName("gevraagd_op")
        self.gevraagd.setAccessibleName(self.tr("Informatie gevraagd op"))
        self.ontvangen = DateEdit()
        self.pip_fields = {
            "reden": Field(self.reden),
            "derde": Field(self.derde),
            "gevraagd_op": Field(self.gevraagd),
            "info_ontvangen": Field(self.ontvangen),
        }
        form = QFormLayout(pip_box)
        form.addRow(translate("pip.deadlines_panel", "Reden"), self.pip_fields["reden"])
        form.addRow(translate("pip.deadlines_panel", "Wacht op"), self.pip_fields["derde"])
        form.addRow(self.tr("Informatie gevraagd op"), self.pip_fields["gevraagd_op"])
        form.addRow(
            translate("pip.deadlines_panel", "Informatie ontvangen"),
            self.pip_fields["info_ontvangen"],
        )
        self._fill_verlenging()
        self.pip_button = QPushButton(translate("pip.deadlines_panel", "Verlenging vastleggen"))
        form.addRow("", self.pip_button)
        duo_box = QGroupBox(
            translate("pip.deadlines_panel", "Verlenging inburgeringstermijn door DUO")
        )
        self.weken = QSpinBox()
        self.weken.setAccessibleName(translate("pip.deadlines_panel", "Verlenging in weken"))
        self.weken.setRange(1, 520)
        plural_suffix(self.weken, lambda n: translate("pip.deadlines_panel", " weken", None, n))
        self.duo_reden = QLineEdit()
        self.duo_reden.setPlaceholderText(
            translate("pip.deadlines_panel", "bijvoorbeeld bevalling, ziekte")
        )
        self.duo_fields = {"dagen": Field(self.weken), "reden": Field(self.duo_reden)}
        form = QFormLayout(duo_box)
        form.addRow(translate("pip.deadlines_panel", "Duur"), self.duo_fields["dagen"])
        form.addRow(translate("pip.deadlines_panel", "Reden"), self.duo_fields["reden"])
        self.duo_button = QPushButton(translate("pip.deadlines_panel", "Verlenging toevoegen"))
        form.addRow("", self.duo_button)
        boxes = QHBoxLayout()
        boxes.addWidget(pip_box)
        boxes.addWidget(duo_box)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addLayout(boxes)
        layout.addWidget(self.message)
        self.pip_button.clicked.connect(self.save_pip_verlenging)
        self.duo_button.clicked.connect(self.add_duo_verlenging)
        self.refresh()

    def _fill_verlenging(self) -> None:
        """The recorded extension, or today as the day the information is asked."""
        v = self.service.pip_verlenging(self.inburgeraar_id)
        if v is None:
            self.gevraagd.set_value(date.today())
            return
        self.reden.setText(v.reden)
        self.derde.setText(v.derde)
        self.gevraagd.set_value(v.gevraagd_op or date.today())
        self.ontvangen.set_value(v.info_ontvangen)

    def refresh(self) -> None:
        items = sorted(
            self.service.for_inburgeraar(self.inburgeraar_id),
            key=lambda t: (t.datum is None, t.datum or date.min),
        )
        rows = []
        for t in items:
            when = format_date(t.datum) if t.datum else "opgeschort"
            done = " (afgerond)" if t.afgerond else ""
            rows.append(
                f"<tr><td><b>{when}</b></td><td>{escape(SOORTEN[t.soort])}{done}</td>"
                f"<td>{escape(t.reden)}</td></tr>"
            )
        body = (
            "".join(rows) or "<tr><td>Nog geen termijnen: vul de data in het dossier in.</td></tr>"
        )
        self.list.setHtml(f"<table cellpadding=3>{body}</table>")

    def save_pip_verlenging(self) -> None:
        for f in self.pip_fields.values():
            f.set_error(None)
        dates: dict[str, date | None] = {}
        for key, edit in (("gevraagd_op", self.gevraagd), ("info_ontvangen", self.ontvangen)):
            try:
                dates[key] = edit.value()
            except FieldError as exc:
                self.pip_fields[key].set_error(app_text(str(exc)))
        if len(dates) < 2:
            return
        try:
            self.service.set_pip_verlenging(
                self.inburgeraar_id,
                self.reden.text(),
                self.derde.text(),
                dates["info_ontvangen"],
                dates["gevraagd_op"],
            )
        except ValidationError as exc:
            for key, message in exc.errors.items():
                self.pip_fields[key].set_error(message)
            return
        self.message.setText(
            translate("pip.deadlines_panel", "Verlenging van de PIP-termijn vastgelegd.")
        )
        self.refresh()

    def add_duo_verlenging(self) -> None:
        for f in self.duo_fields.values():
            f.set_error(None)
        try:
            self.service.add_duo_verlenging(
                self.inburgeraar_id, self.weken.value() * 7, self.duo_reden.text()
            )
        except ValidationError as exc:
            for key, message in exc.errors.items():
                self.duo_fields[key].set_error(message)
            return
        self.duo_reden.clear()
        self.message.setText(translate("pip.deadlines_panel", "Verlenging door DUO toegevoegd."))
        self.refresh()
