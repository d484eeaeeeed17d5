# ruff: noqa: F811  (fixtures are imported by name from tests/support)
"""The dossier's history "Van DUO" in the detail pane: a notification in (real PostgreSQL, the
gateway, the mock DUO) → synced to the laptop → visible as DUO's, and taken into the intake's
LBT answers by the officer; a DUO rejection of a PIP stands out and is marked handled there."""

from __future__ import annotations

import uuid

from app.inburgeraars.service import InburgeraarService
from tests.app.duo.test_notifications import _wait
from tests.conftest import valid_form
from tests.support.duo.feiten import pulled_duo_fact
from tests.support.duo.fixtures import (
    GEMEENTE,
    RunningGateway,
    laptop,  # noqa: F401  (fixtures)
    notify,
)
from tests.support.duo.mock_duo import MockDuo
from tests.support.duo.pg import DuoDb
from tests.support.duo.pki import Pki
from tests.support.laptops import Laptop
from ui.duo.history import DuoHistory
from ui.inburgeraars.detail_pane import DetailPane

BSN = "999990019"
LBT = {
    "resultaat": "B1-route niet haalbaar",
    "behaaldeScore": "40,49",
    "benodigdeScore": "55,00",
    "datumAfname": "2026-02-20",
}


def _history(pane: DetailPane) -> DuoHistory:
    found = pane.findChildren(DuoHistory)
    assert len(found) == 1
    return found[0]


def test_lbt_from_duo_shows_in_the_history_and_fills_the_intake_when_taken(
    qtbot,
    laptop: Laptop,
    duo_db: DuoDb,
    gateway: RunningGateway,
    pki: Pki,
    mock_duo: tuple[MockDuo, str],
) -> None:  # type: ignore[no-untyped-def]
    inburgeraars = InburgeraarService(laptop.session)
    client = inburgeraars.save(valid_form(gemeentecode=GEMEENTE, bsn=BSN))
    assert client.id
    laptop.sync()
    pane = DetailPane(inburgeraars)
    qtbot.addWidget(pane)
    pane.show_inburgeraar(client.id)
    assert not _history(pane).buttons  # nothing from DUO yet

    mock_duo[0].person(BSN, lbt=[LBT])
    bericht_id = str(uuid.uuid4())
    body = {
        "registratieDatumTijd": "2026-02-21T08:00:00+01:00",
        "gebeurtenisId": "SS131",
        "bsn": BSN,
    }
    assert notify(gateway, pki, body, bericht_id=bericht_id).status_code == 201
    assert _wait(duo_db, bericht_id) == "verwerkt"
    laptop.sync()
    pane.show_inburgeraar(client.id)
    history = _history(pane)
    texts = [w.text() for w in history.findChildren(type(history.message)) if w.text()]
    assert any("Leerbaarheidstoets op 20-02-2026: B1-route niet haalbaar" in t for t in texts)
    assert all(t.endswith("(bron: DUO)") for t in texts if t[:2].isdigit())
    assert not laptop.session.intake.stored_answers(client.id).get("lbt.resultaat")

    (button,) = history.buttons.values()
    assert button.text() == "In dossier overnemen"
    button.click()
    qtbot.waitUntil(lambda: history.op is not None and not history.op.running, timeout=10000)
    assert history.op is not None and history.op.error is None, history.op.error
    answers = laptop.session.intake.stored_answers(client.id)
    assert answers["lbt.resultaat"] == "B1-route niet haalbaar"
    assert answers["lbt.score_behaald"] == 40 and answers["lbt.score_benodigd"] == 55
    pane.show_inburgeraar(client.id)
    history = _history(pane)
    assert not history.buttons  # handled: nothing left to take
    texts = [w.text() for w in history.findChildren(type(history.message))]
    assert any("Overgenomen van DUO: Leerbaarheidstoets" in t for t in texts)


def test_a_rejection_stands_out_until_marked_handled(
    qtbot, inburgeraars: InburgeraarService
) -> None:  # type: ignore[no-untyped-def]
    client = inburgeraars.save(valid_form())
    assert client.id
    pulled_duo_fact(  # exactly as the sync's pull writes it
        inburgeraars.store,
        client.id,
        "pip_antwoord",
        {"onderwerp_id": "p1", "status": "afgewezen"},
        "PIP: door DUO afgewezen. DUO wijst het af: te laat (bron: DUO)",
    )
    pane = DetailPane(inburgeraars)
    qtbot.addWidget(pane)
    pane.show_inburgeraar(client.id)
    history = _history(pane)
    (button,) = history.buttons.values()
    assert button.text() == "Afgehandeld"
    label = next(w for w in history.findChildren(type(history.message)) if "afgewezen" in w.text())
    assert "#a4262c" in label.styleSheet()
    button.click()
    qtbot.waitUntil(lambda: history.op is not None and not history.op.running, timeout=10000)
    pane.show_inburgeraar(client.id)
    assert not _history(pane).buttons
