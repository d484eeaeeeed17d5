"""Versioned migrations of the regional server (PostgreSQL), like the laptop's db/migrations.

Files ``NNNN_name.sql`` in db/server/migrations run in order, each in its own transaction, and
are recorded in ``wegwijs.schema_versie``; running again applies only what is new. Numbers
0001-0099: sync (this part); 0100 and up: the DUO link.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from importlib import resources
from typing import Any

from db.server.tables import TABLES

_NAME = re.compile(r"^(\d{4})_[a-z0-9_]+\.sql$")
_LOCK = 727000


@dataclass(frozen=True)
class ServerMigration:
    version: int
    name: str
    sql: str


def load_server_migrations() -> list[ServerMigration]:
    folder = resources.files("db.server.migrations")
    found = []
    for entry in folder.iterdir():
        match = _NAME.match(entry.name)
        if match:
            found.append(ServerMigration(int(match.group(1)), entry.name, entry.read_text("utf-8")))
    return sorted(found, key=lambda m: m.version)


def applied_versions(conn: Any) -> list[int]:
    row = conn.execute("SELECT to_regclass('wegwijs.schema_versie')").fetchone()
    if row is None or row[0] is None:
        return []
    return [int(r[0]) for r in conn.execute("SELECT versie FROM wegwijs.schema_versie ORDER BY 1")]


def migrate(conn: Any) -> list[str]:
    """Apply the pending migrations and refresh the table config; returns the names applied.

    *conn* is a psycopg connection of the database owner, in autocommit mode.
    """
    done: list[str] = []
    with conn.transaction():
        conn.execute("SELECT pg_advisory_xact_lock(%s)", (_LOCK,))
        conn.execute("CREATE SCHEMA IF NOT EXISTS wegwijs")
        conn.execute(
            "CREATE TABLE IF NOT EXISTS wegwijs.schema_versie ("
            " versie int PRIMARY KEY, naam text NOT NULL,"
            " toegepast_op timestamptz NOT NULL DEFAULT now())"
        )
    for migration in load_server_migrations():
        with conn.transaction():
            conn.execute("SELECT pg_advisory_xact_lock(%s)", (_LOCK,))
            if migration.version in applied_versions(conn):
                continue
            conn.execute(migration.sql)
            conn.execute(
                "INSERT INTO wegwijs.schema_versie (versie, naam) VALUES (%s, %s)",
                (migration.version, migration.name),
            )
            done.append(migration.name)
    with conn.transaction():
        write_table_config(conn)
    return done


def write_table_config(conn: Any) -> None:
    """sync_tabel and sync_ref from db/server/tables.py (the laptop reads the same list)."""
    for t in TABLES:
        conn.execute(
            "INSERT INTO wegwijs.sync_tabel (tabel, scope, dossier_via, ouder, sleutel,"
            " coordinator) VALUES (%s, %s, %s, %s, %s, %s)"
            " ON CONFLICT (tabel) DO UPDATE SET scope = EXCLUDED.scope,"
            " dossier_via = EXCLUDED.dossier_via, ouder = EXCLUDED.ouder,"
            " sleutel = EXCLUDED.sleutel, coordinator = EXCLUDED.coordinator",
            (t.name, t.scope, t.dossier_via, t.parent, list(t.sleutel), list(t.coordinator)),
        )
        for veld, ref in t.refs.items():
            conn.execute(
                "INSERT INTO wegwijs.sync_ref (tabel, veld, ref_tabel) VALUES (%s, %s, %s)"
                " ON CONFLICT (tabel, veld) DO UPDATE SET ref_tabel = EXCLUDED.ref_tabel",
                (t.name, veld, ref),
            )


ROLE_GROUPS = {
    "klantmanager": "wegwijs_klantmanager",
    "coordinator": "wegwijs_coordinator",
    "beheerder": "wegwijs_beheerder",
}


def add_officer(conn: Any, naam: str, gemeentecode: str, rol: str, verifier: str) -> bool:
    """Create (or update) the LOGIN role *naam* in the group of *rol*, with the password given
    as a SCRAM verifier (the plain password never reaches the server). True when new."""
    from psycopg import sql

    group = ROLE_GROUPS[rol]
    with conn.transaction():
        exists = conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (naam,)).fetchone()
        stmt = "ALTER ROLE {} LOGIN PASSWORD {}" if exists else "CREATE ROLE {} LOGIN PASSWORD {}"
        conn.execute(sql.SQL(stmt).format(sql.Identifier(naam), sql.Literal(verifier)))
        for other in ROLE_GROUPS.values():
            if other != group:
                conn.execute(
                    sql.SQL("REVOKE {} FROM {}").format(sql.Identifier(other), sql.Identifier(naam))
                )
        conn.execute(sql.SQL("GRANT {} TO {}").format(sql.Identifier(group), sql.Identifier(naam)))
        conn.execute(
            "INSERT INTO wegwijs.officer (naam, gemeentecode, rol) VALUES (%s, %s, %s)"
            " ON CONFLICT (naam) DO UPDATE SET gemeentecode = EXCLUDED.gemeentecode,"
            " rol = EXCLUDED.rol",
            (naam, gemeentecode, rol),
        )
    return not exists
