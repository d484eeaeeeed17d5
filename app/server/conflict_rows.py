"""Conflicts as the officer reads them: the dossier (person), the field in words, both values,
who and when; which dossiers carry the "Conflict" marker; resolving with the role that may
change that data. Plain Python over app.server.conflicts; the Qt side is ui/sync/conflicts_view.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from app.pip.labels import LABELS as PIP_LABELS
from app.security.inzage_inhoud import labels as inzage_labels
from app.security.roles import Permission, require
from app.server import conflicts
from app.server.sync_view import local_time
from db import sync_apply
from db import sync_local as local
from db.server.tables import BY_NAME

if TYPE_CHECKING:
    from app.session import Session


# Columns of the other synced tables; the register's fields are labelled by their catalogue
# (through the inzage's labels, app/inburgeraars/velden.py).
_LABELS = {
    "naam": "Naam",
    "uren": "Uren",
    "niveau": "Niveau",
    "leerroute": "Leerroute",
    "inhoud": "Inhoud",
    "tekst": "Tekst",
    "notitie": "Notitie",
    "omschrijving": "Omschrijving",
    "versie": "Versie",
}
_TABLE_WORDS = {
    "inburgeraar": "",
    "intake_antwoord": "Intake-antwoord",
    "intake": "Intake",
    "intake_gesprek": "Gesprek",
    "intake_notitie": "Notitie",
    "intake_signaal": "Signaal",
    "pip": "PIP",
    "sleutelpersoon": "Sleutelpersoon",
    "inzet": "Inzet sleutelpersoon",
    "koppeling": "Sleutelpersoon",
    "gemeente": "Gemeente",
}


def field_label(tabel: str, veld: str | None) -> str:
    """A field in words: 'telefoon' → 'Telefoon', 'pip.leerroute' → 'PIP: Leerroute'."""
    if not veld:
        return _TABLE_WORDS.get(tabel, tabel.replace("_", " ").capitalize()) or "Inschrijving"
    word = (
        _LABELS.get(veld)
        or inzage_labels().get(veld)
        or PIP_LABELS.get(veld)
        or veld.replace("_", " ").capitalize()
    )
    prefix = _TABLE_WORDS.get(tabel, tabel.replace("_", " ").capitalize())
    return f"{prefix}: {word}" if prefix else word


def dossier_of(conn: Any, tabel: str, rij: str) -> str | None:
    """The inburgeraar a dossier row belongs to (following the parents), or None."""
    seen = 0
    while tabel in BY_NAME and seen < 5:
        spec = BY_NAME[tabel]
        if spec.scope != "dossier":
            return None
        if tabel == "inburgeraar":
            return rij
        row = sync_apply.row_values(conn, tabel, rij)
        if row is None or not row.get(spec.dossier_via):
            return None
        tabel, rij = spec.parent, str(row[spec.dossier_via])
        seen += 1
    return None


def conflicted_inburgeraars(session: Session) -> set[str]:
    """The inburgeraars with an open conflict (the register marks them)."""
    conn = session.store.conn
    found = set()
    for c in local.conflicts(conn, open_only=True):
        inburgeraar = dossier_of(conn, str(c["tabel"]), str(c["rij"]))
        if inburgeraar:
            found.add(inburgeraar)
    return found


def _person(conn: Any, inburgeraar_id: str | None) -> str:
    row = sync_apply.row_values(conn, "inburgeraar", inburgeraar_id) if inburgeraar_id else None
    if row is None:
        return "—"
    parts = (row.get("voornamen"), row.get("voorvoegsel"), row.get("achternaam"))
    return " ".join(str(p) for p in parts if p) or "—"


def _pip_text(conn: Any, pip_id: str) -> str:
    row = sync_apply.row_values(conn, "pip", pip_id)
    if row is None:
        return "(deze versie is er niet meer)"
    made = local_time(str(row.get("created_at") or ""), "%d-%m-%Y %H:%M")
    route = f", leerroute {row['leerroute']}" if row.get("leerroute") else ""
    return f"Versie {row.get('versie')} ({row.get('status')}){route}, gemaakt {made}".strip(", ")


def shown_value(value: Any) -> str:
    if value is None or value == "":
        return "(leeg)"
    if isinstance(value, bool):
        return "ja" if value else "nee"
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


_RESOLVE_NEEDS = {
    "dossier": Permission.DOSSIER_WIJZIGEN,
    "pool": Permission.SLEUTELPERSONEN_BEHEREN,
    "regio": Permission.INSTELLINGEN_BEHEREN,
}


def resolve(
    session: Session, conflict_id: str, *, kies: str | None = None, waarde: str | None = None
) -> None:
    """``conflicts.resolve`` for the screens, with the role that may change that data: a
    klantmanager a dossier, the coördinator the key-person pool, a beheerder the region's
    municipalities and settings. Raises PermissionDeniedError or ConflictInputError."""
    found = [c for c in local.conflicts(session.store.conn) if str(c["id"]) == conflict_id]
    if found and str(found[0]["tabel"]) in BY_NAME:
        scope = BY_NAME[str(found[0]["tabel"])].scope
        if str(found[0]["tabel"]) == "gemeente":
            require(session, Permission.GEMEENTEN_BEHEREN)
        else:
            require(session, _RESOLVE_NEEDS[scope])
    conflicts.resolve(session, conflict_id, kies=kies, waarde=waarde)


@dataclass(frozen=True)
class ConflictRow:
    id: str
    soort: str
    omschrijving: str
    inburgeraar_id: str | None
    persoon: str
    veld: str
    server_waarde: str
    server_wie: str
    ander_waarde: str
    ander_wie: str
    mine_is: str | None  # "ander", "server" or None (neither was made on this laptop)
    typed_allowed: bool


def _who(side: dict[str, Any]) -> str:
    when = local_time(side.get("op"), "%d-%m-%Y %H:%M")
    who = str(side.get("door") or "onbekend")
    mine = " (deze laptop)" if side.get("van_deze_laptop") else ""
    return f"{who}{mine}, {when}" if when else f"{who}{mine}"


def conflict_rows(session: Session) -> list[ConflictRow]:
    """The open conflicts for the Conflicten list (names need REGISTER_LEZEN)."""
    require(session, Permission.REGISTER_LEZEN)
    conn = session.store.conn
    out = []
    for c in conflicts.listing(session):
        inburgeraar = dossier_of(conn, str(c["tabel"]), str(c["rij"]))
        server, ander = c["server"], c["ander"]
        if c["soort"] == "pip_concept":
            veld = "PIP: twee conceptversies"
            server_text = _pip_text(conn, str(server["waarde"]))
            ander_text = _pip_text(conn, str(c["rij"]))
        else:
            veld = field_label(str(c["tabel"]), c["veld"])
            server_text, ander_text = shown_value(server["waarde"]), shown_value(ander["waarde"])
        mine = None
        if ander["van_deze_laptop"] or server["van_deze_laptop"]:
            mine = "ander" if ander["van_deze_laptop"] else "server"
        if c["soort"] == "vastgesteld":  # only the vastgesteld version can stand
            mine = None
            ander_text += " (geweigerd: het PIP is al vastgesteld)"
        out.append(
            ConflictRow(
                id=str(c["id"]),
                soort=str(c["soort"]),
                omschrijving=str(c["omschrijving"]),
                inburgeraar_id=inburgeraar,
                persoon=_person(conn, inburgeraar),
                veld=veld,
                server_waarde=server_text,
                server_wie=_who(server),
                ander_waarde=ander_text,
                ander_wie=_who(ander),
                mine_is=mine,
                typed_allowed=c["soort"] == "veld",
            )
        )
    return out
