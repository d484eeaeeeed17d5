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
PLACES = 4611686018427387904  # 2**62: places in name order run from 1 to this (migration 0205)


def _escaped(word: str) -> str:
    """*word* for a LIKE pattern with ESCAPE '\\'."""
    return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


@dataclass(frozen=True)
class InburgeraarQuery:
    """What the list asks for: search words (already normalised), filters and sort order."""

    words: tuple[str, ...] = ()
    gemeentecode: str | None = None
    status: str | None = None
    sort: str = "naam"
    descending: bool = False

    def where(self) -> tuple[str, list[Any]]:
        """Words of three or more characters are looked up in the trigram index (exactly the
        rows whose search key contains them); shorter words, which a trigram cannot serve, are
        matched with LIKE on the rows left."""
        clauses: list[str] = []
        params: list[Any] = []
        match = self.match()
        if match:
            clauses.append(
                "rowid IN (SELECT rowid FROM inburgeraar_zoek WHERE inburgeraar_zoek MATCH ?)"
            )
            params.append(match)
        for word in self.words:
            if len(word) < TRIGRAM:
                clauses.append("zoeksleutel LIKE ? ESCAPE '\\'")
                params.append(f"%{_escaped(word)}%")
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

    def in_name_order(self) -> bool:
        """Words of three or more letters, name order, no filter: the pages come from the
        trigram index keyed by place in name order (migration 0205)."""
        return self.sort == "naam" and not (self.gemeentecode or self.status) and bool(self.match())

    def short_words(self) -> tuple[str, list[Any]]:
        """The words of one or two letters as ``AND``-ed LIKE tests on ``i.zoeksleutel``."""
        clauses, params = [], []
        for word in self.words:
            if len(word) < TRIGRAM:
                clauses.append(" AND i.zoeksleutel LIKE ? ESCAPE '\\'")
                params.append(f"%{_escaped(word)}%")
        return "".join(clauses), params

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
        where, params = query.where()
        if not where:
            sql = f"SELECT {columns} FROM inburgeraar{query.order_by()} LIMIT ? OFFSET ?"
            return rows_as_dicts(self.conn.execute(sql, [limit, offset]))
        if query.in_name_order():
            ids = self._ids_in_name_order(query, offset, limit)
        else:
            # Search and filters find the ids of one page (trigram index, or a scan of the
            # narrow covering index for short words), then fetch just those rows.
            sql = f"SELECT id FROM {query.source()}{where}{query.order_by()} LIMIT ? OFFSET ?"
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

    def _ids_in_name_order(self, query: InburgeraarQuery, offset: int, limit: int) -> list[str]:
        """One page in name order from the trigram index keyed by place (migration 0205): its
        matches come in that order, whatever the word (0.2-2 ms at 1,000,000 people; looking
        up and sorting every match, or walking the name index, took up to 0.9 s). The few
        people without a place (their gap was used up) are checked here and merged in."""
        short, short_params = query.short_words()
        direction = "DESC" if query.descending else "ASC"
        placed = self.conn.execute(
            "SELECT i.sorteernaam, i.id FROM inburgeraar_zoek_plek z "
            "CROSS JOIN inburgeraar_plek p ON p.plek = z.rowid "
            "CROSS JOIN inburgeraar i ON i.rowid = p.inburgeraar_rowid "
            f"WHERE inburgeraar_zoek_plek MATCH ?{short} ORDER BY z.rowid {direction} LIMIT ?",
            (query.match(), *short_params, offset + limit),
        ).fetchall()
        long_words = [w for w in query.words if len(w) >= TRIGRAM]
        tests = "".join(" AND instr(i.zoeksleutel, ?) > 0" for _ in long_words)
        unplaced = self.conn.execute(
            "SELECT i.sorteernaam, i.id FROM inburgeraar_plek_open o "
            f"CROSS JOIN inburgeraar i ON i.rowid = o.inburgeraar_rowid WHERE 1{tests}{short}",
            (*long_words, *short_params),
        ).fetchall()
        if not unplaced:
            return [str(r[1]) for r in placed[offset:]]
        merged = sorted(
            [(str(n), str(i)) for n, i in (*placed, *unplaced)], reverse=query.descending
        )
        return [i for _n, i in merged[offset : offset + limit]]

    def renumber_places(self) -> None:
        """Spread every place in name order again with the widest gaps, as migration 0205
        first numbered them; the people without a place get one. After a bulk import."""
        self.conn.execute("DELETE FROM inburgeraar_zoek_plek")
        self.conn.execute("DELETE FROM inburgeraar_plek")
        self.conn.execute("DELETE FROM inburgeraar_plek_open")
        self.conn.execute(
            "INSERT INTO inburgeraar_plek (inburgeraar_rowid, plek) SELECT rowid, "
            f"row_number() OVER (ORDER BY sorteernaam, id) * ({PLACES} / "
            "((SELECT count(*) FROM inburgeraar) + 1)) FROM inburgeraar"
        )
        self.conn.execute(
            "INSERT INTO inburgeraar_zoek_plek (rowid, zoeksleutel) SELECT p.plek, i.zoeksleutel "
            "FROM inburgeraar_plek p JOIN inburgeraar i ON i.rowid = p.inburgeraar_rowid"
        )

    def keep_places(self, most_unplaced: int = 500) -> bool:
        """Renumber when more than *most_unplaced* people are without a place (each search
        checks those one by one); True when it did."""
        if self.unplaced() <= most_unplaced:
            return False
        self.renumber_places()
        return True

    def unplaced(self) -> int:
        """How many people have no place in name order (each search checks them one by one)."""
        return int(self.conn.execute("SELECT count(*) FROM inburgeraar_plek_open").fetchone()[0])

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
