"""The laptop's copy of what DUO changed in a dossier (table duo_feit, filled by the sync)."""

from __future__ import annotations

import json
import uuid
from typing import Any

from db.records import insert_row, now_utc, rows_as_dicts, update_row


def for_inburgeraar(conn: Any, inburgeraar_id: str) -> list[dict[str, Any]]:
    cur = conn.execute(
        "SELECT id, soort, gegevens, omschrijving, waarschuwing, gebeurtenis_id, vastgelegd_op,"
        " afgehandeld, version FROM duo_feit WHERE inburgeraar_id = ?"
        " ORDER BY vastgelegd_op, id",
        (inburgeraar_id,),
    )
    return rows_as_dicts(cur)


def pip_answers(conn: Any, inburgeraar_id: str, pip_id: str) -> list[dict[str, Any]]:
    """DUO's answers to the melding of one PIP version, oldest first."""
    return [
        row
        for row in for_inburgeraar(conn, inburgeraar_id)
        if row["soort"] == "pip_antwoord"
        and json.loads(row["gegevens"] or "{}").get("onderwerp_id") == pip_id
    ]


def mark_handled(conn: Any, feit_id: str, version: int) -> bool:
    """False when the row changed meanwhile (another laptop handled it first) or is gone."""
    return update_row(conn, "duo_feit", feit_id, {"afgehandeld": 1}, version)


def add_local(
    conn: Any, inburgeraar_id: str, soort: str, gegevens: dict[str, Any], omschrijving: str
) -> str:
    """A DUO fact the officer caused on this laptop (a value taken over from DUO's answer);
    recorded as handled, it reaches the server and the other laptops by the sync."""
    stamp = now_utc()
    return insert_row(
        conn,
        "duo_feit",
        {
            "inburgeraar_id": inburgeraar_id,
            "soort": soort,
            "gegevens": json.dumps(gegevens),
            "omschrijving": omschrijving,
            "bericht_id": str(uuid.uuid4()),
            "vastgelegd_op": stamp,
            "afgehandeld": 1,
        },
    )


def for_termijnen(conn: Any, inburgeraar_id: str | None = None) -> dict[str, list[dict[str, Any]]]:
    """Per person, the DUO facts Termijnen needs (DUO's termijn, DUO's answers to meldingen),
    oldest first; one person or everyone."""
    sql = (
        "SELECT inburgeraar_id, soort, gegevens, omschrijving, waarschuwing, vastgelegd_op,"
        " afgehandeld FROM duo_feit WHERE (soort = 'termijn' OR soort LIKE '%\\_antwoord'"
        " ESCAPE '\\')"
    )
    params: list[Any] = []
    if inburgeraar_id is not None:
        sql += " AND inburgeraar_id = ?"
        params.append(inburgeraar_id)
    out: dict[str, list[dict[str, Any]]] = {}
    for row in rows_as_dicts(conn.execute(sql + " ORDER BY vastgelegd_op, id", params)):
        out.setdefault(str(row["inburgeraar_id"]), []).append(row)
    return out
