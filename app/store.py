"""Opening the store with a secret: the single place where the key is handled.

Accounts and roles (a later step) slot in here: they will turn a user's password into the store
key; everything after :func:`unlock` stays the same.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from app import reference
from db.clients import GemeenteRepository
from db.connection import Store, open_database

STORE_FILE = "wegwijs.db"
MIN_PASSPHRASE = 10


@dataclass(frozen=True)
class StoreLocation:
    data_dir: Path

    @property
    def path(self) -> Path:
        return self.data_dir / STORE_FILE

    @property
    def backup_dir(self) -> Path:
        return self.data_dir / "backups"

    def exists(self) -> bool:
        return self.path.exists()


@dataclass(frozen=True)
class Strength:
    score: int  # 0 (weak) .. 4 (strong)
    hint: str
    acceptable: bool


def passphrase_strength(passphrase: str) -> Strength:
    """A plain hint; length counts most, a phrase of several words is best."""
    length = len(passphrase)
    kinds = sum(
        (
            any(c.islower() for c in passphrase),
            any(c.isupper() for c in passphrase),
            any(c.isdigit() for c in passphrase),
            any(not c.isalnum() for c in passphrase),
        )
    )
    words = len(passphrase.split())
    if length < MIN_PASSPHRASE:
        return Strength(0, f"Te kort: gebruik minstens {MIN_PASSPHRASE} tekens.", False)
    if len(set(passphrase)) < 4:
        return Strength(0, "Te eenvoudig: gebruik meer verschillende tekens.", False)
    score = 1 + (length >= 14) + (length >= 20 or words >= 4) + (kinds >= 3)
    hints = {
        1: "Zwak: maak het langer, bijvoorbeeld een zin van vier woorden.",
        2: "Redelijk: nog wat langer maakt het sterker.",
        3: "Goed.",
        4: "Sterk.",
    }
    return Strength(min(score, 4), hints[min(score, 4)], True)


def check_new_passphrase(first: str, second: str) -> str | None:
    """The Dutch message for a new passphrase that cannot be used, or None when it can."""
    strength = passphrase_strength(first)
    if not strength.acceptable:
        return strength.hint
    if first != second:
        return "De twee wachtwoorden zijn niet gelijk."
    return None


def _seed_defaults(store: Store) -> None:
    repo = GemeenteRepository(store.conn)
    with store.transaction():
        for code, naam in reference.ACHTERHOEK:
            if repo.by_code(code) is None:
                repo.insert(code, naam)


def create_store(location: StoreLocation, passphrase: str) -> Store:
    """Create a new encrypted store (refuses to overwrite an existing file)."""
    store = open_database(location.path, passphrase, create=True, backup_dir=location.backup_dir)
    _seed_defaults(store)
    return store


def unlock(location: StoreLocation, passphrase: str) -> Store:
    """Open the existing store; WrongKeyError leaves the file untouched."""
    return open_database(location.path, passphrase, backup_dir=location.backup_dir)
