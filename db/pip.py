"""SQL for PIP versions, extensions and the derived deadline table. Plain dicts in and out."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, NamedTuple

from db.records import insert_row, now_utc, rows_as_dicts, update_row

PIP_COLUMNS = "id, created_at, updated_at, version, inburgeraar_id, versie, status, dagtekening, "
PIP_COLUMNS += "leerroute, wijziging_soort, wijziging_reden, inhoud, kenmerk"


class TermijnVenster(NamedTuple):
    """Which open deadlines the overview shows: dated on or before *until_iso*; the *signals*
    kinds only from *signals_from_iso*."""

    until_iso: str
    signals: tuple[str, ...]
    signals_from_iso: str


# Sort keys of the overview per order, each walking an index (migration 0195). lower() folds
# ASCII letters only: 'Özdemir' sorts after 'z' as with str.casefold. Ties: the date, then id.
TERMIJN_ORDER = {
    "datum": "t.datum {dir}, lower(t.naam) {dir}, t.id {dir}",
    "naam": "lower(t.naam) {dir}, t.datum {dir}, t.id {dir}",
    "klantmanager": "lower(t.klantmanager) {dir}, t.datum {dir}, t.id {dir}",
    "reden": "t.reden {dir}, t.datum, t.id",
    "soort": "",  # few values: read per value (see _grouped_page)
    "gemeente": "",
}
# Without statistics the planner prefers the window's date range plus a sort; the partial
# index finds a first page in a few hundred entries (migration 0195, docs/performance.md).
_INDEX = {"datum": "termijn_open_datum", "naam": "termijn_open_naam"}
_GROUPED = {"soort": "soort", "gemeente": "gemeentecode"}
_ROW = "t.inburgeraar_id, t.soort, t.datum, t.reden, t.naam, t.gemeentecode, t.klantmanager"


def _window_where(window: TermijnVenster) -> tuple[str, list[Any]]:
    kinds = list(window.signals)
    marks = ", ".join("?" for _ in kinds) or "''"
    where = (
        "t.afgerond = 0 AND t.datum IS NOT NULL AND t.datum <= ? "
        f"AND (t.soort NOT IN ({marks}) OR t.datum >= ?)"
    )
    return where, [window.until_iso, *kinds, window.signals_from_iso]


class PipRepository:
    def __init__(self, conn: Any) -> None:
        self.conn = conn

    def versions(self, inburgeraar_id: str) -> list[dict[str, Any]]:
        cur = self.conn.execute(
            f"SELECT {PIP_COLUMNS} FROM pip WHERE inburgeraar_id = ? ORDER BY versie",
            (inburgeraar_id,),
        )
        return rows_as_dicts(cur)

    def get(self, pip_id: str) -> dict[str, Any] | None:
        rows = rows_as_dicts(
            self.conn.execute(f"SELECT {PIP_COLUMNS} FROM pip WHERE id = ?", (pip_id,))
        )
        return rows[0] if rows else None

    def insert(self, values: Mapping[str, Any]) -> str:
        return insert_row(self.conn, "pip", values)

    def update(self, pip_id: str, values: Mapping[str, Any], expected_version: int | None) -> bool:
        return update_row(self.conn, "pip", pip_id, values, expected_version)

    def kenmerken_in_jaar(self, jaar: str) -> int:
        """How many versions vastgesteld in *jaar* (YYYY) already have a kenmerk."""
        cur = self.conn.execute(
            "SELECT count(*) FROM pip WHERE kenmerk IS NOT NULL AND substr(dagtekening, 1, 4) = ?",
            (jaar,),
        )
        return int(cur.fetchone()[0])

    def kenmerk_exists(self, kenmerk: str) -> bool:
        cur = self.conn.execute("SELECT 1 FROM pip WHERE kenmerk = ?", (kenmerk,))
        return cur.fetchone() is not None

    def first_dagtekeningen(self) -> dict[str, str]:
        """Per inburgeraar: the dagtekening of the first vastgesteld PIP."""
        cur = self.conn.execute(
            "SELECT inburgeraar_id, min(dagtekening) FROM pip "
            "WHERE status IN ('vastgesteld', 'gewijzigd') GROUP BY inburgeraar_id"
        )
        return {str(a): str(b) for a, b in cur.fetchall()}

    def current_inhoud(self) -> list[tuple[str, str]]:
        """(inburgeraar_id, inhoud JSON) of each person's latest version."""
        cur = self.conn.execute(
            "SELECT p.inburgeraar_id, p.inhoud FROM pip p JOIN ("
            " SELECT inburgeraar_id, max(versie) AS v FROM pip GROUP BY inburgeraar_id) m"
            " ON p.inburgeraar_id = m.inburgeraar_id AND p.versie = m.v"
        )
        return [(str(a), str(b)) for a, b in cur.fetchall()]

    # --- extensions ---------------------------------------------------------------------------
    def pip_verlenging(self, inburgeraar_id: str) -> dict[str, Any] | None:
        rows = rows_as_dicts(
            self.conn.execute(
                "SELECT reden, derde, info_ontvangen, gevraagd_op FROM pip_verlenging "
                "WHERE inburgeraar_id = ?",
                (inburgeraar_id,),
            )
        )
        return rows[0] if rows else None

    def set_pip_verlenging(self, inburgeraar_id: str, values: Mapping[str, Any] | None) -> None:
        self.conn.execute("DELETE FROM pip_verlenging WHERE inburgeraar_id = ?", (inburgeraar_id,))
        if values is not None:
            insert_row(self.conn, "pip_verlenging", {"inburgeraar_id": inburgeraar_id, **values})

    def duo_verlengingen(self, inburgeraar_id: str) -> list[dict[str, Any]]:
        cur = self.conn.execute(
            "SELECT dagen, reden, besluit_datum FROM duo_verlenging WHERE inburgeraar_id = ? "
            "ORDER BY created_at",
            (inburgeraar_id,),
        )
        return rows_as_dicts(cur)

    def add_duo_verlenging(self, inburgeraar_id: str, values: Mapping[str, Any]) -> None:
        insert_row(self.conn, "duo_verlenging", {"inburgeraar_id": inburgeraar_id, **values})

    # --- derived deadlines ----------------------------------------------------------------------
    def replace_termijnen(self, inburgeraar_id: str, rows: Iterable[Mapping[str, Any]]) -> None:
        self.conn.execute("DELETE FROM termijn WHERE inburgeraar_id = ?", (inburgeraar_id,))
        self.insert_termijnen(rows)

    def insert_termijnen(self, rows: Iterable[Mapping[str, Any]]) -> None:
        stamp = now_utc()
        self.conn.executemany(
            "INSERT INTO termijn (id, created_at, updated_at, version, inburgeraar_id, soort, "
            "datum, reden, afgerond, naam, gemeentecode, klantmanager) "
            "VALUES (lower(hex(randomblob(16))), ?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (
                    stamp,
                    stamp,
                    r["inburgeraar_id"],
                    r["soort"],
                    r["datum"],
                    r["reden"],
                    r["afgerond"],
                    r["naam"],
                    r["gemeentecode"],
                    r["klantmanager"],
                )
                for r in rows
            ],
        )

    def clear_termijnen(self) -> None:
        self.conn.execute("DELETE FROM termijn")
        self.conn.execute("DELETE FROM termijn_bron")

    def mark_computed(self, inburgeraar_ids: Iterable[str], stamp: str | None = None) -> None:
        """*stamp*: when the data the deadlines came from was read (default: now). A person
        edited after that moment stays stale and is recomputed by the next sync."""
        stamp = stamp or now_utc()
        self.conn.executemany(
            "INSERT INTO termijn_bron (id, created_at, updated_at, version, inburgeraar_id, "
            "berekend_op) VALUES (lower(hex(randomblob(16))), ?, ?, 1, ?, ?) "
            "ON CONFLICT (inburgeraar_id) DO UPDATE SET berekend_op = excluded.berekend_op, "
            "updated_at = excluded.updated_at, version = version + 1",
            [(stamp, stamp, cid, stamp) for cid in inburgeraar_ids],
        )

    def stale_inburgeraars(self) -> list[str]:
        """People whose register data changed after their deadlines were computed."""
        cur = self.conn.execute(
            "SELECT i.id FROM inburgeraar i LEFT JOIN termijn_bron b ON b.inburgeraar_id = i.id "
            "WHERE b.berekend_op IS NULL OR i.updated_at > b.berekend_op"
        )
        return [str(r[0]) for r in cur.fetchall()]

    def open_termijnen(
        self, until_iso: str, signals: Iterable[str], signals_from_iso: str
    ) -> list[tuple[Any, ...]]:
        """Open deadlines dated on or before *until_iso*; the *signals* kinds only from
        *signals_from_iso*. One range scan over the covering index `termijn_overzicht`."""
        kinds = list(signals)
        marks = ", ".join("?" for _ in kinds) or "''"
        cur = self.conn.execute(
            "SELECT inburgeraar_id, soort, datum, reden, naam, gemeentecode, klantmanager "
            "FROM termijn INDEXED BY termijn_overzicht "
            "WHERE afgerond = 0 AND datum IS NOT NULL AND datum <= ? "
            f"AND (soort NOT IN ({marks}) OR datum >= ?) ORDER BY datum",
            (until_iso, *kinds, signals_from_iso),
        )
        return list(cur.fetchall())

    def termijnen_page(
        self,
        window: TermijnVenster,
        order: str,
        descending: bool,
        offset: int,
        limit: int,
        soort_labels: Mapping[str, str] | None = None,
    ) -> list[tuple[Any, ...]]:
        """One page of the open deadlines in *window*, sorted in SQL by *order* (a key of
        `TERMIJN_ORDER`; *soort_labels* are the shown names of the kinds, which sorting on the
        kind follows). Rows as in `open_termijnen`."""
        if order not in TERMIJN_ORDER:
            raise ValueError(f"unknown order {order!r}")
        if order in _GROUPED:
            labels = soort_labels if order == "soort" else self._gemeente_namen()
            return self._grouped_page(
                window, _GROUPED[order], labels or {}, descending, offset, limit
            )
        where, params = _window_where(window)
        key = TERMIJN_ORDER[order].format(dir="DESC" if descending else "ASC")
        index = f" INDEXED BY {_INDEX[order]}" if order in _INDEX else ""
        cur = self.conn.execute(
            f"SELECT {_ROW} FROM termijn t{index} WHERE {where} ORDER BY {key} LIMIT ? OFFSET ?",
            (*params, limit, offset),
        )
        return list(cur.fetchall())

    def _gemeente_namen(self) -> dict[str, str]:
        return {str(c): str(n) for c, n in self.conn.execute("SELECT code, naam FROM gemeente")}

    def _grouped_page(
        self,
        window: TermijnVenster,
        column: str,
        names: Mapping[str, str],
        descending: bool,
        offset: int,
        limit: int,
    ) -> list[tuple[Any, ...]]:
        """Sorted on a column of few values (kind, gemeente) by their shown *names*: count the
        rows per value, then read from the values the page falls in, each in date order (as a
        stable sort of the date-ordered list kept them, also when descending)."""
        where, params = _window_where(window)
        counts = self.conn.execute(
            f"SELECT t.{column}, count(*) FROM termijn t WHERE {where} GROUP BY t.{column}",
            params,
        ).fetchall()
        counts.sort(key=lambda vc: names.get(vc[0], vc[0]).casefold(), reverse=descending)
        out: list[tuple[Any, ...]] = []
        for value, count in counts:
            if offset >= count:
                offset -= count
                continue
            cur = self.conn.execute(
                f"SELECT {_ROW} FROM termijn t INDEXED BY termijn_overzicht "
                f"WHERE {where} AND t.{column} = ? "
                "ORDER BY t.datum, t.id LIMIT ? OFFSET ?",
                (*params, value, limit - len(out), offset),
            )
            out.extend(cur.fetchall())
            offset = 0
            if len(out) >= limit:
                break
        return out

    def termijnen_counts(self, window: TermijnVenster, late_before_iso: str) -> tuple[int, int]:
        """(overdue, all) open deadlines in *window*: overdue is dated before *late_before_iso*.
        One pass over the window's range of the covering index."""
        where, params = _window_where(window)
        row = self.conn.execute(
            "SELECT count(*) FILTER (WHERE t.datum < ?), count(*) FROM termijn t "
            f"INDEXED BY termijn_overzicht WHERE {where}",
            (late_before_iso, *params),
        ).fetchone()
        return int(row[0] or 0), int(row[1] or 0)

    def inburgeraars_for_termijnen(self) -> list[dict[str, Any]]:
        cur = self.conn.execute(
            "SELECT id, datum_melding_duo, datum_vestiging, status, voornamen, voorvoegsel, "
            "achternaam, gemeentecode, klantmanager, dagtekening_pip_elders FROM inburgeraar"
        )
        return rows_as_dicts(cur)

    def person_for_termijnen(self, inburgeraar_id: str) -> dict[str, Any]:
        """What the deadline rules need of one inburgeraar ({} when there is none)."""
        cur = self.conn.execute(
            "SELECT datum_melding_duo, datum_vestiging, status, voornamen, voorvoegsel, "
            "achternaam, gemeentecode, klantmanager, dagtekening_pip_elders FROM inburgeraar "
            "WHERE id = ?",
            (inburgeraar_id,),
        )
        names = [d[0] for d in cur.description]
        row = cur.fetchone()
        return dict(zip(names, row, strict=True)) if row else {}

    def all_pip_verlengingen(self) -> dict[str, dict[str, Any]]:
        return {
            str(r[0]): {"reden": r[1], "derde": r[2], "info_ontvangen": r[3], "gevraagd_op": r[4]}
            for r in self.conn.execute(
                "SELECT inburgeraar_id, reden, derde, info_ontvangen, gevraagd_op "
                "FROM pip_verlenging"
            )
        }

    def duo_dagen_per_inburgeraar(self) -> dict[str, int]:
        rows = self.conn.execute(
            "SELECT inburgeraar_id, sum(dagen) FROM duo_verlenging GROUP BY inburgeraar_id"
        ).fetchall()
        return {str(r[0]): int(r[1] or 0) for r in rows}

    def count_termijnen(self) -> int:
        return int(self.conn.execute("SELECT count(*) FROM termijn").fetchone()[0])
