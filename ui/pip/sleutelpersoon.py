"""The key person in the PIP: picked from the regional registry (type to search) or found with
the match dialog; prefilled from the confirmed match. Without the right to read the registry it
is a plain name field, as before."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from app.security.roles import Permission, may
from app.session import Session
from ui.i18n import QT_TRANSLATE_NOOP, translate
from ui.intake.kiezer import SleutelpersoonKiezer

NO_REGISTER = QT_TRANSLATE_NOOP("tekst", "Uw rol leest het register van sleutelpersonen niet.")


class SleutelpersoonKeuze(QWidget):
    """Name field with registry suggestions, plus 'Passende zoeken…' (the match dialog)."""

    changed = Signal()

    def __init__(self, session: Session, inburgeraar_id: str, klantmanager: str = "") -> None:
        super().__init__()
        self.session, self.inburgeraar_id, self.klantmanager = session, inburgeraar_id, klantmanager
        self.allowed = may(session, Permission.SLEUTELPERSONEN_LEZEN)
        self.kiezer = SleutelpersoonKiezer(session)
        self.kiezer.setObjectName("pip_sleutelpersoon")
        self.zoek = QPushButton(translate("pip.sleutelpersoon", "Passende zoeken…"))
        self.zoek.setObjectName("pip_sleutelpersoon_zoeken")
        self.zoek.setEnabled(self.allowed)
        self.zoek.setToolTip(
            translate(
                "pip.sleutelpersoon", "Sleutelpersonen die passen bij deze inburgeraar, met uitleg"
            )
            if self.allowed
            else translate("tekst", NO_REGISTER)
        )
        self.zoek.clicked.connect(self.open_match)
        self.kiezer.changed.connect(self.changed.emit)
        self.match_dialog: QWidget | None = None
        self._loaded: tuple[str, str] = ("", "")
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.kiezer, 1)
        row.addWidget(self.zoek, 0, Qt.AlignmentFlag.AlignTop)

    # --- value ------------------------------------------------------------------------
    def load(self, person_id: str, naam: str) -> None:
        self._loaded = (person_id, naam)
        self.kiezer.set_person(person_id or None, naam)

    def value(self) -> tuple[str, str]:
        """(registry id or "", name). A stored id the officer cannot see here (no right to read
        the registry, or the person has stopped) is kept while the name is left as it was."""
        if self.kiezer.person_id:
            return self.kiezer.person_id, self.kiezer.naam()
        text = self.kiezer.edit.text().strip()
        loaded_id, loaded_naam = self._loaded
        if loaded_id and text == loaded_naam.strip():
            return loaded_id, loaded_naam
        return "", text

    # --- registry -----------------------------------------------------------------------
    def _naam_van(self, person_id: str) -> str:
        person = self.session.sleutelpersonen.get(person_id)
        return person.naam if person else ""

    def choose(self, person_id: str) -> None:
        self.kiezer.set_person(person_id, self._naam_van(person_id))
        self.changed.emit()

    def prefill_from_match(self) -> bool:
        """When the part is still empty: the key person of the active, confirmed match."""
        if not self.allowed or any(self.value()):
            return False

        koppeling = self.session.matching.huidige(self.inburgeraar_id)
        if not koppeling:
            return False
        self.choose(str(koppeling["sleutelpersoon_id"]))
        if not self.kiezer.person_id:  # matched person has stopped: leave the part empty
            self.kiezer.set_person(None, "")
            return False
        self.kiezer.state.setText(
            translate(
                "pip.sleutelpersoon", "✓ uit het register, overgenomen uit de bevestigde match"
            )
        )
        return True

    def open_match(self) -> QWidget | None:
        if not self.allowed:
            return None
        from ui.sleutelpersonen.match_panel import MatchDialog

        dialog = MatchDialog(self.session.matching, self.inburgeraar_id, self.klantmanager, self)
        dialog.confirmed.connect(self.choose)
        dialog.open()
        self.match_dialog = dialog
        return dialog
