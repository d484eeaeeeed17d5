"""SQL of applying what the server sent: its rows written into the local tables (with the
capture triggers quiet, db/sync_capture.py), rows deleted or renamed, rows read back.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from db.records import now_utc
from db.server.tables import LOCAL_COLUMNS, TABLES
from db.sync_schema import columns, ident, local_tables, required_columns


def defer_foreign_keys(conn: Any) -> None:
    """Check foreign keys at COMMIT, not per statement, for the rest of this transaction: the
    server's rows (and a renamed row's references) arrive in any order."""
    conn.execute("PRAGMA defer_foreign_keys = ON")


def existing_ids(conn: Any, table: str, ids: Sequence[str]) -> set[str]:
    found: set[str] = set()
    for i in range(0, len(ids), 500):
        chunk = list(ids[i : i + 500])
        marks = ", ".join("?" for _ in chunk)
        found.update(
            str(r[0])
            for r in conn.execute(f"SELECT id FROM {ident(table)} WHERE id IN ({marks})", chunk)
        )
    return found


def row_count(conn: Any, table: str) -> int:
    return int(conn.execute(f"SELECT count(*) FROM {ident(table)}").fetchone()[0])


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
        sets = ", ".join(f"{ident(k)} = ?" for k in names)
        conn.executemany(
            f"UPDATE {ident(table)} SET {sets}, updated_at = ?, version = version + 1 WHERE id = ?",
            batch,
        )
    for names, batch in new.items():  # new rows: one statement per set of columns
        batch.sort()  # by id: its unique index is filled in order
        cols = ", ".join(["id", *(ident(k) for k in names)])
        marks = ", ".join("?" for _ in range(len(names) + 1))
        conn.executemany(f"INSERT INTO {ident(table)} ({cols}) VALUES ({marks})", batch)


def delete_rows(conn: Any, table: str, ids: Sequence[str]) -> None:
    for rid in ids:
        conn.execute(f"DELETE FROM {ident(table)} WHERE id = ?", (rid,))
        conn.execute("DELETE FROM sync_veld WHERE tabel = ? AND rij = ?", (table, rid))


def rename_row(conn: Any, table: str, old: str, new: str) -> None:
    """The server merged this laptop's row into one made elsewhere first: take over its id,
    in the row itself and everywhere it is pointed at (needs defer_foreign_keys)."""
    conn.execute(f"UPDATE {ident(table)} SET id = ? WHERE id = ?", (new, old))
    for (other,) in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
    ).fetchall():
        for fk in conn.execute(f"PRAGMA foreign_key_list({ident(other)})").fetchall():
            if fk[2] == table and (fk[4] in (None, "id")):
                col = ident(str(fk[3]))
                conn.execute(f"UPDATE {ident(other)} SET {col} = ? WHERE {col} = ?", (new, old))
    for t in TABLES:
        for veld, ref in t.refs.items():
            if ref == table and t.name in local_tables(conn):
                conn.execute(
                    f"UPDATE {ident(t.name)} SET {ident(veld)} = ? WHERE {ident(veld)} = ?",
                    (new, old),
                )
    conn.execute("UPDATE sync_uit SET rij = ? WHERE tabel = ? AND rij = ?", (new, table, old))
    conn.execute("DELETE FROM sync_veld WHERE tabel = ? AND rij = ?", (table, old))


def _rows_by_id(conn: Any, table: str, ids: Sequence[str]) -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    for i in range(0, len(ids), 500):
        chunk = list(ids[i : i + 500])
        marks = ", ".join("?" for _ in chunk)
        cur = conn.execute(f"SELECT * FROM {ident(table)} WHERE id IN ({marks})", chunk)
        names = [d[0] for d in cur.description]
        for row in cur.fetchall():
            values = dict(zip(names, row, strict=True))
            out[str(values["id"])] = values
    return out


def row_values(conn: Any, table: str, rid: str) -> dict[str, Any] | None:
    cur = conn.execute(f"SELECT * FROM {ident(table)} WHERE id = ?", (rid,))
    row = cur.fetchone()
    if row is None:
        return None
    return {d[0]: v for d, v in zip(cur.description, row, strict=True)}


def delete_concept_pip(conn: Any, pip_id: str) -> None:
    """Remove a concept PIP version (the one not chosen of two); the trigger records it."""
    conn.execute("DELETE FROM pip WHERE id = ? AND status = 'concept'", (pip_id,))
