"""The regional database for the DUO tests: the whole server schema (sync's and the DUO link's)
in a fresh database of the session cluster, plus a login for the gateway's role."""

from __future__ import annotations

import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import psycopg

from app.server.cluster import Cluster
from db.server.migrate import migrate

GATEWAY_USER = "duo_gateway_test"
_PASSWORD = secrets.token_urlsafe(12)


@dataclass(frozen=True)
class DuoDb:
    owner_dsn: str
    gateway_dsn: str


def _apply(conn: psycopg.Connection[Any]) -> None:
    migrate(conn)  # sync's migrations 0001-0099, then the DUO link's 0100-0199


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


def until(check: Callable[[], object], timeout: float = 10.0) -> None:
    """Wait (polling) until *check()* is true: the gateway works in its own process."""
    deadline = time.monotonic() + timeout
    while not check():
        assert time.monotonic() < deadline, "not in time"
        time.sleep(0.05)
