"""The PIP service checks roles itself and logs every view, change and export (issue 7), and the
register's status follows the PIP (concept → vastgesteld)."""

from __future__ import annotations

from datetime import date

import pytest

from app.inburgeraars.model import Inburgeraar
from app.inburgeraars.service import InburgeraarService
from app.pip.service import PipService
from app.security.roles import PermissionDeniedError, Role
from tests.support.pip import complete_inhoud
from tests.support.security import act_as


def audit_lines(pips: PipService) -> list[tuple[str, str, str, str]]:
    rows = pips.store.conn.execute(
        "SELECT actie, object_type, object_id, resultaat FROM audit_regel ORDER BY volgnummer"
    ).fetchall()
    return [tuple(str(x) for x in r) for r in rows]  # type: ignore[misc]


def test_status_follows_the_pip(pips: PipService, inburgeraar: Inburgeraar) -> None:
    inburgeraars = InburgeraarService(pips.session)
    assert inburgeraar.id
    pip = pips.create(inburgeraar.id, complete_inhoud())
    assert inburgeraars.get(inburgeraar.id).status == "pip_concept"  # type: ignore[union-attr]
    assert pip.id
    pips.vaststellen(pip.id, date(2025, 4, 1))
    assert inburgeraars.get(inburgeraar.id).status == "pip_vastgesteld"  # type: ignore[union-attr]
    pips.wijzigen(inburgeraar.id, "verhuizing", "Verhuisd naar Aalten.")
    assert inburgeraars.get(inburgeraar.id).status == "pip_vastgesteld"  # never backwards


def test_changes_and_views_are_logged_with_ids_only(
    pips: PipService, inburgeraar: Inburgeraar
) -> None:
    assert inburgeraar.id
    pip = pips.create(inburgeraar.id, complete_inhoud())
    pips.versions(inburgeraar.id)
    lines = audit_lines(pips)
    assert ("aangemaakt", "pip", pip.id, "ok") in lines
    assert ("bekeken", "pip", inburgeraar.id, "ok") in lines
    text = " ".join(" ".join(line) for line in lines)
    assert inburgeraar.achternaam not in text and (inburgeraar.bsn or "x") not in text


@pytest.mark.parametrize("roles", [(Role.COORDINATOR,), (Role.BEHEERDER,)])
def test_other_roles_cannot_read_or_change_a_pip(
    pips: PipService, inburgeraar: Inburgeraar, roles: tuple[Role, ...]
) -> None:
    assert inburgeraar.id
    pip = pips.create(inburgeraar.id, complete_inhoud())
    assert pip.id
    act_as(pips.session, *roles)
    for attempt in (
        lambda: pips.versions(inburgeraar.id or ""),
        lambda: pips.current(inburgeraar.id or ""),
        lambda: pips.save(pip, complete_inhoud(route="Z", advies="Z")),
        lambda: pips.vaststellen(pip.id or "", date(2025, 4, 1)),
        lambda: pips.duo_message(inburgeraar.id or ""),
    ):
        with pytest.raises(PermissionDeniedError):
            attempt()
    act_as(pips.session, Role.KLANTMANAGER)
    again = pips.current(inburgeraar.id)
    assert again is not None and again.status == "concept" and again.inhoud == pip.inhoud
    refused = [line for line in audit_lines(pips) if line[3] == "geweigerd"]
    assert len(refused) == 5
