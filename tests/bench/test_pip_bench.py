"""PIP en termijnen: deadline overview for 100,000 people, route advice, opening 10 versions."""

from __future__ import annotations

import json
import random
from dataclasses import replace
from datetime import date, timedelta

import pytest

from app.deadlines.service import TermijnService
from app.demo.inburgeraars import generate_inburgeraars
from app.demo.pip import demo_inhoud
from app.inburgeraars.service import InburgeraarService
from app.pip.codec import inhoud_to_dict
from app.pip.service import PipService
from app.routes.advice import RouteInput, advise
from db.pip import PipRepository
from tests.conftest import TODAY, valid_form
from tests.support.pip import complete_inhoud

pytestmark = pytest.mark.bench


def _spread(rng: random.Random, start: date) -> dict[str, object]:
    """A dated item somewhere in the three years after *start*; past ones mostly done."""
    when = start + timedelta(days=rng.randint(0, 1095))
    return {"datum": when.isoformat(), "done": when < TODAY and rng.random() < 0.95}


def _insert_people(inburgeraars: InburgeraarService, count: int) -> None:
    """A region of *count* people: 90% with a vastgesteld PIP whose afspraken and gesprekken
    are spread over the termijn (past ones mostly done), 10% recently registered without one.
    Then their derived deadlines, as after `rebuild_all`."""
    rng = random.Random(4)
    base = generate_inburgeraars(1, rng, TODAY)[0]
    people, signed = [], []
    for i in range(count):
        has_pip = i % 10 != 0
        melding = TODAY - timedelta(days=rng.randint(80, 1000) if has_pip else rng.randint(0, 90))
        people.append(
            replace(
                base,
                bsn=None,
                v_nummer=None,
                datum_melding_duo=melding,
                datum_vestiging=melding,
                datum_start_plicht=melding,
                voornamen=rng.choice(("Selam", "Omar", "Lina", "Dawit")),
            )
        )
        signed.append(has_pip)
    inburgeraars.insert_many(people)
    ids = [str(r[0]) for r in inburgeraars.store.conn.execute("SELECT id FROM inburgeraar")]
    template = inhoud_to_dict(demo_inhoud(people[0], "B", TODAY, rng))
    repo = PipRepository(inburgeraars.store.conn)
    with inburgeraars.store.transaction():
        for cid, person, has_pip in zip(ids, people, signed, strict=False):
            if not has_pip:
                continue
            assert person.datum_melding_duo
            dag = person.datum_melding_duo + timedelta(days=rng.randint(20, 70))
            a, b, g = (_spread(rng, dag) for _ in range(3))
            template["afspraken"] = [
                {
                    "wie": "Klantmanager",
                    "wat": "Kinderopvang",
                    "datum": a["datum"],
                    "afgerond": a["done"],
                },
                {
                    "wie": "Inburgeraar",
                    "wat": "Bibliotheek",
                    "datum": b["datum"],
                    "afgerond": b["done"],
                },
            ]
            template["voortgangsgesprekken"] = [
                {"datum": g["datum"], "onderwerp": "Voortgang", "gehouden": g["done"]}
            ]
            template["pvt"]["afgerond"] = True
            template["ontzorgen"] = {"posten": [], "startdatum": None, "machtiging_getekend": False}
            repo.insert(
                {
                    "inburgeraar_id": cid,
                    "versie": 1,
                    "status": "vastgesteld",
                    "dagtekening": dag.isoformat(),
                    "leerroute": "B",
                    "inhoud": json.dumps(template),
                }
            )
    TermijnService(inburgeraars.session).rebuild_all()


def test_deadline_overview_100k(benchmark, inburgeraars: InburgeraarService) -> None:  # type: ignore[no-untyped-def]
    _insert_people(inburgeraars, 100_000)
    service = TermijnService(inburgeraars.session)
    assert service.sync() == 0
    rows = benchmark(service.overview, TODAY, 30)
    print(f"\n{len(rows)} open deadlines within 30 days or overdue")
    assert rows and all(r.dagen <= 30 for r in rows)
    assert benchmark.stats["median"] < 0.200


def test_route_advice(benchmark) -> None:  # type: ignore[no-untyped-def]
    r = RouteInput(
        lbt_afgenomen=True,
        lbt_resultaat="B1-route haalbaar",
        lbt_score=61,
        lbt_benodigd=50,
        leeftijd=24,
        opleiding="mbo",
        alfabetisering="gealfabetiseerd",
        belastbaarheid="beperkt",
        asielstatushouder=True,
        wil_studeren=True,
    )
    result = benchmark(advise, r)
    assert result.voor("O").oordeel
    assert benchmark.stats["median"] < 0.005


def test_open_pip_with_10_versions(benchmark, qtbot, inburgeraars: InburgeraarService) -> None:  # type: ignore[no-untyped-def]
    from ui.pip.editor import PipEditor

    inburgeraar = inburgeraars.save(valid_form())
    assert inburgeraar.id
    pips = PipService(inburgeraars.session)
    pip = pips.create(inburgeraar.id, complete_inhoud())
    day = date(2025, 5, 1)
    pips.vaststellen(str(pip.id), day)
    for i in range(9):
        new = pips.wijzigen(inburgeraar.id, "overig", f"Wijziging {i}")
        new = pips.save(new, replace(new.inhoud, knm=f"KNM ronde {i}"))
        day += timedelta(days=30)
        pips.vaststellen(str(new.id), day)
    assert len(pips.versions(inburgeraar.id)) == 10

    def open_editor() -> PipEditor:
        editor = PipEditor(pips, inburgeraar, {}, today=TODAY)
        editor.ask_unsaved = lambda: "discard"
        qtbot.addWidget(editor)
        return editor

    editor = benchmark(open_editor)
    assert len(editor.versions) == 10 and "Versie 10" in editor.title.text()
    assert benchmark.stats["median"] < 0.150
