"""The store key, wrapped once per account (changing a password never re-encrypts the store).

One random 32-byte key encrypts the store (SQLCipher raw key). Each account has an X25519 key
pair: the private key is encrypted with AES-256-GCM under a key derived from the account's
password with Argon2id (RFC 9106, second recommended option: 64 MiB, 3 passes, 4 lanes), and
the store key is sealed to the public key (ephemeral X25519 + HKDF-SHA256 + AES-256-GCM). So a
beheerder can give every remaining account a *new* store key without knowing their passwords
(:func:`reseal`, used when an account is revoked and the store re-keyed). The account name and
roles are the AES-GCM associated data, so editing roles in the file makes the entry fail to
open. Entries of the first format (the store key wrapped directly under the password key) still
open and are upgraded at their next sign-in. The key file holds no personal data beyond
account names.
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
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from app.security.roles import Role
from app.store_location import KEY_FILE_FORMAT

FORMAT = KEY_FILE_FORMAT
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
    publiek: bytes = b""  # X25519 public key ("" = first format: wrapped is the store key)
    prive: bytes = b""  # the private key, AES-GCM under the password key (nonce: self.nonce)
    # While the store is being re-keyed: the previous store key, sealed like `wrapped`, so that a
    # crash between the new key file and the rekey still opens (and finishes) the store.
    vorige: bytes = b""

    @property
    def sealed(self) -> bool:
        return bool(self.publiek)

    def aad(self) -> bytes:
        rollen = sorted(r.value for r in self.rollen)
        if not self.sealed:
            return json.dumps([FORMAT, self.naam, rollen]).encode()
        return json.dumps([2, self.naam, rollen, _b64(self.publiek)]).encode()

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
            **({"publiek": _b64(self.publiek), "prive": _b64(self.prive)} if self.sealed else {}),
            **({"vorige": _b64(self.vorige)} if self.vorige else {}),
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
            publiek=_unb64(raw["publiek"]) if raw.get("publiek") else b"",
            prive=_unb64(raw["prive"]) if raw.get("prive") else b"",
            vorige=_unb64(raw["vorige"]) if raw.get("vorige") else b"",
        )


def _seal_key(shared: bytes, eph_pub: bytes, pub: bytes) -> bytes:
    info = b"wegwijs-winkelsleutel" + eph_pub + pub
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=info).derive(shared)


def _raw_public(key: X25519PublicKey) -> bytes:
    return key.public_bytes(Encoding.Raw, PublicFormat.Raw)


def _seal(store_key: bytes, pub: bytes, aad: bytes) -> bytes:
    eph = X25519PrivateKey.generate()
    eph_pub = _raw_public(eph.public_key())
    shared = eph.exchange(X25519PublicKey.from_public_bytes(pub))
    nonce = os.urandom(12)
    sealed = AESGCM(_seal_key(shared, eph_pub, pub)).encrypt(nonce, store_key, aad)
    return eph_pub + nonce + sealed


def _open_sealed(private: bytes, blob: bytes, aad: bytes) -> bytes:
    own = X25519PrivateKey.from_private_bytes(private)
    pub = _raw_public(own.public_key())
    eph_pub, nonce, sealed = blob[:32], blob[32:44], blob[44:]
    shared = own.exchange(X25519PublicKey.from_public_bytes(eph_pub))
    return AESGCM(_seal_key(shared, eph_pub, pub)).decrypt(nonce, sealed, aad)


def wrap(
    store_key: bytes,
    naam: str,
    rollen: frozenset[Role],
    password: str,
    aangemaakt: str,
    kdf: KdfParams = DEFAULT_KDF,
) -> Account:
    """A new entry for *naam*: a fresh key pair, its private half under the password."""
    private = X25519PrivateKey.generate()
    pub = _raw_public(private.public_key())
    raw_private = private.private_bytes_raw()
    salt = os.urandom(16)
    nonce = os.urandom(12)
    shell = Account(naam, rollen, salt, kdf, nonce, b"", aangemaakt, publiek=pub)
    aad = shell.aad()
    prive = AESGCM(derive(password, salt, kdf)).encrypt(nonce, raw_private, aad)
    return replace(shell, prive=prive, wrapped=_seal(store_key, pub, aad))


def reseal(account: Account, store_key: bytes, previous: bytes | None = None) -> Account | None:
    """*account* holding *store_key* instead (and *previous* as `vorige`), without its
    password; None for an entry of the first format (it needs a new password)."""
    if not account.sealed:
        return None
    aad = account.aad()
    return replace(
        account,
        wrapped=_seal(store_key, account.publiek, aad),
        vorige=_seal(previous, account.publiek, aad) if previous else b"",
    )


def unwrap_both(account: Account, password: str) -> tuple[bytes, bytes | None] | None:
    """(store key, previous store key or None), or None when the password is wrong (or the
    entry was tampered with)."""
    try:
        secret = AESGCM(derive(password, account.salt, account.kdf)).decrypt(
            account.nonce, account.prive if account.sealed else account.wrapped, account.aad()
        )
        if not account.sealed:
            return (secret, None) if len(secret) == 32 else None
        key = _open_sealed(secret, account.wrapped, account.aad())
        previous = _open_sealed(secret, account.vorige, account.aad()) if account.vorige else None
    except (InvalidTag, ValueError):
        return None
    return (key, previous) if len(key) == 32 else None


def unwrap(account: Account, password: str) -> bytes | None:
    """The store key, or None when the password is wrong (or the entry was tampered with)."""
    both = unwrap_both(account, password)
    return both[0] if both else None


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
