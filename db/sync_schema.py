"""The laptop's synced tables as SQLite has them: quoted names, columns, which exist.

Shared by the change capture (db/sync_capture.py) and applying the server's rows
(db/sync_apply.py).
"""

from __future__ import annotations

from typing import Any

from db.server.tables import LOCAL_COLUMNS, TABLES


def ident(name: str) -> str:
    """*name* quoted as an SQL identifier; anything but letters, digits and _ is refused."""
    if not name.replace("_", "").isalnum():
        raise ValueError(f"not a plain identifier: {name!r}")
    return f'"{name}"'


def columns(conn: Any, table: str) -> list[str]:
    return [str(r[1]) for r in conn.execute(f"PRAGMA table_info({ident(table)})")]


def synced_columns(conn: Any, table: str) -> list[str]:
    return [c for c in columns(conn, table) if c not in LOCAL_COLUMNS]


def local_tables(conn: Any) -> list[str]:
    have = {str(r[0]) for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    return [t.name for t in TABLES if t.name in have]


def required_columns(conn: Any, table: str) -> set[str]:
    """NOT NULL columns without a default (a new row cannot be written without them)."""
    return {
        str(name)
        for _cid, name, _type, notnull, default, pk in conn.execute(
            f"PRAGMA table_info({ident(table)})"
        )
        if notnull and default is None and not pk
    }
