"""Version history: every version stays readable; what changed against the one before it."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QListWidget, QListWidgetItem, QTextBrowser, QWidget

from app.pip.codec import diff
from app.pip.labels import label, show
from app.pip.model import STATUSSEN, WIJZIGINGSSOORTEN, PipVersie
from app.validation import format_date
from ui.i18n import translate


def version_title(v: PipVersie) -> str:
    status = STATUSSEN[v.status].split(" (")[0].lower()
    dated = f", dagtekening {format_date(v.dagtekening)}" if v.dagtekening else ""
    return f"Versie {v.versie}: {status}{dated}"


def diff_html(old: PipVersie | None, new: PipVersie) -> str:
    parts = [f"<h3>{escape(version_title(new))}</h3>"]
    if new.wijziging_soort:
        soort = WIJZIGINGSSOORTEN.get(new.wijziging_soort, new.wijziging_soort)
        parts.append(f"<p><b>{escape(soort)}</b>: {escape(new.wijziging_reden)}</p>")
    if old is None:
        parts.append("<p>Eerste versie.</p>")
        return "".join(parts)
    changes = diff(old.inhoud, new.inhoud)
    if not changes:
        parts.append(f"<p>Geen inhoudelijke wijzigingen ten opzichte van versie {old.versie}.</p>")
        return "".join(parts)
    parts.append(f"<p>Gewijzigd ten opzichte van versie {old.versie}:</p><table cellpadding=3>")
    parts.append(
        "<tr><th align=left>Onderdeel</th><th align=left>Was</th><th align=left>Wordt</th></tr>"
    )
    for field, before, after in changes:
        if field in ("route.advies_redenen",):
            continue
        parts.append(
            f"<tr><td>{escape(label(field))}</td>"
            f"<td style='color:#b71c1c'>{escape(show(field, before))}</td>"
            f"<td style='color:#1b5e20'>{escape(show(field, after))}</td></tr>"
        )
    parts.append("</table>")
    return "".join(parts)


class HistoryView(QWidget):
    """List of versions; choosing one shows its changes and asks the editor to show it."""

    chosen = Signal(int)  # index in the version list

    def __init__(self) -> None:
        super().__init__()
        self.list = QListWidget()
        self.list.setAccessibleName(translate("pip.history", "Versies van het PIP"))
        self.list.setObjectName("versies")
        self.list.setMinimumWidth(330)
        self.list.setMaximumWidth(380)
        self.diff = QTextBrowser()
        self.diff.setAccessibleName(translate("pip.history", "Verschil met de vorige versie"))
        self.diff.setObjectName("verschil")
        row = QHBoxLayout(self)
        row.addWidget(self.list)
        row.addWidget(self.diff, 1)
        self.versions: list[PipVersie] = []
        self.list.currentRowChanged.connect(self._show)

    def set_versions(self, versions: list[PipVersie], current: int) -> None:
        self.versions = versions
        self.list.blockSignals(True)
        self.list.clear()
        for v in versions:
            self.list.addItem(QListWidgetItem(version_title(v)))
        self.list.setCurrentRow(current)
        self.list.blockSignals(False)
        self._render(current)

    def _render(self, row: int) -> None:
        if 0 <= row < len(self.versions):
            old = self.versions[row - 1] if row > 0 else None
            self.diff.setHtml(diff_html(old, self.versions[row]))

    def _show(self, row: int) -> None:
        self._render(row)
        if row >= 0:
            self.chosen.emit(row)
