"""Following up a signaal: open → in behandeling → afgerond. Closing asks what was done.

The overview per klantmanager lists signals not yet closed, overdue ones first (then by due
date). A status step is a versioned update with an audit line, in one transaction.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from app.security.audit import audit
from app.security.roles import Permission, require
from app.stem.model import STAPPEN, STATUSSEN, Signaal
from app.stem.signaal_rij import signaal_uit_rij
from app.validation import ValidationError
from db.intake_gesprek import GesprekExtraRepository
from db.stem import StemRepository

if TYPE_CHECKING:
    from app.session import Session

MIN_WAT_GEDAAN = 5
MAX_WAT_GEDAAN = 2000
TABLE = "intake_signaal"


class SignaalOpvolging:
    def __init__(self, session: Session, today: date | None = None) -> None:
        self.session = session
        self.store = session.store
        self.repo = StemRepository(self.store)
        self.rows = GesprekExtraRepository(self.store)
        self._today = today

    def today(self) -> date:
        return self._today or date.today()

    def get(self, signaal_id: str) -> Signaal | None:
        require(self.session, Permission.DOSSIER_LEZEN)
        row = self.repo.signaal(signaal_id)
        return signaal_uit_rij(row, with_name=True) if row else None

    def overzicht(self, klantmanager: str | None = None) -> list[Signaal]:
        """Signals not yet closed (of one klantmanager, or all): overdue first, then due date."""
        require(self.session, Permission.DOSSIER_LEZEN)
        today = self.today()
        found = [signaal_uit_rij(r, with_name=True) for r in self.repo.open_signalen(klantmanager)]
        return sorted(found, key=lambda s: (not s.te_laat(today), s.opvolgen_voor, s.datum))

    def open_van(self, inburgeraar_id: str) -> list[Signaal]:
        """One dossier's signals not yet closed, overdue first (for the dossier's detail pane)."""
        require(self.session, Permission.DOSSIER_LEZEN)
        today = self.today()
        found = [signaal_uit_rij(r) for r in self.repo.signalen_van(inburgeraar_id)]
        found = [s for s in found if s.status != "afgerond"]
        return sorted(found, key=lambda s: (not s.te_laat(today), s.opvolgen_voor, s.datum))

    def klantmanagers(self) -> list[str]:
        require(self.session, Permission.DOSSIER_LEZEN)
        return self.repo.eigenaren()

    def in_behandeling(self, signaal_id: str, versie: int | None = None) -> None:
        self._step(signaal_id, "in_behandeling", {}, versie)

    def afronden(self, signaal_id: str, wat_gedaan: str, versie: int | None = None) -> None:
        """Close a signal; *wat_gedaan* (what was done) is required."""
        text = wat_gedaan.strip()
        if len(text) < MIN_WAT_GEDAAN:
            raise ValidationError(
                {"wat_gedaan": f"Schrijf op wat er is gedaan (minstens {MIN_WAT_GEDAAN} tekens)."}
            )
        if len(text) > MAX_WAT_GEDAAN:
            raise ValidationError(
                {"wat_gedaan": f"Dit is te lang (hoogstens {MAX_WAT_GEDAAN} tekens)."}
            )
        values = {"wat_gedaan": text, "afgerond_op": self.today().isoformat()}
        self._step(signaal_id, "afgerond", values, versie)

    def _step(
        self, signaal_id: str, status: str, values: dict[str, str], versie: int | None
    ) -> None:
        require(self.session, Permission.DOSSIER_WIJZIGEN)
        with self.store.transaction():
            row = self.repo.signaal(signaal_id)
            if row is None:
                raise ValidationError({"signaal": "Dit signaal bestaat niet (meer)."})
            if status not in STAPPEN[str(row["status"])]:
                now, to = STATUSSEN[str(row["status"])], STATUSSEN[status]
                raise ValidationError(
                    {"status": f"Een signaal dat {now.lower()} is kan niet naar {to.lower()}."}
                )
            if not self.rows.update(TABLE, signaal_id, {"status": status, **values}, versie):
                raise ValidationError(
                    {"versie": "Dit signaal is intussen gewijzigd. Laad het opnieuw."}
                )
            audit(self.session, status.replace("_", " "), TABLE, signaal_id)
