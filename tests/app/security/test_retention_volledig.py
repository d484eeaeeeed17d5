"""Deleting a full dossier at the end of the retention period: every part's rows go.

The demo fills one newcomer's dossier in every part (intake with gesprekken and signalen,
PIP, deadlines, engagements); the test adds what the demo lacks (a match, an exclusion, a
correction, drafts (a crash draft too), both kinds of extension, a key person's feedback on a
gesprek, a fact from DUO as the sync brings it), checks that every table about a newcomer holds
a row of this person, deletes, and then scans every value of every table for the person's id,
BSN, V-nummer and the ids of all their rows: only the audit trail may still name them.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from app.deadlines.service import TermijnService
from app.demo import seed_all
from app.intake.gesprek_beheer import GesprekBeheer
from app.intake.gesprekken import GesprekService
from app.intake.service import IntakeService
from app.matching.service import MatchService
from app.security import audit
from app.security.retention import RetentionService
from app.security.roles import Role
from app.stem.feedback import FeedbackService
from db import dossier
from db.connection import Store
from tests.conftest import TODAY
from tests.support.security import act_as

LATER = date(2045, 1, 1)  # every demo dossier is past its retention period by then


def _person_tables(store: Store) -> set[str]:
    """Every table that holds rows about a newcomer: an inburgeraar_id column, or a foreign
    key into such a table (found from the schema, so a new part's table is included)."""
    names = [
        str(r[0])
        for r in store.store.conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        )
    ]
    found = {
        t
        for t in names
        if any(
            c[1] == "inburgeraar_id" for c in store.store.conn.execute(f'PRAGMA table_info("{t}")')
        )
    }
    grew = True
    while grew:
        before = len(found)
        for t in names:
            parents = {
                str(fk[2]) for fk in store.store.conn.execute(f'PRAGMA foreign_key_list("{t}")')
            }
            if parents & found:
                found.add(t)
        grew = len(found) > before
    return found | {"inburgeraar"}


def _full_dossier(store: Store) -> str:
    seed_all(store)
    inburgeraar_id = str(
        store.store.conn.execute(
            "SELECT i.id FROM inburgeraar i WHERE "
            "EXISTS (SELECT 1 FROM intake_signaal s JOIN intake k ON k.id = s.intake_id "
            "        WHERE k.inburgeraar_id = i.id) "
            "AND EXISTS (SELECT 1 FROM pip WHERE inburgeraar_id = i.id) "
            "AND EXISTS (SELECT 1 FROM inzet WHERE inburgeraar_id = i.id) "
            "AND NOT EXISTS (SELECT 1 FROM pip_verlenging WHERE inburgeraar_id = i.id) "
            "ORDER BY i.id LIMIT 1"
        ).fetchone()[0]
    )
    act_as(store, Role.KLANTMANAGER, naam="anouk")
    persons = [str(r[0]) for r in store.store.conn.execute("SELECT id FROM sleutelpersoon LIMIT 2")]
    matches = MatchService(store)
    matches.bevestig(inburgeraar_id, persons[0], None, "Spreekt dezelfde taal.", "anouk")
    matches.sluit_uit(inburgeraar_id, persons[1], "Is familie.")
    gesprekken = GesprekService(IntakeService(store, today=TODAY), today=TODAY)
    beheer = GesprekBeheer(gesprekken)
    signaal = gesprekken.add_signaal(
        inburgeraar_id, {"datum": "21-11-2026", "tekst": "Fout dossier."}
    )
    beheer.verwijder_signaal(signaal, "Hoort bij een ander dossier.")
    beheer.bewaar_concept(inburgeraar_id, "gesprek", {"notitie": "half getypt"})
    from app.stem.concept import StemConcepten

    StemConcepten(store, inburgeraar_id, "ervaring").bewaar({"toelichting": "half getypt"})
    from app.concepten import InvoerConcepten

    InvoerConcepten(store, "intake", inburgeraar_id).bewaar("antwoord:opleiding", "half getypt")
    gesprek = gesprekken.add_gesprek(
        inburgeraar_id, {"datum": "20-11-2026", "plaats": "azc", "sleutelpersoon_naam": "Amina"}
    )
    feedback = {"doel_begrepen": "ja", "vrij_gesproken": "deels", "tips": "Rustig aan."}
    FeedbackService(store, today=TODAY).save(gesprek, feedback)
    termijnen = TermijnService(store)
    termijnen.set_pip_verlenging(inburgeraar_id, "Wacht op advies.", "GGD", None)
    termijnen.add_duo_verlenging(inburgeraar_id, 90, "Ziekte.")
    _duo_feit(store, inburgeraar_id)
    from app.duo.resultaten import DuoResultaatService

    DuoResultaatService(store).uren_gereed(inburgeraar_id, "participatieactiviteiten", 12)
    act_as(store, Role.BEHEERDER)
    return inburgeraar_id


def _duo_feit(store: Store, inburgeraar_id: str) -> None:
    """A fact the DUO gateway recorded, as the sync's pull writes it on the laptop."""
    from db import sync_apply

    row = {
        "created_at": "2026-11-20T08:00:00Z",
        "inburgeraar_id": inburgeraar_id,
        "soort": "lbt",
        "gegevens": '{"resultaat": "B1-route haalbaar"}',
        "omschrijving": "Leerbaarheidstoets op 19-11-2026: B1-route haalbaar (bron: DUO)",
        "bericht_id": "6f1c1d8e-5b7a-4c1e-9a51-1f0e2d3c4b5a",
        "vastgelegd_op": "2026-11-20T08:00:00Z",
        "afgehandeld": 0,
    }
    with store.store.transaction() as conn:
        sync_apply.upsert_rows(conn, "duo_feit", {"duo-feit-1": row}, set())


def _values(store: Store, table: str) -> list[tuple[Any, ...]]:
    return [tuple(r) for r in store.store.conn.execute(f'SELECT * FROM "{table}"')]


def test_deletion_leaves_no_row_about_the_person_except_the_audit_trail(store: Store) -> None:
    inburgeraar_id = _full_dossier(store)
    rows = dossier.collect(store.store.conn, inburgeraar_id)
    missing = _person_tables(store) - set(rows)
    assert not missing, f"the test dossier lacks rows in {missing}"
    person = rows["inburgeraar"][0]
    inzet_ids = {str(r["id"]) for r in rows["inzet"]}
    inzet_before = {
        str(r["id"]): (r["minuten"], r["km"], r["onkosten_cent"], r["sleutelpersoon_id"])
        for r in rows["inzet"]
    }
    marks = {inburgeraar_id, str(person["bsn"]), str(person["v_nummer"])}
    marks |= {
        str(r["id"])
        for t, items in rows.items()
        for r in items
        if t != "inzet" and "id" in r.keys()  # noqa: SIM118 - a sqlite3.Row: `in` reads its values
    }
    marks.discard("None")

    assert RetentionService(store).delete([inburgeraar_id], LATER) == 1

    tables = [
        str(r[0])
        for r in store.store.conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
    ]
    for table in tables:
        if table == "audit_regel":
            continue
        for row in _values(store, table):
            text = " ".join(map(str, row))
            assert not [m for m in marks if m in text], (table, row)
    assert dossier.collect(store.store.conn, inburgeraar_id) == {}
    # engagements stay for the key person's hours and claims, without the person or free text
    kept = {
        str(r[0]): r[1:]
        for r in store.store.conn.execute(
            "SELECT id, minuten, km, onkosten_cent, sleutelpersoon_id, inburgeraar_id, "
            "activiteit, onkosten_omschrijving FROM inzet"
        )
        if str(r[0]) in inzet_ids
    }
    assert set(kept) == inzet_ids
    for inzet_id, (minuten, km, cent, persoon, link, activiteit, omschrijving) in kept.items():
        assert (minuten, km, cent, persoon) == inzet_before[inzet_id]
        assert (link, activiteit, omschrijving) == (None, "", "")
    # the audit trail holds ids only (no BSN), ends with the deletion and is unbroken
    for row in _values(store, "audit_regel"):
        assert str(person["bsn"]) not in " ".join(map(str, row))
    last = audit.recent(store, 1)[0]
    assert (last["actie"], last["object_id"]) == ("verwijderd (bewaartermijn)", inburgeraar_id)
    assert audit.verify(store) == []
    assert store.store.integrity_problems() == []
