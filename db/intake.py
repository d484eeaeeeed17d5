"""SQL for the brede intake. Each write is one short transaction; reads return plain dicts."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from db.connection import Store
from db.records import insert_row, new_id, now_utc, rows_as_dicts, update_row

_UPSERT = (
    "INSERT INTO intake_antwoord "
    "(id, created_at, updated_at, version, intake_id, vraag_id, waarde, definitie_versie) "
    "VALUES (?, ?, ?, 1, ?, ?, ?, ?) "
    "ON CONFLICT (intake_id, vraag_id) DO UPDATE SET waarde = excluded.waarde, "
    "definitie_versie = excluded.definitie_versie, updated_at = excluded.updated_at, "
    "version = intake_antwoord.version + 1"
)


Hook = Callable[[str], None] | None  # called inside the write's transaction with the row id


class IntakeRepository:
    def __init__(self, store: Store) -> None:
        self.store = store
        self.conn = store.conn

    # --- intake row -------------------------------------------------------------------------
    def get(self, inburgeraar_id: str) -> dict[str, Any] | None:
        rows = rows_as_dicts(
            self.conn.execute("SELECT * FROM intake WHERE inburgeraar_id = ?", (inburgeraar_id,))
        )
        return rows[0] if rows else None

    def _ensure(self, conn: Any, inburgeraar_id: str, definitie_versie: int) -> str:
        row = conn.execute(
            "SELECT id FROM intake WHERE inburgeraar_id = ?", (inburgeraar_id,)
        ).fetchone()
        if row:
            return str(row[0])
        return insert_row(
            conn, "intake", {"inburgeraar_id": inburgeraar_id, "definitie_versie": definitie_versie}
        )

    def ensure(self, inburgeraar_id: str, definitie_versie: int) -> str:
        with self.store.transaction() as conn:
            return self._ensure(conn, inburgeraar_id, definitie_versie)

    def update(self, intake_id: str, values: dict[str, Any], hook: Hook = None) -> None:
        with self.store.transaction() as conn:
            update_row(conn, "intake", intake_id, values, None)
            if hook:
                hook(intake_id)

    # --- answers ------------------------------------------------------------------------------
    def save_answer(
        self,
        inburgeraar_id: str,
        vraag_id: str,
        value: object | None,
        definitie_versie: int,
        position: tuple[str, str],
        hook: Hook = None,
    ) -> str:
        """Write (or with ``None`` remove) one answer and the resume position, atomically."""
        stamp = now_utc()
        with self.store.transaction() as conn:
            intake_id = self._ensure(conn, inburgeraar_id, definitie_versie)
            if value is None:
                conn.execute(
                    "DELETE FROM intake_antwoord WHERE intake_id = ? AND vraag_id = ?",
                    (intake_id, vraag_id),
                )
            else:
                waarde = json.dumps(value, ensure_ascii=False)
                conn.execute(
                    _UPSERT, (new_id(), stamp, stamp, intake_id, vraag_id, waarde, definitie_versie)
                )
            conn.execute(
                "UPDATE intake SET positie_sectie = ?, positie_vraag = ?, updated_at = ? "
                "WHERE id = ?",
                (*position, stamp, intake_id),
            )
            if hook:
                hook(intake_id)
        return stamp

    def save_answers(
        self,
        inburgeraar_id: str,
        items: list[tuple[str, object]],
        definitie_versie: int,
        hook: Hook = None,
    ) -> None:
        """Write many answers in one transaction (import, demo data): all or nothing."""
        stamp = now_utc()
        with self.store.transaction() as conn:
            intake_id = self._ensure(conn, inburgeraar_id, definitie_versie)
            for vraag_id, value in items:
                waarde = json.dumps(value, ensure_ascii=False)
                conn.execute(
                    _UPSERT, (new_id(), stamp, stamp, intake_id, vraag_id, waarde, definitie_versie)
                )
            if hook:
                hook(intake_id)

    def answers(self, inburgeraar_id: str) -> list[tuple[str, object, int, str]]:
        """(vraag_id, value, definitie_versie, updated_at) for every stored answer."""
        rows = self.conn.execute(
            "SELECT a.vraag_id, a.waarde, a.definitie_versie, a.updated_at FROM intake_antwoord a "
            "JOIN intake i ON i.id = a.intake_id WHERE i.inburgeraar_id = ?",
            (inburgeraar_id,),
        ).fetchall()
        return [(str(r[0]), json.loads(r[1]), int(r[2]), str(r[3])) for r in rows]

    # --- resume -----------------------------------------------------------------------------
    def set_position(self, inburgeraar_id: str, section_id: str, question_id: str) -> None:
        self.conn.execute(
            "UPDATE intake SET positie_sectie = ?, positie_vraag = ? WHERE inburgeraar_id = ?",
            (section_id, question_id, inburgeraar_id),
        )

    def set_open(self, inburgeraar_id: str, since: str | None) -> None:
        self.conn.execute(
            "UPDATE intake SET geopend_sinds = ? WHERE inburgeraar_id = ?", (since, inburgeraar_id)
        )

    def interrupted(self) -> list[str]:
        rows = self.conn.execute(
            "SELECT inburgeraar_id FROM intake WHERE geopend_sinds IS NOT NULL "
            "ORDER BY geopend_sinds DESC"
        ).fetchall()
        return [str(r[0]) for r in rows]

    def overview(self) -> list[dict[str, Any]]:
        return rows_as_dicts(
            self.conn.execute(
                "SELECT i.inburgeraar_id, i.status, i.updated_at, "
                "(SELECT count(*) FROM intake_antwoord a WHERE a.intake_id = i.id) AS antwoorden "
                "FROM intake i ORDER BY i.updated_at DESC"
            )
        )

    # --- gesprekken, notities, signalen ---------------------------------------------------------
    def add_gesprek(
        self, inburgeraar_id: str, definitie_versie: int, values: dict[str, Any], hook: Hook = None
    ) -> str:
        with self.store.transaction() as conn:
            intake_id = self._ensure(conn, inburgeraar_id, definitie_versie)
            row_id = insert_row(conn, "intake_gesprek", {"intake_id": intake_id, **values})
            if hook:
                hook(row_id)
            return row_id

    def gesprekken(self, inburgeraar_id: str) -> list[dict[str, Any]]:
        return rows_as_dicts(
            self.conn.execute(
                "SELECT g.* FROM intake_gesprek g JOIN intake i ON i.id = g.intake_id "
                "WHERE i.inburgeraar_id = ? ORDER BY g.datum, g.created_at",
                (inburgeraar_id,),
            )
        )

    def add_notitie(self, gesprek_id: str, tekst: str, hook: Hook = None) -> str:
        with self.store.transaction() as conn:
            row_id = insert_row(conn, "intake_notitie", {"gesprek_id": gesprek_id, "tekst": tekst})
            if hook:
                hook(row_id)
            return row_id

    def notities(self, gesprek_id: str) -> list[dict[str, Any]]:
        return rows_as_dicts(
            self.conn.execute(
                "SELECT * FROM intake_notitie WHERE gesprek_id = ? ORDER BY created_at",
                (gesprek_id,),
            )
        )

    def gesprek_exists(self, gesprek_id: str) -> bool:
        found = self.conn.execute("SELECT 1 FROM intake_gesprek WHERE id = ?", (gesprek_id,))
        return found.fetchone() is not None

    def add_signaal(
        self, inburgeraar_id: str, definitie_versie: int, values: dict[str, Any], hook: Hook = None
    ) -> str:
        with self.store.transaction() as conn:
            intake_id = self._ensure(conn, inburgeraar_id, definitie_versie)
            row_id = insert_row(conn, "intake_signaal", {"intake_id": intake_id, **values})
            if hook:
                hook(row_id)
            return row_id

    def signalen(self, inburgeraar_id: str) -> list[dict[str, Any]]:
        return rows_as_dicts(
            self.conn.execute(
                "SELECT s.* FROM intake_signaal s JOIN intake i ON i.id = s.intake_id "
                "WHERE i.inburgeraar_id = ? ORDER BY s.datum, s.created_at",
                (inburgeraar_id,),
            )
        )
