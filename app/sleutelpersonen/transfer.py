"""Import and export of the registry: CSV that Dutch Excel opens (';', UTF-8 with BOM) and JSON.

An import is checked as a whole first (:func:`lees_import`): every bad row is reported with its
line number and reason, and nothing is written until the officer accepts a plan without errors
(:func:`voer_uit`). Rows carry the key person's id, so re-importing updates instead of duplicating.
"""

from __future__ import annotations

import csv
import io
import json
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from app.csv_export import csv_bytes, unescape_cell
from app.files import write_new_file
from app.security.audit import audit
from app.security.keys import write_private
from app.security.roles import Permission, require
from app.sleutelpersonen.model import Sleutelpersoon, sleutelpersoon_from_form
from app.sleutelpersonen.service import SleutelpersoonService
from app.validation import ValidationError, format_date
from db.sleutelpersonen import PERSOON_FIELDS

# A file's columns: the id (so a re-import updates) and every column one types in.
# The IBAN stays in this municipality's registry: it is for paying claims, not for sharing.
KOLOMMEN: tuple[str, ...] = ("id", *(f for f in PERSOON_FIELDS if f != "iban"))
MAX_RIJEN = 20_000


@dataclass(frozen=True)
class ImportFout:
    regel: int  # line in the file (CSV: header is line 1) or item number (JSON, from 1)
    veld: str
    melding: str

    def tekst(self) -> str:
        return (
            f"regel {self.regel}: {self.veld}: {self.melding}"
            if self.veld
            else (f"regel {self.regel}: {self.melding}")
        )


@dataclass
class ImportPlan:
    personen: list[Sleutelpersoon] = field(default_factory=list)
    fouten: list[ImportFout] = field(default_factory=list)
    nieuw: int = 0
    bijwerken: int = 0

    @property
    def ok(self) -> bool:
        return not self.fouten and bool(self.personen)


# --- export ---------------------------------------------------------------------------------
def _ja(value: bool) -> str:
    return "ja" if value else "nee"


def export_record(p: Sleutelpersoon) -> dict[str, Any]:
    """A key person as plain values (JSON); CSV writes lists as text."""
    return {
        "id": p.id,
        "voornaam": p.voornaam,
        "achternaam": p.achternaam,
        "soort": p.soort,
        "training": p.training,
        "training_datum": p.training_datum.isoformat() if p.training_datum else "",
        "geslacht": p.geslacht,
        "geboortejaar": p.geboortejaar,
        "talen": [{"taal": t.code, "niveau": t.niveau} for t in p.talen],
        "landen": list(p.landen),
        "gemeentecode": p.gemeentecode,
        "rijbewijs": p.rijbewijs,
        "auto": p.auto,
        "alleen_ov": p.alleen_ov,
        "max_reisafstand_km": p.max_reisafstand_km,
        "themas": list(p.themas),
        "rollen": list(p.rollen),
        "beschikbaarheid": [v.tekst() for v in p.beschikbaarheid],
        "capaciteit_uren": p.capaciteit_uren,
        "gezinsmigrant": p.gezinsmigrant,
        "betaald": p.betaald,
        "werk_telefoon": p.werk_telefoon,
        "werk_email": p.werk_email,
        "status": p.status,
        "status_datum": p.status_datum.isoformat(),
    }


def _csv_row(p: Sleutelpersoon) -> list[str]:
    rec = export_record(p)
    rec["talen"] = ", ".join(f"{t.code}:{t.niveau}" for t in p.talen)
    rec["landen"] = ", ".join(p.landen)
    rec["themas"] = ", ".join(p.themas)
    rec["rollen"] = ", ".join(p.rollen)
    rec["beschikbaarheid"] = p.beschikbaarheid_tekst
    rec["training_datum"] = format_date(p.training_datum) if p.training_datum else ""
    rec["status_datum"] = format_date(p.status_datum)
    for key in ("rijbewijs", "auto", "alleen_ov", "gezinsmigrant", "betaald"):
        rec[key] = _ja(bool(rec[key]))
    return ["" if rec[k] is None else str(rec[k]) for k in KOLOMMEN]


def export_csv(personen: list[Sleutelpersoon]) -> bytes:
    """Escaped against formula injection (app.csv_export); the import undoes that."""
    return csv_bytes([list(KOLOMMEN), *(_csv_row(p) for p in personen)])


def export_json(personen: list[Sleutelpersoon]) -> bytes:
    data = {"soort": "wegwijs-sleutelpersonen", "versie": 1, "sleutelpersonen": []}
    data["sleutelpersonen"] = [export_record(p) for p in personen]
    return json.dumps(data, ensure_ascii=False, indent=2).encode("utf-8")


def export_file(service: SleutelpersoonService, path: Path, *, overwrite: bool = False) -> int:
    """Write the registry to CSV or JSON (coordinator only; logged)."""
    require(service.store, Permission.SLEUTELPERSONEN_BEHEREN)
    personen = service.lijst()
    suffix = path.suffix.lower()
    if suffix not in (".csv", ".json"):
        raise ValueError("Kies een bestandsnaam die eindigt op .csv of .json.")
    data = export_csv(personen) if suffix == ".csv" else export_json(personen)
    if overwrite:  # the user confirmed replacing it in the save dialog
        write_private(path, data)
    else:
        write_new_file(path, data)  # never over an existing file (OutputFileError)
    audit(service.store, "geëxporteerd", "sleutelpersoon", f"{len(personen)} sleutelpersonen")
    return len(personen)


# --- import ---------------------------------------------------------------------------------
def _decode(data: bytes) -> str | None:
    for encoding in ("utf-8-sig", "cp1252"):  # cp1252: Excel's older "CSV" on Windows
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return None


NIET_TEKST = ImportFout(1, "", "Dit is geen tekstbestand (UTF-8 of Windows-1252).")


def csv_records(data: bytes) -> tuple[list[tuple[int, dict[str, Any]]], list[ImportFout]]:
    text = _decode(data)
    if text is None or "\x00" in text:
        return [], [NIET_TEKST]
    try:
        return _csv_records(text)
    except csv.Error as exc:
        return [], [ImportFout(1, "", f"Dit CSV-bestand is niet te lezen ({exc}).")]


def _csv_records(text: str) -> tuple[list[tuple[int, dict[str, Any]]], list[ImportFout]]:
    first = text.split("\n", 1)[0]
    delimiter = ";" if first.count(";") >= first.count(",") else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    header = next(reader, None)
    if not header:
        return [], [ImportFout(1, "", "Het bestand is leeg.")]
    header = [h.strip().lower() for h in header]
    missing = [k for k in ("voornaam", "achternaam") if k not in header]
    unknown = [h for h in header if h and h not in KOLOMMEN]
    if missing or unknown:
        text_parts = []
        if missing:
            text_parts.append("kolom ontbreekt: " + ", ".join(missing))
        if unknown:
            text_parts.append("onbekende kolom: " + ", ".join(unknown))
        return [], [ImportFout(1, "", "; ".join(text_parts) + ".")]
    records = []
    for row in reader:
        line = reader.line_num
        if not any(cell.strip() for cell in row):
            continue
        if len(row) > len(header):
            records.append(
                (line, {"__fout__": f"{len(row)} kolommen, de kop heeft er {len(header)}"})
            )
            continue
        cells = [unescape_cell(cell) for cell in row]
        records.append((line, dict(zip(header, cells, strict=False))))
    return records, []


def json_records(data: bytes) -> tuple[list[tuple[int, dict[str, Any]]], list[ImportFout]]:
    text = _decode(data)
    if text is None:
        return [], [NIET_TEKST]
    try:
        raw = json.loads(text)
    except RecursionError:
        return [], [ImportFout(1, "", "Geen geldige JSON (te diep genest).")]
    except ValueError as exc:
        return [], [ImportFout(1, "", f"Geen geldige JSON ({exc}).")]
    items = raw.get("sleutelpersonen") if isinstance(raw, dict) else raw
    if not isinstance(items, list):
        return [], [ImportFout(1, "", "Verwacht een lijst 'sleutelpersonen'.")]
    records = []
    for n, item in enumerate(items, start=1):
        if isinstance(item, dict):
            records.append((n, item))
        else:
            records.append((n, {"__fout__": "geen object"}))
    return records, []


def _check_id(raw: Any) -> str | None:
    text = str(raw or "").strip()
    if not text:
        return None
    try:
        return str(uuid.UUID(text))
    except ValueError:
        raise ValueError(
            "is geen geldig id (UUID); laat het leeg voor een nieuwe sleutelpersoon"
        ) from None


def plan_import(
    records: list[tuple[int, dict[str, Any]]],
    gemeentecodes: Mapping[str, str],
    bestaande: set[str],
    today: date,
) -> ImportPlan:
    plan = ImportPlan()
    seen: dict[str, int] = {}
    if len(records) > MAX_RIJEN:
        plan.fouten.append(ImportFout(1, "", f"Meer dan {MAX_RIJEN} rijen."))
        return plan
    for line, record in records:
        if "__fout__" in record:
            plan.fouten.append(ImportFout(line, "", str(record["__fout__"])))
            continue
        values = {k: v for k, v in record.items() if k != "version"}
        try:
            values["id"] = _check_id(values.get("id"))
        except ValueError as exc:
            plan.fouten.append(ImportFout(line, "id", str(exc)))
            continue
        if values["id"] and values["id"] in seen:
            plan.fouten.append(ImportFout(line, "id", f"staat ook op regel {seen[values['id']]}"))
            continue
        try:
            person = sleutelpersoon_from_form(values, gemeentecodes, today)
        except ValidationError as exc:
            plan.fouten.extend(ImportFout(line, f, m) for f, m in exc.errors.items())
            continue
        if person.id:
            seen[person.id] = line
        plan.personen.append(person)
        if person.id and person.id in bestaande:
            plan.bijwerken += 1
        else:
            plan.nieuw += 1
    if not records and not plan.fouten:
        plan.fouten.append(ImportFout(1, "", "Het bestand bevat geen sleutelpersonen."))
    return plan


def lees_import(
    service: SleutelpersoonService, path: Path, today: date | None = None
) -> ImportPlan:
    """Read and check a file (.csv or .json); writes nothing."""
    data = path.read_bytes()
    if path.suffix.lower() == ".json":
        records, fouten = json_records(data)
    else:
        records, fouten = csv_records(data)
    if fouten:
        return ImportPlan(fouten=fouten)
    ids = [str(r.get("id") or "").strip() for _, r in records]
    bestaande = service.repo.existing_ids([i for i in ids if i])
    return plan_import(records, service.gemeente_namen(), bestaande, today or date.today())


def voer_uit(service: SleutelpersoonService, plan: ImportPlan) -> tuple[int, int]:
    """Write an accepted plan in one transaction: (new, updated). Refuses a plan with errors."""
    if not plan.ok:
        raise ValueError("Een import met fouten wordt niet uitgevoerd.")
    return service.write_many(plan.personen)
