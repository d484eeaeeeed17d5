"""Opening the store with a secret: the single place where the key is handled.

A user's password unwraps the random store key (app/security/keys.py); the store is opened with
that key, and the signed-in account and the store together become the :class:`Session`.
"""

from __future__ import annotations

import os
import time
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path

from app import reference
from app.files import make_private, make_private_dir
from app.security.accounts import (
    FIRST_USER,
    Clock,
    LoginError,
    SignIn,
    create_first,
    load_keys,
    record_roles,
    sign_in,
)
from app.security.audit import audit
from app.security.interrupted_restore import restoring_by
from app.security.keys import DEFAULT_KDF, Account, KdfParams
from app.security.roles import Actor
from app.security.strength import MIN_LENGTH, Strength, strength
from app.session import Session
from app.settings import Settings
from app.store_location import STORE_FILE as STORE_FILE  # re-exported: most callers
from app.store_location import StoreLocation as StoreLocation  # import the location from here
from db.accounts import AccountRoleRepository
from db.connection import Store, open_database
from db.errors import (
    StoreDamagedError,
    StoreExistsError,
    StoreInUseError,
    StoreMissingError,
    WrongKeyError,
)
from db.inburgeraars import GemeenteRepository

MIN_PASSPHRASE = MIN_LENGTH


def passphrase_strength(passphrase: str, context: Sequence[str] = ()) -> Strength:
    """zxcvbn with Dutch words and *context* (account name, municipality): see
    app.security.strength."""
    gemeente = Settings.machine_base().gemeente_naam  # what IT set for this machine
    return strength(passphrase, (*context, gemeente))


def check_new_passphrase(first: str, second: str, context: Sequence[str] = ()) -> str | None:
    """The Dutch message for a new passphrase that cannot be used, or None when it can."""
    found = passphrase_strength(first, context)
    if not found.acceptable:
        return found.hint
    if first != second:
        return "De twee wachtwoorden zijn niet gelijk."
    return None


def _seed_defaults(store: Store) -> None:
    repo = GemeenteRepository(store.conn)
    with store.transaction():
        for code, naam in reference.ACHTERHOEK:
            if repo.by_code(code) is None:
                repo.insert(code, naam)


def _actor(store: Store, account: Account) -> Actor:
    """The roles the key file and the store agree on. A store from before ``account_rol``
    takes the key file's roles over once. An account the store does not know (revoked, or
    written into the key file by hand) may not sign in."""
    repo = AccountRoleRepository(store.conn)
    known = repo.all()
    if not known:
        with store.transaction():
            for entry in load_keys(store.path.parent).accounts:
                record_roles(store, entry.naam, entry.rollen)
        known = repo.all()
    stored = known.get(account.naam)
    if stored is None:
        audit(Session(store), "aanmelden", "account", account.naam, result="geweigerd")
        raise LoginError()
    return Actor(account.naam, frozenset(r for r in account.rollen if r.value in stored))


def _signed_in(store: Store, account: Account, action: str, data_dir: Path) -> Session:
    from app.security.anchors import anchor_in_key_file

    session = Session(store, _actor(store, account), data_dir)
    audit(session, action, "account", account.naam)
    anchor_in_key_file(store)
    return session


def create_store(
    location: StoreLocation,
    passphrase: str,
    user: str = FIRST_USER,
    kdf: KdfParams = DEFAULT_KDF,
) -> Session:
    """Create a new encrypted store (refuses to overwrite an existing file) under a random key,
    and its first account (beheerder + klantmanager) holding that key wrapped."""
    location.prepare()
    if location.exists():
        raise StoreExistsError(location.path)
    key = os.urandom(32)
    make_private_dir(location.data_dir)  # 0700 on POSIX; the files in it 0600
    account = create_first(location.data_dir, user, passphrase, key, kdf)
    store = open_database(location.path, key, create=True, backup_dir=location.backup_dir)
    make_private(location.path)
    store.integrity_checked = True  # just made: nothing to check yet
    _seed_defaults(store)
    with store.transaction():
        record_roles(store, account.naam, account.rollen)
    return _signed_in(store, account, "aangemaakt", location.data_dir)


# integrity_check reads every page: ~4 s for a store with 100,000 inburgeraars (230 MB). Up to
# this size it runs while signing in; a larger store is checked right after the window shows,
# on a connection of its own, so the officer sees the register within a second.
INLINE_CHECK_MAX_BYTES = 32 * 1024 * 1024


def inline_check_fits(location: StoreLocation) -> bool:
    try:
        return location.path.stat().st_size <= INLINE_CHECK_MAX_BYTES
    except OSError:
        return True


def open_signed_in(
    location: StoreLocation,
    signin: SignIn,
    passphrase: str | None = None,
    *,
    check_integrity: bool = True,
) -> Session:
    """Open the store with an unwrapped key and (unless told not to) check its integrity. A
    store that does not open (or fails integrity_check) raises StoreDamagedError and is left
    untouched. SQLCipher verifies each page's HMAC whenever it is read, so skipping the full
    check here never lets a damaged page pass unnoticed: it only defers finding it."""
    location.prepare()
    try:
        store = open_database(location.path, signin.key, backup_dir=location.backup_dir)
    except WrongKeyError:
        store = _finish_account_migration(location, signin, passphrase)
    if restoring_by(location.data_dir) is not None:  # began while we opened: let it go first
        store.abandon()
        raise StoreInUseError("er wordt een back-up teruggezet")
    if check_integrity:
        problems = store.integrity_problems()
        if problems:
            store.abandon()
            raise StoreDamagedError("; ".join(problems[:3]))
        store.integrity_checked = True
    try:
        return _signed_in(store, signin.account, "aangemeld", location.data_dir)
    except BaseException:  # e.g. StoreBusyError writing the audit line: close, then say so
        store.abandon()
        raise


def integrity_problems_of(path: Path, key: bytes | str) -> list[str]:
    """integrity_check on a connection of its own (for the deferred check of a large store)."""
    own = open_database(path, key)
    try:
        return own.integrity_problems()
    finally:
        own.abandon()


def unlock(
    location: StoreLocation, passphrase: str, user: str | None = None, *, clock: Clock = time.time
) -> Session:
    """Sign in and open the store. Without *user*: the account created first. A store made
    before accounts existed (one passphrase) becomes the first account, once."""
    location.prepare()
    if not location.exists():
        raise StoreMissingError(location.path)
    if not location.has_accounts():
        return _migrate_to_accounts(location, passphrase, user or FIRST_USER)
    signin = sign_in(location.data_dir, user, passphrase, clock=clock)
    return open_signed_in(location, signin, passphrase, check_integrity=inline_check_fits(location))


def _migrate_to_accounts(location: StoreLocation, passphrase: str, user: str) -> Session:
    """Passphrase store → random store key wrapped for a first account. Order matters for a
    crash: backup, then the key file, then the rekey (see _finish_account_migration)."""
    store = open_database(location.path, passphrase, backup_dir=location.backup_dir)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    store.copy_to(location.backup_dir / f"voor-accounts-{stamp}.db")
    key = os.urandom(32)
    account = create_first(location.data_dir, user, passphrase, key)
    store.rekey(key)
    return _signed_in(store, account, "accounts ingevoerd", location.data_dir)


def _finish_account_migration(
    location: StoreLocation, signin: SignIn, passphrase: str | None
) -> Store:
    """The key file was written but the rekey did not happen (crash in between): the store
    still opens with the first account's password; finish the rekey now. Otherwise the file
    does not belong to this key file or its header is damaged: say so, change nothing."""
    for old in (signin.previous, passphrase):  # a re-key, or the move to accounts
        if not old:
            continue
        try:
            store = open_database(location.path, old, backup_dir=location.backup_dir)
        except WrongKeyError:
            continue
        store.rekey(signin.key)
        return store
    raise StoreDamagedError("de sleutel past niet op dit bestand")
