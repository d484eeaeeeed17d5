"""Engagements, the workload view and monthly expense claims, stored and approved.

Workload and engagements are read with ``SLEUTELPERSONEN_LEZEN``; booking engagements, the km
rate, and expense claims (listing, approving, exporting) need ``SLEUTELPERSONEN_BEHEREN``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from app.security.audit import audit
from app.security.roles import Permission, require
from app.sleutelpersonen.bereik import Bereik, bereik
from app.sleutelpersonen.inzet import Inzet, inzet_from_form, inzet_values
from app.sleutelpersonen.service import SleutelpersoonService
from app.sleutelpersonen.werkdruk import (
    STANDAARD_KM_TARIEF_CENT,
    DeclaratieBerekening,
    InzetRegel,
    PersoonKort,
    Werkdruk,
    declaratie,
    maand_grenzen,
    werkdruk,
)
from app.validation import FieldError, ValidationError
from db.instellingen import InstellingRepository
from db.records import now_utc
from db.sleutelpersonen import SleutelpersoonRepository

if TYPE_CHECKING:
    from app.session import Session

KM_TARIEF_SLEUTEL = "sleutelpersonen.km_tarief_cent"


@dataclass(frozen=True)
class DeclaratieRegel:
    """One line of the claims overview: the calculation and whether it was approved."""

    naam: str
    berekening: DeclaratieBerekening
    goedgekeurd_op: str | None = None
    goedgekeurd_door: str = ""
    goedgekeurd_totaal_cent: int | None = None


def _regel(row: Mapping[str, Any]) -> InzetRegel:
    return InzetRegel(
        str(row["sleutelpersoon_id"]),
        str(row["datum"]),
        int(row["minuten"]),
        int(row["km"]),
        int(row["onkosten_cent"]),
    )


class InzetService:
    def __init__(self, session: Session) -> None:
        self.session = session
        self.store = session.store
        self.repo = SleutelpersoonRepository(self.store.conn)
        self.personen: SleutelpersoonService = session.sleutelpersonen

    # --- settings ---------------------------------------------------------------------------
    def km_tarief_cent(self) -> int:
        raw = InstellingRepository(self.store.conn).get(KM_TARIEF_SLEUTEL)
        return int(raw) if raw is not None else STANDAARD_KM_TARIEF_CENT

    def set_km_tarief_cent(self, cent: int) -> None:
        require(self.session, Permission.SLEUTELPERSONEN_BEHEREN)
        if not 0 <= cent <= 100:
            raise FieldError("Het kilometertarief ligt tussen € 0,00 en € 1,00.")
        with self.store.transaction() as conn:
            InstellingRepository(conn).put(KM_TARIEF_SLEUTEL, str(cent))
            audit(self.session, "gewijzigd", "instelling", KM_TARIEF_SLEUTEL)

    # --- engagements ------------------------------------------------------------------------
    def add(self, values: Mapping[str, Any], today: date | None = None) -> str:
        require(self.session, Permission.SLEUTELPERSONEN_BEHEREN)
        inzet = inzet_from_form(values, today or date.today())
        if self.personen.get(inzet.sleutelpersoon_id) is None:
            raise ValidationError({"sleutelpersoon_id": "Deze sleutelpersoon bestaat niet."})
        with self.store.transaction():
            inzet_id = self.repo.insert_inzet(inzet_values(inzet))
            audit(self.session, "aangemaakt", "inzet", inzet_id)
            return inzet_id

    def add_many(self, items: list[Inzet]) -> int:
        require(self.session, Permission.SLEUTELPERSONEN_BEHEREN)
        with self.store.transaction():
            for inzet in items:
                self.repo.insert_inzet(inzet_values(inzet))
            audit(self.session, "aangemaakt (bulk)", "inzet", f"{len(items)} inzetten")
        return len(items)

    def verwijder(self, inzet_id: str) -> None:
        """Remove a wrongly booked engagement, unless its month's claim was approved."""
        require(self.session, Permission.SLEUTELPERSONEN_BEHEREN)
        with self.store.transaction():
            row = self.repo.inzet_kop(inzet_id)
            if row is None:
                raise ValidationError({"inzet": "Deze inzet bestaat niet (meer)."})
            if self.repo.declaratie(str(row[0]), str(row[1])[:7]):
                raise ValidationError(
                    {
                        "inzet": "De declaratie van deze maand is al goedgekeurd; "
                        "verwijderen kan niet."
                    }
                )
            self.repo.delete_inzet(inzet_id)
            audit(self.session, "verwijderd", "inzet", inzet_id)

    def in_maand(self, maand: str, sleutelpersoon_id: str | None = None) -> list[dict[str, Any]]:
        require(self.session, Permission.SLEUTELPERSONEN_LEZEN)
        start, end = maand_grenzen(maand)
        return self.repo.inzet_between(start, end, sleutelpersoon_id)

    def bereik(self, today: date | None = None) -> Bereik:
        """How many newcomers key persons support, in counts per dimension (no names)."""
        require(self.session, Permission.SLEUTELPERSONEN_LEZEN)
        routes = self.repo.supported_routes()
        return bereik(
            self.repo.supported_inburgeraars(),
            self.personen.gemeente_namen(),
            today or date.today(),
            route_of=routes.get,
        )

    # --- workload ---------------------------------------------------------------------------
    def werkdruk(self, maand: str, today: date | None = None) -> list[Werkdruk]:
        personen = [
            PersoonKort(p.id or "", p.naam, p.status, p.capaciteit_uren)
            for p in self.personen.lijst()
            if p.status != "gestopt"
        ]
        regels = [_regel(r) for r in self.in_maand(maand)]
        return werkdruk(personen, regels, self.repo.last_inzet(), today or date.today())

    # --- expense claims ---------------------------------------------------------------------
    def declaraties(self, maand: str) -> list[DeclaratieRegel]:
        """Everyone with engagements or an approved claim in *maand*."""
        require(self.session, Permission.SLEUTELPERSONEN_BEHEREN)
        tarief = self.km_tarief_cent()
        regels = [_regel(r) for r in self.in_maand(maand)]
        approved = {str(r["sleutelpersoon_id"]): r for r in self.repo.declaraties(maand)}
        ids = sorted({r.sleutelpersoon_id for r in regels} | set(approved))
        result = []
        for pid in ids:
            person = self.personen.get(pid)
            row = approved.get(pid)
            berekening = declaratie(
                pid, maand, regels, int(row["km_tarief_cent"]) if row else tarief
            )
            result.append(
                DeclaratieRegel(
                    naam=person.naam if person else "(verwijderd)",
                    berekening=berekening,
                    goedgekeurd_op=str(row["goedgekeurd_op"]) if row else None,
                    goedgekeurd_door=str(row["goedgekeurd_door"]) if row else "",
                    goedgekeurd_totaal_cent=int(row["totaal_cent"]) if row else None,
                )
            )
        return sorted(result, key=lambda r: r.naam.casefold())

    def keur_goed(self, sleutelpersoon_id: str, maand: str, door: str) -> DeclaratieBerekening:
        """Approve the claim as calculated now; an approved claim is never changed silently."""
        require(self.session, Permission.SLEUTELPERSONEN_BEHEREN)
        with self.store.transaction():
            if self.repo.declaratie(sleutelpersoon_id, maand):
                raise ValidationError({"maand": "Deze declaratie is al goedgekeurd."})
            start, end = maand_grenzen(maand)
            regels = [_regel(r) for r in self.repo.inzet_between(start, end, sleutelpersoon_id)]
            if not regels:
                raise ValidationError({"maand": "Er is in deze maand niets te declareren."})
            b = declaratie(sleutelpersoon_id, maand, regels, self.km_tarief_cent())
            declaratie_id = self.repo.insert_declaratie(
                {
                    "sleutelpersoon_id": sleutelpersoon_id,
                    "maand": maand,
                    "km": b.km,
                    "km_tarief_cent": b.km_tarief_cent,
                    "onkosten_cent": b.onkosten_cent,
                    "totaal_cent": b.totaal_cent,
                    "status": "goedgekeurd",
                    "goedgekeurd_door": door,
                    "goedgekeurd_op": now_utc(),
                }
            )
            audit(self.session, "goedgekeurd", "declaratie", declaratie_id)
        return b


def declaraties_csv(regels: list[DeclaratieRegel]) -> bytes:
    """The month's claims for the finance department: Dutch Excel CSV, amounts in euros."""
    from app.csv_export import csv_bytes
    from app.sleutelpersonen.werkdruk import euro

    rows: list[list[object]] = [
        [
            "naam",
            "maand",
            "inzetten",
            "km",
            "tarief per km",
            "km-vergoeding",
            "onkosten",
            "totaal",
            "status",
            "goedgekeurd op",
            "goedgekeurd door",
        ]
    ]
    for r in regels:
        b = r.berekening
        rows.append(
            [
                r.naam,
                b.maand,
                b.inzetten,
                b.km,
                euro(b.km_tarief_cent),
                euro(b.km_vergoeding_cent),
                euro(b.onkosten_cent),
                euro(b.totaal_cent),
                "goedgekeurd" if r.goedgekeurd_op else "te beoordelen",
                (r.goedgekeurd_op or "")[:10],
                r.goedgekeurd_door,
            ]
        )
    return csv_bytes(rows)  # escaped against formula injection (a name like =HYPERLINK…)
