"""Shared setup: a newcomer, an intake service and one key person in the registry."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from app.clients.service import ClientService
from app.intake.gesprek_beheer import GesprekBeheer
from app.intake.gesprekken import GesprekService
from app.intake.service import IntakeService
from app.security.roles import Role
from app.sleutelpersonen.service import SleutelpersoonService
from tests.conftest import TODAY, valid_form
from tests.security.helpers import act_as
from tests.sleutelpersonen.helpers import persoon_form


@dataclass
class World:
    clients: ClientService
    intake: IntakeService
    gesprekken: GesprekService
    beheer: GesprekBeheer
    client_id: str
    persoon_id: str


@pytest.fixture
def world(clients: ClientService) -> World:
    store = clients.session
    act_as(store, Role.COORDINATOR)
    persoon = SleutelpersoonService(store).save(persoon_form(), today=TODAY)
    assert persoon.id
    act_as(store, Role.KLANTMANAGER, naam="anouk")  # the officer doing the intake
    client = clients.save(valid_form(), today=TODAY)
    assert client.id
    intake = IntakeService(store, today=TODAY)
    gesprekken = GesprekService(intake, today=TODAY)
    return World(clients, intake, gesprekken, GesprekBeheer(gesprekken), client.id, persoon.id)


def audit_lines(world: World, object_type: str) -> list[tuple[str, str]]:
    rows = world.clients.store.conn.execute(
        "SELECT actie, object_id FROM audit_regel WHERE object_type = ? ORDER BY volgnummer",
        (object_type,),
    ).fetchall()
    return [(str(a), str(b)) for a, b in rows]
