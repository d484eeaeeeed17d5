"""Drafts of the Stem dialogs: what the officer typed in the feedback or questionnaire dialog
and did not save yet, kept in the (encrypted) store so a crash loses nothing."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from app.security.roles import Permission, require
from db.stem_concept import StemConceptRepository

if TYPE_CHECKING:
    from app.session import Session

SOORTEN = ("feedback", "ervaring")


class StemConcepten:
    """One draft per dossier, form (*soort*) and *sleutel* (the gesprek's id, or "")."""

    def __init__(
        self, session: Session, inburgeraar_id: str, soort: str, sleutel: str = ""
    ) -> None:
        if soort not in SOORTEN:
            raise ValueError(soort)
        self.session = session
        self.repo = StemConceptRepository(session.store)
        self.key = (inburgeraar_id, soort, sleutel)

    def bewaar(self, waarde: Mapping[str, Any]) -> None:
        require(self.session, Permission.DOSSIER_WIJZIGEN)
        self.repo.save(*self.key, dict(waarde))

    def lees(self) -> dict[str, Any] | None:
        require(self.session, Permission.DOSSIER_LEZEN)
        return self.repo.get(*self.key)

    def vergeet(self) -> None:
        require(self.session, Permission.DOSSIER_WIJZIGEN)
        self.repo.drop(*self.key)
