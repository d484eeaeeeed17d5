"""Dutch labels of PIP fields, for the version diff, error lists and printed output."""

from __future__ import annotations

from typing import Any

from app import reference
from app.pip.model import ALFABETISERING, ONTZORG_POSTEN
from app.validation import format_date

LABELS: dict[str, str] = {
    "route.leerroute": "Leerroute",
    "route.niveau": "Niveau",
    "route.alfabetisering": "Alfabetiseringsonderwijs",
    "route.mag_opleiding_afmaken": "Mag opleiding afmaken",
    "route.intensiteit_uren": "Geschatte intensiteit (uren)",
    "route.advies": "Advies",
    "route.advies_redenen": "Redenen van het advies",
    "route.motivering": "Waarom deze route",
    "route.waarom_niet_andere": "Waarom niet de andere routes",
    "route.reden_afwijking": "Reden afwijking van het advies",
    "begeleiding": "Ondersteuning door de gemeente",
    "taalschakeltraject": "Taalschakeltraject",
    "knm": "KNM",
    "pvt.inhoud": "PVT: inhoud",
    "pvt.uren": "PVT: uren",
    "pvt.datum_ondertekening": "PVT: geplande ondertekening",
    "pvt.afgerond": "PVT: afgerond",
    "map.inhoud": "MAP: inhoud",
    "map.uren": "MAP: uren",
    "map.datum_eindgesprek": "MAP: eindgesprek",
    "map.afgerond": "MAP: afgerond",
    "ontzorgen.posten": "Ontzorgen: posten",
    "ontzorgen.startdatum": "Ontzorgen: start",
    "ontzorgen.machtiging_getekend": "Ontzorgen: machtiging getekend",
    "maatschappelijke_begeleiding": "Maatschappelijke begeleiding",
    "randvoorwaarden": "Randvoorwaarden",
    "participatie": "Participatie",
    "afspraken": "Afspraken",
    "voortgangsgesprekken": "Voortgangsgesprekken",
    "sleutelpersoon.rollen": "Sleutelpersoon: rol",
    "sleutelpersoon.sleutelpersoon_id": "Sleutelpersoon",
    "sleutelpersoon.naam": "Sleutelpersoon: naam",
    "sleutelpersoon.toelichting": "Sleutelpersoon: toelichting",
}


def label(field: str) -> str:
    return LABELS.get(field, field)


def show(field: str, value: Any) -> str:
    """A stored value as a person reads it."""
    if value is None or value == "" or value == []:
        return "—"
    if isinstance(value, bool):
        return "ja" if value else "nee"
    if field == "route.leerroute" or field == "route.advies":
        return reference.LEERROUTES.get(str(value), str(value))
    if field == "route.alfabetisering":
        return ALFABETISERING.get(str(value), str(value))
    if field == "ontzorgen.posten":
        return ", ".join(ONTZORG_POSTEN.get(v, v) for v in value).lower()
    if field == "sleutelpersoon.rollen":
        return ", ".join(reference.SLEUTELPERSOON_ROLLEN.get(v, v) for v in value).lower()
    if field == "afspraken":
        return "; ".join(
            f"{a['wie']}: {a['wat']} ({format_date(a.get('datum')) or 'geen datum'})" for a in value
        )
    if field == "voortgangsgesprekken":
        return "; ".join(
            f"{format_date(g['datum'])} {g.get('onderwerp', '')}".strip() for g in value
        )
    if isinstance(value, list):
        return "; ".join(str(v) for v in value)
    if isinstance(value, str) and len(value) == 10 and value[4] == "-" and value[7] == "-":
        return format_date(value)
    return str(value)
