"""SQL the laptop sends for "Gegevens DUO ophalen" (server migration 0104), as the officer."""

from __future__ import annotations

from typing import Any


def ask(conn: Any, dossier_id: str) -> str | None:
    """The request's id; None when the server holds no BSN for this dossier or it is not ours."""
    row = conn.execute("SELECT wegwijs.duo_raadpleeg(%s)", (dossier_id,)).fetchone()
    return None if row is None or row[0] is None else str(row[0])


def answer(conn: Any, request_id: str) -> tuple[str, Any, str] | None:
    """(status, answer, reason) once the gateway answered (read once), None while it asks."""
    row = conn.execute(
        "SELECT status, antwoord, reden FROM wegwijs.duo_raadpleging_antwoord(%s)", (request_id,)
    ).fetchone()
    return None if row is None else (str(row[0]), row[1], str(row[2]))


def withdraw(conn: Any, request_id: str) -> None:
    conn.execute("SELECT wegwijs.duo_raadpleging_intrekken(%s)", (request_id,))
