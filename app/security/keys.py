"""The store key, wrapped once per account (changing a password never re-encrypts the store).

One random 32-byte key encrypts the store (SQLCipher raw key). Each account holds that key
wrapped with AES-256-GCM under a key derived from the account's password with Argon2id
(RFC 9106, second recommended option: 64 MiB, 3 passes, 4 lanes). The account name and roles
are the AES-GCM associated data, so editing roles in the file makes the wrap fail to open.
The key file holds no personal data beyond account names.
"""

from __future__ import annotations

import base64
import contextlib
import json
import os
import re
import tempfile
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


def write_private(path: Path, data: bytes) -> None:
    """Write *data* to *path* atomically: a temporary file with a unique name in the same folder
    (0600 on POSIX), flushed to disk, renamed over *path*, and the folder flushed too. Two
    writers never share a temporary file; a crash leaves the old file or the new one."""
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    if os.name == "posix":  # the rename itself survives a power cut only once the folder is synced
        dir_fd = os.open(path.parent, os.O_RDONLY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)


@dataclass
class KeyFile:
    accounts: list[Account] = field(default_factory=list)
    # The audit trail's head (volgnummer + hash) at the last sign-in, close or backup: kept
    # outside the store so that removing the newest lines or rewriting the chain is found.
    audit_anker: dict[str, Any] | None = None

    def get(self, naam: str) -> Account | None:
        return next((a for a in self.accounts if a.naam == naam), None)

    @property
    def first(self) -> Account:
        return self.accounts[0]

    def remove(self, naam: str) -> None:
        self.accounts = [a for a in self.accounts if a.naam != naam]

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
        anchor = raw.get("audit_anker")
        return cls(
            [Account.from_json(a) for a in raw["accounts"]],
            anchor if isinstance(anchor, dict) else None,
        )

    def save(self, path: Path) -> None:
        """Atomic (see :func:`write_private`). Callers hold the key-file lock
        (``app.security.accounts.locked``) around their read-modify-write."""
        content: dict[str, Any] = {
            "formaat": FORMAT,
            "accounts": [a.to_json() for a in self.accounts],
        }
        if self.audit_anker is not None:
            content["audit_anker"] = self.audit_anker
        write_private(path, json.dumps(content, indent=2).encode("utf-8"))
