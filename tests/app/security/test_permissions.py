"""Permission checks sit in the services: tested there, not through the UI."""

from __future__ import annotations

import pytest

from app.inburgeraars.service import InburgeraarService, ListFilter
from app.security.audit import recent
from app.security.retention import RetentionService, inzage
from app.security.roles import PermissionDeniedError, Role
from db.connection import Store
from tests.conftest import TODAY, valid_form
from tests.support.security import act_as


@pytest.fixture
def inburgeraar_id(inburgeraars: InburgeraarService) -> str:
    cid = inburgeraars.save(valid_form(), TODAY).id
    assert cid
    return cid


def test_klantmanager_reads_and_changes_dossiers(store: Store, inburgeraar_id: str) -> None:
    service = InburgeraarService(act_as(store, Role.KLANTMANAGER))
    assert service.get(inburgeraar_id) is not None
    assert service.count(ListFilter()) == 1
    service.save(valid_form(id=inburgeraar_id, version=1, telefoon="0543 999999"), TODAY)
    with pytest.raises(PermissionDeniedError):
        service.add_gemeente("0999", "Nergens")
    with pytest.raises(PermissionDeniedError):
        RetentionService(store).candidates(TODAY)


def test_coordinator_sees_names_but_no_dossier_contents(store: Store, inburgeraar_id: str) -> None:
    service = InburgeraarService(act_as(store, Role.COORDINATOR))
    assert [r.id for r in service.page(ListFilter(), 0, 10)] == [inburgeraar_id]
    for call in (
        lambda: service.get(inburgeraar_id),
        lambda: service.find("999990019"),
        lambda: service.save(valid_form(bsn="", v_nummer=""), TODAY),
        lambda: inzage(store, inburgeraar_id),
    ):
        with pytest.raises(PermissionDeniedError, match="tester mag dit niet"):
            call()


def test_beheerder_alone_sees_no_dossiers(store: Store, inburgeraar_id: str) -> None:
    act_as(store, Role.BEHEERDER)
    service = InburgeraarService(store)
    with pytest.raises(PermissionDeniedError):
        service.page(ListFilter(), 0, 10)
    with pytest.raises(PermissionDeniedError):
        service.get(inburgeraar_id)
    service.add_gemeente("0999", "Proefgemeente")
    assert ("0999", "Proefgemeente") in service.gemeente_list()
    refused = [r for r in recent(store) if r["resultaat"] == "geweigerd"]
    assert {r["object_id"] for r in refused} == {"register lezen", "dossier lezen"}


def test_nobody_signed_in_is_refused(store: Store, inburgeraar_id: str) -> None:
    store.actor = None
    with pytest.raises(PermissionDeniedError, match="Niemand is aangemeld"):
        InburgeraarService(store).get(inburgeraar_id)


def test_refused_change_changes_nothing(store: Store, inburgeraar_id: str) -> None:
    act_as(store, Role.COORDINATOR)
    before = store.store.conn.execute("SELECT * FROM inburgeraar").fetchall()
    with pytest.raises(PermissionDeniedError):
        InburgeraarService(store).save(
            valid_form(id=inburgeraar_id, version=1, achternaam="Anders"), TODAY
        )
    assert store.store.conn.execute("SELECT * FROM inburgeraar").fetchall() == before


def test_acting_as_restores_the_signed_in_actor(store: Store, inburgeraar_id: str) -> None:
    from app.security.roles import acting_as

    signed_in = store.actor
    with acting_as(store, "demo", Role.COORDINATOR), pytest.raises(PermissionDeniedError):
        InburgeraarService(store).get(inburgeraar_id)
    assert store.actor is signed_in
    assert InburgeraarService(store).get(inburgeraar_id) is not None
