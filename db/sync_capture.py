"""SQL of capturing the laptop's changes: the change triggers of the synced tables.

The triggers write every insert, changed field and delete of a synced table into ``sync_uit``,
whatever code made the change, unless ``sync_stil.aan`` is 1 (pulled changes being applied).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from db.sync_schema import ident, local_tables, synced_columns

# A version-4 UUID from SQLite's randomness (triggers cannot call Python).
_UUID = (
    "lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || "
    "substr(lower(hex(randomblob(2))), 2) || '-' || "
    "substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || "
    "'-' || lower(hex(randomblob(6)))"
)
_NOW = "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')"
_QUIET = "(SELECT aan FROM sync_stil WHERE id = 1) = 0"


def _row_json(cols: Sequence[str], ref: str) -> str:
    """json_object over the columns of NEW/a row; chunks of 50 (SQLite's argument limit)."""
    parts = []
    for i in range(0, len(cols), 50):
        chunk = cols[i : i + 50]
        parts.append("json_object(" + ", ".join(f"'{c}', {ref}{ident(c)}" for c in chunk) + ")")
    expr = parts[0]
    for part in parts[1:]:
        expr = f"json_patch({expr}, {part})"
    return expr


def _trigger_sql(table: str, cols: Sequence[str]) -> dict[str, str]:
    changed = " UNION ALL ".join(
        f"SELECT '{c}' AS veld, json_quote(NEW.{ident(c)}) AS w "
        f"WHERE OLD.{ident(c)} IS NOT NEW.{ident(c)}"
        for c in cols
        if c != "id"
    )
    return {
        f"sync_i_{table}": (
            f"CREATE TRIGGER sync_i_{table} AFTER INSERT ON {ident(table)} WHEN {_QUIET} BEGIN "
            "INSERT INTO sync_uit (id, tabel, rij, op, waarde, gemaakt_op) VALUES "
            f"({_UUID}, '{table}', NEW.id, 'insert', {_row_json(cols, 'NEW.')}, {_NOW}); END"
        ),
        f"sync_u_{table}": (
            f"CREATE TRIGGER sync_u_{table} AFTER UPDATE ON {ident(table)} WHEN {_QUIET} BEGIN "
            "INSERT INTO sync_uit (id, tabel, rij, op, veld, waarde, basis, gemaakt_op) "
            f"SELECT {_UUID}, '{table}', NEW.id, 'set', x.veld, x.w, coalesce(("
            f"SELECT seq FROM sync_veld v WHERE v.tabel = '{table}' AND v.rij = NEW.id "
            f"AND v.veld = x.veld), 0), {_NOW} FROM ({changed}) AS x; END"
        ),
        f"sync_d_{table}": (
            f"CREATE TRIGGER sync_d_{table} AFTER DELETE ON {ident(table)} WHEN {_QUIET} BEGIN "
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
            f"FROM {ident(table)} ORDER BY created_at, id"
        )
        total += int(cur.rowcount)
    return total


def quiet(conn: Any, on: bool) -> None:
    conn.execute("UPDATE sync_stil SET aan = ? WHERE id = 1", (1 if on else 0,))
