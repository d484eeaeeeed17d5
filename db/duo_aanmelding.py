"""The laptop's copy of "Nieuw van DUO" (table duo_aanmelding, filled by the sync only)."""

from __future__ import annotations

from typing import Any

from db import sync_apply, sync_capture
from db.records import rows_as_dicts


def open_list(conn: Any) -> list[dict[str, Any]]:
    """Newest first; one whose BSN this laptop holds already (taken in here, not synced yet)
    is left out."""
    cur = conn.execute(
        "SELECT a.* FROM duo_aanmelding a"
        " WHERE NOT EXISTS (SELECT 1 FROM inburgeraar i WHERE i.bsn = a.bsn)"
        " ORDER BY a.registratie DESC, a.id"
    )
    return rows_as_dicts(cur)


def by_id(conn: Any, aanmelding_id: str) -> dict[str, Any] | None:
    rows = rows_as_dicts(
        conn.execute("SELECT * FROM duo_aanmelding WHERE id = ?", (aanmelding_id,))
    )
    return rows[0] if rows else None


def remove(conn: Any, aanmelding_id: str) -> None:
    """Handled at the server: gone here now, as the next sync would remove it (quiet: this is
    the server's change, not one to send)."""
    sync_capture.quiet(conn, True)
    try:
        sync_apply.delete_rows(conn, "duo_aanmelding", [aanmelding_id])
    finally:
        sync_capture.quiet(conn, False)
