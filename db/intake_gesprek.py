"""SQL for what is done with a gesprek or signaal after it was recorded: the engagement booked
with it, drafts saved as typed, corrections and removals with their reason."""

from __future__ import annotations

import json
from typing import Any

from db.connection import Store
from db.records import insert_row, new_id, now_utc, rows_as_dicts, update_row

TABLES = {"intake_gesprek", "intake_signaal"}


class GesprekExtraRepository:
    def __init__(self, store: Store) -> None:
        self.store = store
        self.conn = store.conn

    # --- inside a caller's transaction ----------------------------------------------------------
    def link_inzet(self, gesprek_id: str, inzet_id: str) -> None:
        self.conn.execute(
            "UPDATE intake_gesprek SET inzet_id = ? WHERE id = ?", (inzet_id, gesprek_id)
        )

    def add_notitie(self, gesprek_id: str, tekst: str) -> str:
        return insert_row(self.conn, "intake_notitie", {"gesprek_id": gesprek_id, "tekst": tekst})

    def row(self, table: str, row_id: str) -> dict[str, Any] | None:
        if table not in TABLES:
            raise ValueError(table)
        rows = rows_as_dicts(self.conn.execute(f"SELECT * FROM {table} WHERE id = ?", (row_id,)))
        return rows[0] if rows else None

    def update(self, table: str, row_id: str, values: dict[str, Any], version: int | None) -> bool:
        if table not in TABLES:
            raise ValueError(table)
        return bool(update_row(self.conn, table, row_id, values, version))

    def delete(self, table: str, row_id: str) -> None:
        if table not in TABLES:
            raise ValueError(table)
        self.conn.execute(f"DELETE FROM {table} WHERE id = ?", (row_id,))

    def add_correctie(self, intake_id: str, table: str, row_id: str, actie: str, reden: str) -> str:
        return insert_row(
            self.conn,
            "intake_correctie",
            {
                "intake_id": intake_id,
                "object_type": table,
                "object_id": row_id,
                "actie": actie,
                "reden": reden,
            },
        )

    def correcties(self, inburgeraar_id: str) -> list[dict[str, Any]]:
        return rows_as_dicts(
            self.conn.execute(
                "SELECT c.* FROM intake_correctie c JOIN intake i ON i.id = c.intake_id "
                "WHERE i.inburgeraar_id = ? ORDER BY c.created_at",
                (inburgeraar_id,),
            )
        )

    # --- drafts (each write is its own short commit, without an fsync: one per keystroke) -------
    def save_concept(self, intake_id: str, soort: str, waarde: dict[str, Any]) -> None:
        stamp = now_utc()
        with self.store.transaction(durable=False) as conn:
            conn.execute(
                "INSERT INTO intake_concept (id, created_at, updated_at, version, intake_id, "
                "soort, waarde) VALUES (?, ?, ?, 1, ?, ?, ?) "
                "ON CONFLICT (intake_id, soort) DO UPDATE SET "
                "waarde = excluded.waarde, updated_at = excluded.updated_at, "
                "version = intake_concept.version + 1",
                (new_id(), stamp, stamp, intake_id, soort, json.dumps(waarde, ensure_ascii=False)),
            )

    def concept(self, inburgeraar_id: str, soort: str) -> dict[str, Any] | None:
        row = self.conn.execute(
            "SELECT c.waarde FROM intake_concept c JOIN intake i ON i.id = c.intake_id "
            "WHERE i.inburgeraar_id = ? AND c.soort = ?",
            (inburgeraar_id, soort),
        ).fetchone()
        if row is None:
            return None
        value = json.loads(row[0])
        return value if isinstance(value, dict) else None

    def drop_concept(self, inburgeraar_id: str, soort: str) -> None:
        self.conn.execute(
            "DELETE FROM intake_concept WHERE soort = ? AND intake_id = "
            "(SELECT id FROM intake WHERE inburgeraar_id = ?)",
            (soort, inburgeraar_id),
        )
