"""Crash drafts (table ``invoer_concept``, migration 0190): one short statement per change.

A write commits without an fsync (WAL with synchronous=NORMAL, ``Store.transaction(durable=
False)``): it survives the app being killed; a power cut keeps it up to the next durable commit,
which is at most one debounced save away. Cheap enough to run on every keystroke."""

from __future__ import annotations

import json
from typing import Any

from db.connection import Store
from db.records import now_utc


class InvoerConceptRepository:
    def __init__(self, store: Store) -> None:
        self.store = store

    def save(self, soort: str, sleutel: str, inburgeraar_id: str | None, waarde: Any) -> None:
        text = json.dumps(waarde, ensure_ascii=False)
        with self.store.transaction(durable=False) as conn:
            conn.execute(
                "INSERT INTO invoer_concept (soort, sleutel, inburgeraar_id, waarde, updated_at) "
                "VALUES (?, ?, ?, ?, ?) ON CONFLICT (soort, sleutel) DO UPDATE SET "
                "waarde = excluded.waarde, updated_at = excluded.updated_at, "
                "inburgeraar_id = excluded.inburgeraar_id",
                (soort, sleutel, inburgeraar_id, text, now_utc()),
            )

    def get(self, soort: str, sleutel: str) -> Any | None:
        row = self.store.conn.execute(
            "SELECT waarde FROM invoer_concept WHERE soort = ? AND sleutel = ?", (soort, sleutel)
        ).fetchone()
        return _decoded(row[0]) if row is not None else None

    def with_prefix(self, soort: str, prefix: str) -> dict[str, Any]:
        """Every draft of *soort* whose key starts with *prefix*, by the rest of the key."""
        rows = self.store.conn.execute(
            "SELECT sleutel, waarde FROM invoer_concept WHERE soort = ? "
            "AND substr(sleutel, 1, ?) = ?",
            (soort, len(prefix), prefix),
        ).fetchall()
        found = {str(r[0])[len(prefix) :]: _decoded(r[1]) for r in rows}
        return {k: v for k, v in found.items() if v is not None}

    def written_at(self, soort: str, prefix: str) -> dict[str, str]:
        """When each draft of *soort* whose key starts with *prefix* was last written."""
        rows = self.store.conn.execute(
            "SELECT sleutel, updated_at FROM invoer_concept WHERE soort = ? "
            "AND substr(sleutel, 1, ?) = ?",
            (soort, len(prefix), prefix),
        ).fetchall()
        return {str(r[0])[len(prefix) :]: str(r[1]) for r in rows}

    def drop(self, soort: str, sleutel: str) -> None:
        with self.store.transaction(durable=False) as conn:
            conn.execute(
                "DELETE FROM invoer_concept WHERE soort = ? AND sleutel = ?", (soort, sleutel)
            )


def _decoded(text: object) -> Any | None:
    try:
        return json.loads(str(text))
    except ValueError:
        return None
