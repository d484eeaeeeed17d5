"""The register status follows the intake: aangemeld → intake, never backwards, with audit."""

from __future__ import annotations

import pytest

from app.clients.service import ClientService
from app.intake.gesprekken import GesprekService
from app.intake.service import IntakeService
from tests.conftest import TODAY, valid_form


def _audit_actions(clients: ClientService, client_id: str) -> list[str]:
    rows = clients.store.conn.execute(
        "SELECT actie FROM audit_regel WHERE object_id = ? ORDER BY volgnummer", (client_id,)
    ).fetchall()
    return [str(r[0]) for r in rows]


def _status(clients: ClientService, client_id: str) -> str:
    client = clients.get(client_id)
    assert client is not None
    return client.status


@pytest.fixture
def cid(clients: ClientService) -> str:
    client = clients.save(valid_form(), today=TODAY)
    assert client.id and client.status == "aangemeld"
    return client.id


def test_opening_the_intake_moves_aangemeld_to_intake(clients: ClientService, cid: str) -> None:
    IntakeService(clients.session, today=TODAY).mark_open(cid)
    assert _status(clients, cid) == "intake"
    assert _audit_actions(clients, cid).count("status intake") == 1


def test_first_answer_or_gesprek_also_starts_it(clients: ClientService, cid: str) -> None:
    intake = IntakeService(clients.session, today=TODAY)
    GesprekService(intake, today=TODAY).add_gesprek(cid, {"datum": "20-11-2026", "plaats": "azc"})
    assert _status(clients, cid) == "intake"
    intake.save_answers(cid, {})
    assert _audit_actions(clients, cid).count("status intake") == 1  # once, not per write


def test_closing_leaves_intake_and_never_moves_backwards(clients: ClientService, cid: str) -> None:
    intake = IntakeService(clients.session, today=TODAY)
    intake.mark_open(cid)
    intake.close(cid, "Afgerond met de inburgeraar besproken, rest volgt later.")
    assert _status(clients, cid) == "intake"
    clients.advance_status(cid, "pip_vastgesteld")
    intake.mark_open(cid)
    intake.reopen(cid)
    assert _status(clients, cid) == "pip_vastgesteld"
    assert not clients.advance_status(cid, "aangemeld")
    assert _status(clients, cid) == "pip_vastgesteld"


def test_unknown_status_is_refused(clients: ClientService, cid: str) -> None:
    with pytest.raises(ValueError):
        clients.advance_status(cid, "klaar")
    assert _status(clients, cid) == "aangemeld"
