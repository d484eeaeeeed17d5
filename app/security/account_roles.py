"""Change an account's roles (beheerder), and list the roles each account really has.

A sign-in gets the roles the key file and the store agree on (app.store._actor). The key file's
roles are bound to the account's password (they are in the authenticated data of its private
key), the store's are not. So a role can be *taken away* in the store alone, and given back the
same way as long as the key file still holds it; a role the key file never held can only be
given together with a new password for the account (the beheerder sets one and tells the
colleague, as with `wegwijs user passwd`). Nobody may take away the last beheerder.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from app.security.accounts import (
    AccountError,
    _store_key,
    key_path,
    load_keys,
    locked,
    record_roles,
)
from app.security.audit import audit
from app.security.keys import DEFAULT_KDF, KdfParams, wrap
from app.security.roles import Permission, Role, require
from db.accounts import AccountRoleRepository

if TYPE_CHECKING:
    from app.session import Session


class NeedsPasswordError(AccountError):
    """The new roles need a new password for the account (see the module docstring)."""


@dataclass(frozen=True)
class AccountRoles:
    naam: str
    rollen: frozenset[Role]  # what a sign-in gets: key file ∩ store
    in_sleutelbestand: frozenset[Role]  # what can be given back without a new password


def account_roles(session: Session) -> list[AccountRoles]:
    """Every account in the order they were made, with the roles a sign-in gets now."""
    stored = AccountRoleRepository(session.store.conn).all()
    result = []
    for account in load_keys(session.store.path.parent).accounts:
        known = stored.get(account.naam, frozenset())
        rollen = frozenset(r for r in account.rollen if r.value in known)
        result.append(AccountRoles(account.naam, rollen, account.rollen))
    return result


def set_roles(
    session: Session,
    naam: str,
    rollen: frozenset[Role],
    password: str | None = None,
    kdf: KdfParams | None = None,
) -> frozenset[Role]:
    """Give *naam* exactly *rollen* (beheerder). Raises NeedsPasswordError when a role is new to
    the key file and no new password is given; the account's own sign-in changes from the next
    time it signs in. Returns the roles it now has."""
    require(session, Permission.GEBRUIKERS_BEHEREN)
    if not rollen:
        raise AccountError("Kies minstens één rol.")
    store = session.store
    data_dir = store.path.parent
    with locked(data_dir):
        current = {a.naam: a for a in account_roles(session)}
        if naam not in current:
            raise AccountError(f"Er is geen account {naam}.")
        if Role.BEHEERDER not in rollen and not any(
            Role.BEHEERDER in a.rollen for other, a in current.items() if other != naam
        ):
            raise AccountError("Dan blijft er geen beheerder over; er is niets veranderd.")
        keys = load_keys(data_dir)
        old = keys.get(naam)
        assert old is not None  # in `current`, so in the key file
        new_to_key_file = rollen - old.rollen
        if new_to_key_file and not password:
            raise NeedsPasswordError(
                "Deze rol is nieuw voor dit account: geef het account ook een nieuw wachtwoord."
            )
        with store.transaction():
            record_roles(store, naam, rollen)
            audit(session, "rollen gewijzigd", "account", naam)
            if new_to_key_file and password:
                account = wrap(
                    _store_key(session),
                    naam,
                    rollen,
                    password,
                    old.aangemaakt,
                    kdf or old.kdf or DEFAULT_KDF,
                )
                audit(session, "wachtwoord gewijzigd", "account", naam)
                keys.put(account)
                keys.save(key_path(data_dir))  # last: a failure rolls the store's roles back
    return rollen
