"""Builders for key persons and questions used by the key-person tests."""

from __future__ import annotations

from typing import Any

from app.matching.model import Kandidaat, Vraag


def persoon_form(**overrides: Any) -> dict[str, Any]:
    form: dict[str, Any] = {
        "voornaam": "Selam",
        "achternaam": "Tesfay",
        "soort": "sleutelpersoon",
        "training": "Pharos",
        "training_datum": "01-03-2024",
        "geslacht": "V",
        "geboortejaar": "1985",
        "talen": "ti:moedertaal, nl:goed",
        "landen": "ER",
        "gemeentecode": "0294",
        "rijbewijs": "ja",
        "auto": "ja",
        "alleen_ov": "nee",
        "max_reisafstand_km": "30",
        "themas": "gezondheid, opvoeding",
        "rollen": "vertaler, verbinder",
        "beschikbaarheid": "maandag 10–12; donderdag 13:30-15",
        "capaciteit_uren": "16",
        "gezinsmigrant": "nee",
        "betaald": "nee",
        "werk_telefoon": "0543 123456",
        "werk_email": "selam@sleutelpersonen.example",
        "status": "actief",
        "status_datum": "01-06-2026",
    }
    form.update(overrides)
    return form


def kandidaat(id: str, **kw: Any) -> Kandidaat:
    values: dict[str, Any] = {
        "naam": id.capitalize(),
        "geslacht": "V",
        "talen": {"ti": "moedertaal", "nl": "goed"},
        "landen": frozenset({"ER"}),
        "gemeentecode": "0294",
        "gemeente": "Winterswijk",
        "themas": frozenset(),
        "capaciteit_uren": 16.0,
        "auto": True,
        "max_reisafstand_km": 50,
        "beschikbaarheid": "maandag 10–12",
        "dagen_sinds_inzet": 10,
    }
    values.update(kw)
    return Kandidaat(id=id, **values)


def vraag(**kw: Any) -> Vraag:
    values: dict[str, Any] = {
        "inburgeraar_id": "c1",
        "geslacht": "V",
        "land_herkomst": "ER",
        "talen": {"ti": "moedertaal", "nl": "beginner"},
        "voorkeurstaal": "ti",
        "gemeentecode": "0294",
    }
    values.update(kw)
    return Vraag(**values)


GEMEENTEN = {
    "0197": "Aalten",
    "1859": "Berkelland",
    "1876": "Bronckhorst",
    "0222": "Doetinchem",
    "1955": "Montferland",
    "1586": "Oost Gelre",
    "1509": "Oude IJsselstreek",
    "0294": "Winterswijk",
}
