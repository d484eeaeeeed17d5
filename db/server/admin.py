"""SQL of setting up a regional server outside its schema migrations (db/server/migrate.py)."""

from __future__ import annotations

from typing import Any


def schema_ready(conn: Any) -> bool:
    """Whether `wegwijs server init` has run on this database (its officer table exists)."""
    return bool(conn.execute("SELECT to_regclass('wegwijs.officer')").fetchone()[0])


def create_database(conn: Any, name: str) -> None:
    """An empty database *name* in the cluster (needs an autocommit connection)."""
    from psycopg import sql

    conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
