"""The regional report's reads on the server: only the SECURITY DEFINER functions of migration
0020_stem_rapport (coded rows with a pseudonym per newcomer; never names, BSN or free text that
was not marked shareable)."""

from __future__ import annotations

from datetime import date
from typing import Any


def _rows(conn: Any, sql: str, params: tuple[Any, ...]) -> list[dict[str, Any]]:
    cur = conn.execute(sql, params)
    names = [d.name for d in cur.description]
    return [dict(zip(names, row, strict=True)) for row in cur.fetchall()]


def signalen(conn: Any, first: date, last: date) -> list[dict[str, Any]]:
    return _rows(conn, "SELECT * FROM wegwijs.rapport_signalen(%s, %s)", (first, last))


def ervaringen(conn: Any, periode: str) -> list[dict[str, Any]]:
    return _rows(conn, "SELECT * FROM wegwijs.rapport_ervaringen(%s)", (periode,))


def feedback(conn: Any, first: date, last: date) -> list[dict[str, Any]]:
    return _rows(conn, "SELECT * FROM wegwijs.rapport_feedback(%s, %s)", (first, last))


def bereik(conn: Any, first: date, last: date) -> list[dict[str, Any]]:
    return _rows(conn, "SELECT * FROM wegwijs.rapport_bereik(%s, %s)", (first, last))


def gemeenten(conn: Any) -> dict[str, str]:
    return {
        str(code): str(naam)
        for code, naam in conn.execute("SELECT code, naam FROM wegwijs.rapport_gemeenten()")
    }
