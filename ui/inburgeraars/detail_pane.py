"""The detail pane: everything stored about the selected inburgeraar, read-only."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QScrollArea, QVBoxLayout, QWidget

from app.inburgeraars.model import Inburgeraar
from app.inburgeraars.service import InburgeraarService
from app.inburgeraars.veld import Bron
from app.inburgeraars.weergave import detail_groepen
from app.security.roles import Permission, may
from app.validation import format_date
from ui.i18n import app_text, translate

# The open signals and DUO's history follow this group of the catalogue's detail groups.
AFTER_GROUP = "Inburgering"


class DetailPane(QScrollArea):
    def __init__(self, service: InburgeraarService) -> None:
        super().__init__()
        self.service = service
        self.setWidgetResizable(True)
        self.setMinimumWidth(280)
        self.setAccessibleName(
            translate("clients.detail_pane", "Gegevens van de gekozen inburgeraar")
        )
        self.inburgeraar: Inburgeraar | None = None
        self.conflict_label = QLabel()
        # dossiers with an open sync conflict (ui/sync keeps this up to date)
        self.conflicted: set[str] = set()
        self.show_inburgeraar(None)

    def set_conflicted(self, ids: set[str]) -> None:
        """The dossiers with an open conflict changed: show or drop the marker."""
        shown = self.inburgeraar.id if self.inburgeraar else None
        before = shown in self.conflicted
        self.conflicted = set(ids)
        if shown and before != (shown in self.conflicted):
            self.show_inburgeraar(shown)

    def _group(self, title: str, rows: list[tuple[str, str]]) -> QGroupBox:
        box = QGroupBox(title)
        form = QFormLayout(box)
        for label, value in rows:
            text = QLabel(app_text(value) if value else "–")  # a code's label: translated
            text.setWordWrap(True)
            text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(label, text)
        return box

    def _signalen(self, inburgeraar_id: str) -> QGroupBox:
        """Open signals of this dossier, overdue first, "te laat" in words."""
        from app.stem.signalen import SignaalOpvolging

        opvolging = SignaalOpvolging(self.service.session)
        rows = [
            (
                app_text(s.thema_label),
                translate("clients.detail_pane", "{status}, vóór {datum}").format(
                    status=app_text(s.status_label), datum=format_date(s.opvolgen_voor)
                )
                + (
                    translate("clients.detail_pane", ", te laat")
                    if s.te_laat(opvolging.today())
                    else ""
                ),
            )
            for s in opvolging.open_van(inburgeraar_id)
        ]
        return self._group(
            translate("clients.detail_pane", "Open signalen"),
            rows or [("", translate("clients.detail_pane", "geen"))],
        )

    def show_inburgeraar(self, inburgeraar_id: str | None) -> None:
        allowed = may(self.service.session, Permission.DOSSIER_LEZEN)
        self.inburgeraar = (
            self.service.get(inburgeraar_id, browsing=True) if inburgeraar_id and allowed else None
        )
        body = QWidget()
        layout = QVBoxLayout(body)
        c = self.inburgeraar
        if c is None:
            empty = QLabel(
                translate(
                    "clients.detail_pane",
                    "Kies een inburgeraar in de lijst om de gegevens te zien.",
                )
                if allowed
                else translate(
                    "clients.detail_pane", "Uw rol geeft geen toegang tot de inhoud van dossiers."
                )
            )
            empty.setWordWrap(True)
            layout.addWidget(empty)
        else:
            title = QLabel(f"<h2>{c.naam}</h2>")
            title.setTextFormat(Qt.TextFormat.RichText)
            layout.addWidget(title)
        self.conflict_label = QLabel(
            self.tr(
                "⚠ Conflict: een gegeven is op twee laptops anders gewijzigd. "
                "Kies in Bestand → Conflicten welke waarde geldt."
            )
        )
        self.conflict_label.setObjectName("dossier_conflict")
        self.conflict_label.setWordWrap(True)
        self.conflict_label.setVisible(c is not None and c.id in self.conflicted)
        layout.addWidget(self.conflict_label)
        if c is not None:
            bron = Bron(gemeenten=self.service.gemeente_list())
            for groep, rows in detail_groepen(c, bron):
                layout.addWidget(
                    self._group(app_text(groep), [(app_text(lbl), v) for lbl, v in rows])
                )
                if groep == AFTER_GROUP:  # what happens in the dossier, after its facts
                    layout.addWidget(self._signalen(c.id or ""))
                    from ui.duo.history import DuoHistory

                    layout.addWidget(DuoHistory(self.service.session, c.id or ""))  # bron: DUO
        layout.addStretch(1)
        self.setWidget(body)
