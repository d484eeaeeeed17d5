"""Stored values of an inzage as a newcomer can read them: codes as their Dutch labels, yes/no
as "ja"/"nee", dates as dd-mm-jjjj, timestamps in Dutch local time, amounts in euros.

Pure functions over one column's value; which label list applies is decided by the column (and
for ``status``/``soort`` by the table). Unknown codes are shown as stored, never dropped.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from datetime import UTC, datetime, tzinfo
from typing import Any

from app import reference
from app.validation import format_date

try:
    from zoneinfo import ZoneInfo

    LOCAL: tzinfo = ZoneInfo("Europe/Amsterdam")
    TIJDZONE = "Nederlandse tijd (Europe/Amsterdam)"
except Exception:  # no time zone data on this machine: say so rather than guess
    LOCAL = UTC
    TIJDZONE = "UTC"

# Columns that only serve the program (row version, search keys, hashes, screen position):
# left out of the PDF, kept in the JSON's raw tables (see docs/cli.md).
TECHNISCH = frozenset(
    {
        "id",
        "version",
        "hash",
        "vorige_hash",
        "zoeksleutel",
        "sorteernaam",
        "positie_sectie",
        "positie_vraag",
        "geopend_sinds",
        "definitie_versie",
        "inburgeraar_id",
        "intake_id",
        "gesprek_id",
        "inzet_id",
        "object_id",
    }
)
# Copies of the person's own data kept for a fast overview (shown once, under Inschrijving).
KOPIE = {"termijn": frozenset({"naam", "gemeentecode", "klantmanager"})}
# Tables that are bookkeeping only (when deadlines were last computed).
TECHNISCHE_TABELLEN = frozenset({"termijn_bron"})

JA_NEE = frozenset(
    {"zonder_partner_verteld", "actief", "afgerond", "rijbewijs", "auto", "alleen_ov", "betaald"}
)


def lokale_tijd(value: str) -> str:
    """An ISO timestamp (UTC when no offset is stored) as dd-mm-jjjj hh:mm local time."""
    moment = datetime.fromisoformat(value)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(LOCAL).strftime("%d-%m-%Y %H:%M")


def _labels(table: Mapping[str, str]) -> Callable[[str], str]:
    return lambda code: table.get(code, code)


def _lijst(convert: Callable[[str], str]) -> Callable[[str], str]:
    def show(value: str) -> str:
        try:
            items = json.loads(value)
        except ValueError:
            return convert(value)
        if not isinstance(items, list):
            return convert(value)
        return ", ".join(convert(str(i)) for i in items)

    return show


def _euro(value: str) -> str:
    cents = int(value)
    return f"€ {cents // 100},{cents % 100:02d}"


def _code_namen() -> dict[str, Callable[[str], str]]:
    from app.intake.gesprekken import PLAATSEN

    rollen = _lijst(_labels(reference.SLEUTELPERSOON_ROLLEN))
    return {
        "geslacht": _labels(reference.GESLACHTEN),
        "land_herkomst": lambda c: reference.country_name(c) or c,
        "voorkeurstaal": lambda c: reference.language_name(c) or c,
        "taal": lambda c: reference.language_name(c) or c,
        "niveau": _labels(reference.TAALNIVEAUS),
        "leerroute": _labels(reference.LEERROUTES),
        "advies": _labels(reference.LEERROUTES),
        "rollen": rollen,
        "sleutelpersoon_rollen": rollen,
        "plaats": _labels(PLAATSEN),
        "onkosten_cent": _euro,
        "km": lambda v: f"{v} km",
        "minuten": lambda v: f"{v} minuten",
        "score": lambda v: f"{float(v):.2f}".replace(".", ","),
    }


def _per_tabel() -> dict[tuple[str, str], Callable[[str], str]]:
    from app.deadlines.engine import SOORTEN as TERMIJN_SOORTEN
    from app.pip.model import STATUSSEN as PIP_STATUSSEN
    from app.sleutelpersonen.inzet import SOORTEN_INZET
    from app.stem.model import SIGNAAL_THEMAS, URGENTIES
    from app.stem.model import STATUSSEN as SIGNAAL_STATUSSEN

    urgenties = {k: v[0].split(" (")[0] for k, v in URGENTIES.items()}
    return {
        **_register_keuzes(),
        ("intake_signaal", "thema"): _labels(SIGNAAL_THEMAS),
        ("intake_signaal", "urgentie"): _labels(urgenties),
        ("intake_signaal", "status"): _labels(SIGNAAL_STATUSSEN),
        ("intake_correctie", "actie"): _labels(
            {"verwijderd": "Verwijderd", "gecorrigeerd": "Gecorrigeerd"}
        ),
        ("pip", "status"): _labels(PIP_STATUSSEN),
        ("intake", "status"): _labels({"open": "Open", "afgerond": "Afgerond"}),
        ("inzet", "soort"): _labels(SOORTEN_INZET),
        ("termijn", "soort"): _labels(TERMIJN_SOORTEN),
        ("intake_concept", "soort"): _labels({"gesprek": "Gesprek", "signaal": "Signaal"}),
        ("stem_concept", "soort"): _labels(
            {"feedback": "Feedback op een gesprek", "ervaring": "Vragenlijst over het aanbod"}
        ),
        ("intake_correctie", "object_type"): _labels(
            {"intake_gesprek": "Gesprek", "intake_signaal": "Signaal"}
        ),
    }


def _register_keuzes() -> dict[tuple[str, str], Callable[[str], str]]:
    """The register's choice fields by their catalogue's labels (app/inburgeraars/velden.py);
    an unknown code is shown as stored."""
    from app.inburgeraars import velden
    from app.inburgeraars.veld import Bron, Veld

    bron = Bron()

    def shown(veld: Veld) -> Callable[[str], str]:
        return lambda code: veld.tekst(code, bron) or code

    return {
        ("inburgeraar", v.key): shown(v)
        for v in velden.alle()
        if v.soort == "keuze" and v.keuzes is not None
    }


def _datum_of_tijd(text: str) -> str | None:
    if len(text) >= 19 and text[4] == "-" and text[10] in "T ":
        try:
            return lokale_tijd(text)
        except ValueError:
            return None
    if len(text) == 10 and text[4] == "-" and text[7] == "-":
        try:
            return format_date(text)
        except ValueError:
            return None
    return None


def tekst(value: Any, column: str = "", table: str = "") -> str:
    """One stored value as plain Dutch text."""
    if value is None:
        return ""
    if isinstance(value, bool) or column in JA_NEE:
        return "ja" if str(value).lower() in ("1", "true") else "nee"
    text = str(value)
    convert = _per_tabel().get((table, column)) or _code_namen().get(column)
    if convert is not None:
        try:
            return convert(text)
        except ValueError:
            return text
    when = _datum_of_tijd(text)
    if when is not None:
        return when
    if text.startswith(("[", "{")):
        try:
            parsed = json.loads(text)
        except ValueError:
            return text
        return samengevat(parsed)
    return text


def samengevat(value: Any) -> str:
    """A JSON value (list or object) in one line: lists joined, empty parts left out."""
    if isinstance(value, bool):
        return "ja" if value else "nee"
    if isinstance(value, list):
        return ", ".join(s for s in (samengevat(v) for v in value) if s)
    if isinstance(value, dict):
        parts = [(k, samengevat(v)) for k, v in value.items()]
        return "; ".join(f"{k.replace('_', ' ')}: {s}" for k, s in parts if s)
    if value is None:
        return ""
    return tekst(value)


def uitgevouwen(value: Any, pad: str = "") -> list[tuple[str, str]]:
    """A JSON object (e.g. a PIP's content) as one (label, text) row per filled-in leaf;
    nested keys are joined with " – ", codes get their labels by their key."""
    if isinstance(value, dict):
        rows: list[tuple[str, str]] = []
        for key, inner in value.items():
            name = str(key).replace("_", " ")
            rows += uitgevouwen(inner, f"{pad} – {name}" if pad else name.capitalize())
        return rows
    if isinstance(value, list) and any(isinstance(v, dict) for v in value):
        return [(pad, samengevat(v)) for v in value if samengevat(v)]
    key = pad.rsplit(" – ", 1)[-1].lower().replace(" ", "_")
    shown = samengevat(value) if isinstance(value, list | bool) else tekst(value, key)
    return [(pad, shown)] if shown else []
