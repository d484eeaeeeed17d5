"""Correcting or removing a recorded gesprek or signaal (always with a reason), and the drafts
of the gesprek and signaal forms, saved as typed so a killed process loses nearly nothing.

A correction keeps its reason in ``intake_correctie`` and writes an audit line ("gecorrigeerd" /
"verwijderd" with the row's id) in the same transaction. A removal deletes the row for good (a
gesprek recorded for the wrong newcomer must not linger) and keeps only the reason; the
engagement booked with the gesprek goes with it, unless its month's claim was approved (then
nothing is removed and the officer is told to ask the coordinator).

Drafts are UI state like the resume position: not logged per keystroke. They live in the
encrypted store, and are dropped when the form is saved.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from app.intake.gesprekken import GesprekService
from app.security.audit import audit
from app.security.roles import Permission, require
from app.validation import ValidationError
from db.intake_gesprek import GesprekExtraRepository
from db.sleutelpersonen import SleutelpersoonRepository

MIN_REDEN = 5
MAX_REDEN = 500
SOORTEN = ("gesprek", "signaal")
GESPREK, SIGNAAL = "intake_gesprek", "intake_signaal"


class StaleError(ValidationError):
    def __init__(self) -> None:
        super().__init__({"versie": "Dit is intussen gewijzigd of verwijderd. Laad het opnieuw."})


def _reden(raw: object) -> str:
    reden = str(raw or "").strip()
    if len(reden) < MIN_REDEN:
        raise ValidationError({"reden": f"Schrijf waarom (minstens {MIN_REDEN} tekens)."})
    if len(reden) > MAX_REDEN:
        raise ValidationError({"reden": f"De reden is te lang (hoogstens {MAX_REDEN} tekens)."})
    return reden


class GesprekBeheer:
    def __init__(self, gesprekken: GesprekService) -> None:
        self.gesprekken = gesprekken
        self.session = gesprekken.intake.session
        self.store = self.session.store
        self.repo = GesprekExtraRepository(self.store)

    # --- corrections ----------------------------------------------------------------------------
    def corrigeer_gesprek(
        self, gesprek_id: str, form: Mapping[str, Any], reden: str, versie: int | None = None
    ) -> None:
        """Replace a gesprek's fields (not its notes or booked engagement) with a reason."""
        require(self.session, Permission.DOSSIER_WIJZIGEN)
        why = _reden(reden)
        values = self.gesprekken.validate_gesprek(form)
        self._write(GESPREK, gesprek_id, values, why, versie)

    def corrigeer_signaal(
        self, signaal_id: str, form: Mapping[str, Any], reden: str, versie: int | None = None
    ) -> None:
        require(self.session, Permission.DOSSIER_WIJZIGEN)
        why = _reden(reden)
        values = self.gesprekken.validate_signaal(form)
        self._write(SIGNAAL, signaal_id, values, why, versie)

    def _write(
        self, table: str, row_id: str, values: dict[str, Any], reden: str, versie: int | None
    ) -> None:
        with self.store.transaction():
            row = self.repo.row(table, row_id)
            if row is None or not self.repo.update(table, row_id, values, versie):
                raise StaleError()
            self.repo.add_correctie(row["intake_id"], table, row_id, "gecorrigeerd", reden)
            audit(self.session, "gecorrigeerd", table, row_id)

    # --- removals -------------------------------------------------------------------------------
    def verwijder_gesprek(self, gesprek_id: str, reden: str) -> None:
        """Remove a gesprek with its notes (and its booked engagement); signals stay, unlinked."""
        require(self.session, Permission.DOSSIER_WIJZIGEN)
        why = _reden(reden)
        with self.store.transaction():
            row = self.repo.row(GESPREK, gesprek_id)
            if row is None:
                raise StaleError()
            inzet_id = row.get("inzet_id")
            if inzet_id:
                self._remove_inzet(str(inzet_id))
            self.repo.delete(GESPREK, gesprek_id)
            self.repo.add_correctie(row["intake_id"], GESPREK, gesprek_id, "verwijderd", why)
            audit(self.session, "verwijderd", GESPREK, gesprek_id)

    def _remove_inzet(self, inzet_id: str) -> None:
        sp = SleutelpersoonRepository(self.store.conn)
        found = sp.inzet_kop(inzet_id)
        if found is None:
            return
        if sp.declaratie(str(found[0]), str(found[1])[:7]):
            raise ValidationError(
                {
                    "inzet": "De inzet bij dit gesprek staat op een goedgekeurde declaratie; "
                    "vraag eerst de coördinator. Er is niets verwijderd."
                }
            )
        sp.delete_inzet(inzet_id)
        audit(self.session, "verwijderd", "inzet", inzet_id)

    def verwijder_signaal(self, signaal_id: str, reden: str) -> None:
        require(self.session, Permission.DOSSIER_WIJZIGEN)
        why = _reden(reden)
        with self.store.transaction():
            row = self.repo.row(SIGNAAL, signaal_id)
            if row is None:
                raise StaleError()
            self.repo.delete(SIGNAAL, signaal_id)
            self.repo.add_correctie(row["intake_id"], SIGNAAL, signaal_id, "verwijderd", why)
            audit(self.session, "verwijderd", SIGNAAL, signaal_id)

    def correcties(self, inburgeraar_id: str) -> list[dict[str, Any]]:
        require(self.session, Permission.DOSSIER_LEZEN)
        return self.repo.correcties(inburgeraar_id)

    # --- drafts -----------------------------------------------------------------------------------
    def bewaar_concept(self, inburgeraar_id: str, soort: str, waarde: Mapping[str, Any]) -> None:
        """Keep what is typed in the gesprek or signaal form (one short autocommit write)."""
        require(self.session, Permission.DOSSIER_WIJZIGEN)
        if soort not in SOORTEN:
            raise ValueError(soort)
        intake = self.gesprekken.intake
        intake_id = intake.repo.ensure(inburgeraar_id, intake.definition.version)
        self.repo.save_concept(intake_id, soort, dict(waarde))

    def concept(self, inburgeraar_id: str, soort: str) -> dict[str, Any] | None:
        require(self.session, Permission.DOSSIER_LEZEN)
        return self.repo.concept(inburgeraar_id, soort)

    def vergeet_concept(self, inburgeraar_id: str, soort: str) -> None:
        require(self.session, Permission.DOSSIER_WIJZIGEN)
        self.repo.drop_concept(inburgeraar_id, soort)
