"""Changing an account's roles in Beheer: a role taken away is gone from the next sign-in, a
role the key file never held needs a new password, and the last beheerder cannot be removed."""

from __future__ import annotations

import pytest

from app.security import accounts
from app.security.account_roles import NeedsPasswordError, account_roles, set_roles
from app.security.accounts import AccountError
from app.security.roles import Role
from app.store import StoreLocation, create_store, unlock
from tests.conftest import PASSPHRASE, TEST_KDF

KIM = "kim haar eigen lange zin"
NIEUW = "kim krijgt een nieuwe zin"


@pytest.fixture
def location_with_kim(location: StoreLocation) -> StoreLocation:
    session = create_store(location, PASSPHRASE, kdf=TEST_KDF)
    accounts.add_account(
        session, "kim", KIM, frozenset({Role.KLANTMANAGER, Role.COORDINATOR}), TEST_KDF
    )
    session.close()
    return location


def _roles_at_sign_in(location: StoreLocation, naam: str, password: str) -> frozenset[Role]:
    session = unlock(location, password, naam)
    try:
        assert session.actor is not None
        return session.actor.rollen
    finally:
        session.close()


def test_a_role_taken_away_is_gone_and_can_come_back(location_with_kim: StoreLocation) -> None:
    location = location_with_kim
    admin = unlock(location, PASSPHRASE)
    set_roles(admin, "kim", frozenset({Role.KLANTMANAGER}))
    listed = {a.naam: a.rollen for a in account_roles(admin)}
    admin.close()
    assert listed["kim"] == {Role.KLANTMANAGER}
    assert _roles_at_sign_in(location, "kim", KIM) == {Role.KLANTMANAGER}
    admin = unlock(location, PASSPHRASE)
    set_roles(admin, "kim", frozenset({Role.KLANTMANAGER, Role.COORDINATOR}))  # no password
    admin.close()
    assert _roles_at_sign_in(location, "kim", KIM) == {Role.KLANTMANAGER, Role.COORDINATOR}


def test_a_new_role_needs_a_new_password(location_with_kim: StoreLocation) -> None:
    location = location_with_kim
    admin = unlock(location, PASSPHRASE)
    extra = frozenset({Role.KLANTMANAGER, Role.BEHEERDER})
    with pytest.raises(NeedsPasswordError):
        set_roles(admin, "kim", extra)
    assert {a.naam: a.rollen for a in account_roles(admin)}["kim"] == {
        Role.KLANTMANAGER,
        Role.COORDINATOR,
    }  # nothing changed
    set_roles(admin, "kim", extra, NIEUW, TEST_KDF)
    admin.close()
    assert _roles_at_sign_in(location, "kim", NIEUW) == extra
    with pytest.raises(accounts.LoginError):
        unlock(location, KIM, "kim")


def test_the_last_beheerder_stays(location_with_kim: StoreLocation) -> None:
    admin = unlock(location_with_kim, PASSPHRASE)
    try:
        with pytest.raises(AccountError, match="geen beheerder"):
            set_roles(admin, accounts.FIRST_USER, frozenset({Role.KLANTMANAGER}))
        with pytest.raises(AccountError, match="minstens één rol"):
            set_roles(admin, "kim", frozenset())
        assert Role.BEHEERDER in {a.naam: a.rollen for a in account_roles(admin)}["beheerder"]
    finally:
        admin.close()
