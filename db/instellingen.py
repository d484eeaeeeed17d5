"""Store-wide settings that must travel with the data (weights, the kilometre rate): one row per
key in ``instelling``. The officer's own preferences live in instellingen.json (app.settings)."""

from __future__ import annotations

from typing import Any

from db.records import insert_row, update_row


class InstellingRepository:
    def __init__(self, conn: Any) -> None:
        self.conn = conn

    def get(self, sleutel: str) -> str | None:
        row = self.conn.execute(
            "SELECT waarde FROM instelling WHERE sleutel = ?", (sleutel,)
        ).fetchone()
        return str(row[0]) if row else None

    def put(self, sleutel: str, waarde: str) -> None:
        """The one write of this table (inside the caller's transaction)."""
        row = self.conn.execute(
            "SELECT id FROM instelling WHERE sleutel = ?", (sleutel,)
        ).fetchone()
        if row:
            update_row(self.conn, "instelling", str(row[0]), {"waarde": waarde}, None)
        else:
            insert_row(self.conn, "instelling", {"sleutel": sleutel, "waarde": waarde})
