"""A newcomer with an intake gesprek joined by a key person from the registry."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from app.inburgeraars.service import InburgeraarService
from app.intake.gesprekken import GesprekService
from app.intake.service import IntakeService
from tests.conftest import TODAY, valid_form
from tests.support.world import world  # noqa: F401  (the intake window tests share it)


@dataclass
class Dossier:
    gesprekken: GesprekService
    inburgeraar_id: str
    gesprek_id: str


@pytest.fixture
def dossier(inburgeraars: InburgeraarService) -> Dossier:
    inburgeraar = inburgeraars.save(valid_form(), today=TODAY)
    assert inburgeraar.id
    service = GesprekService(IntakeService(inburgeraars.session, today=TODAY), today=TODAY)
    gid = service.add_gesprek(
        inburgeraar.id,
        {
            "datum": "20-11-2026",
            "plaats": "azc",
            "klantmanager": "Anouk Jansen",
            "sleutelpersoon_naam": "Amina Yusuf",
            "rollen": ["vertaler"],
        },
    )
    return Dossier(service, inburgeraar.id, gid)
