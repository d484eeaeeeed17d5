"""What the laptop's screens show of the sync: the one-line state, the Dutch reason a connection
failed and the changes a sync brought in (as ``app.changes`` events). The conflicts as an
officer reads them are in app/server/conflict_rows.py.

Plain Python over app.server.sync; the Qt side is ui/sync/.
"""

from __future__ import annotations

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
from app.security.inzage_labels import LOCAL
from app.security.roles import Permission, require
from app.server import sync as client_sync
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
