"""The PIP service checks roles itself and logs every view, change and export (issue 7), and the
register's status follows the PIP (concept → vastgesteld)."""

from __future__ import annotations

from datetime import date

import pytest

from app.clients.model import Inburgeraar
from app.clients.service import ClientService
from app.pip.service import PipService
from app.security.roles import PermissionDeniedError, Role
from tests.pip.conftest import complete_inhoud
from tests.security.helpers import act_as


def audit_lines(pips: PipService) -> list[tuple[str, str, str, str]]:
    rows = pips.store.conn.execute(
        "SELECT actie, object_type, object_id, resultaat FROM audit_regel ORDER BY volgnummer"
    ).fetchall()
    return [tuple(str(x) for x in r) for r in rows]  # type: ignore[misc]


def test_status_follows_the_pip(pips: PipService, client: Inburgeraar) -> None:
    clients = ClientService(pips.session)
    assert client.id
    pip = pips.create(client.id, complete_inhoud())
    assert clients.get(client.id).status == "pip_concept"  # type: ignore[union-attr]
    assert pip.id
    pips.vaststellen(pip.id, date(2025, 4, 1))
    assert clients.get(client.id).status == "pip_vastgesteld"  # type: ignore[union-attr]
    pips.wijzigen(client.id, "verhuizing", "Verhuisd naar Aalten.")
    assert clients.get(client.id).status == "pip_vastgesteld"  # never backwards


def test_changes_and_views_are_logged_with_ids_only(pips: PipService, client: Inburgeraar) -> None:
    assert client.id
    pip = pips.create(client.id, complete_inhoud())
    pips.versions(client.id)
    lines = audit_lines(pips)
    assert ("aangemaakt", "pip", pip.id, "ok") in lines
    assert ("bekeken", "pip", client.id, "ok") in lines
    text = " ".join(" ".join(line) for line in lines)
    assert client.achternaam not in text and (client.bsn or "x") not in text


@pytest.mark.parametrize("roles", [(Role.COORDINATOR,), (Role.BEHEERDER,)])
def test_other_roles_cannot_read_or_change_a_pip(
    pips: PipService, client: Inburgeraar, roles: tuple[Role, ...]
) -> None:
    assert client.id
    pip = pips.create(client.id, complete_inhoud())
    assert pip.id
    act_as(pips.session, *roles)
    for attempt in (
        lambda: pips.versions(client.id or ""),
        lambda: pips.current(client.id or ""),
        lambda: pips.save(pip, complete_inhoud(route="Z", advies="Z")),
        lambda: pips.vaststellen(pip.id or "", date(2025, 4, 1)),
        lambda: pips.duo_message(client.id or ""),
    ):
        with pytest.raises(PermissionDeniedError):
            attempt()
    act_as(pips.session, Role.KLANTMANAGER)
    again = pips.current(client.id)
    assert again is not None and again.status == "concept" and again.inhoud == pip.inhoud
    refused = [line for line in audit_lines(pips) if line[3] == "geweigerd"]
    assert len(refused) == 5
