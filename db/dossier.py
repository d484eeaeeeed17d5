"""Everything stored about one inburgeraar, found generically.

Tables of other parts (intake, PIP, sleutelpersonen …) are found without a list: every table with
an ``inburgeraar_id`` column, plus every table that points (foreign key) at a row already found.
Used for inzage (export) and for deletion at the end of the retention period.
"""

from __future__ import annotations

from typing import Any

from db.records import rows_as_dicts

ROOT = "inburgeraar"
LINK = "inburgeraar_id"


def _tables(conn: Any) -> list[str]:
    return [
        str(r[0])
        for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' "
            "AND name NOT LIKE 'sqlite_%' ORDER BY name"
        ).fetchall()
    ]


def _columns(conn: Any, table: str) -> list[str]:
    return [str(c[1]) for c in conn.execute(f'PRAGMA table_info("{table}")').fetchall()]


def _foreign_keys(conn: Any, table: str) -> list[tuple[str, str, str]]:
    """(parent table, own column, parent column) per foreign key of *table*."""
    return [
        (str(fk[2]), str(fk[3]), str(fk[4] or "id"))
        for fk in conn.execute(f'PRAGMA foreign_key_list("{table}")').fetchall()
    ]


def collect(
    conn: Any, inburgeraar_id: str, not_into: frozenset[str] = frozenset()
) -> dict[str, list[dict[str, Any]]]:
    """All rows about *inburgeraar_id*, per table (rows keep every column). Rows of tables in
    *not_into* are found but not followed into (their children belong to someone else)."""
    found: dict[str, dict[Any, dict[str, Any]]] = {}

    def add(table: str, rows: list[dict[str, Any]]) -> bool:
        bucket = found.setdefault(table, {})
        new = False
        for row in rows:
            key = row.get("id", tuple(row.values()))
            if key not in bucket:
                bucket[key] = row
                new = True
        return new

    add(ROOT, rows_as_dicts(conn.execute(f"SELECT * FROM {ROOT} WHERE id = ?", (inburgeraar_id,))))
    if not found[ROOT]:
        return {}
    tables = _tables(conn)
    for table in tables:
        if table != ROOT and LINK in _columns(conn, table):
            sql = f'SELECT * FROM "{table}" WHERE {LINK} = ?'
            add(table, rows_as_dicts(conn.execute(sql, (inburgeraar_id,))))
    changed = True
    while changed:  # follow foreign keys into rows found so far, until nothing new turns up
        changed = False
        for table in tables:
            for parent, own, parent_col in _foreign_keys(conn, table):
                if parent in not_into:
                    continue
                values = [r.get(parent_col) for r in found.get(parent, {}).values()]
                values = [v for v in values if v is not None]
                if parent == table or not values:
                    continue
                marks = ", ".join("?" for _ in values)
                sql = f'SELECT * FROM "{table}" WHERE "{own}" IN ({marks})'
                changed |= add(table, rows_as_dicts(conn.execute(sql, values)))
    return {t: list(rows.values()) for t, rows in found.items() if rows}


def delete(
    conn: Any, inburgeraar_id: str, keep: dict[str, tuple[str, ...]] | None = None, now: str = ""
) -> dict[str, int]:
    """Delete every row :func:`collect` finds; call inside a transaction. Returns counts.

    Tables in *keep* (table -> free-text columns) are not deleted: their link to the newcomer
    is set to NULL and those columns are emptied (e.g. an engagement that is part of a key
    person's expense claim). Only tables whose ``inburgeraar_id`` may be NULL can be kept."""
    keep = keep or {}
    rows = collect(conn, inburgeraar_id, frozenset(keep))
    conn.execute("PRAGMA defer_foreign_keys = ON")  # order does not matter; checked at COMMIT
    counts: dict[str, int] = {}
    for table, items in rows.items():
        wipe = keep.get(table)
        for row in items:
            if "id" not in row:
                continue
            if wipe is None or row.get(LINK) != inburgeraar_id:
                conn.execute(f'DELETE FROM "{table}" WHERE id = ?', (row["id"],))
                continue
            sets = ", ".join([f"{LINK} = NULL", *(f"\"{c}\" = ''" for c in wipe)])
            conn.execute(
                f'UPDATE "{table}" SET {sets}, updated_at = ?, version = version + 1 WHERE id = ?',
                (now or row.get("updated_at"), row["id"]),
            )
        counts[table] = len(items)
    return counts
