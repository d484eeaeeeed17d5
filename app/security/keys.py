"""The store key, wrapped once per account (changing a password never re-encrypts the store).

One random 32-byte key encrypts the store (SQLCipher raw key). Each account holds that key
wrapped with AES-256-GCM under a key derived from the account's password with Argon2id
(RFC 9106, second recommended option: 64 MiB, 3 passes, 4 lanes). The account name and roles
are the AES-GCM associated data, so editing roles in the file makes the wrap fail to open.
The key file holds no personal data beyond account names.
"""

from __future__ import annotations

import base64
import json
import os
import re
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from app.security.roles import Role

KEY_FILE = "sleutels.json"
FORMAT = 1
NAME_RE = re.compile(r"^[a-z][a-z0-9._-]{1,31}$")


@dataclass(frozen=True)
class KdfParams:
    time_cost: int = 3
    memory_kib: int = 64 * 1024
    parallelism: int = 4

    def to_json(self) -> dict[str, Any]:
        return {
            "algoritme": "argon2id",
            "t": self.time_cost,
            "m": self.memory_kib,
            "p": self.parallelism,
        }

    @classmethod
    def from_json(cls, raw: dict[str, Any]) -> KdfParams:
        if raw.get("algoritme") != "argon2id":
            raise ValueError("onbekend sleutelalgoritme")
        return cls(int(raw["t"]), int(raw["m"]), int(raw["p"]))


DEFAULT_KDF = KdfParams()


def derive(password: str, salt: bytes, params: KdfParams) -> bytes:
    return hash_secret_raw(
        password.encode("utf-8"),
        salt,
        time_cost=params.time_cost,
        memory_cost=params.memory_kib,
        parallelism=params.parallelism,
        hash_len=32,
        type=Type.ID,
    )


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


@dataclass(frozen=True)
class Account:
    naam: str
    rollen: frozenset[Role]
    salt: bytes
    kdf: KdfParams
    nonce: bytes
    wrapped: bytes
    aangemaakt: str
    mislukt: int = 0  # wrong passwords in a row
    volgende_poging: float = 0.0  # epoch seconds before which a try is refused

    def aad(self) -> bytes:
        return json.dumps([FORMAT, self.naam, sorted(r.value for r in self.rollen)]).encode()

    def to_json(self) -> dict[str, Any]:
        return {
            "naam": self.naam,
            "rollen": sorted(r.value for r in self.rollen),
            "kdf": self.kdf.to_json(),
            "salt": _b64(self.salt),
            "nonce": _b64(self.nonce),
            "sleutel": _b64(self.wrapped),
            "aangemaakt": self.aangemaakt,
            "mislukt": self.mislukt,
            "volgende_poging": self.volgende_poging,
        }

    @classmethod
    def from_json(cls, raw: dict[str, Any]) -> Account:
        return cls(
            naam=str(raw["naam"]),
            rollen=frozenset(Role(r) for r in raw["rollen"]),
            salt=_unb64(raw["salt"]),
            kdf=KdfParams.from_json(raw["kdf"]),
            nonce=_unb64(raw["nonce"]),
            wrapped=_unb64(raw["sleutel"]),
            aangemaakt=str(raw["aangemaakt"]),
            mislukt=int(raw.get("mislukt", 0)),
            volgende_poging=float(raw.get("volgende_poging", 0.0)),
        )


def wrap(
    store_key: bytes,
    naam: str,
    rollen: frozenset[Role],
    password: str,
    aangemaakt: str,
    kdf: KdfParams = DEFAULT_KDF,
) -> Account:
    salt = os.urandom(16)
    nonce = os.urandom(12)
    shell = Account(naam, rollen, salt, kdf, nonce, b"", aangemaakt)
    wrapped = AESGCM(derive(password, salt, kdf)).encrypt(nonce, store_key, shell.aad())
    return replace(shell, wrapped=wrapped)


def unwrap(account: Account, password: str) -> bytes | None:
    """The store key, or None when the password is wrong (or the entry was tampered with)."""
    try:
        key = AESGCM(derive(password, account.salt, account.kdf)).decrypt(
            account.nonce, account.wrapped, account.aad()
        )
    except InvalidTag:
        return None
    return key if len(key) == 32 else None


@dataclass
class KeyFile:
    accounts: list[Account] = field(default_factory=list)

    def get(self, naam: str) -> Account | None:
        return next((a for a in self.accounts if a.naam == naam), None)

    @property
    def first(self) -> Account:
        return self.accounts[0]

    def put(self, account: Account) -> None:
        for i, a in enumerate(self.accounts):
            if a.naam == account.naam:
                self.accounts[i] = account
                return
        self.accounts.append(account)

    @classmethod
    def load(cls, path: Path) -> KeyFile:
        raw = json.loads(path.read_text("utf-8"))
        if not isinstance(raw, dict) or raw.get("formaat") != FORMAT:
            raise ValueError("onbekend formaat")
        return cls([Account.from_json(a) for a in raw["accounts"]])

    def save(self, path: Path) -> None:
        """Atomic: write a temporary file, flush it to disk, then rename over the old one."""
        data = json.dumps(
            {"formaat": FORMAT, "accounts": [a.to_json() for a in self.accounts]}, indent=2
        )
        tmp = path.with_name(path.name + ".tmp")
        with open(tmp, "w", encoding="utf-8") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        tmp.replace(path)
