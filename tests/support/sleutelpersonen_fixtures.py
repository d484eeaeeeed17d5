"""Key-person tests act as someone who is both klantmanager and coördinator (the first account of
the ``store`` fixture is beheerder + klantmanager, without SLEUTELPERSONEN_BEHEREN)."""

from __future__ import annotations

import pytest

from app.security.roles import Role
from tests.support.security import act_as


@pytest.fixture(autouse=True)
def _coordinator_and_klantmanager(request: pytest.FixtureRequest) -> None:
    if "store" in request.fixturenames or "inburgeraars" in request.fixturenames:
        act_as(request.getfixturevalue("store"), Role.COORDINATOR, Role.KLANTMANAGER)
