"""Engagements (inzet): each time a key person is deployed, with hours, km and expenses."""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from app import reference
from app.validation import FieldError, FormCollector, parse_date, parse_text

SOORTEN_INZET: dict[str, str] = {
    "intakegesprek": "Intakegesprek",
    "pip_gesprek": "PIP-gesprek",
    "voortgangsgesprek": "Voortgangsgesprek",
    "groepsvoorlichting": "Groepsvoorlichting",
    "begeleiding": "Begeleiding naar een afspraak",
    "overig": "Overig",
}
MAX_ONKOSTEN_CENT = 100_000


@dataclass(frozen=True)
class Inzet:
    sleutelpersoon_id: str
    datum: date
    soort: str
    minuten: int
    inburgeraar_id: str | None = None
    activiteit: str = ""
    rollen: tuple[str, ...] = ()
    km: int = 0
    onkosten_cent: int = 0
    onkosten_omschrijving: str = ""
    id: str | None = None


def parse_uren(raw: Any) -> int:
    """Hours as typed ('1,5', '1.5', '1:30', '90 min'); returns minutes (0 < m ≤ 24 h)."""
    text = str(raw or "").strip().lower()
    m = re.fullmatch(r"(\d{1,2}):(\d{2})", text)
    if m and int(m.group(2)) < 60:
        minutes = int(m.group(1)) * 60 + int(m.group(2))
    elif re.fullmatch(r"\d{1,4}\s*min", text):
        minutes = int(text.replace("min", "").strip())
    elif re.fullmatch(r"\d{1,2}([.,]\d{1,2})?", text):
        minutes = round(float(text.replace(",", ".")) * 60)
    else:
        raise FieldError("Schrijf de tijd in uren, bijvoorbeeld 1,5 of 1:30.")
    if not 0 < minutes <= 24 * 60:
        raise FieldError("De tijd ligt tussen 1 minuut en 24 uur.")
    return minutes


def parse_bedrag(raw: Any) -> int:
    """An amount in euros ('12,50', '€ 3', '1.234,56'); returns cents."""
    text = str(raw or "").strip().replace("€", "").replace(" ", "")
    if not text:
        return 0
    if not re.fullmatch(r"\d{1,3}(\.\d{3})*(,\d{1,2})?|\d+([.,]\d{1,2})?", text):
        raise FieldError("Schrijf een bedrag in euro, bijvoorbeeld 12,50.")
    if "," in text:
        text = text.replace(".", "").replace(",", ".")
    cents = round(float(text) * 100)
    if cents > MAX_ONKOSTEN_CENT:
        raise FieldError("Meer dan € 1.000 per inzet: klopt dat? Splits het dan op.")
    return cents


def _km(raw: Any) -> int:
    text = str(raw or "").strip()
    if not text:
        return 0
    if not text.isdecimal() or int(text) > 1000:  # isdigit lets "²" through
        raise FieldError("Vul de kilometers in als heel getal, hooguit 1000.")
    return int(text)


def inzet_from_form(values: Mapping[str, Any], today: date) -> Inzet:
    c = FormCollector(values)
    take, errors = c.take, c.errors

    def datum(raw: Any) -> date:
        value = parse_date(str(raw or ""))
        if value > today + timedelta(days=1):
            raise FieldError("Een inzet boek je na afloop: deze datum ligt in de toekomst.")
        if value < today - timedelta(days=3 * 366):
            raise FieldError("Deze datum ligt meer dan drie jaar terug.")
        return value

    def soort(raw: Any) -> str:
        if str(raw or "") not in SOORTEN_INZET:
            raise FieldError("Kies wat voor inzet het was.")
        return str(raw)

    def rollen(raw: Any) -> tuple[str, ...]:
        items = list(raw or [])
        unknown = [r for r in items if r not in reference.SLEUTELPERSOON_ROLLEN]
        if unknown:
            raise FieldError(f"Onbekende rol: {unknown[0]}.")
        return tuple(dict.fromkeys(items))

    inzet = Inzet(
        sleutelpersoon_id=str(values.get("sleutelpersoon_id") or ""),
        datum=take("datum", datum),
        soort=take("soort", soort),
        minuten=take("uren", parse_uren),
        inburgeraar_id=str(values.get("inburgeraar_id") or "") or None,
        activiteit=take("activiteit", lambda v: parse_text(str(v or ""), max_len=200)),
        rollen=take("rollen", rollen),
        km=take("km", _km),
        onkosten_cent=take("onkosten", parse_bedrag),
        onkosten_omschrijving=take(
            "onkosten_omschrijving", lambda v: parse_text(str(v or ""), max_len=200)
        ),
    )
    if not inzet.sleutelpersoon_id:
        errors["sleutelpersoon_id"] = "Kies een sleutelpersoon."
    if not inzet.inburgeraar_id and not inzet.activiteit and "activiteit" not in errors:
        errors["activiteit"] = "Kies een inburgeraar of beschrijf de activiteit."
    if inzet.onkosten_cent and not inzet.onkosten_omschrijving:
        errors.setdefault("onkosten_omschrijving", "Waarvoor zijn de onkosten?")
    c.check()
    return inzet


def inzet_values(inzet: Inzet) -> dict[str, Any]:
    """The engagement as the row the repository stores."""
    return {
        "sleutelpersoon_id": inzet.sleutelpersoon_id,
        "datum": inzet.datum.isoformat(),
        "soort": inzet.soort,
        "inburgeraar_id": inzet.inburgeraar_id,
        "activiteit": inzet.activiteit,
        "rollen": json.dumps(list(inzet.rollen)),
        "minuten": inzet.minuten,
        "km": inzet.km,
        "onkosten_cent": inzet.onkosten_cent,
        "onkosten_omschrijving": inzet.onkosten_omschrijving,
    }
