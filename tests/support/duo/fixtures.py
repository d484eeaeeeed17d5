"""Fixtures for the DUO tests: DUO's contract, a throwaway PKI and the mock DUO on loopback."""

from __future__ import annotations

import asyncio
import socket
import ssl
import threading
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from app.duo.config import Backoff, GatewayConfig
from app.duo.service import run
from app.server.cluster import Cluster, port_free
from tests.support.duo.contract import DuoContract, duo_contract
from tests.support.duo.mock_duo import MockDuo, Served
from tests.support.duo.pg import DuoDb, make_duo_db
from tests.support.duo.pki import Pki, make_pki
from tests.support.laptops import Laptop, Server

GEMEENTE_OIN = "00000001001589623000"  # fictional OINs (20 digits)
DUO_OIN = "00000001800866472000"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="session")
def contract() -> DuoContract:
    return duo_contract()


@pytest.fixture(scope="session")
def pki(tmp_path_factory: pytest.TempPathFactory) -> Pki:
    return make_pki(tmp_path_factory.mktemp("pki"), gemeente_oin=GEMEENTE_OIN, duo_oin=DUO_OIN)


@pytest.fixture
def mock_duo(contract: DuoContract, pki: Pki) -> Iterator[tuple[MockDuo, str]]:
    """The mock DUO over two-way TLS; the test fails if Wegwijs broke DUO's contract."""
    mock = MockDuo(contract, bron_oins={GEMEENTE_OIN}, doel_oin=DUO_OIN)
    with Served(mock.app, free_port(), pki.duo) as served:
        yield mock, served.url + "/v1"
    assert not mock.violations, mock.violations


def pem(path: Path) -> bytes:
    return path.read_bytes()


# ---- the gateway on a real PostgreSQL -----------------------------------------------------------

GEMEENTE = "0222"


@pytest.fixture
def duo_db(pg_cluster: Cluster, pg_database: str) -> DuoDb:
    return make_duo_db(pg_cluster, pg_database)


@pytest.fixture
def gateway_config(duo_db: DuoDb, pki: Pki, mock_duo: tuple[MockDuo, str]) -> GatewayConfig:
    return GatewayConfig(
        dsn=duo_db.gateway_dsn,
        duo_url=mock_duo[1],
        duo_oin=DUO_OIN,
        tls=pki.gemeente,
        gemeenten={GEMEENTE: GEMEENTE_OIN},
        port=free_port(),
        poll_seconds=0.2,
        backoff=Backoff(0.2, 1.0),
    )


class RunningGateway:
    """`service.run` in a thread with its own event loop, until the test is done."""

    def __init__(self, config: GatewayConfig) -> None:
        self.config = config
        self.url = f"https://127.0.0.1:{config.port}/v1"
        self._loop: asyncio.AbstractEventLoop | None = None
        self._stop: asyncio.Event | None = None
        self._thread = threading.Thread(target=self._main, daemon=True)
        self.error: BaseException | None = None

    def _main(self) -> None:
        async def main() -> None:
            self._loop = asyncio.get_running_loop()
            self._stop = asyncio.Event()
            await run(self.config, self._stop)

        try:
            asyncio.run(main())
        except BaseException as exc:  # shown by __exit__
            self.error = exc

    def __enter__(self) -> RunningGateway:
        self._thread.start()
        deadline = time.monotonic() + 15
        while port_free(self.config.port):
            if time.monotonic() > deadline or not self._thread.is_alive():
                raise RuntimeError(f"gateway did not start: {self.error!r}")
            time.sleep(0.05)
        return self

    def __exit__(self, *exc: object) -> None:
        if self._loop is not None and self._stop is not None:
            self._loop.call_soon_threadsafe(self._stop.set)
        self._thread.join(timeout=15)
        assert self.error is None, self.error


@pytest.fixture
def gateway(gateway_config: GatewayConfig) -> Iterator[RunningGateway]:
    with RunningGateway(gateway_config) as running:
        yield running


def notify(
    gateway: RunningGateway,
    pki: Pki,
    body: dict[str, object],
    *,
    bericht_id: str | None = None,
    doel: str = GEMEENTE_OIN,
    bron: str = DUO_OIN,
) -> httpx.Response:
    """DUO calling our Notificatie API, with DUO's client certificate."""
    ctx = ssl.create_default_context(cafile=str(pki.ca))
    ctx.load_cert_chain(str(pki.duo.certificate), str(pki.duo.key))
    headers = {
        "bron": bron,
        "doel": doel,
        "berichtId": bericht_id or str(uuid.uuid4()),
        "Content-Type": "application/json",
    }
    return httpx.post(gateway.url + "/notificaties", json=body, headers=headers, verify=ctx)


# ---- an officer's laptop on the region's server (a klantmanager of GEMEENTE) -----------------


@pytest.fixture
def laptop(
    pg_cluster: Cluster, pg_database: str, duo_db: DuoDb, tmp_path: Path
) -> Iterator[Laptop]:
    server = Server(pg_cluster, pg_database)
    server.add_user("km.ophalen", gemeente=GEMEENTE)
    lap = Laptop(tmp_path / "laptop", server, "km.ophalen")
    yield lap
    lap.close()
