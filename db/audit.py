"""SQL for the audit trail (append-only table ``audit_regel``; the chain logic lives in app)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from db.records import insert_row, rows_as_dicts

COLUMNS = (
    "volgnummer",
    "tijdstip",
    "actie",
    "object_type",
    "object_id",
    "resultaat",
    "herkomst",
    "actor",
    "vorige_hash",
    "hash",
)


class AuditRepository:
    def __init__(self, conn: Any) -> None:
        self.conn = conn

    def last(self) -> dict[str, Any] | None:
        rows = rows_as_dicts(
            self.conn.execute(
                f"SELECT {', '.join(COLUMNS)} FROM audit_regel ORDER BY volgnummer DESC LIMIT 1"
            )
        )
        return rows[0] if rows else None

    def append(self, values: Mapping[str, Any]) -> str:
        return insert_row(self.conn, "audit_regel", values)

    def all(self, limit: int | None = None) -> list[dict[str, Any]]:
        sql = f"SELECT {', '.join(COLUMNS)} FROM audit_regel ORDER BY volgnummer"
        if limit is not None:
            sql += f" DESC LIMIT {int(limit)}"
        return rows_as_dicts(self.conn.execute(sql))

    def since(self, volgnummer: int, limit: int | None = None) -> list[dict[str, Any]]:
        sql = (
            f"SELECT {', '.join(COLUMNS)} FROM audit_regel WHERE volgnummer > ? ORDER BY volgnummer"
        )
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        return rows_as_dicts(self.conn.execute(sql, (int(volgnummer),)))

    def at(self, volgnummer: int) -> dict[str, Any] | None:
        sql = f"SELECT {', '.join(COLUMNS)} FROM audit_regel WHERE volgnummer = ?"
        rows = rows_as_dicts(self.conn.execute(sql, (int(volgnummer),)))
        return rows[0] if rows else None

    def key(self) -> tuple[bytes, int] | None:
        """The chain's HMAC key and the first line it covers (table audit_sleutel)."""
        row = self.conn.execute("SELECT sleutel, vanaf FROM audit_sleutel LIMIT 1").fetchone()
        return (bytes(row[0]), int(row[1])) if row else None

    def add_key(self, key: bytes, vanaf: int) -> None:
        insert_row(self.conn, "audit_sleutel", {"sleutel": key, "vanaf": vanaf})

    def count(self) -> int:
        return int(self.conn.execute("SELECT count(*) FROM audit_regel").fetchone()[0])

    def about(self, ids: set[str], columns: tuple[str, ...]) -> list[dict[str, Any]]:
        """The lines about any of *ids* (object ids), oldest first, with *columns* only."""
        if not ids:
            return []
        unknown = set(columns) - set(COLUMNS)
        if unknown:
            raise ValueError(f"unknown audit columns: {sorted(unknown)}")
        marks = ", ".join("?" for _ in ids)
        rows = self.conn.execute(
            f"SELECT {', '.join(columns)} FROM audit_regel "
            f"WHERE object_id IN ({marks}) ORDER BY volgnummer",
            tuple(ids),
        ).fetchall()
        return [dict(zip(columns, r, strict=True)) for r in rows]
