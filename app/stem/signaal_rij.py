"""A stored signaal row (with its dossier's name columns) as a :class:`Signaal`."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from app.stem.model import Signaal


def _day(raw: object) -> date | None:
    return date.fromisoformat(str(raw)[:10]) if raw else None


def signaal_uit_rij(row: Mapping[str, Any], with_name: bool = False) -> Signaal:
    datum = date.fromisoformat(str(row["datum"]))
    naam = ""
    if with_name:
        parts = (row.get("voornamen"), row.get("voorvoegsel"), row.get("achternaam"))
        naam = " ".join(str(p) for p in parts if p)
    return Signaal(
        id=str(row["id"]),
        inburgeraar_id=str(row["inburgeraar_id"]),
        datum=datum,
        gemeld_door=str(row["gemeld_door"]),
        tekst=str(row["tekst"]),
        gesprek_id=row["gesprek_id"],
        thema=str(row["thema"]),
        urgentie=str(row["urgentie"]),
        eigenaar=str(row["eigenaar"] or row.get("klantmanager_dossier") or ""),
        actie=str(row["actie"]),
        status=str(row["status"]),
        opvolgen_voor=_day(row["opvolgen_voor"]) or datum,
        afgerond_op=_day(row["afgerond_op"]),
        wat_gedaan=str(row["wat_gedaan"]),
        versie=int(row["version"]),
        naam=naam,
    )
