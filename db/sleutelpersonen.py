"""SQL for key persons, engagements (inzet), expense claims, match decisions and exclusions.

Plain dicts in and out; validation lives in app/sleutelpersonen.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from db.records import insert_row, now_utc, rows_as_dicts, update_row

PERSOON_FIELDS = (
    "voornaam",
    "achternaam",
    "soort",
    "training",
    "training_datum",
    "geslacht",
    "geboortejaar",
    "talen",
    "landen",
    "gemeentecode",
    "rijbewijs",
    "auto",
    "alleen_ov",
    "max_reisafstand_km",
    "themas",
    "rollen",
    "beschikbaarheid",
    "capaciteit_uren",
    "gezinsmigrant",
    "betaald",
    "werk_telefoon",
    "werk_email",
    "iban",
    "status",
    "status_datum",
)
# Derived on save for searching and sorting, never typed in.
SEARCH_COLUMNS = ("zoeksleutel", "sorteernaam")
PERSOON_COLUMNS = PERSOON_FIELDS + SEARCH_COLUMNS


def _like(word: str) -> str:
    escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


class SleutelpersoonRepository:
    def __init__(self, conn: Any) -> None:
        self.conn = conn

    # --- key persons ------------------------------------------------------------------------
    def insert(self, values: Mapping[str, Any], row_id: str | None = None) -> str:
        return insert_row(self.conn, "sleutelpersoon", values, row_id)

    def update(self, row_id: str, values: Mapping[str, Any], expected_version: int | None) -> bool:
        return update_row(self.conn, "sleutelpersoon", row_id, values, expected_version)

    def get(self, row_id: str) -> dict[str, Any] | None:
        rows = rows_as_dicts(
            self.conn.execute("SELECT * FROM sleutelpersoon WHERE id = ?", (row_id,))
        )
        return rows[0] if rows else None

    def existing_ids(self, ids: Sequence[str]) -> set[str]:
        found: set[str] = set()
        for start in range(0, len(ids), 500):
            chunk = list(ids[start : start + 500])
            marks = ", ".join("?" for _ in chunk)
            cursor = self.conn.execute(
                f"SELECT id FROM sleutelpersoon WHERE id IN ({marks})", chunk
            )
            found.update(str(r[0]) for r in cursor)
        return found

    def search(
        self,
        words: Sequence[str] = (),
        gemeentecode: str | None = None,
        status: str | None = None,
        taal: str | None = None,
    ) -> list[dict[str, Any]]:
        clauses: list[str] = []
        params: list[Any] = []
        for word in words:
            clauses.append("zoeksleutel LIKE ? ESCAPE '\\'")
            params.append(_like(word))
        if gemeentecode:
            clauses.append("gemeentecode = ?")
            params.append(gemeentecode)
        if status:
            clauses.append("status = ?")
            params.append(status)
        if taal:
            clauses.append(
                "EXISTS (SELECT 1 FROM json_each(talen) WHERE json_extract(value, '$.taal') = ?)"
            )
            params.append(taal)
        where = (" WHERE " + " AND ".join(clauses)) if clauses else ""
        sql = f"SELECT * FROM sleutelpersoon{where} ORDER BY sorteernaam, id"
        return rows_as_dicts(self.conn.execute(sql, params))

    def count(self) -> int:
        return int(self.conn.execute("SELECT count(*) FROM sleutelpersoon").fetchone()[0])

    def fingerprint(self) -> tuple[Any, ...]:
        """Changes whenever a key person, an engagement or a match is added, changed or removed:
        a cheap way to know a prepared pool is still current."""
        parts = []
        for table in ("sleutelpersoon", "inzet", "koppeling"):
            parts.append(
                tuple(
                    self.conn.execute(
                        f"SELECT count(*), max(updated_at), total(version) FROM {table}"
                    ).fetchone()
                )
            )
        return tuple(parts)

    # --- engagements ------------------------------------------------------------------------
    def insert_inzet(self, values: Mapping[str, Any]) -> str:
        return insert_row(self.conn, "inzet", values)

    def delete_inzet(self, inzet_id: str) -> bool:
        cursor = self.conn.execute("DELETE FROM inzet WHERE id = ?", (inzet_id,))
        return bool(cursor.rowcount == 1)

    def inzet_between(
        self, start: str, end: str, sleutelpersoon_id: str | None = None
    ) -> list[dict[str, Any]]:
        """Engagements with start <= datum < end (ISO dates), optionally for one key person."""
        sql = "SELECT * FROM inzet WHERE datum >= ? AND datum < ?"
        params: list[Any] = [start, end]
        if sleutelpersoon_id:
            sql += " AND sleutelpersoon_id = ?"
            params.append(sleutelpersoon_id)
        return rows_as_dicts(self.conn.execute(sql + " ORDER BY datum, created_at", params))

    def minutes_between(self, start: str, end: str) -> dict[str, int]:
        cursor = self.conn.execute(
            "SELECT sleutelpersoon_id, sum(minuten) FROM inzet WHERE datum >= ? AND datum < ? "
            "GROUP BY sleutelpersoon_id",
            (start, end),
        )
        return {str(r[0]): int(r[1] or 0) for r in cursor}

    def last_inzet(self) -> dict[str, str]:
        cursor = self.conn.execute("SELECT sleutelpersoon_id, max(datum) FROM inzet GROUP BY 1")
        return {str(r[0]): str(r[1]) for r in cursor}

    def supported_inburgeraars(self) -> list[dict[str, Any]]:
        """Every inburgeraar who had at least one engagement or an active match."""
        sql = (
            "SELECT i.* FROM inburgeraar i WHERE i.id IN ("
            " SELECT inburgeraar_id FROM inzet WHERE inburgeraar_id IS NOT NULL"
            " UNION SELECT inburgeraar_id FROM koppeling WHERE actief = 1)"
        )
        return rows_as_dicts(self.conn.execute(sql))

    def supported_routes(self) -> dict[str, str]:
        """Leerroute code (B/O/Z, or "" while undecided) of each supported newcomer's newest PIP
        version. Only the code leaves the PIP: the reach view shows counts, never PIP content."""
        sql = (
            "SELECT p.inburgeraar_id, json_extract(p.inhoud, '$.route.leerroute') FROM pip p"
            " JOIN (SELECT inburgeraar_id, max(versie) AS v FROM pip GROUP BY inburgeraar_id) m"
            " ON m.inburgeraar_id = p.inburgeraar_id AND m.v = p.versie"
            " WHERE p.inburgeraar_id IN ("
            "  SELECT inburgeraar_id FROM inzet WHERE inburgeraar_id IS NOT NULL"
            "  UNION SELECT inburgeraar_id FROM koppeling WHERE actief = 1)"
        )
        return {str(cid): str(code or "") for cid, code in self.conn.execute(sql)}

    # --- expense claims ---------------------------------------------------------------------
    def declaratie(self, sleutelpersoon_id: str, maand: str) -> dict[str, Any] | None:
        rows = rows_as_dicts(
            self.conn.execute(
                "SELECT * FROM declaratie WHERE sleutelpersoon_id = ? AND maand = ?",
                (sleutelpersoon_id, maand),
            )
        )
        return rows[0] if rows else None

    def insert_declaratie(self, values: Mapping[str, Any]) -> str:
        return insert_row(self.conn, "declaratie", values)

    def declaraties(self, maand: str) -> list[dict[str, Any]]:
        return rows_as_dicts(
            self.conn.execute("SELECT * FROM declaratie WHERE maand = ?", (maand,))
        )

    # --- matches and exclusions ---------------------------------------------------------------
    def active_koppeling(self, inburgeraar_id: str) -> dict[str, Any] | None:
        rows = rows_as_dicts(
            self.conn.execute(
                "SELECT * FROM koppeling WHERE inburgeraar_id = ? AND actief = 1",
                (inburgeraar_id,),
            )
        )
        return rows[0] if rows else None

    def end_koppelingen(self, inburgeraar_id: str) -> None:
        self.conn.execute(
            "UPDATE koppeling SET actief = 0, version = version + 1, updated_at = ? "
            "WHERE inburgeraar_id = ? AND actief = 1",
            (now_utc(), inburgeraar_id),
        )

    def insert_koppeling(self, values: Mapping[str, Any]) -> str:
        return insert_row(self.conn, "koppeling", values)

    def new_koppelingen_since(self, start: str) -> dict[str, int]:
        """Active matches per key person made since *start* (ISO date) without an engagement
        for that newcomer yet: work that is coming but not booked."""
        cursor = self.conn.execute(
            "SELECT k.sleutelpersoon_id, count(*) FROM koppeling k WHERE k.actief = 1"
            " AND k.created_at >= ? AND NOT EXISTS (SELECT 1 FROM inzet i"
            " WHERE i.sleutelpersoon_id = k.sleutelpersoon_id"
            " AND i.inburgeraar_id = k.inburgeraar_id) GROUP BY 1",
            (start,),
        )
        return {str(r[0]): int(r[1]) for r in cursor}

    def active_koppeling_counts(self) -> dict[str, int]:
        cursor = self.conn.execute(
            "SELECT sleutelpersoon_id, count(*) FROM koppeling WHERE actief = 1 GROUP BY 1"
        )
        return {str(r[0]): int(r[1]) for r in cursor}

    def uitsluitingen(self, inburgeraar_id: str) -> dict[str, str]:
        cursor = self.conn.execute(
            "SELECT sleutelpersoon_id, reden FROM sleutelpersoon_uitsluiting"
            " WHERE inburgeraar_id = ?",
            (inburgeraar_id,),
        )
        return {str(r[0]): str(r[1]) for r in cursor}

    def insert_uitsluiting(self, inburgeraar_id: str, sleutelpersoon_id: str, reden: str) -> str:
        return insert_row(
            self.conn,
            "sleutelpersoon_uitsluiting",
            {
                "inburgeraar_id": inburgeraar_id,
                "sleutelpersoon_id": sleutelpersoon_id,
                "reden": reden,
            },
        )

    def inzet_kop(self, inzet_id: str) -> tuple[str, str] | None:
        """(sleutelpersoon_id, datum) of one engagement, or None."""
        row = self.conn.execute(
            "SELECT sleutelpersoon_id, datum FROM inzet WHERE id = ?", (inzet_id,)
        ).fetchone()
        return (str(row[0]), str(row[1])) if row else None

    def wachtende_ids(self) -> list[str]:
        """Inburgeraars in intake or with a PIP in concept who have no active match."""
        rows = self.conn.execute(
            "SELECT id FROM inburgeraar WHERE status IN ('aangemeld', 'intake', 'pip_concept')"
            " AND id NOT IN (SELECT inburgeraar_id FROM koppeling WHERE actief = 1) ORDER BY id"
        ).fetchall()
        return [str(r[0]) for r in rows]

    def namen(self, ids: set[str]) -> dict[str, str]:
        """id → "voornaam achternaam" of the key persons named."""
        if not ids:
            return {}
        marks = ", ".join("?" for _ in ids)
        rows = self.conn.execute(
            f"SELECT id, voornaam || ' ' || achternaam FROM sleutelpersoon WHERE id IN ({marks})",
            tuple(ids),
        ).fetchall()
        return {str(i): str(n) for i, n in rows}
