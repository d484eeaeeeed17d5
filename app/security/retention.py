"""Retention and inzage: which dossiers are due for deletion, deleting them for good, and
exporting everything stored about one newcomer.

Until the PIP part records the end of the inburgeringsplicht, its end is taken as
``datum_start_plicht`` + 3 years (the statutory term of the duty under the Wet inburgering 2021;
extensions are not known here). Pass another ``einde_plicht`` function when that date exists.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import date
from typing import TYPE_CHECKING, Any, NamedTuple

from app.security.audit import audit
from app.security.roles import Permission, require
from app.settings import Settings, SettingsError
from app.sorting import drop_in_steps, sort_in_steps
from db import dossier
from db.inburgeraars import InburgeraarRepository
from db.records import now_utc

if TYPE_CHECKING:
    from app.session import Session

PLICHT_JAREN = 3
# Rows kept when a dossier is deleted, without the link to the newcomer and with their free text
# emptied: an engagement (inzet) is also part of the key person's hours and expense claim
# (minutes, km, costs stay; who it was for and what was written about it go). See docs/security.md.
BEHOUDEN: dict[str, tuple[str, ...]] = {"inzet": ("activiteit", "onkosten_omschrijving")}
EindePlicht = Callable[[Mapping[str, Any]], date | None]


def add_years(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


def einde_plicht_standaard(row: Mapping[str, Any]) -> date | None:
    """The end of the plicht: the day DUO reported it ended or the person died (SS110/SS111,
    `einde_duo`, bron: DUO) when that came first, else the start plus 3 years."""
    start = row.get("datum_start_plicht")
    computed = add_years(date.fromisoformat(str(start)), PLICHT_JAREN) if start else None
    duo = row.get("einde_duo")
    reported = date.fromisoformat(str(duo)[:10]) if duo else None
    known = [d for d in (computed, reported) if d is not None]
    return min(known) if known else None


class Candidate(NamedTuple):
    """A dossier due for deletion: no name, no BSN (the beheerder sees no dossier contents).
    A tuple of strings and dates, so the garbage collector stops tracking it: at 100,000
    candidates, tracked objects made every full collection (on any thread, holding the GIL)
    block the GUI thread for a quarter second (docs/performance.md)."""

    id: str
    gemeentecode: str
    klantmanager: str
    einde_plicht: date
    verwijderen_vanaf: date


def due_for_deletion(
    rows: Sequence[Mapping[str, Any]], today: date, jaren: int, einde_plicht: EindePlicht
) -> list[Candidate]:
    """Pure: the rows whose duty ended more than *jaren* years before *today*, oldest first.
    Rows without a known end of duty are never listed."""
    found: list[Candidate] = []
    for row in rows:
        end = einde_plicht(row)
        if end is None:
            continue
        due = add_years(end, jaren)
        if due <= today:
            found.append(
                Candidate(
                    str(row["id"]), str(row["gemeentecode"]), str(row["klantmanager"]), end, due
                )
            )
    # One string key per row: comparing strings is several times quicker than comparing
    # (date, str) tuples; and sorted in steps, since list.sort holds the GIL for the whole sort
    # (100,000 rows: 50–300 ms of GUI-thread standstill while a worker sorted; app/sorting.py).
    return sort_in_steps(found, key=lambda c: f"{c.einde_plicht.isoformat()} {c.id}")


def _check_jaren(jaren: int) -> None:
    """A term outside what Settings allows never reaches the query: -3 would list (and let
    `--verwijder` delete) every dossier."""
    rule = Settings.rules()["bewaartermijn_jaren"][1]
    lo, hi = rule.lo, rule.hi
    if not isinstance(jaren, int) or lo is None or hi is None or not lo <= jaren <= hi:
        raise SettingsError(
            f"De bewaartermijn moet tussen {lo} en {hi} jaar liggen (niet {jaren}). "
            "Er is niets verwijderd."
        )


class RetentionService:
    def __init__(
        self, session: Session, einde_plicht: EindePlicht = einde_plicht_standaard
    ) -> None:
        self.session = session
        self.store = session.store
        self.einde_plicht = einde_plicht

    def candidates(self, today: date, jaren: int = 5) -> list[Candidate]:
        require(self.session, Permission.BEWAARTERMIJN_BEHEREN)
        _check_jaren(jaren)
        rows = InburgeraarRepository(self.store.conn).retention_rows()
        found = due_for_deletion(rows, today, jaren, self.einde_plicht)
        drop_in_steps(rows)  # 100,000 rows freed at once would hold the GIL (app/sorting.py)
        return found

    def delete(self, ids: list[str], today: date, jaren: int = 5) -> int:
        """Delete the confirmed dossiers for good (only those that are due), then VACUUM so
        no deleted page stays in the file. Leaves one audit line per dossier."""
        require(self.session, Permission.BEWAARTERMIJN_BEHEREN)
        wanted = set(ids)
        found = self.candidates(today, jaren)
        due = {c.id for c in found if c.id in wanted}
        drop_in_steps(found)
        refused = [i for i in ids if i not in due]
        if refused:
            raise ValueError(f"{len(refused)} dossier(s) zijn nog niet aan verwijdering toe.")
        with self.store.transaction() as conn:
            for inburgeraar_id in ids:
                dossier.delete(conn, inburgeraar_id, BEHOUDEN, now_utc())
                audit(self.session, "verwijderd (bewaartermijn)", "inburgeraar", inburgeraar_id)
        if ids:
            self.store.vacuum()
            self._purge_copies(ids)
        return len(ids)

    def _purge_copies(self, ids: list[str]) -> None:
        """The same dossiers out of every backup and copy (app.security.retention_copies)."""
        from app.security.retention_copies import purge_from_copies
        from app.settings import backup_folder

        data_dir = self.store.path.parent
        cleaned, failed = purge_from_copies(
            ids, self.store.raw_key, data_dir, backup_folder(data_dir), BEHOUDEN
        )
        if cleaned:
            audit(self.session, "verwijderd uit kopieën", "back-up", f"{len(cleaned)} bijgewerkt")
        if failed:
            audit(
                self.session, "niet bij te werken", "back-up", f"{len(failed)} (ouder dan 30 d weg)"
            )


def inzage(session: Session, inburgeraar_id: str) -> dict[str, Any]:
    """Everything stored about one newcomer, per table (for a subject access request)."""
    store = session.store
    require(session, Permission.DOSSIER_EXPORTEREN)
    rows = dossier.collect(store.conn, inburgeraar_id)
    if not rows:
        raise KeyError(inburgeraar_id)
    audit(session, "inzage geëxporteerd", "inburgeraar", inburgeraar_id)
    return {"inburgeraar_id": inburgeraar_id, "tabellen": rows}


def inzage_json(session: Session, inburgeraar_id: str) -> str:
    """The full inzage as JSON: what the PDF shows, the audit lines and every raw row."""
    from app.security.inzage_inhoud import als_json, verzamel

    return als_json(verzamel(session, inburgeraar_id))
