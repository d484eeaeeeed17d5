"""The audit trail: append-only, keyed hash-chained lines (BIO 8.15).

Each line: action, object type + id, result, origin (machine name), actor (account name),
timestamp, the previous line's hash and its own hash. No personal data and no secrets: object
ids are random UUIDs, never a BSN or name. Triggers in the schema refuse UPDATE and DELETE.

The hash of a line is HMAC-SHA256 under a random key kept in ``audit_sleutel`` (not in the
table it protects); lines written before that key existed keep their plain SHA-256. The head of
the chain (volgnummer + hash) is anchored outside the store: in the key file at every sign-in
and backup (``audit_anker``) and in a manifest beside every backup (``NAME.db.manifest.json``).
:func:`verify` finds any line that was changed, removed or inserted, a chain shorter than an
anchor (the newest lines deleted, or all) and a chain rewritten under an anchor.

For the regional server (sync): :func:`head` gives the current head, :func:`lines_since` every
line after a volgnummer, each a dict with at least ``volgnummer`` and ``hash`` (and
``vorige_hash``, so the server can check that what it receives continues what it has). Both are
stable, need no role (the lines hold no personal data) and never write. The server keeping the
heads it received is the one anchor a holder of the store key cannot rewrite.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import socket
from collections.abc import Iterable, Mapping
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


def _payload(line: Mapping[str, Any]) -> bytes:
    text = json.dumps([line[k] for k in _HASHED], ensure_ascii=False, separators=(",", ":"))
    return text.encode("utf-8")


def line_hash(line: Mapping[str, Any], key: bytes | None = None) -> str:
    """HMAC-SHA256 under *key*; plain SHA-256 for lines from before the key (key None)."""
    if key is None:
        return hashlib.sha256(_payload(line)).hexdigest()
    return hmac.new(key, _payload(line), hashlib.sha256).hexdigest()


@dataclass(frozen=True)
class Head:
    """The newest line of the chain: what is anchored outside the store."""

    volgnummer: int
    hash: str

    def to_json(self) -> dict[str, Any]:
        return {"volgnummer": self.volgnummer, "hash": self.hash}

    @classmethod
    def from_json(cls, raw: Mapping[str, Any]) -> Head:
        return cls(int(raw["volgnummer"]), str(raw["hash"]))


@dataclass(frozen=True)
class Anchor:
    head: Head
    where: str  # for the message: "sleutelbestand", "back-up NAME"


def head(store: Any) -> Head:
    """The current head (volgnummer 0 and the genesis hash for an empty trail)."""
    last = AuditRepository(store.conn).last()
    return Head(int(last["volgnummer"]), str(last["hash"])) if last else Head(0, GENESIS)


def lines_since(store: Any, volgnummer: int, limit: int | None = None) -> list[dict[str, Any]]:
    """Every line after *volgnummer* (the first *limit* of them), oldest first (for the sync to
    the regional server)."""
    return AuditRepository(store.conn).since(volgnummer, limit)


def _key_for_next(repo: AuditRepository, next_nr: int) -> bytes:
    found = repo.key()
    if found is not None:
        return found[0]
    key = os.urandom(32)
    repo.add_key(key, next_nr)
    return key


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
    values["hash"] = line_hash(values, _key_for_next(repo, values["volgnummer"]))
    repo.append(values)


def audit(
    session: Session,
    action: str,
    obj_type: str,
    obj_id: str = "",
    *,
    result: str = "ok",
    durable: bool = True,
) -> None:
    """Append one line. Inside a running transaction it commits (or rolls back) with it;
    otherwise it takes its own (BEGIN IMMEDIATE keeps the chain from forking). *durable*
    False: its own commit does not wait for an fsync (a line about reading, written while
    the officer browses the list; see Store.transaction)."""
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
        with store.transaction(durable=durable):
            _append(session, values)


@dataclass(frozen=True)
class Finding:
    volgnummer: int
    message: str


def verify_lines(
    lines: list[dict[str, Any]],
    key: tuple[bytes, int] | None = None,
    anchors: Iterable[Anchor] = (),
) -> list[Finding]:
    """Every break in the chain, in order (empty when the trail is intact). *key*: the HMAC
    key and the first line it covers; *anchors*: heads kept outside the store."""
    findings: list[Finding] = []
    previous = GENESIS
    expected = 1
    by_nr: dict[int, str] = {}
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
        line_key = key[0] if key is not None and nr >= key[1] else None
        if line_hash(line, line_key) != line["hash"]:
            findings.append(Finding(nr, f"Regel {nr} is na het schrijven veranderd."))
        previous = str(line["hash"])
        by_nr[nr] = previous
        expected = nr + 1
    for anchor in anchors:
        nr = anchor.head.volgnummer
        if nr == 0:
            continue
        if nr not in by_nr:
            findings.append(
                Finding(
                    nr,
                    f"De audittrail is ingekort: regel {nr} ({anchor.where}) ontbreekt; "
                    "de nieuwste regels zijn verwijderd.",
                )
            )
        elif by_nr[nr] != anchor.head.hash:
            findings.append(
                Finding(nr, f"Regel {nr} klopt niet met het anker in {anchor.where}: herschreven.")
            )
    return findings


def verify(session: Session, anchors: Iterable[Anchor] | None = None) -> list[Finding]:
    """Check the chain and every anchor: by default those beside the store (key file, backup
    manifests; :func:`app.security.anchors.known_anchors`)."""
    require(session, Permission.AUDIT_LEZEN)
    if anchors is None:
        from app.security.anchors import known_anchors
        from app.settings import backup_folder

        data_dir = session.store.path.parent
        anchors = known_anchors(data_dir, backup_folder(data_dir))
    repo = AuditRepository(session.store.conn)
    lines = repo.all()
    key = repo.key()
    findings = verify_lines(lines, key, anchors)
    if key is None and lines:  # every line since migration 40 carries an HMAC
        findings.append(
            Finding(0, "De sleutel van de audittrail ontbreekt: de keten is herschreven.")
        )
    return findings


def recent(session: Session, limit: int = 500) -> list[dict[str, Any]]:
    require(session, Permission.AUDIT_LEZEN)
    return AuditRepository(session.store.conn).all(limit)


def count(session: Session) -> int:
    return AuditRepository(session.store.conn).count()
