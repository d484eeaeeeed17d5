"""SQL for the newcomers' voice: signals overview, feedback on gesprekken, experiences with the
offer, and the rows the quarterly report counts. Each write is one short transaction."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from db.connection import Store
from db.records import insert_row, rows_as_dicts, update_row

Hook = Callable[[str], None] | None

_SIGNAAL = (
    "SELECT s.*, i.inburgeraar_id, c.voornamen, c.voorvoegsel, c.achternaam, "
    "c.klantmanager AS klantmanager_dossier FROM intake_signaal s "
    "JOIN intake i ON i.id = s.intake_id JOIN inburgeraar c ON c.id = i.inburgeraar_id "
)


class StemRepository:
    def __init__(self, store: Store) -> None:
        self.store = store
        self.conn = store.conn

    # --- signals ------------------------------------------------------------------------------
    def signaal(self, signaal_id: str) -> dict[str, Any] | None:
        rows = rows_as_dicts(self.conn.execute(_SIGNAAL + "WHERE s.id = ?", (signaal_id,)))
        return rows[0] if rows else None

    def signalen_van(self, inburgeraar_id: str) -> list[dict[str, Any]]:
        return rows_as_dicts(
            self.conn.execute(
                _SIGNAAL + "WHERE i.inburgeraar_id = ? ORDER BY s.datum, s.created_at",
                (inburgeraar_id,),
            )
        )

    def open_signalen(self, eigenaar: str | None) -> list[dict[str, Any]]:
        """Signals not yet closed; with *eigenaar*, those of that klantmanager (the owner, or the
        dossier's klantmanager when the signal has no owner yet)."""
        sql = _SIGNAAL + "WHERE s.status != 'afgerond'"
        params: tuple[Any, ...] = ()
        if eigenaar is not None:
            sql += " AND coalesce(nullif(s.eigenaar, ''), c.klantmanager) = ?"
            params = (eigenaar,)
        return rows_as_dicts(self.conn.execute(sql + " ORDER BY s.opvolgen_voor, s.datum", params))

    def eigenaren(self) -> list[str]:
        rows = self.conn.execute(
            "SELECT DISTINCT coalesce(nullif(s.eigenaar, ''), c.klantmanager) "
            "FROM intake_signaal s "
            "JOIN intake i ON i.id = s.intake_id JOIN inburgeraar c ON c.id = i.inburgeraar_id "
            "WHERE s.status != 'afgerond' ORDER BY 1"
        )
        return [str(r[0]) for r in rows if r[0]]

    # --- feedback on a gesprek ------------------------------------------------------------------
    def feedback(self, gesprek_id: str) -> dict[str, Any] | None:
        rows = rows_as_dicts(
            self.conn.execute("SELECT * FROM intake_feedback WHERE gesprek_id = ?", (gesprek_id,))
        )
        return rows[0] if rows else None

    def save_feedback(
        self, gesprek_id: str, values: dict[str, Any], version: int | None, hook: Hook = None
    ) -> str | None:
        """Insert or (with the version it was read at) update; None when changed meanwhile."""
        with self.store.transaction() as conn:
            row = conn.execute(
                "SELECT id FROM intake_feedback WHERE gesprek_id = ?", (gesprek_id,)
            ).fetchone()
            if row is None:
                row_id = insert_row(conn, "intake_feedback", {"gesprek_id": gesprek_id, **values})
            else:
                row_id = str(row[0])
                if not update_row(conn, "intake_feedback", row_id, values, version):
                    return None
            if hook:
                hook(row_id)
            return row_id

    def gesprek(self, gesprek_id: str) -> dict[str, Any] | None:
        rows = rows_as_dicts(
            self.conn.execute(
                "SELECT g.*, i.inburgeraar_id FROM intake_gesprek g "
                "JOIN intake i ON i.id = g.intake_id WHERE g.id = ?",
                (gesprek_id,),
            )
        )
        return rows[0] if rows else None

    def sleutelpersoon_kant(self) -> list[dict[str, Any]]:
        """Per key person in the registry: gesprekken joined, feedback given, last asked."""
        return rows_as_dicts(
            self.conn.execute(
                "SELECT p.id, p.voornaam, p.achternaam, p.status, "
                "count(DISTINCT g.id) AS gesprekken, count(DISTINCT f.id) AS feedback, "
                "max(g.datum) AS laatst_gevraagd, "
                "(SELECT count(*) FROM inzet z WHERE z.sleutelpersoon_id = p.id) AS inzetten "
                "FROM sleutelpersoon p "
                "LEFT JOIN intake_gesprek g ON g.sleutelpersoon_id = p.id "
                "LEFT JOIN intake_feedback f ON f.gesprek_id = g.id "
                "GROUP BY p.id ORDER BY p.sorteernaam"
            )
        )

    def feedback_van(self, sleutelpersoon_id: str) -> list[dict[str, Any]]:
        return rows_as_dicts(
            self.conn.execute(
                "SELECT f.*, g.datum AS gesprek_datum FROM intake_feedback f "
                "JOIN intake_gesprek g ON g.id = f.gesprek_id "
                "WHERE g.sleutelpersoon_id = ? ORDER BY f.datum DESC",
                (sleutelpersoon_id,),
            )
        )

    # --- experiences with the offer ---------------------------------------------------------------
    def save_ervaring(self, values: dict[str, Any], hook: Hook = None) -> str:
        """One questionnaire per newcomer, part, provider and period: a second one replaces it."""
        with self.store.transaction() as conn:
            row = conn.execute(
                "SELECT id FROM ervaring WHERE inburgeraar_id = ? AND onderdeel = ? "
                "AND aanbieder = ? AND periode = ?",
                (values["inburgeraar_id"], values["onderdeel"], values["aanbieder"],
                 values["periode"]),
            ).fetchone()  # fmt: skip
            if row is None:
                row_id = insert_row(conn, "ervaring", values)
            else:
                row_id = str(row[0])
                update_row(conn, "ervaring", row_id, values, None)
            if hook:
                hook(row_id)
            return row_id

    def ervaringen_van(self, inburgeraar_id: str) -> list[dict[str, Any]]:
        return rows_as_dicts(
            self.conn.execute(
                "SELECT * FROM ervaring WHERE inburgeraar_id = ? ORDER BY periode DESC, onderdeel",
                (inburgeraar_id,),
            )
        )

    def aanbieders(self) -> list[tuple[str, str]]:
        rows = self.conn.execute(
            "SELECT DISTINCT onderdeel, aanbieder FROM ervaring ORDER BY onderdeel, aanbieder"
        )
        return [(str(r[0]), str(r[1])) for r in rows]

    # --- rows the quarterly report counts (no names, no BSN) --------------------------------------
    def rapport_signalen(self, first: str, last: str) -> list[dict[str, Any]]:
        return rows_as_dicts(
            self.conn.execute(
                "SELECT i.inburgeraar_id AS persoon, c.gemeentecode, s.thema, s.status "
                "FROM intake_signaal s JOIN intake i ON i.id = s.intake_id "
                "JOIN inburgeraar c ON c.id = i.inburgeraar_id WHERE s.datum BETWEEN ? AND ?",
                (first, last),
            )
        )

    def rapport_ervaringen(self, periode: str) -> list[dict[str, Any]]:
        return rows_as_dicts(
            self.conn.execute(
                "SELECT inburgeraar_id AS persoon, onderdeel, aanbieder, antwoorden, toelichting, "
                "deelbaar FROM ervaring WHERE periode = ?",
                (periode,),
            )
        )

    def rapport_feedback(self, first: str, last: str) -> list[dict[str, Any]]:
        return rows_as_dicts(
            self.conn.execute(
                "SELECT i.inburgeraar_id AS persoon, f.sleutelpersoon_id, f.doel_begrepen, "
                "f.vrij_gesproken, f.themas, f.tips, f.anders_doen, f.toelichting, f.deelbaar "
                "FROM intake_feedback f JOIN intake_gesprek g ON g.id = f.gesprek_id "
                "JOIN intake i ON i.id = g.intake_id WHERE f.datum BETWEEN ? AND ?",
                (first, last),
            )
        )

    def rapport_bereik(self, first: str, last: str) -> list[dict[str, Any]]:
        """Newcomers a key person met in the quarter (a gesprek or an engagement)."""
        return rows_as_dicts(
            self.conn.execute(
                "SELECT c.id AS persoon, c.voorkeurstaal, c.land_herkomst, c.geslacht, "
                "c.geboortedatum, c.gemeentecode FROM inburgeraar c WHERE c.id IN ("
                "SELECT i.inburgeraar_id FROM intake_gesprek g JOIN intake i ON i.id = g.intake_id "
                "WHERE g.datum BETWEEN ? AND ? AND (g.sleutelpersoon_id IS NOT NULL "
                "OR g.sleutelpersoon_naam != '') "
                "UNION SELECT z.inburgeraar_id FROM inzet z "
                "WHERE z.datum BETWEEN ? AND ? AND z.inburgeraar_id IS NOT NULL)",
                (first, last, first, last),
            )
        )

    def gemeenten(self) -> dict[str, str]:
        return {str(r[0]): str(r[1]) for r in self.conn.execute("SELECT code, naam FROM gemeente")}
