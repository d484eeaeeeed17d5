"""SQL of the laptop's side of sync: change triggers, the outbox, applying what the server sent.

The triggers write every insert, changed field and delete of a synced table into ``sync_uit``,
whatever code made the change, unless ``sync_stil.aan`` is 1 (pulled changes being applied).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from db.records import now_utc
from db.server.tables import LOCAL_COLUMNS, TABLES

# A version-4 UUID from SQLite's randomness (triggers cannot call Python).
_UUID = (
    "lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || "
    "substr(lower(hex(randomblob(2))), 2) || '-' || "
    "substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || "
    "'-' || lower(hex(randomblob(6)))"
)
_NOW = "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')"
_QUIET = "(SELECT aan FROM sync_stil WHERE id = 1) = 0"


def _q(name: str) -> str:
    if not name.replace("_", "").isalnum():
        raise ValueError(f"not a plain identifier: {name!r}")
    return f'"{name}"'


def columns(conn: Any, table: str) -> list[str]:
    return [str(r[1]) for r in conn.execute(f"PRAGMA table_info({_q(table)})")]


def synced_columns(conn: Any, table: str) -> list[str]:
    return [c for c in columns(conn, table) if c not in LOCAL_COLUMNS]


def local_tables(conn: Any) -> list[str]:
    have = {str(r[0]) for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    return [t.name for t in TABLES if t.name in have]


def _row_json(cols: Sequence[str], ref: str) -> str:
    """json_object over the columns of NEW/a row; chunks of 50 (SQLite's argument limit)."""
    parts = []
    for i in range(0, len(cols), 50):
        chunk = cols[i : i + 50]
        parts.append("json_object(" + ", ".join(f"'{c}', {ref}{_q(c)}" for c in chunk) + ")")
    expr = parts[0]
    for part in parts[1:]:
        expr = f"json_patch({expr}, {part})"
    return expr


def _trigger_sql(table: str, cols: Sequence[str]) -> dict[str, str]:
    changed = " UNION ALL ".join(
        f"SELECT '{c}' AS veld, json_quote(NEW.{_q(c)}) AS w WHERE OLD.{_q(c)} IS NOT NEW.{_q(c)}"
        for c in cols
        if c != "id"
    )
    return {
        f"sync_i_{table}": (
            f"CREATE TRIGGER sync_i_{table} AFTER INSERT ON {_q(table)} WHEN {_QUIET} BEGIN "
            "INSERT INTO sync_uit (id, tabel, rij, op, waarde, gemaakt_op) VALUES "
            f"({_UUID}, '{table}', NEW.id, 'insert', {_row_json(cols, 'NEW.')}, {_NOW}); END"
        ),
        f"sync_u_{table}": (
            f"CREATE TRIGGER sync_u_{table} AFTER UPDATE ON {_q(table)} WHEN {_QUIET} BEGIN "
            "INSERT INTO sync_uit (id, tabel, rij, op, veld, waarde, basis, gemaakt_op) "
            f"SELECT {_UUID}, '{table}', NEW.id, 'set', x.veld, x.w, coalesce(("
            f"SELECT seq FROM sync_veld v WHERE v.tabel = '{table}' AND v.rij = NEW.id "
            f"AND v.veld = x.veld), 0), {_NOW} FROM ({changed}) AS x; END"
        ),
        f"sync_d_{table}": (
            f"CREATE TRIGGER sync_d_{table} AFTER DELETE ON {_q(table)} WHEN {_QUIET} BEGIN "
            "INSERT INTO sync_uit (id, tabel, rij, op, gemaakt_op) VALUES "
            f"({_UUID}, '{table}', OLD.id, 'delete', {_NOW}); END"
        ),
    }


def install_triggers(conn: Any) -> int:
    """Make the change triggers of every synced table from its current columns; a trigger that
    is already exactly right is left alone (a migration that adds a column changes it).
    Returns how many were (re)made."""
    have = {
        str(name): str(sql)
        for name, sql in conn.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'sync_%'"
        )
    }
    made = 0
    for table in local_tables(conn):
        for name, sql in _trigger_sql(table, synced_columns(conn, table)).items():
            if have.get(name) == sql:
                continue
            conn.execute(f"DROP TRIGGER IF EXISTS {name}")
            conn.execute(sql)
            made += 1
    return made


def drop_triggers(conn: Any) -> None:
    for table in local_tables(conn):
        for kind in ("i", "u", "d"):
            conn.execute(f"DROP TRIGGER IF EXISTS sync_{kind}_{table}")


def enqueue_existing(conn: Any) -> int:
    """Every row already in the store as an 'insert' change (the first sync of a laptop)."""
    total = 0
    for table in local_tables(conn):
        cols = synced_columns(conn, table)
        cur = conn.execute(
            "INSERT INTO sync_uit (id, tabel, rij, op, waarde, gemaakt_op) "
            f"SELECT {_UUID}, '{table}', id, 'insert', {_row_json(cols, '')}, {_NOW} "
            f"FROM {_q(table)} ORDER BY created_at, id"
        )
        total += int(cur.rowcount)
    return total


def quiet(conn: Any, on: bool) -> None:
    conn.execute("UPDATE sync_stil SET aan = ? WHERE id = 1", (1 if on else 0,))


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


# --- applying the server's rows -------------------------------------------------------------


def existing_ids(conn: Any, table: str, ids: Sequence[str]) -> set[str]:
    found: set[str] = set()
    for i in range(0, len(ids), 500):
        chunk = list(ids[i : i + 500])
        marks = ", ".join("?" for _ in chunk)
        found.update(
            str(r[0])
            for r in conn.execute(f"SELECT id FROM {_q(table)} WHERE id IN ({marks})", chunk)
        )
    return found


def row_count(conn: Any, table: str) -> int:
    return int(conn.execute(f"SELECT count(*) FROM {_q(table)}").fetchone()[0])


def required_columns(conn: Any, table: str) -> set[str]:
    """NOT NULL columns without a default (a new row cannot be written without them)."""
    return {
        str(name)
        for _cid, name, _type, notnull, default, pk in conn.execute(
            f"PRAGMA table_info({_q(table)})"
        )
        if notnull and default is None and not pk
    }


def upsert_rows(
    conn: Any, table: str, rows: Mapping[str, Mapping[str, Any]], present: set[str]
) -> None:
    """Write the server's values of *rows* (id -> {field: value}); rows in *present* exist.

    A new row lacking a required column (a field this officer may not receive, such as the
    coördinator's copy of a dossier without BSN or search key) gets an empty text there."""
    have = set(columns(conn, table))
    required = required_columns(conn, table) - LOCAL_COLUMNS
    stamp = now_utc()
    new: dict[tuple[str, ...], list[tuple[Any, ...]]] = {}
    changed: dict[tuple[str, ...], list[tuple[Any, ...]]] = {}
    currents = _rows_by_id(conn, table, [r for r in rows if r in present])
    for rid, values in rows.items():
        vals = {k: v for k, v in values.items() if k in have and k not in LOCAL_COLUMNS}
        vals.pop("id", None)
        if rid in present:
            current = currents.get(rid, {})
            # only what differs: the PIP triggers refuse even a same-value status write
            vals = {k: v for k, v in vals.items() if current.get(k) != v}
            if vals:
                changed.setdefault(tuple(vals), []).append((*vals.values(), stamp, rid))
        else:
            vals.setdefault("created_at", stamp)
            for name in required - set(vals):
                vals[name] = ""
            vals["updated_at"] = stamp
            vals["version"] = 1
            new.setdefault(tuple(vals), []).append((rid, *vals.values()))
    for names, batch in changed.items():  # changed rows: one statement per set of columns
        sets = ", ".join(f"{_q(k)} = ?" for k in names)
        conn.executemany(
            f"UPDATE {_q(table)} SET {sets}, updated_at = ?, version = version + 1 WHERE id = ?",
            batch,
        )
    for names, batch in new.items():  # new rows: one statement per set of columns
        batch.sort()  # by id: its unique index is filled in order
        cols = ", ".join(["id", *(_q(k) for k in names)])
        marks = ", ".join("?" for _ in range(len(names) + 1))
        conn.executemany(f"INSERT INTO {_q(table)} ({cols}) VALUES ({marks})", batch)


def delete_rows(conn: Any, table: str, ids: Sequence[str]) -> None:
    for rid in ids:
        conn.execute(f"DELETE FROM {_q(table)} WHERE id = ?", (rid,))
        conn.execute("DELETE FROM sync_veld WHERE tabel = ? AND rij = ?", (table, rid))


def rename_row(conn: Any, table: str, old: str, new: str) -> None:
    """The server merged this laptop's row into one made elsewhere first: take over its id,
    in the row itself and everywhere it is pointed at (needs defer_foreign_keys)."""
    conn.execute(f"UPDATE {_q(table)} SET id = ? WHERE id = ?", (new, old))
    for (other,) in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
    ).fetchall():
        for fk in conn.execute(f"PRAGMA foreign_key_list({_q(other)})").fetchall():
            if fk[2] == table and (fk[4] in (None, "id")):
                col = _q(str(fk[3]))
                conn.execute(f"UPDATE {_q(other)} SET {col} = ? WHERE {col} = ?", (new, old))
    for t in TABLES:
        for veld, ref in t.refs.items():
            if ref == table and t.name in local_tables(conn):
                conn.execute(
                    f"UPDATE {_q(t.name)} SET {_q(veld)} = ? WHERE {_q(veld)} = ?", (new, old)
                )
    conn.execute("UPDATE sync_uit SET rij = ? WHERE tabel = ? AND rij = ?", (new, table, old))
    conn.execute("DELETE FROM sync_veld WHERE tabel = ? AND rij = ?", (table, old))


def _rows_by_id(conn: Any, table: str, ids: Sequence[str]) -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    for i in range(0, len(ids), 500):
        chunk = list(ids[i : i + 500])
        marks = ", ".join("?" for _ in chunk)
        cur = conn.execute(f"SELECT * FROM {_q(table)} WHERE id IN ({marks})", chunk)
        names = [d[0] for d in cur.description]
        for row in cur.fetchall():
            values = dict(zip(names, row, strict=True))
            out[str(values["id"])] = values
    return out


def row_values(conn: Any, table: str, rid: str) -> dict[str, Any] | None:
    cur = conn.execute(f"SELECT * FROM {_q(table)} WHERE id = ?", (rid,))
    row = cur.fetchone()
    if row is None:
        return None
    return {d[0]: v for d, v in zip(cur.description, row, strict=True)}


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


# --- audit lines, as db.audit stores them (the chain format is not ours) ------------------------


def audit_lines_after(conn: Any, volgnummer: int, limit: int) -> list[dict[str, Any]]:
    from db.audit import COLUMNS

    cur = conn.execute(
        f"SELECT {', '.join(COLUMNS)} FROM audit_regel WHERE volgnummer > ? "
        "ORDER BY volgnummer LIMIT ?",
        (volgnummer, limit),
    )
    return [dict(zip(COLUMNS, r, strict=True)) for r in cur.fetchall()]


def audit_head(conn: Any) -> dict[str, Any] | None:
    row = conn.execute(
        "SELECT volgnummer, hash FROM audit_regel ORDER BY volgnummer DESC LIMIT 1"
    ).fetchone()
    return {"volgnummer": int(row[0]), "hash": str(row[1])} if row else None


def delete_concept_pip(conn: Any, pip_id: str) -> None:
    """Remove a concept PIP version (the one not chosen of two); the trigger records it."""
    conn.execute("DELETE FROM pip WHERE id = ? AND status = 'concept'", (pip_id,))
