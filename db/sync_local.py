"""SQL of the laptop's side of sync: the outbox, what the server has seen, the mirror of the
server's conflicts and this laptop's connection settings (audit lines to send: db/audit.py).

The outbox is filled by the change triggers (db/sync_capture.py); what the server sent is applied
by db/sync_apply.py.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from typing import Any

from db.records import now_utc

# --- outbox -------------------------------------------------------------------------------


def compact_outbox(conn: Any) -> None:
    """Drop what never needs to travel: earlier edits of a field edited again later, and every
    change of a row made and removed again before it reached the server."""
    conn.execute(
        "DELETE FROM sync_uit WHERE op = 'set' AND conflict_id IS NULL AND geweigerd IS NULL "
        "AND volgnr < (SELECT max(u.volgnr) FROM sync_uit u WHERE u.tabel = sync_uit.tabel "
        "AND u.rij = sync_uit.rij AND u.veld = sync_uit.veld AND u.op = 'set' "
        "AND u.geweigerd IS NULL)"
    )
    conn.execute(
        "DELETE FROM sync_uit WHERE geweigerd IS NULL AND EXISTS (SELECT 1 FROM sync_uit i "
        "WHERE i.tabel = sync_uit.tabel AND i.rij = sync_uit.rij AND i.op = 'insert' "
        "AND i.geweigerd IS NULL) AND EXISTS (SELECT 1 FROM sync_uit d "
        "WHERE d.tabel = sync_uit.tabel AND d.rij = sync_uit.rij AND d.op = 'delete')"
    )


def pending(conn: Any, limit: int) -> list[dict[str, Any]]:
    rows = conn.execute(
        "SELECT id, tabel, rij, op, veld, waarde, basis, conflict_id, gemaakt_op FROM sync_uit "
        "WHERE geweigerd IS NULL ORDER BY volgnr LIMIT ?",
        (limit,),
    ).fetchall()
    out = []
    for cid, tabel, rij, op, veld, waarde, basis, conflict, gemaakt in rows:
        change: dict[str, Any] = {
            "id": cid,
            "tabel": tabel,
            "rij": rij,
            "op": op,
            "gemaakt_op": gemaakt,
        }
        if op == "insert":
            change["velden"] = json.loads(waarde)
        elif op == "set":
            change["veld"] = veld
            change["waarde"] = json.loads(waarde)
            change["basis"] = basis
        elif op == "oplossen":
            change["velden"] = json.loads(waarde) if waarde else {}
        if conflict:
            change["conflict"] = conflict
        out.append(change)
    return out


def pending_count(conn: Any) -> int:
    return int(conn.execute("SELECT count(*) FROM sync_uit WHERE geweigerd IS NULL").fetchone()[0])


def refused(conn: Any) -> list[str]:
    return [
        str(r[0])
        for r in conn.execute(
            "SELECT DISTINCT geweigerd FROM sync_uit WHERE geweigerd IS NOT NULL"
        ).fetchall()
    ]


def done(conn: Any, change_id: str) -> None:
    conn.execute("DELETE FROM sync_uit WHERE id = ?", (change_id,))


def mark_refused(conn: Any, change_id: str, reason: str) -> None:
    conn.execute("UPDATE sync_uit SET geweigerd = ? WHERE id = ?", (reason, change_id))


def add_change(
    conn: Any,
    change_id: str,
    tabel: str,
    rij: str,
    op: str,
    *,
    veld: str | None = None,
    waarde: Any = None,
    conflict_id: str | None = None,
) -> None:
    basis = 0
    if veld:
        basis = seen_seq(conn, tabel, rij, veld)
    conn.execute(
        "INSERT INTO sync_uit (id, tabel, rij, op, veld, waarde, basis, conflict_id, gemaakt_op)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (change_id, tabel, rij, op, veld, json.dumps(waarde), basis, conflict_id, now_utc()),
    )


# --- what the server has seen --------------------------------------------------------------


def seen_seq(conn: Any, tabel: str, rij: str, veld: str) -> int:
    row = conn.execute(
        "SELECT seq FROM sync_veld WHERE tabel = ? AND rij = ? AND veld = ?", (tabel, rij, veld)
    ).fetchone()
    return int(row[0]) if row else 0


def mark_seen(conn: Any, items: Iterable[tuple[str, str, str, int]]) -> None:
    conn.executemany(
        "INSERT INTO sync_veld (tabel, rij, veld, seq) VALUES (?, ?, ?, ?) "
        "ON CONFLICT (tabel, rij, veld) DO UPDATE SET seq = max(seq, excluded.seq)",
        list(items),
    )


# --- the mirror of the server's conflicts ----------------------------------------------------

CONFLICT_COLUMNS = (
    "id",
    "seq",
    "soort",
    "tabel",
    "rij",
    "veld",
    "server_waarde",
    "server_door",
    "server_apparaat",
    "server_op",
    "ander_waarde",
    "ander_door",
    "ander_apparaat",
    "ander_op",
    "status",
    "opgelost_door",
)


def upsert_conflicts(conn: Any, rows: Iterable[Mapping[str, Any]]) -> None:
    cols = ", ".join(CONFLICT_COLUMNS)
    marks = ", ".join("?" for _ in CONFLICT_COLUMNS)
    updates = ", ".join(f"{c} = excluded.{c}" for c in CONFLICT_COLUMNS if c != "id")
    conn.executemany(
        f"INSERT INTO sync_conflict ({cols}) VALUES ({marks}) "
        f"ON CONFLICT (id) DO UPDATE SET {updates}",
        [tuple(r[c] for c in CONFLICT_COLUMNS) for r in rows],
    )


def conflicts(conn: Any, *, open_only: bool = False) -> list[dict[str, Any]]:
    where = "WHERE status = 'open'" if open_only else ""
    cur = conn.execute(
        f"SELECT {', '.join(CONFLICT_COLUMNS)} FROM sync_conflict {where} ORDER BY seq"
    )
    return [dict(zip(CONFLICT_COLUMNS, r, strict=True)) for r in cur.fetchall()]


def set_conflict_status(conn: Any, conflict_id: str, status: str, door: str) -> None:
    conn.execute(
        "UPDATE sync_conflict SET status = ?, opgelost_door = ? WHERE id = ?",
        (status, door, conflict_id),
    )


# --- this laptop's connection ---------------------------------------------------------------

SETTING_COLUMNS = (
    "apparaat",
    "server",
    "gebruiker",
    "wachtwoord",
    "cursor",
    "audit_verstuurd",
    "laatste_sync",
    "laatste_fout",
    "ingesteld_op",
)


def settings(conn: Any) -> dict[str, Any] | None:
    row = conn.execute(
        f"SELECT {', '.join(SETTING_COLUMNS)} FROM sync_instelling WHERE id = 1"
    ).fetchone()
    return dict(zip(SETTING_COLUMNS, row, strict=True)) if row else None


def save_settings(conn: Any, apparaat: str, server: str, gebruiker: str, wachtwoord: str) -> None:
    conn.execute(
        "INSERT INTO sync_instelling (id, apparaat, server, gebruiker, wachtwoord, ingesteld_op) "
        "VALUES (1, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET server = excluded.server, "
        "gebruiker = excluded.gebruiker, wachtwoord = excluded.wachtwoord",
        (apparaat, server, gebruiker, wachtwoord, now_utc()),
    )


def update_settings(conn: Any, **values: Any) -> None:
    for key in values:
        if key not in SETTING_COLUMNS:
            raise ValueError(key)
    sets = ", ".join(f"{k} = ?" for k in values)
    conn.execute(f"UPDATE sync_instelling SET {sets} WHERE id = 1", tuple(values.values()))
