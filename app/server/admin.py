"""Server set-up for IT: `wegwijs server init` and `wegwijs server user add` (docs/server.md)."""

from __future__ import annotations

import re
from typing import Any

from db.server.admin import schema_ready
from db.server.migrate import ROLE_GROUPS, add_officer, migrate

NAME_RE = re.compile(r"^[a-z][a-z0-9._-]{1,31}$")
GEMEENTE_RE = re.compile(r"^[0-9]{4}$")
MIN_PASSWORD = 12


class ServerError(Exception):
    """A problem with the server or its input, with a Dutch message fit for IT."""


def connect_admin(dsn: str) -> Any:
    import psycopg

    try:
        return psycopg.connect(dsn, autocommit=True, connect_timeout=10)
    except psycopg.OperationalError as exc:
        raise ServerError(f"Kan de server niet bereiken: {first_line(exc)}") from None


def first_line(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return text[0] if text else type(exc).__name__


def init(dsn: str) -> list[str]:
    """Create or bring up to date the schema, roles and policies; returns migrations applied."""
    import psycopg

    conn = connect_admin(dsn)
    try:
        return migrate(conn)
    except psycopg.Error as exc:
        raise ServerError(f"De server weigert: {first_line(exc)}") from None
    finally:
        conn.close()


def check_user(naam: str, gemeente: str, rol: str, password: str) -> None:
    if not NAME_RE.match(naam):
        raise ServerError(
            "Ongeldige accountnaam: kleine letters, cijfers, punt, streep of liggend streepje, "
            "2 tot 32 tekens, beginnend met een letter."
        )
    if not GEMEENTE_RE.match(gemeente):
        raise ServerError("Ongeldige gemeentecode: de CBS-code van vier cijfers, zoals 0294.")
    if rol not in ROLE_GROUPS:
        raise ServerError("Ongeldige rol: kies klantmanager, coordinator of beheerder.")
    if len(password) < MIN_PASSWORD:
        raise ServerError(f"Het serverwachtwoord moet minstens {MIN_PASSWORD} tekens hebben.")


def user_add(dsn: str, naam: str, gemeente: str, rol: str, password: str) -> bool:
    """A LOGIN role for one officer; True when it is new (else its password and role change)."""
    import psycopg

    check_user(naam, gemeente, rol, password)
    conn = connect_admin(dsn)
    try:
        if not schema_ready(conn):
            raise ServerError("Deze database is nog niet ingericht: eerst 'wegwijs server init'.")
        verifier = conn.pgconn.encrypt_password(
            password.encode("utf-8"), naam.encode("utf-8"), b"scram-sha-256"
        ).decode("ascii")
        return add_officer(conn, naam, gemeente, rol, verifier)
    except psycopg.Error as exc:
        raise ServerError(f"De server weigert: {first_line(exc)}") from None
    finally:
        conn.close()
