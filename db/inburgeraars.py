"""SQL for the register of inburgeraars. Plain dicts in and out; no validation here."""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from db.records import insert_row, rows_as_dicts, update_row

# The columns come from the register's field catalogue (app/inburgeraars/velden.py): the
# service passes the values to store and the list columns to read.

SORT_KEYS: dict[str, str] = {
    "naam": "sorteernaam {dir}, id {dir}",
    "geboortedatum": "geboortedatum {dir}, id",
    "bsn": "bsn {dir}, id",
    "v_nummer": "v_nummer {dir}, id",
    "gemeente": "gemeentecode {dir}, sorteernaam, id",
    "status": "status {dir}, sorteernaam, id",
    "melding": "datum_melding_duo {dir}, id",
}


TRIGRAM = 3  # the trigram index finds words of at least this many characters
# More trigram matches than this and the first page in name order walks the name index instead
# (see InburgeraarRepository.page).
FREQUENT = 2000


@dataclass(frozen=True)
class InburgeraarQuery:
    """What the list asks for: search words (already normalised), filters and sort order."""

    words: tuple[str, ...] = ()
    gemeentecode: str | None = None
    status: str | None = None
    sort: str = "naam"
    descending: bool = False

    def where(self, walking: bool = False) -> tuple[str, list[Any]]:
        """Words of three or more characters are looked up in the trigram index (exactly the
        rows whose search key contains them); shorter words, which a trigram cannot serve, are
        matched with LIKE on the rows left. *walking*: the name index is walked in order
        (:meth:`InburgeraarRepository.page`), so every word is checked on the search key the
        index holds, with ``instr`` (a substring test, as the trigram index answers it)."""
        clauses: list[str] = []
        params: list[Any] = []
        match = self.match()
        if match and not walking:
            clauses.append(
                "rowid IN (SELECT rowid FROM inburgeraar_zoek WHERE inburgeraar_zoek MATCH ?)"
            )
            params.append(match)
        for word in self.words:
            if len(word) >= TRIGRAM:
                if walking:
                    clauses.append("instr(zoeksleutel, ?) > 0")
                    params.append(word)
                continue
            escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
            clauses.append("zoeksleutel LIKE ? ESCAPE '\\'")
            params.append(f"%{escaped}%")
        if self.gemeentecode:
            clauses.append("gemeentecode = ?")
            params.append(self.gemeentecode)
        if self.status:
            clauses.append("status = ?")
            params.append(self.status)
        sql = (" WHERE " + " AND ".join(clauses)) if clauses else ""
        return sql, params

    def match(self) -> str:
        """The trigram index's query for the words of three or more characters ('' if none)."""
        indexed = [w for w in self.words if len(w) >= TRIGRAM]
        return " AND ".join('"' + w.replace('"', '""') + '"' for w in indexed)

    def walks_name_order(self) -> bool:
        """Whether a frequent word's first page may walk the name index instead (name order,
        no filter: the covering name index serves it)."""
        return self.sort == "naam" and not (self.gemeentecode or self.status) and bool(self.match())

    def source(self) -> str:
        """Short words only: scan a narrow covering index (cheaper than the table): in name
        order the one in that order (the first page is the first matches of the scan, no sort
        of the whole register; migration 0200), otherwise the one led by the search key.
        Longer words: the planner picks the trigram index or a filter's index."""
        if self.words and all(len(w) < TRIGRAM for w in self.words):
            if self.sort == "naam" and not (self.gemeentecode or self.status):
                return "inburgeraar INDEXED BY inburgeraar_naam_zoek"
            return "inburgeraar INDEXED BY inburgeraar_lijst"
        return "inburgeraar"

    def order_by(self) -> str:
        template = SORT_KEYS.get(self.sort, SORT_KEYS["naam"])
        return " ORDER BY " + template.format(dir="DESC" if self.descending else "ASC")


class InburgeraarRepository:
    def __init__(self, conn: Any) -> None:
        self.conn = conn

    def insert(self, values: Mapping[str, Any], talen: Sequence[tuple[str, str]]) -> str:
        inburgeraar_id = insert_row(self.conn, "inburgeraar", values)
        self._write_talen(inburgeraar_id, talen)
        return inburgeraar_id

    def update(
        self,
        inburgeraar_id: str,
        values: Mapping[str, Any],
        talen: Sequence[tuple[str, str]],
        expected_version: int | None,
    ) -> bool:
        if not update_row(self.conn, "inburgeraar", inburgeraar_id, values, expected_version):
            return False
        self.conn.execute(
            "DELETE FROM inburgeraar_taal WHERE inburgeraar_id = ?", (inburgeraar_id,)
        )
        self._write_talen(inburgeraar_id, talen)
        return True

    def set_status(self, inburgeraar_id: str, status: str) -> None:
        update_row(self.conn, "inburgeraar", inburgeraar_id, {"status": status}, None)

    def _write_talen(self, inburgeraar_id: str, talen: Sequence[tuple[str, str]]) -> None:
        for taal, niveau in talen:
            insert_row(
                self.conn,
                "inburgeraar_taal",
                {"inburgeraar_id": inburgeraar_id, "taal": taal, "niveau": niveau},
            )

    def get(self, inburgeraar_id: str) -> dict[str, Any] | None:
        rows = rows_as_dicts(
            self.conn.execute("SELECT * FROM inburgeraar WHERE id = ?", (inburgeraar_id,))
        )
        return rows[0] if rows else None

    def talen(self, inburgeraar_id: str) -> list[tuple[str, str]]:
        cursor = self.conn.execute(
            "SELECT taal, niveau FROM inburgeraar_taal WHERE inburgeraar_id = ? "
            "ORDER BY created_at, taal",
            (inburgeraar_id,),
        )
        return [(str(t), str(n)) for t, n in cursor.fetchall()]

    def find_by(self, column: str, value: str, exclude_id: str | None) -> dict[str, Any] | None:
        if column not in ("bsn", "v_nummer"):
            raise ValueError(column)
        sql = f"SELECT id, voornamen, voorvoegsel, achternaam FROM inburgeraar WHERE {column} = ?"
        params: list[Any] = [value]
        if exclude_id:
            sql += " AND id != ?"
            params.append(exclude_id)
        rows = rows_as_dicts(self.conn.execute(sql + " LIMIT 1", params))
        return rows[0] if rows else None

    def page(
        self,
        query: InburgeraarQuery,
        offset: int,
        limit: int,
        list_columns: Sequence[str] = ("*",),
    ) -> list[dict[str, Any]]:
        columns = ", ".join(list_columns)
        walking = query.walks_name_order() and self._frequent(query.match())
        where, params = query.where(walking)
        if not where:
            sql = f"SELECT {columns} FROM inburgeraar{query.order_by()} LIMIT ? OFFSET ?"
            return rows_as_dicts(self.conn.execute(sql, [limit, offset]))
        # Search and filters find the ids of one page (trigram index, or a scan of the narrow
        # covering index for short words), then fetch just those rows. A word tens of thousands
        # share would have every match looked up and sorted (0.2-0.9 s at 1,000,000 people):
        # then the name index, which holds the search key, is walked in order and each entry's
        # key checked for the words until the page is full (2-9 ms; building the trigram
        # match set to check against took 16-42 ms more). A rare word keeps the direct plan,
        # since the walk would read most of the index to find its few matches.
        source = query.source()
        if walking:
            source = "inburgeraar INDEXED BY inburgeraar_naam_zoek"
        sql = f"SELECT id FROM {source}{where}{query.order_by()} LIMIT ? OFFSET ?"
        ids = [str(r[0]) for r in self.conn.execute(sql, [*params, limit, offset])]
        if not ids:
            return []
        marks = ", ".join("?" for _ in ids)
        rows = rows_as_dicts(
            self.conn.execute(f"SELECT {columns} FROM inburgeraar WHERE id IN ({marks})", ids)
        )
        position = {inburgeraar_id: i for i, inburgeraar_id in enumerate(ids)}
        rows.sort(key=lambda r: position[str(r["id"])])
        return rows

    def _frequent(self, match: str) -> bool:
        """More than FREQUENT people match (counting stops there: a millisecond or two)."""
        cursor = self.conn.execute(
            "SELECT count(*) FROM (SELECT rowid FROM inburgeraar_zoek WHERE inburgeraar_zoek "
            "MATCH ? LIMIT ?)",
            (match, FREQUENT + 1),
        )
        return int(cursor.fetchone()[0]) > FREQUENT

    def names(self, inburgeraar_ids: Sequence[str], batch: int = 500) -> list[dict[str, Any]]:
        result: list[dict[str, Any]] = []
        for start in range(0, len(inburgeraar_ids), batch):
            part = list(inburgeraar_ids[start : start + batch])
            marks = ", ".join("?" for _ in part)
            sql = (
                "SELECT id, voornamen, voorvoegsel, achternaam FROM inburgeraar"
                f" WHERE id IN ({marks})"
            )
            result.extend(rows_as_dicts(self.conn.execute(sql, part)))
        return result

    def stream(
        self, query: InburgeraarQuery, list_columns: Sequence[str] = ("*",), batch: int = 500
    ) -> Iterator[list[dict[str, Any]]]:
        """Every matching list row in the query's order, *batch* rows at a time: one cursor
        over the ids in order, each batch's rows fetched by id (memory stays one batch)."""
        where, params = query.where()
        sql = f"SELECT id FROM {query.source()}{where}{query.order_by()}"
        cursor = self.conn.execute(sql, params)
        columns = ", ".join(list_columns)
        while ids := [str(r[0]) for r in cursor.fetchmany(batch)]:
            marks = ", ".join("?" for _ in ids)
            rows = rows_as_dicts(
                self.conn.execute(f"SELECT {columns} FROM inburgeraar WHERE id IN ({marks})", ids)
            )
            position = {inburgeraar_id: i for i, inburgeraar_id in enumerate(ids)}
            rows.sort(key=lambda r: position[str(r["id"])])
            yield rows

    def count(self, query: InburgeraarQuery) -> int:
        where, params = query.where()
        sql = f"SELECT count(*) FROM {query.source()}{where}"
        return int(self.conn.execute(sql, params).fetchone()[0])

    def total(self) -> int:
        return int(self.conn.execute("SELECT count(*) FROM inburgeraar").fetchone()[0])

    def ids_by_name(self, limit: int) -> list[str]:
        rows = self.conn.execute(
            "SELECT id FROM inburgeraar ORDER BY sorteernaam LIMIT ?", (limit,)
        ).fetchall()
        return [str(r[0]) for r in rows]

    def retention_rows(self) -> list[dict[str, Any]]:
        """What the retention rule needs of every inburgeraar (no names)."""
        return rows_as_dicts(
            self.conn.execute(
                "SELECT id, gemeentecode, klantmanager, datum_start_plicht,"
                " (SELECT min(f.vastgelegd_op) FROM duo_feit f WHERE f.inburgeraar_id ="
                " inburgeraar.id AND f.soort = 'einde') AS einde_duo FROM inburgeraar"
            )
        )

    def all_ids(self) -> list[str]:
        return [str(r[0]) for r in self.conn.execute("SELECT id FROM inburgeraar ORDER BY id")]


class GemeenteRepository:
    def __init__(self, conn: Any) -> None:
        self.conn = conn

    def all(self) -> list[dict[str, Any]]:
        return rows_as_dicts(
            self.conn.execute("SELECT * FROM gemeente ORDER BY naam COLLATE NOCASE")
        )

    def by_code(self, code: str) -> dict[str, Any] | None:
        rows = rows_as_dicts(self.conn.execute("SELECT * FROM gemeente WHERE code = ?", (code,)))
        return rows[0] if rows else None

    def insert(self, code: str, naam: str) -> str:
        return insert_row(self.conn, "gemeente", {"code": code, "naam": naam})

    def rename(self, code: str, naam: str) -> None:
        row = self.by_code(code)
        if row:
            update_row(self.conn, "gemeente", str(row["id"]), {"naam": naam}, None)
