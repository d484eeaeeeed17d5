"""Help → Over Wegwijs: version, what the app is, and the licences of what ships with it."""

from __future__ import annotations

from html import escape
from importlib import metadata

from PySide6.QtCore import Qt, qVersion
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.licences import Licence, all_licences, licence_of
from app.version import DISTRIBUTION, app_version
from ui.i18n import QT_TRANSLATE_NOOP, translate
from ui.icons import app_icon
from ui.screen_fit import fit_window

DESCRIPTION = QT_TRANSLATE_NOOP(
    "tekst",
    "Brede intake, leerroute, persoonlijk plan inburgering en participatie (PIP) en "
    "sleutelpersonen, voor klantmanagers inburgering. Wegwijs werkt zonder internet: alle "
    "gegevens staan versleuteld op deze computer.",
)


def own_licence() -> str:
    try:
        return licence_of(metadata.distribution(DISTRIBUTION))
    except metadata.PackageNotFoundError:
        return "EUPL-1.2"


def licences_html(items: list[Licence]) -> str:
    rows = []
    for item in items:
        version = item.version
        if item.name.startswith("Qt for Python"):
            version = f"{version} (Qt {qVersion()})"
        rows.append(
            "<tr>"
            f"<td>{escape(item.name)}</td><td>{escape(version)}</td>"
            f"<td><b>{escape(item.licence.replace(' OR ', ' of '))}</b></td>"
            f"<td>{escape(item.purpose)}</td>"
            "</tr>"
        )
    head = "<tr><th align=left>Onderdeel</th><th align=left>Versie</th>"
    head += "<th align=left>Licentie</th><th align=left>Waarvoor</th></tr>"
    return f"<table cellspacing=0 cellpadding=3 width='100%'>{head}{''.join(rows)}</table>"


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("about_dialog", "Over Wegwijs"))
        fit_window(self, 760, 520)
        self.version = app_version()
        self.items = all_licences()
        layout = QVBoxLayout(self)
        layout.addLayout(self._header())
        about = QLabel(translate("tekst", DESCRIPTION))
        about.setWordWrap(True)
        layout.addWidget(about)
        heading = QLabel(translate("about_dialog", "<b>Gebruikte onderdelen en hun licenties</b>"))
        layout.addWidget(heading)
        self.licences = QTextBrowser()
        self.licences.setObjectName("licenties")
        self.licences.setAccessibleName(translate("about_dialog", "Licenties"))
        self.licences.setOpenExternalLinks(False)
        self.licences.setHtml(licences_html(self.items))
        layout.addWidget(self.licences, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(
            translate("about_dialog", "Sluiten")
        )
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _header(self) -> QHBoxLayout:
        row = QHBoxLayout()
        icon = QLabel()
        icon.setPixmap(app_icon().pixmap(64, 64))
        icon.setFixedSize(72, 72)
        row.addWidget(icon)
        title = QLabel(
            translate(
                "about_dialog", "<span style='font-size:20pt; font-weight:600'>Wegwijs</span>"
            )
        )
        self.version_label = QLabel(
            translate("about_dialog", "Versie {version}").format(version=self.version)
        )
        self.version_label.setObjectName("versie")
        self.version_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        own = QLabel(
            translate("about_dialog", "Wegwijs zelf valt onder de licentie {own_licence}.").format(
                own_licence=own_licence()
            )
        )
        column = QVBoxLayout()
        column.addWidget(title)
        column.addWidget(self.version_label)
        column.addWidget(own)
        row.addLayout(column, 1)
        return row
