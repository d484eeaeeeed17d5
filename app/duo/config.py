"""The gateway's settings, from one TOML file set by IT (no personal data in it).

```toml
[database]
dsn = "host=db.regio.local dbname=wegwijs user=wegwijs_duo sslmode=verify-full"
[duo]
url = "https://duo.example:443/v1"      # DUO's base path: https://{host:port}/{major}
oin = "00000001800866472000"            # doel: DUO's OIN
[tls]                                   # PKIoverheid certificate, key and CA (path set by IT)
certificaat = "/etc/wegwijs/duo/gateway.crt"
sleutel = "/etc/wegwijs/duo/gateway.key"
ca = "/etc/wegwijs/duo/pkio-private-root.pem"
[notificaties]                          # our Notificatie API, called by DUO
host = "0.0.0.0"
port = 8443
[gemeenten]                             # gemeentecode = bron OIN of that gemeente
"0222" = "00000001001589623000"
```
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.duo.digikoppeling import ConfigError, TlsFiles, check_oin


@dataclass(frozen=True)
class Backoff:
    first_seconds: float = 5.0
    max_seconds: float = 1800.0

    def delay(self, attempts: int) -> float:
        """Seconds to wait after *attempts* failed tries (doubling, capped)."""
        return float(min(self.first_seconds * 2 ** max(attempts, 0), self.max_seconds))


@dataclass(frozen=True)
class GatewayConfig:
    dsn: str
    duo_url: str
    duo_oin: str
    tls: TlsFiles | None  # None only in tests without TLS
    gemeenten: dict[str, str]  # gemeentecode -> OIN
    host: str = "127.0.0.1"
    port: int = 8443
    batch: int = 50
    backoff: Backoff = field(default_factory=Backoff)
    poll_seconds: float = 1.0

    def oin_of(self, gemeentecode: str) -> str:
        try:
            return self.gemeenten[gemeentecode]
        except KeyError as exc:
            raise ConfigError(f"Geen OIN ingesteld voor gemeente {gemeentecode}.") from exc

    def gemeente_of(self, oin: str) -> str | None:
        for code, value in self.gemeenten.items():
            if value == oin:
                return code
        return None


def _section(raw: dict[str, Any], name: str) -> dict[str, Any]:
    value = raw.get(name)
    if not isinstance(value, dict):
        raise ConfigError(f"Sectie [{name}] ontbreekt in de instellingen.")
    return value


def _text(section: dict[str, Any], key: str, where: str) -> str:
    value = section.get(key)
    if not isinstance(value, str) or not value:
        raise ConfigError(f"{where}.{key} ontbreekt.")
    return value


def load_config(path: Path) -> GatewayConfig:
    try:
        raw = tomllib.loads(path.read_text("utf-8"))
    except OSError as exc:
        raise ConfigError(f"Instellingen niet te lezen: {path}") from exc
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"Instellingen zijn geen geldige TOML: {exc}") from exc
    db, duo = _section(raw, "database"), _section(raw, "duo")
    tls_raw, gemeenten_raw = _section(raw, "tls"), _section(raw, "gemeenten")
    notif = raw.get("notificaties", {})
    queue = raw.get("wachtrij", {})
    gemeenten = {}
    for code, oin in gemeenten_raw.items():
        if not (isinstance(code, str) and len(code) == 4 and code.isascii() and code.isdigit()):
            raise ConfigError(f"Gemeentecode {code!r}: 4 cijfers.")
        gemeenten[code] = check_oin(str(oin), f"OIN van gemeente {code}")
    if not gemeenten:
        raise ConfigError("Stel minstens één gemeente met haar OIN in ([gemeenten]).")
    url = _text(duo, "url", "duo")
    if not url.startswith("https://"):
        raise ConfigError("duo.url moet met https:// beginnen.")
    tls = TlsFiles(
        Path(_text(tls_raw, "certificaat", "tls")),
        Path(_text(tls_raw, "sleutel", "tls")),
        Path(_text(tls_raw, "ca", "tls")),
    )
    tls.check()
    port = notif.get("port", 8443)
    if not isinstance(port, int) or not 1 <= port <= 65535:
        raise ConfigError("notificaties.port: 1 tot en met 65535.")
    batch = queue.get("batch", 50)
    if not isinstance(batch, int) or not 1 <= batch <= 500:
        raise ConfigError("wachtrij.batch: 1 tot en met 500.")
    return GatewayConfig(
        dsn=_text(db, "dsn", "database"),
        duo_url=url,
        duo_oin=check_oin(_text(duo, "oin", "duo"), "duo.oin"),
        tls=tls,
        gemeenten=gemeenten,
        host=str(notif.get("host", "127.0.0.1")),
        port=port,
        batch=batch,
    )
