"""The regional database for the DUO tests: sync's schema when it is there, plus 0100-0199.

Until the sync part's server schema is merged, the two sync tables the gateway's dossier lookup
reads (`sync_row`, `sync_dossier`) are made here with sync's column names (a stand-in, said in
docs/server.md); with sync's schema merged, its own migrations run instead.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from importlib import resources
from typing import Any

import psycopg

from app.server.cluster import Cluster

GATEWAY_USER = "duo_gateway_test"
_PASSWORD = secrets.token_urlsafe(12)


@dataclass(frozen=True)
class DuoDb:
    owner_dsn: str
    gateway_dsn: str


def _has_sync_migrate() -> bool:
    try:
        import db.server.migrate  # noqa: F401
    except ImportError:
        return False
    return True


def _apply(conn: psycopg.Connection[Any]) -> None:
    if _has_sync_migrate():
        from db.server.migrate import migrate

        migrate(conn)
        return
    conn.execute(
        "CREATE SCHEMA IF NOT EXISTS wegwijs;"
        "CREATE TABLE wegwijs.sync_dossier (id text PRIMARY KEY, gemeentecode text NOT NULL);"
        "CREATE TABLE wegwijs.sync_row (tabel text NOT NULL, row_id text NOT NULL,"
        " scope text NOT NULL DEFAULT 'dossier', dossier_id text, sleutel text,"
        " deleted boolean NOT NULL DEFAULT false, seq bigint NOT NULL DEFAULT 0,"
        " PRIMARY KEY (tabel, row_id))"
    )
    folder = resources.files("db.server.migrations")
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".sql") and entry.name[:2] == "01":
            conn.execute(entry.read_text("utf-8"))


def make_duo_db(cluster: Cluster, dbname: str) -> DuoDb:
    owner = cluster.dsn(dbname)
    with psycopg.connect(owner, autocommit=True) as conn:
        _apply(conn)
        exists = conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (GATEWAY_USER,))
        if exists.fetchone() is None:
            conn.execute(
                f"CREATE ROLE {GATEWAY_USER} LOGIN PASSWORD '{_PASSWORD}'"
                " IN ROLE wegwijs_duo_gateway"
            )
    return DuoDb(owner, cluster.dsn(dbname, GATEWAY_USER, _PASSWORD))


def add_region_dossier(db: DuoDb, dossier_id: str, bsn: str, gemeentecode: str) -> None:
    """A dossier the region holds (as sync would have stored it from a laptop)."""
    with psycopg.connect(db.owner_dsn, autocommit=True) as conn:
        conn.execute(
            "INSERT INTO wegwijs.sync_dossier (id, gemeentecode) VALUES (%s, %s)",
            (dossier_id, gemeentecode),
        )
        conn.execute(
            "INSERT INTO wegwijs.sync_row (tabel, row_id, scope, dossier_id, sleutel, seq)"
            " VALUES ('inburgeraar', %s, 'dossier', %s, %s, 1)",
            (dossier_id, dossier_id, bsn),
        )


def rows(db: DuoDb, sql: str, *params: Any) -> list[tuple[Any, ...]]:
    with psycopg.connect(db.owner_dsn, autocommit=True) as conn:
        return list(conn.execute(sql, params).fetchall())
