"""Letterhead details per municipality: the eight Achterhoek examples shipped in
``resources/gemeenten/achterhoek.json``, overlaid by the central defaults file (key
``gemeenten``), for the officer's own municipality by their settings file, and last by what a
beheerder saved for the municipality in Beheer (app/briefhoofd.py, synced with the region).

The examples' names and CBS codes are confirmed (../shared/domain.md); their addresses, phone
numbers and web addresses are not, so every example carries ``"status": "voorbeeld,
controleren"`` and Beheer says so until a beheerder saves the municipality."""

from __future__ import annotations

import json
import string
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date
from importlib import resources
from typing import Any

from app.deadlines.termijnenwet import parse_extra
from app.settings import Settings

FIELDS = ("naam", "postadres", "bezoekadres", "telefoon", "email", "website", "bezwaar_online")
# Fields Beheer adds to these (app/briefhoofd.py); a non-empty saved value wins.
BEHEER_FIELDS = (*FIELDS, "ondertekenaar", "ondertekenaar_functie")


@dataclass(frozen=True)
class GemeenteGegevens:
    code: str
    naam: str = ""
    postadres: str = ""
    bezoekadres: str = ""
    telefoon: str = ""
    email: str = ""
    website: str = ""
    bezwaar_online: str = ""
    logo: str = ""
    ondertekenaar: str = ""
    ondertekenaar_functie: str = ""


def voorbeelden() -> dict[str, dict[str, str]]:
    text = (resources.files("resources.gemeenten") / "achterhoek.json").read_text("utf-8")
    raw: dict[str, Any] = json.loads(text)
    return {k: v for k, v in raw.items() if not k.startswith("_")}


def is_voorbeeld(code: str) -> bool:
    """True when the shipped details of *code* are unchecked examples."""
    return voorbeelden().get(code, {}).get("status") == "voorbeeld, controleren"


def gegevens(
    code: str,
    settings: Settings,
    centraal: dict[str, dict[str, str]] | None = None,
    beheer: Mapping[str, str] | None = None,
) -> GemeenteGegevens:
    """What the letter of municipality *code* says about its sender (*beheer*: the values a
    beheerder saved for it, app.briefhoofd.beheer_waarden)."""
    values = dict(voorbeelden().get(code, {}))
    values.update((centraal or {}).get(code, {}))
    g = GemeenteGegevens(code, **{k: str(values.get(k, "")) for k in FIELDS})
    if settings.standaard_gemeentecode in ("", code):  # the officer's own municipality
        g = replace(
            g,
            naam=settings.gemeente_naam or g.naam,
            postadres=settings.gemeente_adres or g.postadres,
            logo=settings.gemeente_logo,
            ondertekenaar=settings.ondertekenaar,
            ondertekenaar_functie=settings.ondertekenaar_functie,
        )
    saved = {k: v for k, v in (beheer or {}).items() if k in BEHEER_FIELDS and v}
    return replace(g, **saved) if saved else g


def aangewezen_dagen(settings: Settings) -> tuple[date, ...]:
    """The configured extra days; a wrong entry is skipped here (Beheer refuses it on entry)."""
    days: list[date] = []
    for part in settings.aangewezen_dagen.split(","):
        if part.strip():
            try:
                days.extend(parse_extra([part]))
            except ValueError:
                continue
    return tuple(days)


class KenmerkError(ValueError):
    pass


def check_patroon(patroon: str) -> None:
    """A kenmerk pattern may use {gemeentecode}, {jaar} and must use {nummer}."""
    try:
        names = {f for _t, f, _s, _c in string.Formatter().parse(patroon) if f is not None}
        patroon.format(gemeentecode="0294", jaar="2026", nummer=1)
    except (ValueError, KeyError, IndexError):
        raise KenmerkError(
            "Het patroon voor het kenmerk klopt niet. Gebruik {gemeentecode}, {jaar} en "
            "{nummer}, bijvoorbeeld {gemeentecode}/PIP/{jaar}/{nummer:05d}."
        ) from None
    if "nummer" not in names or not names <= {"gemeentecode", "jaar", "nummer"}:
        raise KenmerkError(
            "Het patroon voor het kenmerk moet {nummer} bevatten en mag daarnaast alleen "
            "{gemeentecode} en {jaar} gebruiken."
        )


def kenmerk(patroon: str, gemeentecode: str, jaar: int, nummer: int) -> str:
    check_patroon(patroon)
    return patroon.format(gemeentecode=gemeentecode, jaar=str(jaar), nummer=nummer)
