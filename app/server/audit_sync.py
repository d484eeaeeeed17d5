"""Sending this laptop's audit lines with each sync (the chain itself is app.security.audit's)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from app.security import audit
from db import sync_local as local
from db.server import remote

if TYPE_CHECKING:
    from app.session import Session

BATCH = 2000


def push_audit(session: Session, conn: Any, apparaat: str) -> list[dict[str, Any]]:
    """New lines since the last sync, plus the current head (so a shortened or rewritten
    trail is noticed); returns what the server found."""
    store = session.store
    found: list[dict[str, Any]] = []
    while True:
        cfg = local.settings(store.conn)
        assert cfg is not None
        sent = int(cfg["audit_verstuurd"])
        lines = audit.lines_since(store, sent, BATCH)
        top = audit.head(store)  # volgnummer 0 only for an empty trail, which has no head
        head = top.to_json() if top.volgnummer else None
        found += remote.audit_push(conn, apparaat, lines, head)
        if lines:
            with store.transaction() as c:
                local.update_settings(c, audit_verstuurd=int(lines[-1]["volgnummer"]))
        if len(lines) < BATCH:
            return found
