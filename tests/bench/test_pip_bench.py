"""PIP en termijnen: deadline overview for 100,000 people, route advice, opening 10 versions."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta

import pytest

from app.clients.service import ClientService
from app.deadlines.service import TermijnService
from app.demo.clients import generate_clients
from app.pip.service import PipService
from app.routes.advice import RouteInput, advise
from tests.conftest import TODAY, valid_form
from tests.pip.conftest import complete_inhoud

pytestmark = pytest.mark.bench


def _insert_termijnen(clients: ClientService, count: int) -> None:
    """100,000 people with their derived deadlines, as after a `rebuild_all`."""
    rng = random.Random(4)
    people = generate_clients(count, rng, TODAY)
    # unique BSN / V-nummer are not needed here and the generator's pool is finite
    people = [replace(p, bsn=None, v_nummer=None) for p in people]
    clients.insert_many(people)
    service = TermijnService(clients.store)
    service.rebuild_all()


def test_deadline_overview_100k(benchmark, clients: ClientService) -> None:  # type: ignore[no-untyped-def]
    _insert_termijnen(clients, 100_000)
    service = TermijnService(clients.store)
    assert service.sync() == 0
    rows = benchmark(service.overview, TODAY, 30)
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


def test_open_pip_with_10_versions(benchmark, qtbot, clients: ClientService) -> None:  # type: ignore[no-untyped-def]
    from ui.pip.editor import PipEditor

    client = clients.save(valid_form())
    assert client.id
    pips = PipService(clients.store)
    pip = pips.create(client.id, complete_inhoud())
    day = date(2025, 5, 1)
    pips.vaststellen(str(pip.id), day)
    for i in range(9):
        new = pips.wijzigen(client.id, "overig", f"Wijziging {i}")
        new = pips.save(new, replace(new.inhoud, knm=f"KNM ronde {i}"))
        day += timedelta(days=30)
        pips.vaststellen(str(new.id), day)
    assert len(pips.versions(client.id)) == 10

    def open_editor() -> PipEditor:
        editor = PipEditor(pips, client, {}, today=TODAY)
        editor.ask_unsaved = lambda: "discard"
        qtbot.addWidget(editor)
        return editor

    editor = benchmark(open_editor)
    assert len(editor.versions) == 10 and "Versie 10" in editor.title.text()
    assert benchmark.stats["median"] < 0.150
