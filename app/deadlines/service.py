"""Deadlines from the store: builds the engine's input per person, keeps the derived table
`termijn` current, and reads the overview (one indexed query, fast for a whole region)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any, NamedTuple

from app.deadlines.engine import (
    SOORTEN,
    Afspraakdatum,
    PipVerlenging,
    Termijn,
    TermijnInput,
    TermijnRegels,
    termijnen,
)
from app.security.audit import audit
from app.security.roles import Permission, require
from app.validation import FieldError, ValidationError, format_date, parse_text
from db import duo_feit
from db.pip import PipRepository, TermijnVenster
from db.records import now_utc

if TYPE_CHECKING:
    from app.session import Session

SIGNALEN = frozenset({"routewissel", "ontzorgen", "inburgeringstermijn"})
SIGNAAL_DAGEN = 30
PAGE = 200  # overview rows per read: what a view shows and a little more
BATCH = 300  # people per write transaction in sync/rebuild_all: ~30 ms of write lock each


class OverzichtRij(NamedTuple):
    """One line of the overview (a tuple: tens of thousands are built per refresh)."""

    inburgeraar_id: str
    naam: str
    gemeentecode: str
    klantmanager: str
    soort: str
    datum: date
    dagen: int  # negative: overdue
    reden: str


def gevraagd_probleem(
    gevraagd: date, person: dict[str, Any], ontvangen: date | None, today: date
) -> str | None:
    """Why *gevraagd* cannot be the day the information was asked, or None when it can."""
    if gevraagd > today:
        return "De datum waarop de informatie is gevraagd ligt in de toekomst."
    known = [
        d for d in (_d(person.get("datum_melding_duo")), _d(person.get("datum_vestiging"))) if d
    ]
    if known and gevraagd < max(known):
        return (
            "De informatie kan niet gevraagd zijn voordat de PIP-termijn begon "
            f"({format_date(max(known))})."
        )
    if ontvangen is not None and ontvangen < gevraagd:
        return "De informatie kan niet ontvangen zijn voordat ze is gevraagd."
    return None


def dagen_tekst(dagen: int) -> str:
    """'vandaag', 'morgen', 'over 5 dagen', '1 dag te laat' …"""
    if dagen == 0:
        return "vandaag"
    if dagen == 1:
        return "morgen"
    if dagen > 0:
        return f"over {dagen} dagen"
    return f"{-dagen} dag{'en' if dagen < -1 else ''} te laat"


def _d(value: Any) -> date | None:
    return date.fromisoformat(value) if value else None


def _input_from(
    inburgeraar_id: str,
    inburgeraar_row: dict[str, Any],
    inhoud: dict[str, Any] | None,
    eerste: date | None,
    verlenging: dict[str, Any] | None,
    duo_dagen: int,
) -> TermijnInput:
    inhoud = inhoud or {}
    # A first PIP made in another municipality counts: the termijn runs from the earliest one.
    elders = _d(inburgeraar_row.get("dagtekening_pip_elders"))
    if elders is not None:
        eerste = min(eerste, elders) if eerste else elders
    pvt, mp, oz = inhoud.get("pvt", {}), inhoud.get("map", {}), inhoud.get("ontzorgen", {})
    return TermijnInput(
        inburgeraar_id=inburgeraar_id,
        pip_nodig=inburgeraar_row.get("status") not in ("pip_vastgesteld", "afgerond")
        and elders is None,
        datum_melding_duo=_d(inburgeraar_row.get("datum_melding_duo")),
        datum_vestiging=_d(inburgeraar_row.get("datum_vestiging")),
        eerste_dagtekening=eerste,
        pip_verlenging=PipVerlenging(
            verlenging["reden"],
            verlenging["derde"],
            _d(verlenging["info_ontvangen"]),
            _d(verlenging.get("gevraagd_op")),
        )
        if verlenging
        else None,
        duo_verlenging_dagen=duo_dagen,
        start_ontzorgen=_d(oz.get("startdatum")) if oz.get("posten") else None,
        pvt_ondertekening=_d(pvt.get("datum_ondertekening")),
        pvt_afgerond=bool(pvt.get("afgerond")),
        map_eindgesprek=_d(mp.get("datum_eindgesprek")),
        map_afgerond=bool(mp.get("afgerond")),
        voortgangsgesprekken=tuple(
            Afspraakdatum(
                g.get("onderwerp") or "Voortgangsgesprek",
                date.fromisoformat(g["datum"]),
                bool(g.get("gehouden")),
            )
            for g in inhoud.get("voortgangsgesprekken", ())
        ),
        afspraken=tuple(
            Afspraakdatum(
                f"{a['wie']}: {a['wat']}", date.fromisoformat(a["datum"]), bool(a.get("afgerond"))
            )
            for a in inhoud.get("afspraken", ())
            if a.get("datum")
        ),
    )


def _overzicht(rows: list[tuple[Any, ...]], today: date) -> list[OverzichtRij]:
    base = today.toordinal()
    fromiso = date.fromisoformat
    return [
        OverzichtRij(cid, naam, gem, km, soort, d, d.toordinal() - base, reden)
        for cid, soort, datum, reden, naam, gem, km in rows
        for d in (fromiso(datum),)
    ]


def _rows(items: list[Termijn], person: dict[str, Any]) -> list[dict[str, Any]]:
    naam = " ".join(
        str(p)
        for p in (person.get("voornamen"), person.get("voorvoegsel"), person.get("achternaam"))
        if p
    )
    return [
        {
            "inburgeraar_id": t.inburgeraar_id,
            "soort": t.soort,
            "datum": t.datum.isoformat() if t.datum else None,
            "reden": t.reden,
            "afgerond": int(t.afgerond),
            "naam": naam,
            "gemeentecode": str(person.get("gemeentecode") or ""),
            "klantmanager": str(person.get("klantmanager") or ""),
        }
        for t in items
    ]


class TermijnService:
    def __init__(self, session: Session, regels: TermijnRegels | None = None) -> None:
        """*regels* default to the regional settings (app/regio.py: route change months)."""
        from app.regio import termijn_regels

        self.session = session
        self.store = session.store
        self.repo = PipRepository(self.store.conn)
        self.regels = regels if regels is not None else termijn_regels(self.store)

    def _person(self, inburgeraar_id: str) -> dict[str, Any]:
        return self.repo.person_for_termijnen(inburgeraar_id)

    def input_for(self, inburgeraar_id: str, person: dict[str, Any] | None = None) -> TermijnInput:
        """What the deadline rules get for one person (their dossier: dossier lezen)."""
        require(self.session, Permission.DOSSIER_LEZEN)
        return self._input_for(inburgeraar_id, person)

    def _input_for(self, inburgeraar_id: str, person: dict[str, Any] | None = None) -> TermijnInput:
        person = self._person(inburgeraar_id) if person is None else person
        versions = self.repo.versions(inburgeraar_id)
        signed = [v for v in versions if v["status"] in ("vastgesteld", "gewijzigd")]
        inhoud = json.loads(versions[-1]["inhoud"]) if versions else None
        eerste = _d(min(v["dagtekening"] for v in signed)) if signed else None
        duo = sum(int(v["dagen"]) for v in self.repo.duo_verlengingen(inburgeraar_id))
        return _input_from(
            inburgeraar_id, person, inhoud, eerste, self.repo.pip_verlenging(inburgeraar_id), duo
        )

    def _computed(
        self, inburgeraar_id: str, t: TermijnInput, duo: list[dict[str, Any]] | None = None
    ) -> list[Termijn]:
        """The engine's deadlines with DUO's facts applied (DUO's termijn, open rejections)."""
        from app.duo.termijnen import met_duo

        if duo is None:
            duo = duo_feit.for_termijnen(self.store.conn, inburgeraar_id).get(inburgeraar_id, [])
        return met_duo(inburgeraar_id, termijnen(t, self.regels), duo)

    def for_inburgeraar(self, inburgeraar_id: str) -> list[Termijn]:
        require(self.session, Permission.DOSSIER_LEZEN)
        return self._computed(inburgeraar_id, self._input_for(inburgeraar_id))

    def rebuild(self, inburgeraar_id: str) -> None:
        """Recompute one person's deadlines; call inside the caller's transaction."""
        person = self._person(inburgeraar_id)
        items = self._computed(inburgeraar_id, self._input_for(inburgeraar_id, person))
        self.repo.replace_termijnen(inburgeraar_id, _rows(items, person))
        self.repo.mark_computed([inburgeraar_id])

    def sync(self, batch: int = BATCH) -> int:
        """Recompute the people edited since their deadlines were computed; returns how many.

        In batches: each batch is read and computed first, then written in one short write
        transaction, so a long sync (after an import) leaves room between its writes for the
        officer's saves on the GUI thread. A person edited after their read is marked computed
        as of that read and stays stale for the next sync."""
        stale = self.repo.stale_inburgeraars()
        if len(stale) > 2000:
            return self.rebuild_all(batch)
        return self.sync_people(stale, batch)

    def sync_people(self, inburgeraar_ids: Sequence[str], batch: int = BATCH) -> int:
        """Recompute just these people (one was saved): no search for stale people over the
        whole register, which a save would otherwise pay for (0.35 s at 100,000)."""
        stale = list(dict.fromkeys(inburgeraar_ids))
        for start in range(0, len(stale), batch):
            read_at = now_utc()
            computed = []
            for inburgeraar_id in stale[start : start + batch]:
                person = self._person(inburgeraar_id)
                items = self._computed(inburgeraar_id, self._input_for(inburgeraar_id, person))
                computed.append((inburgeraar_id, _rows(items, person)))
            self._write(computed, read_at)
        return len(stale)

    def _write(self, computed: list[tuple[str, list[dict[str, Any]]]], read_at: str) -> None:
        with self.store.transaction():
            for inburgeraar_id, rows in computed:
                self.repo.replace_termijnen(inburgeraar_id, rows)
            self.repo.mark_computed((cid for cid, _rows in computed), read_at)

    def refresh(self, inburgeraar_id: str) -> None:
        with self.store.transaction():
            self.rebuild(inburgeraar_id)

    def rebuild_all(self, batch: int = BATCH) -> int:
        """Recompute everyone's deadlines (after a change of rules, or at start-up), in
        transactions of *batch* people. Each person is computed from one consistent read; a
        person edited meanwhile is marked as computed before that edit, so sync() redoes them."""
        read_at = now_utc()
        with self.store.snapshot():  # one snapshot for all the bulk reads
            people = self.repo.inburgeraars_for_termijnen()
            eerste = {k: _d(v) for k, v in self.repo.first_dagtekeningen().items()}
            inhoud = {k: json.loads(v) for k, v in self.repo.current_inhoud()}
            verl = self.repo.all_pip_verlengingen()
            duo = self.repo.duo_dagen_per_inburgeraar()
            duo_facts = duo_feit.for_termijnen(self.store.conn)
        for start in range(0, len(people), batch):
            computed = []
            for row in people[start : start + batch]:
                cid = str(row["id"])
                t = _input_from(
                    cid,
                    row,
                    inhoud.get(cid),
                    eerste.get(cid),
                    verl.get(cid),
                    int(duo.get(cid) or 0),
                )
                items = self._computed(cid, t, duo_facts.get(cid, []))
                computed.append((cid, _rows(items, row)))
            self._write(computed, read_at)
        return len(people)

    def overview(self, today: date, binnen_dagen: int = 30) -> list[OverzichtRij]:
        """Open deadlines that are overdue or due within *binnen_dagen* days, earliest first.

        A passed signal date (last day for a route change, end of ontzorgen) stays in view for
        `SIGNAAL_DAGEN` days; after that there is nothing left to do about it."""
        require(self.session, Permission.DOSSIER_LEZEN)
        window = self._window(today, binnen_dagen)
        rows = self.repo.open_termijnen(window.until_iso, window.signals, window.signals_from_iso)
        return _overzicht(rows, today)

    def _window(self, today: date, binnen_dagen: int) -> TermijnVenster:
        return TermijnVenster(
            (today + timedelta(days=binnen_dagen)).isoformat(),
            tuple(sorted(SIGNALEN)),
            (today - timedelta(days=SIGNAAL_DAGEN)).isoformat(),
        )

    def overview_page(
        self,
        today: date,
        binnen_dagen: int,
        order: str = "datum",
        descending: bool = False,
        offset: int = 0,
        limit: int = PAGE,
    ) -> list[OverzichtRij]:
        """Rows *offset* … *offset + limit* of `overview` sorted by *order* (a key of
        `db.pip.TERMIJN_ORDER`: datum, soort, naam, gemeente, klantmanager, reden), read and
        sorted in SQL: the view holds only the pages it has shown."""
        require(self.session, Permission.DOSSIER_LEZEN)
        rows = self.repo.termijnen_page(
            self._window(today, binnen_dagen), order, descending, offset, limit, SOORTEN
        )
        return _overzicht(rows, today)

    def overview_counts(self, today: date, binnen_dagen: int = 30) -> tuple[int, int]:
        """(overdue, all) rows of `overview`, counted in SQL."""
        require(self.session, Permission.DOSSIER_LEZEN)
        return self.repo.termijnen_counts(self._window(today, binnen_dagen), today.isoformat())

    def open_count(self) -> int:
        return self.repo.count_termijnen()

    # --- extensions ----------------------------------------------------------------------
    def set_pip_verlenging(
        self,
        inburgeraar_id: str,
        reden: str,
        derde: str,
        info_ontvangen: date | None,
        gevraagd_op: date | None = None,
    ) -> None:
        """Record a waiting extension; *gevraagd_op* (default today) is when the information
        was asked: not in the future, not before the PIP-termijn began (the DUO melding or the
        registration, whichever the termijn runs from), not after the information came."""
        require(self.session, Permission.DOSSIER_WIJZIGEN)
        errors: dict[str, str] = {}
        for name, value in (("reden", reden), ("derde", derde)):
            try:
                parse_text(value, required=True, max_len=300)
            except FieldError as exc:
                errors[name] = str(exc)
        today = date.today()
        gevraagd_op = gevraagd_op or today
        problem = gevraagd_probleem(
            gevraagd_op, self._person(inburgeraar_id), info_ontvangen, today
        )
        if problem:
            errors["gevraagd_op"] = problem
        if errors:
            raise ValidationError(errors)
        values = {
            "reden": reden.strip(),
            "derde": derde.strip(),
            "info_ontvangen": info_ontvangen.isoformat() if info_ontvangen else None,
            "gevraagd_op": gevraagd_op.isoformat(),
        }
        with self.store.transaction():
            self.repo.set_pip_verlenging(inburgeraar_id, values)
            audit(self.session, "verlenging pip-termijn", "inburgeraar", inburgeraar_id)
            self.rebuild(inburgeraar_id)

    def pip_verlenging(self, inburgeraar_id: str) -> PipVerlenging | None:
        """The recorded waiting extension of this person, if any."""
        require(self.session, Permission.DOSSIER_LEZEN)
        v = self.repo.pip_verlenging(inburgeraar_id)
        if v is None:
            return None
        return PipVerlenging(
            v["reden"], v["derde"], _d(v["info_ontvangen"]), _d(v.get("gevraagd_op"))
        )

    def add_duo_verlenging(self, inburgeraar_id: str, dagen: int, reden: str) -> None:
        require(self.session, Permission.DOSSIER_WIJZIGEN)
        errors: dict[str, str] = {}
        if not 1 <= dagen <= 3650:
            errors["dagen"] = "Een verlenging is 1 tot en met 3650 dagen."
        if not reden.strip():
            errors["reden"] = "Schrijf de reden van DUO op."
        if errors:
            raise ValidationError(errors)
        with self.store.transaction():
            self.repo.add_duo_verlenging(inburgeraar_id, {"dagen": dagen, "reden": reden.strip()})
            audit(self.session, "verlenging DUO", "inburgeraar", inburgeraar_id)
            self.rebuild(inburgeraar_id)
