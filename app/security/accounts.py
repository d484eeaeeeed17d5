"""Accounts: sign in (with a growing delay after wrong passwords), add, change password, list.

Accounts live in the key file next to the store, because they must be read before the store can
be opened; their roles are also kept inside the store (``account_rol``) and a sign-in gets only
the roles both agree on. Every read-modify-write of the key file holds :func:`locked` (a real
file lock, also between processes). A wrong-password try is counted *before* the password is
tried: a try whose count cannot be saved is refused, and killing the process mid-try still
counts. Nothing here re-encrypts the store (``app.security.revoke`` does, when someone leaves).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from app.security.audit import audit
from app.security.keys import (
    DEFAULT_KDF,
    NAME_RE,
    Account,
    KdfParams,
    KeyFile,
    unwrap_both,
    wrap,
)
from app.security.roles import ROLE_LABELS, Actor, Permission, Role, require
from app.store_location import KEY_FILE
from db.accounts import AccountRoleRepository
from db.errors import StoreError

if TYPE_CHECKING:
    from app.session import Session
    from db.connection import Store

FIRST_USER = "beheerder"
# The first account can try the whole app: dossiers, the sleutelpersonen registry and Beheer.
FIRST_ROLES = frozenset({Role.BEHEERDER, Role.KLANTMANAGER, Role.COORDINATOR})
FREE_TRIES = 3
MAX_DELAY = 15 * 60
LOCK_TIMEOUT = 30.0  # seconds a key-file change waits for another one (a sign-in takes < 1 s)
Clock = Callable[[], float]


class LoginError(StoreError):
    def __init__(self) -> None:
        super().__init__("De naam of het wachtwoord klopt niet. Er is niets veranderd.")


class TooSoonError(StoreError):
    def __init__(self, seconds: int) -> None:
        super().__init__(
            f"Te vaak een verkeerd wachtwoord. Wacht nog {seconds} seconden en probeer het "
            "dan opnieuw."
        )
        self.seconds = seconds


class AccountError(StoreError):
    """A Dutch message about an account that cannot be added or changed."""


class KeyFileError(StoreError):
    def __init__(self, path: Path) -> None:
        super().__init__(
            f"Het sleutelbestand {path.name} ontbreekt of is beschadigd. Zonder dit bestand "
            "kan het gegevensbestand niet worden geopend; zet het terug uit een back-up "
            "(het staat naast elke back-up)."
        )


class KeyFileBusyError(StoreError):
    def __init__(self) -> None:
        super().__init__(
            "Het sleutelbestand is bezet door een andere aanmelding of wijziging. Er is niets "
            "veranderd; probeer het zo opnieuw."
        )


class CounterNotSavedError(StoreError):
    def __init__(self) -> None:
        super().__init__(
            "Aanmelden kan nu niet: Wegwijs kan het sleutelbestand niet bijwerken (de map is "
            "alleen-lezen of de schijf is vol). Zonder dat wordt een poging niet geteld, dus "
            "wordt hij geweigerd. Er is niets veranderd; vraag de beheerder of ICT om hulp."
        )


@contextmanager
def locked(data_dir: Path) -> Iterator[None]:
    """Hold the key file's lock (``sleutels.json.lock``, an OS file lock: also between
    processes, released when the holder dies)."""
    from filelock import FileLock, Timeout  # on first use: ~0.1 s start-up need not pay

    data_dir.mkdir(parents=True, exist_ok=True)
    lock = FileLock(str(data_dir / (KEY_FILE + ".lock")), timeout=LOCK_TIMEOUT)
    try:
        lock.acquire()
    except Timeout as exc:
        raise KeyFileBusyError() from exc
    try:
        yield
    finally:
        lock.release()


def delay_after(failures: int) -> int:
    """Seconds to wait before the next try: none for the first few, then doubling."""
    if failures < FREE_TRIES:
        return 0
    return int(min(2 ** (failures - FREE_TRIES + 1), MAX_DELAY))


def key_path(data_dir: Path) -> Path:
    return data_dir / KEY_FILE


def load_keys(data_dir: Path) -> KeyFile:
    path = key_path(data_dir)
    try:
        keys = KeyFile.load(path)
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise KeyFileError(path) from exc
    if not keys.accounts:
        raise KeyFileError(path)
    return keys


def actor_for(account: Account) -> Actor:
    return Actor(account.naam, account.rollen)


def stamp() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def check_name(naam: str) -> str:
    naam = naam.strip().lower()
    if not NAME_RE.match(naam):
        raise AccountError(
            "Een accountnaam heeft 2 tot 32 tekens: kleine letters, cijfers, punt, streepje "
            "of liggend streepje, en begint met een letter."
        )
    return naam


@dataclass(frozen=True)
class SignIn:
    key: bytes
    account: Account
    previous: bytes | None = None  # the store key before a re-key that a crash interrupted


def sign_in(data_dir: Path, naam: str | None, password: str, *, clock: Clock = time.time) -> SignIn:
    """Unwrap the store key. Without *naam*: the account created first (old scripts).

    Under the key-file lock: load, refuse when too soon, count this try and save that count,
    only then try the password (and reset the count when it was right). Parallel tries are
    therefore each counted, and a try that cannot be counted never runs."""
    with locked(data_dir):
        keys = load_keys(data_dir)
        account = keys.first if not naam else keys.get(naam.strip().lower())
        if account is None:
            raise LoginError()
        wait = int(account.volgende_poging - clock() + 0.999)
        if wait > 0:
            raise TooSoonError(wait)
        failures = account.mislukt + 1
        keys.put(
            replace(account, mislukt=failures, volgende_poging=clock() + delay_after(failures))
        )
        try:
            keys.save(key_path(data_dir))
        except OSError as exc:
            raise CounterNotSavedError() from exc
        both = unwrap_both(account, password)
        if both is None:
            raise LoginError()
        key, previous = both
        account = replace(account, mislukt=0, volgende_poging=0.0)
        if not account.sealed:  # first format: upgrade now that we have the password
            account = wrap(
                key, account.naam, account.rollen, password, account.aangemaakt, account.kdf
            )
        keys.put(account)
        try:
            keys.save(key_path(data_dir))
        except OSError as exc:
            raise CounterNotSavedError() from exc
    return SignIn(key, account, previous)


def create_first(
    data_dir: Path, naam: str, password: str, store_key: bytes, kdf: KdfParams = DEFAULT_KDF
) -> Account:
    """The key file of a new store. Never over an existing key file: that would lose every
    account's way into the store (and into its backups)."""
    account = wrap(store_key, check_name(naam), FIRST_ROLES, password, stamp(), kdf)
    with locked(data_dir):
        if key_path(data_dir).exists():
            raise AccountError(
                f"Er staat al een sleutelbestand {KEY_FILE} in {data_dir}; het wordt niet "
                "overschreven. Ontbreekt alleen wegwijs.db? Zet dan een back-up terug."
            )
        KeyFile([account]).save(key_path(data_dir))
    return account


def _store_key(session: Session) -> bytes:
    store = session.store
    key = store.raw_key
    if not isinstance(key, bytes):
        raise AccountError("Dit gegevensbestand heeft nog geen accounts.")
    return key


def record_roles(store: Store, naam: str, rollen: frozenset[Role]) -> None:
    """Keep *naam*'s roles inside the store too (the key file alone grants nothing)."""
    AccountRoleRepository(store.conn).put(naam, frozenset(r.value for r in rollen))


def add_account(
    session: Session,
    naam: str,
    password: str,
    rollen: frozenset[Role],
    kdf: KdfParams = DEFAULT_KDF,
) -> Account:
    """A new account (beheerder): its wrap in the key file, its roles in the store, an audit
    line."""
    store = session.store
    require(session, Permission.GEBRUIKERS_BEHEREN)
    naam = check_name(naam)
    if not rollen:
        raise AccountError("Kies minstens één rol.")
    data_dir = store.path.parent
    account = wrap(_store_key(session), naam, rollen, password, stamp(), kdf)
    with locked(data_dir):
        keys = load_keys(data_dir)
        if keys.get(naam):
            raise AccountError(f"Er is al een account {naam}.")
        with store.transaction():
            record_roles(store, naam, rollen)
            audit(session, "aangemaakt", "account", naam)
            keys.put(account)
            keys.save(key_path(data_dir))  # last: a failure rolls the roles back too
    return account


def set_password(
    session: Session, naam: str, password: str, kdf: KdfParams | None = None
) -> Account:
    """New password for *naam*: the signed-in account's own, or any account's by a beheerder.
    Same roles. An audit line says who did it."""
    store = session.store
    actor = session.actor
    if not isinstance(actor, Actor) or actor.naam != naam:
        require(session, Permission.GEBRUIKERS_BEHEREN)
    data_dir = store.path.parent
    with locked(data_dir):
        keys = load_keys(data_dir)
        old = keys.get(naam)
        if old is None:
            raise AccountError(f"Er is geen account {naam}.")
        account = wrap(
            _store_key(session), naam, old.rollen, password, old.aangemaakt, kdf or old.kdf
        )
        with store.transaction():
            audit(session, "wachtwoord gewijzigd", "account", naam)
            keys.put(account)
            keys.save(key_path(data_dir))
    return account


def describe(data_dir: Path) -> list[tuple[str, str]]:
    """(name, role labels) per account, in the order they were made."""
    return [
        (a.naam, ", ".join(ROLE_LABELS[r] for r in Role if r in a.rollen))
        for a in load_keys(data_dir).accounts
    ]
