"""Digikoppeling REST as DUO's README describes it: two-way TLS, OIN headers, berichtId.

Every request carries `bron` (the gemeente's OIN: the organisation the message is for, a
setting per gemeente), `doel` (DUO's OIN) and a `berichtId` (UUID). DUO answers with the same
berichtId and an `API-Version`. The TLS context presents the server's PKIoverheid certificate
and trusts only the CA set by IT (no system store), with TLS 1.2 as the floor.
"""

from __future__ import annotations

import re
import ssl
import uuid
from dataclasses import dataclass
from pathlib import Path

OIN = re.compile(r"[0-9]{20}")
API_VERSION = re.compile(r"(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)([-+].*)?")
# The version of DUO's Notificatie API this endpoint implements (its answers must say so).
NOTIFICATIE_API_VERSION = "1.8.0"


class ConfigError(ValueError):
    """A setting the gateway cannot run with; the message is Dutch and names the setting."""


def check_oin(value: str, what: str) -> str:
    if not OIN.fullmatch(value):
        raise ConfigError(f"{what}: een OIN is 20 cijfers.")
    return value


def new_bericht_id() -> str:
    return str(uuid.uuid4())


def request_headers(*, bron_oin: str, doel_oin: str, bericht_id: str) -> dict[str, str]:
    return {
        "bron": check_oin(bron_oin, "bron"),
        "doel": check_oin(doel_oin, "doel"),
        "berichtId": str(uuid.UUID(bericht_id)),
        "Accept": "application/json",
    }


def major_version(value: str | None) -> int | None:
    """The major number of an `API-Version` header, None when absent or malformed."""
    if value is None:
        return None
    match = API_VERSION.fullmatch(value.strip())
    return int(match.group(1)) if match else None


@dataclass(frozen=True)
class TlsFiles:
    """Paths set by IT: our certificate and key, and the CA that signs the other side's."""

    certificate: Path
    key: Path
    ca: Path

    def check(self) -> None:
        for what, path in (
            ("certificaat", self.certificate),
            ("sleutel", self.key),
            ("CA", self.ca),
        ):
            if not path.is_file():
                raise ConfigError(f"TLS-{what} niet gevonden: {path}")


def client_context(files: TlsFiles) -> ssl.SSLContext:
    """For calls to DUO: verify DUO against the configured CA, present our certificate."""
    files.check()
    ctx = ssl.create_default_context(ssl.Purpose.SERVER_AUTH, cafile=str(files.ca))
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    ctx.load_cert_chain(str(files.certificate), str(files.key))
    return ctx


def server_context(files: TlsFiles) -> ssl.SSLContext:
    """For DUO's calls to our Notificatie API: DUO must present a certificate from the CA."""
    files.check()
    ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH, cafile=str(files.ca))
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    ctx.verify_mode = ssl.CERT_REQUIRED
    ctx.load_cert_chain(str(files.certificate), str(files.key))
    return ctx
