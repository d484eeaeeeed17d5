"""SQL the laptop sends to the regional server (as the officer's own PostgreSQL role).

Reads go through row-level security; the only writes are calls of wegwijs.sync_push and
wegwijs.audit_push.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from db.sync_local import CONFLICT_COLUMNS


@dataclass
class Page:
    fields: list[tuple[str, str, str, Any, int]] = field(default_factory=list)
    tombstones: list[tuple[str, str, int]] = field(default_factory=list)
    conflicts: list[dict[str, Any]] = field(default_factory=list)
    cursor: int = 0
    more: bool = False


def connect(dsn: str, user: str, password: str, timeout: int = 10) -> Any:
    import psycopg

    return psycopg.connect(
        dsn, user=user, password=password, connect_timeout=timeout, autocommit=True
    )


def role(conn: Any) -> str | None:
    row = conn.execute("SELECT wegwijs.mijn_rol()").fetchone()
    return str(row[0]) if row and row[0] else None


def push(conn: Any, apparaat: str, changes: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    row = conn.execute(
        "SELECT wegwijs.sync_push(%s, %s::jsonb)", (apparaat, json.dumps(changes))
    ).fetchone()
    return list(row[0])


_NO_LIMIT = 2**62
_CONFLICT_NAMES = list(CONFLICT_COLUMNS)  # the laptop mirrors the server's conflict columns

_CONFLICT_SQL = (
    "SELECT id::text, seq, soort, tabel, row_id, veld, server_waarde, server_officer,"
    " server_apparaat, server_op, ander_waarde, ander_officer, ander_apparaat, ander_op, status,"
    " opgelost_door FROM wegwijs.sync_conflict WHERE seq > %s AND seq <= %s ORDER BY seq"
)


def pull_page(conn: Any, cursor: int, limit: int) -> Page:
    """What changed after *cursor* that this officer may see, up to about *limit* fields.

    A page ends at a sequence number, never inside one change (a new row's fields share one).
    """
    with conn.transaction():  # one snapshot for fields, tombstones and conflicts
        conn.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")
        row = conn.execute(
            "SELECT max(seq), count(*) FROM (SELECT seq FROM wegwijs.sync_field WHERE seq > %s"
            " ORDER BY seq LIMIT %s) s",
            (cursor, limit),
        ).fetchone()
        more = int(row[1]) >= limit
        # Not the sequence's last value: a push still running holds numbers not yet visible.
        high = int(row[0]) if more else _NO_LIMIT
        page = Page(cursor=cursor, more=more)
        page.fields = [
            (str(t), str(r), str(v), w, int(s))
            for t, r, v, w, s in conn.execute(
                "SELECT tabel, row_id, veld, waarde, seq FROM wegwijs.sync_field"
                " WHERE seq > %s AND seq <= %s ORDER BY seq",
                (cursor, high),
            )
        ]
        page.tombstones = [
            (str(t), str(r), int(s))
            for t, r, s in conn.execute(
                "SELECT tabel, row_id, seq FROM wegwijs.sync_row"
                " WHERE deleted AND seq > %s AND seq <= %s ORDER BY seq",
                (cursor, high),
            )
        ]
        names = _CONFLICT_NAMES
        page.conflicts = [
            dict(zip(names, r, strict=True))
            for r in conn.execute(_CONFLICT_SQL, (cursor, high)).fetchall()
        ]
    seen = [f[4] for f in page.fields] + [t[2] for t in page.tombstones]
    seen += [int(c["seq"]) for c in page.conflicts]
    page.cursor = max([cursor, *seen])
    if more:
        page.cursor = max(page.cursor, high)
    return page


def full_rows(conn: Any, tabel: str, ids: Sequence[str]) -> dict[str, dict[str, tuple[Any, int]]]:
    """Every field this officer may see of the rows *ids* (a row new to the laptop)."""
    out: dict[str, dict[str, tuple[Any, int]]] = {}
    for r, v, w, s in conn.execute(
        "SELECT row_id, veld, waarde, seq FROM wegwijs.sync_field"
        " WHERE tabel = %s AND row_id = ANY(%s)",
        (tabel, list(ids)),
    ):
        out.setdefault(str(r), {})[str(v)] = (w, int(s))
    return out


def audit_push(
    conn: Any, apparaat: str, lines: Sequence[dict[str, Any]], head: dict[str, Any] | None
) -> list[dict[str, Any]]:
    row = conn.execute(
        "SELECT wegwijs.audit_push(%s, %s::jsonb, %s::jsonb)",
        (apparaat, json.dumps(list(lines)), json.dumps(head)),
    ).fetchone()
    return list(row[0])


def share(conn: Any, dossier: str, officer: str) -> None:
    conn.execute("SELECT wegwijs.deel_dossier(%s, %s)", (dossier, officer))
