"""Drafts of the Stem dialogs (table ``stem_concept``, migration 0150): one short commit without
an fsync per change, like the intake's side forms (db/intake_gesprek.py)."""

from __future__ import annotations

import json
from typing import Any

from db.connection import Store
from db.records import new_id, now_utc


class StemConceptRepository:
    def __init__(self, store: Store) -> None:
        self.store = store
        self.conn = store.conn

    def save(self, inburgeraar_id: str, soort: str, sleutel: str, waarde: dict[str, Any]) -> None:
        stamp = now_utc()
        with self.store.transaction(durable=False) as conn:
            conn.execute(
                "INSERT INTO stem_concept (id, created_at, updated_at, version, inburgeraar_id, "
                "soort, sleutel, waarde) VALUES (?, ?, ?, 1, ?, ?, ?, ?) "
                "ON CONFLICT (inburgeraar_id, soort, sleutel) DO UPDATE SET "
                "waarde = excluded.waarde, updated_at = excluded.updated_at, "
                "version = stem_concept.version + 1",
                (new_id(), stamp, stamp, inburgeraar_id, soort, sleutel, json.dumps(waarde)),
            )

    def get(self, inburgeraar_id: str, soort: str, sleutel: str) -> dict[str, Any] | None:
        row = self.conn.execute(
            "SELECT waarde FROM stem_concept WHERE inburgeraar_id = ? AND soort = ? "
            "AND sleutel = ?",
            (inburgeraar_id, soort, sleutel),
        ).fetchone()
        if row is None:
            return None
        try:
            value = json.loads(row[0])
        except ValueError:
            return None
        return value if isinstance(value, dict) else None

    def drop(self, inburgeraar_id: str, soort: str, sleutel: str) -> None:
        self.conn.execute(
            "DELETE FROM stem_concept WHERE inburgeraar_id = ? AND soort = ? AND sleutel = ?",
            (inburgeraar_id, soort, sleutel),
        )
