"""Read-only summary of the intake for review with the newcomer, and the close dialog."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.intake.progress import STATUS_LABELS
from app.intake.service import IntakeIncomplete, IntakeInfo, IntakeService, SummarySection
from app.validation import format_date
from ui.i18n import app_text, translate
from ui.screen_fit import fit_window
from ui.unsaved import AsksBeforeDiscard
from ui.widgets import ERROR_STYLE


def status_line(info: IntakeInfo | None) -> str:
    if info is None or info.status != "afgerond" or not info.afgerond_op:
        return "Status: in uitvoering"
    line = f"Status: afgerond op {format_date(info.afgerond_op[:10])}"
    if info.afgerond_reden:
        line += f" zonder alle gegevens. Reden: {info.afgerond_reden}"
    return line


def summary_html(name: str, sections: list[SummarySection], status: str = "") -> str:
    parts = [
        "<h1>"
        + translate("intake.summary", "Brede intake – {name}").format(name=escape(name))
        + "</h1>"
    ]
    if status:
        parts.append(f"<p>{escape(status)}</p>")
    for section in sections:
        status = app_text(STATUS_LABELS.get(section.status, ""))
        legal = translate("intake.summary", " · verplicht") if section.legal_minimum else ""
        parts.append(
            f"<h3>{escape(section.title)} <span style='color:#595959; font-weight:normal'>"
            f"({escape(status)}{legal})</span></h3>"
        )
        if not section.items:
            parts.append(
                "<p style='color:#595959'>"
                + translate("intake.summary", "Geen antwoorden.")
                + "</p>"
            )
            continue
        rows = []
        for item in section.items:
            older = (
                " <i>"
                + translate("intake.summary", "(vragenlijst v{versie})").format(
                    versie=item.old_version
                )
                + "</i>"
                if item.old_version
                else ""
            )
            text = escape(item.text).replace("\n", "<br>")
            rows.append(
                f"<tr><td width='38%' style='color:#333'>{escape(item.label)}</td>"
                f"<td><b>{text}</b>{older}</td></tr>"
            )
        parts.append(f"<table cellspacing='4' width='100%'>{''.join(rows)}</table>")
    return "".join(parts)


class SummaryDialog(QDialog):
    def __init__(self, service: IntakeService, inburgeraar_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        inburgeraar = service.inburgeraars.get(inburgeraar_id)
        name = inburgeraar.naam if inburgeraar else ""
        self.setWindowTitle(
            translate("intake.summary", "Samenvatting intake – {name}").format(name=name)
        )
        self.browser = QTextBrowser()
        self.browser.setAccessibleName(translate("intake.summary", "Samenvatting van de intake"))
        self.browser.setObjectName("samenvatting")
        status = status_line(service.info(inburgeraar_id))
        self.browser.setHtml(summary_html(name, service.summary(inburgeraar_id), status))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(
            translate("intake.summary", "Sluiten")
        )
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        fit_window(self, 760, 820)


class CloseDialog(AsksBeforeDiscard, QDialog):
    """Afronden: straight away when complete; otherwise only with a written reason."""

    def __init__(self, service: IntakeService, inburgeraar_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.service = service
        self.inburgeraar_id = inburgeraar_id
        inburgeraar = service.inburgeraars.get(inburgeraar_id)
        self.setWindowTitle(
            translate("intake.summary", "Intake afronden – {waarde}").format(
                waarde=inburgeraar.naam if inburgeraar else ""
            )
        )
        result = service.assessment(inburgeraar_id)
        layout = QVBoxLayout(self)
        self.reason = QPlainTextEdit()
        self.reason.setTabChangesFocus(True)
        self.reason.setAccessibleName(translate("intake.summary", "Reden om toch af te ronden"))
        if result.complete:
            layout.addWidget(
                QLabel(
                    translate(
                        "intake.summary", "Alles wat nodig is, is ingevuld. De intake afronden?"
                    )
                )
            )
            self.reason.hide()
        else:
            listed = "".join(
                f"<li>{escape(m.section_title)}: {escape(m.label)}</li>" for m in result.missing
            )
            layout.addWidget(
                QLabel(
                    translate(
                        "intake.summary", "<p>Nog niet ingevuld:</p><ul>{listed}</ul>"
                    ).format(listed=listed)
                )
            )
            layout.addWidget(
                QLabel(
                    translate(
                        "intake.summary", "Toch afronden? Schrijf waarom (dit wordt bewaard):"
                    )
                )
            )
        layout.addWidget(self.reason)
        self.error = QLabel()
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(
            translate("intake.summary", "Afronden")
            if result.complete
            else translate("intake.summary", "Toch afronden")
        )
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            translate("intake.summary", "Annuleren")
        )
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def submit(self) -> None:
        if (
            not self.service.assessment(self.inburgeraar_id).complete
            and not self.reason.toPlainText().strip()
        ):
            # The list of what is missing is above already: ask only for the reason.
            self.error.setText(
                translate("intake.summary", "Schrijf waarom u de intake toch afrondt.")
            )
            self.reason.setFocus()
            return
        try:
            self.service.close(self.inburgeraar_id, self.reason.toPlainText())
        except IntakeIncomplete as exc:
            self.error.setText(app_text(str(exc)))
            return
        self.accept()
