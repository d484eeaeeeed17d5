"""Helpers every repository shares: ids, timestamps, inserts and versioned updates."""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

_IDENT_OK = frozenset("abcdefghijklmnopqrstuvwxyz_0123456789")


def new_id() -> str:
    return str(uuid.uuid4())


def now_utc() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds")


def _ident(name: str) -> str:
    if not name or set(name) - _IDENT_OK:
        raise ValueError(f"not a plain identifier: {name!r}")
    return name


def insert_row(conn: Any, table: str, values: Mapping[str, Any], row_id: str | None = None) -> str:
    """Insert *values* with a fresh id, timestamps and version 1; returns the id."""
    stamp = now_utc()
    row = {"id": row_id or new_id(), "created_at": stamp, "updated_at": stamp, "version": 1}
    row.update(values)
    cols = ", ".join(_ident(c) for c in row)
    marks = ", ".join("?" for _ in row)
    conn.execute(f"INSERT INTO {_ident(table)} ({cols}) VALUES ({marks})", tuple(row.values()))
    return str(row["id"])


def update_row(
    conn: Any, table: str, row_id: str, values: Mapping[str, Any], expected_version: int | None
) -> bool:
    """Update a row and bump its version. With *expected_version*, only when it still matches
    (optimistic locking); returns False when the row was changed meanwhile or is gone."""
    sets = ", ".join(f"{_ident(c)} = ?" for c in values)
    sql = f"UPDATE {_ident(table)} SET {sets}, updated_at = ?, version = version + 1 WHERE id = ?"
    params: list[Any] = [*values.values(), now_utc(), row_id]
    if expected_version is not None:
        sql += " AND version = ?"
        params.append(expected_version)
    cursor = conn.execute(sql, params)
    return bool(cursor.rowcount == 1)


def rows_as_dicts(cursor: Any) -> list[dict[str, Any]]:
    # Row by row from the cursor, not fetchall(): each row's tuple is freed as soon as its dict
    # exists, instead of 100,000 tuples freed at once at the end, in one C call that holds the
    # GIL (60 ms of GUI-thread standstill behind the retention scan; app/sorting.py).
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor]
