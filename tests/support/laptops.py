"""Test helpers: a regional server in the session cluster and laptops (separate stores) on it."""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import psycopg

from app.server import admin
from app.server import sync as sync_client
from app.server.cluster import Cluster
from app.session import Session
from app.store import StoreLocation, create_store
from db import sync_local, sync_schema
from db.server.tables import BY_NAME, LOCAL_COLUMNS

PASSWORD = "server-wachtwoord-lang-genoeg"
STORE_PASSPHRASE = "correct paard batterij niet"


@dataclass
class Server:
    cluster: Cluster
    dbname: str

    @property
    def admin_dsn(self) -> str:
        return self.cluster.dsn(self.dbname)

    @property
    def laptop_dsn(self) -> str:
        """What an officer's laptop is given: no user, no password; TLS when the build can."""
        if self.cluster.ssl:
            return (
                f"host=localhost port={self.cluster.port} dbname={self.dbname} "
                f"sslmode=verify-full sslrootcert={self.cluster.ca_file}"
            )
        os.environ[sync_client.INSECURE_ENV] = "1"
        return f"host=127.0.0.1 port={self.cluster.port} dbname={self.dbname} sslmode=disable"

    def add_user(self, naam: str, gemeente: str = "0294", rol: str = "klantmanager") -> str:
        admin.user_add(self.admin_dsn, naam, gemeente, rol, PASSWORD)
        return naam

    def connect_as(self, naam: str) -> psycopg.Connection[Any]:
        return psycopg.connect(self.cluster.dsn(self.dbname, naam, PASSWORD), autocommit=True)

    def fields(self) -> dict[tuple[str, str], dict[str, Any]]:
        with psycopg.connect(self.admin_dsn) as conn:
            out: dict[tuple[str, str], dict[str, Any]] = {}
            for t, r, v, w in conn.execute(
                "SELECT tabel, row_id, veld, waarde FROM wegwijs.sync_field"
            ):
                out.setdefault((t, r), {})[v] = w
            return out


def new_server(cluster: Cluster, dbname: str) -> Server:
    admin.init(cluster.dsn(dbname))
    return Server(cluster, dbname)


class Laptop:
    """One officer's laptop: its own encrypted store in its own folder."""

    def __init__(self, folder: Path, server: Server, user: str) -> None:
        from tests.conftest import TEST_KDF

        folder.mkdir(parents=True, exist_ok=True)
        self.location = StoreLocation(folder)
        self.session: Session = create_store(self.location, STORE_PASSPHRASE, kdf=TEST_KDF)
        self.store = self.session.store
        self.server = server
        self.user = user
        sync_client.setup(self.session, server.laptop_dsn, user, PASSWORD)

    def sync(self) -> sync_client.SyncResult:
        return sync_client.run(self.session)

    def close(self) -> None:
        self.session.close()

    def state(self) -> dict[tuple[str, str], dict[str, Any]]:
        """Every synced row, without the local bookkeeping columns."""
        conn = self.store.conn
        out: dict[tuple[str, str], dict[str, Any]] = {}
        for table in sync_schema.local_tables(conn):
            cur = conn.execute(f"SELECT * FROM {table}")
            names = [d[0] for d in cur.description]
            for row in cur.fetchall():
                values = {k: v for k, v in zip(names, row, strict=True) if k not in LOCAL_COLUMNS}
                out[(table, str(values["id"]))] = values
        return out

    def conflicts(self, open_only: bool = True) -> list[dict[str, Any]]:
        return sync_local.conflicts(self.store.conn, open_only=open_only)

    def pending(self) -> int:
        return sync_local.pending_count(self.store.conn)


def dossier_view(state: dict[tuple[str, str], dict[str, Any]]) -> dict[tuple[str, str], Any]:
    """A laptop's rows as comparable JSON (what must be identical everywhere)."""
    return {k: json.dumps(v, sort_keys=True) for k, v in state.items() if k[0] in BY_NAME}
