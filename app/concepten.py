"""Crash drafts: what an officer typed and the app has not saved yet, kept in the encrypted store
the moment it is typed, so a crash or a kill loses nothing (never in a plain temporary file).

The real save stays what it was (a debounced answer save, a dialog's Opslaan: validation, audit,
sync) and then forgets the draft; the next time the same form opens, a draft still there is put
back. Drafts are local only: they are not synced, and a dossier's drafts go with the dossier."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from app.security.roles import Permission, require
from db.invoer_concept import InvoerConceptRepository

if TYPE_CHECKING:
    from app.session import Session

# Which forms keep a crash draft, and who may write (and so read back) one.
SOORTEN: dict[str, Permission] = {
    "intake": Permission.DOSSIER_WIJZIGEN,
    "inschrijving": Permission.DOSSIER_WIJZIGEN,
    "pip": Permission.DOSSIER_WIJZIGEN,
    "duo_resultaten": Permission.DOSSIER_WIJZIGEN,
    "sleutelpersoon": Permission.SLEUTELPERSONEN_BEHEREN,
}


class InvoerConcepten:
    """The drafts of one form (*soort*); *inburgeraar_id* ties them to a dossier (or None)."""

    def __init__(self, session: Session, soort: str, inburgeraar_id: str | None = None) -> None:
        if soort not in SOORTEN:
            raise ValueError(soort)
        self.session = session
        self.soort = soort
        self.permission = SOORTEN[soort]
        self.inburgeraar_id = inburgeraar_id
        self.repo = InvoerConceptRepository(session.store)

    def bewaar(self, sleutel: str, waarde: Any) -> None:
        """Write (or replace) the draft under *sleutel*: one short commit without an fsync."""
        require(self.session, self.permission)
        self.repo.save(self.soort, sleutel, self.inburgeraar_id, waarde)

    def lees(self, sleutel: str) -> Any | None:
        require(self.session, self.permission)
        return self.repo.get(self.soort, sleutel)

    def alle(self, prefix: str) -> dict[str, Any]:
        """Every draft whose key starts with *prefix*, by the rest of its key."""
        require(self.session, self.permission)
        return self.repo.with_prefix(self.soort, prefix)

    def geschreven(self, prefix: str) -> dict[str, str]:
        """When each draft whose key starts with *prefix* was last written (UTC, ISO 8601)."""
        require(self.session, self.permission)
        return self.repo.written_at(self.soort, prefix)

    def vergeet(self, sleutel: str) -> None:
        require(self.session, self.permission)
        self.repo.drop(self.soort, sleutel)
