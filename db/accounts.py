"""SQL for the roles of each account inside the store (table ``account_rol``)."""

from __future__ import annotations

import json
from typing import Any

from db.records import insert_row, now_utc


class AccountRoleRepository:
    def __init__(self, conn: Any) -> None:
        self.conn = conn

    def all(self) -> dict[str, frozenset[str]]:
        rows = self.conn.execute("SELECT naam, rollen FROM account_rol").fetchall()
        return {str(naam): frozenset(json.loads(rollen)) for naam, rollen in rows}

    def put(self, naam: str, rollen: frozenset[str]) -> None:
        text = json.dumps(sorted(rollen))
        cursor = self.conn.execute(
            "UPDATE account_rol SET rollen = ?, updated_at = ?, version = version + 1 "
            "WHERE naam = ?",
            (text, now_utc(), naam),
        )
        if cursor.rowcount == 0:
            insert_row(self.conn, "account_rol", {"naam": naam, "rollen": text})

    def remove(self, naam: str) -> bool:
        cursor = self.conn.execute("DELETE FROM account_rol WHERE naam = ?", (naam,))
        return bool(cursor.rowcount)
