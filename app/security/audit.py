"""The audit trail: append-only, hash-chained lines (BIO 8.15).

Each line: action, object type + id, result, origin (machine name), actor (account name),
timestamp, the previous line's hash and its own hash. No personal data and no secrets: object
ids are random UUIDs, never a BSN or name. Triggers in the schema refuse UPDATE and DELETE;
:func:`verify` finds any line that was changed, removed or inserted and says which.
"""

from __future__ import annotations

import hashlib
import json
import socket
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from app.security.roles import Permission, require
from db.audit import AuditRepository

if TYPE_CHECKING:
    from app.session import Session

GENESIS = "0" * 64
# What a line's hash covers. Written out on purpose, not derived from db.audit.COLUMNS: a new
# column must never change what existing hashes were computed over.
_HASHED = (
    "volgnummer",
    "tijdstip",
    "actie",
    "object_type",
    "object_id",
    "resultaat",
    "herkomst",
    "actor",
    "vorige_hash",
)


def line_hash(line: Mapping[str, Any]) -> str:
    payload = json.dumps([line[k] for k in _HASHED], ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def origin() -> str:
    return socket.gethostname()[:64] or "onbekend"


def _actor_name(session: Session) -> str:
    actor = session.actor
    return str(getattr(actor, "naam", "")) or "systeem"


def _append(session: Session, values: dict[str, Any]) -> None:
    repo = AuditRepository(session.store.conn)
    last = repo.last()
    values["volgnummer"] = (int(last["volgnummer"]) + 1) if last else 1
    values["vorige_hash"] = str(last["hash"]) if last else GENESIS
    values["hash"] = line_hash(values)
    repo.append(values)


def audit(
    session: Session, action: str, obj_type: str, obj_id: str = "", *, result: str = "ok"
) -> None:
    """Append one line. Inside a running transaction it commits (or rolls back) with it;
    otherwise it takes its own (BEGIN IMMEDIATE keeps the chain from forking)."""
    values: dict[str, Any] = {
        "tijdstip": datetime.now(UTC).isoformat(timespec="milliseconds"),
        "actie": action,
        "object_type": obj_type,
        "object_id": obj_id,
        "resultaat": result,
        "herkomst": origin(),
        "actor": _actor_name(session),
    }
    store = session.store
    if store.conn.in_transaction:
        _append(session, values)
    else:
        with store.transaction():
            _append(session, values)


@dataclass(frozen=True)
class Finding:
    volgnummer: int
    message: str


def verify_lines(lines: list[dict[str, Any]]) -> list[Finding]:
    """Every break in the chain, in order (empty when the trail is intact)."""
    findings: list[Finding] = []
    previous = GENESIS
    expected = 1
    for line in lines:
        nr = int(line["volgnummer"])
        if nr != expected:
            findings.append(
                Finding(nr, f"Regel {expected} t/m {nr - 1} ontbreekt (verwijderd).")
                if nr > expected
                else Finding(nr, f"Regel {nr} staat er dubbel of in de verkeerde volgorde.")
            )
        if line["vorige_hash"] != previous:
            findings.append(Finding(nr, f"Regel {nr} sluit niet aan op de regel ervoor."))
        if line_hash(line) != line["hash"]:
            findings.append(Finding(nr, f"Regel {nr} is na het schrijven veranderd."))
        previous = str(line["hash"])
        expected = nr + 1
    return findings


def verify(session: Session) -> list[Finding]:
    require(session, Permission.AUDIT_LEZEN)
    return verify_lines(AuditRepository(session.store.conn).all())


def recent(session: Session, limit: int = 500) -> list[dict[str, Any]]:
    require(session, Permission.AUDIT_LEZEN)
    return AuditRepository(session.store.conn).all(limit)


def count(session: Session) -> int:
    return AuditRepository(session.store.conn).count()
