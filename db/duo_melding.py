"""The laptop's results for DUO marked done (table duo_melding, migration 0161)."""

from __future__ import annotations

import json
from typing import Any

from db.records import insert_row, now_utc, rows_as_dicts


def add(conn: Any, inburgeraar_id: str, soort: str, gegevens: dict[str, Any], door: str) -> str:
    return insert_row(
        conn,
        "duo_melding",
        {
            "inburgeraar_id": inburgeraar_id,
            "soort": soort,
            "gegevens": json.dumps(gegevens, ensure_ascii=False),
            "gemarkeerd_op": now_utc(),
            "gemarkeerd_door": door,
        },
    )


def for_inburgeraar(conn: Any, inburgeraar_id: str) -> list[dict[str, Any]]:
    cur = conn.execute(
        "SELECT id, soort, gegevens, gemarkeerd_op, gemarkeerd_door FROM duo_melding"
        " WHERE inburgeraar_id = ? ORDER BY gemarkeerd_op, id",
        (inburgeraar_id,),
    )
    return rows_as_dicts(cur)
