"""Shared setup: a newcomer, an intake service and one key person in the registry."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from app.inburgeraars.service import InburgeraarService
from app.intake.gesprek_beheer import GesprekBeheer
from app.intake.gesprekken import GesprekService
from app.intake.service import IntakeService
from app.security.roles import Role
from app.sleutelpersonen.service import SleutelpersoonService
from tests.conftest import TODAY, valid_form
from tests.support.security import act_as
from tests.support.sleutelpersonen import persoon_form


@dataclass
class World:
    inburgeraars: InburgeraarService
    intake: IntakeService
    gesprekken: GesprekService
    beheer: GesprekBeheer
    inburgeraar_id: str
    persoon_id: str


@pytest.fixture
def world(inburgeraars: InburgeraarService) -> World:
    store = inburgeraars.session
    act_as(store, Role.COORDINATOR)
    persoon = SleutelpersoonService(store).save(persoon_form(), today=TODAY)
    assert persoon.id
    act_as(store, Role.KLANTMANAGER, naam="anouk")  # the officer doing the intake
    inburgeraar = inburgeraars.save(valid_form(), today=TODAY)
    assert inburgeraar.id
    intake = IntakeService(store, today=TODAY)
    gesprekken = GesprekService(intake, today=TODAY)
    return World(
        inburgeraars, intake, gesprekken, GesprekBeheer(gesprekken), inburgeraar.id, persoon.id
    )


def audit_lines(world: World, object_type: str) -> list[tuple[str, str]]:
    rows = world.inburgeraars.store.conn.execute(
        "SELECT actie, object_id FROM audit_regel WHERE object_type = ? ORDER BY volgnummer",
        (object_type,),
    ).fetchall()
    return [(str(a), str(b)) for a, b in rows]
