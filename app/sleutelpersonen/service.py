"""The registry of key persons: validate, save, list and search; the pool for matching.

Reading needs ``SLEUTELPERSONEN_LEZEN``; changing the registry ``SLEUTELPERSONEN_BEHEREN``
(the coordinator), with an audit line in the same transaction.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from app.inburgeraars.model import fold, search_words
from app.matching.model import Kandidaat
from app.security.audit import audit
from app.security.roles import Permission, require
from app.sleutelpersonen.beschikbaarheid import Tijdvak
from app.sleutelpersonen.model import (
    Sleutelpersoon,
    TaalKennis,
    search_key,
    sleutelpersoon_from_form,
)
from app.sleutelpersonen.werkdruk import maand_grenzen
from db.errors import StoreError
from db.inburgeraars import GemeenteRepository
from db.sleutelpersonen import SleutelpersoonRepository

if TYPE_CHECKING:
    from app.session import Session


class ConflictError(StoreError):
    def __init__(self) -> None:
        super().__init__(
            "Iemand anders heeft deze sleutelpersoon intussen gewijzigd. "
            "Sluit het venster en open de gegevens opnieuw."
        )


@dataclass(frozen=True)
class PersoonFilter:
    text: str = ""
    gemeentecode: str | None = None
    status: str | None = None
    taal: str | None = None


def row_values(p: Sleutelpersoon) -> dict[str, Any]:
    return {
        "voornaam": p.voornaam,
        "achternaam": p.achternaam,
        "soort": p.soort,
        "training": p.training,
        "training_datum": p.training_datum.isoformat() if p.training_datum else None,
        "geslacht": p.geslacht,
        "geboortejaar": p.geboortejaar,
        "talen": json.dumps([{"taal": t.code, "niveau": t.niveau} for t in p.talen]),
        "landen": json.dumps(list(p.landen)),
        "gemeentecode": p.gemeentecode,
        "rijbewijs": int(p.rijbewijs),
        "auto": int(p.auto),
        "alleen_ov": int(p.alleen_ov),
        "max_reisafstand_km": p.max_reisafstand_km,
        "themas": json.dumps(list(p.themas)),
        "rollen": json.dumps(list(p.rollen)),
        "beschikbaarheid": json.dumps([[v.dag, v.begin, v.eind] for v in p.beschikbaarheid]),
        "capaciteit_uren": p.capaciteit_uren,
        "gezinsmigrant": int(p.gezinsmigrant),
        "betaald": int(p.betaald),
        "werk_telefoon": p.werk_telefoon,
        "werk_email": p.werk_email,
        "iban": p.iban,
        "status": p.status,
        "status_datum": p.status_datum.isoformat(),
        "zoeksleutel": search_key(p),
        "sorteernaam": fold(f"{p.achternaam} {p.voornaam}"),
    }


def from_row(row: Mapping[str, Any]) -> Sleutelpersoon:
    training = row.get("training_datum")
    return Sleutelpersoon(
        id=str(row["id"]),
        version=int(row["version"]),
        voornaam=str(row["voornaam"]),
        achternaam=str(row["achternaam"]),
        soort=str(row["soort"]),
        training=str(row["training"]),
        training_datum=date.fromisoformat(training) if training else None,
        geslacht=str(row["geslacht"]),
        geboortejaar=row["geboortejaar"],
        talen=tuple(TaalKennis(t["taal"], t["niveau"]) for t in json.loads(row["talen"])),
        landen=tuple(json.loads(row["landen"])),
        gemeentecode=str(row["gemeentecode"]),
        rijbewijs=bool(row["rijbewijs"]),
        auto=bool(row["auto"]),
        alleen_ov=bool(row["alleen_ov"]),
        max_reisafstand_km=int(row["max_reisafstand_km"]),
        themas=tuple(json.loads(row["themas"])),
        rollen=tuple(json.loads(row["rollen"])),
        beschikbaarheid=tuple(Tijdvak(*v) for v in json.loads(row["beschikbaarheid"])),
        capaciteit_uren=int(row["capaciteit_uren"]),
        gezinsmigrant=bool(row["gezinsmigrant"]),
        betaald=bool(row["betaald"]),
        werk_telefoon=str(row["werk_telefoon"]),
        werk_email=str(row["werk_email"]),
        iban=str(row.get("iban") or ""),
        status=str(row["status"]),
        status_datum=date.fromisoformat(row["status_datum"]),
    )


class SleutelpersoonService:
    def __init__(self, session: Session) -> None:
        self.session = session
        self.store = session.store
        self.repo = SleutelpersoonRepository(self.store.conn)
        self.gemeenten = GemeenteRepository(self.store.conn)

    def gemeente_namen(self) -> dict[str, str]:
        return {str(r["code"]): str(r["naam"]) for r in self.gemeenten.all()}

    def validate(self, values: Mapping[str, Any], today: date | None = None) -> Sleutelpersoon:
        return sleutelpersoon_from_form(values, self.gemeente_namen(), today or date.today())

    def save(self, values: Mapping[str, Any], today: date | None = None) -> Sleutelpersoon:
        """Validate and store: insert without ``id``, update with ``id`` and ``version``."""
        require(self.session, Permission.SLEUTELPERSONEN_BEHEREN)
        person = self.validate(values, today)
        with self.store.transaction():
            person_id = self._write(person, check_version=True)
            action = "gewijzigd" if person.id else "aangemaakt"
            audit(self.session, action, "sleutelpersoon", person_id)
        found = self.get(person_id)
        assert found is not None
        return found

    def _write(self, person: Sleutelpersoon, *, check_version: bool) -> str:
        row = row_values(person)
        if person.id and self.repo.get(person.id):
            expected = person.version or None if check_version else None
            if not self.repo.update(person.id, row, expected):
                raise ConflictError()
            return person.id
        return self.repo.insert(row, person.id)

    def write_many(self, persons: Sequence[Sleutelpersoon]) -> tuple[int, int]:
        """Insert or update (by id) validated key persons in one transaction: (new, updated)."""
        require(self.session, Permission.SLEUTELPERSONEN_BEHEREN)
        ids = [p.id for p in persons if p.id]
        with self.store.transaction():
            existing = self.repo.existing_ids(ids)
            for person in persons:
                self._write(person, check_version=False)
            audit(self.session, "geïmporteerd", "sleutelpersoon", f"{len(persons)} sleutelpersonen")
        updated = sum(1 for p in persons if p.id in existing)
        return len(persons) - updated, updated

    def get(self, person_id: str) -> Sleutelpersoon | None:
        require(self.session, Permission.SLEUTELPERSONEN_LEZEN)
        row = self.repo.get(person_id)
        return from_row(row) if row else None

    def lijst(self, flt: PersoonFilter | None = None) -> list[Sleutelpersoon]:
        require(self.session, Permission.SLEUTELPERSONEN_LEZEN)
        flt = flt or PersoonFilter()
        rows = self.repo.search(search_words(flt.text), flt.gemeentecode, flt.status, flt.taal)
        return [from_row(r) for r in rows]

    def count(self) -> int:
        require(self.session, Permission.SLEUTELPERSONEN_LEZEN)
        return self.repo.count()

    def kandidaten(self, today: date) -> list[Kandidaat]:
        """Every key person as a matching candidate, with this month's hours and new matches."""
        start, end = maand_grenzen(today.strftime("%Y-%m"))
        minutes = self.repo.minutes_between(start, end)
        last = self.repo.last_inzet()
        new = self.repo.new_koppelingen_since(start)
        namen = self.gemeente_namen()
        result = []
        for p in self.lijst():
            assert p.id is not None
            laatst = last.get(p.id)
            result.append(
                Kandidaat(
                    id=p.id,
                    naam=p.naam,
                    geslacht=p.geslacht,
                    talen={t.code: t.niveau for t in p.talen},
                    landen=frozenset(p.landen),
                    gemeentecode=p.gemeentecode,
                    gemeente=namen.get(p.gemeentecode, p.gemeentecode),
                    themas=frozenset(p.themas),
                    actief=p.actief,
                    status=p.status,
                    capaciteit_uren=float(p.capaciteit_uren),
                    ingezet_uren=minutes.get(p.id, 0) / 60,
                    nieuwe_koppelingen=new.get(p.id, 0),
                    dagen_sinds_inzet=(today - date.fromisoformat(laatst)).days if laatst else None,
                    rijbewijs=p.rijbewijs,
                    auto=p.auto,
                    alleen_ov=p.alleen_ov,
                    max_reisafstand_km=p.max_reisafstand_km,
                    beschikbaarheid=p.beschikbaarheid_tekst,
                )
            )
        return result
