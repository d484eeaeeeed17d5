"""What the laptop's screens show of the sync: the one-line state, the Dutch reason a connection
failed, the changes a sync brought in (as ``app.changes`` events) and the conflicts as an officer
reads them (person, field in words, both values, who and when).

Plain Python over app.server.sync / app.server.conflicts; the Qt side is ui/sync/.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from app.changes import (
    Change,
    ConflictsChanged,
    GemeentenChanged,
    InburgeraarChanged,
    InburgeraarRemoved,
    InzetChanged,
    KoppelingChanged,
    RegisterChanged,
    SettingsChanged,
    SleutelpersonenChanged,
    SyncFinished,
    TermijnenChanged,
)
from app.errors import UserError
from app.pip.labels import LABELS as PIP_LABELS
from app.security.inzage_inhoud import LABELS as INZAGE_LABELS
from app.security.inzage_labels import LOCAL
from app.security.roles import Permission, require
from app.server import conflicts
from app.server import sync as client_sync
from db import sync_local as local
from db.server.tables import BY_NAME

if TYPE_CHECKING:
    from app.session import Session

# More single changed dossiers than this and the register reloads once instead.
PER_DOSSIER_MAX = 200


# --- connecting (Beheer → Regionale server) --------------------------------------------------


class ConnectError(UserError):
    """The laptop is not connected; the message says why in Dutch and nothing changed."""


def explain(message: str) -> str:
    """A connection failure as a klantmanager reads it (the driver's words after a colon)."""
    low = message.lower()
    if "password authentication failed" in low:
        return "De server weigert: de accountnaam of het wachtwoord klopt niet."
    if "does not exist" in low and "role" in low:
        return "De server weigert: dit account bestaat niet op de server."
    if "geen wegwijs-account" in low:
        return message
    if any(
        word in low
        for word in ("certificate", "ssl", "tls", "sslrootcert", "root certificate", "verify")
    ):
        return (
            "De beveiligde verbinding (TLS) is geweigerd: het certificaat van de server kon niet "
            "worden gecontroleerd, of de server biedt geen versleutelde verbinding. Vraag IT om "
            "het serveradres met sslmode=verify-full en het juiste certificaat."
        )
    if any(
        word in low
        for word in (
            "connection refused",
            "could not translate host",
            "timeout",
            "timed out",
            "no route",
            "network is unreachable",
            "name or service not known",
            "connection failed",
            "niet bereiken",
            "niet bereikbaar",
        )
    ):
        return (
            "De server is niet bereikbaar. Controleer het serveradres en de netwerkverbinding; "
            "er is niets veranderd."
        )
    return message


def connect_laptop(session: Session, dsn: str, user: str, password: str) -> str:
    """Connect this laptop to the regional server (only a beheerder). Returns the server role.
    Raises ConnectError (Dutch, nothing changed) for empty fields, a bad DSN, an unreachable
    server, a wrong password or a refused TLS connection."""
    require(session, Permission.INSTELLINGEN_BEHEREN)
    dsn, user = dsn.strip(), user.strip()
    if not dsn:
        raise ConnectError("Vul het serveradres in.")
    if not user:
        raise ConnectError("Vul het serveraccount in.")
    if not password:
        raise ConnectError("Vul het serverwachtwoord in.")
    try:
        return client_sync.setup(session, dsn, user, password)
    except client_sync.SyncError as exc:
        text = str(exc)
        if exc.code == 2 and not text.startswith("De server weigert"):
            raise ConnectError(text) from None  # the DSN itself: already plain Dutch
        raise ConnectError(explain(text)) from None


# --- the status bar ---------------------------------------------------------------------------


@dataclass(frozen=True)
class SyncState:
    """The status bar's line. *kind*: ok, offline, refused, busy, never, off."""

    text: str
    kind: str
    open_conflicts: int = 0


def local_time(stamp: str | None, pattern: str = "%H:%M") -> str:
    """'2026-03-02T13:02:11Z' (UTC) → '14:02' in Dutch time (as the audit trail shows it)."""
    if not stamp:
        return ""
    try:
        moment = datetime.fromisoformat(stamp.replace("Z", "+00:00"))
    except ValueError:
        return ""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(LOCAL).strftime(pattern)


def conflict_words(count: int) -> str:
    return f"{count} conflict" if count == 1 else f"{count} conflicten"


def state_of(status: dict[str, Any], error: str | None = None) -> SyncState:
    """The line for *status* (``sync.status``) after the last attempt (*error*: why it failed)."""
    if not status.get("ingesteld"):
        return SyncState("", "off")
    waiting = int(status.get("wachtende_wijzigingen") or 0)
    open_ = int(status.get("open_conflicten") or 0)
    problem = error if error is not None else status.get("laatste_fout")
    if problem:
        low = str(problem).lower()
        offline = (
            low.startswith("offline")
            or "verbroken" in low
            or "niet bereikbaar" in low
            or "timeout" in low
        )
        if "password authentication" in low or not offline:
            reason = explain(str(problem))
            while reason.startswith(("De server weigert: ", "Server weigert: ")):
                reason = reason.split(": ", 1)[1]
            return SyncState(f"Server weigert: {reason}", "refused", open_)
        word = "wijziging wacht" if waiting == 1 else "wijzigingen wachten"
        return SyncState(f"Offline — {waiting} {word}", "offline", open_)
    when = local_time(status.get("laatste_sync"))
    if not when:
        return SyncState("Nog niet gesynchroniseerd", "never", open_)
    return SyncState(f"Gesynchroniseerd om {when}", "ok", open_)


def hours_source(session: Session) -> str:
    """Where the key persons' hours come from, for the workload view and matching."""
    status = client_sync.status(session)
    if not status["ingesteld"]:
        return ""
    when = local_time(status.get("laatste_sync"))
    if not when:
        return "Uren van deze laptop: nog niet met de regionale server gesynchroniseerd."
    return f"Uren van alle laptops in de regio (stand van de server om {when})."


# --- what a sync brought in ---------------------------------------------------------------------


def changes_after(result: client_sync.SyncResult, conflicts_before: int | None) -> list[Change]:
    """The events that let every view refresh from what came in (and the status bar)."""
    out: list[Change] = [SyncFinished()]
    received = result.ontvangen_rijen
    dossier = {t for t in received if t != "inburgeraar" and BY_NAME[t].scope == "dossier"}
    rows = received.get("inburgeraar", set())
    if dossier or len(rows) > PER_DOSSIER_MAX:
        out += [RegisterChanged(), TermijnenChanged()]
    else:
        out += [InburgeraarChanged(rid) for rid in sorted(rows)]
    out += [InburgeraarRemoved(rid) for rid in sorted(result.verwijderd.get("inburgeraar", ()))]
    if "koppeling" in dossier or "sleutelpersoon_uitsluiting" in dossier:
        out += [KoppelingChanged(rid) for rid in sorted(rows)]
    if "sleutelpersoon" in received:
        out.append(SleutelpersonenChanged())
    if received.keys() & {"inzet", "declaratie", "koppeling"}:
        out.append(InzetChanged())
    if "gemeente" in received:
        out.append(GemeentenChanged())
    if "instelling" in received:
        out.append(SettingsChanged())
    if result.nieuwe_conflicten or conflicts_before != result.open_conflicten:
        out.append(ConflictsChanged())
    return out


# --- conflicts as the officer reads them ------------------------------------------------------

_INBURGERAAR_LABELS = {
    "voornamen": "Voornamen",
    "voorvoegsel": "Voorvoegsel",
    "achternaam": "Achternaam",
    "geboortedatum": "Geboortedatum",
    "geslacht": "Geslacht",
    "doelgroep": "Doelgroep",
    "voorkeurstaal": "Voorkeurstaal",
    "klantmanager": "Klantmanager",
    "telefoon": "Telefoon",
    "straat": "Straat",
    "huisnummer": "Huisnummer",
    "postcode": "Postcode",
    "woonplaats": "Woonplaats",
    "status": "Status",
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
        _INBURGERAAR_LABELS.get(veld)
        or INZAGE_LABELS.get(veld)
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
        row = local.row_values(conn, tabel, rij)
        if row is None or not row.get(spec.dossier_via):
            return None
        tabel, rij = spec.parent, str(row[spec.dossier_via])
        seen += 1
    return None


def conflicted_clients(session: Session) -> set[str]:
    """The inburgeraars with an open conflict (the register marks them)."""
    conn = session.store.conn
    found = set()
    for c in local.conflicts(conn, open_only=True):
        client = dossier_of(conn, str(c["tabel"]), str(c["rij"]))
        if client:
            found.add(client)
    return found


def _person(conn: Any, client_id: str | None) -> str:
    row = local.row_values(conn, "inburgeraar", client_id) if client_id else None
    if row is None:
        return "—"
    parts = (row.get("voornamen"), row.get("voorvoegsel"), row.get("achternaam"))
    return " ".join(str(p) for p in parts if p) or "—"


def _pip_text(conn: Any, pip_id: str) -> str:
    row = local.row_values(conn, "pip", pip_id)
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
    client_id: str | None
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
        client = dossier_of(conn, str(c["tabel"]), str(c["rij"]))
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
                client_id=client,
                persoon=_person(conn, client),
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
