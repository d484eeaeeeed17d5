"""Accounts: sign in (with a growing delay after wrong passwords), add, change password, list.

Accounts live in the key file next to the store, because they must be read before the store can
be opened. Nothing here ever re-encrypts the store.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path

from app.security.keys import (
    DEFAULT_KDF,
    KEY_FILE,
    NAME_RE,
    Account,
    KdfParams,
    KeyFile,
    unwrap,
    wrap,
)
from app.security.roles import ROLE_LABELS, Actor, Role
from db.errors import StoreError

FIRST_USER = "beheerder"
FIRST_ROLES = frozenset({Role.BEHEERDER, Role.KLANTMANAGER})
FREE_TRIES = 3
MAX_DELAY = 15 * 60
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


def sign_in(data_dir: Path, naam: str | None, password: str, *, clock: Clock = time.time) -> SignIn:
    """Unwrap the store key. Without *naam*: the account created first (old scripts)."""
    keys = load_keys(data_dir)
    account = keys.first if not naam else keys.get(naam.strip().lower())
    if account is None:
        raise LoginError()
    wait = int(account.volgende_poging - clock() + 0.999)
    if wait > 0:
        raise TooSoonError(wait)
    key = unwrap(account, password)
    if key is None:
        failures = account.mislukt + 1
        keys.put(
            replace(account, mislukt=failures, volgende_poging=clock() + delay_after(failures))
        )
        keys.save(key_path(data_dir))
        raise LoginError()
    if account.mislukt:
        account = replace(account, mislukt=0, volgende_poging=0.0)
        keys.put(account)
        keys.save(key_path(data_dir))
    return SignIn(key, account)


def create_first(
    data_dir: Path, naam: str, password: str, store_key: bytes, kdf: KdfParams = DEFAULT_KDF
) -> Account:
    account = wrap(store_key, check_name(naam), FIRST_ROLES, password, stamp(), kdf)
    data_dir.mkdir(parents=True, exist_ok=True)
    KeyFile([account]).save(key_path(data_dir))
    return account


def add_account(
    data_dir: Path,
    store_key: bytes,
    naam: str,
    password: str,
    rollen: frozenset[Role],
    kdf: KdfParams = DEFAULT_KDF,
) -> Account:
    naam = check_name(naam)
    if not rollen:
        raise AccountError("Kies minstens één rol.")
    keys = load_keys(data_dir)
    if keys.get(naam):
        raise AccountError(f"Er is al een account {naam}.")
    account = wrap(store_key, naam, rollen, password, stamp(), kdf)
    keys.put(account)
    keys.save(key_path(data_dir))
    return account


def set_password(
    data_dir: Path, store_key: bytes, naam: str, password: str, kdf: KdfParams | None = None
) -> Account:
    """New password for *naam* (its own change, or a reset by a beheerder). Same roles."""
    keys = load_keys(data_dir)
    old = keys.get(naam)
    if old is None:
        raise AccountError(f"Er is geen account {naam}.")
    account = wrap(store_key, naam, old.rollen, password, old.aangemaakt, kdf or old.kdf)
    keys.put(account)
    keys.save(key_path(data_dir))
    return account


def describe(data_dir: Path) -> list[tuple[str, str]]:
    """(name, role labels) per account, in the order they were made."""
    return [
        (a.naam, ", ".join(ROLE_LABELS[r] for r in Role if r in a.rollen))
        for a in load_keys(data_dir).accounts
    ]
