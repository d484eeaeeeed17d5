"""The detail pane: everything stored about the selected inburgeraar, read-only."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QScrollArea, QVBoxLayout, QWidget

from app import reference
from app.inburgeraars.model import Inburgeraar
from app.inburgeraars.service import InburgeraarService
from app.security.roles import Permission, may
from app.validation import format_date
from ui.i18n import app_text, translate


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
            layout.addWidget(
                self._group(
                    translate("clients.detail_pane", "Persoon"),
                    [
                        (
                            translate("clients.detail_pane", "Geboortedatum"),
                            format_date(c.geboortedatum),
                        ),
                        (
                            translate("clients.detail_pane", "Geslacht"),
                            reference.GESLACHTEN.get(c.geslacht, c.geslacht),
                        ),
                        (translate("clients.detail_pane", "BSN"), c.bsn or ""),
                        (translate("clients.detail_pane", "V-nummer"), c.v_nummer or ""),
                        (
                            translate("clients.detail_pane", "Land van herkomst"),
                            reference.country_name(c.land_herkomst) or "",
                        ),
                    ],
                )
            )
            layout.addWidget(
                self._group(
                    translate("clients.detail_pane", "Inburgering"),
                    [
                        (translate("clients.detail_pane", "Doelgroep"), c.doelgroep),
                        (
                            translate("clients.detail_pane", "Status"),
                            reference.STATUSSEN.get(c.status, c.status),
                        ),
                        (
                            translate("clients.detail_pane", "Gemeente"),
                            self.service.gemeente_name(c.gemeentecode),
                        ),
                        (
                            translate("clients.detail_pane", "Start plicht"),
                            format_date(c.datum_start_plicht),
                        ),
                        (
                            translate("clients.detail_pane", "Vestiging"),
                            format_date(c.datum_vestiging),
                        ),
                        (
                            translate("clients.detail_pane", "Melding DUO"),
                            format_date(c.datum_melding_duo),
                        ),
                        (
                            translate("clients.detail_pane", "Eerste PIP elders"),
                            format_date(c.dagtekening_pip_elders),
                        ),
                        (translate("clients.detail_pane", "Klantmanager"), c.klantmanager),
                    ],
                )
            )
            layout.addWidget(self._signalen(c.id or ""))
            from ui.duo.history import DuoHistory

            layout.addWidget(DuoHistory(self.service.session, c.id or ""))  # bron: DUO
            talen = [(reference.language_name(t.code) or t.code, t.niveau) for t in c.talen] or [
                ("Talen", "")
            ]
            talen.append(
                (
                    translate("clients.detail_pane", "Drukwerk in"),
                    reference.language_name(c.voorkeurstaal) or "",
                )
            )
            layout.addWidget(self._group(translate("clients.detail_pane", "Talen"), talen))
            adres = " ".join(p for p in (c.straat, c.huisnummer) if p)
            plaats = " ".join(p for p in (c.postcode, c.woonplaats) if p)
            layout.addWidget(
                self._group(
                    translate("clients.detail_pane", "Contact"),
                    [
                        (
                            translate("clients.detail_pane", "Adres"),
                            ", ".join(p for p in (adres, plaats) if p),
                        ),
                        (translate("clients.detail_pane", "Telefoon"), c.telefoon),
                        (translate("clients.detail_pane", "E-mail"), c.email),
                    ],
                )
            )
        layout.addStretch(1)
        self.setWidget(body)
