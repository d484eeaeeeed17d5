"""The server password, kept wrapped with the store key (never in plain text, not even inside
the encrypted store): AES-256-GCM under a key derived from the store key with HKDF-SHA256."""

from __future__ import annotations

import base64
import os

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

_INFO = b"wegwijs: wachtwoord regionale server"


def _key(store_key: str | bytes) -> bytes:
    material = store_key.encode("utf-8") if isinstance(store_key, str) else store_key
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=_INFO).derive(material)


def wrap(store_key: str | bytes, password: str, user: str) -> str:
    nonce = os.urandom(12)
    sealed = AESGCM(_key(store_key)).encrypt(nonce, password.encode("utf-8"), user.encode())
    return base64.b64encode(nonce + sealed).decode("ascii")


def unwrap(store_key: str | bytes, wrapped: str, user: str) -> str | None:
    raw = base64.b64decode(wrapped)
    try:
        return AESGCM(_key(store_key)).decrypt(raw[:12], raw[12:], user.encode()).decode("utf-8")
    except InvalidTag:
        return None
