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
    " opgelost_door FROM wegwijs.sync_conflict WHERE seq > %(c)s AND seq <= %(h)s ORDER BY seq"
)


@dataclass(frozen=True)
class View:
    """What this officer may see, as the pull's index branches (docs/server.md, "National
    scale"). Row-level security still decides; these only pick the index ranges to read."""

    rol: str
    gemeente: str | None
    gedeeld: tuple[str, ...]

    def branches(self) -> list[str]:
        """WHERE clauses over wegwijs.sync_field / sync_row, each one index range, disjoint."""
        out = ["zicht = '*'"]  # pool and regio: everyone in the region
        if self.rol == "klantmanager" and self.gemeente:
            out.append("zicht = %(g)s")
        if self.rol == "klantmanager" and self.gedeeld:
            out.append(
                "dossier_id = ANY(%(d)s) AND scope = 'dossier' AND zicht IS DISTINCT FROM %(g)s"
            )
        if self.rol == "coordinator":
            out.append("coord AND scope = 'dossier'")
        return out

    def params(self, **more: Any) -> dict[str, Any]:
        return {"g": self.gemeente, "d": list(self.gedeeld), **more}


def view(conn: Any) -> View:
    row = conn.execute(
        "SELECT wegwijs.mijn_rol(), wegwijs.mijn_gemeente(), wegwijs.mijn_delingen()"
    ).fetchone()
    return View(str(row[0] or ""), row[1], tuple(row[2] or ()))


def _union(v: View, select: str, where: str) -> str:
    return " UNION ALL ".join(
        f"(SELECT {select} FROM wegwijs.sync_field WHERE {b} AND {where})" for b in v.branches()
    )


def pull_page(conn: Any, cursor: int, limit: int, v: View | None = None) -> Page:
    """What changed after *cursor* that this officer may see, up to about *limit* fields.

    A page ends at a sequence number, never inside one change (a new row's fields share one).
    The fields come as one JSON document (one parse on the laptop, not one per value).
    """
    with conn.transaction():  # one snapshot for fields, tombstones and conflicts
        conn.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")
        v = v or view(conn)
        # the seq of the limit-th visible field after the cursor, if there are that many
        row = conn.execute(
            f"SELECT seq FROM ({_union(v, 'seq', 'seq > %(c)s')}) s"
            " ORDER BY seq OFFSET %(n)s LIMIT 1",
            v.params(c=cursor, n=limit - 1),
        ).fetchone()
        more = row is not None
        # Not the sequence's last value: a push still running holds numbers not yet visible.
        high = int(row[0]) if more else _NO_LIMIT
        params = v.params(c=cursor, h=high)
        page = Page(cursor=cursor, more=more)
        text = conn.execute(
            "SELECT coalesce(json_agg(json_build_array(tabel, row_id, veld, waarde, seq)),"
            f" '[]')::text FROM ({_union(v, 'tabel, row_id, veld, waarde, seq', _RANGE)}) s",
            params,
        ).fetchone()[0]
        page.fields = [(t, r, f, w, int(s)) for t, r, f, w, s in json.loads(text)]
        page.tombstones = [
            (str(t), str(r), int(s))
            for t, r, s in conn.execute(
                "SELECT tabel, row_id, seq FROM wegwijs.sync_row"
                " WHERE deleted AND seq > %(c)s AND seq <= %(h)s ORDER BY seq",
                params,
            )
        ]
        names = _CONFLICT_NAMES
        page.conflicts = [
            dict(zip(names, r, strict=True)) for r in conn.execute(_CONFLICT_SQL, params).fetchall()
        ]
    seen = [f[4] for f in page.fields] + [t[2] for t in page.tombstones]
    seen += [int(c["seq"]) for c in page.conflicts]
    page.cursor = max([cursor, *seen])
    if more:
        page.cursor = max(page.cursor, high)
    return page


_RANGE = "seq > %(c)s AND seq <= %(h)s"


def explain_pull(conn: Any, cursor: int, limit: int, analyze: bool = False) -> list[str]:
    """The plans of a pull page's two field queries, as this officer (docs/server.md)."""
    v = view(conn)
    how = "EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)" if analyze else "EXPLAIN (COSTS OFF)"
    lines: list[str] = []
    for sql, params in (
        (
            f"SELECT seq FROM ({_union(v, 'seq', 'seq > %(c)s')}) s"
            " ORDER BY seq OFFSET %(n)s LIMIT 1",
            v.params(c=cursor, n=limit - 1),
        ),
        (
            "SELECT coalesce(json_agg(json_build_array(tabel, row_id, veld, waarde, seq)),"
            f" '[]')::text FROM ({_union(v, 'tabel, row_id, veld, waarde, seq', _RANGE)}) s",
            v.params(c=cursor, h=_NO_LIMIT),
        ),
    ):
        lines += [str(r[0]) for r in conn.execute(f"{how} {sql}", params)]
    return lines


def dossier_count(conn: Any, v: View) -> int:
    """How many dossiers (inburgeraars) this officer may see on the server."""
    where = " OR ".join(f"({b})" for b in v.branches()[1:]) or "false"
    row = conn.execute(
        "SELECT count(*) FROM wegwijs.sync_row"
        f" WHERE tabel = 'inburgeraar' AND NOT deleted AND ({where})",
        v.params(),
    ).fetchone()
    return int(row[0])


def full_rows(conn: Any, tabel: str, ids: Sequence[str]) -> dict[str, dict[str, tuple[Any, int]]]:
    """Every field this officer may see of the rows *ids* (a row new to the laptop)."""
    out: dict[str, dict[str, tuple[Any, int]]] = {}
    text = conn.execute(
        "SELECT coalesce(json_agg(json_build_array(row_id, veld, waarde, seq)), '[]')::text"
        " FROM wegwijs.sync_field WHERE tabel = %s AND row_id = ANY(%s)",
        (tabel, list(ids)),
    ).fetchone()[0]
    for r, v, w, s in json.loads(text):
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
